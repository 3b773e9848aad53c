"""Page layouts of real council papers the reader must read (issue 14).

Short snippets typed in the shape real papers print them: Nordstemmen's Ergänzung without a
proposal of its own (words of DS 53/2007 2. Ergänzung), minutes with "Ergebnis/Beschluss:", a web
page of a council information system flattened to text, status lines, subjects other than "Der
Rat beschließt", a Satzung quoted inside the proposal, "zu A)" items, and the head of a paper
(title, municipality).
"""

from __future__ import annotations

import textwrap

from beschluss_rules.reader import parse_text


def read(rule_base, text: str, **options):
    return parse_text(textwrap.dedent(text).strip("\n") + "\n", rule_base, **options)


def only(parsed):
    assert len(parsed.items) == 1, [i.text for i in parsed.items]
    return parsed.items[0]


# --- headings -----------------------------------------------------------------------------------

def test_heading_with_its_text_on_the_same_line(rule_base):
    item = only(read(rule_base, """
        Beschlussvorschlag: Der Rat beschließt die Satzung über die Erhebung der Hundesteuer.
        Begründung:
        Die Satzung ist anzupassen.
        """, land="nw"))
    assert item.body.kinds == ("rat",)
    assert "satzung" in item.matters


def test_heading_in_the_middle_of_a_flattened_web_page(rule_base):
    parsed = read(rule_base, (
        "Bürgerinformationssystem Vorlage - 12/2021 Betreff: Ausbau der Schulstraße Status: öffentlich "
        "Sachverhalt: Die Straße ist in einem schlechten Zustand und muss erneuert werden. "
        "Beschlussvorschlag: Der Bau- und Umweltausschuss beschließt den Ausbau der Schulstraße. "
        "Finanzielle Auswirkungen: 100.000 EUR"), land="nw")
    item = only(parsed)
    assert item.body.kinds == ("fachausschuss",)
    assert item.text == "Der Bau- und Umweltausschuss beschließt den Ausbau der Schulstraße."
    assert parsed.title == "Ausbau der Schulstraße"


def test_minutes_with_ergebnis_beschluss(rule_base):
    item = only(read(rule_base, """
        TOP 5 Ausbau der Schulstraße
        Ergebnis/Beschluss:
        Der Gemeinderat beschließt den Ausbau der Schulstraße.
        Abstimmungsergebnis: einstimmig
        """, land="nw"))
    assert item.body.kinds == ("rat",)
    assert item.text == "Der Gemeinderat beschließt den Ausbau der Schulstraße."


def test_minutes_with_beschluss(rule_base):
    item = only(read(rule_base, """
        TOP 7 Sanierung der Turnhalle Gey
        Beschluss:
        Der Rat beschließt die Sanierung der Turnhalle.
        """, land="nw"))
    assert item.body.kinds == ("rat",)


def test_a_status_line_is_not_decision_text(rule_base):
    for status in ("mehrheitlich beschlossen", "ungeändert beschlossen", "einstimmig beschlossen"):
        item = only(read(rule_base, f"""
            Betreff: Ausbau der Schulstraße
            Beschlussvorschlag:
            {status}
            Der Rat beschließt den Ausbau der Schulstraße.
            """, land="nw"))
        assert item.text == "Der Rat beschließt den Ausbau der Schulstraße."
    parsed = read(rule_base, """
        Betreff: Ausbau der Schulstraße
        Beschluss: ungeändert beschlossen
        """, land="nw")
    assert parsed.items == ()


# --- subjects -----------------------------------------------------------------------------------

def test_the_council_members_as_subject(rule_base):
    item = only(read(rule_base, """
        Betreff: Wahl der Schiedsperson
        Beschlussvorschlag:
        Die Ratsmitglieder wählen Herrn Max Muster zur Schiedsperson für den Bezirk Gey.
        """, land="nw"))
    assert item.body.kinds == ("rat",)
    assert "ehrenamtliche_justiz" in item.matters


def test_passive_with_the_council_as_agent(rule_base):
    item = only(read(rule_base, """
        Betreff: Jahresabschluss 2019
        Beschlussvorschlag:
        Der Jahresabschluss 2019 wird vom Rat bestätigt.
        """, land="nw"))
    assert item.body.kinds == ("rat",)
    assert "jahresabschluss" in item.matters


def test_passive_recommended_by_a_committee_is_no_agent(rule_base):
    item = only(read(rule_base, """
        Betreff: Jahresabschluss 2019
        Beschlussvorschlag:
        Der Jahresabschluss 2019 wird vom Haupt- und Finanzausschuss empfohlen.
        """, land="nw"))
    assert item.body is None or item.body.kinds != ("hauptausschuss", "finanzausschuss")


def test_body_named_only_in_the_sachverhalt(rule_base):
    item = only(read(rule_base, """
        Betreff: Sanierung der Turnhalle
        Sachverhalt:
        Über die Sanierung hat nach der Zuständigkeitsordnung der Bau- und Umweltausschuss zu entscheiden.
        Beschlussvorschlag:
        Die Sanierung der Turnhalle wird beschlossen.
        """, land="nw"))
    assert item.body.kinds == ("fachausschuss",)
    assert item.body_source == "sachverhalt"


def test_sibling_items_share_the_named_body(rule_base):
    parsed = read(rule_base, """
        Betreff: Turnhalle
        Beschlussvorschlag:
        1. Der Haupt- und Finanzausschuss beschließt die Sanierung der Turnhalle.
        2. Die Verwaltung wird beauftragt, die Arbeiten auszuschreiben.
        """, land="nw")
    assert [i.body.kinds for i in parsed.items] == [("hauptausschuss", "finanzausschuss")] * 2
    assert parsed.items[1].body_source == "sibling"


# --- items --------------------------------------------------------------------------------------

def test_a_quoted_satzung_is_one_item(rule_base):
    parsed = read(rule_base, """
        Betreff: Hundesteuersatzung
        Beschlussvorschlag:
        Der Rat beschließt folgende Satzung:
        § 1 Steuergegenstand
        (1) Das Halten von Hunden im Gemeindegebiet ist steuerpflichtig.
        (2) Steuerpflichtig ist der Halter.
        § 2 Steuersatz
        1. für einen Hund 60 EUR
        2. für zwei Hunde 80 EUR
        § 3 Inkrafttreten
        Diese Satzung tritt am 1.1.2022 in Kraft.
        """, land="nw")
    item = only(parsed)
    assert item.body.kinds == ("rat",)
    assert "Inkrafttreten" in item.text


def test_items_after_a_quoted_satzung_are_items(rule_base):
    parsed = read(rule_base, """
        Beschlussvorschlag:
        1. Der Rat beschließt folgende Satzung:
        § 1 Steuersatz
        (1) Der Steuersatz beträgt 60 EUR.
        (2) Er gilt ab 2022.
        2. Die Verwaltung wird beauftragt, die Satzung bekannt zu machen.
        """, land="nw")
    assert len(parsed.items) == 2


def test_a_wrapped_paragraph_citation_is_no_quoted_satzung(rule_base):
    # Nordstemmen DS 4/2012: "... nach" / "§ 3 Abs. 2 durchgeführt werden." wraps mid-sentence.
    parsed = read(rule_base, """
        Beschlussvorschlag:
        1. Der Verwaltungsausschuss beschließt die Aufstellung des Bebauungsplanes.
        2. Die Beteiligung der Öffentlichkeit soll durch die öffentliche Auslegung nach
        § 3 Abs. 2 durchgeführt werden.
        3. Die Kosten sind vom Antragsteller zu tragen.
        """, land="ni")
    assert len(parsed.items) == 3


def test_zu_a_and_zu_b_are_items(rule_base):
    parsed = read(rule_base, """
        Betreff: Turnhalle
        Beschlussvorschlag:
        zu A) Der Rat beschließt die Sanierung der Turnhalle.
        zu B) Der Rat beauftragt die Verwaltung mit der Ausschreibung.
        """, land="nw")
    assert [i.text for i in parsed.items] == [
        "Der Rat beschließt die Sanierung der Turnhalle.",
        "Der Rat beauftragt die Verwaltung mit der Ausschreibung.",
    ]


def test_a_paper_without_a_proposal_of_its_own(rule_base):
    # Nordstemmen, DS 53/2007 2. Ergänzung (shortened).
    parsed = read(rule_base, """
        DS 53/2007 2. Ergänzung
        Beschlussvorlage
        Beratungsfolge Sitzungstermin Stand
        Verwaltungsausschuss 11.10.2007 Beratung und Empfehlung
        Rat 18.10.2007 Beratung und Beschlussfassung
        Bebauungsplan Nr. 0506 "Groß Escherde Ost"
        öffentliche Auslegung
        Problembeschreibung/Begründung:
        Das Bauleitverfahren kann daher aus Sicht der Verwaltung weiterbetrieben werden; der
        Beschlussvorschlag aus DS 53/2007 gilt unverändert.
        """, land="ni")
    item = only(parsed)
    assert item.body.kinds == ("rat",)
    assert item.body_source == "beratungsfolge"
    assert "bauleitplanung_verfahren" in item.matters
    assert any("keinen eigenen Beschlussvorschlag" in n.de for n in parsed.notes)
    assert parsed.date == (2007, 10, 18)


def test_a_proposal_to_be_worked_out_in_the_session_leaves_the_title_to_the_deciding_body(rule_base):
    # Nordstemmen, DS 33/2019 (shortened).
    parsed = read(rule_base, """
        DS 33/2019
        Beschlussvorlage
        Beratungsfolge Termin Stand Abstimmung
        Verwaltungsausschuss 21.03.2019 Beratung und Empfehlung
        Rat 28.03.2019 Beratung und Beschlussfassung
        Förderung von Kindern in Tageseinrichtungen und Kindertagespflege im Landkreis Hildes-
        heim; Vereinbarung zur Wahrnehmung der Kindertagesbetreuung (Kita-Vertrag)
        Beschlussvorschlag:
        Ein Beschlussvorschlag ist in der Sitzung zu erarbeiten.
        Problembeschreibung/Begründung:
        Der Landkreis Hildesheim ist als Jugendhilfeträger zuständig.
        """, land="ni")
    item = only(parsed)
    assert item.body.kinds == ("rat",)
    assert item.body_source == "beratungsfolge"
    assert "Kita-Vertrag" in item.text
    assert any("erst in der Sitzung erarbeitet" in n.de for n in parsed.notes)


def test_a_proposal_to_be_worked_out_in_the_session_without_a_deciding_row_has_no_item(rule_base):
    parsed = read(rule_base, """
        Beschlussvorlage
        Beratungsfolge Termin Stand
        Ortsrat Rössing 12.03.2012 Anhörung
        Zuschuss für Maßnahmen im Bereich des Sportplatzes
        Beschlussvorschlag:
        Eine Beschlussempfehlung ist in der Sitzung zu erarbeiten.
        """, land="ni")
    assert parsed.items == ()


def test_a_paper_without_proposal_and_without_a_deciding_row_has_no_item(rule_base):
    parsed = read(rule_base, """
        Mitteilungsvorlage
        Betreff: Sachstand Breitbandausbau
        Sachverhalt:
        Der Beschlussvorschlag aus DS 12/2020 gilt unverändert.
        """, land="ni")
    assert parsed.items == ()


# --- the head of the paper ----------------------------------------------------------------------

def test_date_from_the_deciding_row_of_the_beratungsfolge(rule_base):
    parsed = read(rule_base, """
        Datum: 01.02.2021
        Betreff: Turnhalle
        Beratungsfolge:
        Bau- und Umweltausschuss 10.03.2021 Vorberatung
        Rat 25.03.2021 Entscheidung
        Beschlussvorschlag:
        Der Rat beschließt die Sanierung der Turnhalle.
        """, land="nw")
    assert parsed.date == (2021, 3, 25)


def test_the_municipality_is_a_name_not_a_heading_word(rule_base):
    parsed = read(rule_base, """
        Stadt
        Entscheidung
        Beschlussvorlage
        Betreff: Turnhalle
        Beschlussvorschlag:
        Der Rat beschließt die Sanierung der Turnhalle.
        """, land="nw")
    assert parsed.municipality_name is None


def test_the_title_is_the_subject_not_a_label(rule_base):
    parsed = read(rule_base, """
        Bürgerinformationssystem
        Betreff
        Sanierung der Turnhalle
        Beschlussvorschlag:
        Der Rat beschließt die Sanierung der Turnhalle.
        """, land="nw")
    assert parsed.title == "Sanierung der Turnhalle"
    parsed = read(rule_base, """
        Thema
        Antrag auf Ausweisung des Bereichs „Neureuter Platz“
        als Fußgängerzone
        Vorlage Nr.: 2021/1265
        Beschlussvorschlag:
        Der Ortschaftsrat stimmt zu.
        """, land="bw")
    assert parsed.title == "Antrag auf Ausweisung des Bereichs „Neureuter Platz“ als Fußgängerzone"


# --- what stands under a heading or a colon ----------------------------------------------------

def test_the_lines_a_colon_announces_are_no_footer(rule_base):
    """Nordstemmen, DS 59/2011 (OCR'd): the street's name after "wie folgt beschließen:" is the
    decision, not a footer under the last sentence."""
    item = only(read(rule_base, """
        Beschlussvorschlag:
        Der Ortsrat Nordstemmen möge die Benennung der Straßen im Baugebiet Nr. 0118 „Hauptstraße
        Mitte II“, 1. Änderung, Ortschaft Nordstemmen, wie folgt
        beschließen:
        Planstraße A, B und C: „Welfenring“
        Problembeschreibung/Begründung:
        Der Investor hat vorgeschlagen, die Planstraßen zu benennen.
        """, land="ni"))
    assert item.text.endswith("Planstraße A, B und C: „Welfenring“")
    assert "strassenbenennung" in item.matters


def test_the_members_a_colon_announces_are_part_of_the_decision(rule_base):
    """Karlsruhe 2024/0675: the members named after "bestellt als Mitglieder … für:"."""
    item = only(read(rule_base, """
        Beschluss:
        Der Ortschaftsrat bestellt als Mitglieder des Kulturbeirats für:
        CDU:   OR Dörflinger
        FW:   OR Thormann
        """, land="bw"))
    assert item.text.endswith("FW: OR Thormann")


def test_a_name_signed_under_an_announced_list_stays_out(rule_base):
    """Nordstemmen, DS 20/2007 1. Ergänzung: the amounts after the colon are the decision, the
    name signed under them is not."""
    item = only(read(rule_base, """
        Beschlussvorschlag:
        Der Rat möge wie folgt beschließen: Das Investitionsprogramm bis 2010 wird mit folgenden Endsummen beschlossen:
        2008 3.167.500 €
        2009 1.517.500 €
        Karl-Heinz Bothmann
        """, land="ni"))
    assert item.text.endswith("2009 1.517.500 €")


def test_a_subject_under_the_lead_in_is_the_decision(rule_base):
    """"Der Rat beschließt:" and a short object without a full stop: the object is the decision
    (it was dropped as a footer, and a heading word at its start ended the proposal)."""
    for subject, matter in (("Neubau der Feuerwache Nord", "feuerwehr_sicherheit"),
                            ("Anlage eines Spielplatzes am Lindenweg", "sport_kultur_freizeit")):
        item = only(read(rule_base, f"""
            Beschlussvorschlag:
            Der Rat beschließt:
            {subject}
            """, land="nw"))
        assert item.text == f"Der Rat beschließt: {subject}" and matter in item.matters


def test_a_subject_line_that_begins_with_a_heading_word_does_not_end_the_proposal(rule_base):
    """A subject printed under the heading before the decision, beginning with a word that as a
    heading ends a proposal ("Kosten", "Klimaschutz", "Verfahren")."""
    for subject in ("Klimaschutzkonzept der Gemeinde", "Kosten der Unterkunft", "Verfahren zur Vergabe der Bauplätze"):
        item = only(read(rule_base, f"""
            Beschlussvorschlag:
            {subject}
            Der Rat beschließt die Richtlinie.
            Sachverhalt:
            Die Richtlinie ist neu zu fassen.
            """, land="nw"))
        assert item.body.kinds == ("rat",) and item.text.startswith(subject)


def test_a_heading_word_alone_or_with_a_colon_still_ends_the_proposal(rule_base):
    """Must not apply: "Kosten:", "Kosten und Finanzierung", "Anlagen" and "Anlage 1 Lageplan"
    under a proposal are headings of what follows, not subjects."""
    for heading in ("Kosten:", "Kosten und Finanzierung", "Anlagen", "Anlage 1 Lageplan"):
        item = only(read(rule_base, f"""
            Beschlussvorschlag:
            Der Rat beschließt die Sanierung der Turnhalle.
            {heading}
            Die Kosten betragen 250.000 EUR.
            """, land="nw"))
        assert item.text == "Der Rat beschließt die Sanierung der Turnhalle."



# --- two papers in one file -----------------------------------------------------------------------

def test_two_papers_in_one_file_the_first_is_the_papers_own(rule_base):
    """Karlsruhe 2019/1180 (OV Neureut): the locality's own Beschlussvorlage, then the council's
    on the same subject printed into the file. The file is the locality's paper (its OParl record
    names the Ortschaftsrat as deciding); the last proposal was read."""
    item = only(read(rule_base, """
        Stadt Karlsruhe
        OV Neureut
        BESCHLUSSVORLAGE
        Vorlage Nr.:
        22/2019
        Flächenhaftes Naturdenkmal „Sandrasen am Grünen Weg“
        Beratungsfolge dieser Vorlage
        Ortschaftsrat 26.11.2019 5
        Beschlussantrag
        Der Ortschaftsrat Neureut nimmt den Entwurf der unteren Naturschutzbehörde zur Kenntnis und
        stimmt dem Erlass der Schutzgebietsverordnung zu.
        Finanzielle Auswirkungen
        Stadt Karlsruhe
        Der Oberbürgermeister
        BESCHLUSSVORLAGE
        Vorlage Nr.:
        Flächenhaftes Naturdenkmal "Sandrasen am Grünen Weg"
        Beratungsfolge dieser Vorlage
        Gemeinderat 10.12.2019
        Beschlussantrag
        Der Gemeinderat nimmt nach Behandlung im Ortschaftsrat Neureut den Entwurf der unteren
        Naturschutzbehörde zur Kenntnis.
        """, land="bw"))
    assert item.body is not None and item.body.kinds == ("ortschaftsrat",)


def test_one_paper_with_a_short_and_a_full_proposal_reads_the_full_one(rule_base):
    """Must not apply: one paper's short version first and its full wording at the end (one
    head) is read at the end, as before."""
    item = only(read(rule_base, """
        BESCHLUSSVORLAGE
        Vorlage Nr.: 2021/0815
        Beratungsfolge dieser Vorlage
        Gemeinderat 14.12.2021
        Beschlussantrag (Kurzfassung)
        Der Gemeinderat stimmt dem Konzept zu.
        Ergänzende Erläuterungen
        Das Konzept wurde mit den Ortschaften abgestimmt.
        Beschlussantrag
        Der Gemeinderat stimmt dem Konzept zur Schulsozialarbeit in der vorgelegten Fassung zu.
        """, land="bw"))
    assert "Schulsozialarbeit" in item.text

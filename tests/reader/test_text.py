"""The text reader on real shapes of council papers: bodies, Beratungsfolge, items, OCR damage.

The snippets are short excerpts of real papers (Karlsruhe, Nordstemmen, Heinsberg; see
../shared/corpus/README.md), typed into the tests so that they run without the corpus.
"""

from __future__ import annotations

import textwrap

import pytest
from hypothesis import given
from hypothesis import strategies as st

from beschluss_rules.reader import parse_text, resolve_body
from beschluss_rules.reader.attributes import (
    amount_cents,
    cited_norms,
    planning_stage,
    recurring,
)
from beschluss_rules.reader.ocr import join_lines, match_form, repair
from beschluss_rules.text.normalize import nfc


def read(rule_base, text: str, **options):
    return parse_text(textwrap.dedent(text).strip("\n") + "\n", rule_base, **options)


def kinds(item) -> list[str] | None:
    return sorted(item.body.kinds) if item.body else None


# --- body names in all their real forms ---------------------------------------------------------

@pytest.mark.parametrize("name, land, expected", [
    ("Rat", None, ["rat"]),
    ("Stadtrat", None, ["rat"]),
    ("Gemeinderat", "bw", ["rat"]),
    ("Rat der Stadt Heinsberg", "nw", ["rat"]),
    ("Rat der Gemeinde Nordstemmen", "ni", ["rat"]),
    ("Stadtverordnetenversammlung", "he", ["rat"]),
    ("Gemeindevertretung", None, ["rat"]),
    ("Gemeinderat - Beratungen zum DHH", "bw", ["rat"]),
    ("Verwaltungsausschuss", "ni", ["hauptausschuss"]),
    ("Verwaltungsausschluss", "ni", ["hauptausschuss"]),          # OCR damage
    ("Magistrat", "he", ["gemeindevorstand"]),
    ("Gemeindevorstand", "he", ["gemeindevorstand"]),
    ("Haupt- und Finanzausschuss", "nw", ["finanzausschuss", "hauptausschuss"]),
    ("Haupt-und Finanzausschuss", "nw", ["finanzausschuss", "hauptausschuss"]),  # OCR: blank lost
    ("Hauptausschuss", "bw", ["hauptausschuss"]),
    ("Bau- und Energieausschuss", "nw", ["fachausschuss"]),
    ("Bau-, Planungs- und Umweltausschuss", "nw", ["fachausschuss"]),
    ("Ausschuss für Umwelt und Gesundheit", "bw", ["fachausschuss"]),
    ("Fachausschuss Bildung, Kultur und Soziales", "ni", ["fachausschuss"]),
    ("FA Freizeit, Kultur, Jugend, Soziales", "ni", ["fachausschuss"]),
    ("Bauausschuss", "bw", ["fachausschuss"]),
    ("Planungsausschuss", "bw", ["fachausschuss"]),
    ("Jugendhilfeausschuss", "bw", ["fachausschuss"]),
    ("Ortschaftsrat Durlach", "bw", ["ortschaftsrat"]),
    ("Ortschaftrat", "bw", ["ortschaftsrat"]),  # Karlsruhe 2023-1167: the linking s left out
    ("Bezirksversammlung", None, ["bezirksvertretung"]),  # Hamburg's district assembly
    ("Ortsrat Klein Escherde", "ni", ["ortschaftsrat"]),
    ("Bezirksvertretung", "nw", ["bezirksvertretung"]),
    ("Bürgermeister", None, ["buergermeister"]),
    ("Bürgermeisterin", None, ["buergermeister"]),
    ("Oberbürgermeister", None, ["buergermeister"]),
    ("Oberbürgermeisterin", None, ["buergermeister"]),
    ("(Ober-)Bürgermeister(in)", None, ["buergermeister"]),
    ("Burgermeister", None, ["buergermeister"]),                  # OCR: ü lost
    ("Biirgermeister", None, ["buergermeister"]),                 # OCR: ü → ii
    ("Birgermeister", None, ["buergermeister"]),                  # OCR: ü → i
])
def test_body_names_map_to_their_kinds(rule_base, name, land, expected):
    body = resolve_body(name, rule_base, None, land)
    assert body is not None, name
    assert sorted(body.kinds) == expected


@pytest.mark.parametrize("name", ["Ratsgruppe SPD / Grüne", "SPD-Fraktion", "Jugendgemeinderat",
                                  "Aufsichtsrat", "Bürgermeisteramt", "Gestaltungsbeirat"])
def test_names_that_are_not_deciding_bodies(rule_base, name):
    assert resolve_body(name, rule_base, None, "bw") is None


def test_verwaltungsausschuss_is_the_hauptausschuss_only_in_lower_saxony(rule_base):
    assert resolve_body("Verwaltungsausschuss", rule_base, None, "ni").kinds == ("hauptausschuss",)
    assert resolve_body("Verwaltungsausschuss", rule_base, None, "bw").kinds == ("fachausschuss",)


# --- sentences that name the deciding body -----------------------------------------------------

def test_council_agrees_sentence(rule_base):
    paper = read(rule_base, """
        Kultur im Bürgersaal
        Beschlussvorschlag:
        Der Gemeinderat stimmt dem Konzept „Kultur im Bürgersaal“ zu.
    """)
    (item,) = paper.items
    assert kinds(item) == ["rat"] and item.body_source == "sentence" and item.recommended_by is None


def test_recommendation_names_the_recommended_body(rule_base):
    paper = read(rule_base, """
        Beschlussvorschlag:
        Der Haupt- und Finanzausschuss empfiehlt dem Rat, die Satzung über die Erhebung von Gebühren zu beschließen.
    """, land="nw")
    (item,) = paper.items
    assert kinds(item) == ["rat"]
    assert item.body_source == "recommendation"
    assert item.recommended_by is not None
    assert sorted(item.recommended_by.kinds) == ["finanzausschuss", "hauptausschuss"]


def test_recommendation_of_an_ortschaftsrat_to_the_gemeinderat(rule_base):
    # Karlsruhe 2022/1020 (Durlach): the Ortschaftsrat recommends, the Gemeinderat decides.
    paper = read(rule_base, """
        Beschlussantrag
        Der Ortschaftsrat Durlach empfiehlt dem Gemeinderat die Anmietung der Räumlichkeiten im
        Erdgeschoss des Gebäudes „Raiherwiesenstraße 15-17“ in Karlsruhe-Durlach für eine
        viergruppige Kindertageseinrichtung zu beschließen.
    """, land="bw")
    assert kinds(paper.items[0]) == ["rat"]
    # The Ortschaftsrat's resolution is the recommendation: it is kept beside the body checked.
    recommender = paper.items[0].recommended_by
    assert recommender is not None and recommender.kinds == ("ortschaftsrat",)


@pytest.mark.parametrize("sentence", [
    # unseen set 11 (a BW town's council report): the verb before its subject
    "Einstimmig beschloss der Verwaltungsausschuss, dem Gemeinderat die Erhöhung der Hundesteuer um zehn "
    "Prozent zu empfehlen.",
    "Der Verwaltungsausschuss beschließt, dem Gemeinderat die Erhöhung der Hundesteuer zu empfehlen.",
])
def test_a_decision_to_recommend_is_a_recommendation(rule_base, sentence):
    """A committee that decides to recommend does not decide the matter: the recommended body does."""
    paper = read(rule_base, "Beschlussvorschlag:\n" + sentence + "\n", land="bw")
    (item,) = paper.items
    assert kinds(item) == ["rat"]
    assert item.recommended_by is not None and item.recommended_by.name == "Verwaltungsausschuss"


def test_a_decision_that_names_a_recommendation_it_follows_is_no_recommendation(rule_base):
    paper = read(rule_base, "Beschlussvorschlag:\nDer Gemeinderat beschließt, der Empfehlung des "
                            "Verwaltungsausschusses zu folgen und die Hundesteuer zu erhöhen.\n", land="bw")
    (item,) = paper.items
    assert kinds(item) == ["rat"] and item.recommended_by is None


def test_recommendation_without_a_named_body_takes_the_beratungsfolge(rule_base):
    paper = read(rule_base, """
        Beratungsfolge Sitzungstermin Stand
        Verwaltungsausschuss 30.06.2011 Beratung und Empfehlung
        Rat 05.07.2011 Beratung und Beschlussfassung
        Beschlussvorschlag:
        Der Verwaltungsausschuss empfiehlt, die Vorschlagsliste zu beschließen.
    """, land="ni")
    assert kinds(paper.items[0]) == ["rat"]
    # The item is the Verwaltungsausschuss's recommendation; the Rat decides on it.
    recommender = paper.items[0].recommended_by
    assert recommender is not None and recommender.kinds == ("hauptausschuss",)


def test_a_recommendation_to_no_body_of_the_town_is_the_recommender_s_own_decision(rule_base):
    # The must-not-apply case: the Beratungsfolge has the recommender decide; its recommendation
    # to the company's assembly is its own decision, not another body's, so no recommender is kept.
    paper = read(rule_base, """
        Beratungsfolge Sitzungstermin Stand
        Verwaltungsausschuss 30.06.2011 Beratung und Beschlussfassung
        Beschlussvorschlag:
        Der Verwaltungsausschuss empfiehlt, der Gesellschafterversammlung der Stadtwerke GmbH die
        Feststellung des Jahresabschlusses zu beschließen.
    """, land="ni")
    (item,) = paper.items
    assert kinds(item) == ["hauptausschuss"] and item.body_source == "sentence"
    assert item.recommended_by is None


def test_a_row_marked_as_only_taking_note_does_not_decide(rule_base):
    """A self-written paper in the Karlsruhe layout: "Hauptausschuss (zur Kenntnis)" after the
    mayor's row was presumed the decider (the last row without a role); it only takes note, so
    the mayor's row decides the passive proposal."""
    paper = read(rule_base, """
        Beratungsfolge dieser Vorlage
        Gremium Termin TOP ö nö Ergebnis
        Oberbürgermeister 04.02.2019  x
        Hauptausschuss (zur Kenntnis) 19.02.2019 2 x
        Beschlussantrag
        Die überplanmäßige Aufwendung in Höhe von 85.000 € für den Winterdienst wird genehmigt.
    """, land="bw")
    assert kinds(paper.items[0]) == ["buergermeister"]


def test_a_result_taken_note_of_is_still_the_rows_own_decision(rule_base):
    """A bare result "zur Kenntnis genommen" in a row is the body's decision on a report."""
    paper = read(rule_base, """
        Beratungsfolge Sitzungstermin Stand
        Rat 12.12.2023 zur Kenntnis genommen
        Beschlussvorschlag:
        Der Bericht über die Entwicklung der Schülerzahlen wird zur Kenntnis genommen.
    """, land="ni")
    assert kinds(paper.items[0]) == ["rat"]


@pytest.mark.parametrize("heading", ["BeschIussvorschlag:", "Beschl ussvorschlag:", "Beschlussv orschlag:",
                                     "Besc hlussvorschlag:"])
def test_a_proposal_heading_damaged_by_ocr_is_still_a_heading(rule_base, heading):
    """Self-written papers in the Nordstemmen layout (OCR'd scans): a capital I for the l, or a
    blank inside the word; the paper had no item at all."""
    paper = read(rule_base, f"""
        ' Beratungsfolge Sitzungstermin Stand
        Verwaltungsausschuss 29.11.2007 Beratung und Empfehlung
        Rat 13.12.2007 Beratung und Beschlussfassung ,
        4. Satzung zur Änderung der Abwassergebührensatzung
        {heading}
        Die 4. Satzung zur Änderung der Abwassergebührensatzung der Gemeinde Nordstemmen
        wird, wie als Anlage 1 beigefügt, beschlossen.
    """, land="ni")
    (item,) = paper.items
    assert kinds(item) == ["rat"]  # the Beratungsfolge after a stray OCR mark is read too


def test_a_stray_mark_after_the_heading_and_a_split_table_header(rule_base):
    """Self-written Nordstemmen-style paper (DS 19/2023): "Beschlussvorschlag: ," (an OCR comma
    after the colon) was taken for the decision's inline text, so the lead-in naming the Rat was
    lost; "Berat ungsfolge" (a blank inside the word) hid the table."""
    paper = read(rule_base, """
        Berat ungsfolge Termin Stand Abstimmung
        Verwaltungsaussc huss 16.03.2023 Beratung und Empfehlung Einstimmig
        Beratung und Beschluss-
        Rat 23.03.2023
        fassung
        Ersatzbeschaffung eines Hilfeleistungslöschgruppenfahrzeuges (HLF 10); Zuschlag
        Beschlussvorschlag: ,
        Der Rat der Gemeinde Nordstemmen beschließt, den Zuschlag für die Lieferung eines HLF 10
        a) Fahrgestell: an die Firma Nutzfahrzeuge Leinetal GmbH zum Preis von 148.920,00 €,
        b) Aufbau und Beladung: an die Firma Feuerwehrtechnik Alms GmbH zum Preis von 286.544,80 €
        zu erteilen.
    """, land="ni")
    assert paper.items and all(kinds(item) == ["rat"] for item in paper.items)
    assert any(c.body is not None and c.body.kinds == ("rat",) and c.decides for c in paper.consultations)


def test_a_heading_with_words_after_it_is_not_squashed_into_one(rule_base):
    """A committee's minutes: "Beschlussvorschlag an VA und Rat:" is no plain heading whose blanks
    OCR put in; squashing it would swallow the addressees."""
    from beschluss_rules.reader.sections import find_heading
    assert find_heading("beschlussvorschlag an va und rat:") is None
    assert find_heading("beschreibung des vorhabens:") is None


def test_the_mayor_commissioned_is_not_the_decider(rule_base):
    paper = read(rule_base, """
        Beratungsfolge Sitzungstermin Stand
        Verwaltungsausschuss 26.01.2012 Beratung und Beschlussfassung
        Beschlussvorschlag:
        Der Bürgermeister wird beauftragt, die Bekanntmachung gemäß § 10 Absatz 3 BauGB zu veranlassen.
    """, land="ni")
    assert kinds(paper.items[0]) == ["hauptausschuss"]
    assert paper.items[0].body_source == "beratungsfolge"


def test_passive_proposal_takes_the_deciding_body_of_the_beratungsfolge(rule_base):
    # Nordstemmen DS 10/2018, as OCR'd: the role cell is split around the body's row.
    paper = read(rule_base, """
        Beratungsfolge Termin Stand Abstimmung
        Fachausschuss Bildung, Kultur
        22.02.2018 Beratung und Empfehlung einstimmig.
        und Soziales
        Verwaltungsausschuss 13.03.2018 Beratung und Empfehlung
        Beratung und Beschluss-
        Rat 15.03.2018 einstimmig
        fassung
        Erweiterung des Platzangebots um zehn Dreivierteltagsplätze in der ev.-luth. Kindertages-
        stätte
        Beschlussvorschlag:
        Der Erweiterung des Platzangebots um zehn Dreivierteltagsplätze in der ev.-luth. Kindertages-
        stätte St. Johannis Nordstemmen ab 01.08.2018 wird zugestimmt.
        Problembeschreibung/Begründung:
        Aktuell können gemäß erteilter Betriebserlaubnis 75 Kinder betreut werden.
    """, land="ni")
    roles = [(c.name, c.role) for c in paper.consultations]
    assert roles == [("Fachausschuss Bildung, Kultur und Soziales", "vorberatung"),
                     ("Verwaltungsausschuss", "vorberatung"), ("Rat", "entscheidung")]
    (item,) = paper.items
    assert kinds(item) == ["rat"] and item.body_source == "beratungsfolge"
    assert item.text.startswith("Der Erweiterung") and "Kindertagesstätte St. Johannis" in item.text
    assert paper.date == (2018, 3, 15)
    assert paper.title.startswith("Erweiterung des Platzangebots")


def test_passive_proposal_without_any_body_has_none(rule_base):
    paper = read(rule_base, """
        Beschlussvorschlag:
        Dem GemeindeJugendRing Nordstemmen e. V. wird ein einmaliger Zuschuss von 12.000,00 € gewährt.
    """, land="ni")
    (item,) = paper.items
    assert item.body is None and item.body_source == "none"
    assert item.legal_form == "ev" and item.amount_cents == 1_200_000
    assert "zuschuss" in item.matters


def test_template_with_alternatives_names_no_body(rule_base):
    paper = read(rule_base, """
        Beschluss:
        Antrag an den Gemeinderat oder Ausschuss
        Der Gemeinderat oder Ausschuss beschließt die Vergabe der Arbeiten an die Firma Muster.
    """, land="bw")
    assert paper.items[0].body is None


def test_generic_ausschuss_is_the_committee_of_the_beratungsfolge(rule_base):
    # Karlsruhe 2020/0665: "Der Ausschuss nimmt zur Kenntnis", the table names which one.
    paper = read(rule_base, """
        Beratungsfolge dieser Vorlage
        Gremium Termin TOP
        ö nö
        Ergebnis
        Ausschuss für Umwelt und Ge-
        sundheit
        23.07.2020 4
        X vorberaten
        Hauptausschuss 15.09.2020 4 X  Kenntnisnahme
        Beschlussantrag
        Der Ausschuss nimmt den Bericht zur Kenntnis.
    """, land="bw")
    assert [c.name for c in paper.consultations] == ["Ausschuss für Umwelt und Gesundheit", "Hauptausschuss"]
    assert paper.items[0].body.name == "Hauptausschuss"


# --- Beratungsfolge forms -------------------------------------------------------------------------

def test_beratungsfolge_without_roles_ends_with_the_decider(rule_base):
    # Karlsruhe until 2022: committees "vorberaten" in the result column, the Gemeinderat decides.
    paper = read(rule_base, """
        Beratungsfolge dieser Vorlage
        Gremium Termin TOP ö nö Ergebnis
        Bauausschuss 16.09.2016 6
        x
        vorberaten
        Gemeinderat 20.09.2016 21
        x
        Beschluss:
        Antrag den Gemeinderat
        Der Gemeinderat beschließt, nach Vorberatung im Bauausschuss, die Vergabe der Arbeiten an die
        Firma Grötz, Gaggenau, mit einer Endsumme von 3.365.532,19 €.
    """, land="bw")
    assert [(c.name, c.role) for c in paper.consultations] == [("Bauausschuss", "vorberatung"), ("Gemeinderat", None)]
    assert [b.name for b in paper.deciding] == ["Gemeinderat"]
    (item,) = paper.items
    assert kinds(item) == ["rat"] and item.amount_cents == 336_553_219
    assert "vergabe" in item.matters


def test_beratungsfolge_with_zustaendigkeit_column(rule_base):
    # Karlsruhe since 2023.
    paper = read(rule_base, """
        Gremien Termin TOP Ö / N Zuständigkeit
        Jugendhilfeausschuss 18.10.2023 4 x  Vorberatung
        Schulbeirat 29.11.2023 1 x  Vorberatung
        Gemeinderat 19.12.2023 14 x  Entscheidung
        Beschlussantrag
        Der Gemeinderat beschließt die Delegation der Umsetzung des Rechtsanspruchs.
    """, land="bw")
    assert [(c.name, c.decides) for c in paper.consultations] == [
        ("Jugendhilfeausschuss", False), ("Schulbeirat", False), ("Gemeinderat", True)]
    assert paper.date == (2023, 12, 19)


def test_beratungsfolge_as_a_pipe_table(rule_base):
    paper = read(rule_base, """
        | Gremium | Sitzung | Zuständigkeit |
        |---|---|---|
        | Haupt- und Finanzausschuss | 18.05.2021 | Vorberatung |
        | Rat | 01.06.2021 | Entscheidung |

        Beschlussvorschlag:
        Die Satzung über die Benutzung der Friedhöfe wird beschlossen.
    """, land="nw")
    assert [c.role for c in paper.consultations] == ["vorberatung", "entscheidung"]
    (item,) = paper.items
    assert kinds(item) == ["rat"] and "satzung" in item.matters


def test_beratungsfolge_with_two_deciders_and_ocr_without_blanks(rule_base):
    # Nordstemmen DS 22/2021 lost its blanks in OCR.
    paper = read(rule_base, """
        Beratungsfolge Termin Stand Abstimmung
        FachausschussPlanung,Bau
        16.03.2021 BeratungundEmpfehlung Einstimmigbei9Ja-Stimmen
        undUmwelt
        BeratungundBeschlussfas-
        Verwaltungsausschuss 18.03.2021 Einstimmiglt.Beschlussvorschlag
        sung
        Bebauungsplan Nr. 0125 "Mahlerter Straße - Nord", 4. (vereinfachte) Änderung
        - Aufstellungsbeschluss gemäß § 2 Absatz 1 BauGB
        Beschlussvorschlag:
        Für den in der Anlage dargestellten Bereich wird der Bebauungsplan Nr. 0125 aufgestellt.
    """, land="ni")
    assert [c.role for c in paper.consultations] == ["vorberatung", "entscheidung"]
    item = paper.items[0]
    assert kinds(item) == ["hauptausschuss"]
    assert item.planning_stage == "aufstellung"


def test_only_a_hearing_means_nobody_decides_here(rule_base):
    paper = read(rule_base, """
        Beratungsfolge Sitzungstermin Stand
        Ortsrat Nordstemmen 08.02.2016 Anhörung
        Bebauungsplan Nr. 0125 "Mahlerter Straße - Nord", 3. Änderung
        - Anhörung des Ortsrates gemäß § 94 (1) NKomVG
        Beschlussvorschlag:
        Der Entwurf des Bebauungsplanes Nr. 0125 wird zustimmend zur Kenntnis genommen.
    """, land="ni")
    assert paper.deciding == ()
    assert paper.items[0].body is None
    assert paper.title.startswith("Bebauungsplan Nr. 0125")


# --- the Beschlussvorschlag and its items ---------------------------------------------------------

@pytest.mark.parametrize("heading", [
    "Beschlussvorschlag:", "Beschlussvorschlaq:", "BESCHLUSSVORSCHLAG", "Beschlussentwurf:",
    "Beschluss:", "Beschlussantrag", "Antrag an den Gemeinderat:", "Petitum:",
    "Beschlussvorschlag der Verwaltung:", "Der Rat wolle beschließen:", "**Beschlussvorschlag**",
])
def test_proposal_headings(rule_base, heading):
    paper = read(rule_base, f"""
        Titel
        {heading}
        Die Satzung über die Erhebung von Hundesteuer wird beschlossen.
        Begründung:
        Die Satzung ist veraltet.
    """)
    assert [item.text for item in paper.items] == ["Die Satzung über die Erhebung von Hundesteuer wird beschlossen."]


def test_inline_proposal_keeps_its_column(rule_base):
    paper = read(rule_base, """
        Beschlussvorschlag: Der Rat beschließt die Satzung.
    """)
    (item,) = paper.items
    assert (item.line, item.column) == (1, 21)


def test_short_version_first_full_wording_last(rule_base):
    # Karlsruhe 2013/0045: "Antrag an den Gemeinderat / Ausschuss" with a summary first, the
    # full wording under "Beschluss:" / "Antrag an den Gemeinderat:" at the end.
    paper = read(rule_base, """
        Antrag an den Gemeinderat / Ausschuss
        Beschluss zur Aufstellung des Bebauungsplanverfahrens (Beschluss mit vollständigem Wortlaut siehe Seite 4).
        Finanzielle Auswirkungen nein ja
        Ergänzende Erläuterungen Seite 2
        I. Allgemeines zum Planinhalt
        Beschluss:

        Antrag an den Gemeinderat:

         Der Gemeinderat beschließt:

         1. Die Aufstellung des Bebauungsplanes „Walther-Rathenau-Platz“, Karlsruhe-
        Nordweststadt und die Fortsetzung des Verfahrens mit der Auslegung des Bebau-
        ungsplanentwurfes gemäß § 13a i. V. m. §§ 13, 3 Abs. 2 des Baugesetzbuches.

         2. Der Auslegung ist grundsätzlich der Bebauungsplanentwurf vom 01.03.2013 zugrunde zu legen.



        Hauptamt - Ratsangelegenheiten -
        13. September 2013
    """, land="bw")
    assert len(paper.items) == 2
    first, second = paper.items
    assert first.text.startswith("Die Aufstellung des Bebauungsplanes „Walther-Rathenau-Platz“, Karlsruhe-Nordweststadt")
    assert "Bebauungsplanentwurfes" in first.text          # hyphenation at the line end undone
    assert kinds(first) == ["rat"] and kinds(second) == ["rat"]
    assert "bauleitplanung_verfahren" in first.matters
    assert first.planning_stage == "auslegung"
    assert "Hauptamt" not in second.text and "September" not in second.text


def test_numbered_items_only_in_sequence(rule_base):
    paper = read(rule_base, """
        Beschlussvorschlag:
        1. Der Entwurf des Bebauungsplanes Nr. 0306 "Barnten - Süd III",
        2. Änderung wird zur Kenntnis genommen.
        2. Der Mietspiegel tritt am
        1. Januar 2025 in Kraft.
        3. Die Verwaltung wird beauftragt, das Verfahren fortzusetzen.
    """)
    assert [item.text[:24] for item in paper.items] == [
        "Der Entwurf des Bebauung", "Der Mietspiegel tritt am", "Die Verwaltung wird beau"]
    assert [item.line for item in paper.items] == [2, 4, 6]


def test_lettered_items_with_lead_in(rule_base):
    # Karlsruhe 2016/0509.
    paper = read(rule_base, """
        Beschluss:
        Antrag an den Gemeinderat
        Der Gemeinderat  beschließt

        a) die Abberufung des bisherigen Planungsausschussmitglieds Herrn Dr. Philipp Nickel

        b) die Berufung des Herrn Nicolas Schruff als sachkundigen Einwohner in den Planungsaus-
        schuss
    """, land="bw")
    assert len(paper.items) == 2
    assert all(kinds(item) == ["rat"] for item in paper.items)
    assert paper.items[1].text.endswith("in den Planungsausschuss")
    assert all("wahl_ausschussmitglieder" in item.matters for item in paper.items)


def test_per_body_sections(rule_base):
    paper = read(rule_base, """
        Beschlussvorschlag:

        Haupt- und Finanzausschuss:
        Der Beitritt der Stadt Heinsberg zum ,Netzwerk Innenstadt NRW* wird beschlossen.

        Rat:
        Der Technische Beigeordnete der Stadt Heinsberg wird als Ansprechpartner und
        stimmberechtigter Vertreter bestimmt.
    """)
    first, second = paper.items
    assert kinds(first) == ["finanzausschuss", "hauptausschuss"] and first.body_source == "heading"
    assert first.body_line == 3
    assert kinds(second) == ["rat"] and second.body_line == 6
    assert first.legal_form == "arbeitsgemeinschaft" and first.counterpart == "Netzwerk Innenstadt NRW"


def test_coordinated_compound_heading(rule_base):
    paper = read(rule_base, """
        Beschlussvorschlag:
        Bau-, Planungs- und Umweltausschuss:
        Der Auftrag für die Sanierung der Turnhalle wird an die Firma Muster vergeben.
    """, land="nw")
    assert paper.items[0].body.name == "Bau-, Planungs- und Umweltausschuss"
    assert kinds(paper.items[0]) == ["fachausschuss"]


def test_administrative_dispositions_end_the_proposal(rule_base):
    # Karlsruhe's Ortschaft template: "II. Auf die Tagesordnung ..." is no decision.
    paper = read(rule_base, """
        Beschluss:
        I. Antrag an den Ortschaftsrat oder Ausschuss
        1. Der Ortschaftsrat Neureut stimmt der Ausweisung der Fußgängerzone zu.
        II. Auf die Tagesordnung der Sitzung des OR-Neureut am 02.11.2021
        III. Übersendung der Vorlage an die Mitglieder des Ortschaftsrates oder Ausschusses.
        IV. z. d. A. (Aktenzeichen)
    """, land="bw")
    assert [item.text for item in paper.items] == ["Der Ortschaftsrat Neureut stimmt der Ausweisung der Fußgängerzone zu."]
    assert kinds(paper.items[0]) == ["ortschaftsrat"]


def test_placeholder_is_no_item(rule_base):
    paper = read(rule_base, """
        Beschlussvorschlag:
        Eine Beschlussempfehlung ist in der Sitzung zu erarbeiten.
        Problembeschreibung/Begründung:
        Der Schaltschrank ist veraltet.
    """)
    assert paper.items == () and not paper.has_proposal
    assert any("kein Beschlusstext" in note.de for note in paper.notes)


def test_no_proposal(rule_base):
    paper = read(rule_base, """
        Sachstandsbericht
        Der Bericht wird zur Kenntnis genommen.
    """)
    assert paper.items == () and not paper.has_proposal


def test_empty_proposal_says_so(rule_base):
    paper = read(rule_base, """
        Beschlussvorschlag:
        Problembeschreibung/Begründung:
        Der Ortsrat ist im Rahmen der Haushaltsplanberatung zu hören.
    """)
    assert paper.items == ()
    assert any("empty" in note.en for note in paper.notes)


# --- attributes --------------------------------------------------------------------------------

@pytest.mark.parametrize("text, cents", [
    ("Der Mitgliedsbeitrag beträgt 2.000,00 € pro Jahr", 200_000),
    ("ca. 12.700,-- € Personalkosten", 1_270_000),
    ("Kosten von 1,2 Mio. €", 120_000_000),
    ("1,2 Millionen Euro", 120_000_000),
    ("EUR 5.000", 500_000),
    ("350 T€", 35_000_000),
    ("ein Betrag von 30.750 €", 3_075_000),
    ("im Jahr 2024 500 €", 50_000),
    ("keine Kosten", None),
])
def test_amounts(text, cents):
    assert amount_cents(match_form(text)) == cents


def test_recurring():
    assert recurring(match_form("2.000,00 € pro Jahr"))
    assert recurring(match_form("ein jährlicher Zuschuss"))
    assert not recurring(match_form("einmalig 5.000 € im Jahr 2024"))


@pytest.mark.parametrize("text, form", [
    ("Beitritt zum Förderverein Stadtbad e.V.", "ev"),
    ("Gründung der Stadtwerke Muster GmbH", "gmbh"),
    ("Beteiligung an der Bürgerenergie eG", "eg"),
    ("Beitritt zum Zweckverband Wasserversorgung", "zweckverband"),
    ("Errichtung einer Anstalt des öffentlichen Rechts (AöR)", "aoer"),
    ("Mitgliedschaft in der kommunalen Arbeitsgemeinschaft Stadtmarketing", "arbeitsgemeinschaft"),
])
def test_legal_forms(rule_base, text, form):
    paper = read(rule_base, f"Beschlussvorschlag:\n{text} wird beschlossen.\n")
    assert paper.items[0].legal_form == form


def test_urgency_and_its_approval(rule_base):
    taking = read(rule_base, """
        Beschlussvorschlag:
        Der Hauptausschuss beschließt im Wege der Dringlichkeitsentscheidung die Vergabe.
    """).items[0]
    assert taking.urgency == "dringlichkeitsentscheidung" and taking.urgency_approval == "keine"
    approving = read(rule_base, """
        Genehmigung einer Dringlichkeitsentscheidung
        Beschlussvorschlag:
        Der Rat genehmigt die Dringlichkeitsentscheidung vom 03.04.2020 über die Beschaffung von Schutzmasken.
    """).items[0]
    assert approving.urgency == "keine" and approving.urgency_approval == "dringlichkeitsentscheidung"
    eil = read(rule_base, "Beschlussvorschlag:\nDie Eilentscheidung vom 2. März wird genehmigt.\n").items[0]
    assert eil.urgency == "keine" and eil.urgency_approval == "eilentscheidung"


@pytest.mark.parametrize("text, urgency", [
    # the Hauptausschuss's route cited by its norm alone (a self-written list of council matters
    # only cited): § 60 Abs. 1 S. 1 GO NRW is that route in every version since 1994
    ("Der Haupt- und Finanzausschuss entscheidet gemäß § 60 Abs. 1 Satz 1 GO NRW anstelle des Rates und stimmt "
     "der Kapitalerhöhung zu.", "eilentscheidung"),
    ("Der Hauptausschuss beschließt nach § 60 Absatz 1 S. 1 der Gemeindeordnung die Vergabe.", "eilentscheidung"),
    # Satz 2 was the epidemic delegation from 15.04. to 30.09.2020: not read as a route
    ("Der Bürgermeister entscheidet gemäß § 60 Abs. 1 Satz 2 GO NRW mit einem Ratsmitglied.", "keine"),
    # another paragraph or sentence is no urgency route
    ("Der Hauptausschuss beschließt gemäß § 60 Abs. 2 GO NRW.", "keine"),
    ("Nach § 60 Abs. 1 Satz 10 GO wird berichtet.", "keine"),
    # Bavaria's route by its statutory name (Art. 37 Abs. 3 GO)
    ("Der Oberbürgermeister erlässt im Wege der dringlichen Anordnung die Änderung der Gebührensatzung.",
     "dringlichkeitsentscheidung"),
    # the route named by its word wins over the cited norm
    ("Der Hauptausschuss trifft die Dringlichkeitsentscheidung gemäß § 60 Abs. 1 Satz 1 GO NRW.",
     "dringlichkeitsentscheidung"),
])
def test_the_urgency_route_cited_by_its_norm(rule_base, text, urgency):
    assert read(rule_base, f"Beschlussvorschlag:\n{text}\n").items[0].urgency == urgency


@pytest.mark.parametrize("text, stage", [
    ("Für den Bereich wird der Bebauungsplan Nr. 0306 aufgestellt (Aufstellungsbeschluss).", "aufstellung"),
    ("Die frühzeitige Beteiligung der Öffentlichkeit nach § 3 Abs. 1 BauGB wird durchgeführt.", "beteiligung"),
    ("Der Entwurf soll gemäß § 3 Absatz 2 BauGB öffentlich ausgelegt werden.", "auslegung"),
    ("Der Bebauungsplan Nr. 0412 wird gemäß § 10 Abs. 1 BauGB als Satzung beschlossen.", "satzung"),
    ("Die 14. Änderung des Flächennutzungsplanes wird festgestellt (Feststellungsbeschluss).", "feststellung"),
    ("Die Straße wird benannt.", None),
])
def test_planning_stage(text, stage):
    assert planning_stage(match_form(text)) == stage


def test_cited_norms():
    assert cited_norms("gemäß § 41 Abs. 1 S. 2 lit. m GO NRW und § 40 Abs. 1 Nr. 1 NGO") == (
        "§ 41 Abs. 1 S. 2 lit. m GO NRW", "§ 40 Abs. 1 Nr. 1 NGO")
    assert cited_norms("§ 39 Abs. 2 Nr. 3 GemO") == ("§ 39 Abs. 2 Nr. 3 GemO",)


# --- OCR tolerance and positions ----------------------------------------------------------------

@pytest.mark.parametrize("damaged, repaired", [
    ("fur", "für"), ("fir", "für"), ("flr", "für"), ("far", "für"), ("fiir", "für"),
    ("beschlieBt", "beschließt"), ("StraBe", "Straße"), ("GroBe", "Große"),
    ("Birgermeister", "Bürgermeister"), ("Begrindung", "Begründung"),
])
def test_ocr_repairs(damaged, repaired):
    assert repair(damaged) == repaired


def test_ocr_keeps_what_is_not_damage():
    assert repair("GmbH BeratungundBeschluss Bebauungsplan Fahrrad") == "GmbH BeratungundBeschluss Bebauungsplan Fahrrad"


def test_ii_and_lost_umlauts_meet_on_one_spelling():
    assert match_form("Begriindung") == match_form("Begründung") == match_form("Begrundung")


def test_join_lines_undoes_hyphenation_but_keeps_coordinated_compounds():
    assert join_lines(["Kindertages-", "stätte"]) == "Kindertagesstätte"
    assert join_lines(["Bau-", "und Energieausschuss"]) == "Bau- und Energieausschuss"
    assert join_lines(["Walther-", "Rathenau-Platz"]) == "Walther-Rathenau-Platz"
    assert join_lines(["für die Ort\u00ad", "schaft Groß Escherde"]) == "für die Ortschaft Groß Escherde"


def test_ocr_damaged_paper_end_to_end(rule_base):
    text = (
        "Vorlage fiir den Rat der Stadt Heinsberg\n"
        "Beschlussvorschlaq:\n"
        "Der Haupt-und Finanzausschuss beschlieBt den Bei\u00adtritt zum Zweck-\n"
        "verband. Die Kosten trägt der Burgermeister fir die Stadt.\n"
    )
    paper = parse_text(text, rule_base)
    (item,) = paper.items
    assert kinds(item) == ["finanzausschuss", "hauptausschuss"]
    assert "beitritt_vereinigung" in item.matters
    assert item.legal_form == "zweckverband"
    assert (item.line, item.column) == (3, 1)
    assert paper.municipality_name == "Stadt Heinsberg" and paper.land == "nw"


def test_nfd_text_is_read_like_nfc(rule_base):
    text = "Beschlussvorschlag:\nDer Bu\u0308rgermeister wird beauftragt.\nDer Rat beschließt die Gebu\u0308hrensatzung.\n"
    paper = parse_text(text, rule_base)
    assert kinds(paper.items[0]) == ["rat"]


def test_positions_are_those_of_the_original_text(rule_base):
    text = "Titel\n\n   Beschlussvorschlag:\n\n      1. Die Satzung wird erlassen.\n      2. Die Gebühr wird erhoben.\n"
    paper = parse_text(text, rule_base)
    assert [(i.line, i.column) for i in paper.items] == [(5, 7), (6, 7)]


# --- the paper's facts ------------------------------------------------------------------------------

def test_reference_date_municipality_land(rule_base):
    paper = read(rule_base, """
        Sicherheit, Einwohnerservice, Bildung und Soziales
        DS 10/2018
        Beschlussvorlage
        Beratungsfolge Termin Stand Abstimmung
        Rat 15.03.2018 Beratung und Beschlussfassung
        Wahl einer Schiedsperson
        Beschlussvorschlag:
        Der Rat der Gemeinde Harsum wählt Herrn Scholz nach § 58 NKomVG zur Schiedsperson.
    """)
    assert paper.reference == "DS 10/2018"
    assert paper.date == (2018, 3, 15)
    assert paper.land == "ni"
    assert paper.municipality_name == "Gemeinde Harsum"
    assert paper.title == "Wahl einer Schiedsperson"
    assert any("NKomVG" in note.en for note in paper.notes)


def test_options_land_wins_over_the_text(rule_base):
    paper = read(rule_base, "Beschlussvorschlag:\nNach § 39 GemO beschließt der Gemeinderat.\n", land="nw")
    assert paper.land == "nw"


# --- robustness ---------------------------------------------------------------------------------

_FRAGMENTS = [
    "Beschlussvorschlag:", "Beschluss:", "Antrag an den Gemeinderat", "Beratungsfolge Termin Stand",
    "Rat 15.03.2018 Beratung und Beschlussfassung", "Beratung und Beschluss-", "fassung", "Rat:",
    "Haupt- und Finanzausschuss:", "1. Die Satzung wird beschlossen.", "2. Der Auftrag wird vergeben.",
    "a) die Abberufung", "Der Gemeinderat beschließt:", "Der Rat empfiehlt dem", "Begründung:", "",
    "   ", "Kindertages-", "stätte", "fiir", "beschlieBt", "\u00ad", "- 2 -", "x", "☒ ☐", "|", "1.", "I.",
    "Der Bürgermeister wird beauftragt", "2.000,00 €", "§ 41 Abs. 1 GO NRW", "Dringlichkeitsentscheidung",
]


@given(st.lists(st.one_of(st.sampled_from(_FRAGMENTS), st.text(max_size=30)), max_size=40))
def test_any_text_reads_without_crash_and_positions_point_into_it(rule_base, parts):
    text = "\n".join(parts)
    paper = parse_text(text, rule_base)
    lines = nfc(text).splitlines() or [""]   # positions are those of the NFC text
    for item in paper.items:
        assert 1 <= item.line <= len(lines)
        assert 1 <= item.column <= len(lines[item.line - 1]) + 1
        assert item.text.strip()

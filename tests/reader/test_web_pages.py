"""Layouts of council information system web pages (ALLRIS, SessionNet and their copies) that the
reader must read (issue 14): measured on pages not seen before, each test with a few lines of a
real public page (the town is named; the wording is theirs, shortened).
"""

from __future__ import annotations

from .pages import only, read

# --- headings -----------------------------------------------------------------------------------

def test_a_heading_with_a_long_text_on_its_line(rule_base):
    """Mülheim an der Ruhr, vo020: the heading and the whole proposal on one line of the page."""
    item = only(read(rule_base, (
        "Bürgerinformationssystem\n"
        "Beschlussvorschlag: Der Rat der Stadt beschließt die im Änderungsverzeichnis (Anlage 1) "
        "vorgeschlagenen Änderungen der Geschäftsordnung für den Rat der Stadt, die Ausschüsse und die "
        "Bezirksvertretungen vom 05.03.2015, zuletzt geändert am 11.04.2019.\n"
        "Begründung / Sachverhalt:\nDer Hauptausschuss hat in seiner Sitzung am 22.04.2021 beschlossen ...\n")))
    assert item.body.kinds == ("rat",)
    assert item.text.startswith("Der Rat der Stadt beschließt die im Änderungsverzeichnis")
    assert item.column == len("Beschlussvorschlag: ") + 1


def test_a_long_line_whose_colon_comes_late_is_no_heading(rule_base):
    """A sentence that begins with "Beschluss" is not a heading because a colon follows later."""
    parsed = read(rule_base, (
        "Betreff: Turnhalle\n"
        "Beschlussfassung und Beratung der Sanierung der Turnhalle haben sich über mehrere Sitzungen "
        "erstreckt, und die Verwaltung hat dazu berichtet, was folgt: die Kosten steigen weiter an.\n"))
    assert parsed.items == ()


def test_a_heading_after_the_last_sentence_of_the_explanation(rule_base):
    """Erkelenz, vo020: "Beschlussentwurf:" behind the last sentence of the Tatbestand, which says
    who decides."""
    item = only(read(rule_base, """
        Bürgerinformationssystem
        Tatbestand: Die FW-UWG-Fraktion hat mit Schreiben vom 17.07.2011 einen Vorschlag zur Besetzung des Bezirksausschusses Schwanenberg eingereicht.
        Zuständig für die Beschlussfassung über die o. a. Bestellung ist der Rat. Beschlussentwurf: „1. Hiermit wird folgende Änderung in der Ausschussbesetzung beschlossen:
        |
        """))
    assert item.text.startswith("„1. Hiermit wird folgende Änderung")
    assert item.body.kinds == ("rat",)
    assert item.body_source == "sachverhalt"


def test_beschluss_after_a_sentence_of_the_minutes(rule_base):
    """Lüneburg, to020: the minutes' "Beschluss:" follows the account of the debate on its line."""
    item = only(read(rule_base, """
        Bürgerinformationssystem
        Beratungsinhalt: Der
        Beschlussvorschlag der Verwaltung wird um den Zusatz " auf freiwilliger
        Basis" ergänzt. Beschluss: Die
        Ausschussmitglieder schließen sich der Empfehlung der GfA an und sprechen sich
        einstimmig für die Einführung der abschließbaren Müllbehälter auf freiwilliger Basis aus.
        """, land="ni"))
    assert item.text.startswith("Die Ausschussmitglieder schließen sich")


# --- the status of an agenda item (ALLRIS to0050, SessionNet to0050.php) ---------------------------

def test_decision_text_under_the_status_and_the_vote(rule_base):
    """Karben, to0050: status, vote line, then the decision without a heading of its own."""
    item = only(read(rule_base, """
        Beschluss: einstimmig beschlossen

        Abstimmung: Ja: 11, Nein: 0, Enthaltungen: 0

        Der Haupt- und Finanzausschuss empfiehlt der Stadtverordnetenversammlung dem Antrag zuzustimmen.
        """, land="he"))
    assert item.body.kinds == ("rat",)
    assert item.body_source == "recommendation"


def test_a_quoted_decision_under_the_status(rule_base):
    """Saale-Orla-Kreis, to0050: the decision in quotation marks under the vote line."""
    item = only(read(rule_base, """
        Beschluss: einstimmig beschlossen

        Abstimmung: Ja: 10

        „Der Bau- und Vergabeausschuss nimmt die in § 10 Abs. 3 GemHV genannten Unterlagen zur Kenntnis und bewilligt die weitere Vorbereitung der Maßnahme.“
        """, land="th"))
    assert item.body.kinds == ("fachausschuss",)


def test_the_account_of_the_debate_under_the_status_is_no_decision(rule_base):
    """Kleinmachnow, Kreis Coesfeld, Amt Neuhaus (to0050): status lines the systems print
    ("einstimmig beschlossen ohne Maßgabe", "zurückgezogen", "Einstimmig empfohlen") followed by
    the minutes' account, which is no decision text."""
    for page in ("""
        Beschluss: einstimmig beschlossen ohne Maßgabe

        Abstimmung: Ja: 9, Nein: 0, Enthaltungen: 0, Befangen: 0

        Herr Grubert erläutert einleitend.
        """, """
        Beschluss: zurückgezogen

        In Anlehnung an den Bauausschuss sehen die Ausschussmitglieder ebenfalls die Voraussetzungen für Dringlichkeitsentscheidungen als gegeben.
        """, """
        Beschluss: Einstimmig empfohlen

        Abstimmung: Ja: 6

        Erläuterungen zum Sachverhalt, Beratungen und Beschlussempfehlung s. TOP 7.
        """):
        assert read(rule_base, page).items == ()


def test_the_decision_heading_after_the_status_is_read(rule_base):
    """Nottuln, to0050.php: status, vote, a remark, then "Beschluss:" with the decision."""
    item = only(read(rule_base, """
        Beschluss: einstimmig angenommen

        Abstimmung: Ja: 33, Nein: 0, Enthaltungen: 0

        Die Vorlage ist dem Originalprotokoll als Anlage Nr. 6 beigefügt.

        Beschluss:

        Die Anregung wird an den zuständigen Ausschuss für Gemeindeentwicklung sowie zur Entscheidung an den Hauptausschuss verwiesen.
        """))
    assert item.text.startswith("Die Anregung wird")


# --- who decides --------------------------------------------------------------------------------

def test_the_minutes_lead_in_names_the_deciding_body(rule_base):
    """Nottuln, to0050.php: "Nach kurzer Aussprache fasst der Haupt- und Finanzausschuss folgenden
    Beschluss:" above passive items."""
    parsed = read(rule_base, """
        Bürgermeister Schneider erläutert den Sachverhalt.

        Nach kurzer Aussprache fasst der Haupt- und Finanzausschuss folgenden Beschluss:


        Beschluss:

        1.       Der Gebührensatz für das Jahr 2012 wird auf 2,16 € je Frontmeter angehoben.

        2.       Die Straßenreinigungssatzung wird wie in Anlage 4 geändert.
        """)
    assert [i.body.kinds[0] for i in parsed.items] == ["hauptausschuss", "hauptausschuss"]
    assert {i.body_source for i in parsed.items} == {"lead-in"}


def test_a_lead_in_naming_two_bodies_names_none(rule_base):
    parsed = read(rule_base, """
        Nach Aussprache fassen der Rat und der Hauptausschuss folgenden Beschluss:
        Beschluss:
        Die Straßenreinigungssatzung wird wie in Anlage 4 geändert.
        """)
    assert only(parsed).body is None


def test_a_generic_committee_without_beratungsfolge_is_unknown(rule_base):
    """Nordkirchen, to0050.php: the word "Ausschuss" heads a table of committees inside the
    decision; without a Beratungsfolge "der Ausschuss" says no committee (Fachausschuss? Haupt-
    und Finanzausschuss?), so the body is unknown rather than guessed."""
    item = only(read(rule_base, """
        Beschluss:

        Die Anzahl der stimmberechtigten Mitglieder der Ausschüsse wird wie folgt festgelegt:

        Ausschuss

        Stimmberechtigte Mitglieder

        Haupt- und Finanzausschuss

        16 Ratsmitglieder

        Ausschuss für Bauen und Planung

        12 Ratsmitglieder und

        8 sachkundige Bürger
        """))
    assert item.body is None
    item = only(read(rule_base, """
        Beschlussvorschlag:
        Der Ausschuss nimmt den Bericht zur Kenntnis.
        """))
    assert item.body is None


# --- items --------------------------------------------------------------------------------------

def test_group_labels_zu_1_and_zu_2_around_nested_items(rule_base):
    """Emmerich am Rhein, to0050: "Zu 1)" over nested items 1.1, 1.2, then "Zu 2)" over a
    paragraph of its own."""
    parsed = read(rule_base, """
        Beschlussvorschlag:

        Zu 1)

        1.1         Der Ausschuss für Stadtentwicklung beschließt, im Bebauungsplanentwurf für die Gesamtfläche die Festsetzung des Urbanen Gebietes vorzusehen.

        1.2         Der Ausschuss für Stadtentwicklung nimmt die Verfahrensweise der Verwaltung zur Kenntnis.

        Zu 2)

        Der Ausschuss für Stadtentwicklung beschließt, den beiliegenden Planentwurf öffentlich auszulegen.
        """)
    assert [i.text[:45] for i in parsed.items] == [
        "Der Ausschuss für Stadtentwicklung beschließt",
        "Der Ausschuss für Stadtentwicklung nimmt die ",
        "Der Ausschuss für Stadtentwicklung beschließt",
    ]
    assert parsed.items[2].text.endswith("öffentlich auszulegen.")


# --- a page that is only the decision -----------------------------------------------------------

def test_a_page_that_begins_with_the_decision(rule_base):
    """Wermelskirchen, to010: the page of an agenda item shows the decision without a heading."""
    item = only(read(rule_base, """
        Der Ausschuss für Stadtentwicklung und Verkehr beschließt mit 11 Ja-Stimmen bei 6 Gegenstimmen die Aufstellung eines Bebauungsplanes mit der Maßgabe, dass für die Stadt keine Kosten entstehen.
        """))
    assert item.body.kinds == ("fachausschuss",)


def test_a_page_that_begins_with_numbered_decisions(rule_base):
    """Schwabach, to0050: numbered passive decisions and no heading; no body is named."""
    parsed = read(rule_base, """
        1.      Der vorgelegte Jahresabschluss 2019 mit Bilanz und Rechenschaftsbericht wird zur Kenntnis genommen.

        2.      Die angefallenen über- und außerplanmäßigen Ausgaben werden genehmigt, soweit nicht bereits Einzelbewilligungen vorliegen.

        3.      Der Bildung der übertragenen Haushaltsreste wird zugestimmt.
        """, land="by")
    assert len(parsed.items) == 3
    assert all(i.body is None for i in parsed.items)


def test_a_page_that_begins_otherwise_has_no_headless_decision(rule_base):
    """Minutes that begin with the debate, and a report under its title, are no decision."""
    for page in ("""
        Die Verwaltungsvorlage VO/089/2022 liegt vor.

        Einvernehmlich sprechen sich die Ausschussmitglieder dafür aus, die Entscheidung in den Rat zu schieben.
        """, """
        Sachstandsbericht

        Der Bericht wird zur Kenntnis genommen.
        """, """
        Sachverhalt:
        Der Rat beschließt jedes Jahr die Hebesätze.
        """):
        assert read(rule_base, page).items == ()


def test_a_remark_after_the_decision_names_no_decider(rule_base):
    """Remagen, to0050.php: the minutes' remark after item 2 has "Bürgermeister Georgi" as its
    subject; he does not decide the Entlastung (the item takes its sibling's body, the Stadtrat)."""
    parsed = read(rule_base, """
        Beschlüsse:

          1. Der Stadtrat genehmigt einstimmig die Jahresrechnung für das Jahr 2013.

          2. Dem Bürgermeister sowie den Beigeordneten wird bei 2 Nein-Stimmen mehrheitlich Entlastung erteilt.

        Bürgermeister Georgi und die Beigeordneten haben an der Beratung und Beschlussfassung nicht teilgenommen und haben im Zuschauerraum Platz genommen.


        Protokoll:
        """, land="rp")
    assert [i.body.kinds for i in parsed.items] == [("rat",), ("rat",)]
    assert parsed.items[1].body_source == "sibling"
    # A later sentence whose body does decide still counts.
    item = only(read(rule_base, """
        Beschlussvorschlag:
        Die Planung ist abgeschlossen. Der Bau- und Umweltausschuss beschließt die Sanierung der Turnhalle.
        """))
    assert item.body.kinds == ("fachausschuss",)


# --- found on a second set of pages ---------------------------------------------------------------

def test_bare_vote_kinds_and_labels_are_status_lines(rule_base):
    """Emden, to0050 ("Beschluss: einstimmig" over the debate) and Kempten, to0050.php
    ("Beschluss: Abstimmungsergebnis:"): a status, not the decision text."""
    parsed = read(rule_base, """
        TOP Ö 4: Wirtschaftsplan 2013 des Bau- und Entsorgungsbetriebes

        Beschluss: einstimmig


        Herr Gosciniak fragt, ob es zu diesem Tagesordnungspunkt Wortmeldungen gebe.
        """, land="ni")
    assert parsed.items == ()


def test_dem_stadtrat_wird_empfohlen_folgenden_beschluss_zu_fassen(rule_base):
    """Kempten, to0050.php: the committee's recommendation to the council as the heading."""
    item = only(read(rule_base, """
        Beschluss: Abstimmungsergebnis:

        Abstimmung: Ja: 11, Nein: 0, Anwesend: 11

        B)   Erneuter Billigungs- und Auslegungsbeschluss:

        Dem Stadtrat wird empfohlen, folgenden Beschluss zu fassen:

        Der Entwurf zum Bebauungsplan „Halde“ wird gebilligt und die erneute öffentliche Auslegung wird beschlossen.
        """, land="by"))
    assert item.body.kinds == ("rat",)
    assert item.text.startswith("Der Entwurf zum Bebauungsplan")


def test_the_minutes_lead_in_as_the_heading(rule_base):
    """Schwandorf, to0050.php: "fasst der Stadtrat folgendes Mehrheitsbeschluss:" directly over the
    decision; a lead-in in the past tense tells of an earlier decision and is no heading."""
    item = only(read(rule_base, """
        Nach weiteren Diskussionsbeiträgen fasst der Stadtrat folgendes Mehrheitsbeschluss:

        Der Stadtrat nimmt Kenntnis vom Vorlagebericht des Stadtbauamtes. Der Stadtrat lehnt dieses vorgetragene Planungskonzept ab.
        """, land="by"))
    assert item.body.kinds == ("rat",)
    parsed = read(rule_base, """
        Beschlussvorschlag:
        Der Bau- und Umweltausschuss beschließt die Sanierung der Turnhalle.
        Sachverhalt:
        In seiner Sitzung am 12.03.2020 fasste der Rat folgenden Beschluss:
        Die Turnhalle wird saniert.
        """)
    assert only(parsed).body.kinds == ("fachausschuss",)


def test_a_lead_in_after_the_decision_in_a_later_sentence(rule_base):
    """Billerbeck, to0050: the decision, then "Der Rat schließt sich dem Beschlussvorschlag des
    Betriebsausschusses an": the council decides."""
    item = only(read(rule_base, """
        Beschluss:

        Die der Sitzungsvorlage beigefügte Satzung wird beschlossen.


        Der Rat schließt sich dem Beschlussvorschlag des Betriebsausschusses an und fasst folgenden


        Stimmabgabe: 24 Ja-Stimmen, 1 Nein-Stimme
        """))
    assert item.body.kinds == ("rat",)


def test_a_table_cell_and_the_summary_of_the_explanation_are_no_proposal(rule_base):
    """Hagen, vo020 (ALLRIS net): "Entscheidung" is a cell of the Beratungsfolge table, and
    "Kurzfassung" under "Sachverhalt" summarises the explanation; neither is a proposal."""
    parsed = read(rule_base, """
        Beratungsfolge
        | Status | Datum | Gremium | Beschluss | NA |
        |
        Rat der Stadt Hagen
        |
        Entscheidung
        |
        |
        22.05.2025
        |
        Sachverhalt
        Kurzfassung
        In seiner Sitzung am 15.12.2022 hat der Rat der Stadt Hagen verschiedene Beschlüsse zur Verbesserung der Stadtsauberkeit gefasst.
        """)
    assert parsed.items == ()


# --- found on a third set of pages ----------------------------------------------------------------

def test_short_result_phrases_are_status_lines(rule_base):
    """Landkreis Oder-Spree ("Mehrheitlich zugestimmt") and Schwelm ("Vorberatung - Kenntnis
    genommen und weiter"), SessionNet to0050.php: results, followed by the debate."""
    for status in ("Mehrheitlich zugestimmt", "Vorberatung - Kenntnis genommen und weiter"):
        parsed = read(rule_base, f"""
            Beschluss: {status}

            Herr Bürgermeister Stobbe informiert kurz über den aktuellen Sachstand des Vergabeverfahrens.
            """)
        assert parsed.items == (), status
    # A decision of its own after the heading is no status.
    item = only(read(rule_base, """
        Beschluss: Der Antrag wird abgelehnt.
        """))
    assert item.text == "Der Antrag wird abgelehnt."


def test_the_minutes_past_tense_and_the_verb_before_its_subject(rule_base):
    """Mespelbrunn and Elsenfeld, to0050: "Einstimmig beschloss der Gemeinderat, auf Vorschlag des
    1. Bürgermeisters, ..." (the ordinal "1." ends no sentence, so the mayor is no subject) and a
    page that begins "Der Marktgemeinderat fasste den einstimmigen Beschluss, ..."."""
    item = only(read(rule_base, """
        Beschluss: beschlossen

        Abstimmung: Ja: 14

        Einstimmig beschloss der Gemeinderat, auf Vorschlag des 1. Bürgermeisters, den Bebauungsplan Oberdorf aufzuheben.
        """, land="by"))
    assert item.body.kinds == ("rat",)
    item = only(read(rule_base, """
        Der Marktgemeinderat fasste den einstimmigen Beschluss, die 9. Änderung des Bebauungsplans „Vordere Hart“ als Satzung zu beschließen. Die Verwaltung wurde mit der Durchführung des Rechtsetzungsverfahrens beauftragt.
        """, land="by"))
    assert item.body.kinds == ("rat",)


def test_a_date_at_the_end_of_a_sentence_still_ends_it(rule_base):
    item = only(read(rule_base, """
        Beschlussvorschlag:
        Die Planung ist seit dem 12.03.2020. Der Bau- und Umweltausschuss beschließt die Sanierung der Turnhalle.
        """))
    assert item.body.kinds == ("fachausschuss",)


def test_the_text_the_minutes_vote_on(rule_base):
    """Pohlheim, to0050: "… lässt über folgenden Beschlussvorschlag abstimmen:" over the text."""
    item = only(read(rule_base, """
        Bürgermeister Schäfer nimmt Bezug auf die Sitzung des Haupt- und Finanzausschusses.

        Stadtverordnetenvorsteher Kandel lässt über folgenden Beschlussvorschlag abstimmen:

        Die Stadtverordnetenversammlung beschließt, die Angelegenheit in den Haupt- und Finanzausschuss zur Endentscheidung zu verweisen.

        Abstimmungsergebnis: Einstimmig beschlossen
        """, land="he"))
    assert item.body.kinds == ("rat",)
    assert item.text.startswith("Die Stadtverordnetenversammlung beschließt")


def test_an_office_holder_explaining_is_the_account_of_the_debate(rule_base):
    """Salzbergen (NI), minutes: "Bürgermeister Kaiser erläutert, dass …" reports what the
    Verwaltungsausschuss decided; the mayor speaking is no deciding body, so no item (it had
    given the Bürgermeister a not-competent verdict for a Satzung)."""
    parsed = read(rule_base, """
        Beschluss:
        Bürgermeister Kaiser erläutert, dass in der letzten Sitzung des Verwaltungsausschusses beschlossen wurde, den Antrag der SPD auf Aufhebung der Satzung über die Erhebung der Beiträge für straßenbauliche Maßnahmen zunächst zurückzustellen.
        """, land="ni")
    assert parsed.items == ()


def test_an_office_holder_named_in_the_decision_still_decides_or_is_charged(rule_base):
    """Must not apply: the office with a name and a verb of the decision is no account."""
    item = only(read(rule_base, """
        Beschlussvorschlag:
        Bürgermeister Kaiser wird beauftragt, den Vertrag über die Straßenbeleuchtung abzuschließen.
        """, land="ni"))
    assert item.text.startswith("Bürgermeister Kaiser wird beauftragt")


def test_a_decision_taken_on_a_session_page_is_the_sessions_body(rule_base):
    """Nord-Elm (Samtgemeinde), a session page of its information system: the committee's name
    with the session's weekday and date under it, then an agenda item whose "Beschluss:" names no
    body. The body whose session it is took the decision."""
    item = only(read(rule_base, """
        Sitzungstermine in der Samtgemeinde Nord-Elm

        Feuerschutzausschuss

        Montag, 28. September 2020 , 19:00 Uhr
        Dorfgemeinschaftshaus Wolsdorf, Warberger Straße 4

        TOP 04 Genehmigung der Niederschrift lfd. Nr. 07 vom 06.11.2019

        Beschluss:

        Die Niederschriften lfd. Nr.07 vom 06.11.2019 und lfd. Nr. 08 vom 08.06.2020 werden genehmigt.
        """, land="ni"))
    assert item.body.kinds == ("fachausschuss",)
    assert item.body_source == "minutes"


def test_a_proposal_on_a_session_page_does_not_take_the_sessions_body(rule_base):
    """Must not apply: a proposal ("Beschlussvorschlag:") on the page of a committee's session may
    be decided elsewhere (the committee often only recommends)."""
    item = only(read(rule_base, """
        Bauausschuss

        Montag, 28. September 2020 , 19:00 Uhr

        TOP 4 Hundesteuer

        Beschlussvorschlag:

        Die Satzung zur Änderung der Hundesteuersatzung wird beschlossen.
        """, land="ni"))
    assert item.body is None


def test_a_status_with_one_abstention_in_words_is_no_decision(rule_base):
    """Bielefeld (SessionNet si0057): "Beschluss: - bei einer Enthaltung einstimmig beschlossen -"
    is what became of the item, not its text (as "bei 2 Enthaltungen" already was)."""
    parsed = read(rule_base, """
        Ö 5.1
        Antrag zur Aufstellung der zwei Löwenskulpturen innerhalb des Sparrenburgturms

        Beschluss: - bei einer Enthaltung einstimmig beschlossen -
        """, land="nw")
    assert parsed.items == ()


def test_a_quoted_decision_of_a_named_session_is_read(rule_base):
    """Gütersloh, quoted from its information system: the decision in »…« under the head line
    "Sitzung Hauptausschuß"; the opening quotation mark does not hide the heading, and the
    session's body took the decision."""
    item = only(read(rule_base, """
        Sitzung Hauptausschuß

        »Beschluss:

        Zeitnah soll zusammen mit der Bürgerinitiative Freifunk Gütersloh die Versorgung des Rathauses sowie der Kulturräume realisiert werden.

        Ergebnis:
        Mehrheitlich beschlossen mit 8 Ja-Stimmen«
        """, land="nw"))
    assert item.text.startswith("Zeitnah soll")
    assert item.body.kinds == ("hauptausschuss",) and item.body_source == "minutes"


def test_the_council_determining_under_a_status_is_the_decision(rule_base):
    """Alpen (a party's report of the council's decisions): under "Beschluss: einstimmig" the
    text "Der Rat bestimmt …" is the decision, "bestimmt" being a verb of deciding."""
    item = only(read(rule_base, """
        TOP3: Bestellung des Schriftführers und seiner Vertreterin für die Sitzungen des Rates

        Beschluss: einstimmig

        Der Rat bestimmt im Benehmen mit dem Bürgermeister jeweils einen Gemeindebediensteten als Schriftführer.
        """, land="nw"))
    assert item.body.kinds == ("rat",)


def test_a_present_tense_lead_in_on_its_own_line_opens_the_decision(rule_base):
    """Münster (a council group's motion on its website): no "Beschluss:" heading, the decision
    follows "Daher beschließt der Rat:"; minutes print "Nach eingehender Beratung beschließt der
    Gemeinderat einstimmig folgendes:" the same way. The body named in the lead-in decides."""
    item = only(read(rule_base, """
        Neubau der DEK Brücke Wolbecker Straße

        Der Rat der Stadt Münster sieht den drohenden Kollaps bei wachsenden Funktionsstörungen der Verkehrsinfrastruktur.

        Daher beschließt der Rat:

        Die Verwaltung erörtert mit der Schifffahrtsverwaltung die Voraussetzungen und Bedingungen.
        """, land="nw"))
    assert item.body.kinds == ("rat",) and item.body_source == "lead-in"
    parsed = read(rule_base, """
        TOP 5 Neubau Feuerwehrhaus
        Nach eingehender Beratung beschließt der Gemeinderat einstimmig folgendes:
        1. Dem Neubau des Feuerwehrhauses wird zugestimmt.
        2. Die Verwaltung wird beauftragt, die Ausschreibung vorzubereiten.
        """, land="by")
    assert [i.body.kinds for i in parsed.items] == [("rat",), ("rat",)]


def test_a_lead_in_inside_a_proposal_stays_part_of_it(rule_base):
    """Must not apply: under "Beschlussvorschlag:" the line "Der Gemeinderat beschließt:" is the
    proposal's own first sentence, read as before (one item, body from its sentence)."""
    item = only(read(rule_base, """
        Beschlussvorschlag:
        Zur Kenntnis wird vorab mitgeteilt, dass die Mittel bereitstehen.
        Der Gemeinderat beschließt:
        Das Fahrzeug HLF 20 wird beschafft.
        """, land="bw"))
    assert item.body.kinds == ("rat",)
    assert item.body_source != "lead-in"


def test_a_date_alone_on_its_line_is_no_decision_item(rule_base):
    """Krefeld, a council's printout: "Beschlusstext (…)" above the letter's date "6. Mai 2021"
    and the signature; the date (read as point 6) is no item."""
    parsed = read(rule_base, """
        Beschlusstext (N.S. Rat 24.03. öffentlich)

        6. Mai 2021

        Der Oberbürgermeister
        """, land="nw")
    assert parsed.items == ()
    assert only(read(rule_base, """
        Beschlussvorschlag:
        1. Januar 2025 tritt die Satzung in Kraft.
        """, land="nw")).text == "1. Januar 2025 tritt die Satzung in Kraft."


def test_a_hamburg_bezirksversammlung_is_a_district_body(rule_base):
    """Hamburg-Bergedorf (ALLRIS vo020): "Die Bezirksversammlung beschließt …" names the
    district's assembly, a body of the Bezirksvertretung kind (no rules for Hamburg: the verdict
    stays unknown, but the body is read)."""
    item = only(read(rule_base, """
        Beschlussvorschlag:
        Die Bezirksversammlung beschließt, die Vorsitzende zu bitten, die Sitzung zu verlegen.
        """, land="hh"))
    assert item.body.kinds == ("bezirksvertretung",)

"""Minutes of a session (Niederschriften): whose decision each agenda item records.

The snippets are self-written in the style of council information systems' minutes (issue 14:
a helper wrote 80 minutes without looking at the reader); each was once read wrong.
"""

from __future__ import annotations

import datetime

from beschluss_rules.model import Verdict
from beschluss_rules.verdict.checker import CheckOptions

from .pages import read

_VA_MINUTES = """\
    Protokoll über die Sitzung des Verwaltungsausschusses
    Stadt Annaberg-Buchholz

    TOP 1: Eröffnung der Sitzung
    Der Vorsitzende eröffnet die Sitzung.

    TOP 2: Haushaltssatzung und Haushaltsplan für das Haushaltsjahr 2025

    Beschlussvorschlag:
    1. Die Haushaltssatzung für das Haushaltsjahr 2025 wird in der Fassung
       der Anlage beschlossen.
    2. Der Stellenplan für das Jahr 2025 wird beschlossen.

    Ergebnis: Empfehlung an den Stadtrat, mit 6 Ja-Stimmen, 1 Nein-Stimme
    und 3 Enthaltungen

    TOP 3: Vergabe der Reinigungsleistungen für die Grundschule

    Beschluss:
    Der Auftrag wird an die Firma Glanz GmbH vergeben.
    Ergebnis: einstimmig beschlossen
    """


def test_a_result_line_that_recommends_passes_the_decision_on(rule_base):
    """"Ergebnis: Empfehlung an den Stadtrat" under a proposal in the passive: the committee
    recommends, the Stadtrat decides (the Verwaltungsausschuss was not-competent for the budget)."""
    items = read(rule_base, _VA_MINUTES, land="sn").items
    budget = [item for item in items if "haushaltssatzung" in item.matters]
    assert budget and all(item.body is not None and item.body.kinds == ("rat",) for item in budget)


def test_an_agenda_item_without_a_recommendation_stays_the_sessions_body(rule_base):
    items = read(rule_base, _VA_MINUTES, land="sn").items
    award = [item for item in items if "vergabe" in item.matters]
    assert award and award[0].body is not None and award[0].body.kinds == ("fachausschuss",)


def test_a_recommendation_heading_without_a_body_names_no_decider(rule_base):
    """An Ortschaftsrat's minutes: "Empfehlungsbeschluss: … Der Bebauungsplan … wird … als Satzung
    beschlossen." - the Ortschaftsrat recommends; who decides is not named, so it is not the
    Ortschaftsrat (it was not-competent)."""
    parsed = read(rule_base, """\
        Niederschrift über die Sitzung des Ortschaftsrates Mutzschen

        TOP 1 Eröffnung
        Die Ortsvorsteherin eröffnet die Sitzung.

        TOP 2 Bebauungsplan Nr. 155 "Alte Gärtnerei" - Satzungsbeschluss

        Empfehlungsbeschluss:
        1) Der Bebauungsplan Nr. 155 "Alte Gärtnerei" in der Fassung vom 11.06.2025
           wird gemäß § 10 Abs. 1 BauGB als Satzung beschlossen.
        Abstimmungsergebnis: Ja-Stimmen 3, Nein-Stimmen 1

        TOP 3 Verschiedenes
        Keine Wortmeldungen.
        """, land="sn")
    assert parsed.items
    assert all(item.body is None or "ortschaftsrat" not in item.body.kinds for item in parsed.items)


def test_the_mayor_closing_the_session_is_no_decider(checker):
    """"Beschluss: Die Satzung wird in der Fassung der Anlage beschlossen. (einstimmig)" and then
    "Oberbürgermeister Peters schließt die öffentliche Sitzung um 20:35 Uhr." - the close of the
    minutes ends the decision (the mayor was read as its subject and not-competent)."""
    text = """\
Niederschrift
über die 19. Sitzung des Gemeinderates

6. Satzung über die Entschädigung der ehrenamtlich tätigen Angehörigen der Feuerwehr

     Beschluss:
     Die Satzung wird in der Fassung der Anlage beschlossen.
     (einstimmig)

     Im Anschluss an den öffentlichen Teil werden in nichtöffentlicher
     Sitzung die Tagesordnungspunkte 7 und 8 behandelt.

Oberbürgermeister Peters schließt die öffentliche Sitzung um 20:35 Uhr.
"""
    result = checker.check_text(text, options=CheckOptions(land="bw", date=datetime.date(2025, 4, 17)))
    assert result.items
    assert all(it.verdict is not Verdict.NOT_COMPETENT for it in result.items)
    assert all(it.item.body is None or "buergermeister" not in it.item.body.kinds for it in result.items)


def _bodies_and_texts(parsed):
    return [(item.body.kinds if item.body else None, item.text) for item in parsed.items]


def test_an_agenda_items_number_alone_takes_its_title_from_the_next_line(rule_base):
    """SessionNet prints "TOP Ö 2" on its own line and the title under it; each item's decision
    is read under its own title (before, the minutes were one proposal and lost the items)."""
    parsed = read(rule_base, """\
        Niederschrift über die Sitzung des Gemeinderates

        TOP Ö 1
        Eröffnung der Sitzung
        Der Bürgermeister eröffnet die Sitzung.

        TOP Ö 2
        Umbau Grundschule – Zustimmung zu Nachtragsangeboten
        Beschluss:
        Den Nachtragsangeboten wird zugestimmt.

        TOP Ö 3
        Neufassung der Friedhofsgebührensatzung
        Beschluss:
        Die Friedhofsgebührensatzung wird in der Fassung der Anlage beschlossen.
        """, land="bw")
    assert len(parsed.items) == 2
    assert all(item.body is not None and item.body.kinds == ("rat",) for item in parsed.items)
    assert "satzung" in parsed.items[1].matters


def test_agenda_items_of_baden_wuerttembergs_session_book(rule_base):
    """"§ 103 Beteiligungsbericht 2024" - the session book's running paragraph, in minutes only."""
    parsed = read(rule_base, """\
        Stadt Kirchheim unter Teck – Verwaltungsausschuss
        Sitzungsniederschrift der 35. öffentlichen Sitzung vom 03.12.2025

        § 103 Beteiligungsbericht 2024
        Beschluss:
        Der Beteiligungsbericht 2024 wird zur Kenntnis genommen.

        § 104 Zuschuss an den Musikverein
        Beschluss:
        Dem Musikverein wird ein Zuschuss von 5.000 € gewährt.
        """, land="bw")
    assert len(parsed.items) == 2
    assert all(item.body is not None and item.body.kinds == ("fachausschuss",) for item in parsed.items)


def test_agenda_items_numbered_as_the_agenda_list_numbers_them(rule_base):
    """Items numbered "2. …" at the line's start, in minutes that list the agenda first: each
    item is read on its own; the indented points of a decision are no items."""
    parsed = read(rule_base, """\
        Stadt Gifhorn
        Niederschrift
        über die 35. öffentliche Sitzung des Finanzausschusses

        Tagesordnung
        1. Vergabe von Leistungen im Winterdienst
        2. Durchführung des Stadtfests 2025

        1. Vergabe von Leistungen im Winterdienst
            Beschluss:
            1. Die Leistungen werden an die wirtschaftlichsten Bieter vergeben.
            2. Der Vertrag verlängert sich um jeweils ein Jahr.

        2. Durchführung des Stadtfests 2025
            Beschluss:
            Der Durchführung des Stadtfests 2025 wird zugestimmt.
        """, land="ni")
    texts = [item.text for item in parsed.items]
    assert texts == ["Die Leistungen werden an die wirtschaftlichsten Bieter vergeben.",
                     "Der Vertrag verlängert sich um jeweils ein Jahr.",
                     "Der Durchführung des Stadtfests 2025 wird zugestimmt."]
    assert all(item.body is not None and item.body.kinds == ("finanzausschuss",) for item in parsed.items)


def test_a_satzungs_paragraphs_in_a_paper_are_no_agenda_items(rule_base):
    """A Vorlage that quotes its Satzung ("§ 1 Geltungsbereich", "§ 2 Gebühren") is no session
    book: its head names no minutes."""
    parsed = read(rule_base, """\
        Beschlussvorlage
        Beschlussvorschlag:
        Der Gemeinderat beschließt die folgende Satzung.

        § 1 Geltungsbereich
        Die Satzung gilt für die Friedhöfe der Gemeinde.

        § 2 Gebühren
        Die Gebühren ergeben sich aus dem Gebührenverzeichnis.
        """, land="bw")
    assert not any("Tagesordnungspunkten" in note.de for note in parsed.notes)
    assert parsed.items and parsed.items[0].body is not None and parsed.items[0].body.kinds == ("rat",)


def test_the_body_named_beside_the_town_above_the_minutes_title(rule_base):
    """"Stadt Rheine – Rat" / "Niederschrift der 9. öffentlichen Sitzung vom 20.03.2024": the passive
    decisions are the Rat's (before, they had no body)."""
    parsed = read(rule_base, """\
        Stadt Rheine – Rat
        Niederschrift der 9. öffentlichen Sitzung vom 20.03.2024

        TOP 1 Jahresabschluss 2021
        Beschluss:
        Der Jahresabschluss 2021 wird in der geprüften Form festgestellt.

        TOP 2 Entlastung des Bürgermeisters
        Beschluss:
        Der Bürgermeister wird für das Haushaltsjahr 2021 vorbehaltlos entlastet.
        """, land="nw")
    assert [item.body.kinds if item.body else None for item in parsed.items] == [("rat",), ("rat",)]


def test_a_committees_proposal_to_the_council_named_as_a_heading(rule_base):
    """"Empfehlung an den Gemeinderat:" over the proposal in a committee's minutes: the council
    decides; the vote line after it is no part of the text, the line that ends the sentence is."""
    parsed = read(rule_base, """\
        Niederschrift über die Sitzung des Verwaltungs- und Finanzausschusses

        TOP 6: Glasfaserausbau – Kooperationsvereinbarung
            Beschluss:
            Dem Abschluss der Kooperationsvereinbarung wird zugestimmt.
            Einstimmig beschlossen.

        TOP 7: 6. Satzung zur Änderung der Hundesteuersatzung
            Empfehlung an den Gemeinderat:
            Die 6. Satzung zur Änderung der Hundesteuersatzung wird in der
            vorgelegten Fassung beschlossen.
            Mehrheitlich beschlossen bei 3 Gegenstimmen und 2 Enthaltungen.

        TOP 8: Sonstiges
            Der Vorsitzende weist auf den nächsten Sitzungstermin hin.
        """, land="bw")
    assert _bodies_and_texts(parsed) == [
        (("fachausschuss",), "Dem Abschluss der Kooperationsvereinbarung wird zugestimmt."),
        (("rat",), "Die 6. Satzung zur Änderung der Hundesteuersatzung wird in der vorgelegten Fassung beschlossen."),
    ]


def test_a_body_named_as_the_one_to_report_to_is_no_decider(rule_base):
    """"… über das Ergebnis ist im zuständigen Ausschuss zu berichten": "zuständig" of a body that
    hears a report names no decider (an Ortschaftsrat's recommendations were given to "Ausschuss")."""
    parsed = read(rule_base, """\
        Empfehlungsbeschluss:
        Die Einrichtung einer Querungshilfe ist zu prüfen; über das Ergebnis ist im zuständigen
        Ausschuss zu berichten.
        """, land="bw")
    assert all(item.body is None for item in parsed.items)


def test_the_explanation_that_names_the_competent_body_still_names_it(rule_base):
    item = read(rule_base, """\
        Beschlussvorschlag:
        Die Vergabe der Reinigungsleistungen an die Firma Glanz GmbH wird beschlossen.

        Begründung:
        Für die Entscheidung ist der Haupt- und Finanzausschuss zuständig.
        """, land="nw").items[0]
    assert item.body is not None and "hauptausschuss" in item.body.kinds


def test_the_minutes_title_broken_at_a_line_end_names_the_body(rule_base):
    """"… Sitzung des Bau- und Planungsaus-" / "schusses": the broken name is joined."""
    parsed = read(rule_base, """\
        Auszug aus der Niederschrift über die öffentliche Sitzung des Bau- und Planungsaus-
        schusses
        Stadt Meschede

        TOP 1 Bauvoranfrage Am Hang 3
        Beschluss:
        Das gemeindliche Einvernehmen wird erteilt.

        TOP 2 Vergabe der Tiefbauarbeiten
        Beschluss:
        Der Auftrag wird an den wirtschaftlichsten Bieter vergeben.
        """, land="nw")
    assert len(parsed.items) == 2
    assert all(item.body is not None and item.body.kinds == ("fachausschuss",) for item in parsed.items)

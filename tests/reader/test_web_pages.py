"""Layouts of council information system web pages (ALLRIS, SessionNet and their copies) that the
reader must read (issue 14): measured on pages not seen before, each test with a few lines of a
real public page (the town is named; the wording is theirs, shortened).
"""

from __future__ import annotations

import textwrap

from beschluss_rules.reader import parse_text


def read(rule_base, text: str, land: str = "nw"):
    return parse_text(textwrap.dedent(text).strip("\n") + "\n", rule_base, land=land)


def only(parsed):
    assert len(parsed.items) == 1, [i.text for i in parsed.items]
    return parsed.items[0]


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

"""Beratungsfolge tables and proposal headings as web pages of council information systems come
out when copied to text (session 17: 60 self-written pages of five Länder, measured blind; the
deciding body was found for 44 of 60, most of the rest named it only in a table the reader did
not read)."""

from __future__ import annotations

import pytest

from .pages import only, read


def _decider(parsed):
    return [c.body.kinds[0] for c in parsed.consultations if c.decides and c.body is not None]


@pytest.mark.parametrize("table", [
    # the date first, cells tab-separated (ALLRIS: Datum | Gremium | Zuständigkeit | Ergebnis)
    "Beratungsfolge:\nDatum\tGremium\tZuständigkeit\tErgebnis\n"
    "26.11.2024\tAusschuss für Stadtentwicklung und Planung\tVorberatung\tzur Kenntnis genommen\n"
    "17.12.2024\tRat der Stadt Viersen\tEntscheidung\t\n",
    # the public/non-public column before the date
    "Beratungsfolge\nStatus\tDatum\tGremium\tZuständigkeit\n"
    "Öffentlich\t14.05.2025\tAusschuss für Finanzen und Liegenschaften\tVorberatung\n"
    "Öffentlich\t17.12.2024\tRat der Stadt Viersen\tEntscheidung\n",
    # one cell per line, the date first, a result cell after the role
    "Beratungsfolge:\nDatum\nGremium\nZuständigkeit\nErgebnis\n20.03.2025\nAusschuss für Finanzen\nVorberatung\n"
    "Empfehlung\n03.04.2025\nRat der Stadt Viersen\nBeschluss\n",
    # the column labels one per line, the body first, the role "Beschluss" on its own line
    "Beratungsfolge\nGremium\nDatum\nBeratungsart\nErgebnis\nSozialausschuss\n13.02.2025\nVorberatung\nzugestimmt\n"
    "Rat der Stadt Viersen\n13.03.2025\nBeschluss\n",
    # "öffentlich" between the body and its role
    "Beratungsfolge:\nDatum\tGremium\tArt\tBeratung\n07.05.2025\tBauausschuss\töffentlich\tVorberatung\n"
    "19.05.2025\tRat der Stadt Viersen\töffentlich\tBeschluss\n",
    # the whole table flattened into the header's line
    "Beratungsfolge: Gremium Sitzungstermin Zuständigkeit Status Rat der Stadt Viersen 20.05.2025 Entscheidung "
    "öffentlich\n",
])
def test_the_deciding_body_of_a_web_pages_beratungsfolge(rule_base, table):
    parsed = read(rule_base, "Haushaltssatzung 2025\n" + table + "\nBeschlussvorschlag:\n"
                             "Die Haushaltssatzung 2025 wird beschlossen.\n", land="nw")
    assert _decider(parsed) == ["rat"]
    item = only(parsed)
    assert item.body is not None and item.body.kinds == ("rat",)


def test_a_body_name_keeps_no_status_or_role_words(rule_base):
    parsed = read(rule_base, "Beratungsfolge:\nDatum\tGremium\tArt\tBeratung\n"
                             "19.05.2025\tRat der Stadt Viersen\töffentlich\tBeschluss\n\nBeschlussvorschlag:\n"
                             "Die Satzung wird beschlossen.\n")
    assert [c.name for c in parsed.consultations] == ["Rat der Stadt Viersen"]


@pytest.mark.parametrize("heading", [
    "Beschlussvorschlag\tDer Rat der Stadt Viersen beschließt die Satzung.",  # label cell, text cell
    "Beschluss Nr. VA/2025/022:\nDer Rat der Stadt Viersen beschließt die Satzung.",
    "Inhalt der Eilentscheidung:\nDer Rat der Stadt Viersen beschließt die Satzung.",
])
def test_proposal_headings_of_web_pages(rule_base, heading):
    item = only(read(rule_base, "Satzung\n\n" + heading + "\n\nSachverhalt:\nText.\n"))
    assert item.text == "Der Rat der Stadt Viersen beschließt die Satzung."
    assert item.body is not None and item.body.kinds == ("rat",)


@pytest.mark.parametrize("land, kinds", [("by", ("fachausschuss",)), ("nw", None)])
def test_a_bavarian_senate_is_a_committee(rule_base, land, kinds):
    """Art. 32 Abs. 2 S. 1 GO Bayern: "beschließenden Ausschüssen (Gemeindesenaten)"; elsewhere a
    Senat is no municipal body."""
    item = only(read(rule_base, "Beschlussvorschlag:\nDer Bausenat beschließt, einen Bebauungsplan aufzustellen.\n",
                     land=land))
    assert (item.body.kinds if item.body else None) == kinds

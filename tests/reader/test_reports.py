"""What an item only reports (reader/reports.py): another body's past act told in the words of the
matter is no part of the item's matter (self-written decisions that name a council matter without
deciding it); the body's own act in the perfect, a present passive and a quoted name stay."""

from __future__ import annotations

import pytest

from beschluss_rules.model import Body
from beschluss_rules.reader.reports import without_reports

from .pages import only, read

_COMMITTEE = Body("Haupt- und Finanzausschuss", ("hauptausschuss", "finanzausschuss"))


@pytest.mark.parametrize("text, gone", [
    ("Die Stadt hat aufgrund des Ratsbeschlusses vom 11.05.2022 eine Ausfallbürgschaft übernommen. Der Haupt- und "
     "Finanzausschuss nimmt den Bericht zur Kenntnis.", "Ausfallbürgschaft"),
    ("Der Verwaltungsrat der Sparkasse hat den Jahresabschluss 2024 am 05.06.2025 festgestellt. Der Haupt- und "
     "Finanzausschuss nimmt den Geschäftsbericht zur Kenntnis.", "Jahresabschluss"),
    ("Der Haupt- und Finanzausschuss nimmt den Quartalsbericht zum Wirtschaftsplan 2025 zur Kenntnis, den der "
     "Stadtrat am 12.12.2024 beschlossen hat.", "12.12.2024"),
])
def test_another_bodys_past_act_is_left_out(text, gone):
    assert gone not in without_reports(text, _COMMITTEE)


@pytest.mark.parametrize("text", [
    # the body's own act told in the perfect (minutes), a present passive, a quoted name
    "Der Haupt- und Finanzausschuss hat die Satzung beschlossen. Die Verwaltung wird beauftragt, sie bekanntzumachen.",
    "Die Teilnahme am Kreiswettbewerb „Unser Dorf hat Zukunft“ 2025 wird beschlossen; die Mittel sind bereitgestellt.",
    "Der Haupt- und Finanzausschuss beschließt die Vergabe der Dacharbeiten.",
])
def test_the_bodys_own_act_a_passive_and_a_quoted_name_stay(text):
    assert without_reports(text, _COMMITTEE) == text


def test_a_committee_that_takes_note_of_a_guarantee_the_council_gave_is_not_not_competent(rule_base):
    """The guarantee is the council's earlier decision; the committee only takes note (it was
    not-competent for a guarantee)."""
    item = only(read(rule_base, "Beschlussvorschlag:\nDie Stadt hat aufgrund des Ratsbeschlusses vom 11.05.2022 eine "
                                "Ausfallbürgschaft für das Darlehen zum Bau des Kunstrasenplatzes übernommen.\nDer "
                                "Haupt- und Finanzausschuss nimmt den Bericht der Verwaltung zur Kenntnis, wonach das "
                                "Darlehen planmäßig getilgt wird.\n", land="nw"))
    assert "buergschaft" not in item.matters


@pytest.mark.parametrize("text, gone", [
    ("Der Betriebsausschuss nimmt die Nachkalkulation zur Kenntnis. Die Kostenüberdeckung wird in der Kalkulation "
     "für 2026 berücksichtigt, über die der Rat am 11.12.2025 beschließen wird.", "beschließen"),
    ("Die Verwaltung legt den Entwurf vor, über den der Gemeinderat im Dezember entscheiden soll.", "entscheiden"),
])
def test_another_bodys_coming_decision_is_left_out(text, gone):
    assert gone not in without_reports(text, _COMMITTEE)


def test_the_bodys_own_coming_decision_stays():
    text = "Die Verwaltung legt den Entwurf vor, über den der Haupt- und Finanzausschuss im Mai entscheiden wird."
    assert without_reports(text, _COMMITTEE) == text


def test_a_committee_that_takes_note_of_a_calculation_the_council_decides_later_only_takes_note(rule_base):
    """The council's coming decision on the fees is not the committee's; its verb made the
    committee's taking note a fee decision (not-competent)."""
    item = only(read(rule_base, "Beschlussvorschlag:\nDer Betriebsausschuss nimmt die Nachkalkulation der "
                                "Schmutzwassergebühren 2023 zur Kenntnis.\nDie Kostenüberdeckung von 86.400 € wird in "
                                "der Kalkulation für 2026 berücksichtigt, über die der Rat am 11.12.2025 beschließen "
                                "wird.\n", land="nw"))
    assert "abgaben" not in item.matters and "kenntnisnahme" in item.matters


def test_an_earlier_decision_in_the_passive_past_is_left_out():
    """A self-written list on joining associations: "Der Beitritt wurde vom Rat bereits 1985
    beschlossen" tells an earlier decision; minutes telling the session's own decision in the past
    tense (no word of earlier time) keep it."""
    text = ("Der Jahresbeitrag 2025 für die Mitgliedschaft im Städtebund wird angewiesen. Der Beitritt wurde vom Rat "
            "bereits 1985 beschlossen.")
    assert "Beitritt" not in without_reports(text, _COMMITTEE)
    minutes = "Die Satzung wurde vom Rat einstimmig beschlossen."
    assert without_reports(minutes, _COMMITTEE) == minutes


def test_paying_the_fee_of_a_membership_the_council_decided_long_ago_is_no_accession(rule_base):
    item = only(read(rule_base, "Beschlussvorschlag:\nDer Jahresbeitrag 2025 für die Mitgliedschaft der Hansestadt im "
                                "Städtebund Die Hanse wird in Höhe von 1.000 € angewiesen.\nDer Beitritt wurde vom Rat "
                                "bereits 1985 beschlossen.\n", land="ni"))
    assert "beitritt_vereinigung" not in item.matters
    # the earlier decision's body is no decider of this item
    assert item.body is None or item.body.kinds != ("rat",)

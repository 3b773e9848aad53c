"""The weighing and execution items of a final Bauleitplan decision share its matter (issue 13)."""

from __future__ import annotations

import datetime

import pytest

from beschluss_rules.model import Verdict
from beschluss_rules.verdict.checker import CheckOptions

# After an NGO-era Nordstemmen Beschlussvorschlag (DS 65/2009), shortened.
_SATZUNGSBESCHLUSS = """Gemeinde Nordstemmen
Beschlussvorlage

Beschlussvorschlag:
a) Der Entwurf des Bebauungsplanes Nr. 0306 "Barnten-Süd III" und die Begründung hierzu werden zur Kenntnis genommen.
b) Es wird festgestellt, dass während der öffentlichen Auslegung seitens der Bürger keine Anregungen vorgebracht wurden.
c) Die während der öffentlichen Auslegung eingegangenen Stellungnahmen der Behörden sollen entsprechend dem Abwägungsvorschlag berücksichtigt werden.
d) Der Rat der Gemeinde Nordstemmen beschließt auf Grund des § 10 des Baugesetzbuches den Bebauungsplan Nr. 0306 "Barnten-Süd III" als Satzung.
e) Der Bürgermeister wird beauftragt, die Bekanntmachung gemäß § 10 Absatz 3 BauGB zu veranlassen.
"""


@pytest.fixture(scope="module")
def ngo_result(checker):
    return checker.check_text(_SATZUNGSBESCHLUSS, options=CheckOptions(land="ni", date=datetime.date(2009, 6, 1)))


def test_the_weighing_and_the_publication_share_the_final_decision_s_matter(ngo_result):
    """Under the NGO the council's final decision on a plan is certain (§ 40 Abs. 1); its weighing
    and the order to publish it are part of it, so they are no longer merely conditional."""
    items = ngo_result.items
    assert len(items) == 5
    for item in (items[1], items[2], items[4]):
        assert "bauleitplanung_abschluss" in item.item.matters
        assert item.verdict is Verdict.COMPETENT and item.deciding == "ni.ngo.40-1-bauleitplaene"
    assert any("gehört zum abschließenden Beschluss" in n.de and "Punkt 4" in n.de
               for n in ngo_result.paper.notes)


def test_taking_note_of_the_draft_is_not_joined(ngo_result):
    assert "bauleitplanung_abschluss" not in ngo_result.items[0].item.matters
    assert ngo_result.items[0].deciding == "ni.ngo.kenntnisnahme"


@pytest.mark.parametrize("proposal", [
    # no final decision in the proposal: the weighing of an early participation stays a step
    "1. Die Stellungnahmen aus der frühzeitigen Beteiligung werden entsprechend dem Abwägungsvorschlag berücksichtigt.\n"
    "2. Der Entwurf des Bebauungsplanes Nr. 7 ist öffentlich auszulegen.\n",
    # a step that starts or lays out a procedure is never part of the final decision
    "1. Der Rat beschließt den Bebauungsplan Nr. 7 als Satzung.\n"
    "2. Die Aufstellung des Bebauungsplanes Nr. 8 wird beschlossen; die Stellungnahmen sind abzuwägen.\n",
])
def test_a_procedural_step_without_its_final_decision_keeps_its_matter(checker, proposal):
    result = checker.check_text("Gemeinde Nordstemmen\nBeschlussvorlage\n\nBeschlussvorschlag:\n" + proposal,
                                options=CheckOptions(land="ni", date=datetime.date(2019, 6, 1)))
    last = [item for item in result.items if "bauleitplanung_verfahren" in item.item.matters][-1]
    assert "bauleitplanung_abschluss" not in last.item.matters


def test_an_item_of_another_body_is_not_joined(checker):
    """Joining can only give an item the verdict its final sibling has: a committee's weighing
    beside the council's Satzungsbeschluss keeps its own matter."""
    text = ("Stadt Heinsberg\nBeschlussvorlage\n\nBeschlussvorschlag:\n"
            "1. Der Bauausschuss beschließt, die Anregungen entsprechend dem Abwägungsvorschlag zu berücksichtigen.\n"
            "2. Der Rat beschließt den Bebauungsplan Nr. 7 als Satzung.\n")
    result = checker.check_text(text, options=CheckOptions(land="nw", date=datetime.date(2023, 6, 1)))
    assert len(result.items) == 2
    assert "bauleitplanung_abschluss" not in result.items[0].item.matters
    assert result.items[0].verdict is not Verdict.NOT_COMPETENT

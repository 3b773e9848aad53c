"""``lint.unreachable``: conditions that never hold, validity outside the general rule."""

from __future__ import annotations

import pytest

from beschluss_rules.model import Level

from .planting import findings_of, plant_rule


@pytest.mark.parametrize("when, words", [
    ("when:\n  matter: zuschuss\n  amount_eur: {lt: 0}\n", "below zero"),
    ("when:\n  all:\n    - legal_form: ev\n    - legal_form: gmbh\n", "legal_form"),
    ("when:\n  matter: zuschuss\n  amount_eur: {gt: 1000, lt: 500}\n", "amount_eur"),
    ("when:\n  urgency: eilentscheidung\n  not: {urgency: [eilentscheidung, keine]}\n", "urgency"),
])
def test_rules_whose_conditions_never_hold_are_unreachable(base, when, words):
    plant_rule(base, "99-unerreichbar", extra=when + "competent: [rat]\n")
    findings = [f for f in findings_of(base, "unreachable") if f.rule == "nw.go.99-unerreichbar"]
    assert len(findings) == 1 and findings[0].level is Level.ERROR
    assert words in findings[0].message.en


def test_a_rule_valid_only_before_the_general_rule_is_flagged(base):
    plant_rule(base, "99-alt", start="1990-01-01", extra="  until: 1993-12-31\nwhen:\n  matter: zuschuss\ncompetent: [rat]\n")
    findings = [f for f in findings_of(base, "unreachable") if f.rule == "nw.go.99-alt"]
    assert len(findings) == 1 and findings[0].level is Level.WARNING
    assert "outside every general rule" in findings[0].message.en


def test_a_caution_valid_only_before_the_general_rule_is_not_flagged(base):
    # A caution fires without a general rule (beside core.no-law-for-date), so it is reachable.
    plant_rule(base, "99-alt-hinweis", kind="caution", start="1990-01-01",
               extra="  until: 1993-12-31\nwhen:\n  matter: zuschuss\n")
    assert not [f for f in findings_of(base, "unreachable") if f.rule == "nw.go.99-alt-hinweis"]

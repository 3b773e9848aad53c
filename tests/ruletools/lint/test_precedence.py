"""``lint.conflict`` and ``lint.overridden``: rules that apply together, and the resolver's order."""

from __future__ import annotations

from beschluss_rules.model import Level
from beschluss_rules.ruletools.lint import lint_base

from .planting import findings_of, plant_rule


def test_two_exclusive_rules_for_different_bodies_conflict_and_both_are_named(base):
    plant_rule(base, "99-satzungen-buergermeister", kind="assigned",
          extra="when:\n  matter: satzung\n  amount_eur: {lte: 5000}\ncompetent: [buergermeister]\nexclusive: true\n")
    findings = findings_of(base, "conflict")
    assert len(findings) == 1
    finding = findings[0]
    assert finding.level is Level.ERROR
    assert {finding.rule, finding.related[0].rule} == {"nw.go.41-1-2-f-satzungen", "nw.go.99-satzungen-buergermeister"}
    assert "nw.go.41-1-2-f-satzungen" in finding.message.en and "nw.go.99-satzungen-buergermeister" in finding.message.en
    assert "amount" in finding.message.en


def test_exclusive_rules_for_different_matters_do_not_conflict(base):
    plant_rule(base, "99-zuschuss-buergermeister", kind="assigned",
          extra="when:\n  matter: zuschuss\ncompetent: [buergermeister]\nexclusive: true\n")
    assert findings_of(base, "conflict") == []


def test_a_rule_that_never_decides_is_reported_as_overridden(base):
    """A second rule for the Beigeordneten election that always loses to lit. c."""
    source = (base / "nw" / "go" / "41-1-2-c-wahl-beigeordnete.yaml").read_text(encoding="utf-8")
    planted = source.replace("kind: reserved", "kind: assigned", 1).replace("competent: [rat]", "competent: [rat]\nexclusive: true")
    (base / "nw" / "go" / "99-beigeordnete-doppelt.yaml").write_text(planted, encoding="utf-8")
    report = lint_base(base)
    overridden = [f for f in report.findings if f.check == "overridden"]
    assert [f.rule for f in overridden] == ["nw.go.99-beigeordnete-doppelt"]
    assert "nw.go.41-1-2-c-wahl-beigeordnete" in overridden[0].message.en


def test_a_rule_always_overridden_by_another_is_reported(base):
    plant_rule(base, "99-satzungen-doppelt", kind="assigned",
          extra="when:\n  matter: satzung\n  amount_eur: {gte: 1}\ncompetent: [rat]\nexclusive: false\n")
    findings = [f for f in findings_of(base, "overridden") if f.rule == "nw.go.99-satzungen-doppelt"]
    assert len(findings) == 1 and "nw.go.41-1-2-f-satzungen" in findings[0].message.en

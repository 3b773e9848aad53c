"""``lint.void-delegation``: local delegations of matters the Land reserves to the council."""

from __future__ import annotations

from beschluss_rules.model import Level
from beschluss_rules.ruletools.lint import lint_paths

from ...conftest import ROOT
from .planting import edit, findings_of

VOID = """  satzungen-an-hfa:
    title: {de: "Satzungen an den HFA", en: "Bylaws to the HFA"}
    description: Unzulässige Beispielklausel.
    message: {de: "{body} beschließt Satzungen.", en: "{body} adopts bylaws."}
    reference: {law: Zuständigkeitsordnung der Stadt Heinsberg, section: "9", letter: b, text: "Der HFA beschließt Satzungen."}
    valid: {from: 2020-01-01}
    when: {matter: satzung}
    competent: [hfa]
"""


def test_a_void_delegation_is_an_error_naming_the_local_clause_and_the_norm(base):
    profile = base / "municipalities" / "nw" / "heinsberg.yaml"
    edit(profile, "delegations:\n", "delegations:\n" + VOID)
    findings = findings_of(base, "void-delegation")
    assert len(findings) == 1
    finding = findings[0]
    assert finding.level is Level.ERROR and finding.rule == "local.heinsberg.satzungen-an-hfa"
    assert finding.path == str(profile)
    assert profile.read_text(encoding="utf-8").splitlines()[finding.line - 1].strip() == "satzungen-an-hfa:"
    assert "§ 9 lit. b Zuständigkeitsordnung der Stadt Heinsberg" in finding.message.de
    assert "§ 41 Abs. 1 S. 2 lit. f GO NRW" in finding.message.de
    assert "nw.go.41-1-2-f-satzungen" in finding.message.de
    assert "ab 2020-01-01" in finding.message.de


def test_a_delegation_partly_covering_a_reservation_is_a_warning_with_an_example(base):
    profile = base / "municipalities" / "nw" / "heinsberg.yaml"
    edit(profile, "delegations:\n", "delegations:\n" + VOID.replace("satzung}", "beitritt_vereinigung}"))
    findings = findings_of(base, "void-delegation")
    assert len(findings) == 1 and findings[0].level is Level.WARNING
    assert "41-1-2-m-beteiligung-privatrechtlich" in findings[0].message.en
    assert "legal form" in findings[0].message.en


def test_a_standalone_profile_is_linted_on_top_of_the_rule_base():
    report = lint_paths([ROOT / "examples" / "heinsberg-profil-mit-delegation.yaml"])
    assert {f.check for f in report.findings} == {"void-delegation"}
    assert all(f.path.endswith("heinsberg-profil-mit-delegation.yaml") for f in report.findings)

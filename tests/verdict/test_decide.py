"""Default logic on the shipped NRW rules with local profiles: delegations, void delegations,
complete delegation lists, unclassified matters, the urgency route."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from beschluss_rules.model import DecisionItem, Verdict
from beschluss_rules.verdict.checker import Checker

from ..conftest import ROOT

DAY = dt.date(2023, 5, 10)
PROFILE = (ROOT / "examples" / "heinsberg-profil-mit-delegation.yaml").read_text(encoding="utf-8")


def _checker(rule_base, tmp_path: Path, *, complete: bool = False, extra: str = "") -> Checker:
    text = PROFILE.replace("delegations_complete: false", f"delegations_complete: {str(complete).lower()}")
    text = text.replace("delegations:\n", "delegations:\n" + extra, 1)
    path = tmp_path / "profile.yaml"
    path.write_text(text, encoding="utf-8")
    return Checker(rule_base, profiles=[path])


def _evaluate(checker: Checker, body_key: str, matters, **kw):
    profile = checker.explicit_profiles[0]
    body = next(b for b in profile.municipality.bodies if b.key == body_key)
    item = DecisionItem(index=1, text="", body=body, matters=tuple(matters), **kw)
    return checker.evaluate_item(item, land="nw", day=DAY, municipality=profile.municipality)


VOID = """  satzungen-an-hfa:
    title: {de: "Satzungen an den HFA", en: "Bylaws to the HFA"}
    description: Unzulässige Beispielklausel.
    message: {de: "{body} soll Satzungen beschließen.", en: "{body} to adopt bylaws."}
    reference: {law: Zuständigkeitsordnung (Test), section: "9", note: Testklausel.}
    valid: {from: 2020-01-01}
    when: {matter: satzung}
    competent: [hfa]
"""


def test_a_delegation_of_a_reserved_matter_is_void_and_said_so(rule_base, tmp_path):
    checker = _checker(rule_base, tmp_path, extra=VOID)
    result = _evaluate(checker, "hfa", ["satzung"])
    assert result.verdict is Verdict.NOT_COMPETENT
    assert result.deciding == "nw.go.41-1-2-f-satzungen"
    void = [f for f in result.findings if f.rule == "core.delegation-void"]
    assert void and "local.heinsberg-beispiel.satzungen-an-hfa" in void[0].message.de
    assert void[0].references[0].cite() == "§ 41 Abs. 1 S. 2 lit. f GO NRW"


def test_a_valid_delegation_makes_the_body_competent(rule_base, tmp_path):
    result = _evaluate(_checker(rule_base, tmp_path), "hfa", ["beitritt_vereinigung"], legal_form="arbeitsgemeinschaft")
    assert result.verdict is Verdict.COMPETENT
    assert result.deciding == "local.heinsberg-beispiel.zusto-2-1-c-mitgliedschaften"


def test_the_council_keeps_its_competence_beside_a_delegation(rule_base, tmp_path):
    result = _evaluate(_checker(rule_base, tmp_path), "rat", ["beitritt_vereinigung"], legal_form="arbeitsgemeinschaft")
    assert result.verdict is Verdict.COMPETENT
    assert result.deciding == "nw.go.41-1-1-allzustaendigkeit"


def test_a_complete_delegation_list_without_the_matter_makes_a_committee_not_competent(rule_base, tmp_path):
    result = _evaluate(_checker(rule_base, tmp_path, complete=True), "hfa", ["vergabe"])
    assert result.verdict is Verdict.NOT_COMPETENT
    assert result.findings[0].rule == "core.no-delegation"
    assert result.findings[0].references[0].cite() == "§ 41 Abs. 2 GO NRW"


def test_an_incomplete_list_leaves_the_committee_conditional(rule_base, tmp_path):
    result = _evaluate(_checker(rule_base, tmp_path), "hfa", ["vergabe"])
    assert result.verdict is Verdict.CONDITIONAL
    assert result.deciding == "nw.go.41-2-uebertragung"


@pytest.mark.parametrize("body, verdict", [("rat", Verdict.COMPETENT), ("hfa", Verdict.UNKNOWN)])
def test_an_unclassified_matter(rule_base, tmp_path, body, verdict):
    result = _evaluate(_checker(rule_base, tmp_path), body, [])
    assert result.verdict is verdict


def test_eilentscheidung_of_the_main_committee_on_a_reserved_matter(rule_base, tmp_path):
    result = _evaluate(_checker(rule_base, tmp_path), "hfa", ["satzung"], urgency="eilentscheidung")
    assert result.verdict is Verdict.COMPETENT
    assert result.deciding == "nw.go.60-1-1-eilentscheidung-2023"
    assert result.findings[0].level.value == "warning"
    assert "Genehmigung" in result.findings[0].message.de
    assert "nw.go.41-1-2-f-satzungen" in result.overridden


def test_dringlichkeitsentscheidung_is_for_the_mayor_not_the_committee(rule_base, tmp_path):
    """The law names the mayor's route (§ 60 Abs. 1 S. 2 GO NRW) Dringlichkeitsentscheidung; a
    Hauptausschuss so called may have decided by its own route (S. 1): conditional, never
    competent; a specialist committee gains nothing by the word."""
    checker = _checker(rule_base, tmp_path)
    committee = _evaluate(checker, "hfa", ["satzung"], urgency="dringlichkeitsentscheidung")
    assert committee.verdict is Verdict.CONDITIONAL
    assert committee.deciding == "nw.go.60-hauptausschuss-dringlichkeitsentscheidung-benannt"
    assert _evaluate(checker, "buergermeister", ["satzung"], urgency="dringlichkeitsentscheidung").verdict is Verdict.COMPETENT

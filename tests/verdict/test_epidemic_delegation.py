"""The council's transfer of its powers to the Hauptausschuss during a declared epidemic
situation (§ 60 Abs. 1 S. 2 GO NRW from 15 April 2020, § 60 Abs. 2 from 1 October 2020), recorded
in a municipality profile under ``epidemie_delegation``."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from beschluss_rules.errors import RuleFileError
from beschluss_rules.model import DecisionItem, Level, Verdict
from beschluss_rules.verdict.checker import Checker

from ..conftest import ROOT

FIXTURE = ROOT / "tests" / "fixtures" / "profiles" / "nrw-epidemie-delegation.yaml"


@pytest.fixture(scope="module")
def checker(rule_base) -> Checker:
    return Checker(rule_base, profiles=[FIXTURE])


def _evaluate(checker: Checker, body_key: str, day: dt.date, matters=("satzung",)):
    profile = checker.explicit_profiles[0]
    body = next(b for b in profile.municipality.bodies if b.key == body_key)
    item = DecisionItem(index=1, text="", body=body, matters=tuple(matters))
    return checker.evaluate_item(item, land="nw", day=day, municipality=profile.municipality)


def test_a_recorded_delegation_makes_the_main_committee_competent_for_a_bylaw(checker):
    result = _evaluate(checker, "hfa", dt.date(2020, 5, 7))
    assert result.verdict is Verdict.COMPETENT
    assert result.deciding == "local.beispielstadt-epidemie.epidemie-delegation-2020-04-23"
    assert result.findings[0].level is Level.WARNING
    assert "23.04.2020" in result.findings[0].message.de


def test_before_the_resolution_the_main_committee_is_only_conditional(checker):
    result = _evaluate(checker, "hfa", dt.date(2020, 4, 20))
    assert result.verdict is Verdict.CONDITIONAL
    assert result.deciding == "nw.go.60-1-2-epidemie-delegation-2020-04"


def test_the_second_resolution_covers_the_budget_under_paragraph_2(checker):
    result = _evaluate(checker, "hfa", dt.date(2021, 3, 25), matters=("haushaltssatzung",))
    assert result.verdict is Verdict.COMPETENT
    assert result.deciding == "local.beispielstadt-epidemie.epidemie-delegation-2020-11-12"


@pytest.mark.parametrize("day", [dt.date(2020, 8, 27), dt.date(2021, 6, 19)])
def test_outside_a_declared_period_the_recorded_delegation_has_no_effect(checker, day):
    result = _evaluate(checker, "hfa", day)
    assert result.verdict is Verdict.NOT_COMPETENT
    assert not any(r.startswith("local.") for r in result.matched)


def test_the_delegation_never_helps_another_committee(checker):
    result = _evaluate(checker, "bau", dt.date(2020, 5, 7))
    assert result.verdict is Verdict.NOT_COMPETENT


def _write(tmp_path: Path, old: str, new: str) -> Path:
    path = tmp_path / "profile.yaml"
    path.write_text(FIXTURE.read_text(encoding="utf-8").replace(old, new, 1), encoding="utf-8")
    return path


def test_a_delegation_reaching_beyond_the_declared_period_is_refused(rule_base, tmp_path):
    path = _write(tmp_path, "until: 2020-06-14", "until: 2020-07-31")
    with pytest.raises(RuleFileError) as info:
        Checker(rule_base, profiles=[path])
    assert "2020-04-15 – 2020-06-14" in str(info.value)
    assert info.value.path == str(path)


def test_a_delegation_outside_nrw_is_refused(rule_base, tmp_path):
    path = _write(tmp_path, 'ags: "05999001"\n  land: nw', 'ags: "08999001"\n  land: bw')
    with pytest.raises(RuleFileError, match="nur in NRW|only in NRW"):
        Checker(rule_base, profiles=[path])


def test_a_missing_source_is_a_located_error(rule_base, tmp_path):
    path = _write(tmp_path, "    source: https://example.org/beispielstadt/ratsbeschluss-2020-04-23\n", "")
    with pytest.raises(RuleFileError) as info:
        Checker(rule_base, profiles=[path])
    assert info.value.line is not None and "source" in str(info.value)

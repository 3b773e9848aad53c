"""``beschluss-rules rules test``: strict case files and rule-level coverage (fired / deciding)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from beschluss_rules.cli.app import main
from beschluss_rules.errors import RuleFileError
from beschluss_rules.ruletools.cases import coverage, evaluate_case, load_cases
from beschluss_rules.verdict.checker import Checker

from ..conftest import ROOT

CASES = ROOT / "tests" / "cases"
FIXTURES = sorted((ROOT / "tests" / "fixtures" / "profiles").glob("*.yaml"))


def test_every_shipped_rule_fires_in_some_case(rule_base):
    """CI gate: 100 % rule (fire) coverage of the shipped rule base, profiles included."""
    checker = Checker(rule_base, profiles=FIXTURES, engine="reference")
    cases = [c for p in sorted(CASES.rglob("*.yaml")) for c in load_cases(p)]
    result = coverage(checker.rule_base.rules, [evaluate_case(checker, c) for c in cases])
    assert result.never_fired == (), f"rules no case makes fire: {list(result.never_fired)}"
    assert result.fire_percent == 100.0


def _case_file(tmp_path: Path, body: str) -> Path:
    path = tmp_path / "cases.yaml"
    path.write_text(body, encoding="utf-8")
    return path


CASE = """cases:
  - name: Der Rat beschließt eine Satzung.
    date: 2021-09-01
    land: nw
    item: {{body: Rat, matters: [satzung]}}
    expect: {expect}
"""


def test_expectations_naming_unknown_rules_fail(rule_base, tmp_path):
    checker = Checker(rule_base, engine="reference")
    path = _case_file(tmp_path, CASE.format(expect="{verdict: competent, not_fires: [nw.go.41-1-2-f-satzung]}"))
    outcome = evaluate_case(checker, load_cases(path)[0])
    assert not outcome.passed
    assert "unknown rule id 'nw.go.41-1-2-f-satzung' (did you mean 'nw.go.41-1-2-f-satzungen'?)" in outcome.problems


@pytest.mark.parametrize("expect, words", [
    ("{fires: nw.go.41-1-2-f-satzungen}", "must be a list of rule ids"),
    ("{verdict: competent, firez: []}", "did you mean 'fires'"),
    ("{}", "at least one expectation"),
])
def test_case_files_are_strict(tmp_path, expect, words):
    with pytest.raises(RuleFileError) as error:
        load_cases(_case_file(tmp_path, CASE.format(expect=expect)))
    assert words in str(error.value)


def test_cli_rules_test_reports_coverage_and_fails_below_the_threshold(tmp_path, capsys):
    case = CASES / "nw" / "go" / "41-1-2-f-satzungen.yaml"
    assert main(["rules", "test", "--engine", "reference", "--lang", "en", str(case)]) == 0
    out = capsys.readouterr().out
    assert "cases:" in out and "Coverage:" in out and "Fire in no case:" in out
    assert main(["rules", "test", "--engine", "reference", "--min-coverage", "100", str(case)]) == 1
    assert "--min-coverage" in capsys.readouterr().out
    assert main(["rules", "test", "--engine", "reference", "--format", "json", str(case)]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["failed"] == [] and report["coverage"]["per_rule"]["nw.go.41-1-2-f-satzungen"]["fired"] > 0
    assert "nw.go.41-1-2-f-satzungen" not in report["coverage"]["never_fired"]
    assert "nw.go.41-1-2-f-satzungen" not in report["coverage"]["never_decided"]


def test_cli_rules_test_reports_a_failing_case_with_its_location(tmp_path, capsys):
    path = _case_file(tmp_path, CASE.format(expect="{verdict: not-competent}"))
    assert main(["rules", "test", "--engine", "reference", "--lang", "en", str(path)]) == 1
    out = capsys.readouterr().out
    assert f"{path}:2:1: error case-failed Der Rat beschließt eine Satzung. — verdict competent, expected not-competent" in out


def test_cli_rules_test_default_runs_the_whole_suite_at_full_coverage(capsys):
    """`beschluss-rules rules test --min-coverage 100` (the CI command) passes on the checkout."""
    code = main(["rules", "test", "--engine", "reference", "--min-coverage", "100", "--format", "json"])
    report = json.loads(capsys.readouterr().out)
    assert report["failed"] == [], report["failed"][:3]
    assert report["coverage"]["never_fired"] == []
    assert code == 0

"""Every rule test case under tests/cases runs as its own pytest item, named by its sentence.

Also checks the discipline of the rule base: every rule file has a case file in the mirror
folder, and every rule has at least one case where it fires and one where it does not.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from beschluss_rules.rulebase.loader import default_rules_dir
from beschluss_rules.ruletools.cases import check_case, iter_case_files, load_cases
from beschluss_rules.verdict.checker import Checker

CASES = Path(__file__).resolve().parent.parent / "cases"
ALL = [case for path in iter_case_files(CASES) for case in load_cases(path)]
#: Test-only municipality profiles that case files may name besides the shipped ones, e.g. a
#: kreisfreie Stadt for § 37 GO NRW (every shipped NRW profile is kreisangehörig).
FIXTURE_PROFILES = sorted((Path(__file__).resolve().parent.parent / "fixtures" / "profiles").glob("*.yaml"))


@pytest.fixture(scope="module")
def case_checker(rule_base):
    """The shipped rule base plus the test-only profiles."""
    return Checker(rule_base, profiles=FIXTURE_PROFILES)


@pytest.mark.parametrize("case", ALL, ids=[c.name for c in ALL])
def test_rule_case(case_checker, case):
    problems = check_case(case_checker, case)
    assert not problems, f"{case.path}:{case.line}: {case.name}\n  " + "\n  ".join(problems)


def test_every_rule_is_exercised_both_ways(rule_base):
    """For every shipped statute rule, some case makes it fire and some case says it must not."""
    fires = {r for c in ALL for r in c.expect.get("fires", [])}
    not_fires = {r for c in ALL for r in c.expect.get("not_fires", [])}
    statute_rules = [r.id for r in rule_base.rules if not r.id.startswith("local.")]
    missing_fire = sorted(set(statute_rules) - fires)
    missing_not = sorted(set(statute_rules) - not_fires)
    assert not missing_fire, f"rules no case makes fire: {missing_fire}"
    assert not missing_not, f"rules no case says must not fire: {missing_not}"


def test_case_files_mirror_rule_files():
    """Each rule file rules/<land>/.../<name>.yaml has tests/cases/<land>/.../<name>.yaml; a case
    file under tests/cases/municipalities/ belongs to a profile of the same path."""
    root = default_rules_dir()
    expected = {
        p.relative_to(root) for p in root.rglob("*.yaml")
        if p.relative_to(root).parts[0] not in ("vocab", "municipalities")
    }
    profiles = {p.relative_to(root) for p in (root / "municipalities").rglob("*.yaml")}
    present = {p.relative_to(CASES) for p in CASES.rglob("*.yaml")}
    orphans = {p for p in present if p.parts[0] == "municipalities"} - profiles
    assert not orphans, f"profile case files without profile: {sorted(map(str, orphans))}"
    present = {p for p in present if p.parts[0] != "municipalities"}
    assert not sorted(expected - present), f"rule files without case file: {sorted(map(str, expected - present))}"
    assert not sorted(present - expected), f"case files without rule file: {sorted(map(str, present - expected))}"

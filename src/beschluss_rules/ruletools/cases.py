"""Rule test cases (OpenFisca style): YAML files of named cases, each an item and its expectations.

Cases live in ``tests/cases/`` mirroring ``rules/`` (``tests/cases/nw/go/113-2-vertreter.yaml``
holds the cases of ``nw.go.113-2-vertreter``). A file looks like::

    cases:
      - name: Der Rat bestellt den Vertreter der Stadt in der Mitgliederversammlung.
        date: 2021-09-01
        municipality: heinsberg        # optional: a profile id; else give land
        item:
          body: Rat                    # a body name, resolved like a paper's heading
          matters: [vertreter_bestellung]   # or: text: "... wird als Vertreter bestimmt."
          legal_form: arbeitsgemeinschaft   # optional; also amount_eur, urgency, recurring
        expect:
          verdict: competent
          deciding: nw.go.113-2-vertreter   # optional
          fires: [nw.go.113-2-vertreter]     # rules that must match
          not_fires: [nw.go.41-2-uebertragung]  # rules that must not match
          findings: [nw.go.113-1-reichweite-arbeitsgemeinschaft]  # finding rule ids present

Names are full sentences: they are what a failing test prints. The files are strict: unknown
keys, cases without expectations, expectation lists that are not lists and rule ids the rule base
does not know (outside ``core.``/``internal.``) are errors.

The same cases run under pytest (``tests/ruletools/test_rule_cases.py``) and with ``beschluss-rules rules
test``, which adds rule-level coverage (:func:`coverage`, in the manner of ``opa test
--coverage``): which rules no case makes fire and which are never the deciding rule.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import attrs

from ..errors import BeschlussRulesError, did_you_mean
from ..model import LANDS, URGENCY_VALUES, DecisionItem, ItemResult, Verdict
from ..reader import resolve_body
from ..rulebase.fields import Where, as_bool, as_date, as_int, as_list, as_map, as_str, check_keys
from ..rulebase.types import Rule
from ..rulebase.yamlfile import load_yaml_file
from ..verdict.checker import Checker

__all__ = [
    "CaseOutcome",
    "Coverage",
    "RuleCase",
    "check_case",
    "coverage",
    "default_cases_dir",
    "evaluate_case",
    "iter_case_files",
    "load_cases",
    "run_case",
]

_CASE_KEYS = ("name", "date", "land", "municipality", "item", "expect")
_ITEM_KEYS = ("body", "text", "matters", "legal_form", "amount_eur", "urgency", "recurring")
_EXPECT_KEYS = ("verdict", "deciding", "fires", "not_fires", "findings", "competent_bodies")
#: Finding ids that come from the program, not from a rule file.
_BUILTIN_PREFIXES = ("core.", "internal.")


@attrs.frozen
class RuleCase:
    """One named case: an item, where and when it is decided, and what must come out."""

    name: str
    path: str
    line: int
    date: dt.date
    land: str | None
    municipality: str | None
    item: dict[str, Any]
    expect: dict[str, Any]


def load_cases(path: str | os.PathLike[str]) -> list[RuleCase]:
    """Read and validate one case file (strict: unknown keys are errors)."""
    name = os.fspath(path)
    data = load_yaml_file(name)
    where = Where(name, data)
    as_map(where, data, "cases")
    check_keys(where, ("cases",), ("cases",))
    cases = []
    for entry in as_list(where, data["cases"], "cases"):
        cw = where.inner(as_map(where, entry, "cases"))
        check_keys(cw, _CASE_KEYS, ("name", "date", "item", "expect"), "case")
        item = as_map(cw, entry["item"], "item")
        iw = cw.inner(item)
        check_keys(iw, _ITEM_KEYS, ("body",), "item")
        expect = as_map(cw, entry["expect"], "expect")
        ew = cw.inner(expect)
        check_keys(ew, _EXPECT_KEYS, (), "expect")
        if not expect:
            raise ew.error("a case needs at least one expectation", "ein Fall braucht mindestens eine Erwartung", "expect")
        for key in ("fires", "not_fires", "findings", "competent_bodies"):
            if key in expect and not (isinstance(expect[key], list)
                                      and all(isinstance(x, str) and x.strip() for x in expect[key])):
                raise ew.error(f"must be a list of rule ids, got {expect[key]!r}",
                               f"muss eine Liste von Regel-IDs sein, ist {expect[key]!r}", key)
        if "deciding" in expect and expect["deciding"] is not None and not isinstance(expect["deciding"], str):
            raise ew.error(f"must be a rule id or null, got {expect['deciding']!r}",
                           f"muss eine Regel-ID oder null sein, ist {expect['deciding']!r}", "deciding")
        if "verdict" in expect and expect["verdict"] not in [v.value for v in Verdict]:
            raise ew.error(f"unknown verdict {expect['verdict']!r}", f"unbekanntes Ergebnis {expect['verdict']!r}", "verdict")
        if "matters" not in item and "text" not in item:
            raise iw.error("an item needs matters or text", "ein Punkt braucht matters oder text", "item")
        land = entry.get("land")
        if land is not None and land not in LANDS:
            raise cw.error(f"unknown Land {land!r}", f"unbekanntes Land {land!r}", "land")
        if land is None and entry.get("municipality") is None:
            raise cw.error("a case needs land or municipality", "ein Fall braucht land oder municipality", "land")
        if "urgency" in item and item["urgency"] not in URGENCY_VALUES:
            raise iw.error(f"unknown urgency {item['urgency']!r}", f"unbekannte Dringlichkeit {item['urgency']!r}", "urgency")
        if "amount_eur" in item:
            as_int(iw, item["amount_eur"], "amount_eur")
        if "recurring" in item:
            as_bool(iw, item["recurring"], "recurring")
        cases.append(RuleCase(
            name=as_str(cw, entry["name"], "name"), path=name, line=cw.line() or 1,
            date=as_date(cw, entry["date"], "date"), land=land,
            municipality=entry.get("municipality"), item=dict(item), expect=dict(expect),
        ))
    return cases


def iter_case_files(directory: str | os.PathLike[str]) -> Iterator[Path]:
    """Every case file under ``directory`` (or ``directory`` itself when it is a file)."""
    path = Path(directory)
    if path.is_file():
        yield path
        return
    yield from sorted(path.rglob("*.yaml"))


def default_cases_dir() -> Path | None:
    """The rule test cases: ``tests/cases`` of a source checkout, else the copy an installed wheel
    ships as ``beschluss_rules/testdata/cases`` (with ``testdata/fixtures/profiles`` beside it,
    as ``tests/fixtures/profiles`` lies beside ``tests/cases``)."""
    from ..rulebase.loader import default_rules_dir

    try:
        rules_dir = default_rules_dir()
    except BeschlussRulesError:
        return None
    checkout = rules_dir.parent / "tests" / "cases"
    if checkout.is_dir():
        return checkout
    shipped = Path(__file__).resolve().parent.parent / "testdata" / "cases"
    return shipped if shipped.is_dir() else None


def run_case(checker: Checker, case: RuleCase) -> ItemResult:
    """Evaluate one case's item with ``checker``."""
    rule_base = checker.rule_base
    profile = rule_base.profile_for(case.municipality) if case.municipality else None
    if case.municipality and profile is None:
        raise ValueError(f"{case.path}:{case.line}: unknown municipality profile {case.municipality!r}")
    if case.land:
        land = case.land
    elif profile is not None:
        land = profile.municipality.land
    else:
        raise ValueError(f"{case.path}:{case.line}: the case names neither a Land nor a municipality")
    spec = case.item
    body = resolve_body(spec["body"], rule_base.lexicon, profile, land)
    if body is None:
        raise ValueError(f"{case.path}:{case.line}: body {spec['body']!r} not recognised")
    vocabulary = rule_base.vocabulary
    matters = tuple(spec.get("matters") or vocabulary.classify(spec.get("text", "")))
    for matter in matters:
        if matter not in vocabulary.matters:
            raise ValueError(f"{case.path}:{case.line}: unknown matter {matter!r}")
    item = DecisionItem(
        index=1, text=spec.get("text", ""), body=body, matters=matters,
        legal_form=spec.get("legal_form", "unbekannt"),
        amount_cents=spec["amount_eur"] * 100 if "amount_eur" in spec else None,
        recurring=bool(spec.get("recurring", False)), urgency=spec.get("urgency", "keine"),
    )
    return checker.evaluate_item(item, land=land, day=case.date,
                                 municipality=profile.municipality if profile else None)


def _known(rule_id: str, known: frozenset[str]) -> bool:
    return rule_id in known or rule_id.startswith(_BUILTIN_PREFIXES)


def unknown_ids(case: RuleCase, known: frozenset[str]) -> list[str]:
    """Problems with rule ids the expectations name but the rule base does not know (strictness:
    a misspelt id in ``not_fires`` would otherwise pass silently)."""
    problems = []
    expect = case.expect
    named = [expect["deciding"]] if expect.get("deciding") else []
    for key in ("fires", "not_fires", "findings"):
        named += [str(x) for x in (expect.get(key) or [])]
    for rule_id in named:
        if not _known(rule_id, known):
            hint = did_you_mean(rule_id, known)
            problems.append(f"unknown rule id {rule_id!r}" + (f" (did you mean {hint!r}?)" if hint else ""))
    return problems


def evaluate_case(checker: Checker, case: RuleCase) -> CaseOutcome:
    """Run ``case`` and compare with its expectations (a case that cannot run is a failure too)."""
    known = frozenset(r.id for r in checker.rule_base.rules)
    problems = unknown_ids(case, known)
    try:
        result = run_case(checker, case)
    except (ValueError, BeschlussRulesError) as exc:
        return CaseOutcome(case, None, tuple(problems + [str(exc)]))
    return CaseOutcome(case, result, tuple(problems + _compare(result, case.expect)))


def check_case(checker: Checker, case: RuleCase) -> list[str]:
    """The ways ``case`` fails (empty when it passes)."""
    known = frozenset(r.id for r in checker.rule_base.rules)
    result = run_case(checker, case)
    return unknown_ids(case, known) + _compare(result, case.expect)


def _compare(result: ItemResult, expect: dict[str, Any]) -> list[str]:
    problems = []
    if "verdict" in expect and result.verdict.value != expect["verdict"]:
        problems.append(f"verdict {result.verdict.value}, expected {expect['verdict']}")
    if "deciding" in expect and result.deciding != expect["deciding"]:
        problems.append(f"deciding rule {result.deciding}, expected {expect['deciding']}")
    for rule_id in expect.get("fires", []):
        if rule_id not in result.matched:
            problems.append(f"rule {rule_id} did not fire (fired: {', '.join(result.matched) or 'none'})")
    for rule_id in expect.get("not_fires", []):
        if rule_id in result.matched:
            problems.append(f"rule {rule_id} fired but must not")
    present = {f.rule for f in result.findings}
    for rule_id in expect.get("findings", []):
        if rule_id not in present:
            problems.append(f"no finding from {rule_id} (findings: {', '.join(sorted(present))})")
    if "competent_bodies" in expect and list(result.competent_bodies) != list(expect["competent_bodies"]):
        problems.append(f"competent bodies {list(result.competent_bodies)}, expected {expect['competent_bodies']}")
    return problems


@attrs.frozen
class CaseOutcome:
    """What running one case gave: the item result (``None`` if it could not run) and problems."""

    case: RuleCase
    result: ItemResult | None
    problems: tuple[str, ...]

    @property
    def passed(self) -> bool:
        return not self.problems


@attrs.frozen
class Coverage:
    """Rule-level coverage of a set of case outcomes (as OPA's ``opa test --coverage``).

    ``fired`` counts, per rule in scope, the cases in which the rule's conditions held;
    ``decided`` the cases in which it was the deciding rule. Cautions never decide, so they are
    left out of the deciding figure (``decidable``).
    """

    rules: tuple[str, ...]
    decidable: tuple[str, ...]
    fired: dict[str, int]
    decided: dict[str, int]

    @property
    def never_fired(self) -> tuple[str, ...]:
        return tuple(r for r in self.rules if not self.fired.get(r))

    @property
    def never_decided(self) -> tuple[str, ...]:
        return tuple(r for r in self.decidable if not self.decided.get(r))

    @property
    def fire_percent(self) -> float:
        return 100.0 if not self.rules else 100.0 * (len(self.rules) - len(self.never_fired)) / len(self.rules)

    @property
    def decide_percent(self) -> float:
        total = len(self.decidable)
        return 100.0 if not total else 100.0 * (total - len(self.never_decided)) / total

    def to_json(self) -> dict[str, Any]:
        return {
            "rules": len(self.rules),
            "fired": len(self.rules) - len(self.never_fired),
            "fire_percent": round(self.fire_percent, 2),
            "decidable": len(self.decidable),
            "decided": len(self.decidable) - len(self.never_decided),
            "decide_percent": round(self.decide_percent, 2),
            "never_fired": list(self.never_fired),
            "never_decided": list(self.never_decided),
            "per_rule": {r: {"fired": self.fired.get(r, 0), "decided": self.decided.get(r, 0)} for r in self.rules},
        }


def coverage(rules: Iterable[Rule], outcomes: Iterable[CaseOutcome]) -> Coverage:
    """Coverage of ``rules`` (the scope) by the evaluated ``outcomes``."""
    scope = sorted(rules, key=lambda r: r.id)
    ids = tuple(r.id for r in scope)
    fired: dict[str, int] = {}
    decided: dict[str, int] = {}
    for outcome in outcomes:
        if outcome.result is None:
            continue
        for rule_id in outcome.result.matched:
            fired[rule_id] = fired.get(rule_id, 0) + 1
        if outcome.result.deciding:
            decided[outcome.result.deciding] = decided.get(outcome.result.deciding, 0) + 1
    decidable = tuple(r.id for r in scope if r.kind != "caution")
    return Coverage(ids, decidable, {r: fired[r] for r in ids if r in fired},
                    {r: decided[r] for r in ids if r in decided})

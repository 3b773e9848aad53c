"""Rule test cases (OpenFisca style): YAML files of named cases, each an item and its expectations.

Cases live in ``tests/cases/`` mirroring ``rules/`` (``tests/cases/nw/go/113-2-vertreter.yaml``
holds the cases of ``nw.go.113-2-vertreter``). A file looks like::

    cases:
      - name: Der Rat bestellt den Vertreter der Stadt in der Mitgliederversammlung.
        date: 2021-06-01
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

Names are full sentences: they are what a failing test prints. Unknown keys and cases without
expectations are errors.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Iterator
from pathlib import Path

import attrs

from .check import Checker
from .model import LANDS, URGENCY_VALUES, DecisionItem, ItemResult, Verdict
from .parser import resolve_body
from .strict import Where, as_bool, as_date, as_int, as_list, as_map, as_str, check_keys
from .yamlfile import load_yaml_file

__all__ = ["RuleCase", "check_case", "load_cases"]

_CASE_KEYS = ("name", "date", "land", "municipality", "item", "expect")
_ITEM_KEYS = ("body", "text", "matters", "legal_form", "amount_eur", "urgency", "recurring")
_EXPECT_KEYS = ("verdict", "deciding", "fires", "not_fires", "findings", "competent_bodies")


@attrs.frozen
class RuleCase:
    """One named case: an item, where and when it is decided, and what must come out."""

    name: str
    path: str
    line: int
    date: dt.date
    land: str | None
    municipality: str | None
    item: dict
    expect: dict


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
    yield from sorted(Path(directory).rglob("*.yaml"))


def run_case(checker: Checker, case: RuleCase) -> ItemResult:
    """Evaluate one case's item with ``checker``."""
    rule_base = checker.rule_base
    profile = rule_base.profile_for(case.municipality) if case.municipality else None
    if case.municipality and profile is None:
        raise ValueError(f"{case.path}:{case.line}: unknown municipality profile {case.municipality!r}")
    land = case.land or profile.municipality.land  # type: ignore[union-attr]
    spec = case.item
    body = resolve_body(spec["body"], rule_base, profile, land)
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


def check_case(checker: Checker, case: RuleCase) -> list[str]:
    """The ways ``case`` fails (empty when it passes)."""
    result = run_case(checker, case)
    expect = case.expect
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

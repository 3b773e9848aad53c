"""What the semantic checks share: the rules, their compiled conditions, worlds, labels and the
locator, plus the relations between two rules that several checks ask about."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Any

import attrs

from ...engine.compile import rule_condition
from ...model import Level, Message
from ...rulebase.conditions import Condition
from ...rulebase.types import Profile, Rule
from ..solver import World
from .findings import Check, LintFinding, Related
from .locator import Locator

DAY = dt.timedelta(days=1)


class Context:
    """The rules under check (sorted by id) and what the checks need to reason about them."""

    def __init__(self, rules: Sequence[Rule], private_forms: frozenset[str], profiles: Sequence[Profile],
                 labels: Mapping[str, Message], locator: Locator, matters: Sequence[str] = ()) -> None:
        self.rules = sorted(rules, key=lambda r: r.id)
        self.private_forms = frozenset(private_forms)
        self.labels = dict(labels)
        #: The vocabulary's matter ids, sorted (the gap check asks about each).
        self.matters = tuple(matters)
        self.locator = locator
        self.profiles = tuple(profiles)
        self.kreisfrei = {p.municipality.ags: p.municipality.kreisfrei for p in profiles}
        self._conditions: dict[str, Condition] = {}

    def condition(self, rule: Rule) -> Condition:
        if rule.id not in self._conditions:
            self._conditions[rule.id] = rule_condition(rule)
        return self._conditions[rule.id]

    def world(self, rule: Rule | None = None, *, single: bool = False) -> World:
        world = World(self.private_forms, single_matter=single)
        if rule is not None and rule.municipality is not None:
            fixed: dict[str, Any] = {"municipality": rule.municipality}
            if rule.municipality in self.kreisfrei:
                fixed["kreisfrei"] = "ja" if self.kreisfrei[rule.municipality] else "nein"
            world = world.with_fixed(**fixed)
        return world

    def finding(self, check: Check, rule: Rule, message: Message, *, key: str | None = None,
                level: Level | None = None, related: Iterable[Rule] = (),
                example: Mapping[str, Any] | None = None) -> LintFinding:
        """A finding of ``check`` about ``rule``, located at its ``key`` (or the rule itself)."""
        path, line, column = self.locator.rule(rule, key)
        rel = tuple(Related(r.id, *self.locator.rule(r)[:2]) for r in related)
        shown = tuple(sorted(example.items())) if example is not None else None
        return LintFinding(check.code, level or check.level, message, path, line, column, rule.id, rel, shown)


@attrs.frozen
class RuleCheck:
    """A function that runs one or more checks over the loaded rules (the semantic checks)."""

    checks: tuple[Check, ...]
    run: Callable[[Context], list[LintFinding]]

    @property
    def codes(self) -> frozenset[str]:
        return frozenset(c.code for c in self.checks)


def is_exclusive(rule: Rule) -> bool:
    """``reserved`` and exclusive ``assigned`` rules: each shuts out every body it does not name."""
    return rule.kind == "reserved" or (rule.kind == "assigned" and rule.exclusive)


def is_statute(rule: Rule) -> bool:
    """A rule of the Land's law (not a municipality's delegation)."""
    return rule.municipality is None


def overlap(a: Rule, b: Rule) -> tuple[dt.date, dt.date | None] | None:
    """The days on which both rules are valid (``None`` end: open), or ``None``."""
    start = max(a.valid.start, b.valid.start)
    ends = [e for e in (a.valid.end, b.valid.end) if e is not None]
    end = min(ends) if ends else None
    if end is not None and end < start:
        return None
    return start, end


def validity_within(inner: Rule, outer: Rule) -> bool:
    if inner.valid.start < outer.valid.start:
        return False
    if outer.valid.end is None:
        return True
    return inner.valid.end is not None and inner.valid.end <= outer.valid.end


def compatible(a: Rule, b: Rule) -> bool:
    """Both rules can apply to one item: same Land, a common day, no two different municipalities."""
    return (a.land == b.land and overlap(a, b) is not None
            and (a.municipality is None or b.municipality is None or a.municipality == b.municipality))

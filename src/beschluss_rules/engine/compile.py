"""Compile validated rules into the engine-neutral form both evaluators run.

Each rule becomes one condition over one fact (single pattern, no joins): the rule's own ``when``
plus its Land, its validity dates and, for a local delegation, the municipality's AGS. The date
that selects the law is the paper's session or decision date, never the system clock.

The compiler also refuses rule bases that would reach durable_rules' measured limits: more than
4096 rules in a ruleset, more than 253 properties per fact, 512 or more distinct values tested for
equality on one property. The fourth limit, at most 64 rules matching one fact (the 65th match is
error 303), is not a limit of the rule base: a ruleset of any size is fine as long as no single
fact matches more than 64 of its rules. The adapter (``engine/_durable.py``) evaluates such a fact
again in parts of at most :data:`MAX_SIMULTANEOUS` rules each, with durable_rules.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable
from typing import Any

import attrs

from ..errors import RuleFileError
from ..model import BODY_KINDS
from ..rulebase.conditions import All, Atom, Condition, atoms
from ..rulebase.types import Rule
from .facts import BASE_PROPERTIES, date_number, is_flag

__all__ = ["CompiledRule", "CompiledRuleBase", "compile_rules", "durable_expression"]

MAX_RULES = 4096
MAX_SIMULTANEOUS = 64
MAX_PROPERTIES = 253
MAX_EQUALITY_VALUES = 511
_RESERVED_PROPERTIES = 2  # sid and item_id


@attrs.frozen
class CompiledRule:
    id: str
    condition: Condition


@attrs.frozen
class CompiledRuleBase:
    """The compiled rules, the matter ids facts must carry, and the durable ruleset JSON."""

    name: str
    rules: tuple[CompiledRule, ...]
    matters: tuple[str, ...]

    def durable_ruleset(self) -> dict[str, Any]:
        return {rule.id: {"all": [{"m": durable_expression(rule.condition)}]} for rule in self.rules}

    def parts(self, size: int = MAX_SIMULTANEOUS) -> tuple[CompiledRuleBase, ...]:
        """The rules in consecutive parts of at most ``size`` (in id order), each a rule base of its
        own: no fact can match more rules of a part than the part has."""
        return tuple(attrs.evolve(self, name=f"{self.name}.part{start // size}",
                                  rules=self.rules[start:start + size])
                     for start in range(0, len(self.rules), size))


def durable_expression(cond: Condition) -> dict[str, Any]:
    """The durable_rules JSON expression of a condition in negation normal form.

    Matter and body flags are present in a fact only when true (``facts.make_fact``), so a flag
    that must be true is an equality test and a flag that must not be true is ``$nex`` (the
    property does not exist). A conjunction is flattened and its tests ordered most selective
    first: durable_rules' alpha network only follows a test on a property the fact has, so a
    rule that starts with "this matter is present" costs nothing for the many facts without it.
    The order changes no result: a conjunction is the same in any order.
    """
    if isinstance(cond, Atom):
        if is_flag(cond.prop):
            if (cond.op == "eq") == (cond.value is True):
                return {cond.prop: True}
            return {"$nex": {cond.prop: 1}}
        if cond.op == "eq":
            return {cond.prop: cond.value}
        return {"$" + {"ne": "neq"}.get(cond.op, cond.op): {cond.prop: cond.value}}
    if isinstance(cond, All):
        children = sorted(_conjuncts(cond), key=_selectivity)
        if len(children) == 1:
            return durable_expression(children[0])
        return {"$and": [durable_expression(c) for c in children]}
    return {"$or": [durable_expression(c) for c in cond.children]}


def _conjuncts(cond: All) -> Iterable[Condition]:
    for child in cond.children:
        if isinstance(child, All):
            yield from _conjuncts(child)
        else:
            yield child


def _selectivity(cond: Condition) -> int:
    """Sort key of a conjunct: required flags, then other equalities, comparisons, the rest."""
    if isinstance(cond, Atom):
        if is_flag(cond.prop):
            return 0 if (cond.op == "eq") == (cond.value is True) else 4
        return 1 if cond.op == "eq" else 2
    return 3


def rule_condition(rule: Rule) -> Condition:
    parts: list[Condition] = [
        Atom("land", "eq", rule.land),
        Atom("date", "gte", date_number(rule.valid.start)),
    ]
    if rule.valid.end is not None:
        parts.append(Atom("date", "lte", date_number(rule.valid.end)))
    if rule.municipality is not None:
        parts.append(Atom("municipality", "eq", rule.municipality))
    if rule.when is not None:
        parts.append(rule.when)
    return All(tuple(parts))


def compile_rules(rules: Iterable[Rule], matters: Iterable[str], name: str) -> CompiledRuleBase:
    """Compile ``rules`` (any order: the result is sorted by id) and check durable's limits."""
    ordered = sorted(rules, key=lambda r: r.id)
    for rule in ordered:
        if '"' in rule.id or "\\" in rule.id:
            raise RuleFileError("a rule id must not contain quotes or backslashes",
                                message_de="eine Regelkennung darf keine Anführungszeichen oder "
                                "Backslashes enthalten", path=rule.path)
    matter_ids = tuple(sorted(set(matters)))
    compiled = tuple(CompiledRule(r.id, rule_condition(r)) for r in ordered)
    if len(compiled) > MAX_RULES:
        raise RuleFileError(
            f"the rule base has {len(compiled)} rules; durable_rules takes at most {MAX_RULES}",
            message_de=f"die Regelbasis hat {len(compiled)} Regeln; durable_rules nimmt höchstens {MAX_RULES}",
        )
    properties = len(BASE_PROPERTIES) + len(matter_ids) + len(BODY_KINDS) + _RESERVED_PROPERTIES
    if properties > MAX_PROPERTIES:
        raise RuleFileError(
            f"facts would have {properties} properties; durable_rules takes at most {MAX_PROPERTIES} "
            "(too many matters in the vocabulary)",
            message_de=f"Fakten hätten {properties} Eigenschaften; durable_rules nimmt höchstens "
            f"{MAX_PROPERTIES} (zu viele Angelegenheiten im Vokabular)",
        )
    values: dict[str, set[str]] = defaultdict(set)
    for compiled_rule in compiled:
        for atom in atoms(compiled_rule.condition):
            if atom.op in ("eq", "ne"):
                values[atom.prop].add(json.dumps(atom.value))
    for prop, seen in values.items():
        if len(seen) > MAX_EQUALITY_VALUES:
            raise RuleFileError(
                f"{len(seen)} distinct values are tested on '{prop}'; durable_rules hangs at 512",
                message_de=f"{len(seen)} verschiedene Werte werden auf '{prop}' geprüft; durable_rules hängt bei 512",
            )
    return CompiledRuleBase(name=name, rules=compiled, matters=matter_ids)

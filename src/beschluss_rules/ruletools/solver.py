"""Exact reasoning over rule conditions: can they hold, together, on which item?

The linter (:mod:`beschluss_rules.lint`) and the rule catalogue ask questions such as "can these two
rules fire on the same item?", "does rule A imply rule B?", "is there an item with matter *m* on
date *d* that no rule decides?". A rule's compiled condition (its ``when`` plus Land, validity and
municipality, see :func:`beschluss_rules.engine.compile.rule_condition`) is a tree in negation
normal form over a fact whose properties have small domains:

- flags (``matter__*``, ``body__*``, ``recurring``): true or false;
- texts from fixed lists (``legal_form``, ``urgency``, ``kreisfrei``, ``land``) and the AGS
  (``municipality``, any text);
- integers compared with constants (``amount_cents``, ``date`` as YYYYMMDD).

Every atom compares a property with a constant, so each property's domain falls into finitely many
classes on which every atom of the question is constant: for an integer, the constants ``c`` and
the integers just below and above them (for dates: the day before and after); for a text, each
constant plus one value no atom names. Choosing one representative per class is therefore *exact*:
a question has an answer iff it has one among the representatives. The search assigns one property
group at a time and evaluates the condition partially, so contradictions prune early; a budget
guards against pathological trees (:class:`Undecided`; callers then answer conservatively).

Facts are not free combinations of properties; the links :func:`beschluss_rules.engine.facts.
make_fact` creates are respected:

- ``legal_form_private`` is true exactly for the private-law forms of the vocabulary;
- without an amount (``has_amount`` false) ``amount_cents`` is 0; amounts are never negative;
- without a municipality profile ``municipality`` is ``""`` and ``kreisfrei`` is ``"unbekannt"``;
  with one, ``kreisfrei`` is ``"ja"`` or ``"nein"``.

A :class:`World` states which facts count: all of them, or only items with at most one matter
(``single_matter``: the linter's conflicts and void delegations are about *the same matter*; an
item that combines two matters legitimately meets two rules), or items with exactly the given
matters, and may fix properties (a date, a Land, a municipality).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from typing import Any

import attrs

from ..model import LEGAL_FORMS, URGENCY_VALUES
from ..rulebase.conditions import All, Any_, Atom, Condition, atoms, negate

__all__ = [
    "FALSE",
    "TRUE",
    "Undecided",
    "World",
    "implies",
    "partial",
    "props",
    "solve",
]

#: The condition that always holds and the one that never does.
TRUE: Condition = All(())
FALSE: Condition = Any_(())

_OTHER = "\x00other"
_NO_MUNICIPALITY = ""
_KREISFREI = ("ja", "nein")
_DEFAULT_BUDGET = 200_000


class Undecided(Exception):
    """The search budget ran out; the question is left open (callers decide conservatively)."""


@attrs.frozen
class World:
    """Which facts a question ranges over.

    ``private_forms``: the legal forms with ``private_law: true`` (links ``legal_form_private``).
    ``fixed``: properties with a given value (e.g. ``land``, ``date``, ``municipality``).
    ``single_matter``: at most one matter flag is true. ``exact_matters``: exactly these matter
    flags are true (every other ``matter__*`` is false).
    """

    private_forms: frozenset[str]
    fixed: tuple[tuple[str, Any], ...] = ()
    single_matter: bool = False
    exact_matters: frozenset[str] | None = None

    def with_fixed(self, **values: Any) -> World:
        merged = dict(self.fixed)
        merged.update(values)
        return attrs.evolve(self, fixed=tuple(sorted(merged.items())))


def props(cond: Condition) -> frozenset[str]:
    return frozenset(atom.prop for atom in atoms(cond))


def _holds(op: str, actual: Any, value: Any) -> bool:
    # The same semantics as the reference evaluator: booleans never equal numbers.
    if isinstance(value, bool) or isinstance(actual, bool):
        same = isinstance(value, bool) and isinstance(actual, bool) and actual is value
        if op == "eq":
            return same
        if op == "ne":
            return not same
        return False
    if op == "eq":
        return bool(actual == value)
    if op == "ne":
        return bool(actual != value)
    try:
        if op == "lt":
            return bool(actual < value)
        if op == "lte":
            return bool(actual <= value)
        if op == "gt":
            return bool(actual > value)
        return bool(actual >= value)
    except TypeError:
        return False


def partial(cond: Condition, assignment: Mapping[str, Any]) -> Condition:
    """``cond`` with the properties of ``assignment`` evaluated: :data:`TRUE`, :data:`FALSE` or
    the remaining condition over the other properties."""
    if isinstance(cond, Atom):
        if cond.prop in assignment:
            return TRUE if _holds(cond.op, assignment[cond.prop], cond.value) else FALSE
        return cond
    is_all = isinstance(cond, All)
    kept: list[Condition] = []
    for child in cond.children:
        value = partial(child, assignment)
        if value == TRUE:
            if not is_all:
                return TRUE
            continue
        if value == FALSE:
            if is_all:
                return FALSE
            continue
        kept.append(value)
    if not kept:
        return TRUE if is_all else FALSE
    if len(kept) == 1:
        return kept[0]
    return type(cond)(tuple(kept))


def _date_neighbours(number: int) -> tuple[int, ...]:
    try:
        day = dt.date(number // 10000, number // 100 % 100, number % 100)
    except ValueError:
        return (number - 1, number, number + 1)
    out = [number]
    for delta in (-1, 1):
        try:
            other = day + dt.timedelta(days=delta)
        except OverflowError:
            continue
        out.append(other.year * 10000 + other.month * 100 + other.day)
    return tuple(out)


def _int_representatives(constants: Iterable[int], *, minimum: int | None, dates: bool) -> list[int]:
    values: set[int] = set()
    for c in constants:
        values.update(_date_neighbours(c) if dates else (c - 1, c, c + 1))
    if minimum is not None:
        values = {v for v in values if v >= minimum}
        values.add(minimum)
    if not values:
        values.add(20240101 if dates else 0)
    return sorted(values)


def _text_representatives(constants: Iterable[Any], domain: tuple[str, ...] | None) -> list[Any]:
    named = sorted({c for c in constants if isinstance(c, str)})
    if domain is None:
        return named + [_OTHER]
    unnamed = [v for v in domain if v not in named]
    return [v for v in named if v in domain] + unnamed[:1]


Group = tuple[tuple[str, ...], list[tuple[Any, ...]]]


def _groups(cond: Condition, world: World, fixed: Mapping[str, Any]) -> list[Group]:
    """The property groups of ``cond`` still to assign, each with its representative values."""
    constants: dict[str, list[Any]] = {}
    for atom in atoms(cond):
        constants.setdefault(atom.prop, []).append(atom.value)
    wanted = set(constants) - set(fixed)
    groups: list[Group] = []
    options: list[tuple[Any, ...]]  # the value rows of one group
    rows: list[dict[str, Any]]

    matters = sorted(p for p in wanted if p.startswith("matter__"))
    if matters:
        if world.exact_matters is not None:
            present = {f"matter__{m}" for m in world.exact_matters}
            groups.append((tuple(matters), [tuple(p in present for p in matters)]))
        elif world.single_matter:
            options = [tuple(False for _ in matters)]
            options += [tuple(p == q for p in matters) for q in matters]
            groups.append((tuple(matters), options))
        else:
            groups.extend(((p,), [(False,), (True,)]) for p in matters)
    wanted -= set(matters)

    for p in sorted(q for q in wanted if q.startswith("body__")):
        groups.append(((p,), [(False,), (True,)]))
        wanted.discard(p)

    if {"legal_form", "legal_form_private"} & wanted:
        private = world.private_forms
        named = sorted({c for c in constants.get("legal_form", []) if c in LEGAL_FORMS})
        unnamed_private = [f for f in LEGAL_FORMS if f not in named and f in private][:1]
        unnamed_public = [f for f in LEGAL_FORMS if f not in named and f not in private][:1]
        forms = named + unnamed_private + unnamed_public
        if "legal_form" in fixed:
            forms = [fixed["legal_form"]]
        if "legal_form_private" in fixed:
            forms = [f for f in forms if (f in private) is fixed["legal_form_private"]]
        names = tuple(p for p in ("legal_form", "legal_form_private") if p not in fixed)
        options = []
        for form in forms:
            row = {"legal_form": form, "legal_form_private": form in private}
            options.append(tuple(row[p] for p in names))
        groups.append((names, sorted(set(options), key=options.index)))
        wanted -= {"legal_form", "legal_form_private"}

    if {"amount_cents", "has_amount"} & wanted:
        amounts = _int_representatives(
            [c for c in constants.get("amount_cents", []) if isinstance(c, int) and not isinstance(c, bool)],
            minimum=0, dates=False)
        rows = [{"has_amount": False, "amount_cents": 0}]
        rows += [{"has_amount": True, "amount_cents": a} for a in amounts]
        rows = [r for r in rows if all(r[k] == fixed[k] for k in ("has_amount", "amount_cents") if k in fixed)]
        names = tuple(p for p in ("has_amount", "amount_cents") if p not in fixed)
        options = list(dict.fromkeys(tuple(r[p] for p in names) for r in rows))
        groups.append((names, options))
        wanted -= {"amount_cents", "has_amount"}

    if {"municipality", "kreisfrei"} & wanted:
        agses = _text_representatives(constants.get("municipality", []), None)
        rows = [{"municipality": _NO_MUNICIPALITY, "kreisfrei": "unbekannt"}]
        rows += [{"municipality": a, "kreisfrei": k} for a in agses if a != _NO_MUNICIPALITY for k in _KREISFREI]
        rows = [r for r in rows if all(r[k] == fixed[k] for k in ("municipality", "kreisfrei") if k in fixed)]
        if "municipality" in fixed and fixed["municipality"] != _NO_MUNICIPALITY and not rows:
            rows = [{"municipality": fixed["municipality"], "kreisfrei": k} for k in _KREISFREI]
        names = tuple(p for p in ("municipality", "kreisfrei") if p not in fixed)
        options = list(dict.fromkeys(tuple(r[p] for p in names) for r in rows))
        groups.append((names, options))
        wanted -= {"municipality", "kreisfrei"}

    for p in sorted(wanted):
        values = constants[p]
        representatives: list[Any]
        if p == "date":
            representatives = _int_representatives([v for v in values if isinstance(v, int)], minimum=None, dates=True)
        elif p == "urgency":
            representatives = list(URGENCY_VALUES)
        elif p == "recurring" or all(isinstance(v, bool) for v in values):
            representatives = [False, True]
        elif all(isinstance(v, int) and not isinstance(v, bool) for v in values):
            representatives = _int_representatives(values, minimum=None, dates=False)
        else:
            representatives = _text_representatives(values, None)
        groups.append(((p,), [(v,) for v in representatives]))
    return groups


def _fixed(world: World) -> dict[str, Any]:
    fixed = dict(world.fixed)
    if "legal_form" in fixed and "legal_form_private" not in fixed:
        fixed["legal_form_private"] = fixed["legal_form"] in world.private_forms
    if fixed.get("has_amount") is False and "amount_cents" not in fixed:
        fixed["amount_cents"] = 0
    if fixed.get("municipality") == _NO_MUNICIPALITY and "kreisfrei" not in fixed:
        fixed["kreisfrei"] = "unbekannt"
    return fixed


def solve(cond: Condition, world: World, *, budget: int = _DEFAULT_BUDGET) -> dict[str, Any] | None:
    """A fact (restricted to the properties that matter) on which ``cond`` holds, or ``None``.

    The returned mapping gives every property ``cond`` tests (plus the world's fixed ones).
    Raises :class:`Undecided` when more than ``budget`` partial evaluations would be needed.
    """
    fixed = _fixed(world)
    if world.exact_matters is not None:
        for prop in props(cond):
            if prop.startswith("matter__") and prop not in fixed:
                fixed[prop] = prop[len("matter__"):] in world.exact_matters
    residual = partial(cond, fixed)
    if residual == FALSE:
        return None
    groups = _groups(residual, world, fixed)
    counter = [budget]
    assignment = dict(fixed)
    found = _search(residual, groups, 0, assignment, counter)
    return found


def _search(cond: Condition, groups: list[Group], index: int, assignment: dict[str, Any],
            counter: list[int]) -> dict[str, Any] | None:
    if cond == TRUE:
        for names, options in groups[index:]:
            if options:
                assignment.update(zip(names, options[0]))
        return dict(assignment)
    if cond == FALSE or index >= len(groups):
        return None
    names, options = groups[index]
    for values in options:
        counter[0] -= 1
        if counter[0] < 0:
            raise Undecided("the search budget ran out")
        step = dict(zip(names, values))
        rest = partial(cond, step)
        if rest == FALSE:
            continue
        assignment.update(step)
        found = _search(rest, groups, index + 1, assignment, counter)
        if found is not None:
            return found
        for name in names:
            assignment.pop(name, None)
    return None


def implies(premise: Condition, conclusion: Condition, world: World, *, budget: int = _DEFAULT_BUDGET
            ) -> bool:
    """Whether ``conclusion`` holds on every fact of ``world`` on which ``premise`` holds."""
    return solve(All((premise, negate(conclusion))), world, budget=budget) is None

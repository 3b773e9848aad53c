"""The condition language of rule files, parsed into a small tree in negation normal form.

A ``when`` block is a mapping; several keys in one mapping must all hold::

    when:
      matter: beitritt_vereinigung          # the item has this matter (a list: any of them)
      legal_form: {in: [ev, gmbh]}          # the counterpart's legal form
      amount_eur: {lte: 50000}              # the item's amount, in whole euros
      any:
        - urgency: eilentscheidung
        - not: {body: rat}

Keys: ``matter``, ``body``, ``legal_form``, ``legal_form_private``, ``amount_eur``,
``recurring``, ``urgency``, ``kreisfrei`` (``true``, ``false`` or ``unbekannt`` when no
municipality profile says), and the combinators ``all``, ``any``, ``not``.
Operators on a key: a plain value (equals), a list (any of them), ``{eq: v}``, ``{ne: v}``, ``{in: [...]}``,
``{not_in: [...]}``, and for ``amount_eur`` also ``lt``, ``lte``, ``gt``, ``gte``.

The tree is in negation normal form (``not`` is pushed down to the atoms by De Morgan), which
is what both evaluators need: durable_rules has no general negation of a sub-expression, and the
reference evaluator stays a ten-line interpreter. Every fact carries every property a rule can
test except the matter and body flags, which are present only when true (see
:mod:`beschluss_rules.engine.facts`); the compiler turns "flag not true" into durable's ``$nex``,
so "not equal" never meets a missing property.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import attrs

from ..errors import did_you_mean
from ..model import BODY_KINDS, LEGAL_FORMS, URGENCY_VALUES
from .fields import Where, as_bool, as_int, as_list, as_map, as_str

__all__ = ["NEGATE", "All", "Any_", "Atom", "Condition", "atoms", "negate", "parse_condition"]

#: Comparison operators of atoms and their negations.
NEGATE = {"eq": "ne", "ne": "eq", "lt": "gte", "gte": "lt", "gt": "lte", "lte": "gt"}


@attrs.frozen
class Atom:
    """``fact[prop] <op> value`` with a typed value (bool, int or str)."""

    prop: str
    op: str
    value: bool | int | str


@attrs.frozen
class All:
    """Every child holds (an empty ``All`` always holds)."""

    children: tuple[Condition, ...]


@attrs.frozen
class Any_:
    """At least one child holds."""

    children: tuple[Condition, ...]


Condition = Atom | All | Any_

_KEYS = (
    "matter", "body", "legal_form", "legal_form_private", "amount_eur", "recurring", "urgency",
    "kreisfrei", "all", "any", "not",
)
_OPS = ("eq", "ne", "in", "not_in", "lt", "lte", "gt", "gte")


def negate(cond: Condition) -> Condition:
    """The negation of ``cond``, again in negation normal form (De Morgan)."""
    if isinstance(cond, Atom):
        return Atom(cond.prop, NEGATE[cond.op], cond.value)
    if isinstance(cond, All):
        return Any_(tuple(negate(c) for c in cond.children))
    return All(tuple(negate(c) for c in cond.children))


def atoms(cond: Condition) -> Iterator[Atom]:
    """Every atom of ``cond``, depth first."""
    if isinstance(cond, Atom):
        yield cond
    else:
        for child in cond.children:
            yield from atoms(child)


def _simplify(cond: Condition) -> Condition:
    if isinstance(cond, Atom):
        return cond
    children = tuple(_simplify(c) for c in cond.children)
    if len(children) == 1:
        return children[0]
    return type(cond)(children)


class _Parser:
    def __init__(self, where: Where, matters: frozenset[str]) -> None:
        self.where = where
        self.matters = matters

    def parse(self, value: Any, key: str = "when") -> Condition:
        mapping = as_map(self.where, value, key)
        where = self.where.inner(mapping)
        if not mapping:
            raise where.error("empty condition", "leere Bedingung", key)
        parts = []
        for name, item in mapping.items():
            if name not in _KEYS:
                raise where.error(
                    f"unknown condition; allowed: {', '.join(_KEYS)}",
                    f"unbekannte Bedingung; erlaubt: {', '.join(_KEYS)}",
                    key=str(name), suggestion=did_you_mean(str(name), _KEYS),
                )
            parts.append(_Parser(where, self.matters).term(str(name), item))
        return parts[0] if len(parts) == 1 else All(tuple(parts))

    def term(self, name: str, value: Any) -> Condition:
        where = self.where
        if name in ("all", "any"):
            children = tuple(self.parse(v, name) for v in as_list(where, value, name))
            return All(children) if name == "all" else Any_(children)
        if name == "not":
            return negate(self.parse(value, "not"))
        if name == "matter":
            ids = [as_str(where, v, "matter") for v in as_list(where, value, "matter")]
            for matter in ids:
                if matter not in self.matters:
                    raise where.error(
                        f"unknown matter {matter!r} (see rules/vocab/matters.yaml)",
                        f"unbekannte Angelegenheit {matter!r} (siehe rules/vocab/matters.yaml)",
                        key="matter", suggestion=did_you_mean(matter, self.matters),
                    )
            atoms = tuple(Atom(f"matter__{m}", "eq", True) for m in ids)
            return atoms[0] if len(atoms) == 1 else Any_(atoms)
        if name == "body":
            kinds = [as_str(where, v, "body") for v in as_list(where, value, "body")]
            for kind in kinds:
                if kind not in BODY_KINDS:
                    raise where.error(
                        f"unknown body kind {kind!r}", f"unbekannte Gremienart {kind!r}",
                        key="body", suggestion=did_you_mean(kind, BODY_KINDS),
                    )
            atoms = tuple(Atom(f"body__{k}", "eq", True) for k in kinds)
            return atoms[0] if len(atoms) == 1 else Any_(atoms)
        if name in ("legal_form", "urgency"):
            choices = LEGAL_FORMS if name == "legal_form" else URGENCY_VALUES
            return self.compare(name, value, lambda v: self.choice(v, name, choices), numeric=False)
        if name == "kreisfrei":
            return self.compare(name, value, lambda v: self.kreisfrei(v), numeric=False)
        if name in ("legal_form_private", "recurring"):
            return self.compare(name, value, lambda v: as_bool(where, v, name), numeric=False)
        # amount_eur: whole euros in the rule file, integer cents in the fact.
        return self.compare(
            "amount_cents", value, lambda v: as_int(where, v, name) * 100, numeric=True, key=name
        )

    def kreisfrei(self, value: Any) -> str:
        """``true``/``false``/``unbekannt`` (no municipality profile) as the fact's text value."""
        if value is True or value is False:
            return "ja" if value else "nein"
        if value == "unbekannt":
            return "unbekannt"
        raise self.where.error(
            f"must be true, false or unbekannt, got {value!r}",
            f"muss true, false oder unbekannt sein, ist {value!r}", key="kreisfrei",
        )

    def choice(self, value: Any, key: str, choices: tuple[str, ...]) -> str:
        if value not in choices:
            raise self.where.error(
                f"unknown value {value!r}; allowed: {', '.join(choices)}",
                f"unbekannter Wert {value!r}; erlaubt: {', '.join(choices)}",
                key=key, suggestion=did_you_mean(str(value), choices),
            )
        return str(value)

    def compare(self, prop: str, value: Any, convert: Callable[[Any], Any], *, numeric: bool, key: str | None = None
                ) -> Condition:
        key = key or prop
        if isinstance(value, list):
            value = {"in": value}
        if not isinstance(value, dict):
            return self.guard(prop, Atom(prop, "eq", convert(value)), numeric)
        where = self.where.inner(value)
        atoms: list[Condition] = []
        for op, operand in value.items():
            allowed = _OPS if numeric else ("eq", "ne", "in", "not_in")
            if op not in allowed:
                raise where.error(
                    f"unknown operator; allowed: {', '.join(allowed)}",
                    f"unbekannter Operator; erlaubt: {', '.join(allowed)}",
                    key=f"{key}.{op}", suggestion=did_you_mean(str(op), allowed),
                )
            if op in ("in", "not_in"):
                values = [convert(v) for v in as_list(where, operand, f"{key}.{op}")]
                base = Any_(tuple(Atom(prop, "eq", v) for v in values))
                atoms.append(base if op == "in" else negate(base))
            else:
                atoms.append(Atom(prop, op, convert(operand)))
        cond = atoms[0] if len(atoms) == 1 else All(tuple(atoms))
        return self.guard(prop, _simplify(cond), numeric)

    @staticmethod
    def guard(prop: str, cond: Condition, numeric: bool) -> Condition:
        # An amount the paper does not state must not satisfy "amount <= 50000".
        if numeric:
            return All((Atom("has_amount", "eq", True), cond))
        return cond


def parse_condition(where: Where, value: Any, matters: frozenset[str]) -> Condition:
    """Parse a ``when`` block; errors name the file, line and key."""
    return _simplify(_Parser(where, matters).parse(value))

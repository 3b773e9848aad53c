"""The flattened, typed fact of one decision item, as both evaluators see it.

durable_rules compares strings with numbers as text ("99" > 100000 is true), cannot parse floats
in exponent form and does not match NFD umlauts against NFC ones. So every fact is built here and
nowhere else: integers for money (cents) and dates (YYYYMMDD), booleans for flags, NFC strings
from fixed vocabularies. Every non-flag property is present in every fact (a missing property
makes durable silently skip a "not equal" test); matter and body flags are present only when
true, and rules test their absence with ``$nex``.
"""

from __future__ import annotations

import datetime as dt
import json
from itertools import islice
from json import encoder as _json_encoder
from typing import Any

from ..model import DecisionItem
from ..text.normalize import nfc

__all__ = ["BASE_PROPERTIES", "FLAG_PREFIXES", "date_number", "fact_json", "is_flag", "make_fact"]

#: Properties every fact has besides the matter and body flags, with their Python types.
BASE_PROPERTIES: dict[str, type] = {
    "land": str,
    "date": int,
    "municipality": str,
    "kreisfrei": str,
    "legal_form": str,
    "legal_form_private": bool,
    "amount_cents": int,
    "has_amount": bool,
    "recurring": bool,
    "urgency": str,
}


#: Prefixes of the flag properties: ``matter__<id>`` and ``body__<kind>``, present only when true.
FLAG_PREFIXES = ("matter__", "body__")


def is_flag(prop: str) -> bool:
    """Whether ``prop`` is a matter or body flag (absent from a fact when false)."""
    return prop.startswith(FLAG_PREFIXES)


def date_number(day: dt.date) -> int:
    """A date as the integer YYYYMMDD, which orders like the date."""
    return day.year * 10000 + day.month * 100 + day.day


def make_fact(
    item: DecisionItem,
    *,
    land: str,
    day: dt.date,
    municipality: str | None,
    kreisfrei: bool | None,
    matters: tuple[str, ...],
    private_forms: frozenset[str],
) -> dict[str, Any]:
    """The fact for ``item``; ``matters`` lists every matter id the rule base can test.

    The fact is *sparse*: a matter or body flag appears only when it is true, never as
    ``false``. A missing flag means false to both evaluators; durable_rules tests "not true" with
    ``$nex`` (see ``compile.durable_expression``), so a ``false`` flag would be read as present.
    A sparse fact is a third the size of a full one, and parsing the fact is much of what
    durable_rules spends its time on. The other properties (``BASE_PROPERTIES``) are always present.

    ``kreisfrei`` is ``None`` when no municipality profile is known: the fact then says
    ``"unbekannt"`` rather than guessing (Bezirksvertretungen exist only in kreisfreie Städte).
    """
    fact: dict[str, Any] = {
        "land": nfc(land),
        "date": date_number(day),
        "municipality": municipality or "",
        "kreisfrei": "unbekannt" if kreisfrei is None else ("ja" if kreisfrei else "nein"),
        "legal_form": item.legal_form,
        "legal_form_private": item.legal_form in private_forms,
        "amount_cents": item.amount_cents if item.amount_cents is not None else 0,
        "has_amount": item.amount_cents is not None,
        "recurring": bool(item.recurring),
        "urgency": item.urgency,
    }
    known = set(matters)
    for matter in sorted(set(item.matters) & known):
        fact[f"matter__{matter}"] = True
    for kind in sorted(set(item.body.kinds)) if item.body else ():
        fact[f"body__{kind}"] = True
    return fact


_BASE_KEYS = tuple(BASE_PROPERTIES)
_JSON_BOOL = {True: "true", False: "false"}
_quote = getattr(_json_encoder, "c_encode_basestring", None) or _json_encoder.py_encode_basestring
_generic = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"), check_circular=False).encode


def fact_json(fact: dict[str, Any]) -> str:
    """The compact JSON text of ``fact``, as ``json.dumps(fact, ensure_ascii=False, separators=(",", ":"))``.

    durable_rules takes facts as JSON text, and encoding is a fifth of its time per item. A fact
    made by :func:`make_fact` has a fixed layout (the base properties in order, then flags that
    are all true), so one format string writes it in about half the instructions of the generic
    encoder; any other dict, or a value of an unexpected type, takes the generic encoder. Strings
    are always escaped: their values come from rule files.
    """
    if (
        tuple(islice(fact, len(_BASE_KEYS))) != _BASE_KEYS
        or fact["date"].__class__ is not int
        or fact["amount_cents"].__class__ is not int
        or fact["legal_form_private"].__class__ is not bool
        or fact["has_amount"].__class__ is not bool
        or fact["recurring"].__class__ is not bool
    ):
        return _generic(fact)
    flags = "".join([f",{_quote(key)}:{_JSON_BOOL[value]}" if value.__class__ is bool
                     else f",{_quote(key)}:{_generic(value)}"
                     for key, value in islice(fact.items(), len(_BASE_KEYS), None)])
    return (
        f'{{"land":{_quote(fact["land"])},"date":{fact["date"]},'
        f'"municipality":{_quote(fact["municipality"])},"kreisfrei":{_quote(fact["kreisfrei"])},'
        f'"legal_form":{_quote(fact["legal_form"])},"legal_form_private":{_JSON_BOOL[fact["legal_form_private"]]},'
        f'"amount_cents":{fact["amount_cents"]},"has_amount":{_JSON_BOOL[fact["has_amount"]]},'
        f'"recurring":{_JSON_BOOL[fact["recurring"]]},"urgency":{_quote(fact["urgency"])}{flags}}}'
    )

"""The flattened, typed fact of one decision item, as both evaluators see it.

durable_rules compares strings with numbers as text ("99" > 100000 is true), cannot parse floats
in exponent form and does not match NFD umlauts against NFC ones. So every fact is built here and
nowhere else: integers for money (cents) and dates (YYYYMMDD), booleans for flags, NFC strings
from fixed vocabularies, and *every* property a rule may test present in every fact (a missing
property makes durable silently skip a "not equal" test).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from ..model import BODY_KINDS, DecisionItem
from ..textnorm import nfc

__all__ = ["BASE_PROPERTIES", "date_number", "make_fact"]

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
    dense_flags: frozenset[str] | None = None,
) -> dict[str, Any]:
    """The fact for ``item``; ``matters`` lists every matter id the rule base can test.

    With ``dense_flags`` (the compiled rule base's flags that some rule tests for "not true")
    the fact is *sparse*: matter and body flags appear only when true, except the dense ones,
    which are always present. A missing flag means false to both evaluators; a sparse fact is
    a third the size, which is what durable_rules spends its time parsing. Without
    ``dense_flags`` every flag is present.

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
    present = set(item.matters)
    kinds = set(item.body.kinds) if item.body else set()
    if dense_flags is None:
        for matter in matters:
            fact[f"matter__{matter}"] = matter in present
        for kind in BODY_KINDS:
            fact[f"body__{kind}"] = kind in kinds
        return fact
    for flag in dense_flags:
        fact[flag] = False
    known = set(matters)
    for matter in present & known:
        fact[f"matter__{matter}"] = True
    for kind in kinds:
        fact[f"body__{kind}"] = True
    return fact

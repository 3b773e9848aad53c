"""How findings put things in words: date ranges, citations, bodies and witness items."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any

from ...model import BODY_KIND_LABELS, Message
from ...rulebase.types import Rule


def span(start: dt.date, end: dt.date | None, lang: str) -> str:
    if end is None:
        return f"ab {start}" if lang == "de" else f"from {start}"
    if start == end:
        return f"am {start}" if lang == "de" else f"on {start}"
    return f"{start} – {end}" if lang == "de" else f"{start} to {end}"


def validity(rule: Rule, lang: str) -> str:
    return span(rule.valid.start, rule.valid.end, lang)


def cite(rule: Rule) -> str:
    return "; ".join(ref.cite() for ref in rule.references[:2]) if rule.references else rule.id


def bodies(rule: Rule, lang: str) -> str:
    names = [BODY_KIND_LABELS[k].get(lang) if k in BODY_KIND_LABELS else k for k in rule.competent]
    return (" / ".join(names)) or "—"


def _date_of(number: Any) -> dt.date | None:
    if not isinstance(number, int) or isinstance(number, bool):
        return None
    try:
        return dt.date(number // 10000, number // 100 % 100, number % 100)
    except ValueError:
        return None


def describe_witness(assignment: Mapping[str, Any], lang: str,
                     labels: Mapping[str, Message] | None = None, *, date: bool = True) -> str:
    """An item in words: "Angelegenheit satzung, Gremium Hauptausschuss, am 2019-01-01"."""
    de = lang == "de"
    parts: list[str] = []
    matters = sorted(k[len("matter__"):] for k, v in assignment.items() if k.startswith("matter__") and v is True)
    if matters:
        shown = [f"„{labels[m].de}“ ({m})" if de and labels and m in labels else
                 f"\"{labels[m].en}\" ({m})" if labels and m in labels else m for m in matters]
        parts.append(("Angelegenheit " if de else "matter ") + " + ".join(shown))
    elif any(k.startswith("matter__") for k in assignment):
        parts.append("ohne die genannten Angelegenheiten" if de else "none of the matters named")
    bodies = sorted(k[len("body__"):] for k, v in assignment.items() if k.startswith("body__") and v is True)
    if bodies:
        names = [BODY_KIND_LABELS[b].get(lang) if b in BODY_KIND_LABELS else b for b in bodies]
        parts.append(("Gremium " if de else "body ") + " + ".join(names))
    not_bodies = sorted(k[len("body__"):] for k, v in assignment.items() if k.startswith("body__") and v is False)
    if not_bodies and not bodies:
        names = [BODY_KIND_LABELS[b].get(lang) if b in BODY_KIND_LABELS else b for b in not_bodies]
        parts.append(("Gremium nicht " if de else "body not ") + " / ".join(names))
    if "legal_form" in assignment:
        parts.append(("Rechtsform " if de else "legal form ") + str(assignment["legal_form"]))
    elif "legal_form_private" in assignment:
        private = assignment["legal_form_private"]
        parts.append(("privatrechtliche Rechtsform" if private else "keine privatrechtliche Rechtsform")
                     if de else ("private-law legal form" if private else "no private-law legal form"))
    if assignment.get("has_amount") is True and "amount_cents" in assignment:
        cents = assignment["amount_cents"]
        euros = f"{cents // 100:,}".replace(",", ".") + (f",{cents % 100:02d}" if cents % 100 else "")
        parts.append(("Betrag " if de else "amount ") + euros + " EUR")
    elif assignment.get("has_amount") is False:
        parts.append("ohne Betrag" if de else "no amount")
    if assignment.get("urgency") not in (None, "keine"):
        parts.append(str(assignment["urgency"]))
    if "recurring" in assignment:
        parts.append(("wiederkehrend" if de else "recurring") if assignment["recurring"]
                     else ("einmalig" if de else "one-off"))
    if "kreisfrei" in assignment:
        value = assignment["kreisfrei"]
        parts.append({"ja": "kreisfreie Stadt" if de else "county-free city",
                      "nein": "kreisangehörige Gemeinde" if de else "municipality within a county",
                      "unbekannt": "ohne Gemeindeprofil" if de else "no municipality profile"}.get(value, str(value)))
    day = _date_of(assignment.get("date"))
    if date and day is not None:
        parts.append(f"am {day}" if de else f"on {day}")
    return ", ".join(parts) if parts else ("jeder Punkt" if de else "any item")


def witness_message(assignment: Mapping[str, Any] | None, labels: Mapping[str, Message] | None
                     ) -> tuple[str, str]:
    if assignment is None:
        return "", ""
    return (" (z. B. " + describe_witness(assignment, "de", labels) + ")",
            " (e.g. " + describe_witness(assignment, "en", labels) + ")")


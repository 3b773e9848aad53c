"""Repairing a rule mapping in thought, so that the schema check finds more than one problem.

The loader stops at the first problem of a file. :func:`collect` parses, records the error,
changes the mapping so that this error goes away without hiding others (a misspelt key renamed
to the suggestion, a missing key given a placeholder, a bad value replaced) and parses again.
The files themselves are never changed.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ...errors import RuleFileError
from ...rulebase.types import KINDS
from ...rulebase.yamlfile import LineDict

_PLACEHOLDERS: dict[str, Any] = {
    "title": {"de": "x", "en": "x"},
    "description": "x",
    "message": {"de": "x", "en": "x"},
    "reference": {"law": "x", "text": "x"},
    "valid": {"from": "2000-01-01"},
    "when": {"recurring": False},
    "uncertainty": "x",
    "exclusive": False,
}


def _line_dicts(value: Any, line: int) -> Any:
    """``value`` with every mapping a :class:`LineDict` at ``line`` (the loader reads mappings
    through their own line table; a plain dict would borrow the parent's keys)."""
    if isinstance(value, dict):
        out = LineDict({k: _line_dicts(v, line) for k, v in value.items()})
        out.line = line
        out.key_lines = {k: line for k in value}
        return out
    if isinstance(value, list):
        return [_line_dicts(v, line) for v in value]
    return value


def _copy(mapping: LineDict) -> LineDict:
    out = LineDict(mapping)
    out.line = mapping.line
    out.key_lines = dict(mapping.key_lines)
    return out


def _container(mapping: LineDict, line: int | None) -> str | None:
    if line is None:
        return None
    best: tuple[int, str] | None = None
    for key in mapping:
        key_line = mapping.key_lines.get(key, mapping.line)
        if key_line <= line and (best is None or key_line >= best[0]):
            best = (key_line, key)
    return best[1] if best else None


def _repair(mapping: LineDict, error: RuleFileError, competent: list[str]) -> LineDict | None:
    """``mapping`` changed so that ``error`` goes away without hiding other problems, or ``None``."""
    key = error.key
    fixed = _copy(mapping)
    message = error.message
    if key is not None and key not in mapping and "required key missing" in message:
        if key == "competent":
            fixed[key] = list(competent)
        elif key in _PLACEHOLDERS:
            fixed[key] = _line_dicts(_PLACEHOLDERS[key], mapping.line)
        else:
            return None
        fixed.key_lines[key] = mapping.line
        return fixed
    top = key if key in mapping else _container(mapping, error.line)
    if top is None:
        return None
    if top not in ("kind", "level", "title", "description", "message", "reference", "valid", "when",
                   "competent", "exclusive", "certainty", "uncertainty"):
        suggestion = error.suggestion
        value = fixed.pop(top)
        line = fixed.key_lines.pop(top, mapping.line)
        if suggestion and suggestion not in fixed and key == top:
            fixed[suggestion] = value
            fixed.key_lines[suggestion] = line
        return fixed
    if top == "kind":
        if error.suggestion in KINDS:
            fixed["kind"] = error.suggestion
            return fixed
        return None
    if top == "competent":
        if "never decides" in message:
            del fixed["competent"]
        else:
            fixed["competent"] = list(competent)
        return fixed
    if top == "exclusive":
        if "belongs to assigned" in message:
            del fixed["exclusive"]
        else:
            fixed["exclusive"] = False
        return fixed
    if top == "certainty":
        fixed["certainty"] = "uncertain" if "uncertainty" in fixed else "settled"
        return fixed
    if top == "uncertainty":
        if "belongs to rules" in message:
            del fixed["uncertainty"]
        else:
            fixed["uncertainty"] = "x"
        return fixed
    if top == "level":
        del fixed["level"]
        return fixed
    if top in _PLACEHOLDERS:
        fixed[top] = _line_dicts(_PLACEHOLDERS[top], mapping.key_lines.get(top, mapping.line))
        return fixed
    return None


def collect(data: Any, parse: Callable[[Any], Any], competent: list[str]) -> list[RuleFileError]:
    """Every problem ``parse`` finds in ``data``: parse, record the error, repair the spot, again."""
    errors: list[RuleFileError] = []
    current = data
    for _ in range(30):
        try:
            parse(current)
            break
        except RuleFileError as exc:
            if any(e.render("en") == exc.render("en") for e in errors):
                break
            errors.append(exc)
            if not isinstance(current, LineDict):
                break
            repaired = _repair(current, exc, competent)
            if repaired is None:
                break
            current = repaired
    return errors

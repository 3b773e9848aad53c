"""Strict reading of YAML mappings: unknown keys, missing keys and wrong types, with location.

Every data file of the rule base (rules, vocabularies, municipality profiles, test cases) goes
through these helpers, so the messages look the same everywhere: ``file:line: key 'x': ...`` with
a "did you mean" for misspelt keys.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import Any

from ..errors import RuleFileError, did_you_mean, shorten
from .yamlfile import LineDict

__all__ = ["Where", "check_keys", "as_bool", "as_date", "as_int", "as_list", "as_map", "as_str", "parse_date"]


class Where:
    """A position in a data file: the file path and the mapping being read."""

    def __init__(self, path: str, mapping: Any = None) -> None:
        self.path = path
        self.mapping = mapping

    def line(self, key: str | None = None) -> int | None:
        if isinstance(self.mapping, LineDict):
            return self.mapping.line_of(key) if key is not None else self.mapping.line
        return None

    def error(self, en: str, de: str, key: str | None = None, suggestion: str | None = None) -> RuleFileError:
        return RuleFileError(
            en, message_de=de, path=self.path, line=self.line(key), key=key, suggestion=suggestion
        )

    def inner(self, mapping: Any) -> Where:
        return Where(self.path, mapping if isinstance(mapping, LineDict) else self.mapping)


def check_keys(
    where: Where, allowed: Iterable[str], required: Iterable[str] = (), context: str = ""
) -> None:
    """Refuse keys not in ``allowed`` (suggesting the closest) and missing ``required`` keys."""
    mapping = where.mapping
    allowed = tuple(allowed)
    for key in mapping:
        if key not in allowed:
            raise where.error(
                f"unknown key{' in ' + context if context else ''}; allowed: {', '.join(allowed)}",
                f"unbekannter Schlüssel{' in ' + context if context else ''}; "
                f"erlaubt: {', '.join(allowed)}",
                key=str(key),
                suggestion=did_you_mean(str(key), allowed),
            )
    for key in required:
        if key not in mapping:
            raise where.error(
                f"required key missing{' in ' + context if context else ''}",
                f"Pflichtschlüssel fehlt{' in ' + context if context else ''}",
                key=key,
            )


def as_map(where: Where, value: Any, key: str) -> LineDict:
    if not isinstance(value, dict):
        raise where.error(
            f"must be a mapping, got {type(value).__name__}",
            f"muss eine Zuordnung (mapping) sein, ist {type(value).__name__}",
            key=key,
        )
    return value  # type: ignore[return-value]


def as_str(where: Where, value: Any, key: str, *, empty: bool = False) -> str:
    if not isinstance(value, str) or (not empty and not value.strip()):
        raise where.error(
            f"must be a non-empty text, got {shorten(value)}",
            f"muss ein nicht leerer Text sein, ist {shorten(value)}",
            key=key,
        )
    return value


def as_bool(where: Where, value: Any, key: str) -> bool:
    if not isinstance(value, bool):
        raise where.error(
            f"must be true or false, got {shorten(value)}", f"muss true oder false sein, ist {shorten(value)}", key
        )
    return value


def as_int(where: Where, value: Any, key: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise where.error(
            f"must be a whole number, got {shorten(value)}",
            f"muss eine ganze Zahl sein, ist {shorten(value)}",
            key=key,
        )
    return int(value)


def as_list(where: Where, value: Any, key: str, *, empty: bool = False) -> list[Any]:
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or (not empty and not value):
        raise where.error(
            f"must be a non-empty list, got {shorten(value)}",
            f"muss eine nicht leere Liste sein, ist {shorten(value)}",
            key=key,
        )
    return value


def parse_date(value: Any) -> dt.date | None:
    """A calendar date from a YAML/TOML date or the same text (2019-01-01); ``None`` if not one."""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(value)
        except ValueError:
            return None
    return None


def as_date(where: Where, value: Any, key: str) -> dt.date:
    """A calendar date written as YAML date (2019-01-01) or as the same text in quotes."""
    parsed = parse_date(value)
    if parsed is not None:
        return parsed
    raise where.error(
        f"must be a date YYYY-MM-DD, got {shorten(value)}",
        f"muss ein Datum JJJJ-MM-TT sein, ist {shorten(value)}",
        key=key,
    )

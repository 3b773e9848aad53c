"""Markdown papers with YAML front matter: draft Beschlussvorlagen kept in git.

The front matter (between ``---`` lines at the top) states what a draft knows for sure; the body
is read like any paper. Keys (all optional; docs/inputs.md has a template):

``municipality``
    the municipality: a profile's id, name or AGS ("heinsberg", "Stadt Heinsberg",
    "05370016"), else just its name;
``land``
    the Land code (nw, bw, by, ni, he, sn); must agree with the profile's;
``date``
    the session (decision) date, ``YYYY-MM-DD``: it selects the law in force;
``reference``
    the Vorlage-Nr. / Drucksache;
``title``
    the Betreff;
``body``
    the body that decides every item ("Rat", "Haupt- und Finanzausschuss");
``items``
    the deciding body per item, in order: a list of names, or of mappings with ``body``
    (``- body: Rat``); an entry ``null`` leaves that item to the text;
``waivers``
    accepted findings of this paper (read by :mod:`beschluss_rules.waivers`).

Markdown markup is blanked out with spaces (headings' ``#``, ``**bold**``, table rules, HTML
comments), so lines and columns stay those of the file.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping
from typing import Any

from ..errors import BeschlussRulesError, InputError, did_you_mean, shorten
from ..model import LANDS, Body, Message, land_code
from ..rulebase.types import Lexicon, Profile
from ..rulebase.yamlfile import load_yaml_text
from ..text.spoofing import has_lone_surrogate
from .bodies import resolve_body
from .text import Hints, ParsedText, parse_text

__all__ = ["FRONT_MATTER_KEYS", "read_markdown", "split_front_matter", "strip_markdown"]

#: The keys a paper's front matter may have.
FRONT_MATTER_KEYS: tuple[str, ...] = (
    "municipality", "land", "date", "reference", "title", "body", "items", "waivers",
)
_FENCE = re.compile(r"^(?:---|\.\.\.)\s*$")


def split_front_matter(text: str) -> tuple[str | None, int, str]:
    """(front matter YAML or ``None``, its first line number, the body with the front matter
    lines blanked so that line numbers stay those of the file)."""
    lines = text.split("\n")
    first = 0
    while first < len(lines) and not lines[first].strip():
        first += 1
    if first >= len(lines) or lines[first].strip() != "---":
        return None, 0, text
    for end in range(first + 1, len(lines)):
        if _FENCE.match(lines[end]):
            yaml_text = "\n".join(lines[first + 1:end])
            body = "\n" * (end + 1) + "\n".join(lines[end + 1:])
            return yaml_text, first + 2, body
    return None, 0, text


def _blank_hashes(match: re.Match[str]) -> str:
    return match.group(1) + " " * len(match.group(2))


def _link_text(match: re.Match[str]) -> str:
    return match.group(1) + " " * (len(match.group(0)) - len(match.group(1)))


def strip_markdown(text: str) -> str:
    """Blank Markdown markup with spaces, keeping every character's line and column."""
    def blank(match: re.Match[str]) -> str:
        return re.sub(r"[^\n]", " ", match.group(0))

    text = re.sub(r"<!--.*?-->", blank, text, flags=re.DOTALL)
    out = []
    for line in text.split("\n"):
        line = re.sub(r"^(\s{0,3})(#{1,6})(?=\s)", _blank_hashes, line)
        line = re.sub(r"^(\s{0,3})>\s?", lambda m: " " * len(m.group(0)), line)
        if re.fullmatch(r"\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*", line):
            line = " " * len(line)
        line = line.replace("**", "  ").replace("__", "  ")
        line = re.sub(r"\[([^\]]+)\]\([^)]*\)", _link_text, line)
        out.append(line)
    return "\n".join(out)


def _fail(path: str, line: int | None, key: str | None, en: str, de: str,
          suggestion: str | None = None) -> InputError:
    return InputError(f"front matter: {en}", message_de=f"Front Matter: {de}", path=path, line=line,
                      key=key, suggestion=suggestion)


def read_markdown(text: str, path: str, lexicon: Lexicon, *, land: str | None = None,
                  profile: Profile | None = None, notes: tuple[Message, ...] = ()) -> ParsedText:
    """Read a Markdown paper (see module docstring)."""
    yaml_text, first_line, body_text = split_front_matter(text)
    data: Mapping[str, Any] = {}
    if yaml_text is not None and yaml_text.strip():
        try:
            loaded = load_yaml_text(yaml_text, path, allow_aliases=False)
        except BeschlussRulesError as exc:
            line = (exc.line + first_line - 1) if exc.line else first_line
            raise _fail(path, line, None, exc.message, exc.message_de) from None
        if loaded is None:
            loaded = {}
        if has_lone_surrogate(loaded):
            raise _fail(path, first_line, None, "a \\uD800-\\uDFFF escape without its pair (no Unicode character)",
                        "eine \\uD800-\\uDFFF-Folge ohne ihr Gegenstück (kein Unicode-Zeichen)")
        if not isinstance(loaded, Mapping):
            raise _fail(path, first_line, None, "must be a mapping of keys to values",
                        "muss eine Zuordnung von Schlüsseln zu Werten sein")
        data = loaded

    def line_of(key: str) -> int:
        key_lines: Mapping[str, int] = getattr(data, "key_lines", {})
        return first_line - 1 + key_lines.get(key, 1)

    for key in data:
        if key not in FRONT_MATTER_KEYS:
            raise _fail(path, line_of(key), str(key), "unknown key; known: " + ", ".join(FRONT_MATTER_KEYS),
                        "unbekannter Schlüssel; bekannt: " + ", ".join(FRONT_MATTER_KEYS),
                        did_you_mean(str(key), FRONT_MATTER_KEYS))

    def text_value(key: str) -> str | None:
        value = data.get(key)
        if value is None:
            return None
        if isinstance(value, bool) or not isinstance(value, (str, int, float)):
            raise _fail(path, line_of(key), key, f"must be text, got {type(value).__name__}",
                        f"muss Text sein, ist {type(value).__name__}")
        return str(value).strip() or None

    municipality = text_value("municipality")
    if municipality is not None and profile is None:
        profile = lexicon.profile_for(municipality)
    stated_land = text_value("land")
    if stated_land is not None:
        stated_land = land_code(stated_land) or stated_land.lower()
        if stated_land not in LANDS:
            raise _fail(path, line_of("land"), "land", f"unknown Land {shorten(stated_land)}; known: {', '.join(LANDS)}",
                        f"unbekanntes Land {shorten(stated_land)}; bekannt: {', '.join(LANDS)}",
                        did_you_mean(stated_land, LANDS))
        if profile is not None and profile.municipality.land != stated_land:
            raise _fail(path, line_of("land"), "land",
                        f"Land {stated_land} contradicts the profile of {profile.municipality.name} "
                        f"(Land {profile.municipality.land})",
                        f"Land {stated_land} widerspricht dem Profil von {profile.municipality.name} "
                        f"(Land {profile.municipality.land})")
    effective_land = land or stated_land or (profile.municipality.land if profile else None)

    date = None
    date_text = text_value("date")
    if date_text is not None:
        try:
            day = dt.date.fromisoformat(date_text)
        except ValueError:
            raise _fail(path, line_of("date"), "date", f"not a date YYYY-MM-DD: {shorten(date_text)}",
                        f"kein Datum JJJJ-MM-TT: {shorten(date_text)}") from None
        date = (day.year, day.month, day.day)

    def body_named(name: Any, key: str) -> Body:
        if not isinstance(name, str) or not name.strip():
            raise _fail(path, line_of(key), key, f"a body name must be text, got {shorten(name)}",
                        f"ein Gremienname muss Text sein, ist {shorten(name)}")
        found = resolve_body(name, lexicon, profile, effective_land)
        if found is None:
            known = [b.name for b in profile.municipality.bodies] if profile else []
            raise _fail(path, line_of(key), key, f"unknown body {shorten(name)}", f"unbekanntes Gremium {shorten(name)}",
                        did_you_mean(name, known + ["Rat", "Gemeinderat", "Hauptausschuss", "Bürgermeister"]))
        return found

    deciding: tuple[Body, ...] = ()
    if data.get("body") is not None:
        deciding = (body_named(data["body"], "body"),)
    item_bodies: dict[int, Body] = {}
    items = data.get("items")
    if items is not None:
        if not isinstance(items, list):
            raise _fail(path, line_of("items"), "items", "must be a list (one entry per item)",
                        "muss eine Liste sein (ein Eintrag je Beschlusspunkt)")
        for index, entry in enumerate(items, start=1):
            if entry is None:
                continue
            if isinstance(entry, Mapping):
                unknown = [k for k in entry if k != "body"]
                if unknown:
                    raise _fail(path, line_of("items"), "items", f"item {index}: unknown key {shorten(unknown[0])} (known: body)",
                                f"Punkt {index}: unbekannter Schlüssel {shorten(unknown[0])} (bekannt: body)",
                                did_you_mean(str(unknown[0]), ["body"]))
                entry = entry.get("body")
                if entry is None:
                    continue
            item_bodies[index] = body_named(entry, "items")

    hints = Hints(
        title=text_value("title"),
        reference=text_value("reference"),
        date=date,
        municipality=profile.municipality.name if profile else municipality,
        land=effective_land,
        deciding=deciding,
        deciding_source="front-matter",
        item_bodies=item_bodies,
        notes=notes,
        front_matter=dict(data) if data else None,
        format="markdown",
    )
    return parse_text(strip_markdown(body_text), lexicon, land=land or stated_land, profile=profile,
                      hints=hints)

"""The rule-base linter: ``beschluss-rules rules lint``.

Legal staff edit rule files and municipalities add their Zuständigkeitsordnung; a wrong or
contradictory rule is worse than none. The linter makes such errors visible before they reach a
verdict, in the spirit of the static checks DMN tools run on decision tables. Every check has an
id (``lint.<check>``), a level and a bilingual message, and points at ``path:line:col``; the
checks are documented one by one in ``docs/lint.md``:

``schema``           a file does not load (unknown or missing keys, wrong types, bad or inverted
                     dates, unknown matters or bodies, ...) — as many problems per file as can be
                     found, not only the first;
``citation``         a reference that cites only a law, without § / Art.;
``quoted-text``      a reference without the quoted wording of the norm (only a ``note``);
``version-overlap``  two versions of one rule (file names differing only in a year suffix such as
                     ``-2020``/``-2023``, or the same kind, conditions and bodies) valid on the same
                     day; ``version-gap``: consecutive versions leave days uncovered;
``void-delegation``  a local delegation of a matter the Land reserves to the council;
``gap``              a vocabulary matter for which a Land has no deciding rule on some date of the
                     range it covers (from its earliest general rule);
``conflict``         two exclusive rules that shut each other's bodies out on the same item;
``unreachable``      a rule whose conditions can never hold, or valid only outside its Land's
                     general rule;
``overridden``       a rule that never decides because another one always applies with it and
                     takes precedence;
``vocabulary``       a term or pattern two vocabulary entries claim.

The semantic checks are exact where that is cheap: conditions range over small finite domains,
integer amounts and dates, which :mod:`beschluss_rules.satisfiability` enumerates by equivalence
classes. Each finding about items names a witness (an item on which the problem shows).
"""

from __future__ import annotations

import datetime as dt
import itertools
import json
import os
import re
from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

import attrs

from ..engine.compile import rule_condition
from ..engine.facts import date_number
from ..errors import BeschlussRulesError, RuleFileError, UsageError
from ..model import BODY_KIND_LABELS, LANDS, Level, Message, decision_rank
from ..rulebase.conditions import All, Any_, Atom, Condition, atoms, negate
from ..rulebase.fields import Where
from ..rulebase.loader import (
    KINDS,
    Profile,
    Rule,
    default_rules_dir,
    load_profile,
    parse_delegation,
    parse_rule,
    placeholder_errors,
    rule_id_for,
)
from ..rulebase.vocabulary import Vocabulary, load_vocabulary
from ..rulebase.yamlfile import LineDict, load_yaml_file
from ..text.normalize import fold
from .solver import TRUE, Undecided, World, partial, solve

__all__ = [
    "CHECKS",
    "LintFinding",
    "LintReport",
    "Related",
    "check_rules",
    "check_vocabulary_files",
    "lint_paths",
    "render_json",
    "render_text",
]

#: Every check: its default level and a one-line summary (German, English).
CHECKS: dict[str, tuple[Level, str, str]] = {
    "schema": (Level.ERROR, "Datei lädt nicht (Schlüssel, Typen, Daten, Vokabular)",
               "file does not load (keys, types, dates, vocabulary)"),
    "citation": (Level.WARNING, "Fundstelle ohne § / Art.", "reference without § / Art."),
    "quoted-text": (Level.WARNING, "Fundstelle ohne zitierten Normtext", "reference without the quoted norm"),
    "version-overlap": (Level.ERROR, "zwei Fassungen einer Regel gelten am selben Tag",
                        "two versions of a rule apply on the same day"),
    "version-gap": (Level.WARNING, "zwischen zwei Fassungen einer Regel bleiben Tage ohne Fassung",
                    "days between two versions of a rule have no version"),
    "void-delegation": (Level.ERROR, "örtliche Delegation einer dem Rat vorbehaltenen Angelegenheit",
                        "local delegation of a matter reserved to the council"),
    "gap": (Level.WARNING, "Angelegenheit ohne entscheidende Regel an einem Tag des abgedeckten Zeitraums",
            "matter without a deciding rule on a day of the covered range"),
    "conflict": (Level.ERROR, "zwei ausschließliche Regeln nennen für denselben Punkt verschiedene Organe",
                 "two exclusive rules name different bodies for the same item"),
    "unreachable": (Level.ERROR, "Bedingungen können nie zugleich gelten, oder Geltung außerhalb der Grundregel",
                    "conditions can never hold, or validity outside the general rule"),
    "overridden": (Level.WARNING, "Regel entscheidet nie: eine andere gilt stets mit und geht vor",
                   "rule never decides: another always applies with it and takes precedence"),
    "vocabulary": (Level.ERROR, "zwei Vokabulareinträge beanspruchen denselben Begriff",
                   "two vocabulary entries claim the same term"),
    "delegation-overlap": (Level.ERROR, "zwei örtliche Delegationen erfassen dieselben Punkte: für verschiedene "
                           "Organe widersprüchlich (Fehler), für dasselbe doppelt (Warnung)",
                           "two local delegations cover the same items: contradictory for different bodies "
                           "(error), redundant for the same body (warning)"),
    "land-body": (Level.ERROR, "Gremium einer Art, die es in diesem Land (oder dieser Gemeinde) nicht gibt",
                  "body of a kind this Land (or this municipality) does not have"),
}

#: Body kinds a Land's municipal law does not have (or, for NRW's Bezirksvertretungen, has only
#: in kreisfreie Städte, § 35 Abs. 1 GO NRW). Deliberately a short list of clear cases: the
#: names of committees vary, their kinds in law do not.
_FOREIGN_KINDS: dict[str, Message] = {
    "gemeindevorstand": Message("einen Gemeindevorstand (Magistrat) kennt nur die HGO (Hessen)",
                                "only the HGO (Hesse) has a Gemeindevorstand (Magistrat)"),
    "bezirksvertretung": Message("Bezirksvertretungen kennt nur die GO NRW, und nur in kreisfreien Städten "
                                 "(§ 35 Abs. 1 GO NRW)",
                                 "only the GO NRW has Bezirksvertretungen, and only in kreisfreie Städte "
                                 "(§ 35 Abs. 1 GO NRW)"),
    "ortschaftsrat": Message("Ortschafts- oder Ortsräte kennt die GO NRW nicht (dort: Bezirksausschüsse, "
                             "Ortsvorsteher, § 39 GO NRW)",
                             "the GO NRW has no Ortschafts- or Ortsräte (it has Bezirksausschüsse and "
                             "Ortsvorsteher, § 39 GO NRW)"),
}


def _foreign(kind: str, land: str, kreisfrei: bool) -> bool:
    if kind == "gemeindevorstand":
        return land != "he"
    if kind == "bezirksvertretung":
        return land != "nw" or not kreisfrei
    if kind == "ortschaftsrat":
        return land == "nw"
    return False

_EXCLUSIVE_RANK = {"reserved": 0, "assigned": 1}
_VERSION_SUFFIX = re.compile(r"^(?P<base>.+?)-(?:(?:vor|bis|ab|seit)-)?(?:19|20)\d\d(?:-\d\d){0,2}$")
_DECIDING_KINDS = ("general", "reserved", "assigned")
_DAY = dt.timedelta(days=1)


@attrs.frozen
class Related:
    """Another rule or place a finding is about (the second rule of a conflict, ...)."""

    rule: str | None
    path: str
    line: int


@attrs.frozen
class LintFinding:
    """One problem: ``path:line:col: level lint.<check> message``."""

    check: str
    level: Level
    message: Message
    path: str
    line: int = 1
    column: int = 1
    rule: str | None = None
    related: tuple[Related, ...] = ()
    #: For findings about items: the properties of one item on which the problem shows (the
    #: solver's witness: ``matter__satzung``, ``body__rat``, ``legal_form``, ``date`` ...).
    example: tuple[tuple[str, Any], ...] | None = attrs.field(default=None, eq=False)

    @property
    def id(self) -> str:
        return f"lint.{self.check}"

    def sort_key(self) -> tuple:
        return (self.path, self.line, self.column, self.check, self.rule or "", self.message.en)

    def to_json(self, lang: str, relative: Callable[[str], str] = lambda p: p) -> dict[str, Any]:
        return {
            "path": relative(self.path),
            "line": self.line,
            "column": self.column,
            "level": self.level.value,
            "id": self.id,
            "check": self.check,
            "rule": self.rule,
            "related": [{"rule": r.rule, "path": relative(r.path), "line": r.line} for r in self.related],
            "message": self.message.get(lang),
            "example": dict(self.example) if self.example is not None else None,
        }


@attrs.frozen
class LintReport:
    """The findings of one lint run and what was checked."""

    findings: tuple[LintFinding, ...]
    root: str
    rules: int
    profiles: int
    files: int

    def count(self, level: Level) -> int:
        return sum(1 for f in self.findings if f.level is level)

    def worst(self) -> Level | None:
        return max((f.level for f in self.findings), key=lambda lv: lv.rank, default=None)


# --------------------------------------------------------------------------------------------
# Locations


class _Locator:
    """Finds the line and column of a key in a data file (YAML mappings remember key lines)."""

    def __init__(self, profiles: Sequence[Profile] = ()) -> None:
        self._data: dict[str, Any] = {}
        self._lines: dict[str, list[str]] = {}
        self._profiles = {p.path: p for p in profiles}

    def _load(self, path: str) -> Any:
        if path not in self._data:
            try:
                self._data[path] = load_yaml_file(path)
                with open(path, encoding="utf-8") as handle:
                    self._lines[path] = handle.read().splitlines()
            except (OSError, BeschlussRulesError, UnicodeDecodeError):
                self._data[path] = None
                self._lines[path] = []
        return self._data[path]

    def column(self, path: str, line: int, key: str | None) -> int:
        self._load(path)
        lines = self._lines.get(path) or []
        if not 1 <= line <= len(lines):
            return 1
        text = lines[line - 1]
        if key:
            found = re.search(r"(?<![\w-])" + re.escape(str(key)) + r"\s*:", text)
            if found:
                return found.start() + 1
        return len(text) - len(text.lstrip()) + 1

    def _mapping(self, rule: Rule) -> Any:
        data = self._load(rule.path)
        if rule.municipality is None:
            return data
        if not isinstance(data, dict) or not isinstance(data.get("delegations"), dict):
            return None
        profile = self._profiles.get(rule.path)
        prefix = f"local.{profile.id}." if profile else None
        for key, entry in data["delegations"].items():
            if prefix and rule.id == prefix + str(key):
                return entry
            if prefix is None and rule.id.endswith("." + str(key)):
                return entry
        return None

    def rule(self, rule: Rule, key: str | None = None) -> tuple[str, int, int]:
        """Where ``rule`` (or its ``key``) is written: path, line, column."""
        if not os.path.isfile(rule.path):
            return rule.path, rule.line, 1
        mapping = self._mapping(rule)
        line = rule.line
        if isinstance(mapping, LineDict):
            line = mapping.line_of(key) if key and key in mapping else mapping.line
            if rule.municipality is not None and not (key and key in mapping):
                parent = self._load(rule.path)["delegations"]
                entry_key = next((k for k, v in parent.items() if v is mapping), None)
                if entry_key is not None:
                    line = parent.line_of(entry_key)
                    return rule.path, line, self.column(rule.path, line, entry_key)
        return rule.path, line, self.column(rule.path, line, key)


def _finding(check: str, locator: _Locator, rule: Rule, message: Message, *, key: str | None = None,
             level: Level | None = None, related: Iterable[Rule] = (),
             example: Mapping[str, Any] | None = None) -> LintFinding:
    path, line, column = locator.rule(rule, key)
    rel = tuple(Related(r.id, *locator.rule(r)[:2]) for r in related)
    shown = tuple(sorted(example.items())) if example is not None else None
    return LintFinding(check, level or CHECKS[check][0], message, path, line, column, rule.id, rel, shown)


# --------------------------------------------------------------------------------------------
# Wording helpers


def _span(start: dt.date, end: dt.date | None, lang: str) -> str:
    if end is None:
        return f"ab {start}" if lang == "de" else f"from {start}"
    if start == end:
        return f"am {start}" if lang == "de" else f"on {start}"
    return f"{start} – {end}" if lang == "de" else f"{start} to {end}"


def _validity(rule: Rule, lang: str) -> str:
    return _span(rule.valid.start, rule.valid.end, lang)


def _overlap(a: Rule, b: Rule) -> tuple[dt.date, dt.date | None] | None:
    start = max(a.valid.start, b.valid.start)
    ends = [e for e in (a.valid.end, b.valid.end) if e is not None]
    end = min(ends) if ends else None
    if end is not None and end < start:
        return None
    return start, end


def _cite(rule: Rule) -> str:
    return "; ".join(ref.cite() for ref in rule.references[:2]) if rule.references else rule.id


def _bodies(rule: Rule, lang: str) -> str:
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


def _witness_message(assignment: Mapping[str, Any] | None, labels: Mapping[str, Message] | None
                     ) -> tuple[str, str]:
    if assignment is None:
        return "", ""
    return (" (z. B. " + describe_witness(assignment, "de", labels) + ")",
            " (e.g. " + describe_witness(assignment, "en", labels) + ")")


# --------------------------------------------------------------------------------------------
# Schema: as many problems per file as can be found


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


def _collect(data: Any, parse: Callable[[Any], Any], competent: list[str]) -> list[RuleFileError]:
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


def _schema_finding(error: BeschlussRulesError, locator: _Locator, default_path: str) -> LintFinding:
    path = error.path or default_path
    line = error.line or 1
    column = locator.column(path, line, error.key) if os.path.isfile(path) else 1
    en = error.render("en")
    de = error.render("de")
    prefix = path + (f":{error.line}" if error.line else "") + ": "
    en = en.removeprefix(prefix)
    de = de.removeprefix(prefix)
    return LintFinding("schema", Level.ERROR, Message(de, en), path, line, column)


def _rule_file_problems(root: Path, path: Path, vocabulary: Vocabulary) -> list[RuleFileError]:
    rule_id = rule_id_for(root, path)
    land = rule_id.split(".", 1)[0]
    try:
        data = load_yaml_file(path)
    except RuleFileError as exc:
        return [exc]
    if land not in LANDS:
        from ..rulebase.loader import load_rule_file

        try:
            load_rule_file(root, path, vocabulary)
        except RuleFileError as exc:
            return [exc]
    return _collect(data, lambda d: parse_rule(d, rule_id=rule_id, path=str(path), land=land,
                                               vocabulary=vocabulary), ["rat"])


def _profile_problems(path: Path, vocabulary: Vocabulary, first: RuleFileError) -> list[RuleFileError]:
    errors = [first]
    try:
        data = load_yaml_file(path)
    except RuleFileError:
        return errors
    if not isinstance(data, dict):
        return errors
    for error in placeholder_errors(data, str(path)):
        if not any(e.render("en") == error.render("en") for e in errors):
            errors.append(error)
    bodies = data.get("bodies")
    grantees = [str(k) for k in bodies] if isinstance(bodies, dict) else []
    muni = data.get("municipality")
    land = muni.get("land") if isinstance(muni, dict) else None
    land = land if land in LANDS else "nw"
    entries = data.get("delegations")
    if not isinstance(entries, dict) or not grantees:
        return errors
    for key, entry in entries.items():
        if not isinstance(entry, LineDict):
            continue
        def parse(d: Any, key: Any = key) -> list[Rule]:
            return parse_delegation(d, Where(str(path), d), rule_id=f"local.x.{key}", path=str(path), land=land,
                                    vocabulary=vocabulary, municipality="00000000", grantees=grantees)

        found = _collect(entry, parse, grantees[:1])
        for error in found:
            if not any(e.render("en") == error.render("en") for e in errors):
                errors.append(error)
    return errors


# --------------------------------------------------------------------------------------------
# Vocabulary


_VOCAB_FILES = (("matters.yaml", "matters", Level.WARNING), ("bodies.yaml", "bodies", Level.ERROR),
                ("legal_forms.yaml", "legal_forms", Level.ERROR),
                ("organisations.yaml", "organisations", Level.ERROR), ("urgency.yaml", "urgency", Level.ERROR))


def _claim(term: str) -> str:
    return re.sub(r"[\s\-]+", "", fold(term.rstrip("*")))


def check_vocabulary_files(directory: str | os.PathLike[str], locator: _Locator | None = None
                           ) -> list[LintFinding]:
    """Terms and patterns that two entries of one vocabulary file claim.

    Terms are compared after folding (case, umlauts, ß), without a trailing ``*`` and ignoring
    blanks and hyphens (``Haupt- und`` and ``Haupt und`` match the same text). Body terms limited
    to disjoint ``lands`` do not clash. Two matters sharing a term give every such item both
    matters (a warning); two bodies, legal forms, organisations or urgency values sharing a term
    make the later entry dead or the reading ambiguous (an error).
    """
    locator = locator or _Locator()
    findings: list[LintFinding] = []
    for name, top, level in _VOCAB_FILES:
        path = os.path.join(os.fspath(directory), name)
        try:
            data = load_yaml_file(path)
        except RuleFileError:
            continue
        entries = data.get(top) if isinstance(data, dict) else None
        if not isinstance(entries, LineDict):
            continue
        claims: dict[tuple[str, str], list[tuple[str, int, frozenset[str]]]] = defaultdict(list)
        for key, entry in entries.items():
            if not isinstance(entry, LineDict):
                continue
            lands = frozenset(entry.get("lands") or ()) if isinstance(entry.get("lands") or (), list) else frozenset()
            for field in ("terms", "patterns"):
                values = entry.get(field) or []
                values = [values] if isinstance(values, str) else values
                if not isinstance(values, list):
                    continue
                for value in values:
                    if not isinstance(value, str):
                        continue
                    claim = _claim(value) if field == "terms" else value
                    claims[(field, claim)].append((str(key), entry.line_of(field), lands))
        for (field, claim), owners in sorted(claims.items()):
            seen: list[tuple[str, int, frozenset[str]]] = []
            for owner in owners:
                for other in seen:
                    if other[0] == owner[0]:
                        continue
                    if owner[2] and other[2] and not owner[2] & other[2]:
                        continue
                    what_de = "Begriff" if field == "terms" else "Muster"
                    what_en = "term" if field == "terms" else "pattern"
                    findings.append(LintFinding(
                        "vocabulary", level, Message(
                            f"{what_de} {claim!r} wird von zwei Einträgen beansprucht: '{other[0]}' "
                            f"(Zeile {other[1]}) und '{owner[0]}'",
                            f"{what_en} {claim!r} is claimed by two entries: '{other[0]}' "
                            f"(line {other[1]}) and '{owner[0]}'"),
                        path, owner[1], locator.column(path, owner[1], field), None,
                        (Related(None, path, other[1]),)))
                    break
                seen.append(owner)
    return findings


# --------------------------------------------------------------------------------------------
# Semantic checks


def _exclusive(rule: Rule) -> bool:
    return rule.kind == "reserved" or (rule.kind == "assigned" and rule.exclusive)


def _statute(rule: Rule) -> bool:
    return rule.municipality is None


class _Context:
    """What the semantic checks share: rules, their compiled conditions, worlds and labels."""

    def __init__(self, rules: Sequence[Rule], private_forms: frozenset[str],
                 profiles: Sequence[Profile], labels: Mapping[str, Message], locator: _Locator) -> None:
        self.rules = sorted(rules, key=lambda r: r.id)
        self.private_forms = frozenset(private_forms)
        self.labels = dict(labels)
        self.locator = locator
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


def _validity_within(inner: Rule, outer: Rule) -> bool:
    if inner.valid.start < outer.valid.start:
        return False
    if outer.valid.end is None:
        return True
    return inner.valid.end is not None and inner.valid.end <= outer.valid.end


def _compatible(a: Rule, b: Rule) -> bool:
    return (a.land == b.land and _overlap(a, b) is not None
            and (a.municipality is None or b.municipality is None or a.municipality == b.municipality))


def _check_references(ctx: _Context) -> list[LintFinding]:
    out = []
    for rule in ctx.rules:
        for number, ref in enumerate(rule.references, 1):
            label = ref.cite()
            if not ref.section:
                out.append(_finding("citation", ctx.locator, rule, Message(
                    f"Fundstelle {number} ({label}) nennt keinen § / Art.; bitte die Vorschrift genau "
                    "zitieren (section, paragraph, sentence, letter)",
                    f"reference {number} ({label}) names no § / Art.; cite the provision exactly "
                    "(section, paragraph, sentence, letter)"), key="reference"))
            if not ref.text:
                out.append(_finding("quoted-text", ctx.locator, rule, Message(
                    f"Fundstelle {number} ({label}) zitiert den Normtext nicht (nur eine Anmerkung); "
                    "Juristen prüfen die Regel am Wortlaut",
                    f"reference {number} ({label}) does not quote the norm (only a note); legal "
                    "staff check the rule against the wording"), key="reference"))
    return out


_PROP_KEYS = {"amount_cents": "amount_eur", "has_amount": "amount_eur",
              "legal_form_private": "legal_form", "municipality": "kreisfrei"}


def _prop_key(prop: str) -> str:
    if prop.startswith("matter__"):
        return "matter"
    if prop.startswith("body__"):
        return "body"
    return _PROP_KEYS.get(prop, prop)


def _keep(cond: Condition, keys: set[str]) -> Condition:
    """``cond`` with every atom outside ``keys`` relaxed to true (weaker, still NNF)."""
    if isinstance(cond, Atom):
        return cond if _prop_key(cond.prop) in keys else TRUE
    return partial(type(cond)(tuple(_keep(c, keys) for c in cond.children)), {})


def _check_unreachable(ctx: _Context) -> list[LintFinding]:
    out = []
    general: dict[str, list[Rule]] = defaultdict(list)
    for rule in ctx.rules:
        if rule.kind == "general" and _statute(rule):
            general[rule.land].append(rule)
    for rule in ctx.rules:
        world = ctx.world(rule)
        try:
            witness = solve(ctx.condition(rule), world)
        except Undecided:
            continue
        if witness is None:
            out.append(_unreachable_finding(ctx, rule, world))
            continue
        if rule.kind != "general" and general.get(rule.land) and not any(
                _overlap(rule, g) for g in general[rule.land]):
            ranges = ", ".join(dict.fromkeys(_validity(g, "de") for g in general[rule.land]))
            ranges_en = ", ".join(dict.fromkeys(_validity(g, "en") for g in general[rule.land]))
            out.append(_finding("unreachable", ctx.locator, rule, Message(
                f"gilt nur {_validity(rule, 'de')}, außerhalb jeder Grundregel (general) des Landes "
                f"{rule.land} ({ranges}): an diesen Tagen deckt die Regelbasis das Land nicht ab",
                f"valid only {_validity(rule, 'en')}, outside every general rule of Land {rule.land} "
                f"({ranges_en}): the rule base does not cover the Land on those days"),
                key="valid", level=Level.WARNING))
    return out


def _unreachable_finding(ctx: _Context, rule: Rule, world: World) -> LintFinding:
    when = rule.when
    key = "when"
    de = en = None
    if when is not None:
        amounts = [a for a in atoms(when) if a.prop == "amount_cents" and isinstance(a.value, int)
                   and (a.op in ("lt", "lte", "eq") and a.value < (1 if a.op == "lt" else 0))]
        try:
            when_alone = solve(when, world)
        except Undecided:
            when_alone = {}
        if when_alone is None:
            keys = sorted({_prop_key(a.prop) for a in atoms(when)})
            culprits = []
            for k in keys:
                try:
                    if solve(_keep(when, {k}), world) is None:
                        culprits.append(k)
                except Undecided:
                    pass
            if amounts and "amount_eur" in culprits:
                de = ("die Bedingung auf amount_eur verlangt einen Betrag unter null; Beträge sind nie "
                      "negativ, die Regel kann nie greifen")
                en = "the condition on amount_eur asks for an amount below zero; amounts are never negative, so the rule never applies"
            elif culprits:
                de = (f"die Bedingungen auf {', '.join(culprits)} widersprechen sich; die Regel kann nie greifen")
                en = f"the conditions on {', '.join(culprits)} contradict each other; the rule never applies"
            else:
                de = f"die Bedingungen ({', '.join(keys)}) können nie zugleich gelten; die Regel kann nie greifen"
                en = f"the conditions ({', '.join(keys)}) can never hold together; the rule never applies"
    if de is None:
        if rule.municipality is not None and rule.municipality in ctx.kreisfrei:
            state = "kreisfrei" if ctx.kreisfrei[rule.municipality] else "kreisangehörig"
            de = (f"die Bedingungen passen nie auf die Gemeinde {rule.municipality} ({state}), für die "
                  "die Delegation gilt; die Regel kann nie greifen")
            en = (f"the conditions never fit municipality {rule.municipality} ({state}), for which the "
                  "delegation holds; the rule never applies")
        elif rule.municipality is not None:
            de = "die Bedingungen passen nie auf eine Gemeinde mit Profil (kreisfrei: unbekannt gibt es dort nicht)"
            en = "the conditions never fit a municipality with a profile (there kreisfrei is never unbekannt)"
        else:
            de = f"die Bedingungen können {_validity(rule, 'de')} nie gelten; die Regel kann nie greifen"
            en = f"the conditions can never hold {_validity(rule, 'en')}; the rule never applies"
    return _finding("unreachable", ctx.locator, rule, Message(de, en), key=key if rule.when is not None else None)


def _canon(cond: Condition | None) -> Any:
    if cond is None:
        return None
    if isinstance(cond, Atom):
        return ("atom", cond.prop, cond.op, repr(cond.value))
    return (type(cond).__name__, tuple(sorted((_canon(c) for c in cond.children), key=repr)))


def _version_groups(rules: Sequence[Rule]) -> tuple[list[list[Rule]], list[list[Rule]]]:
    by_name: dict[tuple, list[Rule]] = defaultdict(list)
    by_content: dict[tuple, list[Rule]] = defaultdict(list)
    for rule in rules:
        prefix, _, last = rule.id.rpartition(".")
        match = _VERSION_SUFFIX.match(last)
        if match:
            by_name[(prefix, match.group("base"))].append(rule)
        by_content[(rule.land, rule.municipality, rule.kind, _canon(rule.when), tuple(sorted(rule.competent)),
                    rule.exclusive)].append(rule)
    for rule in rules:
        prefix, _, last = rule.id.rpartition(".")
        if (prefix, last) in by_name and rule not in by_name[(prefix, last)]:
            by_name[(prefix, last)].append(rule)
    named = [g for g in by_name.values() if len(g) > 1]
    content = [g for g in by_content.values() if len(g) > 1]
    return named, content


def _check_versions(ctx: _Context) -> list[LintFinding]:
    out = []
    named, content = _version_groups(ctx.rules)
    reported: set[tuple[str, str]] = set()
    for group in named + content:
        ordered = sorted(group, key=lambda r: (r.valid.start, r.id))
        for i, a in enumerate(ordered):
            for b in ordered[i + 1:]:
                span = _overlap(a, b)
                if span is None or (a.id, b.id) in reported:
                    continue
                reported.add((a.id, b.id))
                out.append(_finding("version-overlap", ctx.locator, b, Message(
                    f"{b.id} ({_validity(b, 'de')}) und {a.id} ({_validity(a, 'de')}) sind Fassungen "
                    f"derselben Regel und gelten beide {_span(*span, 'de')}; die ältere braucht ein "
                    "'until' am Tag vor dem Beginn der neueren",
                    f"{b.id} ({_validity(b, 'en')}) and {a.id} ({_validity(a, 'en')}) are versions of "
                    f"the same rule and both apply {_span(*span, 'en')}; the older one needs an 'until' "
                    "the day before the newer one starts"), key="valid", related=[a]))
    for group in named:
        ordered = sorted(group, key=lambda r: (r.valid.start, r.id))
        for a, b in itertools.pairwise(ordered):
            if a.valid.end is not None and b.valid.start > a.valid.end + _DAY and _overlap(a, b) is None:
                hole = (a.valid.end + _DAY, b.valid.start - _DAY)
                out.append(_finding("version-gap", ctx.locator, b, Message(
                    f"zwischen {a.id} (bis {a.valid.end}) und {b.id} (ab {b.valid.start}) gilt "
                    f"{_span(*hole, 'de')} keine Fassung",
                    f"between {a.id} (until {a.valid.end}) and {b.id} (from {b.valid.start}) no "
                    f"version applies {_span(*hole, 'en')}"), key="valid", related=[a]))
    return out


def _check_conflicts(ctx: _Context) -> list[LintFinding]:
    out = []
    exclusive = [r for r in ctx.rules if _exclusive(r)]
    for i, a in enumerate(exclusive):
        for b in exclusive[i + 1:]:
            if set(a.competent) == set(b.competent) or not _compatible(a, b):
                continue
            world = ctx.world(a if a.municipality else b, single=True)
            try:
                witness = solve(All((ctx.condition(a), ctx.condition(b))), world)
            except Undecided:
                out.append(_finding("conflict", ctx.locator, a, Message(
                    f"{a.id} und {b.id} könnten sich widersprechen (die Prüfung war zu aufwendig)",
                    f"{a.id} and {b.id} may conflict (the check ran out of budget)"),
                    key="competent", level=Level.WARNING, related=[b]))
                continue
            if witness is None:
                continue
            wde, wen = _witness_message(witness, ctx.labels)
            out.append(_finding("conflict", ctx.locator, a, Message(
                f"{a.id} ({_bodies(a, 'de')}) und {b.id} ({_bodies(b, 'de')}) geben verschiedenen "
                f"Organen ausschließliche Zuständigkeit für dieselben Punkte{wde}; jede schließt das "
                "Organ der anderen aus",
                f"{a.id} ({_bodies(a, 'en')}) and {b.id} ({_bodies(b, 'en')}) give different bodies "
                f"exclusive competence for the same items{wen}; each shuts out the other's body"),
                key="competent", related=[b], example=witness))
    return out


def _check_delegation_overlap(ctx: _Context) -> list[LintFinding]:
    """Two delegations of one profile whose conditions hold on the same item on the same day:
    for different bodies the profile contradicts itself (which body decides?); for the same body
    one of them is redundant. Outside-the-limit companions are left out (they never grant)."""
    out = []
    grants = [r for r in ctx.rules if r.kind == "delegation" and r.limit_side != "outside"]
    for i, a in enumerate(grants):
        for b in grants[i + 1:]:
            if a.municipality != b.municipality or not _compatible(a, b):
                continue
            try:
                witness = solve(All((ctx.condition(a), ctx.condition(b))), ctx.world(a, single=True))
            except Undecided:
                continue
            if witness is None:
                continue
            wde, wen = _witness_message(witness, ctx.labels)
            if set(a.competent) == set(b.competent):
                out.append(_finding("delegation-overlap", ctx.locator, a, Message(
                    f"{a.id} und {b.id} übertragen {_bodies(a, 'de')} dieselben Punkte{wde}; eine der "
                    "beiden ist überflüssig oder ihre Bedingungen sind zu weit",
                    f"{a.id} and {b.id} delegate the same items to {_bodies(a, 'en')}{wen}; one of them "
                    "is redundant or their conditions are too wide"),
                    key="when", level=Level.WARNING, related=[b], example=witness))
                continue
            out.append(_finding("delegation-overlap", ctx.locator, a, Message(
                f"{a.id} ({_bodies(a, 'de')}) und {b.id} ({_bodies(b, 'de')}) übertragen dieselben Punkte "
                f"verschiedenen Organen{wde}; die Satzung grenzt sie gewiss ab (Angelegenheit, Wertgrenze) "
                "– die Bedingungen des Profils sollten das auch tun",
                f"{a.id} ({_bodies(a, 'en')}) and {b.id} ({_bodies(b, 'en')}) delegate the same items to "
                f"different bodies{wen}; the statute surely tells them apart (matter, value limit) - the "
                "profile's conditions should too"),
                key="when", related=[b], example=witness))
    return out


def _check_land_bodies(profiles: Sequence[Profile], locator: _Locator) -> list[LintFinding]:
    out = []
    for profile in profiles:
        muni = profile.municipality
        seen: set[tuple[str, str]] = set()
        for body in muni.bodies:
            for kind in body.kinds:
                if (body.key or body.name, kind) in seen or not _foreign(kind, muni.land, muni.kreisfrei):
                    continue
                seen.add((body.key or body.name, kind))
                data = locator._load(profile.path)
                line = 1
                if isinstance(data, LineDict) and isinstance(data.get("bodies"), LineDict):
                    line = data["bodies"].line_of(body.key) if body.key in data["bodies"] else data.line_of("bodies")
                why = _FOREIGN_KINDS[kind]
                out.append(LintFinding("land-body", CHECKS["land-body"][0], Message(
                    f"Gremium {body.key or body.name} ({body.name}) hat die Art {kind}: {why.de}; "
                    f"{muni.name} liegt in {muni.land.upper()}" + ("" if muni.kreisfrei else ", kreisangehörig"),
                    f"body {body.key or body.name} ({body.name}) has the kind {kind}: {why.en}; "
                    f"{muni.name} is in {muni.land.upper()}" + ("" if muni.kreisfrei else ", not kreisfrei")),
                    profile.path, line, locator.column(profile.path, line, body.key)))
    return out


def _named_matters(cond: Condition | None) -> list[str]:
    if cond is None:
        return []
    return sorted({a.prop[len("matter__"):] for a in atoms(cond)
                   if a.prop.startswith("matter__") and a.op == "eq" and a.value is True})


def _check_void_delegations(ctx: _Context) -> list[LintFinding]:
    out = []
    for d in ctx.rules:
        if d.kind != "delegation":
            continue
        reserved = [s for s in ctx.rules if _exclusive(s) and s.certainty == "settled" and _statute(s)
                    and _compatible(d, s)]
        if not reserved:
            continue
        cd = ctx.condition(d)
        named = _named_matters(d.when)
        clause = f"{d.id} ({_cite(d)})"
        try:
            for matter in named:
                world = attrs.evolve(ctx.world(d), exact_matters=frozenset({matter}))
                hits = [(s, solve(All((cd, ctx.condition(s))), world)) for s in reserved]
                hits = [(s, w) for s, w in hits if w is not None]
                if not hits:
                    continue
                rest = solve(All((cd, negate(Any_(tuple(ctx.condition(s) for s, _ in hits))))), world)
                norms = "; ".join(f"{_cite(s)} ({s.id})" for s, _ in hits)
                span = _overlap(d, hits[0][0])
                label = ctx.labels.get(matter)
                shown_de = f"„{label.de}“ ({matter})" if label else matter
                shown_en = f"\"{label.en}\" ({matter})" if label else matter
                if rest is None:
                    out.append(_finding("void-delegation", ctx.locator, d, Message(
                        f"die örtliche Delegation {clause} überträgt die Angelegenheit {shown_de}, die "
                        f"{norms} dem Rat vorbehält ({_span(*span, 'de')}); die Delegation ist "
                        "unwirksam und bleibt bei der Prüfung außer Betracht (core.delegation-void)",
                        f"the local delegation {clause} delegates the matter {shown_en}, which {norms} "
                        f"reserves to the council ({_span(*span, 'en')}); the delegation is void and "
                        "ignored when checking (core.delegation-void)"),
                        related=[s for s, _ in hits], example=hits[0][1]))
                else:
                    wde, wen = _witness_message(hits[0][1], ctx.labels)
                    out.append(_finding("void-delegation", ctx.locator, d, Message(
                        f"die örtliche Delegation {clause} überträgt die Angelegenheit {shown_de} auch "
                        f"dort, wo {norms} sie dem Rat vorbehält{wde}; insoweit ist sie unwirksam "
                        "(core.delegation-void) – die Bedingungen der Delegation sollten den Vorbehalt "
                        "ausnehmen",
                        f"the local delegation {clause} delegates the matter {shown_en} also where "
                        f"{norms} reserves it to the council{wen}; to that extent it is void "
                        "(core.delegation-void) — its conditions should leave the reserved cases out"),
                        level=Level.WARNING, related=[s for s, _ in hits], example=hits[0][1]))
            world = ctx.world(d, single=True)
            unnamed = []
            for s in reserved:
                witness = solve(All((cd, ctx.condition(s))), world)
                if witness is None:
                    continue
                if any(witness.get(f"matter__{m}") is True for m in named):
                    continue
                unnamed.append((s, witness))
            if unnamed:
                norms = "; ".join(f"{_cite(s)} ({s.id})" for s, _ in unnamed[:5])
                more = len(unnamed) - 5
                norms += (f" und {more} weitere" if more > 0 else "")
                norms_en = norms.replace(" und ", " and ").replace(" weitere", " more")
                wde, wen = _witness_message(unnamed[0][1], ctx.labels)
                out.append(_finding("void-delegation", ctx.locator, d, Message(
                    f"die örtliche Delegation {clause} erfasst auch Angelegenheiten, die dem Rat "
                    f"vorbehalten sind: {norms}{wde}; insoweit ist sie unwirksam (core.delegation-void)",
                    f"the local delegation {clause} also covers matters reserved to the council: "
                    f"{norms_en}{wen}; to that extent it is void (core.delegation-void)"),
                    level=Level.WARNING, related=[s for s, _ in unnamed], example=unnamed[0][1]))
        except Undecided:
            out.append(_finding("void-delegation", ctx.locator, d, Message(
                f"ob die örtliche Delegation {clause} eine vorbehaltene Angelegenheit überträgt, ließ "
                "sich nicht entscheiden (zu aufwendig)",
                f"whether the local delegation {clause} delegates a reserved matter could not be "
                "decided (too costly)"), level=Level.WARNING))
    return out


def _grant_group(rule: Rule) -> str | None:
    if rule.kind in ("general", "delegation") or (rule.kind == "assigned" and not rule.exclusive):
        return "grant"
    if _exclusive(rule):
        return "exclusive"
    if rule.kind in ("urgency", "delegable"):
        return rule.kind
    return None


def _order(rule: Rule) -> tuple[int, str]:
    return (decision_rank(rule.kind), rule.id)


def _dominates(s: Rule, r: Rule) -> str | None:
    """Why ``s`` wins over ``r`` on every item on which both apply (the resolver's order), or None.

    Sound, not complete: only the cases in which ``s`` alone decides before ``r`` whatever else
    matches and whichever body the item names.
    """
    gs, gr = _grant_group(s), _grant_group(r)
    if gs is None or gr is None:
        return None
    same_bodies = set(s.competent) >= set(r.competent) and (s.kind == "delegation") == (r.kind == "delegation")
    if gs == "exclusive" and s.certainty == "settled" and gr in ("grant", "delegable") and r.kind != "delegation":
        return "exclusive"
    if gs == gr == "exclusive" and set(s.competent) == set(r.competent) and _order(s) < _order(r) and (
            s.certainty == "settled" or r.certainty == "uncertain"):
        return "same"
    if gs == gr == "grant" and same_bodies and (
            (s.certainty == "settled" and r.certainty == "uncertain")
            or (s.certainty == r.certainty and _order(s) < _order(r))):
        return "same"
    if gr == "delegable" and gs == "grant" and same_bodies:
        return "grant"
    if gs == gr == "delegable" and same_bodies and _order(s) < _order(r):
        return "same"
    if gs == gr == "urgency" and same_bodies and (
            (s.certainty == "settled" and r.certainty == "uncertain")
            or (s.certainty == r.certainty and _order(s) < _order(r))):
        return "same"
    return None


def _check_overridden(ctx: _Context) -> list[LintFinding]:
    out = []
    for r in ctx.rules:
        if r.kind == "caution":
            continue
        for s in ctx.rules:
            if s is r or s.land != r.land or s.municipality not in (None, r.municipality):
                continue
            if not _validity_within(r, s):
                continue
            why = _dominates(s, r)
            if why is None:
                continue
            try:
                world = ctx.world(r)
                if solve(All((ctx.condition(r), negate(ctx.condition(s)))), world) is not None:
                    continue
                if solve(ctx.condition(r), world) is None:
                    continue
            except Undecided:
                continue
            reason_de = {"exclusive": "sie schließt als ausschließliche Regel jede andere Zuweisung aus",
                         "same": "sie steht in der Rangfolge des Auflösers vor ihr und nennt dieselben Organe",
                         "grant": "sie macht dieselben Organe zuständig, ohne dass eine Delegation nötig ist"}[why]
            reason_en = {"exclusive": "as an exclusive rule it shuts out every other assignment",
                         "same": "it comes first in the resolver's order and names the same bodies",
                         "grant": "it makes the same bodies competent without a delegation"}[why]
            out.append(_finding("overridden", ctx.locator, r, Message(
                f"{r.id} entscheidet nie: wann immer sie greift, greift auch {s.id} ({_cite(s)}) und "
                f"geht vor – {reason_de}. Zusammenlegen (zweite Fundstelle) oder die Bedingungen "
                "abgrenzen",
                f"{r.id} never decides: whenever it applies, {s.id} ({_cite(s)}) applies too and takes "
                f"precedence — {reason_en}. Merge them (a second reference) or tell their conditions "
                "apart"), related=[s]))
            break
    return out


def _check_gaps(ctx: _Context, matters: Sequence[str]) -> list[LintFinding]:
    out = []
    lands = sorted({r.land for r in ctx.rules if _statute(r)})
    for land in lands:
        statute = [r for r in ctx.rules if r.land == land and _statute(r)]
        general = [r for r in statute if r.kind == "general"]
        anchor = general[0] if general else statute[0]
        if not general:
            out.append(_finding("gap", ctx.locator, anchor, Message(
                f"Land {land} hat {len(statute)} Regeln, aber keine Grundregel (general, "
                "Allzuständigkeit): jede Angelegenheit, die keine andere Regel entscheidet, bleibt ohne "
                "zuständiges Organ; als abgedeckter Zeitraum gilt der ab der frühesten Regel",
                f"Land {land} has {len(statute)} rules but no general rule (general competence): every "
                "matter no other rule decides has no competent body; the covered range is taken from "
                "its earliest rule")))
        scope = general or statute
        start = min(r.valid.start for r in scope)
        end = None if any(r.valid.end is None for r in scope) else max(r.valid.end for r in scope)  # type: ignore[type-var]
        deciding = [r for r in statute if r.kind in _DECIDING_KINDS]
        points = {start}
        for r in deciding:
            points.add(r.valid.start)
            if r.valid.end is not None:
                points.add(r.valid.end + _DAY)
        cuts = sorted(p for p in points if p >= start and (end is None or p <= end))
        segments = [(a, (b - _DAY) if b is not None else end) for a, b in zip(cuts, cuts[1:] + [None])]
        negations = [(r, negate(ctx.condition(r))) for r in deciding]
        # Per date segment: the matters some item of which no deciding rule covers; consecutive
        # segments with the same matters become one finding.
        runs: list[tuple[dt.date, dt.date | None, tuple[str, ...], dict]] = []
        undecided: list[str] = []
        for seg_start, seg_end in segments:
            number = date_number(seg_start)
            live = [n for r, n in negations if r.valid.covers(seg_start)]
            missing: list[str] = []
            example: dict = {}
            for matter in matters:
                world = World(ctx.private_forms, exact_matters=frozenset({matter})).with_fixed(
                    land=land, date=number)
                try:
                    witness = solve(All(tuple(live)), world)
                except Undecided:
                    undecided.append(matter)
                    continue
                if witness is not None:
                    missing.append(matter)
                    example = example or witness
            if not missing:
                continue
            key = tuple(missing)
            if runs and runs[-1][2] == key and runs[-1][1] is not None and runs[-1][1] + _DAY == seg_start:
                runs[-1] = (runs[-1][0], seg_end, key, runs[-1][3])
            else:
                runs.append((seg_start, seg_end, key, example))
        for seg_start, seg_end, missing, witness in runs:
            shown = {k: v for k, v in witness.items() if not k.startswith("matter__") and k != "land"}
            wde, wen = _witness_message(shown, ctx.labels)
            if len(missing) == len(matters):
                out.append(_finding("gap", ctx.locator, anchor, Message(
                    f"Land {land}: {_span(seg_start, seg_end, 'de')} entscheidet keine Regel über die "
                    "Zuständigkeit, für keine Angelegenheit",
                    f"Land {land}: {_span(seg_start, seg_end, 'en')} no rule decides competence, for "
                    "any matter"), example=witness))
                continue
            if len(missing) == 1:
                matter = missing[0]
                label = ctx.labels.get(matter)
                out.append(_finding("gap", ctx.locator, anchor, Message(
                    f"Land {land}: für die Angelegenheit {matter}"
                    + (f" („{label.de}“)" if label else "")
                    + f" entscheidet {_span(seg_start, seg_end, 'de')} keine Regel über die Zuständigkeit{wde}",
                    f"Land {land}: no rule decides competence for the matter {matter}"
                    + (f" (\"{label.en}\")" if label else "")
                    + f" {_span(seg_start, seg_end, 'en')}{wen}"), example=witness))
                continue
            listed = ", ".join(missing[:8]) + (", …" if len(missing) > 8 else "")
            out.append(_finding("gap", ctx.locator, anchor, Message(
                f"Land {land}: {_span(seg_start, seg_end, 'de')} entscheidet für {len(missing)} von "
                f"{len(matters)} Angelegenheiten keine Regel über die Zuständigkeit: {listed}{wde}",
                f"Land {land}: {_span(seg_start, seg_end, 'en')} no rule decides competence for "
                f"{len(missing)} of {len(matters)} matters: {listed}{wen}"), example=witness))
        for matter in sorted(set(undecided)):
            out.append(_finding("gap", ctx.locator, anchor, Message(
                f"Land {land}: ob für {matter} stets eine Regel entscheidet, ließ sich nicht prüfen (zu aufwendig)",
                f"Land {land}: whether a rule always decides {matter} could not be checked (too costly)"),
                level=Level.INFO))
    return out


def check_rules(
    rules: Sequence[Rule],
    *,
    private_forms: Iterable[str],
    matters: Sequence[str] | Mapping[str, Message] = (),
    profiles: Sequence[Profile] = (),
    checks: Iterable[str] | None = None,
    locator: _Locator | None = None,
) -> list[LintFinding]:
    """The semantic checks on loaded (or generated) rules.

    ``matters`` are the vocabulary's matter ids (a mapping gives their labels for messages);
    ``profiles`` tell each delegation's municipality whether it is kreisfrei. ``checks`` limits
    the run to some check names.
    """
    labels = dict(matters) if isinstance(matters, Mapping) else {}
    matter_ids = sorted(matters)
    ctx = _Context(rules, frozenset(private_forms), profiles, labels, locator or _Locator(profiles))
    wanted = set(checks) if checks is not None else set(CHECKS)
    out: list[LintFinding] = []
    if {"citation", "quoted-text"} & wanted:
        out += [f for f in _check_references(ctx) if f.check in wanted]
    if "unreachable" in wanted:
        out += _check_unreachable(ctx)
    if {"version-overlap", "version-gap"} & wanted:
        out += [f for f in _check_versions(ctx) if f.check in wanted]
    if "conflict" in wanted:
        out += _check_conflicts(ctx)
    if "void-delegation" in wanted:
        out += _check_void_delegations(ctx)
    if "delegation-overlap" in wanted:
        out += _check_delegation_overlap(ctx)
    if "land-body" in wanted:
        out += _check_land_bodies(profiles, ctx.locator)
    if "overridden" in wanted:
        out += _check_overridden(ctx)
    if "gap" in wanted and matter_ids:
        out += _check_gaps(ctx, matter_ids)
    return sorted(out, key=LintFinding.sort_key)


# --------------------------------------------------------------------------------------------
# Running over files


def _base_of(path: Path) -> Path | None:
    for candidate in [path, *path.parents] if path.is_dir() else list(path.parents):
        if (candidate / "vocab").is_dir():
            return candidate
    return None


def _is_profile(path: Path) -> bool:
    try:
        data = load_yaml_file(path)
    except RuleFileError:
        return "municipalities" in path.parts
    return isinstance(data, dict) and "municipality" in data


def _yaml_files(directory: Path) -> list[Path]:
    return sorted(p for p in directory.rglob("*.yaml") if p.is_file())


def lint_base(base: Path, extra_profiles: Sequence[Path] = ()) -> LintReport:
    """Lint the rule base under ``base`` (and ``extra_profiles`` loaded on top of it)."""
    findings: list[LintFinding] = []
    locator = _Locator()
    files = 0
    try:
        vocabulary = load_vocabulary(base / "vocab")
    except BeschlussRulesError as exc:
        findings.append(_schema_finding(exc, locator, str(base / "vocab")))
        findings.append(LintFinding("schema", Level.INFO, Message(
            "Vokabular fehlerhaft: die inhaltlichen Prüfungen entfallen",
            "vocabulary broken: the semantic checks are skipped"), str(base / "vocab"), 1, 1))
        return LintReport(tuple(sorted(findings, key=LintFinding.sort_key)), str(base), 0, 0, 1)
    findings += check_vocabulary_files(base / "vocab", locator)
    rules: list[Rule] = []
    profiles: list[Profile] = []
    paths = [p for p in _yaml_files(base) if p.relative_to(base).parts[0] != "vocab"]
    for path in paths:
        files += 1
        if path.relative_to(base).parts[0] == "municipalities":
            try:
                profiles.append(load_profile(path, vocabulary))
            except RuleFileError as exc:
                findings += [_schema_finding(e, locator, str(path)) for e in _profile_problems(path, vocabulary, exc)]
            continue
        problems = _rule_file_problems(base, path, vocabulary)
        if problems:
            findings += [_schema_finding(e, locator, str(path)) for e in problems]
            continue
        from ..rulebase.loader import load_rule_file

        rules.append(load_rule_file(base, path, vocabulary))
    for extra in extra_profiles:
        files += 1
        try:
            profile = load_profile(extra, vocabulary)
        except RuleFileError as exc:
            findings += [_schema_finding(e, locator, str(extra)) for e in _profile_problems(extra, vocabulary, exc)]
            continue
        profiles = [p for p in profiles if p.municipality.ags != profile.municipality.ags] + [profile]
    seen: dict[str, str] = {}
    for profile in profiles:
        ags = profile.municipality.ags
        if ags in seen:
            findings.append(LintFinding("schema", Level.ERROR, Message(
                f"zwei Profile für AGS {ags} (auch {seen[ags]})", f"two profiles for AGS {ags} (also {seen[ags]})"),
                profile.path, 1, 1, None, (Related(None, seen[ags], 1),)))
            continue
        seen[ags] = profile.path
        rules.extend(profile.delegations)
    locator = _Locator(profiles)
    labels = {m.id: m.label for m in vocabulary.matters.values()}
    findings += check_rules(rules, private_forms=vocabulary.private_forms, matters=labels,
                            profiles=profiles, locator=locator)
    return LintReport(tuple(sorted(findings, key=LintFinding.sort_key)), str(base), len(rules),
                      len(profiles), files)


def lint_paths(paths: Sequence[str | os.PathLike[str]] = (), *, rules_dir: str | os.PathLike[str] | None = None
               ) -> LintReport:
    """Lint what ``paths`` name: a rule base directory, files or folders inside one, or municipality
    profiles outside any rule base (linted on top of ``rules_dir`` or the shipped rule base).

    Findings are limited to the files named (and to findings that relate to them).
    """
    if not paths:
        base = Path(rules_dir) if rules_dir else default_rules_dir()
        return lint_base(base.resolve())
    bases: dict[Path, list[Path]] = defaultdict(list)
    extra: list[Path] = []
    for raw in paths:
        path = Path(raw).resolve()
        if not path.exists():
            raise UsageError(f"{raw}: no such file or directory", message_de=f"{raw}: Datei oder Verzeichnis fehlt")
        base = _base_of(path)
        if base is None:
            if path.is_file() and _is_profile(path):
                extra.append(path)
                continue
            raise UsageError(
                f"{raw} is not inside a rule base (no vocab/ directory above it) and is not a municipality profile",
                message_de=f"{raw} liegt in keiner Regelbasis (kein vocab/ darüber) und ist kein Gemeindeprofil")
        bases[base].append(path)
    if extra:
        base = Path(rules_dir).resolve() if rules_dir else default_rules_dir().resolve()
        bases[base].extend(extra)
    findings: list[LintFinding] = []
    rules = profiles = files = 0
    roots = []
    for base, targets in sorted(bases.items()):
        report = lint_base(base, [t for t in targets if t in extra])
        roots.append(str(base))
        rules += report.rules
        profiles += report.profiles
        files += report.files

        def wanted(path: str, targets=targets) -> bool:
            p = Path(path).resolve()
            return any(p == t or t in p.parents for t in targets)

        findings += [f for f in report.findings
                     if wanted(f.path) or any(wanted(r.path) for r in f.related)]
    return LintReport(tuple(sorted(findings, key=LintFinding.sort_key)), os.pathsep.join(roots), rules,
                      profiles, files)


# --------------------------------------------------------------------------------------------
# Output


def _relative(path: str) -> str:
    try:
        rel = os.path.relpath(path)
    except ValueError:
        return path
    return path if rel.startswith("..") else rel


def render_text(report: LintReport, lang: str = "de") -> str:
    lines = [f"{_relative(f.path)}:{f.line}:{f.column}: {f.level.value} {f.id} {f.message.get(lang)}"
             for f in report.findings]
    errors, warnings = report.count(Level.ERROR), report.count(Level.WARNING)
    if lang == "de":
        lines.append(f"{errors} Fehler, {warnings} Warnungen; geprüft: {report.rules} Regeln, "
                     f"{report.profiles} Gemeindeprofile, {report.files} Dateien.")
    else:
        lines.append(f"{errors} errors, {warnings} warnings; checked: {report.rules} rules, "
                     f"{report.profiles} municipality profiles, {report.files} files.")
    return "\n".join(lines) + "\n"


def render_json(report: LintReport, lang: str = "de") -> str:
    data = {
        "schema": "beschluss-rules/lint/v1",
        "findings": [f.to_json(lang, _relative) for f in report.findings],
        "summary": {
            "errors": report.count(Level.ERROR),
            "warnings": report.count(Level.WARNING),
            "infos": report.count(Level.INFO),
            "rules": report.rules,
            "profiles": report.profiles,
            "files": report.files,
        },
    }
    return json.dumps(data, ensure_ascii=False, indent=2, sort_keys=True) + "\n"

"""Waivers: findings a lawyer has looked at and accepted, with the reason written down.

A finding such as "Haupt- und Finanzausschuss darf nur entscheiden, wenn der Rat die
Angelegenheit übertragen hat" can be right in law and still acceptable for one paper — the
delegation exists, in a council decision the rule base does not know. A waiver records that
decision next to the papers, like conftest's exceptions or a linter's ignore file, but never
silently:

- a waived finding does not fail the run, but every report shows it, with its reason, and counts
  it separately ("2 Papiere, 1 Fehler, 1 ausgenommen");
- a waiver names exactly one rule id, one paper and one item (Beschlusspunkt), and must give a
  ``reason``; an ``expires`` date makes it lapse, ``by`` says who decided;
- an expired waiver no longer applies and is itself a warning (``core.waiver-expired``); a waiver
  that matches no finding of a paper that was checked is a warning (``core.waiver-unused``), as
  is one whose paper does not exist any more.

The waiver file (YAML, default ``.beschluss-rules-waivers.yaml`` beside the configuration file,
else in the working directory; ``--waivers FILE`` or the ``waivers`` configuration key)::

    waivers:
      - rule: nw.go.41-2-uebertragung
        paper: vorlagen/2024-017-vergabe.md     # relative to this file; globs allowed
        item: 1
        reason: Übertragung durch Ratsbeschluss vom 05.02.2024 (Vorlage 2024/003).
        expires: 2024-12-31                      # optional
        by: Rechtsamt, Dr. Beispiel              # optional

Front matter: a paper's own YAML front matter may carry the same list under ``waivers:`` (without
``paper``; it is the paper itself). :func:`waivers_from_front_matter` reads it; the check run calls
it for every paper whose ``Paper.front_matter`` (set by the Markdown reader) is a mapping.

"Expired" is judged against today's date — the only use of the clock in this tool, because a
waiver's expiry is about when the acknowledgement was given, not about the law in force. Set
``SOURCE_DATE_EPOCH`` (seconds since 1970, as for reproducible builds) to fix "today".
"""

from __future__ import annotations

import datetime as dt
import glob
import os
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

import attrs

from ..errors import RuleFileError, did_you_mean, shorten
from ..model import WAIVABLE_FINDINGS, Finding, FindingId, Level, Message, PaperResult
from ..rulebase.fields import Where, as_date, as_int, as_list, as_map, as_str, check_keys
from ..rulebase.yamlfile import LineDict, load_yaml_file
from ..text.globs import path_matches

__all__ = [
    "BUILTIN_RULE_IDS",
    "WAIVER_FILE",
    "Waiver",
    "WaiverOutcome",
    "WaiverStatus",
    "apply_waivers",
    "load_waiver_file",
    "today",
    "waivers_from_front_matter",
]

WAIVER_FILE = ".beschluss-rules-waivers.yaml"
_KEYS = ("rule", "paper", "item", "reason", "expires", "by")

#: Finding ids the checker itself produces (not from rule files) that waivers may name.
BUILTIN_RULE_IDS = WAIVABLE_FINDINGS


def _anchored(path: str) -> str:
    """An absolute path as an anchored gitignore pattern or path: ``/``-separated, one leading ``/``."""
    return "/" + path.replace(os.sep, "/").lstrip("/")


def today() -> dt.date:
    """Today's date (UTC), or the date of ``SOURCE_DATE_EPOCH`` when that is set."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
    if epoch:
        try:
            return dt.datetime.fromtimestamp(int(epoch), dt.UTC).date()
        except (ValueError, OverflowError, OSError):
            pass
    return dt.datetime.now(dt.UTC).date()


@attrs.frozen
class Waiver:
    """One acknowledged finding: ``rule`` on item ``item`` of the paper(s) ``paper`` matches.

    ``paper`` is the pattern as written, relative to ``base`` (the waiver file's directory);
    ``carrier`` is set instead for a waiver from a paper's front matter (the paper itself).
    ``source`` and ``line`` say where the waiver is written.
    """

    rule: str
    item: int
    reason: str
    source: str
    line: int
    paper: str | None = None
    expires: dt.date | None = None
    by: str | None = None
    base: str = "."
    carrier: str | None = None

    def matches_paper(self, path: str) -> bool:
        """Whether this waiver speaks of the paper at ``path`` (as given on the command line)."""
        absolute = os.path.normcase(os.path.abspath(path))
        if self.carrier is not None:
            return absolute == os.path.normcase(os.path.abspath(self.carrier))
        assert self.paper is not None
        pattern = os.path.normcase(os.path.abspath(os.path.join(self.base, self.paper)))
        if glob.has_magic(self.paper):
            # Anchored at the waiver file's folder: the pattern is made absolute, like the path.
            return path_matches((_anchored(pattern),), _anchored(absolute))
        return absolute == pattern

    def paper_exists(self) -> bool:
        if self.carrier is not None:
            return True
        assert self.paper is not None
        pattern = os.path.join(self.base, self.paper)
        if glob.has_magic(self.paper):
            return bool(glob.glob(pattern, recursive=True))
        return os.path.exists(pattern)

    def where(self) -> str:
        return f"{self.source}:{self.line}"

    def describe(self, lang: str) -> str:
        paper = self.paper if self.paper is not None else self.carrier
        if lang == "en":
            return f"{self.rule}, item {self.item} of {paper}"
        return f"{self.rule}, Punkt {self.item} von {paper}"

    def to_json(self) -> dict[str, Any]:
        return {
            "source": self.source,
            "line": self.line,
            "rule": self.rule,
            "paper": self.paper if self.paper is not None else self.carrier,
            "item": self.item,
            "reason": self.reason,
            "expires": self.expires.isoformat() if self.expires else None,
            "by": self.by,
        }


def _entries(where: Where, data: Any, *, source: str, base: str, carrier: str | None,
             known_rules: Iterable[str] | None, context: str) -> tuple[Waiver, ...]:
    known = tuple(known_rules) if known_rules is not None else None
    waivers = []
    for entry in as_list(where, data, "waivers", empty=True):
        as_map(where.inner(entry), entry, "waivers")
        inner = Where(where.path, entry)
        required = ("rule", "item", "reason") + (("paper",) if carrier is None else ())
        allowed = _KEYS if carrier is None else tuple(k for k in _KEYS if k != "paper")
        check_keys(inner, allowed, required, context)
        rule = as_str(inner, entry["rule"], "rule").strip()
        if known is not None and rule not in known:
            raise inner.error(
                f"no rule with id {shorten(rule)}", f"keine Regel mit der Kennung {shorten(rule)}", key="rule",
                suggestion=did_you_mean(rule, known))
        item = as_int(inner, entry["item"], "item")
        if item < 1:
            raise inner.error(f"must be an item number 1, 2, ..., got {item}",
                              f"muss eine Punktnummer 1, 2, … sein, ist {item}", key="item")
        reason = as_str(inner, entry["reason"], "reason").strip()
        expires = as_date(inner, entry["expires"], "expires") if "expires" in entry else None
        by = as_str(inner, entry["by"], "by").strip() if "by" in entry else None
        paper = as_str(inner, entry["paper"], "paper").strip() if carrier is None else None
        line = inner.line() or where.line() or 1
        waivers.append(Waiver(rule=rule, item=item, reason=reason, source=source, line=line,
                              paper=paper, expires=expires, by=by, base=base, carrier=carrier))
    return tuple(waivers)


def load_waiver_file(path: str | os.PathLike[str], *, known_rules: Iterable[str] | None = None
                     ) -> tuple[Waiver, ...]:
    """Read a waiver file; every error names file, line and key (exit code 2 in the CLI).

    ``known_rules`` (rule ids of the rule base plus :data:`BUILTIN_RULE_IDS`) turns a misspelt
    rule id into an error with a "did you mean" instead of a waiver that can never match.
    """
    name = os.fspath(path)
    data = load_yaml_file(name)
    where = Where(name, data)
    if data is None:
        return ()
    if not isinstance(data, dict):
        raise RuleFileError("a waiver file is a mapping with the key 'waivers'",
                            message_de="eine Ausnahmedatei ist eine Zuordnung mit dem Schlüssel 'waivers'",
                            path=name)
    check_keys(where, ("waivers",), ("waivers",), "waiver file")
    return _entries(where, data["waivers"], source=name, base=os.path.dirname(os.path.abspath(name)),
                    carrier=None, known_rules=known_rules, context="waiver")


def waivers_from_front_matter(front_matter: Mapping[str, Any], paper_path: str, *,
                              known_rules: Iterable[str] | None = None) -> tuple[Waiver, ...]:
    """The waivers a paper's front matter declares under ``waivers:`` (hook for the Markdown
    reader: the entries are those of the waiver file without ``paper``)."""
    if not isinstance(front_matter, Mapping) or "waivers" not in front_matter:
        return ()
    where = Where(paper_path, front_matter if isinstance(front_matter, LineDict) else None)
    return _entries(where, front_matter["waivers"], source=paper_path, base=".", carrier=paper_path,
                    known_rules=known_rules, context="front matter waiver")


WaiverKey = tuple[int, int, int]
"""(paper position in the run, item position in the paper result, finding position)."""


@attrs.frozen
class WaiverStatus:
    """What became of one waiver in a run.

    ``status``: ``applied`` (it matched ``findings`` findings), ``expired``, ``unused`` (its paper
    was checked, or does not exist, and nothing matched), or ``not-checked`` (its paper was not
    part of this run, e.g. pre-commit passed only changed files). ``problem`` is the warning an
    expired or unused waiver raises.
    """

    waiver: Waiver
    status: str
    findings: int = 0
    problem: Finding | None = None

    def to_json(self, lang: str) -> dict[str, Any]:
        out = self.waiver.to_json()
        out["status"] = self.status
        out["findings"] = self.findings
        out["problem"] = None
        if self.problem is not None:
            out["problem"] = {"rule": self.problem.rule, "level": self.problem.level.value,
                              "message": self.problem.message.get(lang)}
        return out


@attrs.frozen
class WaiverOutcome:
    """Which findings are waived (by key) and what became of every waiver."""

    applied: Mapping[WaiverKey, Waiver] = attrs.field(factory=dict)
    statuses: tuple[WaiverStatus, ...] = ()

    @property
    def problems(self) -> tuple[WaiverStatus, ...]:
        return tuple(s for s in self.statuses if s.problem is not None)


def _problem(rule: str, waiver: Waiver, de: str, en: str) -> Finding:
    return Finding(rule, Level.WARNING, Message(de, en), (), waiver.line, 1)


def apply_waivers(results: Sequence[PaperResult], waivers: Sequence[Waiver], *,
                  on: dt.date | None = None) -> WaiverOutcome:
    """Match waivers to findings: rule id, paper and item number must all agree.

    ``on`` is the date expiry is judged against (default: :func:`today`).
    """
    day = on or today()
    applied: dict[WaiverKey, Waiver] = {}
    statuses = []
    for waiver in waivers:
        papers = [p for p, result in enumerate(results) if waiver.matches_paper(result.path)]
        if waiver.expires is not None and waiver.expires < day:
            if papers or not waiver.paper_exists():
                statuses.append(WaiverStatus(waiver, "expired", 0, _problem(
                    FindingId.WAIVER_EXPIRED, waiver,
                    f"Die Ausnahme ({waiver.describe('de')}) ist am {waiver.expires.isoformat()} "
                    "abgelaufen und gilt nicht mehr; den Befund erneut prüfen und die Ausnahme "
                    "verlängern oder entfernen.",
                    f"The waiver ({waiver.describe('en')}) expired on {waiver.expires.isoformat()} "
                    "and no longer applies; review the finding and renew or remove the waiver.")))
            else:
                statuses.append(WaiverStatus(waiver, "not-checked"))
            continue
        count = 0
        refused = 0
        for p in papers:
            for i, item_result in enumerate(results[p].items):
                if item_result.item.index != waiver.item:
                    continue
                for f, finding in enumerate(item_result.findings):
                    if finding.rule == waiver.rule and (p, i, f) not in applied:
                        if finding.level is Level.ERROR and (waiver.carrier is not None or waiver.expires is None):
                            refused += 1  # an error is waived only by the waiver file, with expiry
                            continue
                        applied[(p, i, f)] = waiver
                        count += 1
        if count:
            statuses.append(WaiverStatus(waiver, "applied", count))
        elif refused:
            statuses.append(WaiverStatus(waiver, "refused", 0, _problem(
                FindingId.WAIVER_UNUSED, waiver,
                f"Die Ausnahme ({waiver.describe('de')}) gilt nicht: einen Befund der Stufe error "
                "nimmt nur die Ausnahmedatei aus, mit Begründung und Ablaufdatum (expires), nie die "
                "Vorlage selbst.",
                f"The waiver ({waiver.describe('en')}) does not apply: an error-level finding is "
                "waived only by the waiver file, with a reason and an expiry date (expires), never "
                "by the paper itself.")))
        elif papers:
            statuses.append(WaiverStatus(waiver, "unused", 0, _problem(
                FindingId.WAIVER_UNUSED, waiver,
                f"Die Ausnahme ({waiver.describe('de')}) trifft keinen Befund (Regel, Punkt oder "
                "Vorlage geändert?); bitte entfernen.",
                f"The waiver ({waiver.describe('en')}) matches no finding (rule, item or paper "
                "changed?); please remove it.")))
        elif not waiver.paper_exists():
            statuses.append(WaiverStatus(waiver, "unused", 0, _problem(
                FindingId.WAIVER_UNUSED, waiver,
                f"Die Ausnahme ({waiver.describe('de')}) nennt eine Vorlage, die es nicht gibt; "
                "bitte entfernen oder den Pfad berichtigen.",
                f"The waiver ({waiver.describe('en')}) names a paper that does not exist; remove "
                "it or correct the path.")))
        else:
            statuses.append(WaiverStatus(waiver, "not-checked"))
    return WaiverOutcome(applied, tuple(statuses))

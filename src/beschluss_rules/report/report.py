"""Reports: the readable text report (German first), the stable JSON report, and the flat list of
findings every other format (line, SARIF, JUnit, GitHub annotations) is made from.

The JSON report's shape is versioned (``"schema": "beschluss-rules/report/v1"``): fields are
only ever added; docs/report-format.md documents every field and
``beschluss_rules/report/report-v1.schema.json`` is its JSON Schema. Every report is
deterministic: the same input gives byte-identical output (no times, no absolute paths that were
not given, keys in a fixed order).

Counting: ``errors`` and ``warnings`` count the findings that decide the exit code — item
findings, "no Beschlussvorschlag" (``core.no-proposal``, a warning) and expired or unused waivers
— *without* the waived ones, which are counted as ``waived``. Unreadable papers are counted as
``unreadable`` (they end the run with exit code 2 whatever else is found).
"""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from typing import TYPE_CHECKING, Any

import attrs

from .._version import __version__
from ..model import FindingId, ItemResult, Level, Message, PaperResult, Reference, Verdict
from ..text.spoofing import visible
from ._json import dumps_indented

if TYPE_CHECKING:
    from .waivers import Waiver, WaiverOutcome

__all__ = [
    "REPORT_SCHEMA",
    "Entry",
    "Report",
    "render_json",
    "render_report_json",
    "render_report_text",
    "render_text",
    "report_json",
    "report_schema",
    "summary",
    "summary_line",
]

REPORT_SCHEMA = "beschluss-rules/report/v1"

#: Rule ids of findings that do not come from an item: a paper without Beschlussvorschlag, a
#: paper that cannot be read.
NO_PROPOSAL = FindingId.NO_PROPOSAL
UNREADABLE = FindingId.UNREADABLE


@attrs.frozen
class Entry:
    """One finding, flattened, as the line, GitHub, SARIF and JUnit formats show it.

    ``kind`` is ``item`` (a finding on a decision item), ``paper`` (the paper as a whole: no
    Beschlussvorschlag, unreadable) or ``waiver`` (an expired or unused waiver; ``path`` is then
    the waiver file). ``paper`` is the position of the paper in the run (``None`` for waivers),
    ``item`` the item result, ``waiver`` the waiver that acknowledges this finding.
    """

    kind: str
    path: str
    line: int
    column: int
    rule: str
    level: Level
    message: Message
    references: tuple[Reference, ...] = ()
    paper: int | None = None
    item: ItemResult | None = None
    waiver: Waiver | None = None

    @property
    def waived(self) -> bool:
        return self.waiver is not None

    def text(self, lang: str) -> str:
        """The message on one line, with the citations when the message does not end in them."""
        text = " ".join(self.message.get(lang).split())
        cites = "; ".join(ref.cite() for ref in self.references)
        return f"{text} ({cites})" if cites else text


def _without_path(message: Message, path: str) -> Message:
    """Reading errors start with the file name; the line formats already say where."""
    prefix = path + ": "
    if message.de.startswith(prefix) and message.en.startswith(prefix):
        return Message(message.de[len(prefix):], message.en[len(prefix):])
    return message


def _results(value: Iterable[PaperResult]) -> tuple[PaperResult, ...]:
    return tuple(value)


@attrs.frozen
class Report:
    """Everything one run says: results, waivers, fail level, language, rule metadata.

    ``rules`` maps rule ids to the loaded rules (descriptions and norm URLs for SARIF);
    ``rule_base`` is the short content hash of the rule base.
    """

    results: tuple[PaperResult, ...] = attrs.field(converter=_results)
    lang: str = "de"
    rules: Mapping[str, Any] = attrs.field(factory=dict)
    rule_base: str | None = None
    waivers: WaiverOutcome | None = None
    fail_level: Level = Level.ERROR
    matter_labels: Mapping[str, Message] = attrs.field(factory=dict)
    #: The lowest level the finding-list formats (``line``, ``gitlab``) show; ``None``: the fail
    #: level, so that they list what fails the run (and what a waiver acknowledged at that level).
    show_level: Level | None = None
    #: Base URL of the rule catalogue site (``rules site``); SARIF links each rule to its page there.
    catalogue_url: str | None = None
    #: The width the ``text`` format wraps to (the terminal's; 100 when writing to a file or pipe).
    width: int = 100

    def waiver_for(self, paper: int, item: int, finding: int) -> Waiver | None:
        if self.waivers is None:
            return None
        return self.waivers.applied.get((paper, item, finding))

    def entries(self) -> list[Entry]:
        """Every finding in report order: per paper its own problems, then its items' findings;
        waiver problems last."""
        out: list[Entry] = []
        for p, result in enumerate(self.results):
            for error in result.errors:
                unreadable = result.paper is None
                out.append(Entry("paper", result.path, 1, 1, UNREADABLE if unreadable else NO_PROPOSAL,
                                 Level.ERROR if unreadable else Level.WARNING,
                                 _without_path(error, result.path), (), p))
            for i, item_result in enumerate(result.items):
                item = item_result.item
                for f, finding in enumerate(item_result.findings):
                    out.append(Entry(
                        "item", result.path, finding.line or item.line or 1,
                        finding.column or item.column or 1, finding.rule, finding.level,
                        finding.message, finding.references, p, item_result,
                        self.waiver_for(p, i, f)))
        if self.waivers is not None:
            for status in self.waivers.problems:
                problem = status.problem
                assert problem is not None
                out.append(Entry("waiver", status.waiver.source, problem.line or 1, 1, problem.rule,
                                 problem.level, problem.message))
        return out

    def listed(self) -> list[Entry]:
        """The entries at or above :attr:`show_level` (default: the fail level), in report order;
        a waived finding counts at the level it had before the waiver."""
        threshold = (self.show_level or self.fail_level).rank
        return [entry for entry in self.entries() if entry.level.rank >= threshold]

    def counts(self) -> dict[str, int]:
        return summary(self.results, self.waivers)

    def failing(self) -> bool:
        """Whether a finding that is not waived reaches the fail level (unreadable papers aside:
        they make the run exit with 2)."""
        return any(e.level.rank >= self.fail_level.rank and not e.waived and e.rule != UNREADABLE
                   for e in self.entries())

    @property
    def unreadable(self) -> bool:
        return any(r.errors and r.paper is None for r in self.results)

_VERDICT_TEXT = {
    Verdict.COMPETENT: ("ZUSTÄNDIG", "COMPETENT"),
    Verdict.NOT_COMPETENT: ("NICHT ZUSTÄNDIG", "NOT COMPETENT"),
    Verdict.CONDITIONAL: ("BEDINGT ZUSTÄNDIG", "CONDITIONAL"),
    Verdict.UNKNOWN: ("UNBEKANNT", "UNKNOWN"),
}
_LEVEL_TEXT = {
    Level.INFO: ("Grund", "Reason"),
    Level.WARNING: ("Warnung", "Warning"),
    Level.ERROR: ("Fehler", "Error"),
}


def _finding_json(result: ItemResult, index: int, lang: str, waiver: Waiver | None) -> dict[str, Any]:
    out = result.findings[index].to_json(lang)
    if waiver is not None:
        out["waiver"] = {"reason": waiver.reason, "expires": waiver.expires.isoformat() if waiver.expires else None,
                         "by": waiver.by, "source": waiver.source, "line": waiver.line}
    return out


def _item_json(result: ItemResult, lang: str, waived: Mapping[int, Waiver] | None = None) -> dict[str, Any]:
    item = result.item
    waived = waived or {}
    return {
        "index": item.index,
        "text": item.text,
        "line": item.line,
        "column": item.column,
        "body": item.body.to_json() if item.body else None,
        "recommended_by": item.recommended_by.to_json() if item.recommended_by else None,
        "matters": list(item.matters),
        "legal_form": item.legal_form,
        "counterpart": item.counterpart,
        "amount_cents": item.amount_cents,
        "urgency": item.urgency,
        "verdict": result.verdict.value,
        "competent_bodies": list(result.competent_bodies),
        "deciding_rule": result.deciding,
        "matched_rules": list(result.matched),
        "overridden_rules": list(result.overridden),
        "findings": [_finding_json(result, f, lang, waived.get(f)) for f in range(len(result.findings))],
    }


def _waived_in(waivers: WaiverOutcome | None, paper: int, item: int) -> dict[int, Waiver]:
    if waivers is None:
        return {}
    return {f: w for (p, i, f), w in waivers.applied.items() if p == paper and i == item}


def report_json(results: Sequence[PaperResult], *, lang: str = "de", rule_base: str | None = None,
                waivers: WaiverOutcome | None = None) -> dict[str, Any]:
    """The JSON report as a dict. With ``waivers``, waived findings carry ``waiver``, the report
    lists every waiver under ``waivers`` and the summary counts ``waived``."""
    papers = []
    for p, result in enumerate(results):
        paper = result.paper
        papers.append({
            "path": result.path,
            "title": paper.title if paper else None,
            "land": paper.land if paper else None,
            "municipality": (paper.municipality.name if paper and paper.municipality
                             else (paper.municipality_name if paper else None)),
            "ags": paper.municipality.ags if paper and paper.municipality else None,
            "date": paper.date.isoformat() if paper and paper.date else None,
            "items": [_item_json(item, lang, _waived_in(waivers, p, i)) for i, item in enumerate(result.items)],
            "notes": [note.get(lang) for note in paper.notes] if paper else [],
            "errors": [error.get(lang) for error in result.errors],
        })
    out: dict[str, Any] = {
        "schema": REPORT_SCHEMA,
        "tool": {"name": "beschluss-rules", "version": __version__},
        "rule_base": rule_base,
        "papers": papers,
    }
    if waivers is not None:
        out["waivers"] = [status.to_json(lang) for status in waivers.statuses]
    out["summary"] = summary(results, waivers)
    return out


def report_schema() -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of the JSON report, shipped as package data
    (``beschluss_rules/report/report-v1.schema.json``)."""
    from importlib.resources import files

    text = files("beschluss_rules.report").joinpath("report-v1.schema.json").read_text(encoding="utf-8")
    schema: dict[str, Any] = json.loads(text)
    return schema


def render_json(results: Sequence[PaperResult], *, lang: str = "de", rule_base: str | None = None,
                waivers: WaiverOutcome | None = None) -> str:
    report = report_json(results, lang=lang, rule_base=rule_base, waivers=waivers)
    return dumps_indented(report) + "\n"


def summary(results: Sequence[PaperResult], waivers: WaiverOutcome | None = None) -> dict[str, int]:
    """Counts of papers, items, verdicts and findings (see the module docstring for what counts).

    ``waived`` is present only when waivers are in use."""
    verdicts = Counter(item.verdict.value for result in results for item in result.items)
    applied = waivers.applied if waivers is not None else {}
    levels: Counter[str] = Counter()
    waived = 0
    for p, result in enumerate(results):
        if result.paper is not None and result.errors:
            levels["warning"] += len(result.errors)
        for i, item in enumerate(result.items):
            for f, finding in enumerate(item.findings):
                if (p, i, f) in applied:
                    waived += 1
                else:
                    levels[finding.level.value] += 1
    if waivers is not None:
        for status in waivers.problems:
            assert status.problem is not None
            levels[status.problem.level.value] += 1
    out = {
        "papers": len(results),
        "unreadable": sum(1 for r in results if r.errors and r.paper is None),
        "items": sum(len(r.items) for r in results),
        "competent": verdicts.get("competent", 0),
        "conditional": verdicts.get("conditional", 0),
        "not_competent": verdicts.get("not-competent", 0),
        "unknown": verdicts.get("unknown", 0),
        "errors": levels.get("error", 0),
        "warnings": levels.get("warning", 0),
    }
    if waivers is not None:
        out["waived"] = waived
    return out


#: A citation that must stay on one line: "§ 41 Abs. 1 S. 2 lit. m GO NRW", "§§ 2, 3 GkG NRW",
#: "Art. 28 Abs. 2 GG". The paragraph sign (or "Art."), its numbers, the parts (Abs., S., Nr.,
#: lit., ...) with their numbers and the statute's abbreviation (two capitals at least, e.g.
#: GO, GemO, NKomVG, optionally a Land: NRW, BW, ...).
_CITATION = re.compile(
    r"(?:§§?|Art\.)\s*\d+[a-z]?\b"
    r"(?:(?:\s*,\s*|\s+(?:und|bis|u\.)\s+)\d+[a-z]?\b)*"
    r"(?:\s+(?:Abs\.|S\.|Satz|Nr\.|Nrn\.|lit\.|Buchst\.|Halbs\.|Hs\.|Alt\.)\s*(?:\d+[a-z]?|[a-z]|[IVX]+)\b"
    r"(?:(?:\s*,\s*|\s+(?:und|bis)\s+)(?:\d+[a-z]?|[a-z])\b)*)*"
    r"(?:\s+(?=[A-ZÄÖÜ][\w-]*[A-Z])[A-ZÄÖÜ][\w-]{1,10}(?:\s+(?:NRW|NW|BW|BY|NI|HE|SN|LSA|SH|MV|RP|BB|SL|TH)\b)?)?"
)
_GLUE = "\x1f"  # a non-breaking stand-in for a space inside a citation (textwrap splits on ASCII blanks only)


def _glue(text: str) -> str:
    """``text`` with the blanks inside citations replaced by :data:`_GLUE`."""
    return _CITATION.sub(lambda found: re.sub(r"\s+", _GLUE, found.group()), text.replace(_GLUE, " "))


#: Longer texts are wrapped by :func:`_wrap_long` (linear) instead of ``textwrap`` (quadratic in
#: the length of a word longer than a line: a 19 MiB one-line paper took 170 s, issue 12).
_TEXTWRAP_LIMIT = 4000


def _wrap(text: str, indent: str, width: int = 100) -> list[str]:
    """``text`` wrapped to ``width`` with ``indent``; never broken inside a citation or a word
    (a citation or word longer than a line overflows it instead). Control characters and
    terminal escapes from papers are shown as visible placeholders
    (:func:`~beschluss_rules.text.spoofing.visible`); a text longer than
    :data:`_TEXTWRAP_LIMIT` is wrapped in one linear pass (:func:`_wrap_long`)."""
    text = visible(text, newlines=False)
    one_line = text.rstrip(" ")
    if len(indent) + len(one_line) <= width and "\t" not in text:
        # What textwrap gives a text that fits on one line (most titles and reasons), without its
        # chunking regex: the text with its trailing blanks dropped (property-tested).
        return [indent + one_line]
    if len(text) > _TEXTWRAP_LIMIT:
        return _wrap_long(text, indent, width)
    key = (text, indent, width)
    known = _WRAPPED.get(key)
    if known is None:
        import textwrap

        lines = textwrap.wrap(_glue(text), width=width, initial_indent=indent, subsequent_indent=indent,
                              break_long_words=False)
        known = tuple(line.replace(_GLUE, " ") for line in lines) or (indent,)
        if len(_WRAPPED) >= _WRAPPED_MAX:
            _WRAPPED.clear()
        _WRAPPED[key] = known
    return list(known)


#: The texts :func:`_wrap` wrapped with ``textwrap``, by text, indent and width: a report repeats
#: the same reasons and citations for many items (a rule's message, its norm), and wrapping is
#: most of the time a text report takes. Bounded (emptied when full); a lost entry is wrapped
#: again, so threads sharing it cannot change an answer.
_WRAPPED: dict[tuple[str, str, int], tuple[str, ...]] = {}
_WRAPPED_MAX = 4096


def _wrap_long(text: str, indent: str, width: int) -> list[str]:
    """Greedy wrapping in one pass: words joined up to ``width``, longer words cut in pieces."""
    room = max(1, width - len(indent))
    lines: list[str] = []
    current: list[str] = []
    used = 0
    for word in text.split():
        if len(word) > room:
            if current:
                lines.append(indent + " ".join(current))
                current, used = [], 0
            cut = len(word) - len(word) % room if len(word) % room else len(word) - room
            lines.extend(indent + word[start:start + room] for start in range(0, cut, room))
            word = word[cut:]  # the last piece (at most a line) goes on like a word
        if current and used + 1 + len(word) > room:
            lines.append(indent + " ".join(current))
            current, used = [], 0
        used += len(word) + (1 if current else 0)
        current.append(word)
    if current:
        lines.append(indent + " ".join(current))
    return lines or [indent]


def _chain(result: ItemResult, rules: Mapping[str, Any], de: bool, width: int = 100) -> list[str]:
    """The explain view: every matched rule, what it did, and its citation."""
    lines = ["    " + ("Begründungskette (passende Regeln):" if de else "Chain of reasoning (matched rules):")]
    if not result.matched:
        lines.append("      " + ("keine Regel passt" if de else "no rule matched"))
    for rule_id in result.matched:
        rule = rules.get(rule_id)
        if rule_id == result.deciding:
            role = "entscheidet" if de else "decides"
        elif rule is not None and rule.kind == "caution":
            role = "Hinweis" if de else "caution"
        else:
            role = "nachrangig" if de else "not deciding"
        kind = f" ({rule.kind})" if rule is not None else ""
        cites = "; ".join(ref.cite() for ref in rule.references) if rule is not None else ""
        lines.extend(_wrap(f"{role:>14}: {rule_id}{kind} {cites}".rstrip(), "      ", width))
    if result.deciding is None:
        lines.append("      " + ("keine Regel entschied" if de else "no rule decided"))
    return lines


_ANSI = {"red": "\033[31m", "yellow": "\033[33m", "green": "\033[32m", "cyan": "\033[36m",
         "bold": "\033[1m", "dim": "\033[2m"}
_RESET = "\033[0m"
_VERDICT_COLOUR = {Verdict.COMPETENT: "green", Verdict.NOT_COMPETENT: "red",
                   Verdict.CONDITIONAL: "yellow", Verdict.UNKNOWN: "yellow"}
_LEVEL_COLOUR = {Level.ERROR: "red", Level.WARNING: "yellow", Level.INFO: "green"}


def _paint(text: str, colour: str | None, enabled: bool) -> str:
    if not enabled or colour is None:
        return text
    return _ANSI[colour] + text + _RESET


def _labelled(label: str, text: str, indent: str, colour: str | None, enabled: bool,
              width: int = 100) -> list[str]:
    """Wrap ``label: text`` and colour only the label (after wrapping, so widths stay right)."""
    lines = _wrap(f"{label}: {text}", indent, width)
    if enabled and colour and lines[0].startswith(indent + label + ":"):
        lines[0] = indent + _paint(label + ":", colour, True) + lines[0][len(indent) + len(label) + 1:]
    return lines


def _waiver_note(waiver: Waiver, de: bool) -> str:
    until = ""
    if waiver.expires:
        until = (f", gültig bis {waiver.expires.isoformat()}" if de
                 else f", valid until {waiver.expires.isoformat()}")
    by = f", {waiver.by}" if waiver.by else ""
    label = "Begründung der Ausnahme" if de else "Reason for the waiver"
    return f"{label}: {waiver.reason} ({waiver.where()}{by}{until})"


def summary_line(totals: Mapping[str, int], lang: str) -> str:
    """``2 Papiere, 1 Fehler, 3 Warnungen, 1 ausgenommen`` — the count pipelines print last."""
    de = lang != "en"
    papers = totals["papers"]
    if de:
        parts = [f"{papers} {'Papier' if papers == 1 else 'Papiere'}", f"{totals['errors']} Fehler",
                 f"{totals['warnings']} {'Warnung' if totals['warnings'] == 1 else 'Warnungen'}"]
        if "waived" in totals:
            parts.append(f"{totals['waived']} ausgenommen")
        if totals["unreadable"]:
            parts.append(f"{totals['unreadable']} nicht lesbar")
    else:
        parts = [f"{papers} paper{'' if papers == 1 else 's'}",
                 f"{totals['errors']} error{'' if totals['errors'] == 1 else 's'}",
                 f"{totals['warnings']} warning{'' if totals['warnings'] == 1 else 's'}"]
        if "waived" in totals:
            parts.append(f"{totals['waived']} waived")
        if totals["unreadable"]:
            parts.append(f"{totals['unreadable']} unreadable")
    return ", ".join(parts)


def render_text(results: Sequence[PaperResult], *, lang: str = "de", explain: bool = False,
                matter_labels: Mapping[str, Message] | None = None,
                rules: Mapping[str, Any] | None = None,
                waivers: WaiverOutcome | None = None, color: bool = False, width: int = 100) -> str:
    """The human report: per paper and item the body, matter, verdict, reason and citation.

    Waived findings are shown as "Ausnahme" with the waiver's reason; expired and unused waivers
    follow the papers. ``color`` adds ANSI colours (the CLI sets it only for a terminal without
    ``NO_COLOR``). ``width`` is the line width (the CLI passes the terminal's); a citation
    ("§ 41 Abs. 2 GO NRW") is never broken across lines.
    """
    de = lang != "en"
    lines: list[str] = []
    applied = waivers.applied if waivers is not None else {}
    for p, result in enumerate(results):
        paper = result.paper
        lines.append(_paint(visible(result.path, newlines=False), "bold", color))
        if paper is not None:
            if paper.title:
                lines.extend(_wrap(paper.title, "  ", width))
            where = paper.municipality.name if paper.municipality else (paper.municipality_name or "?")
            land = (paper.land or "?").upper()
            date = paper.date.isoformat() if paper.date else ("unbekannt" if de else "unknown")
            lines.extend(_wrap(f"{where} ({land}) · {'Sitzungsdatum' if de else 'session date'} {date}", "  ", width))
        for note in paper.notes if paper else ():
            lines.extend(_wrap(("Hinweis: " if de else "Note: ") + note.get(lang), "  ", width))
        for error in result.errors:
            lines.extend(_labelled("Fehler" if de else "Error", error.get(lang), "  ",
                                   "red" if paper is None else "yellow", color, width))
        for i, item_result in enumerate(result.items):
            item = item_result.item
            lines.append("")
            body = item.body.name if item.body else ("(kein Gremium erkannt)" if de else "(no body recognised)")
            if item.recommended_by is not None:
                # "Der Ortschaftsrat Durlach empfiehlt dem Gemeinderat ...": whose recommendation
                # the item is, and which body is checked (the one that will decide).
                body = (f"Empfehlung: {item.recommended_by.name}; geprüft: {body}" if de
                        else f"recommendation: {item.recommended_by.name}; checked: {body}")
            lines.extend(_wrap(f"{'Punkt' if de else 'Item'} {item.index} ({'Zeile' if de else 'line'} {item.line}): {body}",
                               "  ", width))
            lines.extend(_wrap("„" + item.text + "“" if de else '"' + item.text + '"', "    ", width))
            labels = matter_labels or {}
            matters = "; ".join(
                f"{labels[m].get(lang)} ({m})" if m in labels else m for m in item.matters
            ) or ("nicht erkannt" if de else "not recognised")
            lines.extend(_wrap(f"{'Angelegenheit' if de else 'Matter'}: {matters}", "    ", width))
            if item.legal_form != "unbekannt":
                source = f" ({item.counterpart})" if item.counterpart else ""
                lines.extend(_wrap(f"{'Rechtsform' if de else 'Legal form'}: {item.legal_form}{source}", "    ", width))
            verdict_de, verdict_en = _VERDICT_TEXT[item_result.verdict]
            verdict = _paint(verdict_de if de else verdict_en, _VERDICT_COLOUR[item_result.verdict], color)
            lines.append(f"    {'Ergebnis' if de else 'Verdict'}: {verdict} ({item_result.verdict.value})")
            for index, finding in enumerate(item_result.findings):
                label = _LEVEL_TEXT[finding.level][0 if de else 1]
                colour: str | None = _LEVEL_COLOUR[finding.level]
                if index > 0 and finding.level is not Level.ERROR:
                    label = "Hinweis" if de else "Note"
                    colour = "cyan" if finding.level is Level.WARNING else None
                waiver = applied.get((p, i, index))
                if waiver is not None:
                    label = (f"Ausnahme ({_LEVEL_TEXT[finding.level][0]})" if de
                             else f"Waived ({_LEVEL_TEXT[finding.level][1]})")
                    colour = "dim"
                lines.extend(_labelled(label, finding.message.get(lang), "    ", colour, color, width))
                cites = "; ".join(ref.cite() for ref in finding.references)
                if cites:
                    lines.extend(_wrap(f"[{finding.rule}] {cites}", "      ", width))
                else:
                    lines.append(f"      [{finding.rule}]")
                if waiver is not None:
                    lines.extend(_wrap(_waiver_note(waiver, de), "      ", width))
            if explain:
                lines.extend(_chain(item_result, rules or {}, de, width))
        lines.append("")
    problems = waivers.problems if waivers is not None else ()
    sources: dict[str, list[Any]] = {}
    for status in problems:
        sources.setdefault(status.waiver.source, []).append(status)
    for source, statuses in sources.items():
        lines.append(_paint(visible(source, newlines=False), "bold", color))
        for status in statuses:
            problem = status.problem
            assert problem is not None
            label = ("Warnung" if de else "Warning") + (f" (Zeile {problem.line})" if de else f" (line {problem.line})")
            lines.extend(_labelled(label, problem.message.get(lang), "  ", "yellow", color, width))
            lines.append(f"      [{problem.rule}]")
        lines.append("")
    totals = summary(results, waivers)
    if de:
        lines.extend(_wrap(
            f"{totals['papers']} Papier(e), {totals['items']} Punkt(e): {totals['competent']} zuständig, "
            f"{totals['conditional']} bedingt, {totals['not_competent']} nicht zuständig, "
            f"{totals['unknown']} unbekannt; {totals['unreadable']} nicht lesbar.", "", width))
    else:
        lines.extend(_wrap(
            f"{totals['papers']} paper(s), {totals['items']} item(s): {totals['competent']} competent, "
            f"{totals['conditional']} conditional, {totals['not_competent']} not competent, "
            f"{totals['unknown']} unknown; {totals['unreadable']} unreadable.", "", width))
    lines.extend(_wrap(summary_line(totals, lang) + ".", "", width))
    return "\n".join(lines) + "\n"


def render_report_text(report: Report, *, explain: bool = False, color: bool = False) -> str:
    """The ``text`` format of :class:`Report` (the format registry's entry point)."""
    return render_text(report.results, lang=report.lang, explain=explain,
                       matter_labels=report.matter_labels, rules=report.rules,
                       waivers=report.waivers, color=color, width=report.width)


def render_report_json(report: Report) -> str:
    """The ``json`` format of :class:`Report` (the format registry's entry point)."""
    return render_json(report.results, lang=report.lang, rule_base=report.rule_base,
                       waivers=report.waivers)

"""JUnit XML: one test case per (paper, item), for CI test-report views (GitLab, Jenkins, Azure).

``<testsuites>`` holds one ``<testsuite>`` per paper (``name`` = path) and one per waiver file
with problems. Per item a ``<testcase name="Punkt 1: Haupt- und Finanzausschuss"
classname="<path>" file="<path>" line="9">``; names are stable (no verdict in them) so that CI
dashboards follow a test case over time. A finding at or above the fail level (default ``error``)
that is not waived becomes a ``<failure type="<rule id>" message="…">`` with every such finding
in its text; the verdict and the other findings (lower levels, waived ones with their reasons)
go to ``<system-out>``. A paper that cannot be read is one test case with ``<error>``; a paper
without Beschlussvorschlag one test case that fails or is ``<skipped>`` depending on the fail
level (it is a warning). No timestamps, no ``time`` attributes: the output is deterministic.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Sequence

from ..model import FindingId
from .report import Entry, Report

__all__ = ["render_junit"]

_VERDICT = {"competent": "zuständig", "not-competent": "nicht zuständig", "conditional": "bedingt zuständig",
            "unknown": "unbekannt"}
# Characters XML 1.0 cannot carry (OCR'd papers contain them now and then).
_INVALID_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def _clean(text: str) -> str:
    return _INVALID_XML.sub("\ufffd", text)


def _describe(entry: Entry, lang: str) -> str:
    line = f"{entry.level.value} [{entry.rule}] {entry.text(lang)}"
    if entry.waiver is not None:
        label = "ausgenommen" if lang != "en" else "waived"
        line = f"{label}: {line} — {entry.waiver.reason} ({entry.waiver.where()})"
    return f"{entry.path}:{entry.line}:{entry.column}: {line}"


def _case(suite: ET.Element, name: str, classname: str, path: str, line: int,
          entries: Sequence[Entry], report: Report, header: str = "") -> dict[str, int]:
    lang = report.lang
    case = ET.SubElement(suite, "testcase", {"name": _clean(name), "classname": _clean(classname),
                                             "file": _clean(path), "line": str(line)})
    failing = [e for e in entries if e.waiver is None and e.level.rank >= report.fail_level.rank]
    errors = [e for e in failing if e.rule == FindingId.UNREADABLE]
    failures = [e for e in failing if e.rule != FindingId.UNREADABLE]
    counts = {"tests": 1, "failures": 0, "errors": 0, "skipped": 0}
    if errors:
        first = errors[0]
        element = ET.SubElement(case, "error", {"type": first.rule, "message": _clean(first.text(lang))})
        element.text = _clean("\n".join(_describe(e, lang) for e in errors))
        counts["errors"] = 1
    elif failures:
        first = failures[0]
        element = ET.SubElement(case, "failure", {"type": first.rule, "message": _clean(first.text(lang))})
        element.text = _clean("\n".join(_describe(e, lang) for e in failures))
        counts["failures"] = 1
    elif entries and all(e.kind == "paper" for e in entries):
        ET.SubElement(case, "skipped", {"message": _clean(entries[0].text(lang))})
        counts["skipped"] = 1
    failing_ids = {id(e) for e in failing}
    rest = [e for e in entries if id(e) not in failing_ids]
    out = [header] if header else []
    out += [_describe(e, lang) for e in rest]
    if out:
        ET.SubElement(case, "system-out").text = _clean("\n".join(out))
    return counts


def _set_counts(element: ET.Element, counts: dict[str, int]) -> None:
    for key in ("tests", "failures", "errors", "skipped"):
        element.set(key, str(counts[key]))


def render_junit(report: Report) -> str:
    lang = report.lang
    de = lang != "en"
    root = ET.Element("testsuites", {"name": "beschluss-rules"})
    total = {"tests": 0, "failures": 0, "errors": 0, "skipped": 0}
    entries = report.entries()
    suites: list[tuple[ET.Element, dict[str, int]]] = []
    for p, result in enumerate(report.results):
        suite = ET.SubElement(root, "testsuite", {"name": _clean(result.path)})
        counts = {"tests": 0, "failures": 0, "errors": 0, "skipped": 0}
        own = [e for e in entries if e.paper == p]
        paper_level = [e for e in own if e.kind == "paper"]
        if paper_level or not result.items:
            name = ("Vorlage lesen" if de else "read paper") if result.paper is None else "Beschlussvorschlag"
            for key, value in _case(suite, name, result.path, result.path, 1, paper_level, report).items():
                counts[key] += value
        for item_result in result.items:
            item = item_result.item
            body = item.body.name if item.body else ("kein Gremium erkannt" if de else "no body recognised")
            name = f"{'Punkt' if de else 'Item'} {item.index}: {body}"
            verdict = item_result.verdict.value
            header = (f"{'Ergebnis' if de else 'Verdict'}: {_VERDICT[verdict] if de else verdict} ({verdict})"
                      + (f"; {'entscheidende Regel' if de else 'deciding rule'}: {item_result.deciding}"
                         if item_result.deciding else ""))
            mine = [e for e in own if e.item is item_result]
            for key, value in _case(suite, name, result.path, result.path, item.line, mine, report,
                                    header).items():
                counts[key] += value
        suites.append((suite, counts))
    waiver_entries = [e for e in entries if e.kind == "waiver"]
    sources: dict[str, list[Entry]] = {}
    for entry in waiver_entries:
        sources.setdefault(entry.path, []).append(entry)
    for source, problems in sources.items():
        suite = ET.SubElement(root, "testsuite", {"name": _clean(source)})
        counts = {"tests": 0, "failures": 0, "errors": 0, "skipped": 0}
        for entry in problems:
            name = f"{'Ausnahme in Zeile' if de else 'waiver on line'} {entry.line}"
            for key, value in _case(suite, name, source, source, entry.line, [entry], report).items():
                counts[key] += value
        suites.append((suite, counts))
    for suite, counts in suites:
        _set_counts(suite, counts)
        for key in total:
            total[key] += counts[key]
    _set_counts(root, total)
    # Attribute order: name first, then the counts (insertion order is kept by ElementTree).
    for element in [root] + [suite for suite, _ in suites]:
        attributes = dict(element.attrib)
        element.attrib.clear()
        element.set("name", attributes.pop("name"))
        for key in ("tests", "failures", "errors", "skipped"):
            element.set(key, attributes.pop(key))
        element.attrib.update(attributes)
    ET.indent(root, space="  ")
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"

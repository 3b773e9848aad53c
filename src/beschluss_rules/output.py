"""Reports: the readable text report (German first) and the stable JSON report.

The JSON report's shape is versioned (``"schema": "beschluss-rules/report/v1"``): fields are
only ever added. It is deterministic: the same input gives byte-identical output (no times, no
absolute paths that were not given, keys in a fixed order).
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Mapping, Sequence
from typing import Any

from . import __version__
from .model import ItemResult, Level, Message, PaperResult, Verdict

__all__ = ["REPORT_SCHEMA", "render_json", "render_text", "report_json", "summary"]

REPORT_SCHEMA = "beschluss-rules/report/v1"

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


def _item_json(result: ItemResult, lang: str) -> dict[str, Any]:
    item = result.item
    return {
        "index": item.index,
        "text": item.text,
        "line": item.line,
        "column": item.column,
        "body": item.body.to_json() if item.body else None,
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
        "findings": [finding.to_json(lang) for finding in result.findings],
    }


def report_json(results: Sequence[PaperResult], *, lang: str = "de", rule_base: str | None = None
                ) -> dict[str, Any]:
    papers = []
    for result in results:
        paper = result.paper
        papers.append({
            "path": result.path,
            "title": paper.title if paper else None,
            "land": paper.land if paper else None,
            "municipality": (paper.municipality.name if paper and paper.municipality
                             else (paper.municipality_name if paper else None)),
            "ags": paper.municipality.ags if paper and paper.municipality else None,
            "date": paper.date.isoformat() if paper and paper.date else None,
            "items": [_item_json(item, lang) for item in result.items],
            "errors": [error.get(lang) for error in result.errors],
        })
    return {
        "schema": REPORT_SCHEMA,
        "tool": {"name": "beschluss-rules", "version": __version__},
        "rule_base": rule_base,
        "papers": papers,
        "summary": summary(results),
    }


def render_json(results: Sequence[PaperResult], *, lang: str = "de", rule_base: str | None = None) -> str:
    return json.dumps(report_json(results, lang=lang, rule_base=rule_base), ensure_ascii=False, indent=2) + "\n"


def summary(results: Sequence[PaperResult]) -> dict[str, int]:
    verdicts = Counter(item.verdict.value for result in results for item in result.items)
    levels = Counter(f.level.value for r in results for item in r.items for f in item.findings)
    return {
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


def _wrap(text: str, indent: str, width: int = 100) -> list[str]:
    import textwrap

    return textwrap.wrap(text, width=width, initial_indent=indent, subsequent_indent=indent) or [indent]


def _chain(result: ItemResult, rules: Mapping[str, Any], de: bool) -> list[str]:
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
        lines.extend(_wrap(f"{role:>14}: {rule_id}{kind} {cites}".rstrip(), "      "))
    if result.deciding is None:
        lines.append("      " + ("keine Regel entschied" if de else "no rule decided"))
    return lines


def render_text(results: Sequence[PaperResult], *, lang: str = "de", explain: bool = False,
                matter_labels: Mapping[str, Message] | None = None,
                rules: Mapping[str, Any] | None = None) -> str:
    """The human report: per paper and item the body, matter, verdict, reason and citation."""
    de = lang != "en"
    lines: list[str] = []
    for result in results:
        paper = result.paper
        lines.append(result.path)
        if paper is not None:
            if paper.title:
                lines.extend(_wrap(paper.title, "  "))
            where = paper.municipality.name if paper.municipality else (paper.municipality_name or "?")
            land = (paper.land or "?").upper()
            date = paper.date.isoformat() if paper.date else ("unbekannt" if de else "unknown")
            lines.append(f"  {where} ({land}) · {'Sitzungsdatum' if de else 'session date'} {date}")
        for error in result.errors:
            lines.extend(_wrap(("Fehler: " if de else "Error: ") + error.get(lang), "  "))
        for item_result in result.items:
            item = item_result.item
            lines.append("")
            body = item.body.name if item.body else ("(kein Gremium erkannt)" if de else "(no body recognised)")
            lines.append(f"  {'Punkt' if de else 'Item'} {item.index} ({'Zeile' if de else 'line'} {item.line}): {body}")
            lines.extend(_wrap("„" + item.text + "“" if de else '"' + item.text + '"', "    "))
            labels = matter_labels or {}
            matters = "; ".join(
                f"{labels[m].get(lang)} ({m})" if m in labels else m for m in item.matters
            ) or ("nicht erkannt" if de else "not recognised")
            lines.append(f"    {'Angelegenheit' if de else 'Matter'}: {matters}")
            if item.legal_form != "unbekannt":
                source = f" ({item.counterpart})" if item.counterpart else ""
                lines.append(f"    {'Rechtsform' if de else 'Legal form'}: {item.legal_form}{source}")
            verdict_de, verdict_en = _VERDICT_TEXT[item_result.verdict]
            lines.append(f"    {'Ergebnis' if de else 'Verdict'}: {verdict_de if de else verdict_en} ({item_result.verdict.value})")
            for index, finding in enumerate(item_result.findings):
                label = _LEVEL_TEXT[finding.level][0 if de else 1]
                if index > 0 and finding.level is not Level.ERROR:
                    label = "Hinweis" if de else "Note"
                lines.extend(_wrap(f"{label}: {finding.message.get(lang)}", "    "))
                cites = "; ".join(ref.cite() for ref in finding.references)
                if cites:
                    lines.extend(_wrap(f"[{finding.rule}] {cites}", "      "))
                else:
                    lines.append(f"      [{finding.rule}]")
            if explain:
                lines.extend(_chain(item_result, rules or {}, de))
        lines.append("")
    totals = summary(results)
    if de:
        lines.append(
            f"{totals['papers']} Papier(e), {totals['items']} Punkt(e): {totals['competent']} zuständig, "
            f"{totals['conditional']} bedingt, {totals['not_competent']} nicht zuständig, "
            f"{totals['unknown']} unbekannt; {totals['unreadable']} nicht lesbar."
        )
    else:
        lines.append(
            f"{totals['papers']} paper(s), {totals['items']} item(s): {totals['competent']} competent, "
            f"{totals['conditional']} conditional, {totals['not_competent']} not competent, "
            f"{totals['unknown']} unknown; {totals['unreadable']} unreadable."
        )
    return "\n".join(lines) + "\n"

"""The explain view of a result for the web page and ``POST /v1/explain``: per item the chain of
matched rules (which decided, which were overridden, which only caution) with their norms, and
what would change the verdict.

Nothing here decides anything: the verdict, the deciding rule, the overridden rules and the
competent bodies come from the Checker's result; this module only names them.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from ..model import BODY_KIND_LABELS, RULE_KINDS, FindingId, ItemResult, Message, PaperResult, Verdict
from ..rulebase.types import Rule

__all__ = ["EXPLAIN_SCHEMA", "explain_json"]

EXPLAIN_SCHEMA = "beschluss-rules/explain/v1"


def _bodies(kinds: Sequence[str], lang: str) -> str:
    names = [BODY_KIND_LABELS[k].get(lang) if k in BODY_KIND_LABELS else k for k in kinds]
    return ", ".join(names) if names else ("—")


def _role(rule_id: str, result: ItemResult, rule: Rule | None) -> str:
    if rule_id == result.deciding:
        return "decides"
    if rule is not None and rule.kind == "caution":
        return "caution"
    if rule_id in result.overridden:
        return "overridden"
    return "not-deciding"


def _chain(result: ItemResult, rules: Mapping[str, Rule], lang: str) -> list[dict[str, Any]]:
    chain = []
    for rule_id in result.matched:
        rule = rules.get(rule_id)
        entry: dict[str, Any] = {"rule": rule_id, "role": _role(rule_id, result, rule)}
        if rule is not None:
            entry["kind"] = rule.kind
            entry["kind_label"] = RULE_KINDS[rule.kind].label.get(lang) if rule.kind in RULE_KINDS else rule.kind
            entry["title"] = rule.title.get(lang)
            entry["certainty"] = rule.certainty
            entry["references"] = [ref.to_json() for ref in rule.references]
        chain.append(entry)
    return chain


def _would_change(result: ItemResult, rules: Mapping[str, Rule], lang: str) -> list[str]:
    """Sentences saying what would change the verdict, from the result's own facts."""
    de = lang != "en"
    out: list[str] = []
    deciding = rules.get(result.deciding) if result.deciding else None
    ids = {f.rule for f in result.findings}
    if result.verdict is Verdict.UNKNOWN:
        if FindingId.NO_DATE in ids:
            out.append("Sitzungsdatum angeben: das Datum wählt die geltende Rechtslage." if de
                       else "Give the session date: it selects the law in force.")
        if FindingId.NO_LAND in ids:
            out.append("Land oder Gemeinde angeben." if de else "Give the Land or the municipality.")
        if not out:
            out.append("Gremium und Angelegenheit eindeutig benennen, oder das Datum prüfen (ist für "
                       "diesen Tag Recht hinterlegt?)." if de else
                       "Name the body and the matter clearly, or check the date (is law encoded for that day?).")
    elif result.verdict is Verdict.CONDITIONAL:
        cite = "; ".join(ref.cite() for ref in deciding.references[:1]) if deciding else ""
        if deciding is not None and deciding.kind == "delegable":
            out.append(
                f"zuständig, wenn der Rat die Angelegenheit übertragen hat ({cite}), z. B. durch "
                "Hauptsatzung oder Zuständigkeitsordnung — mit einem Gemeindeprofil, das diese "
                "Übertragung enthält, wird das Ergebnis „zuständig“." if de else
                f"competent if the council delegated the matter ({cite}), e.g. in the main statute or "
                "the rules of competence — with a municipality profile that holds the delegation the "
                "verdict becomes \"competent\".")
        else:
            out.append(f"zuständig, wenn die in der Begründung genannte Voraussetzung erfüllt ist ({cite})."
                       if de else f"competent if the condition named in the reason holds ({cite}).")
        if result.competent_bodies:
            out.append(f"Sonst zuständig: {_bodies(result.competent_bodies, lang)}." if de
                        else f"Otherwise competent: {_bodies(result.competent_bodies, lang)}.")
    elif result.verdict is Verdict.NOT_COMPETENT:
        out.append((f"Zuständig wäre: {_bodies(result.competent_bodies, lang)}." if de
                    else f"Competent would be: {_bodies(result.competent_bodies, lang)}.")
                   if result.competent_bodies else
                   ("Ein anderes Gremium muss entscheiden." if de else "Another body has to decide."))
    cautions = [rules[r] for r in result.matched if r in rules and rules[r].kind == "caution"]
    for rule in cautions:
        out.append(f"Zu prüfen ({rule.title.get(lang)}): die Hinweise unten können das Ergebnis ändern."
                    if de else f"To check ({rule.title.get(lang)}): the cautions below may change the verdict.")
    return out


def explain_json(results: Sequence[PaperResult], report: Mapping[str, Any], rules: Mapping[str, Rule],
                 lang: str, matter_labels: Mapping[str, Message] | None = None) -> dict[str, Any]:
    """The report plus, per paper and item, the names of its matters, the chain and what would
    change the verdict."""
    labels = matter_labels or {}
    papers = []
    for result in results:
        papers.append({"path": result.path, "items": [
            {"index": item.item.index,
             "matters": [labels[m].get(lang) if m in labels else m for m in item.item.matters],
             "chain": _chain(item, rules, lang),
             "would_change": _would_change(item, rules, lang)} for item in result.items]})
    return {"schema": EXPLAIN_SCHEMA, "report": dict(report), "papers": papers}


"""SARIF 2.1.0 for GitHub code scanning (``github/codeql-action/upload-sarif``) and other viewers.

One run; the tool driver lists every rule a result names (sorted by id) with ``id``,
``shortDescription`` (the rule's title), ``fullDescription`` (its German description),
``helpUri`` (the rule's page in the catalogue site built by ``rules site`` when a base URL is
configured with ``--catalogue-url``/``catalogue-url``, else the URL of the norm it cites, e.g.
recht.nrw.de), ``help`` (the citations with the
quoted norm text) and tags (rule kind, Land). Built-in ids (``core.*``) have fixed descriptions
(:mod:`.builtin`).

Each result has a stable ``ruleId`` and ``ruleIndex``, ``level`` (``error``/``warning``/``note``),
the message (with the citations), one ``physicalLocation`` (``artifactLocation.uri`` relative to
the working directory — GitHub resolves it against the repository root, so run the check from
there — and ``region.startLine``/``startColumn``, columns in Unicode code points) and
``partialFingerprints["beschlussRules/v1"]``: a hash of rule id, path, item number and item text,
so an alert survives lines moving above it but not an edit of the item itself. Waived findings
carry a ``suppressions`` entry (``kind: external``, ``status: accepted``, the reason as
``justification``): GitHub shows them as dismissed.
"""

from __future__ import annotations

import hashlib
from typing import Any

from .._version import __version__
from ..model import Level
from ._json import dumps_indented
from ._paths import artifact_uri
from .builtin import BUILTIN_RULES
from .report import Entry, Report

__all__ = ["SARIF_SCHEMA_URI", "render_sarif", "sarif_log"]

SARIF_SCHEMA_URI = "https://json.schemastore.org/sarif-2.1.0.json"
_LEVEL = {Level.ERROR: "error", Level.WARNING: "warning", Level.INFO: "note"}
_FINGERPRINT = "beschlussRules/v1"


def _fingerprint(entry: Entry, uri: str) -> str:
    item = entry.item.item if entry.item is not None else None
    parts = [entry.rule, uri, str(item.index) if item else "", " ".join(item.text.split()) if item else "",
             entry.kind]
    return hashlib.sha256("\0".join(parts).encode("utf-8")).hexdigest()[:32]


def _rule_descriptor(rule_id: str, report: Report, entries: list[Entry]) -> dict[str, Any]:
    lang = report.lang
    rule = report.rules.get(rule_id)
    out: dict[str, Any] = {"id": rule_id}
    references = []
    if rule is not None:
        out["name"] = rule_id
        out["shortDescription"] = {"text": rule.title.get(lang)}
        out["fullDescription"] = {"text": " ".join(rule.description.split())}
        references = list(rule.references)
        tags = ["beschluss-rules", rule.kind, rule.land]
    else:
        short, full = BUILTIN_RULES.get(rule_id, (None, None))
        out["name"] = rule_id
        out["shortDescription"] = {"text": short.get(lang) if short else rule_id}
        out["fullDescription"] = {"text": full.get(lang) if full else rule_id}
        for entry in entries:
            for ref in entry.references:
                if ref not in references:
                    references.append(ref)
        tags = ["beschluss-rules", "core"]
    url = next((ref.url for ref in references if ref.url), None)
    if rule is not None and report.catalogue_url:
        # The rule's page in the catalogue site (the layout of ruletools.site.rule_page).
        url = f"{report.catalogue_url.rstrip('/')}/rules/{rule_id}.html"
    if url:
        out["helpUri"] = url
    if references:
        help_lines = []
        for ref in references:
            line = ref.cite()
            if ref.text:
                line += ": „" + " ".join(ref.text.split()) + "“"
            if ref.url:
                line += f" <{ref.url}>"
            help_lines.append(line)
        out["help"] = {"text": "\n".join(help_lines)}
    out["properties"] = {"tags": tags}
    return out


def sarif_log(report: Report) -> dict[str, Any]:
    """The SARIF log as a dict."""
    lang = report.lang
    entries = report.entries()
    rule_ids = sorted({entry.rule for entry in entries})
    index = {rule_id: n for n, rule_id in enumerate(rule_ids)}
    results = []
    for entry in entries:
        uri = artifact_uri(entry.path)
        result: dict[str, Any] = {
            "ruleId": entry.rule,
            "ruleIndex": index[entry.rule],
            "level": _LEVEL[entry.level],
            "message": {"text": entry.text(lang)},
            "locations": [{
                "physicalLocation": {
                    "artifactLocation": {"uri": uri},
                    "region": {"startLine": entry.line, "startColumn": entry.column},
                },
            }],
            "partialFingerprints": {_FINGERPRINT: _fingerprint(entry, uri)},
        }
        if entry.waiver is not None:
            result["suppressions"] = [{
                "kind": "external",
                "status": "accepted",
                "justification": entry.waiver.reason,
                "location": {"physicalLocation": {
                    "artifactLocation": {"uri": artifact_uri(entry.waiver.source)},
                    "region": {"startLine": entry.waiver.line},
                }},
            }]
        if entry.item is not None:
            item = entry.item
            result["properties"] = {"item": item.item.index, "verdict": item.verdict.value}
        results.append(result)
    rules = [_rule_descriptor(rule_id, report, [e for e in entries if e.rule == rule_id])
             for rule_id in rule_ids]
    driver: dict[str, Any] = {
        "name": "beschluss-rules",
        "version": __version__,
        "semanticVersion": __version__,
        "rules": rules,
    }
    run: dict[str, Any] = {
        "tool": {"driver": driver},
        "columnKind": "unicodeCodePoints",
        "results": results,
    }
    if report.rule_base:
        run["properties"] = {"ruleBase": report.rule_base}
    return {"$schema": SARIF_SCHEMA_URI, "version": "2.1.0", "runs": [run]}


def render_sarif(report: Report) -> str:
    return dumps_indented(sarif_log(report)) + "\n"

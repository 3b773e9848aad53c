"""The lint report as text (``path:line:col: level lint.<check> message`` and a summary line) and
as JSON (schema ``beschluss-rules/lint/v1``)."""

from __future__ import annotations

import json
import os

from ...model import Level
from .findings import LintReport


def _relative(path: str) -> str:
    try:
        rel = os.path.relpath(path)
    except ValueError:
        return path
    return path if rel.startswith("..") else rel


def render_text(report: LintReport, lang: str = "de") -> str:
    """One line per finding, then the counts (in ``lang``)."""
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
    """The report as JSON, keys sorted (messages in ``lang``)."""
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

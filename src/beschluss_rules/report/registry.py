"""Output formats for CI pipelines and people: text, line, json, sarif, junit, github.

Every format renders one :class:`~beschluss_rules.output.Report` to a string, deterministically
(same input, same bytes: no times, no absolute paths that were not given, fixed order).

=========  ==============================================================================
``text``   the readable report, German by default (``--lang en``), coloured on a terminal
``line``   ``path:line:col: level rule-id message``, one finding a line (vale/ruff style)
``json``   the stable report ``beschluss-rules/report/v1`` (docs/report-format.md)
``sarif``  SARIF 2.1.0 for GitHub code scanning and other SARIF viewers
``junit``  JUnit XML: one test case per (paper, item); failures at or above the fail level
``github`` GitHub Actions workflow commands (``::error file=…,line=…::message``)
=========  ==============================================================================
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from typing import TextIO

from ..cli.settings import FORMAT_NAMES
from .report import Report, render_json, render_text

__all__ = ["FORMATS", "render", "use_color"]

FORMATS = FORMAT_NAMES


def use_color(stream: TextIO, environ: Mapping[str, str] | None = None) -> bool:
    """Colour only on a terminal, and never when ``NO_COLOR`` is set to a non-empty value
    (https://no-color.org) or ``TERM`` is ``dumb``."""
    env = os.environ if environ is None else environ
    if env.get("NO_COLOR", ""):
        return False
    if env.get("TERM") == "dumb":
        return False
    isatty = getattr(stream, "isatty", None)
    try:
        return bool(isatty and isatty())
    except (ValueError, OSError):
        return False


def render(name: str, report: Report, *, explain: bool = False, color: bool = False) -> str:
    """``report`` in the format ``name`` (one of :data:`FORMATS`)."""
    if name == "text":
        return render_text(report.results, lang=report.lang, explain=explain,
                           matter_labels=report.matter_labels, rules=report.rules,
                           waivers=report.waivers, color=color)
    if name == "json":
        return render_json(report.results, lang=report.lang, rule_base=report.rule_base,
                           waivers=report.waivers)
    if name == "line":
        from .line import render_line

        return render_line(report)
    if name == "github":
        from .github import render_github

        return render_github(report)
    if name == "sarif":
        from .sarif import render_sarif

        return render_sarif(report)
    if name == "junit":
        from .junit import render_junit

        return render_junit(report)
    raise ValueError(f"unknown format {name!r}; formats: {', '.join(FORMATS)}")

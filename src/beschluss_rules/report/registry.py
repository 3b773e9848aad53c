"""Output formats for CI pipelines and people: text, line, json, sarif, junit, github, gitlab.

Every format renders one :class:`~beschluss_rules.output.Report` to a string, deterministically
(same input, same bytes: no times, no absolute paths that were not given, fixed order).

=========  ==============================================================================
``text``   the readable report, German by default (``--lang en``), coloured on a terminal
``line``   ``path:line:col: level rule-id message``, one finding a line (vale/ruff style)
``json``   the stable report ``beschluss-rules/report/v1`` (docs/report-format.md)
``sarif``  SARIF 2.1.0 for GitHub code scanning and other SARIF viewers
``junit``  JUnit XML: one test case per (paper, item); failures at or above the fail level
``github`` GitHub Actions workflow commands (``::error file=…,line=…::message``)
``gitlab`` GitLab Code Quality JSON (``artifacts:reports:codequality`` in merge requests)
=========  ==============================================================================
"""

from __future__ import annotations

import os
from collections.abc import Callable, Mapping
from importlib import import_module
from typing import TYPE_CHECKING, TextIO

import attrs

if TYPE_CHECKING:
    from .report import Report

__all__ = ["FORMATS", "FORMAT_NAMES", "Format", "render", "use_color"]


@attrs.frozen
class Format:
    """An output format: its name (``--format``), the module and function that render it, and
    whether the function takes the text-only options (``explain``, ``color``)."""

    name: str
    module: str
    function: str
    text_options: bool = False

    def renderer(self) -> Callable[..., str]:
        # Imported on first use: a run pays only for the format it writes.
        renderer: Callable[..., str] = getattr(import_module(f".{self.module}", __package__), self.function)
        return renderer


#: Every output format, in the order help texts list them. This table owns the names: the CLI's
#: ``--format`` choices and the configuration's ``format`` key are read from it.
FORMATS: dict[str, Format] = {f.name: f for f in (
    Format("text", "report", "render_report_text", text_options=True),
    Format("line", "line", "render_line"),
    Format("json", "report", "render_report_json"),
    Format("sarif", "sarif", "render_sarif"),
    Format("junit", "junit", "render_junit"),
    Format("github", "github", "render_github"),
    Format("gitlab", "gitlab", "render_gitlab"),
)}
FORMAT_NAMES: tuple[str, ...] = tuple(FORMATS)


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
    """``report`` in the format ``name`` (one of :data:`FORMAT_NAMES`)."""
    found = FORMATS.get(name)
    if found is None:
        raise ValueError(f"unknown format {name!r}; formats: {', '.join(FORMAT_NAMES)}")
    if found.text_options:
        return found.renderer()(report, explain=explain, color=color)
    return found.renderer()(report)

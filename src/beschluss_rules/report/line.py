"""The line format: ``path:line:col: level rule-id message`` — one finding a line.

Editors, ``grep`` and CI problem matchers read it (the format of vale, ruff, compilers). The path
is as given on the command line (or as found when a directory was walked), line and column are
1-based, level is ``error``, ``warning`` or ``info``; the message is on one line and ends with the
citations in parentheses. A waived finding is printed at level ``info`` with "Ausgenommen
(<level>)" / "Waived (<level>)" in front of the message and the waiver's reason after it, so that
problem matchers do not count it. No summary line: every line is a finding.

Only the findings at or above the fail level are listed (``--fail-level``, default ``error``:
what makes the run fail, and what a waiver acknowledged at that level), not a line for every
competent item; ``--show-level info`` lists every finding.
"""

from __future__ import annotations

from ..text.spoofing import visible
from .report import Report

__all__ = ["render_line"]


def _one_line(text: str) -> str:
    """A path or message on one line: CR, LF and other control characters shown as ``<U+000A>``
    (a newline in a file name must not start a line of its own, issue 12)."""
    return visible(text, newlines=False)


def render_line(report: Report) -> str:
    lang = report.lang
    de = lang != "en"
    lines = []
    for entry in report.listed():
        level = entry.level.value
        message = entry.text(lang)
        if entry.waiver is not None:
            prefix = "Ausgenommen" if de else "Waived"
            reason = "Begründung" if de else "reason"
            message = (f"{prefix} ({level}): {message} — {reason}: {' '.join(entry.waiver.reason.split())} "
                       f"({entry.waiver.where()})")
            level = "info"
        lines.append(f"{_one_line(entry.path)}:{entry.line}:{entry.column}: {level} {entry.rule} {_one_line(message)}")
    return "".join(line + "\n" for line in lines)

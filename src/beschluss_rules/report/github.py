"""GitHub Actions workflow commands: annotations on the changed files of a pull request.

``::error file=vorlagen/x.md,line=9,col=1,title=nw.go.113-2-vertreter::message`` — chosen
automatically when ``GITHUB_ACTIONS`` is set and no ``--format`` (nor ``format`` in the
configuration) is given. Levels: ``error`` → ``::error``, ``warning`` → ``::warning``, ``info``
and waived findings → ``::notice``. Paths are relative to the working directory (run the check
from the repository root). The last line is the plain summary ("2 Papiere, 1 Fehler, …").

Escaping follows the workflow-command rules of ``@actions/core`` (``toCommandValue``/
``escapeData``/``escapeProperty``): in the message ``%`` → ``%25``, CR → ``%0D``, LF → ``%0A``;
in property values additionally ``:`` → ``%3A`` and ``,`` → ``%2C``. Paper text is user data: a
line in a paper that reads ``::set-env …`` must not become a command, which the escaping of
newlines guarantees (every command stays on one line).
"""

from __future__ import annotations

from ..model import Level
from ._paths import relative_path
from .report import Report, summary_line

__all__ = ["escape_data", "escape_property", "render_github"]

_COMMAND = {Level.ERROR: "error", Level.WARNING: "warning", Level.INFO: "notice"}


def escape_data(value: str) -> str:
    return value.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(value: str) -> str:
    return escape_data(value).replace(":", "%3A").replace(",", "%2C")


def render_github(report: Report) -> str:
    lang = report.lang
    de = lang != "en"
    lines = []
    for entry in report.entries():
        command = _COMMAND[entry.level]
        title = entry.rule
        message = entry.message.get(lang).strip()
        cites = "; ".join(ref.cite() for ref in entry.references)
        if cites:
            message += f"\n{cites}"
        if entry.waiver is not None:
            command = "notice"
            title += " (ausgenommen)" if de else " (waived)"
            reason = "Begründung der Ausnahme" if de else "Reason for the waiver"
            message += f"\n{reason}: {entry.waiver.reason} ({entry.waiver.where()})"
        properties = [f"file={escape_property(relative_path(entry.path))}",
                      f"line={entry.line}", f"col={entry.column}", f"title={escape_property(title)}"]
        lines.append(f"::{command} {','.join(properties)}::{escape_data(message)}")
    lines.append(summary_line(report.counts(), lang))  # a plain log line, not a command
    return "".join(line + "\n" for line in lines)

"""GitLab Code Quality: the report GitLab shows in merge requests (``artifacts:reports:codequality``).

The documented format (https://docs.gitlab.com/ci/testing/code_quality/, "Code Quality report
format") is a JSON array of issues, each with ``description``, ``check_name``, ``fingerprint``
(unique per issue; GitLab compares the issues of two pipelines by it), ``severity`` (``info``,
``minor``, ``major``, ``critical``, ``blocker``) and ``location`` with ``path`` (relative to the
repository root: run the check from there) and ``lines.begin``. A subset of the Code Climate
issue format, so ``type: issue`` and ``categories`` are given as well.

Levels: ``error`` → ``major``, ``warning`` → ``minor``, ``info`` → ``info``. As in the ``line``
format only findings at or above the fail level are listed (``--show-level`` lowers it); a
waived finding is listed at ``info`` with "Ausgenommen (<level>)" / "Waived (<level>)" in front
and the waiver's reason after it. The fingerprint hashes rule id, path, item number and item text
(as SARIF's), plus a counter when one item gives the same rule twice, so an issue keeps its
identity when lines move above it.
"""

from __future__ import annotations

import hashlib
from typing import Any

from ..model import Level
from ._json import dumps_indented
from ._paths import relative_path
from .report import Entry, Report

__all__ = ["SEVERITIES", "gitlab_issues", "render_gitlab"]

#: GitLab's severities, lowest first.
SEVERITIES = ("info", "minor", "major", "critical", "blocker")
_SEVERITY = {Level.ERROR: "major", Level.WARNING: "minor", Level.INFO: "info"}


def _identity(entry: Entry, path: str) -> str:
    item = entry.item.item if entry.item is not None else None
    parts = [entry.rule, path, str(item.index) if item else "", " ".join(item.text.split()) if item else "",
             entry.kind, str(entry.line) if item is None else ""]
    return "\0".join(parts)


def gitlab_issues(report: Report) -> list[dict[str, Any]]:
    """The Code Quality issues of ``report`` as a list of dicts."""
    lang = report.lang
    de = lang != "en"
    issues = []
    seen: dict[str, int] = {}
    for entry in report.listed():
        path = relative_path(entry.path)
        identity = _identity(entry, path)
        count = seen.get(identity, 0)
        seen[identity] = count + 1
        fingerprint = hashlib.sha256(f"{identity}\0{count}".encode()).hexdigest()[:32]
        severity = _SEVERITY[entry.level]
        description = entry.text(lang)
        if entry.waiver is not None:
            prefix = "Ausgenommen" if de else "Waived"
            reason = "Begründung" if de else "reason"
            description = (f"{prefix} ({entry.level.value}): {description} — {reason}: "
                           f"{' '.join(entry.waiver.reason.split())} ({entry.waiver.where()})")
            severity = "info"
        issues.append({
            "type": "issue",
            "check_name": entry.rule,
            "description": description,
            "categories": ["Bug Risk"],
            "severity": severity,
            "fingerprint": fingerprint,
            "location": {"path": path, "lines": {"begin": entry.line}},
        })
    return issues


def render_gitlab(report: Report) -> str:
    return dumps_indented(gitlab_issues(report)) + "\n"

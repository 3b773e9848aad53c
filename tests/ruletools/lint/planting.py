"""Planting faults in a copy of the rule base: edit a file, add a rule, collect one check's findings."""

from __future__ import annotations

from pathlib import Path

from beschluss_rules.ruletools.lint import LintFinding, lint_base

RULE = """kind: {kind}
title: {{de: "Testregel", en: "Test rule"}}
description: Eine Testregel.
message: {{de: "{{body}}: Test.", en: "{{body}}: test."}}
reference:
  - law: GO NRW
    section: "99"
    text: Testwortlaut.
valid:
  from: {start}
{extra}"""


def edit(path: Path, old: str, new: str) -> None:
    """Replace the first ``old`` in ``path`` by ``new`` (``old`` must be there)."""
    text = path.read_text(encoding="utf-8")
    assert old in text, f"{old!r} not in {path}"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def findings_of(root: Path, check: str) -> list[LintFinding]:
    """The findings of one check when linting the rule base at ``root``."""
    return [f for f in lint_base(root).findings if f.check == check]


def plant_rule(root: Path, name: str, *, kind: str = "reserved", start: str = "2019-01-01", extra: str) -> Path:
    """A rule file ``nw/go/<name>.yaml`` of ``kind`` valid from ``start``; ``extra`` adds keys."""
    path = root / "nw" / "go" / f"{name}.yaml"
    path.write_text(RULE.format(kind=kind, start=start, extra=extra), encoding="utf-8")
    return path

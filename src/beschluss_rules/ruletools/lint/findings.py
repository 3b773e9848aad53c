"""What a lint run reports: the checks themselves, findings and the report of one run."""

from __future__ import annotations

import textwrap
from collections.abc import Callable, Iterable
from typing import Any

import attrs

from ...model import Level, Message


@attrs.frozen
class Check:
    """One lint check, documented in the shape of ruff's rule pages.

    ``code`` names it (``lint.<code>`` in output, ``--select``/``--ignore`` on the command line);
    ``level`` is its default level (some findings of a check are milder, see ``levels``);
    ``title`` is the one-line summary. The documentation fields are German Markdown for legal
    staff and become the check's section of ``docs/lint.md``: ``what`` it finds, ``why`` that
    matters, an ``example`` (usually a planted fault and the finding it gives), how to ``fix`` it
    and a ``reference`` (further reading, the norm behind the check).
    """

    code: str
    level: Level
    title: Message
    what: str = ""
    why: str = ""
    example: str = ""
    fix: str = ""
    reference: str = ""
    #: The "Stufe" line when findings of the check come at more than one level.
    levels: str = ""

    @property
    def id(self) -> str:
        return f"lint.{self.code}"


@attrs.frozen
class Related:
    """Another rule or place a finding is about (the second rule of a conflict, ...)."""

    rule: str | None
    path: str
    line: int


@attrs.frozen
class LintFinding:
    """One problem: ``path:line:col: level lint.<check> message``."""

    check: str
    level: Level
    message: Message
    path: str
    line: int = 1
    column: int = 1
    rule: str | None = None
    related: tuple[Related, ...] = ()
    #: For findings about items: the properties of one item on which the problem shows (the
    #: solver's witness: ``matter__satzung``, ``body__rat``, ``legal_form``, ``date`` ...).
    example: tuple[tuple[str, Any], ...] | None = attrs.field(default=None, eq=False)

    @property
    def id(self) -> str:
        return f"lint.{self.check}"

    def sort_key(self) -> tuple[str, int, int, str, str, str]:
        return (self.path, self.line, self.column, self.check, self.rule or "", self.message.en)

    def to_json(self, lang: str, relative: Callable[[str], str] = lambda p: p) -> dict[str, Any]:
        return {
            "path": relative(self.path),
            "line": self.line,
            "column": self.column,
            "level": self.level.value,
            "id": self.id,
            "check": self.check,
            "rule": self.rule,
            "related": [{"rule": r.rule, "path": relative(r.path), "line": r.line} for r in self.related],
            "message": self.message.get(lang),
            "example": dict(self.example) if self.example is not None else None,
        }


@attrs.frozen
class LintReport:
    """The findings of one lint run and what was checked."""

    findings: tuple[LintFinding, ...]
    root: str
    rules: int
    profiles: int
    files: int

    def count(self, level: Level) -> int:
        return sum(1 for f in self.findings if f.level is level)

    def worst(self) -> Level | None:
        return max((f.level for f in self.findings), key=lambda lv: lv.rank, default=None)


def sorted_findings(findings: Iterable[LintFinding]) -> tuple[LintFinding, ...]:
    """``findings`` in output order: by place, then check, rule and message."""
    return tuple(sorted(findings, key=LintFinding.sort_key))


def markdown(text: str) -> str:
    """A documentation field written as an indented triple-quoted string, dedented and stripped."""
    return textwrap.dedent(text).strip()

"""The check sections of ``docs/lint.md``, rendered from the registry.

``docs/lint.md`` keeps its introduction and closing words by hand; between the ``BEGIN`` and
``END`` markers it holds one section per check in the same shape (level, what, why, example,
fix, reference), rendered here from each :class:`~.findings.Check`. ``scripts/lint_docs.py``
rewrites that part; a test fails when it is stale.
"""

from __future__ import annotations

import os
from collections.abc import Iterable

from ...errors import UsageError
from .findings import Check
from .registry import REGISTRY

BEGIN = "<!-- lint-checks: begin; generated from the check registry (src/beschluss_rules/ruletools/lint/) -->"
END = "<!-- lint-checks: end -->"

_FIELDS = (("what", "Was"), ("why", "Warum"), ("example", "Beispiel"), ("fix", "Behebung"), ("reference", "Siehe"))


def _paragraph(label: str, text: str) -> str:
    # A field that opens with a list or a code block starts on its own line.
    joiner = "\n\n" if text.startswith(("- ", "```")) else " "
    return f"**{label}:**{joiner}{text}"


def check_section(check: Check) -> str:
    """One check as a Markdown section: heading, title, level, then the documentation fields."""
    parts = [f"## `{check.id}`", f"*{check.title.de}*", f"**Stufe:** {check.levels or check.level.value}"]
    parts += [_paragraph(label, getattr(check, name)) for name, label in _FIELDS if getattr(check, name)]
    return "\n\n".join(parts) + "\n"


def check_sections(checks: Iterable[Check] = REGISTRY) -> str:
    """Every check's section, in registry order, between the markers."""
    return BEGIN + "\n\n" + "\n".join(check_section(c) for c in checks) + "\n" + END


def updated(text: str) -> str:
    """``text`` (the page) with its generated part replaced by the current sections."""
    start, end = text.find(BEGIN), text.find(END)
    if start < 0 or end < start:
        raise UsageError("docs/lint.md has no lint-checks markers", message_de="docs/lint.md hat keine lint-checks-Marken")
    return text[:start] + check_sections() + text[end + len(END):]


def write_docs(path: str | os.PathLike[str], *, check: bool = False) -> bool:
    """Bring the check sections of the page at ``path`` up to date; ``True`` if it already was.

    With ``check`` nothing is written.
    """
    with open(path, encoding="utf-8") as handle:
        text = handle.read()
    new = updated(text)
    if new != text and not check:
        with open(path, "w", encoding="utf-8") as handle:
            handle.write(new)
    return new == text

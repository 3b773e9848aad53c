"""The rule-base linter: ``beschluss-rules rules lint``.

Legal staff edit rule files and municipalities add their Zuständigkeitsordnung; a wrong or
contradictory rule is worse than none. The linter makes such errors visible before they reach a
verdict, in the spirit of the static checks DMN tools run on decision tables. Every check has an
id (``lint.<check>``), a level and a bilingual message, and points at ``path:line:col``.

The checks are listed once, in :data:`REGISTRY` (:mod:`.registry`); each is a
:class:`~.findings.Check` defined in the module of its family, next to the code that finds it,
with its documentation (what, why, example, fix, reference), from which the check sections of
``docs/lint.md`` are rendered (:mod:`.docs`). The families: :mod:`.schema` (files that do not
load), :mod:`.vocabulary`, :mod:`.references` (citation, quoted text), :mod:`.versions`
(overlapping and gapped versions of one rule), :mod:`.delegations` (void local delegations),
:mod:`.gaps`, :mod:`.precedence` (conflict, overridden) and :mod:`.reachability` (unreachable).
Shared parts: :mod:`.findings` (the types), :mod:`.context` (what the semantic checks share),
:mod:`.locator` (``path:line:col`` of a rule key), :mod:`.repair` (repairing a mapping in
thought so the schema check finds more than one problem per file), :mod:`.wording`,
:mod:`.runner` (rule bases, files, profiles) and :mod:`.render` (text, JSON).

The semantic checks are exact where that is cheap: conditions range over small finite domains,
integer amounts and dates, which :mod:`beschluss_rules.ruletools.solver` enumerates by
equivalence classes. Each finding about items names a witness (an item on which the problem
shows).

Adding a check: define its ``Check`` (code, level, title and the documentation fields) in the
module of its family, write the function that finds it and wrap both in a
:class:`~.context.RuleCheck`; add the check to ``REGISTRY`` and the ``RuleCheck`` to
``RULE_CHECKS``; run ``python scripts/lint_docs.py`` to render its section of ``docs/lint.md``;
plant the fault in a test under ``tests/ruletools/lint/``.
"""

from __future__ import annotations

from .findings import Check, LintFinding, LintReport, Related
from .registry import CHECKS, REGISTRY
from .render import render_json, render_text
from .runner import check_rules, lint_base, lint_paths
from .vocabulary import check_vocabulary_files
from .wording import describe_witness

__all__ = [
    "CHECKS",
    "REGISTRY",
    "Check",
    "LintFinding",
    "LintReport",
    "Related",
    "check_rules",
    "check_vocabulary_files",
    "describe_witness",
    "lint_base",
    "lint_paths",
    "render_json",
    "render_text",
]

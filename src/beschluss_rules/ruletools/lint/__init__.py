"""The rule-base linter: ``beschluss-rules rules lint``.

Legal staff edit rule files and municipalities add their Zuständigkeitsordnung; a wrong or
contradictory rule is worse than none. The linter makes such errors visible before they reach a
verdict, in the spirit of the static checks DMN tools run on decision tables. Every check has an
id (``lint.<check>``), a level and a bilingual message, and points at ``path:line:col``; the
checks are documented one by one in ``docs/lint.md``:

``schema``           a file does not load (unknown or missing keys, wrong types, bad or inverted
                     dates, unknown matters or bodies, ...) — as many problems per file as can be
                     found, not only the first;
``citation``         a reference that cites only a law, without § / Art.;
``quoted-text``      a reference without the quoted wording of the norm (only a ``note``);
``version-overlap``  two versions of one rule (file names differing only in a year suffix such as
                     ``-2020``/``-2023``, or the same kind, conditions and bodies) valid on the same
                     day; ``version-gap``: consecutive versions leave days uncovered;
``void-delegation``  a local delegation of a matter the Land reserves to the council;
``gap``              a vocabulary matter for which a Land has no deciding rule on some date of the
                     range it covers (from its earliest general rule);
``conflict``         two exclusive rules that shut each other's bodies out on the same item;
``unreachable``      a rule whose conditions can never hold, or valid only outside its Land's
                     general rule;
``overridden``       a rule that never decides because another one always applies with it and
                     takes precedence;
``vocabulary``       a term or pattern two vocabulary entries claim.

The semantic checks are exact where that is cheap: conditions range over small finite domains,
integer amounts and dates, which :mod:`beschluss_rules.ruletools.solver` enumerates by equivalence
classes. Each finding about items names a witness (an item on which the problem shows).

The package: :mod:`.findings` (the ``Check``, finding and report types), :mod:`.registry` (every
check once, with its documentation), one module per check family — :mod:`.schema`,
:mod:`.references`, :mod:`.versions`, :mod:`.delegations`, :mod:`.gaps`, :mod:`.precedence`
(conflict, overridden), :mod:`.reachability`, :mod:`.vocabulary` — and the shared parts:
:mod:`.context` (what the semantic checks share), :mod:`.locator` (``path:line:col`` of a rule
key), :mod:`.repair` (repairing a mapping in thought so the schema check finds more than one
problem per file), :mod:`.wording`, :mod:`.runner` (rule bases, files, profiles), :mod:`.render`
and :mod:`.docs` (the check sections of ``docs/lint.md``).
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

"""The check registry: every lint check once, in the order the documentation and the command line
list them, and the functions that run the semantic checks.

A check is a :class:`~.findings.Check` defined in the module of its family, next to the code that
finds it; this module only collects them. ``docs/lint.md`` has one section per check rendered
from the registry (:mod:`.docs`), so a check cannot be added without its documentation.
"""

from __future__ import annotations

from collections.abc import Mapping

from ...model import Level
from .context import RuleCheck
from .delegations import DELEGATION_OVERLAP, DELEGATIONS, LAND_BODIES, LAND_BODY, VOID_DELEGATION
from .findings import Check
from .gaps import GAP, GAPS
from .precedence import CONFLICT, CONFLICTS, OVERRIDDEN, OVERRIDES
from .reachability import REACHABILITY, UNREACHABLE
from .references import CITATION, QUOTED_TEXT, REFERENCES, WHOLE_LAW, WORDING_NOT_FOUND
from .schema import SCHEMA
from .versions import VERSION_GAP, VERSION_OVERLAP, VERSIONS
from .vocabulary import VOCABULARY

#: Every check, in documentation order.
REGISTRY: tuple[Check, ...] = (
    SCHEMA, CITATION, QUOTED_TEXT, WORDING_NOT_FOUND, WHOLE_LAW, VERSION_OVERLAP, VERSION_GAP, VOID_DELEGATION, GAP, CONFLICT,
    UNREACHABLE, OVERRIDDEN, VOCABULARY, DELEGATION_OVERLAP, LAND_BODY,
)

#: The semantic checks on loaded rules, in the order they run (the output is sorted afterwards).
RULE_CHECKS: tuple[RuleCheck, ...] = (REFERENCES, REACHABILITY, VERSIONS, CONFLICTS, DELEGATIONS, LAND_BODIES,
                                      OVERRIDES, GAPS)

#: Every check by code: its default level and one-line summary (German, English).
CHECKS: Mapping[str, tuple[Level, str, str]] = {c.code: (c.level, c.title.de, c.title.en) for c in REGISTRY}


def check(code: str) -> Check:
    """The check named ``code`` (``lint.`` prefix allowed); ``KeyError`` if there is none."""
    return _BY_CODE[code.removeprefix("lint.")]


_BY_CODE = {c.code: c for c in REGISTRY}

"""Stable codes of the domain: the CLI's exit codes and the ids of built-in findings.

A leaf (it imports nothing of the package), each defined once; :mod:`beschluss_rules.model`
re-exports them.
"""

from __future__ import annotations

import enum

__all__ = ["WAIVABLE_FINDINGS", "ExitCode", "FindingId"]


class ExitCode(enum.IntEnum):
    """What every command of the CLI returns (the same in ``check``, ``explain`` and ``rules``)."""

    #: Nothing at or above the fail level (or ``--exit-zero``).
    OK = 0
    #: Findings at or above the fail level; for ``rules``: lint findings, failing cases, a stale catalogue.
    FINDINGS = 1
    #: Usage, rule-file or unreadable-input error: nothing trustworthy was checked.
    ERROR = 2
    #: Interrupted (Ctrl-C), as shells report SIGINT.
    INTERRUPTED = 130


class FindingId(enum.StrEnum):
    """The ids of findings the checker itself produces (rule files produce the others, named by
    their path). A finding's ``rule`` is one of these or a rule id; reports and waivers use them."""

    BODY_UNKNOWN = "core.body-unknown"
    COUNTERPART_LEGAL_FORM = "core.counterpart-legal-form"
    DELEGATION_VOID = "core.delegation-void"
    MATTER_UNKNOWN = "core.matter-unknown"
    NO_COMPETENCE = "core.no-competence"
    NO_DATE = "core.no-date"
    NO_DELEGATION = "core.no-delegation"
    NO_LAND = "core.no-land"
    NO_LAW_FOR_DATE = "core.no-law-for-date"
    NO_PROPOSAL = "core.no-proposal"
    SPOOFED_NAME = "core.spoofed-name"
    UNREADABLE = "core.unreadable"
    WAIVER_EXPIRED = "core.waiver-expired"
    WAIVER_UNUSED = "core.waiver-unused"
    ENGINE_DISAGREEMENT = "internal.engine-disagreement"


#: The built-in findings a waiver may name: those about an item. A paper that cannot be read, a
#: paper without proposal, or a waiver's own problem is never waived.
WAIVABLE_FINDINGS: tuple[FindingId, ...] = tuple(sorted(
    set(FindingId) - {FindingId.NO_PROPOSAL, FindingId.UNREADABLE, FindingId.WAIVER_EXPIRED,
                      FindingId.WAIVER_UNUSED, FindingId.SPOOFED_NAME}, key=str))

"""The production matcher: durable_rules, cross-checked on every item by the reference evaluator.

A disagreement between the two is a bug in one of them (or in durable_rules); the item then gets
an internal-error finding and no verdict, never a silent one.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from ..errors import InternalError
from ..rulebase.types import Rule
from .compile import CompiledRuleBase, compile_rules
from .reference import ReferenceEvaluator

__all__ = ["Matcher", "build_matcher"]


class Matcher:
    """Matches facts with both evaluators; ``engine`` is ``"durable"`` or ``"reference"``."""

    def __init__(self, compiled: CompiledRuleBase, *, engine: str = "durable") -> None:
        self.compiled = compiled
        self.reference = ReferenceEvaluator(compiled)
        self.engine = engine
        self.durable = None
        if engine == "durable":
            from ._durable import DurableEvaluator

            self.durable = DurableEvaluator(compiled)

    def match(self, fact: dict[str, Any]) -> frozenset[str]:
        expected = self.reference.match(fact)
        if self.durable is None:
            return expected
        actual = self.durable.match(fact)
        if actual != expected:
            only_durable = sorted(actual - expected)
            only_reference = sorted(expected - actual)
            raise InternalError(
                "the durable_rules engine and the reference evaluator disagree "
                f"(only durable: {only_durable}; only reference: {only_reference})",
                message_de="die durable_rules-Engine und der Referenz-Auswerter sind uneins "
                f"(nur durable: {only_durable}; nur Referenz: {only_reference})",
            )
        return actual


def build_matcher(rules: Iterable[Rule], matters: Iterable[str], digest: str, *, engine: str = "durable") -> Matcher:
    name = "beschluss_" + digest[:20]
    return Matcher(compile_rules(rules, matters, name), engine=engine)

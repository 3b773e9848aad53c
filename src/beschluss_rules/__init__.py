"""beschluss-rules: is the body named in a council paper competent to decide it — and why?

Checks German municipal council papers (Beschlussvorlagen) for decision competence under the
Land's municipal code (NRW first: GO NRW), citing the norm. Typical use::

    import datetime as dt
    from beschluss_rules import Checker, CheckOptions

    checker = Checker()                        # loads and compiles the shipped rule base once
    result = checker.check_path("vorlage.txt", CheckOptions(date=dt.date(2021, 6, 1)))
    for item in result.items:
        print(item.item.index, item.verdict.value, item.deciding)

The rule base (``rules/``: one YAML rule a file, vocabularies, municipality profiles) is data;
the production engine is durable_rules, cross-checked on every item by a pure-Python evaluator.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ._version import __version__

if TYPE_CHECKING:
    from .errors import (
        BeschlussRulesError,
        EngineUnavailableError,
        InputError,
        InternalError,
        RuleFileError,
        UsageError,
    )
    from .model import (
        Body,
        DecisionItem,
        Finding,
        ItemResult,
        Level,
        Message,
        Municipality,
        Paper,
        PaperResult,
        Reference,
        Validity,
        Verdict,
    )
    from .report.report import render_json, render_text, report_json
    from .rulebase.loader import load_profile, load_rule_base
    from .rulebase.types import Profile, Rule, RuleBase
    from .verdict.checker import Checker, CheckOptions

#: Where each public name lives. They are imported on first use (PEP 562), so that
#: ``python -m beschluss_rules`` and ``import beschluss_rules.model`` load only what they need.
_HOMES = {
    "CheckOptions": "verdict.checker", "Checker": "verdict.checker",
    "BeschlussRulesError": "errors", "EngineUnavailableError": "errors", "InputError": "errors",
    "InternalError": "errors", "RuleFileError": "errors", "UsageError": "errors",
    "Profile": "rulebase.types", "Rule": "rulebase.types", "RuleBase": "rulebase.types",
    "load_profile": "rulebase.loader", "load_rule_base": "rulebase.loader",
    "Body": "model", "DecisionItem": "model", "Finding": "model", "ItemResult": "model",
    "Level": "model", "Message": "model", "Municipality": "model", "Paper": "model",
    "PaperResult": "model", "Reference": "model", "Validity": "model", "Verdict": "model",
    "render_json": "report.report", "render_text": "report.report", "report_json": "report.report",
}


def __getattr__(name: str) -> object:
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    from importlib import import_module

    value = getattr(import_module(f".{home}", __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))


__all__ = [
    "BeschlussRulesError",
    "Body",
    "CheckOptions",
    "Checker",
    "DecisionItem",
    "EngineUnavailableError",
    "Finding",
    "InputError",
    "InternalError",
    "ItemResult",
    "Level",
    "Message",
    "Municipality",
    "Paper",
    "PaperResult",
    "Profile",
    "Reference",
    "Rule",
    "RuleBase",
    "RuleFileError",
    "UsageError",
    "Validity",
    "Verdict",
    "__version__",
    "load_profile",
    "load_rule_base",
    "render_json",
    "render_text",
    "report_json",
]

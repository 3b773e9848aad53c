"""Shared fixtures: the shipped rule base and checkers, built once per test session."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

from beschluss_rules.rulebase.loader import load_rule_base
from beschluss_rules.verdict.checker import Checker

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
#: The corpus of real council papers: $BESCHLUSS_CORPUS, else the one CI keeps in ../shared.
CORPUS = Path(os.environ.get("BESCHLUSS_CORPUS") or SHARED / "corpus")
EXAMPLE = ROOT / "examples" / "heinsberg-beitritt-netzwerk-innenstadt.txt"

settings.register_profile("default", max_examples=150, deadline=None,
                          suppress_health_check=[HealthCheck.too_slow])
settings.register_profile("ci", max_examples=1500, deadline=None,
                          suppress_health_check=[HealthCheck.too_slow])
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "default"))


@pytest.fixture(scope="session")
def rule_base():
    return load_rule_base()


@pytest.fixture(scope="session")
def checker(rule_base):
    return Checker(rule_base)


@pytest.fixture(scope="session")
def reference_checker(rule_base):
    return Checker(rule_base, engine="reference")

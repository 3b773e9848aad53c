"""One diagnostics model: errors and findings name their place with the same Location and carry
stable codes, so programs can react to a kind of problem without parsing messages."""

from __future__ import annotations

import pytest

from beschluss_rules.errors import (
    BeschlussRulesError,
    EngineUnavailableError,
    InputError,
    InternalError,
    Location,
    NotAPaperError,
    RuleFileError,
    UsageError,
)
from beschluss_rules.model import Finding, FindingId, Level, Message


def test_a_location_renders_what_is_known():
    assert Location("rules/nw/go/x.yaml", 12, 3, "kind").render() == "rules/nw/go/x.yaml:12:3"
    assert Location("vorlage.txt", 7).render() == "vorlage.txt:7"
    assert Location(None, 7, 2).render() == "7:2"
    assert Location().render() == ""


def test_an_error_and_a_finding_share_the_location_type():
    error = RuleFileError("unknown kind", path="rules/nw/go/x.yaml", line=4, key="kind")
    assert error.location == Location("rules/nw/go/x.yaml", 4, None, "kind")
    finding = Finding(FindingId.BODY_UNKNOWN, Level.WARNING, Message("a", "b"), line=9, column=5)
    assert finding.location == Location(None, 9, 5)
    assert isinstance(error.location, type(finding.location))


@pytest.mark.parametrize(("error", "code"), [
    (RuleFileError, "rule-file"), (InputError, "input"), (NotAPaperError, "input.not-a-paper"),
    (UsageError, "usage"), (EngineUnavailableError, "engine.unavailable"), (InternalError, "internal"),
])
def test_every_error_class_has_its_own_stable_code(error, code):
    assert error("x").code == code
    assert issubclass(error, BeschlussRulesError)


def test_codes_of_error_classes_are_unique():
    classes = [RuleFileError, InputError, NotAPaperError, UsageError, EngineUnavailableError, InternalError]
    assert len({c.code for c in classes}) == len(classes)


def test_a_finding_code_is_its_rule_id_or_built_in_id():
    assert Finding("nw.go.41-2-uebertragung", Level.WARNING, Message("a", "b")).code == "nw.go.41-2-uebertragung"
    assert Finding(FindingId.NO_DATE, Level.WARNING, Message("a", "b")).code == "core.no-date"

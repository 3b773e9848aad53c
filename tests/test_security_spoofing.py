"""Issue 12, item 1: invisible and look-alike characters must not flip a verdict.

A hostile paper names the Haupt- und Finanzausschuss with a zero-width space, a bidi control, a
Cyrillic or fullwidth letter; before the fix the name went unrecognised, the reader took the
council from the Beratungsfolge, and a not-competent item became competent.
"""

from __future__ import annotations

import datetime as dt

import pytest

from beschluss_rules.model import FindingId, Verdict
from beschluss_rules.text.normalize import fold, fold_with_map
from beschluss_rules.text.spoofing import suspicion
from beschluss_rules.verdict.checker import CheckOptions

PAPER = """Beschlussvorlage
Betreff: Satzung über die Erhebung von Hundesteuer
Beratungsfolge:
Gremium                          Zuständigkeit
Rat der Stadt Heinsberg          Entscheidung

Beschlussvorschlag:
Der {name} beschließt die Satzung über die Erhebung der Hundesteuer.
"""
OPTIONS = CheckOptions(municipality="heinsberg", date=dt.date(2021, 9, 1))
HFA = "Haupt- und Finanzausschuss"


def check(checker, name: str):
    result = checker.check_text(PAPER.format(name=name), options=OPTIONS)
    (item,) = result.items
    return result, item


def test_the_plain_name_is_not_competent_for_a_satzung(checker):
    _, item = check(checker, HFA)
    assert item.verdict == Verdict.NOT_COMPETENT
    assert FindingId.SPOOFED_NAME not in [f.rule for f in item.findings]


@pytest.mark.parametrize("disguised", [
    "Haupt- und Fin\u0430nzausschuss",        # Cyrillic а
    "Haupt- und Finanz\u200bausschuss",       # zero-width space
    "Haupt- und Finanz\u200dausschuss",       # zero-width joiner
    "Haupt- und Finanz\u202eausschuss",       # right-to-left override
    "Haupt- und \uff26inanzausschuss",        # fullwidth F
    "Haupt- und Fin\u03b1nzausschuss",        # Greek alpha
], ids=["cyrillic-a", "zero-width-space", "zero-width-joiner", "bidi-override", "fullwidth",
        "greek-alpha"])
def test_a_disguised_committee_name_is_still_the_committee_and_an_error(checker, disguised):
    _, item = check(checker, disguised)
    assert item.verdict == Verdict.NOT_COMPETENT
    assert item.item.body is not None and "hauptausschuss" in item.item.body.kinds
    spoofed = [f for f in item.findings if f.rule == FindingId.SPOOFED_NAME]
    assert spoofed and spoofed[0].level.value == "error"
    assert "<U+" in spoofed[0].message.de  # the hidden character is shown


def test_the_item_text_keeps_the_original_characters(checker):
    _, item = check(checker, "Haupt- und Fin\u0430nzausschuss")
    assert "Fin\u0430nz" in item.item.text


def test_a_soft_hyphen_is_only_a_note(checker):
    result, item = check(checker, "Haupt- und Finanz\u00adausschuss")
    assert item.verdict == Verdict.NOT_COMPETENT
    assert FindingId.SPOOFED_NAME not in [f.rule for f in item.findings]
    assert any("U+00AD" in n.en for n in result.paper.notes)


def test_an_unrecognisable_named_body_is_not_replaced_by_the_beratungsfolge(checker):
    # Cyrillic у and с fold to y and c: no known name; the council of the Beratungsfolge must
    # not stand in for the body the text names.
    _, item = check(checker, "Haupt- und Finanzа\u0443\u0441schuss")
    assert item.verdict == Verdict.UNKNOWN
    assert item.item.body is None and item.item.body_source == "unrecognised"
    assert item.findings[0].rule == FindingId.BODY_UNKNOWN


def test_the_beratungsfolge_supplies_the_body_when_the_text_names_none(checker):
    result = checker.check_text(PAPER.replace(
        "Der {name} beschließt die Satzung", "Der Satzung"
    ).replace("Hundesteuer.\n", "Hundesteuer wird zugestimmt.\n"), options=OPTIONS)
    (item,) = result.items
    assert item.item.body is not None and item.item.body_source == "beratungsfolge"


@pytest.mark.parametrize("text, expected", [
    ("R\u0430t", "rat"), ("\uff32\uff41\uff54", "rat"), ("Ra\u200bt", "rat"), ("R\u202eat", "rat"),
    ("Ver\u00adwaltung", "verwaltung"), ("\ufb01nal", "final"), ("Größe", "grosse"),
])
def test_fold_removes_invisible_and_folds_look_alikes(text, expected):
    assert fold(text) == expected
    folded, offsets = fold_with_map(text)
    assert folded == expected and len(offsets) == len(folded)
    assert all(0 <= o < len(text) for o in offsets)


@pytest.mark.parametrize("name", ["Rat", "Bürgermeister", "Ausschuss für Umwelt", "Ver\u00adwaltung"])
def test_honest_names_are_not_suspicious(name):
    assert suspicion(name) is None

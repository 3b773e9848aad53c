"""Issue 12, item 6: items numbered 100 and up, lettered after h) and nested ("1.1") are items
of their own; before, they were glued onto the item before and their findings were lost."""

from __future__ import annotations

import datetime as dt

from beschluss_rules.model import Verdict
from beschluss_rules.verdict.checker import CheckOptions

HEAD = """Beschlussvorlage
Betreff: Sammelvorlage

Beschlussvorschlag:
Der Haupt- und Finanzausschuss beschließt:
"""
OPTIONS = CheckOptions(municipality="heinsberg", date=dt.date(2021, 9, 1))
HARMLESS = "die Kenntnisnahme des Berichts Nr. {n} über die Grünpflege."
SATZUNG = "die Satzung über die Erhebung der Hundesteuer."


def _check(checker, markers: list[str], texts: list[str]):
    body = "".join(f"{marker} {text}\n" for marker, text in zip(markers, texts, strict=True))
    return checker.check_text(HEAD + body, options=OPTIONS)


def test_item_100_is_an_item_of_its_own(checker):
    markers = [f"{n}." for n in range(1, 101)]
    texts = [HARMLESS.format(n=n) for n in range(1, 100)] + [SATZUNG]
    result = _check(checker, markers, texts)
    assert len(result.items) == 100
    assert result.items[-1].item.index == 100 and result.items[-1].verdict == Verdict.NOT_COMPETENT


def test_lettered_items_after_h_are_items(checker):
    letters = [f"{chr(96 + n)})" for n in range(1, 12)]  # a) ... k)
    texts = [HARMLESS.format(n=n) for n in range(1, 11)] + [SATZUNG]
    result = _check(checker, letters, texts)
    assert len(result.items) == 11 and result.items[-1].verdict == Verdict.NOT_COMPETENT


def test_nested_numbers_are_items(checker):
    markers = ["1.1", "1.2", "2.1", "2.2"]
    texts = [HARMLESS.format(n=1), HARMLESS.format(n=2), HARMLESS.format(n=3), SATZUNG]
    result = _check(checker, markers, texts)
    assert len(result.items) == 4 and result.items[-1].verdict == Verdict.NOT_COMPETENT

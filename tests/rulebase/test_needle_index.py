"""A needle index kept as data (the rule-base cache) is taken only if it files every needle where
:meth:`NeedleIndex.hits` will look for it.

Properties checked here: the data of an index built for any set of needles is taken back and gives
the same hits on any text; data for other patterns, or with a needle dropped, filed under a piece it
lacks or under a needle it does not contain or that is never scanned, is refused with
``ValueError`` (the caller then builds the index anew).
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from beschluss_rules.rulebase.matching import Matcher, NeedleIndex

LETTERS = "abcdeghin "
NEEDLE = st.text(alphabet="abcdeghin", min_size=1, max_size=7)


def _matchers(groups: list[list[str]]) -> list[Matcher | None]:
    """One matcher per group, one pattern per needle (the pattern is the needle itself)."""
    return [Matcher(tuple(group), tuple((needle,) for needle in group)) if group else None for group in groups]


@given(groups=st.lists(st.lists(NEEDLE, max_size=30), min_size=1, max_size=4),
       texts=st.lists(st.text(alphabet=LETTERS, max_size=60), max_size=5))
def test_the_data_of_an_index_gives_the_same_index_back(groups, texts):
    """For any needles (few, so scanned one by one, or many, so filed under four-character pieces
    and under the shorter needles they contain), ``from_data(to_data())`` gives an index equal to
    the one built, with the same hits on every text."""
    many = [group + [f"{needle}{index:03d}" for index, needle in enumerate(group * 3)] for group in groups]
    for chosen in (groups, many):
        matchers = _matchers(chosen)
        built = NeedleIndex.of(matchers)
        taken = NeedleIndex.from_data(built.to_data(), matchers)
        assert taken == built
        for text in texts:
            assert NeedleIndex.of(matchers).hits(text) == taken.hits(text)


def _index() -> tuple[list[Matcher | None], NeedleIndex]:
    words = ["gemeinderat", "hauptausschuss", "ausschuss", "rat", "bebauungsplan", "satzung", "haushalt",
             "friedhof", "feuerwehr", "kindergarten", "schule", "sportplatz", "ortsrat", "bau", "au", "at"]
    many = words + [f"{word}{suffix}" for word in words for suffix in ("e", "es", "en", "ung", "s")]
    matchers = _matchers([many])
    return matchers, NeedleIndex.of(matchers)


def test_the_example_has_every_kind_of_filing():
    """The example index files needles in all three ways the checks look at ("rat" under "at")."""
    _, index = _index()
    assert index.by_gram and index.short and index.within


def _refused(data, matchers) -> None:
    with pytest.raises(ValueError):
        NeedleIndex.from_data(data, matchers)


def test_data_for_other_patterns_is_refused():
    """The owners must be those of the patterns the index is for: a cache of another vocabulary."""
    matchers, index = _index()
    other = _matchers([["gemeinderat", "haushalt"]])
    _refused(index.to_data(), other)


def test_a_dropped_needle_is_refused():
    """A needle missing from every filing would never be looked for: its pattern would be hidden."""
    matchers, index = _index()
    owners, always, by_gram, short, within = index.to_data()
    gram = next(iter(by_gram))
    damaged = dict(by_gram)
    damaged[gram] = by_gram[gram][1:]
    _refused((owners, always, damaged, short, within), matchers)


def test_a_needle_under_a_piece_it_lacks_is_refused():
    """A needle filed under a four-character piece it does not contain would be looked for only
    in texts that have that piece."""
    matchers, index = _index()
    owners, always, by_gram, short, within = index.to_data()
    gram = next(iter(by_gram))
    moved = by_gram[gram][0]
    wrong = next(g for g in by_gram if "".join(g) not in moved)
    damaged = dict(by_gram)
    damaged[gram] = by_gram[gram][1:]
    damaged[wrong] = by_gram[wrong] + (moved,)
    _refused((owners, always, damaged, short, within), matchers)


def test_a_needle_under_a_needle_never_scanned_or_not_contained_is_refused():
    """A needle filed under a shorter one is looked for only where that one was found: that one
    must be scanned itself and be part of it."""
    matchers, index = _index()
    owners, always, by_gram, short, within = index.to_data()
    key = next(k for k in within if k in short)
    _refused((owners, always, by_gram, tuple(n for n in short if n != key), within), matchers)
    damaged = dict(within)
    damaged[key] = within[key] + ("friedhof",)
    _refused((owners, always, by_gram, short, damaged), matchers)


@pytest.mark.parametrize("data", [None, (), ("a", "b", "c", "d", "e"), ({}, [], {}, (), {})])
def test_data_of_the_wrong_shape_is_refused(data):
    matchers, _ = _index()
    with pytest.raises((ValueError, TypeError)):
        NeedleIndex.from_data(data, matchers)

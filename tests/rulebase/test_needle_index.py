"""The needle index finds, for a whole vocabulary at once, the patterns a text can match: those
with a needle the text contains, and those without needles.

Property checked here: for any needles and any text, :meth:`NeedleIndex.hits` gives exactly the
patterns a look for every needle one by one would give, with few needles (scanned one by one, a
needle that contains another looked for only where that one occurs) and with many (found in one
pass by an Aho-Corasick automaton).
"""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from beschluss_rules.rulebase.matching import _MANY_NEEDLES, Matcher, NeedleIndex

LETTERS = "abcdeghin "
NEEDLE = st.text(alphabet="abcdeghin", min_size=1, max_size=7)


def _matchers(groups: list[list[str]]) -> list[Matcher | None]:
    """One matcher per group, one pattern per needle (the pattern is the needle itself); a group
    may hold a pattern without needles (``None``), which every text passes."""
    return [Matcher(tuple(group), tuple(None if needle == "*" else (needle,) for needle in group)) if group else None
            for group in groups]


def _brute_force(groups: list[list[str]], text: str) -> dict[int, tuple[int, ...]]:
    hits = {}
    for position, group in enumerate(groups):
        found = tuple(index for index, needle in enumerate(group) if needle == "*" or needle in text)
        if found:
            hits[position] = found
    return hits


@given(groups=st.lists(st.lists(NEEDLE | st.just("*"), max_size=30), min_size=1, max_size=4),
       texts=st.lists(st.text(alphabet=LETTERS, max_size=60), max_size=5))
def test_hits_are_the_patterns_whose_needles_occur(groups, texts):
    """For any needles (few, so scanned one by one, or many, so found by the automaton) and any
    text, the hits are the patterns whose needle the text contains, and every pattern without
    needles, by matcher and in ascending order."""
    many = [group + [f"{needle}{index:03d}" for index, needle in enumerate(group * 3) if needle != "*"]
            for group in groups]
    for chosen in (groups, many):
        index = NeedleIndex.of(_matchers(chosen))
        for text in texts + ["".join(n for group in chosen for n in group if n != "*")]:
            assert index.hits(text) == _brute_force(chosen, text)


def test_many_needles_are_found_in_one_pass_and_few_one_by_one():
    """An index of many needles uses the automaton; one of a handful scans for each needle, and a
    needle that contains another ("rat" in "gemeinderat") is looked for only after it."""
    words = ["gemeinderat", "hauptausschuss", "ausschuss", "rat", "bebauungsplan", "satzung"]
    few = NeedleIndex.of(_matchers([words]))
    assert few._automaton is None and "rat" in few.short and "gemeinderat" in few.within["rat"]
    many_words = words + [f"{word}{suffix}" for word in words for suffix in range(_MANY_NEEDLES)]
    many = NeedleIndex.of(_matchers([many_words]))
    assert many._automaton is not None and not many.short
    text = "der gemeinderat und der hauptausschuss beschliessen die satzung"
    assert few.hits(text) == {0: (0, 1, 2, 3, 5)}
    assert many.hits(text) == _brute_force([many_words], text)

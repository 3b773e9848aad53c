"""How vocabulary entries meet folded text: a :class:`Matcher` holds the regular expressions of
one entry, each with its needles (:mod:`beschluss_rules.text.prefilter`), and a
:class:`NeedleIndex` finds once, for a whole list of matchers, which of their patterns a text can
match at all. A pattern runs only on texts that contain one of its needles, which changes no
result; the vocabulary (:mod:`.vocabulary`) and the reader's profile body names use both.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping, Sequence
from typing import Any

import ahocorasick
import attrs

from ..errors import RuleFileError

__all__ = ["MEMO_CHARS", "Matcher", "NeedleIndex", "literal_first", "word_start"]

#: Texts up to this length are remembered (folded, and which patterns they pass); a paper's whole
#: text, which may be megabytes, is not kept alive.
MEMO_CHARS = 20_000

#: A leading look-behind for one character that is not there, such as the vocabulary terms'
#: "no letter (or digit) before the term", ``(?<![a-z0-9])``: a class (without nested brackets or
#: escapes), ``\w`` or ``\d``.
_ONE_CHAR_BEHIND = re.compile(r"\(\?<!(?:\[[^\[\]\\]+\]|\\[wd])\)")
_QUANTIFIERS = frozenset("?*+{")


def literal_first(pattern: str) -> str:
    """``pattern`` with its leading word-start look-behind moved behind the literal letters that
    follow it: ``(?<![a-z0-9])rat\\s*der`` becomes ``rat(?<![a-z0-9]rat)\\s*der``; before a group
    of alternatives, into each of them: ``(?<![a-z])(wahl|neuwahl)\\w*`` becomes
    ``(wahl(?<![a-z]wahl)|neuwahl(?<![a-z]neuwahl))\\w*``.

    The regex engine tries a pattern that starts with a look-behind at every position of the
    text; one that starts with a literal (or with alternatives that each start with one) lets it
    skip to where a literal's first letter occurs (most terms of the vocabulary begin so). Both
    match at exactly the same positions with the same groups: the moved look-behind tests the
    character before the literal, as the first one did, and the literal holds no group. Only
    plain letters and digits are moved, and not one a quantifier follows (``rats?``), nor into a
    group that may be skipped (``(a|b)?``); anything else is returned unchanged. Any leading
    look-behind for one absent character is moved so (``(?<![A-Za-zÄÖÜ])``, ``(?<!\\w)``).
    """
    found = _ONE_CHAR_BEHIND.match(pattern)
    if found is None:
        return pattern
    behind = found.group()
    start = len(behind)
    if pattern.startswith("(", start):
        return _into_alternatives(pattern, behind)
    moved = _moved(pattern[start:], behind)
    return pattern if moved is None else moved


def _moved(text: str, behind: str) -> str | None:
    """``text`` (what followed ``behind``) with ``behind`` moved behind its literal letters."""
    end = 0
    while end < len(text) and text[end].isascii() and text[end].isalnum():
        end += 1
    if end < len(text) and text[end] in _QUANTIFIERS:
        end -= 1
    if end <= 0:
        return None
    literal = text[:end]
    return f"{literal}{behind[:-1]}{literal})" + text[end:]


def _into_alternatives(pattern: str, behind: str) -> str:
    """:func:`literal_first` for a look-behind before a group: moved into each alternative, if
    each starts with a literal and the group is not optional; else ``pattern``."""
    start = len(behind)
    opening = "(?:" if pattern.startswith("(?:", start) else "("
    if opening == "(" and pattern.startswith("(?", start):
        return pattern  # a named group, a look-around: left alone
    body_start = start + len(opening)
    depth, index, cuts = 0, body_start, [body_start - 1]
    while index < len(pattern):
        char = pattern[index]
        if char == "\\":
            index += 2
            continue
        if char == "[":  # a character class: up to its closing bracket
            index += 2 if pattern.startswith("[^", index) else 1
            index += 1 if pattern.startswith("]", index) else 0  # "[]" and "[^]" hold a "]"
            while index < len(pattern) and pattern[index] != "]":
                index += 2 if pattern[index] == "\\" else 1
            if index >= len(pattern):
                return pattern
        elif char == "(":
            depth += 1
        elif char == ")":
            if depth == 0:
                break
            depth -= 1
        elif char == "|" and depth == 0:
            cuts.append(index)
        index += 1
    else:
        return pattern
    close = index
    if close + 1 < len(pattern) and pattern[close + 1] in _QUANTIFIERS:
        return pattern
    cuts.append(close)
    alternatives = []
    for left, right in zip(cuts, cuts[1:], strict=False):
        moved = _moved(pattern[left + 1:right], behind)
        if moved is None:
            return pattern
        alternatives.append(moved)
    return pattern[start:body_start] + "|".join(alternatives) + pattern[close:]


#: A leading run of word characters or letters of no upper bound (``\\w*``, ``[a-z]+``,
#: ``[a-z]{3,}``), and the look-behind that makes it start where such a run starts.
_RUN_START = re.compile(r"(\\w|\[a-z\])(?:[*+]|\{\d+,\})")
_RUN_BEHIND = {"\\w": r"(?<!\w)", "[a-z]": "(?<![a-z])"}


def word_start(pattern: str) -> str | None:
    """The look-behind that lets a pattern beginning with ``\\w*`` (or ``[a-z]*``, ``[a-z]{3,}``
    and the like) start only where such a run starts, for its first match (``search``); None
    for other patterns.

    The engine tries such a pattern at every position, and at each it reads the rest of the word
    and tries every shorter run of it: a word of ten letters is read ten times. The first match
    starts at the beginning of a run anyway: had it started within one, the run could have taken
    the letter before it too, and the pattern would have matched one position earlier. From the
    same start the engine takes the same path, so the match is the same. (Not so for later
    matches of ``finditer``, which may start where an earlier match ended, within a word: it runs
    the pattern as written.)
    """
    run = _RUN_START.match(pattern)
    return None if run is None else _RUN_BEHIND[run.group(1)]


@attrs.frozen
class Matcher:
    """The terms and patterns of one vocabulary entry, as regular expressions over folded text.

    Each pattern carries its needles (:mod:`beschluss_rules.prefilter`): a text without any of
    them is not searched, which gives the same result as searching it. A pattern is compiled the
    first time a text passes its needles (most never do in a run); loading has checked it as
    compiling would, with the file and line of a broken one.
    """

    patterns: tuple[str, ...]
    needles: tuple[tuple[str, ...] | None, ...]
    _compiled: list[re.Pattern[str] | None] = attrs.field(eq=False, repr=False)

    #: The patterns as :meth:`search` and :meth:`matches` run them (see :func:`word_start`).
    _first: list[re.Pattern[str] | None] = attrs.field(eq=False, repr=False)

    @_compiled.default
    def _no_regexes(self) -> list[re.Pattern[str] | None]:
        return [None] * len(self.patterns)

    @_first.default
    def _no_first_regexes(self) -> list[re.Pattern[str] | None]:
        return [None] * len(self.patterns)

    def _first_regex(self, index: int) -> re.Pattern[str]:
        regex = self._first[index]
        if regex is None:
            behind = word_start(self.patterns[index])
            regex = self._regex(index) if behind is None else re.compile(behind + self.patterns[index])
            self._first[index] = regex
        return regex

    def _regex(self, index: int) -> re.Pattern[str]:
        regex = self._compiled[index]
        if regex is None:
            pattern = self.patterns[index]
            try:
                regex = self._compiled[index] = re.compile(literal_first(pattern))
            except re.error as exc:  # not expected: loading checked what compiling checks
                raise RuleFileError(
                    f"vocabulary pattern {pattern!r} is not a valid regular expression: {exc}",
                    message_de=f"Vokabular-Muster {pattern!r} ist kein gültiger regulärer Ausdruck: {exc}",
                ) from None
        return regex

    @property
    def regexes(self) -> tuple[re.Pattern[str], ...]:
        """Every pattern, compiled."""
        return tuple(self._regex(index) for index in range(len(self.patterns)))

    def _candidates(self, folded: str, indexes: Sequence[int] | None) -> Sequence[int]:
        if indexes is not None:
            return indexes
        contains = folded.__contains__
        return [index for index, needles in enumerate(self.needles)
                if needles is None or any(map(contains, needles))]

    def search(self, folded: str, indexes: Sequence[int] | None = None) -> re.Match[str] | None:
        """The earliest match of any pattern (the first pattern's on a tie).

        ``indexes``: the patterns whose needles ``folded`` contains, ascending, if known
        (:class:`NeedleIndex`); else they are found here.
        """
        best: re.Match[str] | None = None
        for index in self._candidates(folded, indexes):
            found = self._first_regex(index).search(folded)
            if found and (best is None or found.start() < best.start()):
                best = found
        return best

    def matches(self, folded: str, indexes: Sequence[int] | None = None) -> bool:
        """Whether any pattern matches (``bool(self.search(...))``, without looking further once
        one has)."""
        return any(self._first_regex(index).search(folded) for index in self._candidates(folded, indexes))

    def finditer(self, folded: str, indexes: Sequence[int] | None = None) -> Iterator[re.Match[str]]:
        """Every match of every pattern, pattern by pattern (as ``regex.finditer`` each)."""
        for index in self._candidates(folded, indexes):
            yield from self._regex(index).finditer(folded)

    def longest(self, folded: str, indexes: Sequence[int] | None = None) -> re.Match[str] | None:
        best: re.Match[str] | None = None
        for found in self.finditer(folded, indexes):
            if best is None or (found.end() - found.start()) > (best.end() - best.start()):
                best = found
        return best


#: An index with at least this many needles finds them all in one pass over the text (an
#: Aho-Corasick automaton); fewer are looked for one by one, which is faster for a handful.
_MANY_NEEDLES = 64


@attrs.frozen
class NeedleIndex:
    """Which patterns of a list of matchers can match a text, found once for all of them.

    The matters alone have some 4,500 distinct needles in 700 patterns of 130 entries. An index
    with many needles finds every needle a text contains in one pass, with an Aho-Corasick
    automaton (:mod:`ahocorasick`, built in a few milliseconds when the vocabulary is first
    used); one with a handful scans the text for each of them (``short``), except for a needle that
    contains another of them: it is looked for only where that one occurs (``within``: "ausschuss"
    before "hauptausschuss"). ``hits`` maps a matcher's position to its passing patterns,
    ascending, so that a matcher searches exactly as it would on its own. The last few texts' hits
    are remembered (an item's text is classified and searched in a row).
    """

    owners: Mapping[str, tuple[tuple[int, int], ...]]
    always: tuple[tuple[int, int], ...]
    short: tuple[str, ...]
    within: Mapping[str, tuple[str, ...]] = attrs.field(factory=dict)
    #: Every needle, for an index of many (else None).
    _automaton: Any = attrs.field(default=None, eq=False, repr=False)
    _memo: dict[str, dict[int, tuple[int, ...]]] = attrs.field(factory=dict, eq=False, repr=False)

    @classmethod
    def of(cls, matchers: Sequence[Matcher | None]) -> NeedleIndex:
        owners, always = cls._owners(matchers)
        if len(owners) >= _MANY_NEEDLES:
            automaton = ahocorasick.Automaton()
            for needle in owners:
                automaton.add_word(needle, needle)
            automaton.make_automaton()
            return cls(owners, always, (), {}, automaton)
        # A needle that contains another one cannot occur where that one does not: "ausschuss"
        # before "hauptausschuss", "rat" before "gemeinderat".
        roots: list[str] = []
        within: dict[str, list[str]] = {}
        for needle in owners:
            inner = [other for other in owners if other != needle and other in needle]
            if inner:
                within.setdefault(max(inner, key=lambda other: (len(other), other)), []).append(needle)
            else:
                roots.append(needle)
        return cls(owners, always, tuple(roots), {n: tuple(w) for n, w in within.items()})

    @staticmethod
    def _owners(matchers: Sequence[Matcher | None]) -> tuple[dict[str, tuple[tuple[int, int], ...]],
                                                          tuple[tuple[int, int], ...]]:
        owners: dict[str, list[tuple[int, int]]] = {}
        always = []
        for position, matcher in enumerate(matchers):
            if matcher is None:
                continue
            for index, needles in enumerate(matcher.needles):
                if needles is None:
                    always.append((position, index))
                    continue
                for needle in needles:
                    owners.setdefault(needle, []).append((position, index))
        return {n: tuple(o) for n, o in owners.items()}, tuple(always)

    def _present(self, folded: str) -> list[str]:
        if self._automaton is not None:
            return list({needle: None for _, needle in self._automaton.iter(folded)})
        contains = folded.__contains__
        present = list(filter(contains, self.short))
        if self.within:
            within = self.within
            for needle in present:  # grows while it is read: the needles found within come last
                inside = within.get(needle)
                if inside is not None:
                    present.extend(filter(contains, inside))
        return present

    def hits(self, folded: str) -> dict[int, tuple[int, ...]]:
        known = self._memo.get(folded)
        if known is not None:
            return known
        found: dict[int, set[int]] = {}
        for position, index in self.always:
            found.setdefault(position, set()).add(index)
        for needle in self._present(folded):
            for position, index in self.owners[needle]:
                found.setdefault(position, set()).add(index)
        hits = {position: tuple(sorted(indexes)) for position, indexes in found.items()}
        if len(folded) <= MEMO_CHARS:
            if len(self._memo) >= 16:
                self._memo.clear()
            self._memo[folded] = hits
        return hits

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


#: Needles are looked up by one of their four-character pieces in the set of a text's pieces
#: when an index has many: building that set is one pass over the text, scanning for each needle
#: one pass each.
_GRAM = 4
_MANY_NEEDLES = 64

#: A text's four-character pieces, as tuples of characters: ``zip`` builds them in C, faster than
#: slicing the text at every position.
_Gram = tuple[str, ...]


def _grams(text: str) -> set[_Gram]:
    return set(zip(text, text[1:], text[2:], text[3:]))


@attrs.frozen
class NeedleIndex:
    """Which patterns of a list of matchers can match a text, found once for all of them.

    The matters alone have some 3400 distinct needles in 620 patterns of 125 entries: each needle
    of four characters or more is filed under one of its four-character pieces, the one the
    fewest needles share (a rare piece: "ebau" rather than "ung "), and only the needles filed
    under a piece the text has are looked for (about 60 per item text instead of 250 under their
    first four characters). ``hits`` maps a matcher's position to its passing patterns,
    ascending, so that a matcher searches exactly as it would on its own. The last few texts'
    hits are remembered (an item's text is classified and searched in a row).
    """

    owners: Mapping[str, tuple[tuple[int, int], ...]]
    always: tuple[tuple[int, int], ...]
    #: Needles by the piece they are filed under; the other needles (``short``) are scanned in
    #: every text, except those that contain another of them: such a needle is filed under the
    #: longest one it contains (``within``) and scanned only where that one occurs.
    by_gram: Mapping[_Gram, tuple[str, ...]]
    short: tuple[str, ...]
    within: Mapping[str, tuple[str, ...]] = attrs.field(factory=dict)
    _memo: dict[str, dict[int, tuple[int, ...]]] = attrs.field(factory=dict, eq=False, repr=False)

    @classmethod
    def of(cls, matchers: Sequence[Matcher | None]) -> NeedleIndex:
        owners, always = cls._owners(matchers)
        long = [] if len(owners) < _MANY_NEEDLES else [n for n in owners if len(n) >= _GRAM]
        short = [n for n in owners if len(n) < _GRAM or not long]
        pieces = {needle: sorted(_grams(needle)) for needle in long}
        shared: dict[_Gram, int] = {}
        for grams in pieces.values():
            for gram in grams:
                shared[gram] = shared.get(gram, 0) + 1
        by_gram: dict[_Gram, list[str]] = {}
        for needle in long:
            rare = min(pieces[needle], key=shared.__getitem__)  # the first of the rarest, sorted
            by_gram.setdefault(rare, []).append(needle)
        # A needle that contains another one cannot occur where that one does not: "ausschuss"
        # before "hauptausschuss", "rat" before "gemeinderat".
        roots: list[str] = []
        within: dict[str, list[str]] = {}
        for needle in short:
            inner = [other for other in short if other != needle and other in needle]
            if inner:
                within.setdefault(max(inner, key=lambda other: (len(other), other)), []).append(needle)
            else:
                roots.append(needle)
        return cls(owners, always, {g: tuple(n) for g, n in by_gram.items()}, tuple(roots),
                   {n: tuple(w) for n, w in within.items()})

    def to_data(self) -> tuple[Any, ...]:
        """The index as plain data (tuples, dicts and strings), for the rule-base cache."""
        return (dict(self.owners), self.always, dict(self.by_gram), self.short, dict(self.within))

    @classmethod
    def from_data(cls, data: Any, matchers: Sequence[Matcher | None]) -> NeedleIndex:
        """The index :meth:`to_data` gave, checked against ``matchers``: it must file every needle
        of every pattern exactly where :meth:`hits` will look for it, so that a stale or damaged
        cache can never hide a pattern (``ValueError`` otherwise; the caller builds it anew).

        Checked: the owners and the needle-less patterns are those of ``matchers``; every needle is
        scanned in every text (``short``), or filed under a four-character piece of its own, or
        under a shorter needle it contains that is itself filed."""
        owners, always, by_gram, short, within = data
        fresh = cls._owners(matchers)
        if (type(owners) is not dict or type(always) is not tuple or type(by_gram) is not dict
                or type(short) is not tuple or type(within) is not dict):
            raise ValueError("bad needle index")
        if owners != fresh[0] or always != fresh[1]:
            raise ValueError("needle index of other patterns")
        placed = set(short)
        for gram, filed in by_gram.items():
            if type(gram) is not tuple or len(gram) != _GRAM or type(filed) is not tuple:
                raise ValueError("bad needle index")
            piece = "".join(gram)
            if any(type(needle) is not str or piece not in needle for needle in filed):
                raise ValueError("needle filed under a piece it lacks")
            placed.update(filed)
        pending = dict(within)
        while pending:  # a needle filed under another is scanned only once that one is
            ready = [key for key in pending if key in placed]
            if not ready:
                raise ValueError("needle filed under a needle never scanned")
            for key in ready:
                filed = pending.pop(key)
                if type(filed) is not tuple or any(type(needle) is not str or key not in needle
                                                   or len(key) >= len(needle) for needle in filed):
                    raise ValueError("needle filed under a needle it does not contain")
                placed.update(filed)
        if placed != set(owners):
            raise ValueError("needle index misses needles")
        return cls(owners, always, by_gram, short, within)

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
        contains = folded.__contains__
        present = list(filter(contains, self.short))
        if self.within:
            within = self.within
            for needle in present:  # grows while it is read: the needles found within come last
                inside = within.get(needle)
                if inside is not None:
                    present.extend(filter(contains, inside))
        if self.by_gram:
            by_gram, contains = self.by_gram, folded.__contains__
            for gram in by_gram.keys() & _grams(folded):
                present.extend(filter(contains, by_gram[gram]))
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

"""Literal prefilters for regular expressions: do not run a search that cannot succeed.

The vocabularies hold some 460 patterns, tried one by one on every item of every paper, and the
reader has a few more of its own; most texts contain none of a pattern's words. For a pattern we
derive from its parse tree a few *needles*, literal strings of which every match must contain at
least one: ``haupt-?\\s*und\\s*finanzausschuss`` needs "finanzausschuss",
``(gebuhren|beitrags)(satz|ordnung)`` one of the four words it can spell. ``needle in text`` is a
fast scan in C, so when no needle occurs the pattern is not run at all — its search would have
found nothing, so the result is the same. Where nothing can be derived (a pattern of classes and
wildcards only, or case-insensitive), there are no needles and the pattern always runs.

The pattern is validated by :func:`re.compile` (so every error is the one ``re`` raises, and the
compiled pattern lands in ``re``'s cache for its first use) and parsed here by a small parser of
the regular-expression syntax (:func:`_parse`), built on public APIs only: CPython's private
``re._parser`` changes between versions. The parser knows literals, escapes, classes, groups,
alternatives, repeats, anchors and lookarounds; whatever it does not know (a back-reference, a
conditional group, the verbose flag) counts as "any text", which can only lose needles, never
make a needle wrong. Lookarounds and anchors match no characters, so they neither contribute nor
break a run of literals; a lookahead's own text is not used (conservative).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from typing import NamedTuple, Union

__all__ = ["Guarded", "NeedleTree", "needles", "passes"]

#: At most this many alternative spellings per needle set (a product of alternations grows fast).
_LIMIT = 64

# --- the parse tree ---------------------------------------------------------------------------


class Lit(NamedTuple):
    """One literal character."""

    char: str


class In(NamedTuple):
    """A class: its characters when they are few and known, else ``None``."""

    chars: frozenset[str] | None


class Wide(NamedTuple):
    """Anything else that matches characters (``.``, ``\\w``, a negated class)."""


class Zero(NamedTuple):
    """An anchor or a lookaround: matches no characters."""


class Group(NamedTuple):
    """A group; ``ignorecase`` when it turns case-insensitivity on."""

    ignorecase: bool
    body: Seq


class Branch(NamedTuple):
    """Alternatives."""

    options: tuple[Seq, ...]


class Repeat(NamedTuple):
    """A repeat; ``high`` ``None`` when unbounded."""

    low: int
    high: int | None
    body: Seq


class Unknown(NamedTuple):
    """What the parser does not model (a back-reference, a conditional group)."""


Item = Union[Lit, In, Wide, Zero, Group, Branch, Repeat, Unknown]  # noqa: UP007  (runtime alias)
Seq = tuple[Item, ...]

_SIMPLE_ESCAPES = {"a": "\a", "f": "\f", "n": "\n", "r": "\r", "t": "\t", "v": "\v", "\\": "\\"}
_CATEGORIES = frozenset("dDsSwW")
_ANCHORS = frozenset("AbBZ")


class _Unsupported(Exception):
    """Syntax the parser does not model at top level (e.g. the verbose flag): no needles."""


class _Parser:
    """A recursive-descent parser for patterns that :func:`re.compile` has accepted."""

    def __init__(self, pattern: str) -> None:
        self.text = pattern
        self.pos = 0

    def peek(self, ahead: int = 0) -> str:
        index = self.pos + ahead
        return self.text[index] if index < len(self.text) else ""

    def startswith(self, prefix: str) -> bool:
        return self.text.startswith(prefix, self.pos)

    def alternatives(self) -> Seq:
        """``a|b|c`` up to a closing parenthesis or the end, as a sequence (of one branch item
        when there are alternatives, after taking out a common prefix, as ``re`` does)."""
        branches = [self.sequence()]
        while self.peek() == "|":
            self.pos += 1
            branches.append(self.sequence())
        if len(branches) == 1:
            return branches[0]
        prefix: list[Item] = []
        while all(branches) and all(b[0] == branches[0][0] for b in branches[1:]):
            prefix.append(branches[0][0])
            branches = [b[1:] for b in branches]
        chars: set[str] = set()
        for branch in branches:
            first = branch[0] if len(branch) == 1 else None
            if isinstance(first, Lit):
                chars.add(first.char)
            elif isinstance(first, In) and first.chars is not None:
                chars |= first.chars
            else:
                return (*prefix, Branch(tuple(branches)))
        return (*prefix, In(frozenset(chars)))

    def sequence(self) -> Seq:
        items: list[Item] = []
        while self.pos < len(self.text) and self.peek() not in "|)":
            atom = self.atom()
            if atom is None:
                continue
            items.append(self.quantified(atom))
        return tuple(items)

    def quantified(self, atom: Item) -> Item:
        char = self.peek()
        if char in ("*", "+", "?"):
            self.pos += 1
            low, high = {"*": (0, None), "+": (1, None), "?": (0, 1)}[char]
        elif char == "{":
            found = re.match(r"\{(\d*)(?:(,)(\d*))?\}", self.text[self.pos:])
            if found is None or (not found.group(1) and not found.group(2)):
                return atom  # a literal "{" (handled by the next atom)
            self.pos += found.end()
            low = int(found.group(1) or 0)
            if found.group(2):
                high = int(found.group(3)) if found.group(3) else None
            else:
                high = low
        else:
            return atom
        if self.peek() in ("?", "+"):  # lazy or possessive: the same strings
            self.pos += 1
        if isinstance(atom, Zero):
            return atom
        body = atom.body if isinstance(atom, Group) and not atom.ignorecase else (atom,)
        return Repeat(low, high, body)

    def atom(self) -> Item | None:
        char = self.peek()
        self.pos += 1
        if char == "(":
            return self.group()
        if char == "[":
            return self.klass()
        if char == "\\":
            return self.escape()
        if char == ".":
            return Wide()
        if char in ("^", "$"):
            return Zero()
        return Lit(char)

    def group(self) -> Item | None:
        ignorecase = False
        if self.peek() == "?":
            self.pos += 1
            kind = self.peek()
            if kind == ":":
                self.pos += 1
            elif kind == "P" and self.peek(1) == "<":
                self.pos = self.text.index(">", self.pos) + 1
            elif kind == "P" and self.peek(1) == "=":
                self.pos = self.text.index(")", self.pos) + 1
                return Unknown()
            elif kind == "#":
                self.pos = self.text.index(")", self.pos) + 1
                return None
            elif kind in ("=", "!") or (kind == "<" and self.peek(1) in ("=", "!")):
                self.pos += 1 if kind != "<" else 2
                self.alternatives()
                self.close()
                return Zero()
            elif kind == "<":  # (?<name>...)
                self.pos = self.text.index(">", self.pos) + 1
            elif kind == ">":  # atomic group
                self.pos += 1
            elif kind == "(":  # a conditional group
                self.skip_group()
                return Unknown()
            else:
                flags = re.match(r"([aiLmsux]*)(?:-([imsx]*))?([:)])", self.text[self.pos:])
                if flags is None:
                    raise _Unsupported(self.text)
                self.pos += flags.end()
                if flags.group(3) == ")":  # global flags: handled by the caller through re.compile
                    return None
                if "x" in flags.group(1):
                    self.skip_to_close()
                    return Unknown()
                ignorecase = "i" in flags.group(1)
        body = self.alternatives()
        self.close()
        return Group(ignorecase, body)

    def close(self) -> None:
        if self.peek() != ")":
            raise _Unsupported(self.text)
        self.pos += 1

    def skip_group(self) -> None:
        """Skip to the ")" that closes a group whose "(" is already consumed (classes and
        escapes respected)."""
        depth = 1
        while depth and self.pos < len(self.text):
            char = self.peek()
            self.pos += 1
            if char == "\\":
                self.pos += 1
            elif char == "[":
                self.klass()
            elif char == "(":
                depth += 1
            elif char == ")":
                depth -= 1

    def skip_to_close(self) -> None:
        self.skip_group()

    def escape(self) -> Item:
        char = self.peek()
        self.pos += 1
        if char in _CATEGORIES:
            return Wide()
        if char in _ANCHORS:
            return Zero()
        literal = self.escaped_literal(char)
        return Unknown() if literal is None else Lit(literal)

    def escaped_literal(self, char: str) -> str | None:
        """The character an escape ``\\<char>...`` stands for (``None``: not a literal)."""
        if char in _SIMPLE_ESCAPES:
            return _SIMPLE_ESCAPES[char]
        if char == "x":
            value, self.pos = self.text[self.pos:self.pos + 2], self.pos + 2
            return chr(int(value, 16))
        if char in ("u", "U"):
            size = 4 if char == "u" else 8
            value, self.pos = self.text[self.pos:self.pos + size], self.pos + size
            return chr(int(value, 16))
        if char == "N":
            import unicodedata

            end = self.text.index("}", self.pos)
            name, self.pos = self.text[self.pos + 1:end], end + 1
            return unicodedata.lookup(name)
        if char == "0" or (char in "1234567" and self.peek() in "01234567" and self.peek(1) in "01234567"):
            digits = re.match(r"[0-7]{0,2}" if char == "0" else r"[0-7]{2}", self.text[self.pos:])
            assert digits is not None
            self.pos += digits.end()
            return chr(int(char + digits.group(), 8))
        if char.isdigit():  # a back-reference
            while self.peek().isdigit():
                self.pos += 1
            return None
        return char  # an escaped punctuation character

    def klass(self) -> Item:
        """A class after its "[": its characters when they are few literals or small ranges."""
        negate = self.peek() == "^"
        if negate:
            self.pos += 1
        chars: set[str] | None = set()
        first = True
        while self.pos < len(self.text):
            char = self.peek()
            if char == "]" and not first:
                self.pos += 1
                break
            first = False
            self.pos += 1
            if char == "\\":
                escaped = self.peek()
                self.pos += 1
                if escaped in _CATEGORIES:
                    chars = None
                    continue
                start = "\b" if escaped == "b" else self.escaped_literal(escaped)
            else:
                start = char
            if start is None:
                chars = None
                continue
            if self.peek() == "-" and self.peek(1) not in ("]", ""):
                self.pos += 1
                end_char = self.peek()
                self.pos += 1
                end = self.escaped_literal(self.peek_escape()) if end_char == "\\" else end_char
                if end is None or chars is None:
                    chars = None
                    continue
                if ord(end) - ord(start) < 8:
                    chars.update(chr(code) for code in range(ord(start), ord(end) + 1))
                else:
                    chars = None
                continue
            if chars is not None:
                chars.add(start)
        if negate or not chars:
            return Wide()
        return In(frozenset(chars))

    def peek_escape(self) -> str:
        char = self.peek()
        self.pos += 1
        return char


def _parse(pattern: str) -> Seq:
    parser = _Parser(pattern)
    items = parser.alternatives()
    if parser.pos != len(pattern):  # an unbalanced ")" that re.compile accepted cannot happen
        raise _Unsupported(pattern)
    return items


# --- needles from the parse tree --------------------------------------------------------------


def needles(pattern: str, flags: int = 0) -> tuple[str, ...] | None:
    """Strings one of which every match of ``pattern`` contains, or ``None`` (always search).

    Raises :class:`re.error` for an invalid pattern, exactly as :func:`re.compile` does (it is
    compiled here, which also puts it in ``re``'s cache for its first search).
    """
    compiled = re.compile(pattern, flags)
    if compiled.flags & (re.IGNORECASE | re.LOCALE | re.VERBOSE):
        return None
    try:
        tree = _parse(pattern)
    except (_Unsupported, ValueError, IndexError, KeyError):
        return None
    found = _required(tree)
    if not found:
        return None
    # A needle that contains another adds nothing: where it occurs, the other does too.
    return tuple(sorted(n for n in found if not any(o != n and o in n for o in found)))


def passes(text: str, found: tuple[str, ...] | None) -> bool:
    """Whether a pattern with these needles could match ``text`` at all."""
    return found is None or any(map(text.__contains__, found))


class NeedleTree:
    """Which of many needles a text contains, each scanned only where it can occur.

    A needle that contains another one (or one of ``roots``, strings given only to group the
    needles: "Gemeindeordnung" for "Hessische Gemeindeordnung", "Gemeindeordnung für
    Schleswig-Holstein", ...) cannot occur where that one does not: it is scanned only after the
    longest such string was found. The answer is the set of needles ``in`` the text, as if each
    were scanned (property-tested); what the roots save is the scans of the needles under an
    absent root.
    """

    __slots__ = ("_roots", "_under", "needles")

    def __init__(self, needles: Iterable[str], roots: Iterable[str] = ()) -> None:
        self.needles = frozenset(needles)
        strings = sorted(self.needles | set(roots), key=lambda s: (len(s), s))
        under: dict[str, list[str]] = {}
        top: list[str] = []
        for string in strings:
            inner = [other for other in strings if len(other) < len(string) and other in string]
            if inner:
                under.setdefault(max(inner, key=lambda other: (len(other), other)), []).append(string)
            else:
                top.append(string)
        self._roots = tuple(top)
        self._under = {string: tuple(below) for string, below in under.items()}

    def present(self, text: str) -> frozenset[str]:
        """The needles that ``text`` contains."""
        contains, under = text.__contains__, self._under
        found = list(filter(contains, self._roots))
        for string in found:  # grows while it is read
            below = under.get(string)
            if below is not None:
                found.extend(filter(contains, below))
        return self.needles.intersection(found)


class Guarded:
    """A regular expression that is not run on a text without any of its needles: the same
    results as the compiled pattern (every match contains a needle), found faster where the text
    has none (most texts, for most of the reader's patterns). The needles are found on first use,
    so that importing a module of patterns stays quick."""

    __slots__ = ("_needles", "_ready", "pattern", "regex")

    def __init__(self, pattern: str) -> None:
        self.pattern = pattern
        self.regex = re.compile(pattern)
        self._needles: tuple[str, ...] | None = None
        self._ready = False

    def _found(self) -> tuple[str, ...] | None:
        if not self._ready:
            self._needles, self._ready = needles(self.pattern), True
        return self._needles

    def search(self, text: str) -> re.Match[str] | None:
        return self.regex.search(text) if passes(text, self._found()) else None

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        return self.regex.finditer(text) if passes(text, self._found()) else iter(())


def _product(left: set[str], right: set[str]) -> set[str] | None:
    combined = {a + b for a in left for b in right}
    return combined if len(combined) <= _LIMIT else None


def _exact(items: Seq) -> set[str] | None:
    """Every string ``items`` can match, if they are few; else ``None``."""
    results: set[str] | None = {""}
    tail = ""  # literals after the last alternative, appended to every result at the end
    for item in items:
        if isinstance(item, Lit):
            tail += item.char
            continue
        options = _exact_item(item)
        if options is None:
            return None
        if len(options) == 1:
            tail += next(iter(options))
            continue
        results = _product({head + tail for head in results or ()}, options)
        tail = ""
        if results is None:
            return None
    return {head + tail for head in results or ()}


def _exact_item(item: Item) -> set[str] | None:
    if isinstance(item, Lit):
        return {item.char}
    if isinstance(item, Zero):
        return {""}
    if isinstance(item, In):
        return set(item.chars) if item.chars is not None else None
    if isinstance(item, Group):
        return None if item.ignorecase else _exact(item.body)
    if isinstance(item, Branch):
        union: set[str] = set()
        for branch in item.options:
            options = _exact(branch)
            if options is None:
                return None
            union |= options
        return union if len(union) <= _LIMIT else None
    if isinstance(item, Repeat):
        if item.high is None or item.high > 3:
            return None
        options = _exact(item.body)
        if options is None:
            return None
        union = set()
        power: set[str] | None = {""}
        for count in range(item.high + 1):
            if power is None:
                return None
            if count >= item.low:
                union |= power
            if count < item.high:
                power = _product(power, options)
        if power is None:
            return None
        return union if len(union) <= _LIMIT else None
    return None


def _required(items: Seq) -> set[str] | None:
    """Strings one of which every match of the sequence ``items`` contains, or ``None``.

    Consecutive items of known spelling form runs (their concatenations); an item of unknown
    spelling ends a run but may itself require something (a group, a branch, a ``+``). Of the
    candidates, the one whose shortest string is longest wins (the most selective).
    """
    candidates: list[set[str]] = []
    run = {""}
    tail = ""  # literals after the run's last alternative (appended when the run is used)
    for item in items:
        if isinstance(item, Lit):
            tail += item.char
            continue
        options = _exact_item(item)
        if options is not None:
            if len(options) == 1:
                tail += next(iter(options))
                continue
            combined = _product({head + tail for head in run}, options)
            if combined is None:
                candidates.append({head + tail for head in run})
                run = options
            else:
                run = combined
            tail = ""
            continue
        candidates.append({head + tail for head in run})
        run, tail = {""}, ""
        inner = _required_item(item)
        if inner is not None:
            candidates.append(inner)
    candidates.append({head + tail for head in run})
    useful = [c for c in candidates if c and "" not in c]
    if not useful:
        return None
    return max(useful, key=lambda c: (min(len(s) for s in c), -len(c)))


def _required_item(item: Item) -> set[str] | None:
    if isinstance(item, Group):
        return None if item.ignorecase else _required(item.body)
    if isinstance(item, Branch):
        union: set[str] = set()
        for branch in item.options:
            inner = _required(branch)
            if inner is None:
                return None
            union |= inner
        return union if len(union) <= 2 * _LIMIT else None
    if isinstance(item, Repeat) and item.low >= 1:
        return _required(item.body)
    return None

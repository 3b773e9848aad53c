"""Literal prefilters for regular expressions: do not run a search that cannot succeed.

The vocabularies hold some 460 patterns, tried one by one on every item of every paper, and the
reader has a few more of its own; most texts contain none of a pattern's words. For a pattern we
derive from its parse tree a few *needles*, literal strings of which every match must contain at
least one: ``haupt-?\\s*und\\s*finanzausschuss`` needs "finanzausschuss",
``(gebuhren|beitrags)(satz|ordnung)`` one of the four words it can spell. ``needle in text`` is a
fast scan in C, so when no needle occurs the pattern is not run at all — its search would have
found nothing, so the result is the same. Where nothing can be derived (a pattern of classes and
wildcards only, or case-insensitive), there are no needles and the pattern always runs.

Lookarounds and anchors match no characters, so they neither contribute nor break a run of
literals; a lookahead's own text is not used (conservative).
"""

from __future__ import annotations

import re
from re import (
    _compiler,  # type: ignore[attr-defined]
    _parser,  # type: ignore[attr-defined]
)
from re import _constants as _c  # type: ignore[attr-defined]

__all__ = ["needles", "passes"]

#: At most this many alternative spellings per needle set (a product of alternations grows fast).
_LIMIT = 64
_ZERO_WIDTH = (_c.AT, _c.ASSERT, _c.ASSERT_NOT)
_REPEATS = (_c.MAX_REPEAT, _c.MIN_REPEAT, getattr(_c, "POSSESSIVE_REPEAT", _c.MAX_REPEAT))
_ATOMIC = getattr(_c, "ATOMIC_GROUP", None)


def needles(pattern: str, flags: int = 0) -> tuple[str, ...] | None:
    """Strings one of which every match of ``pattern`` contains, or ``None`` (always search).

    Raises :class:`re.error` for an invalid pattern, as :func:`re.compile` would: the parser's
    errors, and the compiler's check that a look-behind has a fixed width. (So a vocabulary can
    be validated here and its patterns compiled when first needed.)
    """
    parsed = _parser.parse(pattern, flags)
    _check_lookbehinds(parsed)
    if parsed.state.flags & (re.IGNORECASE | re.LOCALE):
        return None
    found = _required(_items(parsed))
    if not found:
        return None
    # A needle that contains another adds nothing: where it occurs, the other does too.
    return tuple(sorted(n for n in found if not any(o != n and o in n for o in found)))


def _items(pattern) -> list:
    """The operations of a parsed (sub)pattern (its list, without the per-item indexing)."""
    return getattr(pattern, "data", pattern)


def _check_lookbehinds(items) -> None:
    """What ``re._compiler`` checks beyond the parser: a look-behind must have a fixed width."""
    for op, av in _items(items):
        if op in (_c.ASSERT, _c.ASSERT_NOT):
            if av[0] < 0:
                low, high = av[1].getwidth()
                if low > _compiler.MAXCODE:
                    raise re.error("looks too much behind")
                if low != high:
                    raise re.error("look-behind requires fixed-width pattern")
            _check_lookbehinds(av[1])
        elif op is _c.SUBPATTERN:
            _check_lookbehinds(av[3])
        elif op in _REPEATS:
            _check_lookbehinds(av[2])
        elif op is _c.BRANCH:
            for branch in av[1]:
                _check_lookbehinds(branch)
        elif op is _c.GROUPREF_EXISTS:
            _check_lookbehinds(av[1])
            if av[2] is not None:
                _check_lookbehinds(av[2])
        elif _ATOMIC is not None and op is _ATOMIC:
            _check_lookbehinds(av)


def passes(text: str, found: tuple[str, ...] | None) -> bool:
    """Whether a pattern with these needles could match ``text`` at all."""
    return found is None or any(map(text.__contains__, found))


def _product(left: set[str], right: set[str]) -> set[str] | None:
    combined = {a + b for a in left for b in right}
    return combined if len(combined) <= _LIMIT else None


def _exact(items: list) -> set[str] | None:
    """Every string ``items`` can match, if they are few; else ``None``."""
    results = {""}
    tail = ""  # literals after the last alternative, appended to every result at the end
    for op, av in items:
        if op is _c.LITERAL:
            tail += chr(av)
            continue
        options = _exact_item(op, av)
        if options is None:
            return None
        if len(options) == 1:
            tail += next(iter(options))
            continue
        results = _product({head + tail for head in results}, options)  # type: ignore[assignment]
        tail = ""
        if results is None:
            return None
    return {head + tail for head in results}


def _exact_item(op, av) -> set[str] | None:
    if op is _c.LITERAL:
        return {chr(av)}
    if op in _ZERO_WIDTH:
        return {""}
    if op is _c.IN:
        chars: set[str] = set()
        for kind, value in av:
            if kind is _c.LITERAL:
                chars.add(chr(value))
            elif kind is _c.RANGE and value[1] - value[0] < 8:
                chars.update(chr(code) for code in range(value[0], value[1] + 1))
            else:  # a negation or a category (\w, \s): too many
                return None
        return chars
    if op is _c.SUBPATTERN:
        _group, add_flags, _del_flags, sub = av
        if add_flags & (re.IGNORECASE | re.LOCALE):
            return None
        return _exact(_items(sub))
    if _ATOMIC is not None and op is _ATOMIC:
        return _exact(_items(av))
    if op is _c.BRANCH:
        union: set[str] = set()
        for branch in av[1]:
            options = _exact(_items(branch))
            if options is None:
                return None
            union |= options
        return union if len(union) <= _LIMIT else None
    if op in _REPEATS:
        low, high, sub = av
        if high > 3:
            return None
        options = _exact(_items(sub))
        if options is None:
            return None
        union = set()
        power = {""}
        for count in range(high + 1):
            if count >= low:
                union |= power
            if count < high:
                power = _product(power, options)  # type: ignore[assignment]
                if power is None:
                    return None
        return union if len(union) <= _LIMIT else None
    return None


def _required(items: list) -> set[str] | None:
    """Strings one of which every match of the sequence ``items`` contains, or ``None``.

    Consecutive items of known spelling form runs (their concatenations); an item of unknown
    spelling ends a run but may itself require something (a group, a branch, a ``+``). Of the
    candidates, the one whose shortest string is longest wins (the most selective).
    """
    candidates: list[set[str]] = []
    run = {""}
    tail = ""  # literals after the run's last alternative (appended when the run is used)
    for op, av in items:
        if op is _c.LITERAL:
            tail += chr(av)
            continue
        options = _exact_item(op, av)
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
        inner = _required_item(op, av)
        if inner is not None:
            candidates.append(inner)
    candidates.append({head + tail for head in run})
    useful = [c for c in candidates if c and "" not in c]
    if not useful:
        return None
    return max(useful, key=lambda c: (min(len(s) for s in c), -len(c)))


def _required_item(op, av) -> set[str] | None:
    if op is _c.SUBPATTERN:
        _group, add_flags, _del_flags, sub = av
        if add_flags & (re.IGNORECASE | re.LOCALE):
            return None
        return _required(_items(sub))
    if _ATOMIC is not None and op is _ATOMIC:
        return _required(_items(av))
    if op is _c.BRANCH:
        union: set[str] = set()
        for branch in av[1]:
            inner = _required(_items(branch))
            if inner is None:
                return None
            union |= inner
        return union if len(union) <= 2 * _LIMIT else None
    if op in _REPEATS:
        low, _high, sub = av
        if low >= 1:
            return _required(_items(sub))
    return None

"""Text normalisation for matching German council papers, including OCR'd ones.

Papers are matched in a *folded* form: Unicode NFC, lower case, umlauts and ß folded to plain
letters (ä→a, ö→o, ü→u, ß→ss), the OCR renderings of ü ("ii") folded likewise, soft hyphens
dropped and all white space runs collapsed to one blank. Vocabulary terms are folded the same way
before they are compiled, so "Begründung", OCR's "Begrundung" and "Begriindung" meet on the
same spelling. Positions are always reported in the original
text; folding keeps a map from folded offsets back to original offsets.

Hostile or damaged text is folded too (issue 12): each character outside ASCII and the common
Latin-1 letters goes through one cached translation table (:data:`_EXOTIC`): compatibility forms
are replaced by their NFKC form (fullwidth "Ｒａｔ" → "rat", "ﬁ" → "fi"), format characters
(Unicode category Cf: zero-width space and joiner, bidi controls such as U+202E, the byte-order
mark) are removed, and letters of other scripts that look like a Latin letter (Cyrillic "а",
Greek "ο") become that letter, after Unicode TR 39's confusables data (as shipped by the
``confusable_homoglyphs`` package). This is for matching only: positions and quotes keep the
original text, and :mod:`beschluss_rules.text.spoofing` says when a name needed it.
"""

from __future__ import annotations

import json
import re
import unicodedata
from importlib import resources

__all__ = ["collapse_blanks", "fold", "fold_with_map", "nfc", "translate"]

_FOLD = str.maketrans({"ä": "a", "ö": "o", "ü": "u", "ß": "ss", "\u00ad": None, "’": "'", "‘": "'"})


def nfc(text: str) -> str:
    """Unicode NFC: "u" + combining diaeresis becomes "ü" (durable_rules and regexes need this).

    The last result is remembered by identity: a paper's text, normalised when it is decoded, is
    handed to the reader, which asks again (the check looks at every character of the text); an
    item's text is folded twice in a row. A long text and a short one are remembered apart, so
    that the short texts folded on the way (an OParl record's consultations, between decoding
    its text file and reading it) do not push the paper's text out.
    """
    last = _NFC_LAST
    if text is last[0] or text is last[1]:
        return text
    normalized = unicodedata.normalize("NFC", text)
    last[len(normalized) < _NFC_LONG] = normalized
    return normalized


#: The last long and the last short text :func:`nfc` returned (NFC of NFC is the same text).
_NFC_LAST: list[str | None] = [None, None]
#: Texts from this length on are long: a paper's text, hardly ever a line or an item.
_NFC_LONG = 1000


_OCR_UE = re.compile(r"ii(?<=[^\W\d_]ii)")  # "ii" after a letter; the literal first is faster
#: What ``_FOLD`` does, as replacements: a few scans for characters that are rarely there beat
#: a table look-up for every character (none of the results is itself replaced).
_REPLACEMENTS = (("ä", "a"), ("ö", "o"), ("ü", "u"), ("ß", "ss"), ("\u00ad", ""), ("’", "'"), ("‘", "'"))


def _latin_lookalikes() -> dict[str, str]:
    """Letters of other scripts that TR 39 lists as confusable with one ASCII letter."""
    with resources.files("confusable_homoglyphs").joinpath("confusables.json").open(encoding="utf-8") as handle:
        data = json.load(handle)
    out: dict[str, str] = {}
    for char, glyphs in data.items():
        if len(char) != 1 or char.isascii() or not unicodedata.category(char).startswith("L"):
            continue
        if unicodedata.name(char, "").startswith("LATIN"):
            continue  # Latin letters with marks are letters of their own ("é" is no "e")
        targets = {g["c"].lower() for g in glyphs if len(g["c"]) == 1 and g["c"].isascii() and g["c"].isalpha()}
        if len(targets) == 1:
            out[char] = targets.pop()
    return out


class _ExoticTable(dict[int, str | None]):
    """``str.translate`` table for characters beyond ASCII, filled on first use of each one.

    A character maps to its NFKC form (lower case), format characters (Cf) to nothing, letters
    of other scripts to the Latin letter they look like; umlauts and ß as in :data:`_FOLD`. A
    result that would contain white space or a combining mark keeps the character as it is (so
    that folding never creates blanks or joins characters differently).
    """

    lookalikes: dict[str, str] | None = None

    def __missing__(self, code: int) -> str | None:
        char = chr(code)
        result: str | None = _fold_char(char)
        self[code] = result
        return result


def _fold_char(char: str) -> str | None:
    if char in "äöüßÄÖÜ\u00ad’‘":
        return char.lower().translate(_FOLD) or None
    category = unicodedata.category(char)
    if category == "Cf":
        return None
    if category in ("Cs", "Co", "Cn") or char.isspace():
        return char
    compat = unicodedata.normalize("NFKC", char)
    if compat != char and (any(c.isspace() or unicodedata.combining(c) for c in compat) or not compat):
        compat = char
    compat = compat.lower()
    if _ExoticTable.lookalikes is None:
        _ExoticTable.lookalikes = _latin_lookalikes()
    lookalikes = _ExoticTable.lookalikes
    folded = "".join(lookalikes.get(c, c) for c in compat).translate(_FOLD)
    if not folded or any(c.isspace() for c in folded):
        return char.lower() if len(char.lower()) == 1 else char
    return folded


#: The exotic-character table (see :class:`_ExoticTable`), shared by every fold.
_EXOTIC = _ExoticTable()
#: A character :data:`_EXOTIC` changes may be there: anything beyond ASCII but the Latin-1
#: letters and signs that NFKC keeps (umlauts, ß, é, §, «, °, ...).
def _safe_class() -> str:
    """The character class of :data:`_NEEDS_EXOTIC`, as ranges (a regex checks ranges fastest)."""
    safe = [code for code in range(0x100)
            if unicodedata.normalize("NFKC", chr(code)) == chr(code) and unicodedata.category(chr(code)) != "Cf"]
    safe += [0x2013, 0x2014, 0x2018, 0x2019, 0x201C, 0x201D, 0x201E, 0x2022, 0x20AC]
    ranges: list[list[int]] = []
    for code in sorted(safe):
        if ranges and code == ranges[-1][1] + 1:
            ranges[-1][1] = code
        else:
            ranges.append([code, code])
    return "".join(f"\\u{a:04x}" if a == b else f"\\u{a:04x}-\\u{b:04x}" for a, b in ranges)


_NEEDS_EXOTIC = re.compile("[^" + _safe_class() + "]")


def translate(text: str) -> str:
    """``text.translate(_FOLD)``: umlauts and ß folded, soft hyphens dropped, quotes plain; and
    the exotic characters of :data:`_EXOTIC` folded (NFKC, Cf removed, look-alikes Latin)."""
    if text.isascii():
        return text
    for old, new in _REPLACEMENTS:
        if old in text:
            text = text.replace(old, new)
    if text.isascii():
        return text
    return _NEEDS_EXOTIC.sub(_exotic_match, text)


def _exotic_match(match: re.Match[str]) -> str:
    return _EXOTIC[ord(match.group())] or ""


def collapse_blanks(text: str) -> str:
    """Every run of white space (``\\s+``) as one blank, like ``re.sub(r"\\s+", " ", text)``.

    ``str.split`` knows the same white space as ``\\s`` and is much faster than the substitution.
    """
    if "  " not in text and text.isprintable():
        return text  # the only white space is single blanks (every other kind is unprintable)
    parts = text.split()
    if not parts:
        return " " if text else ""
    joined = " ".join(parts)
    if text[0].isspace():
        joined = " " + joined
    if text[-1].isspace():
        joined += " "
    return joined


def fold(text: str) -> str:
    """The folded form used for matching (see module docstring).

    Equal to ``fold_with_map(text)[0]`` (a property test checks it), but built from string
    methods instead of a loop over characters: papers are folded line by line, often.
    """
    lowered = nfc(text).lower()
    if "ii" in lowered:
        lowered = _OCR_UE.sub("u", lowered)
    return collapse_blanks(translate(lowered))


def _exotic(lower: str) -> str:
    """One lower-cased character (or two, from ``str.lower``), folded as :func:`translate` does."""
    return translate(lower.translate(_FOLD))


#: What :func:`fold_with_map` must look at one character at a time: white space but a single
#: blank, a possible "ii", anything beyond ASCII but umlauts; every other run (single blanks
#: between words included) keeps its length when folded.
_SPECIAL = re.compile(r"[^\S ]\s*| \s+|[^\x00-\x7fäöüÄÖÜ]|[iI][iI]")


def fold_with_map(text: str) -> tuple[str, list[int]]:
    """Fold ``text`` and return, for each folded character, its offset in ``nfc(text)``.

    Plain ASCII stretches are copied (lower-cased) in one go; the characters between them go
    through the character rules one by one (a property test compares both with a loop over every
    character).
    """
    source = nfc(text)
    if source.isascii() and source.isprintable() and "  " not in source:
        # Printable ASCII with single blanks only: folding is lower-casing, offset for offset
        # (unless an "ii" is read as "ü", which changes the length).
        lowered = source.lower()
        if "ii" not in lowered:
            return lowered, list(range(len(lowered)))
    out: list[str] = []
    offsets: list[int] = []
    previous_blank = False
    index = 0
    length = len(source)
    search = _SPECIAL.search
    while index < length:
        found = search(source, index)
        stop = found.start() if found is not None else length
        if stop > index and previous_blank and source[index] == " ":
            index += 1  # a blank after a blank (a removed character between them) is dropped
            if index >= length:  # the text ends with it (" \xad "): nothing is left
                break
        if stop > index:
            out.append(translate(source[index:stop].lower()))
            offsets.extend(range(index, stop))
            previous_blank = source[stop - 1] == " "
            index = stop
            if index >= length:
                break
        char = source[index]
        if char.isspace():  # ``found`` is this run of white space
            if not previous_blank:
                out.append(" ")
                offsets.append(index)
            previous_blank = True
            index = found.end()  # type: ignore[union-attr]
            continue
        lower = char.lower()
        if not _exotic(lower):
            # A removed character (soft hyphen) joins what stands around it.
            index += 1
            continue
        previous_blank = False
        # "ii" is how OCR renders ü (fiir → für); fold it like ü, but only inside a word.
        if (lower == "i" and index + 1 < length and source[index + 1].lower() == "i"
                and index > 0 and source[index - 1].isalpha()):
            out.append("u")
            offsets.append(index)
            index += 2
            continue
        folded = _exotic(lower)
        for piece in folded:
            out.append(piece)
            offsets.append(index)
        index += 1
    return "".join(out), offsets

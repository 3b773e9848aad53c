"""Text normalisation for matching German council papers, including OCR'd ones.

Papers are matched in a *folded* form: Unicode NFC, lower case, umlauts and ß folded to plain
letters (ä→a, ö→o, ü→u, ß→ss), the OCR renderings of ü ("ii") folded likewise, soft hyphens
dropped and all white space runs collapsed to one blank. Vocabulary terms are folded the same way
before they are compiled, so "Begründung", OCR's "Begrundung" and "Begriindung" meet on the
same spelling. Positions are always reported in the original
text; folding keeps a map from folded offsets back to original offsets.
"""

from __future__ import annotations

import re
import unicodedata

__all__ = ["collapse_blanks", "fold", "fold_with_map", "nfc", "translate"]

_FOLD = str.maketrans({"ä": "a", "ö": "o", "ü": "u", "ß": "ss", "\u00ad": None, "’": "'", "‘": "'"})


def nfc(text: str) -> str:
    """Unicode NFC: "u" + combining diaeresis becomes "ü" (durable_rules and regexes need this)."""
    return unicodedata.normalize("NFC", text)


_OCR_UE = re.compile(r"ii(?<=[^\W\d_]ii)")  # "ii" after a letter; the literal first is faster
#: What ``_FOLD`` does, as replacements: a few scans for characters that are rarely there beat
#: a table look-up for every character (none of the results is itself replaced).
_REPLACEMENTS = (("ä", "a"), ("ö", "o"), ("ü", "u"), ("ß", "ss"), ("\u00ad", ""), ("’", "'"), ("‘", "'"))


def translate(text: str) -> str:
    """``text.translate(_FOLD)``: umlauts and ß folded, soft hyphens dropped, quotes plain."""
    if text.isascii():
        return text
    for old, new in _REPLACEMENTS:
        if old in text:
            text = text.replace(old, new)
    return text


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


#: What :func:`fold_with_map` must look at one character at a time: white space, a possible
#: "ii", anything beyond ASCII but umlauts; every other run keeps its length when folded.
_SPECIAL = re.compile(r"\s+|[^\x00-\x7fäöüÄÖÜ]|[iI][iI]")


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
        if stop > index:
            out.append(translate(source[index:stop].lower()))
            offsets.extend(range(index, stop))
            previous_blank = False
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
        if not lower.translate(_FOLD):
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
        folded = lower.translate(_FOLD)
        for piece in folded:
            out.append(piece)
            offsets.append(index)
        index += 1
    return "".join(out), offsets

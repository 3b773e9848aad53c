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

__all__ = ["fold", "fold_with_map", "nfc"]

_FOLD = str.maketrans({"ä": "a", "ö": "o", "ü": "u", "ß": "ss", "\u00ad": None, "’": "'", "‘": "'"})


def nfc(text: str) -> str:
    """Unicode NFC: "u" + combining diaeresis becomes "ü" (durable_rules and regexes need this)."""
    return unicodedata.normalize("NFC", text)


_BLANKS = re.compile(r"\s+")
_OCR_UE = re.compile(r"(?<=[^\W\d_])ii")


def fold(text: str) -> str:
    """The folded form used for matching (see module docstring).

    Equal to ``fold_with_map(text)[0]`` (a property test checks it), but built from string
    methods instead of a loop over characters: papers are folded line by line, often.
    """
    lowered = nfc(text).lower()
    lowered = _OCR_UE.sub("u", lowered)
    return _BLANKS.sub(" ", lowered.translate(_FOLD))


def fold_with_map(text: str) -> tuple[str, list[int]]:
    """Fold ``text`` and return, for each folded character, its offset in ``nfc(text)``."""
    source = nfc(text)
    out: list[str] = []
    offsets: list[int] = []
    previous_blank = False
    index = 0
    length = len(source)
    while index < length:
        char = source[index]
        if char.isspace():
            if not previous_blank:
                out.append(" ")
                offsets.append(index)
            previous_blank = True
            index += 1
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

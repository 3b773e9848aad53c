"""Names that hide what they say: mixed scripts, bidi controls, invisible and compatibility characters.

Folding (:mod:`.normalize`) makes "Rаt" with a Cyrillic "а" match "Rat", so the verdict is about
the body the reader of the paper sees. A body *name* written that way is still suspicious — a
paper has no honest reason to spell "Haupt- und Finanzausschuss" with a Greek letter or with a
right-to-left override — so the checker reports it at error level (issue 12). A soft hyphen,
which OCR'd papers contain, is only a note.
"""

from __future__ import annotations

import re
import unicodedata

__all__ = ["SOFT_HYPHEN", "has_lone_surrogate", "shown", "suspicion", "visible"]

SOFT_HYPHEN = "\u00ad"
#: Bidirectional controls (embeddings, overrides, isolates, marks).
_BIDI = frozenset("\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")


def _script(char: str) -> str | None:
    """The script of a letter, from its Unicode name ("CYRILLIC SMALL LETTER A" → CYRILLIC)."""
    if not char.isalpha():
        return None
    name = unicodedata.name(char, "")
    if name.startswith("FULLWIDTH") or name.startswith("HALFWIDTH"):
        return "FULLWIDTH"
    return name.split(" ", 1)[0] or None


def suspicion(name: str) -> tuple[str, str] | None:
    """Why ``name`` (as written in the paper) is suspicious, in German and English; else ``None``.

    Bidi controls, other format characters (zero-width space, joiner, byte-order mark), letters
    of more than one script, and compatibility forms (fullwidth letters, ligatures) count. A soft
    hyphen does not (the reader notes it).
    """
    if name.isascii() or _unsafe().search(name) is None:
        return None
    if any(c in _BIDI for c in name):
        return "ein Steuerzeichen für die Schreibrichtung (bidi)", "a bidi control character"
    if any(unicodedata.category(c) == "Cf" and c != SOFT_HYPHEN for c in name):
        return "ein unsichtbares Zeichen", "an invisible character"
    scripts = {s for s in map(_script, name) if s is not None}
    if len(scripts) > 1:
        listed = ", ".join(sorted(scripts))
        return f"Buchstaben aus mehreren Schriften ({listed})", f"letters of several scripts ({listed})"
    if any(unicodedata.normalize("NFKC", c) != c for c in name if c.isalpha()):
        return "Ersatzformen von Buchstaben (z. B. Vollbreite)", "compatibility forms of letters (e.g. fullwidth)"
    return None


def _harmless(char: str) -> bool:
    """Whether ``char`` can make no name suspicious: no bidi control, no format character, and no
    letter but a Latin one that NFKC keeps (so it adds no script but Latin, and no compatibility
    form)."""
    if char in _BIDI or unicodedata.category(char) == "Cf":
        return False
    return not char.isalpha() or (_script(char) == "LATIN" and unicodedata.normalize("NFKC", char) == char)


_UNSAFE: re.Pattern[str] | None = None


def _unsafe() -> re.Pattern[str]:
    """A character :func:`suspicion` must look at: anything but the harmless characters of the
    Latin blocks and of general punctuation (most text is made of those only: then one regex
    search says what the checks character by character would)."""
    global _UNSAFE
    if _UNSAFE is None:
        codes = [c for c in (*range(0x250), *range(0x2000, 0x2070), 0x20AC) if _harmless(chr(c))]
        ranges: list[list[int]] = []
        for code in codes:
            if ranges and code == ranges[-1][1] + 1:
                ranges[-1][1] = code
            else:
                ranges.append([code, code])
        _UNSAFE = re.compile("[^" + "".join(
            f"\\u{a:04x}" if a == b else f"\\u{a:04x}-\\u{b:04x}" for a, b in ranges) + "]")
    return _UNSAFE


def shown(text: str) -> str:
    """``text`` with every invisible, control or non-Latin-script character shown as ``<U+XXXX>``."""
    out = []
    for char in text:
        script = _script(char)
        category = unicodedata.category(char)
        if category[0] == "C" or (script is not None and script != "LATIN"):
            out.append(f"<U+{ord(char):04X}>")
        else:
            out.append(char)
    return "".join(out)


#: Control and format characters (but tab, line feed and the soft hyphen) shown as ``<U+XXXX>``.
_INVISIBLE: re.Pattern[str] | None = None


def visible(text: str, *, newlines: bool = True) -> str:
    """``text`` with terminal escapes, control and format characters as visible placeholders.

    ESC (the start of every terminal escape sequence: colours, OSC 52 clipboard writes, cursor
    moves that overwrite "NICHT ZUSTÄNDIG"), the other C0 and C1 controls, DEL, bidi controls
    and zero-width characters become ``<U+001B>`` and so on (issue 12). Tab stays, and so do line
    feeds unless ``newlines`` is false (a path or a name on one line); the soft hyphen stays.
    """
    global _INVISIBLE
    if _INVISIBLE is None:
        _INVISIBLE = re.compile(
            "[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200b-\u200f\u2028-\u202e\u2060-\u206f\ufeff"
            "\ufff9-\ufffb\U000e0000-\U000e007f\ud800-\udfff]")
    if text.isprintable() and (newlines or "\n" not in text):
        return text
    out = _INVISIBLE.sub(lambda m: f"<U+{ord(m.group()):04X}>", text)
    if not newlines:
        out = out.replace("\n", "<U+000A>")
    return out


def has_lone_surrogate(data: object) -> bool:
    """Whether a string in ``data`` (nested lists and mappings) holds a surrogate without its
    pair, as a JSON or YAML escape ``"\\ud800"`` makes (issue 12: one such paper destroyed the
    whole text, JSON and SARIF report; readers make it a per-paper input error instead)."""
    stack = [data]
    while stack:
        value = stack.pop()
        if isinstance(value, str):
            try:
                value.encode("utf-8")
            except UnicodeEncodeError:
                return True
        elif isinstance(value, dict):
            stack.extend(value.keys())
            stack.extend(value.values())
        elif isinstance(value, (list, tuple)):
            stack.extend(value)
    return False

"""OCR tolerance: the spelling used for *matching* a line, and joining lines back into sentences.

Scanned council papers come back from OCR with predictable damage. The reader never rewrites the
paper; it matches against a repaired, folded copy of each line and reports positions in the
original. What is repaired here (on top of :func:`beschluss_rules.textnorm.fold`, which already
does NFC, case, umlauts, ß and soft hyphens, and reads "ii" inside a word as "ü"):

- "für" in its OCR renderings: fur, fir, flr, far, fiir, fiir, fuir (a word of its own);
- ß read as a capital B inside a word after a vowel: "beschlieBt", "StraBe", "GröBe";
- ü read as i in the words the reader relies on: "Birgermeister", "Begrindung", "Gebihr";
- "Beschlussvorschlaq" (g read as q) — handled by the heading patterns, which accept both.

Words split at line ends ("Beschluss-" / "fassung") are joined by :func:`join_lines`, which keeps
the hyphen of a coordinated compound ("Bau- und Energieausschuss", "Haupt- und Finanzausschuss").
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

from ..text.normalize import collapse_blanks, fold, translate

__all__ = ["fold_from_lines", "fold_lines", "join_lines", "match_form", "match_lines", "quick_fold", "repair", "squash"]

#: "für" as OCR renders it; only as a word of its own. (The look-behind after the f says what
#: ``\b`` before it would.) One pattern per case: a pattern that starts with one literal letter
#: lets the engine skip from f to f (a class such as ``[Ff]`` is tried at every character, ten
#: times slower over a paper). "für" itself is no match: it would be replaced by itself.
_FUER_LOWER = re.compile(r"f(?<!\wf)(?:ur|ir|lr|ar|iir|uir)\b")
_FUER_UPPER = re.compile(r"F(?<!\wF)(?:ur|ir|lr|ar|iir|uir)\b")
#: ü read as i (or as "ii", which :func:`fold` already handles) in words the reader relies on.
_UE_AS_I = re.compile(r"\b(?:((?:[Oo]ber)?[Bb])i(rgermeister)|([Bb]egr)i(nd)|([Gg]eb)i(hr)|([Zz]ust)i(ndig))")
#: What every match of :data:`_UE_AS_I` contains: looked for with ``in`` (a few scans of the text
#: in C, each much faster than a pattern that stops at every "i", one of the commonest letters).
_UE_MAYBE = ("irgermeister", "egrind", "ebihr", "ustindig")
#: Words joined by a hyphen at a line end that must keep it: coordinated compounds.
_KEEP_HYPHEN = re.compile(r"^(und|oder|bzw\.?|sowie|als auch|bis)\b")


#: A capital B inside a lower-case word after a vowel ("beschlieBt", "StraBe"), followed by a
#: lower-case letter, a non-alphanumeric character or the end. Written to start with the B, so
#: that the engine jumps from B to B instead of trying a look-behind at every character.
_SHARP_S = re.compile(r"B(?<=[a-zäöüß][aeiouyäöü]B)(?:(?=[a-zäöüß])|(?![^\W_]))")


def _sharp_s(text: str) -> str:
    """Capital B inside a lower-case word after a vowel → ß."""
    if "B" not in text:
        return text
    return _SHARP_S.sub("ß", text)


def _ue(match: re.Match[str]) -> str:
    groups = [g for g in match.groups() if g is not None]
    return groups[0] + "ü" + groups[1]


def repair(text: str) -> str:
    """``text`` with the OCR damage above undone (same line structure; used for matching only)."""
    text = _sharp_s(text)
    if "f" in text:
        text = _FUER_LOWER.sub("für", text)
    if "F" in text:
        text = _FUER_UPPER.sub("Für", text)
    if any(map(text.__contains__, _UE_MAYBE)):  # the common case: no such OCR damage
        text = _UE_AS_I.sub(_ue, text)
    return text


_SPACES = re.compile("  +")
_II = re.compile(r"ii(?<=[^\W\d_]ii)")  # "ii" after a letter; the literal first is faster


def quick_fold(text: str) -> str:
    """:func:`~beschluss_rules.textnorm.fold` for one line (the reader folds every line of every
    paper). Same result for text without soft hyphens next to blanks."""
    text = collapse_blanks(unicodedata.normalize("NFC", text)).lower()
    if "ii" in text:
        text = _II.sub("u", text)
    return translate(text)


def match_lines(lines: list[str]) -> list[str]:
    """:func:`match_form` of every line, done on the whole text at once (faster)."""
    return fold_lines(lines)[0]


def fold_lines(lines: list[str], *, normalized: bool = False, joined: str | None = None) -> tuple[list[str], bool]:
    """:func:`match_lines`, and whether those lines are the plain :func:`fold` of each line, i.e.
    no OCR repair changed anything (then :func:`fold_from_lines` can use them).

    ``normalized``: the lines are the ``splitlines()`` of an NFC text; joined by line breaks
    they are NFC too (a line break never composes with anything), so unless a repair changed
    them they are not normalised again. ``joined``: ``"\\n".join(lines)``, if the caller has it.
    """
    joined = "\n".join(lines) if joined is None else joined
    repaired = repair(joined)
    text = repaired if normalized and repaired is joined else unicodedata.normalize("NFC", repaired)
    # Blank runs within each line become one blank (``[^\S\n]+``), as in :func:`match_form`:
    # runs of spaces in one go; lines with other white space (tabs, no-break spaces: they are
    # not printable) one by one.
    if "  " in text:
        text = _SPACES.sub(" ", text)
    if not text.replace("\n", "").isprintable():
        text = "\n".join([line if line.isprintable() else collapse_blanks(line) for line in text.split("\n")])
    text = text.lower()
    if "ii" in text:
        text = _II.sub("u", text)
    out = [line.strip() for line in translate(text).split("\n")]
    if len(out) != len(lines):  # a character that lower() or NFC turned into a line break
        return [match_form(line) for line in lines], False
    return out, repaired is joined


def fold_from_lines(text: str, lines: list[str], plain: bool) -> str:
    """``fold(text)``, taken from ``lines``, the :func:`fold_lines` of ``text.splitlines()``, when
    they are ``plain`` (else folded anew).

    Folding a paper's whole text again costs as much as folding its lines did. The folded lines
    hold every word of ``fold(text)`` in order; between them ``fold`` has one blank, and a blank
    at either end exactly where the text has white space there. (A property test compares both.)
    """
    if plain:
        core = " ".join(filter(None, lines))
        if "  " in core:  # a removed character (soft hyphen) between two blanks
            core = " ".join(core.split())
        first, last = text[:1], text[-1:]
        if core and (first.isascii() or first.isspace()) and (last.isascii() or last.isspace()):
            return (" " if first.isspace() else "") + core + (" " if last.isspace() else "")
    return fold(text)


def match_form(text: str) -> str:
    """The folded, repaired, stripped form of ``text`` that every pattern of the reader matches."""
    return quick_fold(repair(text)).strip()


def squash(folded: str) -> str:
    """``folded`` without blanks and hyphens: "beratung und beschluss-" → "beratungundbeschluss".

    OCR sometimes drops the blanks ("BeratungundBeschlussfas-"); table cells are compared in this
    form.
    """
    return _SQUASHED.sub("", folded)


_SQUASHED = re.compile(r"[\s\-‐–]+")


_LETTER_HYPHEN = re.compile(r"[A-Za-zÄÖÜäöüß]-$")
_LOWER_HYPHEN = re.compile(r"[a-zäöüß]-$")


def join_lines(parts: Iterable[str]) -> str:
    """Join lines into running text, undoing hyphenation at line ends.

    "Kindertages-" + "stätte" → "Kindertagesstätte"; "Bau-" + "und Energieausschuss" keeps the
    hyphen and a blank; a hyphen before a capital stays ("Haupt-" + "Finanzausschuss" is rare;
    "Walther-" + "Rathenau-Platz" is a name).
    """
    out = ""
    for raw in parts:
        part = raw.strip()
        if not part:
            continue
        if not out:
            out = part
            continue
        if out.endswith("\u00ad"):  # a soft hyphen at the line end: the word goes on
            out = out[:-1] + part
            continue
        # (The hyphen tests look at the last two characters only: the text so far grows long.)
        if _LETTER_HYPHEN.search(out, len(out) - 2) and part[:1].islower() and not _KEEP_HYPHEN.match(part):
            out = out[:-1] + part
        elif out.endswith("-") and part[:1].isupper() and _LOWER_HYPHEN.search(out, len(out) - 2):
            out = out + part  # "Walther-Rathenau-Platz": a hyphenated name split at the hyphen
        else:
            out = out + " " + part
    return _BLANK_RUN.sub(" ", out) if "  " in out or "\t" in out else out


_BLANK_RUN = re.compile(r"[ \t]{2,}")

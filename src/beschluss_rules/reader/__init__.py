"""Reading council papers from files: every common format, with clear refusals for bad input.

Supported (see docs/inputs.md):

- plain text (UTF-8; UTF-16 with BOM; Windows-1252/Latin-1 recognised and noted), including
  OCR'd text;
- Markdown with YAML front matter (``.md``; :mod:`.markdown`): the front matter may state the
  municipality, Land, date, reference, title and the deciding body per item;
- DOCX (:mod:`.office`, python-docx): paragraphs, numbered lists and tables in document order;
- PDF with a text layer (:mod:`.office`, pypdf); a scan without one is refused with "no text
  layer: run OCR first";
- OParl 1.1 ``Paper`` JSON (:mod:`.oparl`): one object, a list, or a list page with ``data``;
  the authoritative consultation names the deciding body; a ``.txt`` of the paper's text next
  to the ``.json`` (or ``File.text``) is read for the Beschlussvorschlag.

Papers are never modified. A paper that cannot be read raises
:class:`~beschluss_rules.errors.InputError` with its path and a one-line reason; the checker
reports it and goes on with the next paper.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from functools import partial

from ..errors import InputError
from ..rulebase.types import Lexicon, Profile
from .bodies import resolve_body
from .source import MAX_PAPER_BYTES, checked_bytes, decode_text, detect_format, read_bytes
from .text import Hints, ParsedText, parse_text

__all__ = [
    "MAX_PAPER_BYTES",
    "READERS",
    "Hints",
    "ParsedText",
    "parse_text",
    "read_paper",
    "read_paper_text",
    "read_papers",
    "read_papers_from_bytes",
    "resolve_body",
    "sniff",
]


def read_paper_text(path: str | os.PathLike[str]) -> str:
    """The text of the plain-text or Markdown paper at ``path`` (NFC), or an :class:`InputError`."""
    name = os.fspath(path)
    raw = read_bytes(name)
    kind = sniff(raw, name)
    if kind in ("pdf", "docx", "oparl"):
        from .office import extract_text

        if kind == "oparl":
            raise InputError("an OParl JSON record, not a text paper",
                             message_de="ein OParl-JSON-Datensatz, kein Textpapier", path=name)
        return extract_text(raw, name, kind)[0]
    return decode_text(raw, name)[0]


Reader = Callable[[bytes, str, Lexicon, "str | None", "Profile | None"], tuple[ParsedText, ...]]


def _read_oparl(raw: bytes, name: str, lexicon: Lexicon, land: str | None,
                profile: Profile | None) -> tuple[ParsedText, ...]:
    from .oparl import read_oparl

    return read_oparl(raw, name, lexicon, land=land, profile=profile)


def _read_office(kind: str, raw: bytes, name: str, lexicon: Lexicon, land: str | None,
                 profile: Profile | None) -> tuple[ParsedText, ...]:
    from .office import extract_text

    text, notes = extract_text(raw, name, kind)
    return (parse_text(text, lexicon, land=land, profile=profile, hints=Hints(notes=notes, format=kind)),)


def _read_markdown(raw: bytes, name: str, lexicon: Lexicon, land: str | None,
                   profile: Profile | None) -> tuple[ParsedText, ...]:
    from .markdown import read_markdown

    text, notes = decode_text(raw, name)
    return (read_markdown(text, name, lexicon, land=land, profile=profile, notes=notes),)


def _read_plain(raw: bytes, name: str, lexicon: Lexicon, land: str | None,
                profile: Profile | None) -> tuple[ParsedText, ...]:
    text, notes = decode_text(raw, name)
    return (parse_text(text, lexicon, land=land, profile=profile, hints=Hints(notes=notes)),)


#: One reader per format that :func:`sniff` names. A new format is a sniff rule in
#: :mod:`.source` and an entry here (docs/inputs.md, "Adding a reader").
READERS: dict[str, Reader] = {
    "oparl": _read_oparl,
    "pdf": partial(_read_office, "pdf"),
    "docx": partial(_read_office, "docx"),
    "markdown": _read_markdown,
    "text": _read_plain,
}


def sniff(raw: bytes, name: str) -> str:
    """The format of a paper's bytes (one of :data:`READERS`' keys), from its content and, where
    the content leaves it open, its name; an :class:`InputError` for what no reader reads
    (images, archives, legacy Office files, binary data)."""
    return detect_format(raw, name)


def read_papers(path: str | os.PathLike[str], lexicon: Lexicon, *, land: str | None = None,
                profile: Profile | None = None) -> tuple[ParsedText, ...]:
    """Every paper in the file at ``path``: one, except for an OParl list of papers."""
    name = os.fspath(path)
    raw = read_bytes(name)
    return READERS[sniff(raw, name)](raw, name, lexicon, land, profile)


def read_papers_from_bytes(raw: bytes, name: str, lexicon: Lexicon, *, land: str | None = None,
                           profile: Profile | None = None) -> tuple[ParsedText, ...]:
    """Every paper in ``raw``, the content of a paper that has no file (standard input);
    ``name`` names it in messages and, by its extension, decides the format where the content
    leaves it open (as a file name does)."""
    checked_bytes(raw, name)
    return READERS[sniff(raw, name)](raw, name, lexicon, land, profile)


def read_paper(path: str | os.PathLike[str], lexicon: Lexicon, *, land: str | None = None,
               profile: Profile | None = None) -> ParsedText:
    """Read the paper at ``path`` in whatever format it has.

    For a file with several papers (an OParl list) this is the first; :func:`read_papers` gives
    all of them.
    """
    return read_papers(path, lexicon, land=land, profile=profile)[0]

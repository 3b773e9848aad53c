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

from ..errors import InputError
from ..rulebase.types import Lexicon, Profile
from .bodies import resolve_body
from .source import MAX_PAPER_BYTES, decode_text, detect_format, read_bytes
from .text import Hints, ParsedText, parse_text

__all__ = [
    "MAX_PAPER_BYTES",
    "Hints",
    "ParsedText",
    "parse_text",
    "read_paper",
    "read_paper_text",
    "read_papers",
    "resolve_body",
]


def read_paper_text(path: str | os.PathLike[str]) -> str:
    """The text of the plain-text or Markdown paper at ``path`` (NFC), or an :class:`InputError`."""
    name = os.fspath(path)
    raw = read_bytes(name)
    kind = detect_format(raw, name)
    if kind in ("pdf", "docx", "oparl"):
        from .office import extract_text

        if kind == "oparl":
            raise InputError("an OParl JSON record, not a text paper",
                             message_de="ein OParl-JSON-Datensatz, kein Textpapier", path=name)
        return extract_text(raw, name, kind)[0]
    return decode_text(raw, name)[0]


def read_papers(path: str | os.PathLike[str], lexicon: Lexicon, *, land: str | None = None,
                profile: Profile | None = None) -> tuple[ParsedText, ...]:
    """Every paper in the file at ``path``: one, except for an OParl list of papers."""
    name = os.fspath(path)
    raw = read_bytes(name)
    kind = detect_format(raw, name)
    if kind == "oparl":
        from .oparl import read_oparl

        return read_oparl(raw, name, lexicon, land=land, profile=profile)
    if kind in ("pdf", "docx"):
        from .office import extract_text

        text, notes = extract_text(raw, name, kind)
        return (parse_text(text, lexicon, land=land, profile=profile,
                           hints=Hints(notes=notes, format=kind)),)
    text, notes = decode_text(raw, name)
    if kind == "markdown":
        from .markdown import read_markdown

        return (read_markdown(text, name, lexicon, land=land, profile=profile, notes=notes),)
    return (parse_text(text, lexicon, land=land, profile=profile, hints=Hints(notes=notes)),)


def read_paper(path: str | os.PathLike[str], lexicon: Lexicon, *, land: str | None = None,
               profile: Profile | None = None) -> ParsedText:
    """Read the paper at ``path`` in whatever format it has.

    For a file with several papers (an OParl list) this is the first; :func:`read_papers` gives
    all of them.
    """
    return read_papers(path, lexicon, land=land, profile=profile)[0]

"""Reading council papers from files: bytes to text, with clear refusals for bad input.

Supported now: plain text (``.txt``, and any file that is UTF-8 text) and Markdown (``.md``,
read as plain text). Papers are never modified; a paper that cannot be read raises
:class:`~beschluss_rules.errors.InputError` with a one-line reason.
"""

from __future__ import annotations

import os

from ..errors import InputError
from ..loader import Profile, RuleBase
from ..textnorm import nfc
from .text import ParsedText, parse_text, resolve_body

__all__ = ["MAX_PAPER_BYTES", "ParsedText", "parse_text", "read_paper", "read_paper_text", "resolve_body"]

#: Papers larger than this are refused: real Beschlussvorlagen are kilobytes, not hundreds of MB.
MAX_PAPER_BYTES = 20 * 1024 * 1024


def read_paper_text(path: str | os.PathLike[str]) -> str:
    """The text of the paper at ``path`` (NFC), or an :class:`InputError` saying why not."""
    name = os.fspath(path)
    try:
        size = os.path.getsize(name)
        if os.path.isdir(name):
            raise InputError("is a directory, not a paper", message_de="ist ein Verzeichnis, kein Papier", path=name)
        if size > MAX_PAPER_BYTES:
            raise InputError(
                f"{size // (1024 * 1024)} MiB is larger than the limit of {MAX_PAPER_BYTES // (1024 * 1024)} MiB for a paper",
                message_de=f"{size // (1024 * 1024)} MiB überschreitet die Grenze von {MAX_PAPER_BYTES // (1024 * 1024)} MiB für ein Papier",
                path=name,
            )
        with open(name, "rb") as handle:
            raw = handle.read()
    except InputError:
        raise
    except OSError as exc:
        raise InputError(f"cannot read: {exc.strerror}", message_de=f"nicht lesbar: {exc.strerror}", path=name) from None
    if not raw.strip():
        raise InputError("the file is empty", message_de="die Datei ist leer", path=name)
    if b"\0" in raw[:8192]:
        raise InputError(
            "binary content, not a text paper (PDF and DOCX are not supported yet)",
            message_de="binärer Inhalt, kein Textpapier (PDF und DOCX werden noch nicht unterstützt)",
            path=name,
        )
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise InputError(
            f"not UTF-8 encoded (first bad byte on line {line}); convert it with "
            "iconv -f WINDOWS-1252 -t UTF-8",
            message_de=f"nicht UTF-8-kodiert (erstes falsches Byte in Zeile {line}); umwandeln mit "
            "iconv -f WINDOWS-1252 -t UTF-8",
            path=name, line=line,
        ) from None
    return nfc(text)


def read_paper(path: str | os.PathLike[str], rule_base: RuleBase, *, land: str | None = None,
               profile: Profile | None = None) -> ParsedText:
    """Read the paper at ``path`` in whatever format it has (plain text and Markdown for now)."""
    return parse_text(read_paper_text(path), rule_base, land=land, profile=profile)

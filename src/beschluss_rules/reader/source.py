"""Reading a paper's bytes: size limit, format detection, text encodings — with clear refusals.

Papers are opened read-only and never modified. Every refusal is an
:class:`~beschluss_rules.errors.InputError` with the path and a one-line reason in German and
English, so one bad paper never stops the others of a run.

Formats are recognised by content first (``%PDF-``, a ZIP with ``word/document.xml``, JSON) and
by the file name second (``.md``, ``.json``). Text encodings: UTF-8 (with or without BOM),
UTF-16 with BOM, and Windows-1252/Latin-1 — the latter is recognised when the bytes beyond ASCII
are the letters German text uses (ä ö ü ß € § „ “ – ...), and said so in a note; anything else is
refused as an unknown encoding rather than read as mojibake.
"""

from __future__ import annotations

import os
import re
import stat
import zipfile
from io import BytesIO
from typing import NoReturn

from ..errors import InputError
from ..model import Message
from ..text.normalize import nfc

__all__ = ["MAX_PAPER_BYTES", "decode_text", "detect_format", "read_bytes"]

#: Papers larger than this are refused: real Beschlussvorlagen are kilobytes, a scanned PDF a few
#: MB; hundreds of MB are a mistake (or an attack on the reader).
MAX_PAPER_BYTES = 20 * 1024 * 1024

#: Characters beyond ASCII that German council papers use; in Windows-1252 they decide whether
#: non-UTF-8 bytes are text in that encoding.
_GERMAN_EXTRA = set("äöüÄÖÜßé€§°„“”‚‘’–—…·«»µ²³½¼¾×÷±éèêáàâíìóòôúùçñÉÈÁÀ ­©®™•")


def _error(path: str, en: str, de: str, line: int | None = None) -> InputError:
    return InputError(en, message_de=de, path=path, line=line)


def special_kind(mode: int, lang: str = "en") -> str:
    """What a file that is not a regular file is: FIFO, socket, device."""
    if stat.S_ISFIFO(mode):
        return "a FIFO (named pipe)" if lang == "en" else "eine FIFO (benannte Pipe)"
    if stat.S_ISSOCK(mode):
        return "a socket" if lang == "en" else "ein Socket"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device" if lang == "en" else "ein Gerät"
    return "not a regular file" if lang == "en" else "keine reguläre Datei"


def read_bytes(path: str | os.PathLike[str]) -> bytes:
    """The bytes of the paper at ``path`` (at most :data:`MAX_PAPER_BYTES`)."""
    name = os.fspath(path)
    try:
        info = os.stat(name)
        if stat.S_ISDIR(info.st_mode):
            raise _error(name, "is a directory, not a paper", "ist ein Verzeichnis, kein Papier")
        if not stat.S_ISREG(info.st_mode):
            # A FIFO, socket or device would block the run or never end (issue 12): refused from
            # its status, without opening it.
            raise _error(name, f"is a {special_kind(info.st_mode)}, not a file; not read",
                         f"ist {special_kind(info.st_mode, 'de')}, keine Datei; nicht gelesen")
        size = info.st_size
        if size > MAX_PAPER_BYTES:
            limit = MAX_PAPER_BYTES // (1024 * 1024)
            raise _error(
                name,
                f"{size / (1024 * 1024):.0f} MiB is larger than the limit of {limit} MiB for a paper",
                f"{size / (1024 * 1024):.0f} MiB überschreitet die Grenze von {limit} MiB für ein Papier",
            )
        # O_NONBLOCK: should the file have been replaced by a FIFO since, opening does not hang;
        # the status of what was opened is checked again.
        descriptor = os.open(name, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
        with os.fdopen(descriptor, "rb") as handle:
            opened = os.fstat(handle.fileno())
            if not stat.S_ISREG(opened.st_mode):
                raise _error(name, "is not a regular file; not read", "ist keine reguläre Datei; nicht gelesen")
            # As much as the file holds and one byte more, then (should it have grown) the rest up
            # to the limit: the same bytes as read(MAX_PAPER_BYTES + 1), whose buffer of the full
            # limit, allocated and shrunk for every paper, cost ten times the reading itself.
            first = min(opened.st_size, MAX_PAPER_BYTES) + 1
            raw = handle.read(first)
            if len(raw) == first and first <= MAX_PAPER_BYTES:
                raw += handle.read(MAX_PAPER_BYTES + 1 - first)
    except InputError:
        raise
    except OSError as exc:
        raise _error(name, f"cannot read: {exc.strerror}", f"nicht lesbar: {exc.strerror}") from None
    return checked_bytes(raw, name)


def checked_bytes(raw: bytes, name: str) -> bytes:
    """``raw`` if it can be a paper: not above :data:`MAX_PAPER_BYTES`, not empty (also for a
    paper read from standard input, which has no size before it is read)."""
    if len(raw) > MAX_PAPER_BYTES:  # grew while we read it, or a stream
        limit = MAX_PAPER_BYTES // (1024 * 1024)
        raise _error(name, f"larger than the limit of {limit} MiB for a paper",
                     f"größer als die Grenze von {limit} MiB für ein Papier")
    if not raw.strip():
        raise _error(name, "the file is empty", "die Datei ist leer")
    return raw


def detect_format(raw: bytes, path: str) -> str:
    """``pdf``, ``docx``, ``oparl``, ``markdown`` or ``text`` — or an :class:`InputError`."""
    lower = path.lower()
    head = raw[:8]
    if head.startswith(b"%PDF-") or (lower.endswith(".pdf") and b"%PDF-" in raw[:1024]):
        return "pdf"
    if head.startswith((b"PK\x03\x04", b"PK\x05\x06")):
        try:
            with zipfile.ZipFile(BytesIO(raw)) as archive:
                names = set(archive.namelist())
        except (zipfile.BadZipFile, ValueError, OSError, NotImplementedError, EOFError):
            raise _error(path, "a damaged ZIP archive (a DOCX is a ZIP archive); cannot read it",
                         "ein beschädigtes ZIP-Archiv (DOCX ist ein ZIP-Archiv); nicht lesbar") from None
        if "word/document.xml" in names:
            return "docx"
        if "content.xml" in names and "mimetype" in names:
            raise _error(path, "an OpenDocument file (ODT); save it as DOCX or PDF",
                         "eine OpenDocument-Datei (ODT); bitte als DOCX oder PDF speichern")
        what = "a DOCX" if lower.endswith(".docx") else "a paper"
        raise _error(path, f"a ZIP archive without word/document.xml, not {what}",
                     f"ein ZIP-Archiv ohne word/document.xml, kein{'e DOCX-Datei' if what == 'a DOCX' else ' Papier'}")
    if head.startswith(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"):
        raise _error(path, "a legacy Word (.doc) or Excel file; save it as DOCX or PDF",
                     "eine alte Word- (.doc) oder Excel-Datei; bitte als DOCX oder PDF speichern")
    if head.startswith(b"{\\rtf"):
        raise _error(path, "an RTF file; save it as DOCX, PDF or plain text",
                     "eine RTF-Datei; bitte als DOCX, PDF oder Text speichern")
    for magic, what in ((b"\x89PNG", "a PNG image"), (b"\xff\xd8\xff", "a JPEG image"),
                        (b"II*\x00", "a TIFF image"), (b"MM\x00*", "a TIFF image"),
                        (b"\x1f\x8b", "a gzip archive"), (b"7z\xbc\xaf", "a 7-Zip archive"),
                        (b"Rar!", "a RAR archive")):
        if head.startswith(magic):
            de = {"a PNG image": "ein PNG-Bild", "a JPEG image": "ein JPEG-Bild", "a TIFF image": "ein TIFF-Bild",
                  "a gzip archive": "ein gzip-Archiv", "a 7-Zip archive": "ein 7-Zip-Archiv",
                  "a RAR archive": "ein RAR-Archiv"}[what]
            hint_en = "; run OCR first" if "image" in what else ""
            hint_de = "; bitte zuerst OCR anwenden" if "image" in what else ""
            raise _error(path, f"{what}, not a paper{hint_en}", f"{de}, kein Papier{hint_de}")
    if lower.endswith(".json"):
        return "oparl"
    stripped = raw.lstrip(b"\xef\xbb\xbf \t\r\n")
    if stripped[:1] in (b"{", b"[") and lower.endswith((".json", ".oparl", ".jsonld")):
        return "oparl"
    if lower.endswith((".md", ".markdown")) or stripped.startswith((b"---\n", b"---\r\n")):
        return "markdown"
    if stripped[:1] == b"{" and b'"consultation"' in raw[:200_000] and b"oparl" in raw[:200_000]:
        return "oparl"
    return "text"


#: Every byte but the control characters that have no place in text (deleted to count those).
_NOT_CONTROL = bytes(byte for byte in range(256) if byte >= 32 or byte in (9, 10, 12, 13))


def _looks_binary(raw: bytes) -> bool:
    sample = raw[:8192]
    if b"\0" in sample:
        return True
    controls = len(sample.translate(None, _NOT_CONTROL))
    return controls > max(4, len(sample) // 100)


def decode_text(raw: bytes, path: str) -> tuple[str, tuple[Message, ...]]:
    """The text of ``raw`` (NFC) and notes on how it was decoded; see module docstring."""
    if raw.startswith(b"\xef\xbb\xbf"):
        if not _utf8(raw[3:]):
            _refuse(raw, path)
        return nfc(raw[3:].decode("utf-8")), ()
    for bom, codec in ((b"\xff\xfe\x00\x00", "utf-32-le"), (b"\x00\x00\xfe\xff", "utf-32-be"),
                       (b"\xff\xfe", "utf-16-le"), (b"\xfe\xff", "utf-16-be")):
        if raw.startswith(bom):
            try:
                text = raw[len(bom):].decode(codec)
            except UnicodeDecodeError:
                break
            return nfc(text), (Message(
                f"Kodierung {codec.upper()} (Byte-Order-Mark) erkannt.",
                f"Encoding {codec.upper()} (byte order mark) detected.",
            ),)
    if _looks_binary(raw):
        raise _error(path, "binary content, not a text paper (supported: text, Markdown, DOCX, PDF, OParl JSON)",
                     "binärer Inhalt, kein Textpapier (unterstützt: Text, Markdown, DOCX, PDF, OParl-JSON)")
    if _utf8(raw):
        return nfc(raw.decode("utf-8")), ()
    try:
        text = raw.decode("cp1252")
    except UnicodeDecodeError:
        _refuse(raw, path)
    extra = [char for char in text if ord(char) > 127]
    german = sum(1 for char in extra if char in _GERMAN_EXTRA)
    if not extra or german / len(extra) < 0.8 or re.search(r"[\x80-\x9f]", text):
        _refuse(raw, path)
    return nfc(text), (Message(
        "Die Datei ist nicht UTF-8-kodiert; als Windows-1252 (Latin-1) gelesen.",
        "The file is not UTF-8 encoded; read as Windows-1252 (Latin-1).",
    ),)


def _utf8(raw: bytes) -> bool:
    try:
        raw.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def _refuse(raw: bytes, path: str) -> NoReturn:
    try:
        raw.decode("utf-8")
        line = None
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
    where = f" (first bad byte on line {line})" if line else ""
    where_de = f" (erstes falsches Byte in Zeile {line})" if line else ""
    raise _error(
        path,
        f"not UTF-8 encoded and no known encoding{where}; convert it with iconv -f <encoding> -t UTF-8",
        f"nicht UTF-8-kodiert und keine bekannte Kodierung{where_de}; umwandeln mit iconv -f <Kodierung> -t UTF-8",
        line=line,
    )

"""Text out of DOCX (python-docx) and PDF (pypdf) papers, in reading order.

DOCX: paragraphs and tables in document order. Word's automatic numbering is not part of a
paragraph's text, so numbered paragraphs get their number written in front ("1.", "2." at the
first level, "a)", "b)" below), as the printed paper shows them; table rows become one line with
the cells separated by " | " (a Beratungsfolge table reads "Rat | 15.03.2018 | Entscheidung").
Headers and footers are left out.

PDF: the text layer of every page, pages separated by a blank line. Positions (line, column)
refer to this extracted text. A PDF without a text layer — a scan — is refused with "no text
layer: run OCR first" (e.g. ``ocrmypdf in.pdf out.pdf``), never read as an empty paper.
"""

from __future__ import annotations

import logging
import re
import zipfile
from collections.abc import Callable
from io import BytesIO
from typing import Any

from ..errors import InputError, check_time
from ..model import Message
from ..text.normalize import nfc

__all__ = ["MAX_UNPACKED_BYTES", "MAX_ZIP_RATIO", "check_zip", "extract_text"]

#: Fewer visible characters than this per page (on average) means: no usable text layer.
_MIN_CHARS_PER_PAGE = 25
#: Limits on a ZIP container (DOCX) checked from its directory before anything is unpacked
#: (issue 12: a 2 MB decompression bomb took 4.2 GB). A real paper unpacks to a few MB; ZIP
#: readers stop each member at its declared size, so declared sizes bound what is unpacked.
MAX_UNPACKED_BYTES = 64 * 1024 * 1024
MAX_ZIP_RATIO = 200
MAX_ZIP_MEMBERS = 5000


def check_zip(raw: bytes, path: str) -> None:
    """Refuse a ZIP container that would unpack to too much (total size, ratio, member count)."""
    try:
        members = zipfile.ZipFile(BytesIO(raw)).infolist()
    except (zipfile.BadZipFile, ValueError, OSError, NotImplementedError, EOFError) as exc:
        raise InputError(f"not a readable ZIP/DOCX file ({type(exc).__name__})",
                         message_de=f"keine lesbare ZIP-/DOCX-Datei ({type(exc).__name__})", path=path) from None
    total = sum(member.file_size for member in members)
    ratio = total / max(1, len(raw))
    if len(members) > MAX_ZIP_MEMBERS or total > MAX_UNPACKED_BYTES or ratio > MAX_ZIP_RATIO:
        mib = total / (1024 * 1024)
        raise InputError(
            f"refused: the ZIP container would unpack to {mib:.0f} MiB in {len(members)} parts "
            f"(ratio {ratio:.0f}:1; limits {MAX_UNPACKED_BYTES // (1024 * 1024)} MiB, "
            f"{MAX_ZIP_RATIO}:1, {MAX_ZIP_MEMBERS} parts): a decompression bomb or no paper",
            message_de=f"abgelehnt: der ZIP-Container würde zu {mib:.0f} MiB in {len(members)} Teilen "
            f"entpackt (Verhältnis {ratio:.0f}:1; Grenzen {MAX_UNPACKED_BYTES // (1024 * 1024)} MiB, "
            f"{MAX_ZIP_RATIO}:1, {MAX_ZIP_MEMBERS} Teile): eine Dekompressionsbombe oder keine Vorlage",
            path=path)


def extract_text(raw: bytes, path: str, kind: str) -> tuple[str, tuple[Message, ...]]:
    """The text of a ``docx`` or ``pdf`` paper and notes on how it was read."""
    if kind == "docx":
        return _docx(raw, path), ()
    if kind == "pdf":
        return _pdf(raw, path)
    raise ValueError(kind)


def _docx(raw: bytes, path: str) -> str:
    try:
        import docx
        from docx.oxml.ns import qn
    except ImportError:  # pragma: no cover - a dependency of the package
        raise InputError("DOCX support needs python-docx (pip install python-docx)",
                         message_de="DOCX braucht python-docx (pip install python-docx)", path=path) from None
    check_zip(raw, path)
    try:
        document = docx.Document(BytesIO(raw))
    except (zipfile.BadZipFile, KeyError, ValueError, OSError) as exc:
        raise InputError(f"not a readable DOCX file ({type(exc).__name__}: {exc})",
                         message_de=f"keine lesbare DOCX-Datei ({type(exc).__name__}: {exc})", path=path) from None
    except Exception as exc:  # noqa: BLE001 - python-docx and lxml raise their own errors for broken packages
        raise InputError(f"not a readable DOCX file ({type(exc).__name__})",
                         message_de=f"keine lesbare DOCX-Datei ({type(exc).__name__})", path=path) from None
    try:
        return _docx_text(document, qn)
    except (ValueError, KeyError, IndexError, TypeError, AttributeError, OverflowError, RecursionError) as exc:
        # Hostile numbering definitions (w:ilvl="x", levels of 10^9, self-references), issue 12.
        raise InputError(f"not a readable DOCX file: its structure or numbering is broken ({type(exc).__name__})",
                         message_de=f"keine lesbare DOCX-Datei: Aufbau oder Nummerierung ist kaputt "
                         f"({type(exc).__name__})", path=path) from None


def _docx_text(document: Any, qn: Any) -> str:
    numbering = _Numbering(document, qn)
    lines: list[str] = []
    for child in document.element.body.iterchildren():
        check_time()
        if child.tag == qn("w:p"):
            text = _paragraph_text(child, qn)
            number = numbering.label(child)
            if number and text.strip():
                text = f"{number} {text.strip()}"
            lines.append(text)
        elif child.tag == qn("w:tbl"):
            for row in child.iter(qn("w:tr")):
                cells = []
                for cell in row.iter(qn("w:tc")):
                    cell_text = " ".join(_paragraph_text(p, qn).strip() for p in cell.iter(qn("w:p")))
                    cells.append(re.sub(r"\s+", " ", cell_text).strip())
                lines.append(" | ".join(cells).strip())
            lines.append("")
    return nfc("\n".join(lines))


def _paragraph_text(paragraph: Any, qn: Callable[[str], str]) -> str:
    parts = []
    for node in paragraph.iter(qn("w:t"), qn("w:tab"), qn("w:br"), qn("w:cr")):
        if node.tag == qn("w:t"):
            parts.append(node.text or "")
        elif node.tag == qn("w:tab"):
            parts.append("\t")
        else:
            parts.append("\n")
    return "".join(parts)


def _roman(value: int) -> str:
    numerals = ((10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"))
    out = ""
    for number, numeral in numerals:
        while value >= number:
            out += numeral
            value -= number
    return out


class _Numbering:
    """Word's automatic numbering, rendered as the printed paper shows it ("1.", "a)", "I.")."""

    def __init__(self, document: Any, qn: Callable[[str], str]) -> None:
        self.qn = qn
        self.levels: dict[tuple[str, int], tuple[str, str]] = {}
        self.styles: dict[str, tuple[str, int]] = {}
        self.counters: dict[tuple[str, int], int] = {}
        try:
            root = document.part.numbering_part.element
        except (KeyError, NotImplementedError, AttributeError):
            root = None
        if root is not None:
            abstract: dict[str, dict[int, tuple[str, str]]] = {}
            for node in root.iter(qn("w:abstractNum")):
                levels = {}
                for level in node.iter(qn("w:lvl")):
                    fmt = level.find(qn("w:numFmt"))
                    text = level.find(qn("w:lvlText"))
                    levels[int(level.get(qn("w:ilvl"), "0"))] = (
                        fmt.get(qn("w:val")) if fmt is not None else "decimal",
                        text.get(qn("w:val")) if text is not None else "%1.")
                abstract[node.get(qn("w:abstractNumId"))] = levels
            for node in root.iter(qn("w:num")):
                ref = node.find(qn("w:abstractNumId"))
                if ref is None:
                    continue
                for ilvl, spec in abstract.get(ref.get(qn("w:val")), {}).items():
                    self.levels[(node.get(qn("w:numId")), ilvl)] = spec
        try:
            for style in document.styles.element.iter(qn("w:style")):
                num_pr = style.find(qn("w:pPr") + "/" + qn("w:numPr"))
                if num_pr is not None:
                    num_id = num_pr.find(qn("w:numId"))
                    level = num_pr.find(qn("w:ilvl"))
                    if num_id is not None:
                        self.styles[style.get(qn("w:styleId"))] = (
                            num_id.get(qn("w:val")), int(level.get(qn("w:val"))) if level is not None else 0)
        except (KeyError, NotImplementedError, AttributeError):
            pass

    def label(self, paragraph: Any) -> str | None:
        qn = self.qn
        props = paragraph.find(qn("w:pPr"))
        if props is None:
            return None
        key: tuple[str, int] | None = None
        num_pr = props.find(qn("w:numPr"))
        if num_pr is not None:
            num_id = num_pr.find(qn("w:numId"))
            level = num_pr.find(qn("w:ilvl"))
            if num_id is not None:
                key = (num_id.get(qn("w:val")), int(level.get(qn("w:val"))) if level is not None else 0)
        if key is None:
            style = props.find(qn("w:pStyle"))
            if style is not None:
                key = self.styles.get(style.get(qn("w:val")))
        if key is None or key[0] == "0":
            return None
        num_id, depth = key
        self.counters[key] = self.counters.get(key, 0) + 1
        for deeper in [k for k in self.counters if k[0] == num_id and k[1] > depth]:
            del self.counters[deeper]
        fmt, text = self.levels.get(key, ("decimal" if depth == 0 else "lowerLetter", "%1." if depth == 0 else "%1)"))
        if fmt == "bullet":
            return "-"
        if fmt == "none":
            return None

        def render(level: int) -> str:
            value = self.counters.get((num_id, level), 1)
            level_fmt = self.levels.get((num_id, level), (fmt, text))[0] if level != depth else fmt
            if level_fmt == "lowerLetter":
                return chr(96 + min(value, 26))
            if level_fmt == "upperLetter":
                return chr(64 + min(value, 26))
            if level_fmt == "lowerRoman":
                return _roman(value).lower()
            if level_fmt == "upperRoman":
                return _roman(value)
            return str(value)

        return re.sub(r"%(\d)", lambda m: render(int(m.group(1)) - 1), text).strip() or None


def _pdf(raw: bytes, path: str) -> tuple[str, tuple[Message, ...]]:
    try:
        from pypdf import PdfReader
        from pypdf.errors import LimitReachedError, PdfReadError, PyPdfError
    except ImportError:  # pragma: no cover - a dependency of the package
        raise InputError("PDF support needs pypdf (pip install pypdf)",
                         message_de="PDF braucht pypdf (pip install pypdf)", path=path) from None
    logging.getLogger("pypdf").setLevel(logging.ERROR)
    try:
        reader = PdfReader(BytesIO(raw), strict=False)
        if reader.is_encrypted:
            try:
                if not reader.decrypt(""):
                    raise InputError("the PDF is encrypted with a password",
                                     message_de="das PDF ist mit einem Passwort verschlüsselt", path=path)
            except InputError:
                raise
            except Exception:  # noqa: BLE001 - pypdf raises whatever its crypto backend raises
                raise InputError("the PDF is encrypted and cannot be opened",
                                 message_de="das PDF ist verschlüsselt und kann nicht geöffnet werden",
                                 path=path) from None
        pages = []
        for page in reader.pages:
            check_time(path)
            pages.append(page.extract_text() or "")
    except InputError:
        raise
    except LimitReachedError:
        # pypdf's own limit on what one stream may decompress to (a PDF bomb), issue 12.
        raise InputError("refused: a stream of the PDF decompresses beyond pypdf's limit (a decompression bomb?)",
                         message_de="abgelehnt: ein Datenstrom des PDF entpackt über pypdfs Grenze hinaus "
                         "(eine Dekompressionsbombe?)", path=path) from None
    except (PdfReadError, PyPdfError, ValueError, KeyError, TypeError, AttributeError, IndexError, OSError,
            RecursionError, AssertionError, ZeroDivisionError) as exc:
        raise InputError(f"damaged PDF, its binary content cannot be read ({type(exc).__name__})",
                         message_de=f"beschädigtes PDF, der binäre Inhalt ist nicht lesbar ({type(exc).__name__})",
                         path=path) from None
    if not pages:
        raise InputError("the PDF has no pages", message_de="das PDF hat keine Seiten", path=path)
    visible = sum(len(re.sub(r"\s", "", page)) for page in pages)
    if visible < _MIN_CHARS_PER_PAGE * len(pages) and visible < 200:
        raise InputError("no text layer: run OCR first (e.g. ocrmypdf in.pdf out.pdf)",
                         message_de="keine Textebene: bitte zuerst OCR anwenden (z. B. ocrmypdf ein.pdf aus.pdf)",
                         path=path)
    text = nfc("\n\n".join(page.strip("\n") for page in pages))
    return text, (Message(
        f"Text aus der Textebene des PDF gelesen ({len(pages)} Seite(n)); Zeilen und Spalten beziehen "
        "sich auf diesen Text.",
        f"Text read from the PDF's text layer ({len(pages)} page(s)); lines and columns refer to that text.",
    ),)

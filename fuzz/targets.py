"""The fuzz targets: each reader's entry point with what it may answer (issue 12).

A target gets bytes and hands them to one reader; a :class:`BeschlussRulesError` (a located input
error) is a correct answer, anything else — another exception, a hang, a crash — is a finding.
The atheris harnesses (``fuzz_*.py``) and the Hypothesis properties
(``tests/test_fuzz_properties.py``) call the same functions.
"""

from __future__ import annotations

import functools
import io
import json
from collections.abc import Callable

from beschluss_rules.errors import BeschlussRulesError
from beschluss_rules.reader.markdown import read_markdown
from beschluss_rules.reader.office import extract_text
from beschluss_rules.reader.oparl import read_oparl
from beschluss_rules.reader.text import parse_text
from beschluss_rules.rulebase.types import Lexicon

__all__ = ["TARGETS", "lexicon"]


@functools.cache
def lexicon() -> Lexicon:
    from beschluss_rules.rulebase.loader import load_rule_base

    return load_rule_base().lexicon


def _text(data: bytes) -> None:
    parse_text(data.decode("utf-8", "replace"), lexicon())


def _markdown(data: bytes) -> None:
    read_markdown(data.decode("utf-8", "replace"), "fuzz.md", lexicon())


def _oparl(data: bytes) -> None:
    read_oparl(data, "fuzz.json", lexicon())


def _docx(data: bytes) -> None:
    text, _ = extract_text(data, "fuzz.docx", "docx")
    parse_text(text, lexicon())


TARGETS: dict[str, Callable[[bytes], None]] = {
    "text": _text, "markdown": _markdown, "oparl": _oparl, "docx": _docx,
}


def run_target(name: str, data: bytes) -> None:
    """Call target ``name``; only a :class:`BeschlussRulesError` may leave it."""
    try:
        TARGETS[name](data)
    except BeschlussRulesError:
        pass


def seeds(name: str) -> list[bytes]:
    """Seed inputs for target ``name``, made from the test fixtures and the example paper."""
    from pathlib import Path

    root = Path(__file__).resolve().parent.parent
    texts = [root / "examples" / "heinsberg-beitritt-netzwerk-innenstadt.txt",
             *sorted((root / "tests" / "golden" / "formats" / "input" / "vorlagen").rglob("*.txt"))]
    papers = [path.read_text(encoding="utf-8") for path in texts if path.is_file()]
    if name == "text":
        return [paper.encode("utf-8") for paper in papers]
    if name == "markdown":
        return [("---\ntitle: Vorlage\nreference: 2024/017\ndate: 2024-03-12\nland: nw\nbody: Rat\n"
                 "items:\n  - body: Rat\nwaivers:\n  - rule: nw.go.41-2-uebertragung\n    item: 1\n"
                 "    reason: Test\n---\n" + paper).encode("utf-8") for paper in papers]
    if name == "oparl":
        return [json.dumps({"type": "https://schema.oparl.org/1.1/Paper", "id": f"https://x.invalid/paper/{i}",
                            "name": paper.splitlines()[0][:80], "reference": f"2024/{i:03}", "date": "2024-03-12",
                            "paperType": "Beschlussvorlage",
                            "consultation": [{"organization": ["https://x.invalid/org/1"], "role": "Entscheidung",
                                              "authoritative": True}]},
                           ensure_ascii=False).encode("utf-8") for i, paper in enumerate(papers)]
    if name == "docx":
        import docx

        out = []
        for paper in papers[:2]:
            document = docx.Document()
            for line in paper.splitlines()[:60]:
                document.add_paragraph(line)
            document.add_paragraph("Punkt eins", style="List Number")
            buffer = io.BytesIO()
            document.save(buffer)
            out.append(buffer.getvalue())
        return out
    raise KeyError(name)

"""Issue 12: hostile inputs end as one clear per-paper error, quickly and without a traceback."""

from __future__ import annotations

import time
import zipfile
from pathlib import Path

import pytest

from beschluss_rules.errors import InputError
from beschluss_rules.reader import read_paper

WORD_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def _docx_with_padding(path: Path, padding: int) -> Path:
    body = (f'<w:document xmlns:w="{WORD_NS}"><w:body><w:p><w:r><w:t>Beschlussvorschlag:</w:t></w:r></w:p>'
            + " " * padding + "</w:body></w:document>")
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>')
        archive.writestr("word/document.xml", body)
    return path


# --- item 2: ZIP decompression bombs -----------------------------------------------------------

def test_a_docx_bomb_is_refused_from_its_directory_before_unpacking(rule_base, tmp_path):
    path = _docx_with_padding(tmp_path / "bombe.docx", 20 * 1024 * 1024)
    assert path.stat().st_size < 100_000  # 20 MiB of blanks pack to a few KB
    started = time.monotonic()
    with pytest.raises(InputError, match="decompression bomb") as info:
        read_paper(path, rule_base)
    assert time.monotonic() - started < 2
    assert "\n" not in info.value.render("en")


def test_an_ordinary_docx_is_not_refused(rule_base, tmp_path):
    from beschluss_rules.reader.office import check_zip

    path = _docx_with_padding(tmp_path / "vorlage.docx", 2000)
    check_zip(path.read_bytes(), str(path))  # no exception

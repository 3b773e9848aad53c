"""Issue 12: hostile inputs end as one clear per-paper error, quickly and without a traceback."""

from __future__ import annotations

import os
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


# --- item 3: YAML alias bombs ------------------------------------------------------------------

def _laughs(levels: int = 9) -> str:
    lines = ['a0: &a0 ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    for level in range(1, levels):
        lines.append(f"a{level}: &a{level} [" + ",".join([f"*a{level - 1}"] * 9) + "]")
    return "\n".join(lines) + "\n"


def test_an_alias_bomb_in_front_matter_is_refused_quickly(rule_base, tmp_path):
    path = tmp_path / "vorlage.md"
    path.write_text("---\n" + _laughs() + "---\nBeschlussvorschlag:\nDer Rat beschließt.\n", encoding="utf-8")
    assert path.stat().st_size < 1000
    started = time.monotonic()
    with pytest.raises(InputError, match="alias") as info:
        read_paper(path, rule_base)
    assert time.monotonic() - started < 2
    assert len(info.value.render("en")) < 300


def test_front_matter_refuses_even_a_small_alias(rule_base, tmp_path):
    path = tmp_path / "vorlage.md"
    path.write_text("---\ntitle: &t Hundesteuer\nreference: *t\n---\nBeschlussvorschlag:\nDer Rat beschließt.\n",
                    encoding="utf-8")
    with pytest.raises(InputError, match="alias"):
        read_paper(path, rule_base)


def test_an_alias_bomb_in_any_yaml_the_product_reads_is_refused(tmp_path):
    from beschluss_rules.errors import RuleFileError
    from beschluss_rules.report.waivers import load_waiver_file

    path = tmp_path / ".beschluss-rules-waivers.yaml"
    path.write_text(_laughs(), encoding="utf-8")
    started = time.monotonic()
    with pytest.raises(RuleFileError, match="aliases expand"):
        load_waiver_file(path)
    assert time.monotonic() - started < 2


def test_a_rule_file_may_use_a_few_aliases(tmp_path):
    from beschluss_rules.rulebase.yamlfile import load_yaml_text

    assert load_yaml_text("a: &x [1, 2]\nb: *x\n", "x.yaml") == {"a": [1, 2], "b": [1, 2]}


def test_messages_show_values_cut_short():
    from beschluss_rules.errors import shorten

    assert len(shorten("x" * 10_000)) <= 80
    assert shorten(list(range(10_000))) == "<list of 10000 entries>"


# --- item 10: FIFOs, sockets and devices -------------------------------------------------------

@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")
def test_a_fifo_named_or_walked_is_refused_without_hanging(tmp_path, capsys):
    from beschluss_rules.cli.app import main

    from .conftest import EXAMPLE

    folder = tmp_path / "vorlagen"
    folder.mkdir()
    os.mkfifo(folder / "pipe.txt")
    (folder / "vorlage.txt").write_text(EXAMPLE.read_text(encoding="utf-8"), encoding="utf-8")
    started = time.monotonic()
    assert main(["check", "--lang", "en", "--date", "2021-09-01", str(folder)]) == 2
    assert main(["check", "--lang", "en", "--date", "2021-09-01", str(folder / "pipe.txt")]) == 2
    assert time.monotonic() - started < 30
    err = capsys.readouterr().err
    assert "FIFO" in err


@pytest.mark.skipif(not os.path.exists("/dev/zero"), reason="no /dev/zero here")
def test_a_device_is_refused(rule_base):
    with pytest.raises(InputError, match="device"):
        read_paper("/dev/zero", rule_base)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")
def test_a_fifo_as_profile_is_refused(tmp_path):
    from beschluss_rules.errors import RuleFileError
    from beschluss_rules.rulebase.yamlfile import load_yaml_file

    os.mkfifo(tmp_path / "profil.yaml")
    with pytest.raises(RuleFileError, match="not a regular file"):
        load_yaml_file(tmp_path / "profil.yaml")


@pytest.mark.parametrize("grows_by", [0, 1, 5, 100])
def test_a_paper_that_grew_since_its_status_was_taken_is_read_up_to_the_limit(tmp_path, monkeypatch, grows_by):
    """read_bytes reads what the file's status says and then the rest, up to the limit: a file
    that grew after its status was taken is read whole (or refused above the limit)."""
    from beschluss_rules.reader import source

    monkeypatch.setattr(source, "MAX_PAPER_BYTES", 64)
    path = tmp_path / "vorlage.txt"
    path.write_bytes(b"x" * (40 + grows_by))
    real_fstat = os.fstat

    def stale_fstat(descriptor: int) -> os.stat_result:
        found = real_fstat(descriptor)
        return os.stat_result((*found[:6], found.st_size - grows_by, *found[7:]))

    real_stat = os.stat

    def stale_stat(name: str) -> os.stat_result:
        found = real_stat(name)
        return os.stat_result((*found[:6], found.st_size - grows_by, *found[7:]))

    monkeypatch.setattr(source.os, "fstat", stale_fstat)
    monkeypatch.setattr(source.os, "stat", stale_stat)
    if 40 + grows_by > 64:
        with pytest.raises(InputError, match="larger than the limit"):
            source.read_bytes(path)
    else:
        assert source.read_bytes(path) == b"x" * (40 + grows_by)


# --- Low: hostile DOCX numbering, pypdf's decompression limit ------------------------------------

def test_hostile_docx_numbering_is_an_input_error(rule_base, tmp_path):
    docx = pytest.importorskip("docx")
    document = docx.Document()
    document.add_paragraph("Beschlussvorschlag:")
    paragraph = document.add_paragraph("Der Rat beschließt die Satzung.")
    p_pr = paragraph._p.get_or_add_pPr()
    num_pr = p_pr.makeelement(docx.oxml.ns.qn("w:numPr"), {})
    ilvl = num_pr.makeelement(docx.oxml.ns.qn("w:ilvl"), {docx.oxml.ns.qn("w:val"): "keine-zahl"})
    num_id = num_pr.makeelement(docx.oxml.ns.qn("w:numId"), {docx.oxml.ns.qn("w:val"): "1"})
    num_pr.append(ilvl)
    num_pr.append(num_id)
    p_pr.append(num_pr)
    path = tmp_path / "nummern.docx"
    document.save(path)
    with pytest.raises(InputError, match="numbering is broken"):
        read_paper(path, rule_base)


def test_pypdf_decompression_limit_is_an_input_error(rule_base, tmp_path, monkeypatch):
    pypdf = pytest.importorskip("pypdf")
    from pypdf.errors import LimitReachedError

    class Bomb:
        def __init__(self, *args, **kwargs):
            raise LimitReachedError("Limit reached while decompressing: 80000000 > 75000000")

    monkeypatch.setattr(pypdf, "PdfReader", Bomb)
    path = tmp_path / "bombe.pdf"
    path.write_bytes(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n")
    with pytest.raises(InputError, match="decompression bomb"):
        read_paper(path, rule_base)

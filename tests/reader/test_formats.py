"""Every input format, and every way an input can be bad: one clear message, the rest still read.

Fixtures are built in the tests (DOCX with python-docx, a small PDF written by hand, OParl JSON
modelled on the real Karlsruhe, Nordstemmen and ALLRIS records in ../shared).
"""

from __future__ import annotations

import json
import os
import zipfile
from pathlib import Path

import pytest

from beschluss_rules.errors import InputError
from beschluss_rules.reader import MAX_PAPER_BYTES, read_paper, read_papers
from beschluss_rules.verdict.checker import CheckOptions

from ..conftest import EXAMPLE

PROPOSAL = (
    "Beitritt zum Zweckverband Wasserversorgung\n"
    "Beschlussvorschlag:\n"
    "Der Rat der Stadt Heinsberg beschließt den Beitritt zum Zweckverband Wasserversorgung.\n"
    "Begründung:\n"
    "Die Straße wird saniert.\n"
)


def kinds(item):
    return sorted(item.body.kinds) if item.body else None


def write(tmp_path: Path, name: str, content: bytes | str) -> Path:
    path = tmp_path / name
    if isinstance(content, str):
        path.write_text(content, encoding="utf-8")
    else:
        path.write_bytes(content)
    return path


def unchanged(path: Path, before: bytes) -> bool:
    return path.read_bytes() == before


# --- plain text and encodings -------------------------------------------------------------------

def test_plain_text_heinsberg(rule_base):
    paper = read_paper(EXAMPLE, rule_base)
    assert paper.format == "text"
    assert [kinds(item) for item in paper.items] == [["finanzausschuss", "hauptausschuss"], ["rat"]]
    assert paper.notes == ()


def test_utf8_with_bom(rule_base, tmp_path):
    path = write(tmp_path, "bom.txt", b"\xef\xbb\xbf" + PROPOSAL.encode("utf-8"))
    paper = read_paper(path, rule_base)
    assert paper.title == "Beitritt zum Zweckverband Wasserversorgung"
    assert paper.notes == ()


@pytest.mark.parametrize("codec", ["cp1252", "latin-1"])
def test_windows_1252_and_latin_1_are_read_with_a_note(rule_base, tmp_path, codec):
    raw = PROPOSAL.encode(codec)
    path = write(tmp_path, "alt.txt", raw)
    paper = read_paper(path, rule_base)
    assert kinds(paper.items[0]) == ["rat"]
    assert "beschließt" in paper.items[0].text
    assert any("Windows-1252" in note.en for note in paper.notes)
    assert unchanged(path, raw)


def test_utf16_with_bom(rule_base, tmp_path):
    path = write(tmp_path, "u16.txt", b"\xff\xfe" + PROPOSAL.encode("utf-16-le"))
    paper = read_paper(path, rule_base)
    assert kinds(paper.items[0]) == ["rat"]
    assert any("UTF-16" in note.en for note in paper.notes)


def test_unknown_encoding_is_refused(rule_base, tmp_path):
    # KOI8-R Cyrillic: not UTF-8, and its bytes are not the letters of German text in Windows-1252.
    path = write(tmp_path, "koi8.txt", "Решение совета о бюджете города на следующий год\n".encode("koi8-r"))
    with pytest.raises(InputError, match="no known encoding"):
        read_paper(path, rule_base)


# --- Markdown with front matter ---------------------------------------------------------------------

TEMPLATE = """---
municipality: Stadt Heinsberg
land: nw
date: 2021-06-01
reference: "2021/123"
title: Beitritt zum Netzwerk Innenstadt NRW
items:
  - Haupt- und Finanzausschuss
  - body: Rat
---

# Beitritt zum Netzwerk Innenstadt NRW

## Beschlussvorschlag

1. Der Beitritt der Stadt Heinsberg zum **Netzwerk Innenstadt NRW** wird beschlossen.
2. Der Technische Beigeordnete wird als stimmberechtigter Vertreter bestimmt.

## Begründung

Das Netzwerk ist eine Arbeitsgemeinschaft nach §§ 2, 3 GkG NRW.
"""


def test_markdown_front_matter(rule_base, tmp_path):
    path = write(tmp_path, "vorlage.md", TEMPLATE)
    paper = read_paper(path, rule_base)
    assert paper.format == "markdown"
    assert paper.title == "Beitritt zum Netzwerk Innenstadt NRW"
    assert paper.reference == "2021/123" and paper.date == (2021, 6, 1) and paper.land == "nw"
    assert paper.profile is not None and paper.profile.id == "heinsberg"
    first, second = paper.items
    assert kinds(first) == ["finanzausschuss", "hauptausschuss"] and first.body_source == "front-matter"
    assert kinds(second) == ["rat"]
    assert (first.line, first.column) == (16, 1)      # lines of the file, front matter included
    assert "**" not in first.text
    assert paper.front_matter["reference"] == "2021/123"


def test_markdown_front_matter_body_for_all_items(rule_base, tmp_path):
    path = write(tmp_path, "v.md", "---\nland: nw\nbody: Rat\n---\nBeschlussvorschlag:\n"
                                   "Die Satzung wird beschlossen.\n")
    (item,) = read_paper(path, rule_base).items
    assert kinds(item) == ["rat"] and item.body_source == "front-matter"


def test_markdown_without_front_matter_is_read_as_text(rule_base, tmp_path):
    path = write(tmp_path, "plain.md", "## Beschlussvorschlag\n\nDer Rat beschließt die Satzung.\n")
    (item,) = read_paper(path, rule_base).items
    assert kinds(item) == ["rat"] and (item.line, item.column) == (3, 1)


def test_markdown_through_the_checker(checker, tmp_path):
    path = write(tmp_path, "vorlage.md", TEMPLATE)
    result = checker.check_path(path)
    assert result.errors == ()
    assert result.paper.date.isoformat() == "2021-06-01"
    assert [r.verdict.value for r in result.items] == ["conditional", "competent"]


@pytest.mark.parametrize("front, message, line", [
    ("lands: nw\n", "unknown key", 2),
    ("land: nrx\n", "unknown Land 'nrx'", 2),  # "NRW" itself is accepted: a name of Nordrhein-Westfalen
    ("date: 01.06.2021\n", "not a date", 2),
    ("body: Oberster Sowjet\n", "unknown body", 2),
    ("items: Rat\n", "must be a list", 2),
    ("title: [unclosed\n", "not valid YAML", None),
    ("municipality: heinsberg\nland: bw\n", "contradicts the profile", 3),
])
def test_bad_front_matter(rule_base, tmp_path, front, message, line):
    path = write(tmp_path, "bad.md", "---\n" + front + "---\nBeschlussvorschlag:\nDie Satzung wird beschlossen.\n")
    with pytest.raises(InputError, match=message) as info:
        read_paper(path, rule_base)
    assert info.value.path == str(path)
    if line is not None:
        assert info.value.line == line


def test_unknown_front_matter_key_suggests(rule_base, tmp_path):
    path = write(tmp_path, "bad.md", "---\nrefernce: 12/2021\n---\nText\n")
    with pytest.raises(InputError) as info:
        read_paper(path, rule_base)
    assert info.value.suggestion == "reference"


# --- DOCX ---------------------------------------------------------------------------------------

def make_docx(path: Path) -> Path:
    docx = pytest.importorskip("docx")
    document = docx.Document()
    document.add_paragraph("Neufassung der Friedhofssatzung")
    table = document.add_table(rows=3, cols=3)
    for row, cells in zip(table.rows, [("Gremium", "Sitzung", "Zuständigkeit"),
                                       ("Haupt- und Finanzausschuss", "18.05.2021", "Vorberatung"),
                                       ("Rat", "01.06.2021", "Entscheidung")], strict=True):
        for cell, text in zip(row.cells, cells, strict=True):
            cell.text = text
    document.add_paragraph("Beschlussvorschlag:")
    document.add_paragraph("Der Rat der Stadt Heinsberg beschließt:")
    document.add_paragraph("die Friedhofssatzung in der Fassung der Anlage 1.", style="List Number")
    document.add_paragraph("die Gebührensatzung zur Friedhofssatzung.", style="List Number")
    document.add_paragraph("Begründung:")
    document.add_paragraph("Die Satzung stammt aus dem Jahr 1998.")
    document.save(path)
    return path


def test_docx(rule_base, tmp_path):
    path = make_docx(tmp_path / "vorlage.docx")
    before = path.read_bytes()
    paper = read_paper(path, rule_base)
    assert paper.format == "docx"
    assert [(c.name, c.role) for c in paper.consultations] == [
        ("Haupt- und Finanzausschuss", "vorberatung"), ("Rat", "entscheidung")]
    assert paper.date == (2021, 6, 1)
    first, second = paper.items
    assert first.text == "die Friedhofssatzung in der Fassung der Anlage 1."
    assert kinds(first) == ["rat"] and kinds(second) == ["rat"]
    assert "satzung" in first.matters
    assert unchanged(path, before)


def test_docx_that_is_a_zip_of_something_else(rule_base, tmp_path):
    path = tmp_path / "vorlage.docx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("fotos/rathaus.jpg", b"\xff\xd8\xff not really")
    with pytest.raises(InputError, match="ZIP archive without word/document.xml, not a DOCX"):
        read_paper(path, rule_base)


def test_damaged_docx(rule_base, tmp_path):
    path = tmp_path / "kaputt.docx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("word/document.xml", b"<not xml")
    with pytest.raises(InputError, match="not a readable DOCX"):
        read_paper(path, rule_base)


def test_odt_is_named(rule_base, tmp_path):
    path = tmp_path / "vorlage.odt"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.text")
        archive.writestr("content.xml", "<x/>")
    with pytest.raises(InputError, match="OpenDocument"):
        read_paper(path, rule_base)


# --- PDF ----------------------------------------------------------------------------------------

def make_pdf(lines: list[str]) -> bytes:
    """A one-page PDF whose text layer has ``lines`` (Helvetica, WinAnsiEncoding)."""
    def escape(text: str) -> bytes:
        return text.encode("cp1252").replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")

    content = b"BT /F1 11 Tf 50 800 Td 14 TL " + b" ".join(b"(" + escape(line) + b") Tj T*" for line in lines) + b" ET"
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        (b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
         b"/Resources << /Font << /F1 5 0 R >> >> >>"),
        b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
    ]
    out = b"%PDF-1.4\n"
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for offset in offsets:
        out += b"%010d 00000 n \n" % offset
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return out


def test_pdf_text_layer(rule_base, tmp_path):
    pytest.importorskip("pypdf")
    raw = make_pdf(["Gebührensatzung", "Beschlussvorschlag:",
                    "Der Rat der Stadt Heinsberg beschließt die Gebührensatzung (Anlage 1).",
                    "Begründung:", "Die Kosten sind gestiegen."])
    path = write(tmp_path, "vorlage.pdf", raw)
    paper = read_paper(path, rule_base)
    assert paper.format == "pdf"
    (item,) = paper.items
    assert kinds(item) == ["rat"]
    assert {"abgaben", "satzung"} & set(item.matters)
    assert (item.line, item.column) == (3, 1)
    assert any("text layer" in note.en for note in paper.notes)
    assert unchanged(path, raw)


def test_pdf_without_text_layer(rule_base, tmp_path):
    pypdf = pytest.importorskip("pypdf")
    writer = pypdf.PdfWriter()
    writer.add_blank_page(595, 842)
    path = tmp_path / "scan.pdf"
    with open(path, "wb") as handle:
        writer.write(handle)
    with pytest.raises(InputError, match="no text layer: run OCR first"):
        read_paper(path, rule_base)


def test_damaged_pdf(rule_base, tmp_path):
    path = write(tmp_path, "kaputt.pdf", b"%PDF-1.4\n\x00\x01\x02binary")
    with pytest.raises(InputError, match="PDF"):
        read_paper(path, rule_base)


# --- OParl --------------------------------------------------------------------------------------

BASE = "https://oparl.example.org/bodies/1"


def oparl_paper(consultations, **extra):
    paper = {
        "id": f"{BASE}/papers/1", "type": "https://schema.oparl.org/1.1/Paper", "body": BASE,
        "name": "Satzung über die Erhebung von Gebühren für die Benutzung der Friedhöfe",
        "reference": "2021/0123", "date": "2021-05-10", "paperType": "Beschlussvorlage",
        "consultation": consultations,
    }
    paper.update(extra)
    return paper


def consultation(org, *, authoritative=None, role=None):
    out = {"type": "https://schema.oparl.org/1.1/Consultation", "organization": [org]}
    if authoritative is not None:
        out["authoritative"] = authoritative
    if role is not None:
        out["role"] = role
    return out


def organizations(tmp_path, mapping):
    write(tmp_path, "organizations.json", json.dumps(mapping))


def test_the_side_file_is_found_through_links_as_the_resolved_path_finds_it(rule_base, tmp_path, monkeypatch):
    """The organizations.json beside a paper is looked for in the paper's resolved directory and
    its parent: through a linked folder, "link/.." and a relative path from another working
    directory alike (the directories' resolution is remembered, the result must not change)."""
    real = tmp_path / "archive" / "papers"
    real.mkdir(parents=True)
    organizations(tmp_path / "archive", {"32130": "Gemeinderat"})
    write(real, "p.json", json.dumps(oparl_paper([
        consultation(f"{BASE}/organizations/gr/32130", authoritative=True, role="Entscheidung")])))
    (tmp_path / "link").symlink_to(real)
    monkeypatch.chdir(tmp_path)
    for path in (real / "p.json", tmp_path / "link" / "p.json", Path("link") / "p.json",
                 Path("link") / ".." / "papers" / "p.json"):
        paper = read_paper(str(path), rule_base, land="bw")
        assert [b.name for b in paper.deciding] == ["Gemeinderat"], path


def test_oparl_authoritative_consultation_names_the_decider(rule_base, tmp_path):
    # Karlsruhe's archive: organization URLs in the paper, names in organizations.json.
    organizations(tmp_path, {"28964": "Haupt- und Finanzausschuss", "32130": "Gemeinderat"})
    path = write(tmp_path, "2021-0123.json", json.dumps(oparl_paper([
        consultation(f"{BASE}/organizations/gr/28964", authoritative=True, role="Vorberatung"),
        consultation(f"{BASE}/organizations/gr/32130", authoritative=True, role="Entscheidung"),
    ])))
    paper = read_paper(path, rule_base, land="bw")
    assert paper.format == "oparl"
    assert [b.name for b in paper.deciding] == ["Gemeinderat"]
    (item,) = paper.items          # no text: the paper's name is its item
    assert item.text.startswith("Satzung über die Erhebung von Gebühren")
    assert kinds(item) == ["rat"] and item.body_source == "oparl"
    assert "satzung" in item.matters
    assert paper.reference == "2021/0123" and paper.date == (2021, 5, 10)


def test_oparl_text_next_to_the_json(rule_base, tmp_path):
    organizations(tmp_path, {"31180": "Bauausschuss"})
    write(tmp_path, "2021-0137.json", json.dumps(oparl_paper(
        [consultation(f"{BASE}/organizations/gr/31180", authoritative=True, role="Entscheidung")],
        name="Abwasserbeseitigung, Kanalauswechslung Silcherstraße")))
    write(tmp_path, "2021-0137.txt", "Beschlussantrag\nDer Bauausschuss stimmt der Vergabe der Kanalarbeiten "
                                     "an die Firma Muster mit einer Endsumme von 412.000,00 € zu.\n")
    paper = read_paper(tmp_path / "2021-0137.json", rule_base, land="bw")
    (item,) = paper.items
    assert item.body.name == "Bauausschuss" and "vergabe" in item.matters
    assert item.amount_cents == 41_200_000


_RECOMMENDATION = ("Beschlussantrag\nDer Ortschaftsrat Durlach empfiehlt dem Gemeinderat die vorübergehende "
                   "Aussetzung der in den Hinweisen zur Gestaltungssatzung „Altstadt Durlach“ enthaltenen "
                   "stadtgestalterischen Festlegungen mit folgender Maßgabe, zu beschließen: Die Nutzung von "
                   "Heizpilzen kann bis zum 30. Juni 2022 zugelassen werden.\n")


def test_oparl_session_of_the_recommender_does_not_make_it_the_decider(rule_base, tmp_path):
    # Karlsruhe 2021: the authoritative consultation is the Ortschaftsrat's own session, where it
    # decided what the text says: a recommendation to the Gemeinderat (§ 70 Abs. 1 GemO BW). The
    # matter is checked with the Gemeinderat, as for the text alone, and a note says why.
    organizations(tmp_path, {"40001": "Ortschaftsrat Durlach"})
    write(tmp_path, "2021-1454.json", json.dumps(oparl_paper(
        [consultation(f"{BASE}/organizations/gr/40001", authoritative=True, role="Entscheidung")],
        name="Verlängerung der Erweiterung der Außenbestuhlungsflächen")))
    write(tmp_path, "2021-1454.txt", _RECOMMENDATION)
    paper = read_paper(tmp_path / "2021-1454.json", rule_base, land="bw")
    (item,) = paper.items
    assert kinds(item) == ["rat"] and item.body_source == "recommendation"
    assert item.recommended_by is not None and item.recommended_by.name == "Ortschaftsrat Durlach"
    assert any("Empfehlung an „Gemeinderat“" in n.de and "Ortschaftsrat Durlach" in n.de for n in paper.notes)


def test_oparl_deciding_session_of_another_body_stays_the_decider(rule_base, tmp_path):
    # The recommendation names the Gemeinderat and the Gemeinderat's session decides: the OParl
    # record names the decider, no note; an Ortschaftsrat deciding itself stays the decider.
    organizations(tmp_path, {"32130": "Gemeinderat", "40001": "Ortschaftsrat Durlach"})
    write(tmp_path, "a.json", json.dumps(oparl_paper(
        [consultation(f"{BASE}/organizations/gr/32130", authoritative=True, role="Entscheidung")])))
    write(tmp_path, "a.txt", _RECOMMENDATION)
    paper = read_paper(tmp_path / "a.json", rule_base, land="bw")
    (item,) = paper.items
    assert kinds(item) == ["rat"] and item.body_source == "oparl" and item.recommended_by is None
    assert not any("Empfehlung an" in n.de for n in paper.notes)
    write(tmp_path, "b.json", json.dumps(oparl_paper(
        [consultation(f"{BASE}/organizations/gr/40001", authoritative=True, role="Entscheidung")])))
    write(tmp_path, "b.txt", "Beschlussantrag\nDer Ortschaftsrat Durlach stimmt der Gestaltung des Marktplatzes zu.\n")
    paper = read_paper(tmp_path / "b.json", rule_base, land="bw")
    (item,) = paper.items
    assert kinds(item) == ["ortschaftsrat"] and item.body_source == "oparl"


def test_a_reader_defect_on_an_oparl_record_is_no_input_error(rule_base, tmp_path, monkeypatch):
    # A record with well-typed fields: a failure of the text reader is an internal error of the
    # product (the batch reports it as such), never "malformed OParl record".
    from beschluss_rules.reader import oparl as oparl_reader

    def broken(*args, **kwargs):
        raise AttributeError("defect in the text reader")

    monkeypatch.setattr(oparl_reader, "parse_text", broken)
    organizations(tmp_path, {"32130": "Gemeinderat"})
    path = write(tmp_path, "a.json", json.dumps(oparl_paper(
        [consultation(f"{BASE}/organizations/gr/32130", authoritative=True, role="Entscheidung")])))
    with pytest.raises(AttributeError, match="defect in the text reader"):
        read_paper(path, rule_base, land="bw")
    monkeypatch.undo()
    write(tmp_path, "b.json", json.dumps(oparl_paper([{"organization_name": 5, "authoritative": True}])))
    with pytest.raises(InputError, match="malformed OParl record"):
        read_paper(tmp_path / "b.json", rule_base, land="bw")


def test_oparl_role_without_authoritative_flag(rule_base, tmp_path):
    # The spec's own example: role "Beschlussfassung", authoritative false.
    path = write(tmp_path, "p.json", json.dumps(oparl_paper([
        {"type": "https://schema.oparl.org/1.1/Consultation", "authoritative": False, "role": "Beschlussfassung",
         "organization": [{"id": f"{BASE}/organization/1", "type": "https://schema.oparl.org/1.1/Organization",
                           "name": "Stadtrat Augsburg", "organizationType": "Hauptorgan", "classification": "Stadtrat"}]},
    ])))
    paper = read_paper(path, rule_base, land="by")
    assert kinds(paper.items[0]) == ["rat"]
    assert any("authoritative" in note.en for note in paper.notes)


def test_oparl_hauptorgan_with_an_unknown_name_is_the_council(rule_base, tmp_path):
    path = write(tmp_path, "p.json", json.dumps([
        oparl_paper([consultation(f"{BASE}/organizations?typ=gr&id=1", authoritative=True, role="Entscheidung")]),
        {"id": f"{BASE}/organizations?typ=gr&id=1", "type": "https://schema.oparl.org/1.1/Organization",
         "name": "Die Versammlung", "organizationType": "Hauptorgan"},
    ]))
    assert kinds(read_paper(path, rule_base, land="by").items[0]) == ["rat"]


def test_oparl_organization_name_extension(rule_base, tmp_path):
    # Nordstemmen's server adds organization_name; no authoritative flag: the text decides.
    record = oparl_paper([
        {"organization": [f"{BASE}/organization/1-30"], "organization_name": ["Fachausschuss Finanzen"]},
        {"organization": [f"{BASE}/organization/1-1"], "organization_name": ["Rat"]},
    ])
    write(tmp_path, "ds.json", json.dumps(record))
    write(tmp_path, "ds.txt", "Beratungsfolge Sitzungstermin Stand\nFachausschuss Finanzen 15.06.2011 Beratung und "
                              "Empfehlung\nRat 05.07.2011 Beratung und Beschlussfassung\nBeschlussvorschlag:\n"
                              "Die Satzung wird beschlossen.\n")
    paper = read_paper(tmp_path / "ds.json", rule_base, land="ni")
    assert kinds(paper.items[0]) == ["rat"] and paper.items[0].body_source == "beratungsfolge"
    assert paper.date == (2011, 7, 5)


def test_oparl_list_page_with_several_papers(rule_base, checker, tmp_path):
    page = {"data": [
        oparl_paper([consultation({"id": f"{BASE}/o/1", "name": "Rat"}, authoritative=True, role="Entscheidung")],
                    reference="A/1"),
        oparl_paper([consultation({"id": f"{BASE}/o/2", "name": "Bürgermeister"}, authoritative=True,
                                  role="Entscheidung")], reference="A/2", name="Vergabe der Reinigungsarbeiten"),
    ], "pagination": {"totalElements": 2}}
    path = write(tmp_path, "page.json", json.dumps(page))
    papers = read_papers(path, rule_base, land="nw")
    assert [p.reference for p in papers] == ["A/1", "A/2"]
    assert [kinds(p.items[0]) for p in papers] == [["rat"], ["buergermeister"]]
    results = checker.check_file(path, CheckOptions(land="nw"))
    assert [r.path for r in results] == [f"{path}#A/1", f"{path}#A/2"]
    single = checker.check_path(path, CheckOptions(land="nw"))
    assert any("2 papers" in e.en for e in single.errors)


def test_shared_oparl_examples_are_read(rule_base):
    from ..conftest import SHARED

    folder = SHARED / "oparl"
    if not folder.is_dir():
        pytest.skip("../shared/oparl not present")
    for name in ("Paper-01.json", "Paper-ALLRIS-Augsburg-real.json"):
        (paper,) = read_papers(folder / name, rule_base)
        assert paper.items and paper.title


@pytest.mark.parametrize("content, message", [
    ('{"type": "https://schema.oparl.org/1.1/Paper", "name": ', "malformed JSON"),
    ('{"type": "https://schema.oparl.org/1.1/Organization", "name": "Rat"}', "no OParl Paper"),
    ('"just a string"', "not an OParl record"),
    ('[]', "no OParl Paper"),
    ('{"type": "https://schema.oparl.org/1.1/Paper", "consultation": "Rat"}', "must be a list"),
])
def test_malformed_oparl(rule_base, tmp_path, content, message):
    path = write(tmp_path, "bad.json", content)
    with pytest.raises(InputError, match=message):
        read_paper(path, rule_base)


# --- bad input of every kind ------------------------------------------------------------------

@pytest.mark.parametrize("name, content, message", [
    ("empty.txt", b"", "empty"),
    ("blank.txt", b"  \n\n\t\n", "empty"),
    ("binary.txt", b"\x00\x01\x02\x03binary\x00", "binary"),
    ("image.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "PNG image"),
    ("old.doc", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 100, "legacy Word"),
])
def test_bad_files(rule_base, tmp_path, name, content, message):
    path = write(tmp_path, name, content)
    with pytest.raises(InputError, match=message) as info:
        read_paper(path, rule_base)
    assert info.value.path == str(path)
    assert "\n" not in str(info.value)
    assert unchanged(path, content)


def test_too_large(rule_base, tmp_path):
    path = tmp_path / "huge.txt"
    with open(path, "wb") as handle:
        handle.truncate(MAX_PAPER_BYTES + 1)   # sparse: no 20 MB written
    with pytest.raises(InputError, match="larger than the limit of 20 MiB"):
        read_paper(path, rule_base)


def test_directory_and_missing_file(rule_base, tmp_path):
    with pytest.raises(InputError, match="directory"):
        read_paper(tmp_path, rule_base)
    with pytest.raises(InputError, match="cannot read"):
        read_paper(tmp_path / "nope.txt", rule_base)


def test_bad_papers_do_not_stop_the_others(checker, tmp_path):
    bad = [write(tmp_path, "empty.txt", b""), write(tmp_path, "x.json", "{"),
           write(tmp_path, "x.docx", b"PK\x03\x04garbage")]
    results = [checker.check_path(path, CheckOptions(date=None)) for path in [*bad, EXAMPLE]]
    assert all(r.paper is None and len(r.errors) == 1 for r in results[:3])
    assert results[3].errors == () and len(results[3].items) == 2


def test_paper_without_beschlussvorschlag_is_reported_not_refused(checker, tmp_path):
    path = write(tmp_path, "bericht.txt", "Sachstandsbericht\n\nDer Bericht wird zur Kenntnis genommen.\n")
    result = checker.check_path(path)
    assert result.paper is not None and result.items == ()
    assert "No Beschlussvorschlag" in result.errors[0].en


def test_inputs_are_opened_read_only(rule_base, tmp_path):
    path = write(tmp_path, "ro.txt", PROPOSAL)
    os.chmod(path, 0o444)
    try:
        assert read_paper(path, rule_base).items
    finally:
        os.chmod(path, 0o644)


# --- OParl metadata only (title and Beratungsfolge, no text) ------------------------------------

HUERTGENWALD = "https://sdnetrim.kdvz-frechen.de/rim4220/webservice/oparl/v1.0/body/1"


def test_oparl_metadata_only_paper_is_read_as_its_title(rule_base, tmp_path):
    # The shape of a paper of Hürtgenwald's OParl server before any file is downloaded: the
    # title, the Beratungsfolge, and the body as a bare URL (the profile's source).
    organizations(tmp_path, {"data": [
        {"id": f"{HUERTGENWALD}/organization/1-8", "name": "Gemeinderat"},
        {"id": f"{HUERTGENWALD}/organization/1-12", "name": "Bau- und Umweltausschuss"},
    ]})
    paper = oparl_paper(
        [consultation(f"{HUERTGENWALD}/organization/1-12"),
         consultation(f"{HUERTGENWALD}/organization/1-8", authoritative=True, role="Entscheidung")],
        body=HUERTGENWALD, name="Ausbau der Gemeindestraße „Im Geyberg“ im Ortsteil Gey",
        date="2021-03-02")
    paper.pop("mainFile", None)
    path = write(tmp_path, "2999.json", json.dumps(paper))
    parsed = read_paper(path, rule_base)
    assert parsed.municipality_name == "Gemeinde Hürtgenwald"
    assert parsed.profile is not None and parsed.profile.id == "huertgenwald"
    assert parsed.land == "nw"
    assert len(parsed.items) == 1
    item = parsed.items[0]
    assert item.body is not None and item.body.kinds == ("rat",)
    assert "strassen_infrastruktur" in item.matters
    assert any("Titel" in n.de for n in parsed.notes)
    assert any("nach der Adresse des OParl-Servers" in n.de for n in parsed.notes)


@pytest.mark.parametrize(("title", "matter"), [
    ("Kosten-/Nutzenanalyse eines Tierfriedhofes", "friedhof"),  # Hürtgenwald's OParl server
    ("Sachstandsbericht Neubau Feuerwehrhaus", "feuerwehr_sicherheit"),
    ("Klimaschutzkonzept der Gemeinde", "klima_energie"),
    ("Anlage eines Bolzplatzes im Ortsteil", "sport_kultur_freizeit"),
    ("Zuständigkeitsordnung – Änderung", "ausschuss_befugnisse"),
])
def test_an_oparl_title_that_begins_with_a_heading_word_is_still_the_item(rule_base, tmp_path, title, matter):
    """A title read as the item begins with a word that, as a heading of its own, ends a
    proposal ("Kosten", "Sachstand", "Klimaschutz", "Anlage", "Zuständigkeit"): it is the item
    all the same, not an empty proposal."""
    paper, item = _committee_decides(rule_base, tmp_path, title, "nw", committee="Gemeinderat")
    assert item.text == title and matter in item.matters
    assert not any("ist leer" in n.de for n in paper.notes)


@pytest.mark.parametrize(("committee_role", "council_role"), [
    ("Beratung und Empfehlung", "Beratung und Beschlussfassung"),
    ("vorberatend", "beschließend"),
    ("Vorberatung und Beschlussempfehlung", "Entscheidung (öffentlich)"),
    ("Beschlussempfehlung", "abschließende Beratung"),
])
def test_a_deciding_role_in_other_words_decides_without_authoritative_flags(rule_base, tmp_path, committee_role,
                                                                          council_role):
    """Without ``authoritative`` flags, the role decides: council information systems name it in
    other words than "Entscheidung" ("Beratung und Beschlussfassung" as Nordstemmen's
    Beratungsfolge prints it, "beschließend"); a recommendation's role does not, although it says
    "Beschluss" ("Beschlussempfehlung"), nor does a report to a body after the decision."""
    organizations(tmp_path, {"1": "Haupt- und Finanzausschuss", "2": "Rat", "3": "Bezirksausschuss"})
    paper = oparl_paper([consultation(f"{BASE}/organizations/gr/1", role=committee_role),
                         consultation(f"{BASE}/organizations/gr/2", role=council_role),
                         consultation(f"{BASE}/organizations/gr/3", role="Bericht über die Umsetzung")])
    path = write(tmp_path, "p.json", json.dumps(paper))
    parsed = read_paper(path, rule_base, land="nw")
    (item,) = parsed.items
    assert item.body is not None and item.body.kinds == ("rat",)


def test_an_unknown_oparl_body_url_gives_no_municipality(rule_base, tmp_path):
    paper = oparl_paper([consultation(f"{BASE}/organizations/9", authoritative=True)],
                        body="https://ris.other.example/oparl/body/7")
    path = write(tmp_path, "p.json", json.dumps(paper))
    assert read_paper(path, rule_base).land is None


def _committee_decides(rule_base, tmp_path, title: str, land: str, committee: str = "Hauptausschuss"):
    """An OParl record without text: ``committee``'s session marked as deciding, ``title`` the
    paper's name (read as its one item)."""
    organizations(tmp_path, {"28964": committee})
    write(tmp_path, "a.json", json.dumps(oparl_paper(
        [consultation(f"{BASE}/organizations/gr/28964", authoritative=True, role="Entscheidung")], name=title)))
    paper = read_paper(tmp_path / "a.json", rule_base, land=land)
    (item,) = paper.items
    return paper, item


def test_oparl_title_labelled_as_recommendation_is_checked_with_the_addressee(rule_base, tmp_path):
    """OParl metadata only: a committee's session marked as deciding, the title "…; Empfehlung
    an den Rat". The committee only recommends; the council decides and is checked (a committee
    adopting the Haushaltssatzung would otherwise be not-competent, a false alarm)."""
    _, item = _committee_decides(rule_base, tmp_path, "Haushaltssatzung und Haushaltsplan 2016; Empfehlung an den Rat",
                                 "nw", committee="Haupt- und Finanzausschuss")
    assert kinds(item) == ["rat"] and item.body_source == "recommendation"
    assert item.recommended_by.name == "Haupt- und Finanzausschuss"


def test_oparl_title_labelled_as_preliminary_deliberation_names_no_decider(rule_base, tmp_path):
    """"…; Vorberatung" names no addressee: the committee recommends, the decider is unknown."""
    paper, item = _committee_decides(
        rule_base, tmp_path, "Erhöhung der Beiträge in den Kinderbetreuungseinrichtungen; Vorberatung", "by")
    assert item.body is None and item.recommended_by.name == "Hauptausschuss"
    assert any("Vorberatung oder Empfehlung" in n.de for n in paper.notes)


def test_oparl_title_naming_a_deliberation_inside_is_no_label(rule_base, tmp_path):
    """Must not apply: "Vorberatung" inside the title, not as its label, changes nothing."""
    _, item = _committee_decides(rule_base, tmp_path, "Ergebnisse der Vorberatung im Arbeitskreis Schule", "by")
    assert item.body.name == "Hauptausschuss" and item.recommended_by is None


@pytest.mark.parametrize("title, addressee", [
    # a self-written list of NRW titles with their deciding body: each made the committee
    # not-competent although its session only prepares
    ("Entwurf der Haushaltssatzung 2025 mit Haushaltsplan; hier: Vorberatung und Empfehlung an den Rat, DS 2024/311",
     ["rat"]),
    ("Abfallgebühren 2025; Vorberatung der Gebührensatzung", None),
    ("Einspruch gegen die Gültigkeit der Wahl im Wahlbezirk 12; hier: Vorprüfung", None),
    ("Wahlprüfung Kommunalwahl 2025; Vorprüfung und Beschlussempfehlung", None),
    # 300 titles in the style of Hürtgenwald's server (session 15): what is recommended after the
    # addressee, what is deliberated before "und Empfehlung", the review after its norm
    ('Bebauungsplan Nr. 38 "Am Kuhlenbusch" im Stadtteil Schmidt;\nhier: Vorberatung und Empfehlung an den Rat '
     "zum Satzungsbeschluss", ["rat"]),
    ("Haushaltssatzung 2025;\nhier: Beratung der Änderungsanträge der Fraktionen und Empfehlung an den Rat", ["rat"]),
    ("Friedhofsgebührensatzung;\nhier: Kalkulation der Gebühren ab 01.01.2025 und Empfehlung an den Rat", ["rat"]),
    ("Prüfung der Gültigkeit der Kommunalwahlen vom 13.09.2020;\nhier: Vorprüfung und Beschlussempfehlung an den "
     "Rat", ["rat"]),
    ("Prüfung der Gültigkeit der Wahl des Bürgermeisters vom 14.09.2025;\nhier: Vorprüfung gem. § 40 KWahlG", None),
    ("Jahresabschluss 2023;\nhier: Prüfungsbericht und Empfehlung zur Feststellung", None),
])
def test_oparl_title_labels_of_a_preliminary_deliberation_in_more_forms(rule_base, tmp_path, title, addressee):
    _, item = _committee_decides(rule_base, tmp_path, title, "nw", committee="Haupt- und Finanzausschuss")
    assert item.recommended_by is not None and item.recommended_by.name == "Haupt- und Finanzausschuss"
    assert (kinds(item) if item.body is not None else None) == addressee


@pytest.mark.parametrize("title", [
    # must not apply: a deliberation or a recommendation named inside the title
    "Vorberatung der Gebührensatzung im Arbeitskreis; Bericht",
    "Vergabe der Reinigungsleistungen; Empfehlung der Verwaltung folgen",
    "Schulentwicklungsplan; Empfehlungen der Schulkonferenz und Beschluss",
])
def test_oparl_title_with_a_deliberation_inside_keeps_its_decider(rule_base, tmp_path, title):
    _, item = _committee_decides(rule_base, tmp_path, title, "nw", committee="Haupt- und Finanzausschuss")
    assert item.body is not None and item.body.name == "Haupt- und Finanzausschuss" and item.recommended_by is None

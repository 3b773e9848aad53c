"""The reader on the real papers in ../shared/corpus (skipped when the corpus is absent).

The corpus is a sample; these tests pin a few facts of single papers and that the whole sample
reads without a crash. benchmarks/corpus_eval.py measures the rest.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from beschluss_rules.errors import InputError
from beschluss_rules.reader import read_paper, read_papers

from ..conftest import CORPUS

pytestmark = pytest.mark.skipif(not CORPUS.is_dir(), reason=f"corpus not present at {CORPUS} (set BESCHLUSS_CORPUS)")


def papers(source: str, suffix: str) -> Iterator[Path]:
    yield from sorted((CORPUS / source / "papers").glob(f"*{suffix}"))


def paper(source: str, name: str) -> Path:
    path = CORPUS / source / "papers" / name
    if not path.exists():
        pytest.skip(f"{path} not in this corpus snapshot")
    return path


@pytest.mark.parametrize("source, suffix", [("karlsruhe", ".txt"), ("nordstemmen", ".txt"),
                                            ("karlsruhe", ".json"), ("nordstemmen", ".json")])
def test_every_paper_reads_without_a_crash(rule_base, source, suffix):
    count = 0
    for path in papers(source, suffix):
        try:
            for parsed in read_papers(path, rule_base):
                for item in parsed.items:
                    assert item.line >= 1 and item.column >= 1
        except InputError as exc:
            assert "empty" in str(exc), f"{path}: {exc}"
        count += 1
    assert count > 0


def test_karlsruhe_full_wording_at_the_end(rule_base):
    parsed = read_paper(paper("karlsruhe", "2013-0045.txt"), rule_base)
    assert parsed.land == "bw" and parsed.reference == "2013/0045"
    assert len(parsed.items) == 2
    assert all(item.body.name.startswith("Gemeinderat") for item in parsed.items)
    assert parsed.items[0].text.startswith("Die Aufstellung des Bebauungsplanes")


def test_nordstemmen_ocr_beratungsfolge(rule_base):
    parsed = read_paper(paper("nordstemmen", "DS_10-2018.txt"), rule_base)
    assert [(c.body.kinds if c.body else None, c.role) for c in parsed.consultations] == [
        (("fachausschuss",), "vorberatung"), (("hauptausschuss",), "vorberatung"), (("rat",), "entscheidung")]
    assert parsed.items[0].body.kinds == ("rat",)


def test_karlsruhe_oparl_with_organizations(rule_base):
    truth = {}
    for line in (CORPUS / "karlsruhe" / "index.tsv").read_text(encoding="utf-8").splitlines()[1:]:
        columns = line.split("\t")
        truth[columns[0]] = columns[3]
    right = total = 0
    for path in papers("karlsruhe", ".json"):
        (parsed,) = read_papers(path, rule_base)
        names = [b.name for b in parsed.deciding]
        if not names:
            continue
        total += 1
        right += names[-1] in truth[path.stem].split("; ")
    assert total > 300 and right == total


def test_nordstemmen_json_names_come_from_the_server(rule_base):
    parsed = read_paper(paper("nordstemmen", "DS_10-2018.json"), rule_base)
    assert parsed.format == "oparl" and parsed.reference == "DS 10/2018"
    assert [c.name for c in parsed.consultations][-1] == "Rat"
    assert json.loads(paper("nordstemmen", "DS_10-2018.json").read_text(encoding="utf-8"))["reference"] == parsed.reference

"""Batch checking: input order, identical results with worker processes, bad papers isolated."""

from __future__ import annotations

import datetime as dt
import json
import shutil

import pytest
from hypothesis import given
from hypothesis import strategies as st

from beschluss_rules.cli.app import main
from beschluss_rules.report.report import render_json
from beschluss_rules.verdict.batch import check_many
from beschluss_rules.verdict.checker import CheckOptions

from ..conftest import CORPUS, EXAMPLE

OPTIONS = CheckOptions(date=dt.date(2021, 6, 1))


def _papers(tmp_path, count):
    paths = []
    for index in range(count):
        path = tmp_path / f"paper-{index:03d}.txt"
        if index % 7 == 3:
            path.write_bytes(b"")
        else:
            shutil.copy(EXAMPLE, path)
        paths.append(str(path))
    return paths


def test_jobs_give_identical_results_in_input_order(tmp_path, checker):
    paths = _papers(tmp_path, 24)
    one = check_many(paths, options=OPTIONS, checker=checker)
    two = check_many(paths, jobs=2, options=OPTIONS)
    assert [r.path for r in two] == paths
    assert render_json(one) == render_json(two)
    unreadable = [r.path for r in two if r.paper is None]
    assert unreadable == [p for i, p in enumerate(paths) if i % 7 == 3]


def test_progress_is_reported_per_paper(tmp_path, checker):
    seen = []
    check_many(_papers(tmp_path, 5), options=OPTIONS, checker=checker, progress=lambda d, t: seen.append((d, t)))
    assert seen == [(1, 5), (2, 5), (3, 5), (4, 5), (5, 5)]


def test_cli_jobs_output_equals_sequential(tmp_path, capsys):
    paths = _papers(tmp_path, 6)
    main(["check", "--format", "json", "--date", "2021-09-01", *paths])
    sequential = capsys.readouterr().out
    main(["check", "--format", "json", "--date", "2021-09-01", "--jobs", "2", *paths])
    parallel = capsys.readouterr().out
    assert sequential == parallel
    assert len(json.loads(parallel)["papers"]) == 6


def test_every_paper_of_an_oparl_list_is_checked(tmp_path, capsys):
    """An OParl list page holds several papers: the CLI reports each, named path#reference."""
    base = "https://oparl.example.org/bodies/1"

    def paper(number, name, organization):
        return {
            "id": f"{base}/papers/{number}", "type": "https://schema.oparl.org/1.1/Paper", "body": base,
            "name": name, "reference": f"2021/{number:04d}", "date": "2021-05-10",
            "paperType": "Beschlussvorlage",
            "consultation": [{"type": "https://schema.oparl.org/1.1/Consultation",
                              "organization": [f"{base}/organizations/gr/{organization}"],
                              "authoritative": True, "role": "Entscheidung"}],
        }

    (tmp_path / "organizations.json").write_text(json.dumps({"1": "Gemeinderat", "2": "Bauausschuss"}))
    page = {"data": [paper(1, "Satzung über die Erhebung von Gebühren für die Friedhöfe", 1),
                     paper(2, "Änderung der Satzung über die Benutzung der Sporthallen", 2)]}
    path = tmp_path / "seite.json"
    path.write_text(json.dumps(page), encoding="utf-8")
    code = main(["check", "--format", "json", "--land", "bw", str(path)])
    report = json.loads(capsys.readouterr().out)
    assert [p["path"] for p in report["papers"]] == [f"{path}#2021/0001", f"{path}#2021/0002"]
    verdicts = [p["items"][0]["verdict"] for p in report["papers"]]
    assert verdicts == ["competent", "not-competent"]
    assert code == 1


def test_annotations_of_an_oparl_list_point_at_the_file(tmp_path, monkeypatch):
    from beschluss_rules.report._paths import artifact_uri, relative_path

    monkeypatch.chdir(tmp_path)
    (tmp_path / "seite.json").write_text("{}", encoding="utf-8")
    assert relative_path("seite.json#2021/0001") == "seite.json"
    assert artifact_uri(str(tmp_path / "seite.json") + "#2021/0001") == "seite.json"
    assert relative_path("no-such.json#x") == "no-such.json#x"


@given(st.lists(st.sampled_from(["a.json", "a.txt", "b.json", "b.txt", "c.txt", "a.JSON", "d.json"]), max_size=40),
       st.integers(min_value=1, max_value=8))
def test_worker_chunks_cover_every_paper_once_and_keep_a_json_with_its_text(names, size):
    """The chunks the workers get are the papers in order, each once, of at most one more than
    the chunk size; none ends between ``X.json`` and the ``X.txt`` after it."""
    from beschluss_rules.verdict.batch import _chunks

    chunks = _chunks(names, size)
    assert [name for start, end in chunks for name in names[start:end]] == names
    assert all(start < end <= start + size + 1 for start, end in chunks)
    for _start, end in chunks[:-1]:
        assert not (names[end - 1].endswith(".json") and names[end] == names[end - 1][:-5] + ".txt")


def _corpus_sample(per_town):
    """The first ``per_town`` files of each corpus town, in folder order (an OParl paper's JSON
    just before its text, as a folder check takes them)."""
    out = []
    for town in ("karlsruhe", "nordstemmen", "huertgenwald"):
        folder = CORPUS / town / "papers"
        if folder.is_dir():
            out += sorted(str(p) for p in folder.iterdir() if p.suffix in (".txt", ".json"))[:per_town]
    return out


@pytest.mark.skipif(not CORPUS.is_dir(), reason=f"corpus not present at {CORPUS} (set BESCHLUSS_CORPUS)")
@pytest.mark.parametrize("fmt", ["json", "sarif", "text"])
def test_jobs_2_reports_corpus_papers_byte_for_byte_as_one_job(fmt, capsys):
    """Results cross from the workers as pickles: the reports of real papers (text files, OParl
    JSON with and without their text) must not change by a byte."""
    paths = _corpus_sample(40)
    assert len(paths) >= 100
    outputs = []
    for jobs in ("1", "2"):
        code = main(["check", "--format", fmt, "--date", "2021-09-01", "--jobs", jobs, *paths])
        outputs.append((code, capsys.readouterr().out))
    assert outputs[0] == outputs[1]
    assert outputs[0][1]

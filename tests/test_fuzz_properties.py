"""Hypothesis properties over the entry points of the fuzz targets (fuzz/targets.py): whatever
bytes a reader gets, it answers with a paper or a located input error, never another exception.
Every crash the atheris harnesses found is a regression test here (tests/fuzz_regressions/)."""

from __future__ import annotations

import io
import json
import sys
import zipfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from beschluss_rules.errors import InputError
from beschluss_rules.reader import read_paper

from .conftest import ROOT

sys.path.insert(0, str(ROOT / "fuzz"))
from targets import run_target, seeds  # noqa: E402

REGRESSIONS = ROOT / "tests" / "fuzz_regressions"
_SETTINGS = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _mutations(target: str) -> st.SearchStrategy[bytes]:
    """A seed of the target with a stretch replaced by arbitrary bytes (what the fuzzer does)."""
    base = seeds(target)
    return st.tuples(st.sampled_from(base), st.integers(0, 10_000), st.integers(0, 200), st.binary(max_size=200)).map(
        lambda t: t[0][: t[1] % (len(t[0]) + 1)] + t[3] + t[0][t[1] % (len(t[0]) + 1) + t[2]:])


@_SETTINGS
@given(st.one_of(st.binary(max_size=2000), st.text(max_size=2000).map(lambda s: s.encode("utf-8", "surrogatepass")),
                 _mutations("text")))
def test_text_reader_never_crashes(data):
    run_target("text", data)


@_SETTINGS
@given(st.one_of(_mutations("markdown"), st.text(max_size=500).map(lambda s: ("---\n" + s + "\n---\nText\n").encode(
    "utf-8", "surrogatepass"))))
def test_markdown_front_matter_never_crashes(data):
    run_target("markdown", data)


_JSON = st.recursive(st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=30),
                     lambda inner: st.lists(inner, max_size=5) | st.dictionaries(
                         st.sampled_from(["type", "name", "reference", "date", "consultation", "organization",
                                          "role", "authoritative", "data", "id", "paperType", "body"]) | st.text(
                             max_size=10), inner, max_size=6), max_leaves=30)


@_SETTINGS
@given(st.one_of(_JSON.map(lambda v: json.dumps(v).encode("utf-8")), _mutations("oparl"),
                 _JSON.map(lambda v: json.dumps({"type": "https://schema.oparl.org/1.1/Paper", "name": "x",
                                                 "consultation": v}).encode("utf-8"))))
def test_oparl_reader_never_crashes(data):
    run_target("oparl", data)


def _zip_with(document: bytes) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("[Content_Types].xml", '<Types xmlns="http://schemas.openxmlformats.org/package/2006/'
                         'content-types"/>')
        archive.writestr("word/document.xml", document)
    return buffer.getvalue()


@_SETTINGS
@given(st.one_of(_mutations("docx"), st.binary(max_size=500).map(_zip_with)))
def test_docx_reader_never_crashes(data):
    run_target("docx", data)


@pytest.mark.parametrize("path", sorted(REGRESSIONS.glob("*")), ids=lambda p: p.name)
def test_fuzz_crash_regressions(path: Path, rule_base, tmp_path):
    """Each input an atheris harness crashed on: its target and the whole reading path answer
    with an input error or a paper (docx-zip-version-13.6: zipfile's NotImplementedError)."""
    target = path.name.split("-", 1)[0]
    run_target(target, path.read_bytes())
    copy = tmp_path / f"paper.{ {'text': 'txt', 'markdown': 'md', 'oparl': 'json', 'docx': 'docx'}[target] }"
    copy.write_bytes(path.read_bytes())
    try:
        read_paper(copy, rule_base)
    except InputError:
        pass

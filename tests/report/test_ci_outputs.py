"""The CI outputs of issue 18: GitLab Code Quality, ``--output-file``, ``-`` for standard input,
the fail-level default of the finding lists, and text wrapped to the terminal without splitting
a citation."""

from __future__ import annotations

import io
import json
import re

import jsonschema
import pytest
from hypothesis import given
from hypothesis import strategies as st

from beschluss_rules.cli.app import _parser, main
from beschluss_rules.cli.check_command import _width, run
from beschluss_rules.report.report import _wrap

from ..conftest import EXAMPLE
from .test_formats import EPOCH, INPUT, _run


@pytest.fixture
def in_input(monkeypatch):
    """The golden-file run's folder (tests/report/test_formats.py) as the working directory."""
    monkeypatch.chdir(INPUT)
    monkeypatch.setenv("SOURCE_DATE_EPOCH", EPOCH)
    monkeypatch.delenv("GITHUB_ACTIONS", raising=False)

#: The documented shape of a GitLab Code Quality report (https://docs.gitlab.com/ci/testing/code_quality/,
#: "Code Quality report format"): an array of issues with these required keys; ``severity`` one
#: of GitLab's five; ``location.path`` relative, ``location.lines.begin`` a line number.
GITLAB_CODE_QUALITY = {
    "type": "array",
    "items": {
        "type": "object",
        "required": ["description", "check_name", "fingerprint", "severity", "location"],
        "properties": {
            "description": {"type": "string", "minLength": 1},
            "check_name": {"type": "string", "minLength": 1},
            "fingerprint": {"type": "string", "minLength": 1},
            "severity": {"enum": ["info", "minor", "major", "critical", "blocker"]},
            "type": {"const": "issue"},
            "categories": {"type": "array", "items": {"type": "string"}},
            "location": {
                "type": "object",
                "required": ["path", "lines"],
                "properties": {
                    "path": {"type": "string", "pattern": "^[^/]"},
                    "lines": {"type": "object", "required": ["begin"],
                              "properties": {"begin": {"type": "integer", "minimum": 1}}},
                },
            },
        },
    },
}

HEINSBERG = EXAMPLE.read_bytes()


# --- gitlab --------------------------------------------------------------------------------

@pytest.mark.parametrize("show", ["error", "info"])
def test_gitlab_report_has_the_documented_shape_and_unique_fingerprints(capsys, in_input, show):
    code, out, err = _run(capsys, "--format", "gitlab", "--show-level", show)
    assert code == 1, err
    issues = json.loads(out)
    jsonschema.validate(issues, GITLAB_CODE_QUALITY)
    assert len({issue["fingerprint"] for issue in issues}) == len(issues)
    severities = {issue["check_name"]: issue["severity"] for issue in issues}
    assert severities["nw.gkg.15-2-verbandsversammlung-2022"] == "major"
    if show == "error":
        assert [i["check_name"] for i in issues] == ["nw.gkg.15-2-verbandsversammlung-2022"]
    else:
        assert severities["core.waiver-unused"] == "minor"
        waived = [i for i in issues if i["description"].startswith("Ausgenommen (warning)")]
        assert len(waived) == 1 and waived[0]["severity"] == "info"
        assert "Begründung: " in waived[0]["description"]


def test_gitlab_fingerprint_survives_lines_moving_above_the_item(tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    text = EXAMPLE.read_text(encoding="utf-8").replace("Haupt- und Finanzausschuss", "Rat", 0)
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    main(["check", "a.txt", "--format", "gitlab", "--show-level", "info", "--date", "2021-06-01"])
    before = json.loads(capsys.readouterr().out)
    (tmp_path / "a.txt").write_text("\n\n\n" + text, encoding="utf-8")
    main(["check", "a.txt", "--format", "gitlab", "--show-level", "info", "--date", "2021-06-01"])
    after = json.loads(capsys.readouterr().out)
    assert [i["location"]["lines"]["begin"] + 3 for i in before] == [i["location"]["lines"]["begin"] for i in after]
    assert [i["fingerprint"] for i in before] == [i["fingerprint"] for i in after]


# --- line: from the fail level -------------------------------------------------------------

def test_line_lists_findings_from_the_fail_level_by_default(capsys, in_input):
    _, default, _ = _run(capsys, "--format", "line")
    assert [line.split(" ")[1] for line in default.splitlines()] == ["error"]
    _, warnings, _ = _run(capsys, "--format", "line", "--fail-level", "warning")
    levels = {line.split(" ")[1] for line in warnings.splitlines()}
    assert levels == {"error", "warning", "info"}  # info: the waived warning, listed as such
    assert all(" info " not in line or "Ausgenommen (warning)" in line for line in warnings.splitlines())
    _, everything, _ = _run(capsys, "--format", "line", "--show-level", "info")
    assert len(everything.splitlines()) > len(warnings.splitlines())


# --- --output-file -------------------------------------------------------------------------

def test_output_file_gets_the_format_and_the_terminal_the_text(capsys, in_input, tmp_path):
    target = tmp_path / "gl-code-quality-report.json"
    code, out, err = _run(capsys, "--format", "gitlab", "--output-file", str(target))
    assert code == 1, err
    _, alone, _ = _run(capsys, "--format", "gitlab")
    assert target.read_text(encoding="utf-8") == alone, "the file holds exactly the format's report"
    _, text, _ = _run(capsys)
    assert out == text, "the terminal gets the text report of the same run"


def test_output_file_that_cannot_be_written_is_a_usage_error(capsys, in_input, tmp_path):
    code, out, err = _run(capsys, "--format", "json", "--output-file", str(tmp_path / "missing" / "r.json"))
    assert code == 2
    assert "--output-file" in err and "nicht schreibbar" in err and out == ""


# --- standard input ------------------------------------------------------------------------

def _check_stdin(raw: bytes, *argv: str) -> tuple[int, str]:
    args = _parser().parse_args(["check", *argv])
    out = io.StringIO()
    code = run(args, stdout=out, stderr=io.StringIO(), stdin=io.BytesIO(raw))
    return code, out.getvalue()


def test_dash_reads_the_paper_from_stdin_named_by_stdin_filename():
    code, out = _check_stdin(HEINSBERG, "-", "--date", "2021-06-01", "--format", "json",
                             "--stdin-filename", "vorlagen/2021-017.txt")
    assert code == 0
    paper = json.loads(out)["papers"][0]
    assert paper["path"] == "vorlagen/2021-017.txt"
    assert [i["verdict"] for i in paper["items"]] == ["conditional", "competent"]
    _, unnamed = _check_stdin(HEINSBERG, "-", "--date", "2021-06-01", "--format", "json")
    assert json.loads(unnamed)["papers"][0]["path"] == "-"


def test_stdin_keeps_the_order_of_the_arguments(tmp_path):
    other = tmp_path / "b.txt"
    other.write_bytes(HEINSBERG)
    _, out = _check_stdin(HEINSBERG, str(other), "-", str(other), "--format", "json", "--date", "2021-06-01")
    assert [p["path"] for p in json.loads(out)["papers"]] == [str(other), "-"]
    _, out = _check_stdin(HEINSBERG, "-", str(other), "--format", "json", "--date", "2021-06-01")
    assert [p["path"] for p in json.loads(out)["papers"]] == ["-", str(other)]


def test_empty_stdin_is_an_unreadable_paper():
    code, out = _check_stdin(b"  \n", "-", "--format", "line", "--stdin-filename", "leer.txt")
    assert code == 2
    assert out.startswith("leer.txt:1:1: error core.unreadable ") and "leer" in out


def test_stdin_filename_decides_the_format_like_a_file_name():
    markdown = (b"---\nmunicipality: heinsberg\ndate: 2021-06-01\n---\n\n# Vorlage\n\n"
                + HEINSBERG.split(b"\n", 3)[3])
    _, as_md = _check_stdin(markdown, "-", "--format", "json", "--stdin-filename", "v.md")
    paper = json.loads(as_md)["papers"][0]
    assert paper["path"] == "v.md" and paper["date"] == "2021-06-01"


# --- text: terminal width, citations -------------------------------------------------------

class _Tty(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_text_width_follows_the_terminal_and_stays_100_in_files(monkeypatch):
    monkeypatch.setenv("COLUMNS", "61")
    assert _width(_Tty()) == 60
    monkeypatch.setenv("COLUMNS", "20")
    assert _width(_Tty()) == 40
    assert _width(io.StringIO()) == 100


def test_text_report_wraps_to_the_terminal(monkeypatch):
    monkeypatch.setenv("COLUMNS", "61")
    monkeypatch.delenv("GITHUB_ACTIONS", raising=False)
    args = _parser().parse_args(["check", str(EXAMPLE), "--date", "2021-06-01"])
    out = _Tty()
    run(args, stdout=out, stderr=io.StringIO())
    lines = re.sub(r"\033\[[0-9;]*m", "", out.getvalue()).splitlines()
    long = [line for line in lines[1:] if len(line) > 60]  # the first line is the path
    assert len(max(lines, key=len)) > 50 and not long, long


CITATIONS = ["§ 41 Abs. 1 S. 2 lit. m GO NRW", "§ 41 Abs. 2 GO NRW", "§§ 2, 3 GkG NRW",
             "§ 113 Abs. 2 S. 1", "Art. 28 Abs. 2 GG", "§ 39 Abs. 2 Nr. 12 GemO", "§ 76 Abs. 2 NKomVG"]


@given(st.lists(st.sampled_from(["der Rat", "entscheidet", "nach", "(", "Haupt- und Finanzausschuss",
                                 "über", "die", "Beteiligung;", *CITATIONS]), min_size=1, max_size=30),
       st.integers(min_value=36, max_value=120))
def test_wrapping_never_breaks_inside_a_citation(words, width):
    text = " ".join(words).replace("( ", "(")
    lines = _wrap(text, "    ", width)
    assert " ".join(line.strip() for line in lines) == " ".join(text.split())
    cited = [c for c in CITATIONS if c in text]
    for citation in cited:
        # Every occurrence lies on one line: the lines together hold as many as the text.
        assert sum(line.count(citation) for line in lines) == text.count(citation)


@given(st.text(alphabet=" \t-abcÄ§.", max_size=60), st.sampled_from(["", "  ", "    "]),
       st.integers(min_value=10, max_value=70))
def test_wrapping_a_text_that_fits_on_one_line_is_what_textwrap_gives(text, indent, width):
    """Property: for any text of blanks, tabs, hyphens and letters, at any width, ``_wrap`` gives
    the lines ``textwrap.wrap`` gives (the one-line shortcut changes no output)."""
    import textwrap

    expected = textwrap.wrap(text, width=width, initial_indent=indent, subsequent_indent=indent,
                             break_long_words=False) or [indent]
    assert _wrap(text, indent, width) == expected


@given(st.lists(st.sampled_from(["der Rat", "entscheidet", "über", "die", "Beteiligung;", *CITATIONS]),
                min_size=1, max_size=30),
       st.sampled_from(["  ", "    "]), st.integers(min_value=30, max_value=80))
def test_a_text_wrapped_again_gives_the_same_lines_from_the_memo(words, indent, width):
    """Property: the memo of wrapped texts answers as wrapping afresh does, and every answer is
    a list of its own (the labelled wrap colours its first line in place)."""
    from beschluss_rules.report import report

    text = " ".join(words)
    report._WRAPPED.clear()
    fresh = _wrap(text, indent, width)
    fresh[0] = "changed by a caller"
    again, third = _wrap(text, indent, width), _wrap(text, indent, width)
    report._WRAPPED.clear()
    assert again == third == _wrap(text, indent, width)
    assert again is not third


def test_the_memo_of_wrapped_texts_is_bounded():
    from beschluss_rules.report import report

    report._WRAPPED.clear()
    for number in range(report._WRAPPED_MAX + 10):
        _wrap(f"Punkt {number} " + "Wort " * 30, "  ", 40)
    assert 0 < len(report._WRAPPED) <= report._WRAPPED_MAX

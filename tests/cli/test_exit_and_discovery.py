"""Exit codes for clean, failing and broken inputs; ``--fail-level``, ``--exit-zero``;
directory walking and ``--exclude``."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from beschluss_rules.cli.app import main
from beschluss_rules.cli.discover import Exclude, collect_papers, discover
from beschluss_rules.rulebase.loader import default_rules_dir

from ..conftest import EXAMPLE

#: A paper whose only item is competent: findings only at level info.
CLEAN = ("Stadt Heinsberg\nSitzung am 12.03.2024\n\nBeschlussvorschlag:\n\nRat:\n"
         "Die Satzung über die Straßenreinigung wird beschlossen.\n")
#: Competent, but the HFA needs a delegation: one warning (conditional).
WARNING = ("Stadt Heinsberg\nSitzung am 12.03.2024\n\nBeschlussvorschlag:\n\nHaupt- und Finanzausschuss:\n"
           "Der Zuschlag für die Gebäudereinigung des Rathauses wird an die Firma Glanz GmbH erteilt.\n")
#: Not competent: an error.
FAILING = ("Stadt Heinsberg\nSitzung am 12.03.2024\n\nBeschlussvorschlag:\n\nHaupt- und Finanzausschuss:\n"
           "Der Technische Beigeordnete wird als Vertreter der Stadt in der Gesellschafterversammlung der "
           "Stadtwerke Heinsberg GmbH bestellt.\n")


@pytest.fixture
def papers(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("GITHUB_ACTIONS", raising=False)
    for name, text in (("clean.txt", CLEAN), ("warning.txt", WARNING), ("failing.txt", FAILING)):
        (tmp_path / name).write_text(text, encoding="utf-8")
    (tmp_path / "broken.txt").write_bytes(b"\xff\xfe\x00\x00binary")
    return tmp_path


@pytest.mark.parametrize("files, options, code", [
    (["clean.txt"], [], 0),
    (["warning.txt"], [], 0),
    (["failing.txt"], [], 1),
    (["clean.txt", "failing.txt"], [], 1),
    (["warning.txt"], ["--fail-level", "warning"], 1),
    (["clean.txt"], ["--fail-level", "warning"], 0),
    (["clean.txt"], ["--fail-level", "info"], 1),
    (["failing.txt"], ["--fail-level", "error", "--exit-zero"], 0),
    (["warning.txt"], ["--fail-level", "warning", "--exit-zero"], 0),
    (["broken.txt"], [], 2),
    (["broken.txt"], ["--exit-zero"], 2),
    (["failing.txt", "broken.txt"], [], 2),
    (["missing.txt"], [], 2),
])
@pytest.mark.parametrize("fmt", ["text", "line", "json", "sarif", "junit", "github"])
def test_exit_codes(papers, capsys, files, options, code, fmt):
    assert main(["check", "--format", fmt, *options, *files]) == code
    captured = capsys.readouterr()
    assert "Traceback" not in captured.err
    if code == 2:
        assert captured.err.startswith("beschluss-rules: ")


@pytest.mark.parametrize("argv", [
    ["check", "--fail-level", "fatal", "clean.txt"],
    ["check", "--format", "xml", "clean.txt"],
    ["check"],
])
def test_usage_errors_exit_2(papers, capsys, argv):
    with pytest.raises(SystemExit) as info:
        main(argv)
    assert info.value.code == 2


def test_rule_file_error_exits_2(papers, capsys, tmp_path):
    rules = tmp_path / "rules"
    shutil.copytree(default_rules_dir(), rules)
    (rules / "nw" / "go" / "kaputt.yaml").write_text("kind: [\n", encoding="utf-8")
    assert main(["check", "--rules", str(rules), "clean.txt"]) == 2
    err = capsys.readouterr().err
    assert "kaputt.yaml" in err and "YAML" in err


def test_no_proposal_is_a_warning(papers, capsys):
    (papers / "sachstand.txt").write_text("Sachstand\n\nDer Bericht wird zur Kenntnis genommen.\n", encoding="utf-8")
    assert main(["check", "sachstand.txt"]) == 0
    assert main(["check", "--fail-level", "warning", "--format", "line", "sachstand.txt"]) == 1
    assert "sachstand.txt:1:1: warning core.no-proposal " in capsys.readouterr().out


def test_explain_follows_the_fail_level_too(papers, capsys):
    assert main(["explain", "warning.txt"]) == 0
    assert main(["explain", "--fail-level", "warning", "warning.txt"]) == 1


# --- directories and excludes ----------------------------------------------------------------

@pytest.fixture
def tree(tmp_path):
    files = ["vorlagen/a.txt", "vorlagen/b.md", "vorlagen/c.json", "vorlagen/d.docx", "vorlagen/e.pdf",
             "vorlagen/notes.yaml", "vorlagen/archiv/old.txt", "vorlagen/.git/x.txt",
             "vorlagen/2019/z.txt", "vorlagen/2019/y.entwurf.md", "vorlagen/Ä b/ü.TXT"]
    for name in files:
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text("x", encoding="utf-8")
    return tmp_path


def _names(tree: Path, found: list[str]) -> list[str]:
    return [Path(p).relative_to(tree).as_posix() for p in found]


def test_directories_are_walked_sorted_for_paper_extensions(tree):
    found = collect_papers([str(tree / "vorlagen")])
    assert _names(tree, found) == [
        "vorlagen/2019/y.entwurf.md", "vorlagen/2019/z.txt", "vorlagen/a.txt", "vorlagen/archiv/old.txt",
        "vorlagen/b.md", "vorlagen/c.json", "vorlagen/d.docx", "vorlagen/e.pdf", "vorlagen/Ä b/ü.TXT",
    ]


@pytest.mark.parametrize("patterns, gone", [
    (["archiv/"], {"vorlagen/archiv/old.txt"}),
    (["archiv"], {"vorlagen/archiv/old.txt"}),
    (["*.entwurf.md"], {"vorlagen/2019/y.entwurf.md"}),
    (["vorlagen/2019/*.txt"], {"vorlagen/2019/z.txt"}),
    (["**/2019/**"], {"vorlagen/2019/z.txt", "vorlagen/2019/y.entwurf.md"}),
    (["vorlagen/2019"], {"vorlagen/2019/z.txt", "vorlagen/2019/y.entwurf.md"}),
    (["*.pdf", "*.docx"], {"vorlagen/d.docx", "vorlagen/e.pdf"}),
    (["a.txt/"], set()),
    (["Ä b/"], {"vorlagen/Ä b/ü.TXT"}),
    # gitignore semantics (pathspec): a later "!" takes a path back in; "./" is the base.
    (["*.txt", "!a.txt"], {"vorlagen/archiv/old.txt", "vorlagen/2019/z.txt"}),
    (["vorlagen/2019/*", "!vorlagen/2019/z.txt"], {"vorlagen/2019/y.entwurf.md"}),
    # ... but, as in git, not out of an excluded directory (it is not even walked).
    (["vorlagen/2019/", "!vorlagen/2019/z.txt"], {"vorlagen/2019/y.entwurf.md", "vorlagen/2019/z.txt"}),
    (["./vorlagen/a.txt"], {"vorlagen/a.txt"}),
    (["/vorlagen/b.md"], {"vorlagen/b.md"}),
    (["2019/*.txt"], set()),  # a pattern with "/" is anchored at the base
])
def test_exclude_globs(tree, patterns, gone):
    everything = set(_names(tree, collect_papers([str(tree / "vorlagen")])))
    kept = set(_names(tree, collect_papers([str(tree / "vorlagen")], [Exclude(tuple(patterns), str(tree))])))
    assert everything - kept == gone


def test_excluded_means_excluded_also_when_named(tree):
    paper = str(tree / "vorlagen" / "archiv" / "old.txt")
    assert collect_papers([paper], [Exclude(("archiv/",), str(tree))]) == []
    assert collect_papers([paper, paper]) == [paper], "each paper once"


def test_walked_directory_on_the_command_line_with_exclude(papers, capsys):
    (papers / "archiv").mkdir()
    (papers / "archiv" / "alt.txt").write_text(FAILING, encoding="utf-8")
    (papers / "broken.txt").unlink()
    assert main(["check", "--format", "json", ".", "--exclude", "archiv/", "--exclude", "failing.txt"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert [p["path"] for p in report["papers"]] == ["./clean.txt", "./warning.txt"]


def test_nothing_to_check_says_so(papers, capsys):
    # A walk that exclude empties is no pass (issue 12): exit 2, "nichts geprüft".
    assert main(["check", "--exclude", "*.txt", "."]) == 2
    assert "nichts geprüft" in capsys.readouterr().err


def test_heinsberg_exit_code_unchanged(capsys):
    assert main(["check", "--date", "2021-09-01", str(EXAMPLE)]) == 0
    assert main(["check", "--date", "2021-09-01", "--fail-level", "warning", str(EXAMPLE)]) == 1


def test_companion_json_files_of_an_oparl_archive_are_skipped_when_walking(tmp_path, capsys, monkeypatch):
    """Karlsruhe's archive keeps organizations.json (an id → name map) beside the papers; walking
    the folder must not report it as an unreadable paper (exit 2), but say it was skipped."""
    archive = tmp_path / "oparl"
    archive.mkdir()
    paper = {"type": "https://schema.oparl.org/1.1/Paper", "id": "https://ris.example/paper/1",
             "name": "Beitritt zum Netzwerk Innenstadt NRW", "reference": "2021/0001", "date": "2021-05-20",
             "consultation": [{"type": "https://schema.oparl.org/1.1/Consultation", "role": "Entscheidung",
                               "authoritative": True, "organization": ["https://ris.example/org/7"]}]}
    (archive / "2021-0001.json").write_text(json.dumps(paper), encoding="utf-8")
    (archive / "organizations.json").write_text(json.dumps({"7": "Rat", "8": "Bauausschuss"}), encoding="utf-8")
    (archive / "gremien.json").write_text(json.dumps({"data": [
        {"type": "https://schema.oparl.org/1.1/Organization", "name": "Rat"}]}), encoding="utf-8")
    (archive / "kaputt.json").write_text("{not json", encoding="utf-8")
    discovery = discover([str(archive)])
    assert _names(tmp_path, discovery.papers) == [
        "oparl/2021-0001.json", "oparl/gremien.json", "oparl/kaputt.json", "oparl/organizations.json"]
    assert discovery.walked == frozenset(discovery.papers), "every file came from the walk"

    monkeypatch.chdir(tmp_path)
    code = main(["check", "--land", "nw", "--date", "2021-09-01", "--format", "json", "oparl"])
    captured = capsys.readouterr()
    assert "oparl/organizations.json: übersprungen: JSON ohne OParl-Paper" in captured.err
    assert "oparl/gremien.json: übersprungen: JSON ohne OParl-Paper" in captured.err
    assert "2021-0001.json: übersprungen" not in captured.err
    assert "kaputt.json: übersprungen" not in captured.err
    report = json.loads(captured.out)
    assert [Path(p["path"]).name for p in report["papers"]] == ["2021-0001.json", "kaputt.json"]
    assert code == 2  # kaputt.json is still an unreadable paper
    assert main(["check", "--land", "nw", "oparl/organizations.json"]) == 2, "named explicitly, it is checked"

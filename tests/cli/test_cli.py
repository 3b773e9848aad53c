"""The command line: exit codes, bad input without tracebacks, deterministic JSON."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from beschluss_rules.cli.app import main

from ..conftest import EXAMPLE, ROOT


def _cli(*args: str, env: dict | None = None) -> subprocess.CompletedProcess:
    environment = dict(os.environ)
    environment["PYTHONPATH"] = str(ROOT / "src") + os.pathsep + environment.get("PYTHONPATH", "")
    environment.update(env or {})
    return subprocess.run([sys.executable, "-m", "beschluss_rules", *args], capture_output=True,
                          text=True, env=environment, cwd=ROOT, timeout=120)


def test_json_is_byte_identical_across_runs_and_hash_seeds():
    """Determinism: the same input gives byte-identical JSON, whatever PYTHONHASHSEED is."""
    outputs = {
        _cli("check", "--format", "json", "--date", "2021-09-01", str(EXAMPLE), env={"PYTHONHASHSEED": seed}).stdout
        for seed in ("0", "1", "4242")
    }
    assert len(outputs) == 1
    assert json.loads(outputs.pop())["schema"] == "beschluss-rules/report/v1"


@pytest.mark.parametrize("content, message", [
    (b"", "empty"),
    (b"   \n\n", "empty"),
    (b"%PDF-1.4\n\x00\x01\x02binary", "binary"),
    ("Beschlussvorschlag:\nRat:\nРешение принято.\n".encode("koi8-r"), "not UTF-8"),
])
def test_unreadable_papers_exit_2_with_one_line(tmp_path, capsys, content, message):
    path = tmp_path / "paper.txt"
    path.write_bytes(content)
    code = main(["check", "--lang", "en", "--date", "2021-09-01", str(path)])
    captured = capsys.readouterr()
    assert code == 2
    assert message in captured.err
    assert "Traceback" not in captured.err
    assert path.read_bytes() == content, "inputs are never modified"


def test_other_papers_are_still_checked_after_a_bad_one(tmp_path, capsys):
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"")
    code = main(["check", "--format", "json", "--date", "2021-09-01", str(bad), str(EXAMPLE)])
    report = json.loads(capsys.readouterr().out)
    assert code == 2
    assert report["papers"][0]["errors"] and report["papers"][0]["items"] == []
    assert [i["verdict"] for i in report["papers"][1]["items"]] == ["conditional", "competent"]


def test_missing_file_is_a_usage_error(capsys):
    assert main(["check", "--date", "2021-09-01", "does-not-exist.txt"]) == 2
    assert "does-not-exist.txt" in capsys.readouterr().err


@pytest.mark.parametrize("bad", ["31.02.2021", "2021-13-01", "1.6.21", "Juni 2021"])
def test_bad_date_is_a_usage_error(capsys, bad):
    with pytest.raises(SystemExit) as info:
        main(["check", "--date", bad, str(EXAMPLE)])
    assert info.value.code == 2
    assert "YYYY-MM-DD" in capsys.readouterr().err


@pytest.mark.parametrize("german", ["1.6.2021", "01.06.2021"])
def test_german_dates_are_the_iso_date(capsys, german):
    assert main(["check", "--format", "json", "--date", "2021-06-01", str(EXAMPLE)]) in (0, 1)
    iso = capsys.readouterr().out
    assert main(["check", "--format", "json", "--date", german, str(EXAMPLE)]) in (0, 1)
    assert capsys.readouterr().out == iso


def test_a_folder_with_x_json_and_x_txt_holds_one_paper(tmp_path):
    from beschluss_rules.cli.discover import discover

    for name in ("2021-0123.json", "2021-0123.txt", "2021-0124.txt", "2021-0125.JSON"):
        (tmp_path / name).write_text("{}" if name.lower().endswith(".json") else "Text", encoding="utf-8")
    found = [os.path.basename(p) for p in discover([str(tmp_path)]).papers]
    assert found == ["2021-0123.json", "2021-0124.txt", "2021-0125.JSON"]
    # a text named explicitly is checked as given
    assert discover([str(tmp_path / "2021-0123.txt")]).papers == (str(tmp_path / "2021-0123.txt"),)


def test_unknown_land_suggests(capsys):
    # "nrw" itself is a name of Nordrhein-Westfalen (issue 13); a typo still gets a suggestion.
    assert main(["check", "--land", "Nordrhein-Westfahlen", "--date", "2021-09-01", str(EXAMPLE)]) == 2
    err = capsys.readouterr().err
    assert "unbekanntes Land 'Nordrhein-Westfahlen'" in err and "meinten Sie 'Nordrhein-Westfalen'?" in err


def test_unknown_municipality_suggests(capsys):
    assert main(["check", "--lang", "en", "--municipality", "heinsburg", "--date", "2021-09-01", str(EXAMPLE)]) == 2
    assert "did you mean 'heinsberg'?" in capsys.readouterr().err


def test_land_contradicting_the_profile_is_refused(capsys):
    # The paper names Heinsberg (NRW): with --land bw it is that paper's error (issue 12), exit 2.
    assert main(["check", "--land", "bw", "--date", "2021-09-01", str(EXAMPLE)]) == 2
    assert "geprüft wird aber für Land bw" in capsys.readouterr().err
    # A profile chosen on the command line against --land is a usage error of the whole run.
    assert main(["check", "--land", "bw", "--municipality", "heinsberg", "--date", "2021-09-01", str(EXAMPLE)]) == 2
    assert "widerspricht" in capsys.readouterr().err


def test_without_a_date_every_item_is_unknown(capsys):
    code = main(["check", "--format", "json", str(EXAMPLE)])
    report = json.loads(capsys.readouterr().out)
    assert code == 0
    items = report["papers"][0]["items"]
    assert [i["verdict"] for i in items] == ["unknown", "unknown"]
    assert items[0]["findings"][0]["rule"] == "core.no-date"


def test_paper_without_beschlussvorschlag_is_reported(tmp_path, capsys):
    path = tmp_path / "sachstand.txt"
    path.write_text("Sachstandsbericht\n\nDer Bericht wird zur Kenntnis genommen.\n", encoding="utf-8")
    assert main(["check", "--format", "json", "--land", "nw", "--date", "2021-09-01", str(path)]) == 0
    report = json.loads(capsys.readouterr().out)
    assert "Kein Beschlussvorschlag" in report["papers"][0]["errors"][0]


def test_an_attachment_instead_of_the_vorlage_gets_a_hint_to_check_the_vorlage(tmp_path, capsys):
    """Real archives put a plan legend or a contract where the Vorlage should be (Karlsruhe)."""
    path = tmp_path / "2021-0137.txt"
    path.write_text("LEGENDE: gepl. MW - Kanal: Durchmesser: DN/OD 400 PP und 315 PP\n"
                    "offene Bauweise: ~ 298 m\nbestehender SW - Kanal\nStadt Karlsruhe Tiefbauamt\n",
                    encoding="utf-8")
    assert main(["check", "--format", "json", "--land", "bw", "--date", "2021-03-01", str(path)]) == 0
    report = json.loads(capsys.readouterr().out)
    paper = report["papers"][0]
    assert paper["items"] == []
    assert "Anlage" in paper["errors"][0] and "prüfen Sie die Vorlage" in paper["errors"][0]
    assert main(["check", "--lang", "en", "--format", "json", "--land", "bw", "--date", "2021-03-01", str(path)]) == 0
    assert "attachment" in json.loads(capsys.readouterr().out)["papers"][0]["errors"][0]


def test_rule_command_prints_the_quoted_norm(capsys):
    assert main(["rule", "nw.go.41-1-2-m-beteiligung-privatrechtlich"]) == 0
    out = capsys.readouterr().out
    assert "§ 41 Abs. 1 S. 2 lit. m GO NRW" in out
    assert "in privater Rechtsform" in out


def test_rule_command_suggests_for_unknown_ids(capsys):
    assert main(["rule", "nw.go.41-1-2-m-beteiligung-privatrechtlic"]) == 0, "a part only one id has names it"
    assert capsys.readouterr().out.startswith("# `nw.go.41-1-2-m-beteiligung-privatrechtlich`")
    assert main(["rule", "nw.go.41-1-2-m-beteiligung-privatrechtlisch"]) == 2
    assert "nw.go.41-1-2-m-beteiligung-privatrechtlich" in capsys.readouterr().err


def test_module_and_console_entry_points_agree():
    result = _cli("check", "--date", "2021-09-01", str(EXAMPLE))
    assert result.returncode == 0
    assert "BEDINGT ZUSTÄNDIG" in result.stdout


def test_engine_missing_gives_the_install_hint(tmp_path):
    """When durable_rules cannot be imported, the CLI says how to install it, not a traceback."""
    blocker = tmp_path / "durable_rules_engine.py"
    blocker.write_text("raise ImportError('undefined symbol: PyEval_CallObject')\n")
    result = _cli("check", "--date", "2021-09-01", str(EXAMPLE),
                  env={"PYTHONPATH": str(tmp_path) + os.pathsep + str(ROOT / "src")})
    assert result.returncode == 2
    assert "PyEval_CallObject" in result.stderr
    assert "scripts/install_durable_rules.py" in result.stderr
    assert "Traceback" not in result.stderr

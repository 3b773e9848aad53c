"""The Heinsberg paper end to end: the three expected results of the foundation issue.

Golden files in tests/golden hold the full JSON reports; regenerate them deliberately with
BESCHLUSS_UPDATE_GOLDEN=1 (writes ``.new`` files beside them for review, see tests/goldens.py).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from beschluss_rules.cli.app import main

from ..conftest import EXAMPLE, ROOT
from ..goldens import assert_golden

GOLDEN = Path(__file__).resolve().parent.parent / "golden"
PROFILE = ROOT / "examples" / "heinsberg-profil-mit-delegation.yaml"


def _swapped(tmp_path: Path) -> Path:
    text = EXAMPLE.read_text(encoding="utf-8")
    text = text.replace("Haupt- und Finanzausschuss:\n", "@@:\n").replace("Rat:\n", "Haupt- und Finanzausschuss:\n").replace("@@:\n", "Rat:\n")
    path = tmp_path / "heinsberg-vertauscht.txt"
    path.write_text(text, encoding="utf-8")
    return path


def _run(capsys, *args: str) -> tuple[int, dict]:
    code = main(["check", "--format", "json", "--date", "2021-09-01", *args])
    out = capsys.readouterr().out
    return code, json.loads(out)


def _golden(name: str, report: dict) -> None:
    report = json.loads(json.dumps(report))
    report["rule_base"] = "(content hash; changes with every rule file)"
    for paper in report["papers"]:
        paper["path"] = Path(paper["path"]).name
    text = json.dumps(report, ensure_ascii=False, indent=2) + "\n"
    path = GOLDEN / name
    assert_golden(path, text)


def test_as_written_accession_is_conditional_and_appointment_competent(capsys):
    code, report = _run(capsys, str(EXAMPLE))
    assert code == 0
    paper = report["papers"][0]
    assert paper["land"] == "nw" and paper["municipality"] == "Stadt Heinsberg"
    first, second = paper["items"]
    assert first["body"]["kinds"] == ["hauptausschuss", "finanzausschuss"]
    # the network's subject (Innenstadt) is a subject class without a rule; the accession decides
    assert first["matters"] == ["beitritt_vereinigung", "stadtentwicklung"]
    assert first["legal_form"] == "arbeitsgemeinschaft"
    assert first["verdict"] == "conditional"
    assert first["deciding_rule"] == "nw.go.41-2-uebertragung"
    assert "nw.go.41-1-2-m-beteiligung-privatrechtlich" not in first["matched_rules"]
    rules = [f["rule"] for f in first["findings"]]
    assert "nw.go.41-1-2-t-beitritt-neue-aufgabe" in rules
    caution = next(f for f in first["findings"] if f["rule"] == "nw.go.41-1-2-t-beitritt-neue-aufgabe")
    assert caution["level"] == "warning"
    assert caution["references"][0]["citation"] == "§ 41 Abs. 1 S. 2 lit. t GO NRW"
    assert second["body"]["kinds"] == ["rat"]
    assert second["verdict"] == "competent"
    assert second["deciding_rule"] == "nw.go.113-2-vertreter"
    citations = [r["citation"] for r in second["findings"][0]["references"]]
    assert citations == ["§ 113 Abs. 2 S. 1 GO NRW", "§ 63 Abs. 2 GO NRW"]
    assert "vom Rat bestellter Vertreter" in second["findings"][0]["references"][0]["text"]
    _golden("heinsberg.json", report)


def test_local_delegation_makes_the_committee_competent_citing_the_clause(capsys):
    code, report = _run(capsys, str(EXAMPLE), "--profile", str(PROFILE))
    assert code == 0
    first = report["papers"][0]["items"][0]
    assert first["verdict"] == "competent"
    assert first["deciding_rule"] == "local.heinsberg-beispiel.zusto-2-1-c-mitgliedschaften"
    assert first["findings"][0]["references"][0]["citation"].startswith("§ 2 Abs. 1 lit. c Zuständigkeitsordnung")
    _golden("heinsberg-delegation.json", report)


def test_swapped_bodies_fail_the_appointment_and_pass_the_accession(capsys, tmp_path):
    code, report = _run(capsys, str(_swapped(tmp_path)))
    assert code == 1
    first, second = report["papers"][0]["items"]
    assert first["body"]["kinds"] == ["rat"] and first["verdict"] == "competent"
    assert first["deciding_rule"] == "nw.go.41-1-1-allzustaendigkeit"
    assert second["body"]["kinds"] == ["hauptausschuss", "finanzausschuss"]
    assert second["verdict"] == "not-competent"
    assert second["findings"][0]["level"] == "error"
    assert second["competent_bodies"] == ["rat"]
    _golden("heinsberg-swapped.json", report)


def test_an_ev_named_in_the_item_makes_the_accession_a_council_matter(capsys, tmp_path):
    text = EXAMPLE.read_text(encoding="utf-8").replace(
        "zum ,Netzwerk Innenstadt NRW* wird", "zum Innenstadtforum Heinsberg e.V. wird")
    text = text.replace('Beitritt der Stadt Heinsberg zum "Netzwerk Innenstadt NRW"', "Beitritt")
    text = text.replace("Netzwerk Innenstadt NRW", "Innenstadtforum")
    path = tmp_path / "ev.txt"
    path.write_text(text, encoding="utf-8")
    code, report = _run(capsys, str(path))
    first = report["papers"][0]["items"][0]
    assert first["legal_form"] == "ev"
    assert first["verdict"] == "not-competent"
    assert first["deciding_rule"] == "nw.go.41-1-2-m-beteiligung-privatrechtlich"
    assert code == 1


def test_english_report_names_verdicts_and_citations(capsys):
    code = main(["check", "--date", "2021-09-01", "--lang", "en", str(EXAMPLE)])
    out = capsys.readouterr().out
    assert code == 0
    assert "Verdict: CONDITIONAL (conditional)" in out
    assert "Verdict: COMPETENT (competent)" in out
    assert "§ 113 Abs. 2 S. 1 GO NRW; § 63 Abs. 2 GO NRW" in out


def test_german_report_is_the_default(capsys):
    main(["check", "--date", "2021-09-01", str(EXAMPLE)])
    out = capsys.readouterr().out
    assert "Ergebnis: BEDINGT ZUSTÄNDIG (conditional)" in out
    assert "§ 41 Abs. 1 S. 2 lit. t GO NRW" in out


def test_explain_shows_deciding_and_overridden_rules(capsys):
    assert main(["explain", "--date", "2021-09-01", str(EXAMPLE)]) == 0
    out = capsys.readouterr().out
    assert "entscheidet: nw.go.41-2-uebertragung (delegable) § 41 Abs. 2 GO NRW" in out
    assert "entscheidet: nw.go.113-2-vertreter (assigned) § 113 Abs. 2 S. 1 GO NRW" in out
    assert "nachrangig: nw.go.41-1-1-allzustaendigkeit (general)" in out


@pytest.mark.parametrize("date, verdict", [("1994-10-16", "unknown"), ("1994-10-17", "conditional"), ("2019-01-01", "conditional")])
def test_the_paper_date_selects_the_law(capsys, date, verdict):
    main(["check", "--format", "json", "--date", date, str(EXAMPLE)])
    report = json.loads(capsys.readouterr().out)
    assert report["papers"][0]["items"][0]["verdict"] == verdict

"""The benchmark script runs on tiny inputs and reports identical results for compared paths.

(Benchmarks are measurements, not tests: only that they run and compare is checked here.)
"""

from __future__ import annotations

import subprocess
import sys

from .conftest import ROOT


def test_benchmark_script_runs_quick():
    run = subprocess.run([sys.executable, str(ROOT / "benchmarks" / "bench.py"), "--quick", "engine", "memory"],
                         capture_output=True, text=True, timeout=300, cwd=ROOT)
    assert run.returncode == 0, run.stderr
    assert "items/s" in run.stdout
    assert "results identical on 500 items" in run.stdout
    assert "facts left in the durable state: 0" in run.stdout


def test_benchmark_script_refuses_unknown_sections():
    run = subprocess.run([sys.executable, str(ROOT / "benchmarks" / "bench.py"), "nonsense"],
                         capture_output=True, text=True, timeout=60, cwd=ROOT)
    assert run.returncode == 2
    assert "unknown section" in run.stderr


def test_instruction_count_script_runs_both_paths_quick():
    run = subprocess.run([sys.executable, str(ROOT / "benchmarks" / "instructions.py"), "--quick"],
                         capture_output=True, text=True, timeout=300, cwd=ROOT)
    assert run.returncode == 0, run.stderr
    assert "ran both paths on 20 items" in run.stdout


def test_corpus_eval_measures_a_file_of_other_towns_titles(tmp_path):
    titles = tmp_path / "titles.tsv"
    titles.write_text("# town, Land, title\n"
                      "Stadt A\tBW\tErlass der Haushaltssatzung 2024\n"
                      "\n"
                      "Stadt B\tNW\tQuxfoo Blabla\n", encoding="utf-8")
    run = subprocess.run([sys.executable, str(ROOT / "benchmarks" / "corpus_eval.py"), "--titles", str(titles),
                          "--list-unmatched"], capture_output=True, text=True, timeout=300, cwd=ROOT)
    assert run.returncode == 0, run.stderr
    assert "titles.tsv: 2 titles of 2 towns, matter recognised 50.0 %" in run.stdout
    assert "  Stadt B: Quxfoo Blabla" in run.stdout
    assert "Haushaltssatzung" not in run.stdout


def test_benchmark_jobs_section_compares_one_and_two_jobs_quick():
    """The jobs section runs one and two jobs on the same papers, says how many cores each run
    had, and checks that both give the same report."""
    run = subprocess.run([sys.executable, str(ROOT / "benchmarks" / "bench.py"), "--quick", "jobs"],
                         capture_output=True, text=True, timeout=300, cwd=ROOT)
    assert run.returncode == 0, run.stderr
    if "no corpus" not in run.stdout:
        assert "cores busy on average" in run.stdout
        assert "identical output: True" in run.stdout

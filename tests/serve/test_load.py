"""The serve load benchmark runs on a tiny size and every answer it gets is right.

(A measurement, not a test of speed: only that it runs and checks its answers is tested here.)
"""

from __future__ import annotations

import subprocess
import sys

import pytest

from ..conftest import ROOT

pytest.importorskip("uvicorn")
pytest.importorskip("fastapi")


def test_serve_load_benchmark_runs_quick():
    run = subprocess.run([sys.executable, str(ROOT / "benchmarks" / "serve_load.py"), "--quick"],
                         capture_output=True, text=True, timeout=300, cwd=ROOT)
    assert run.returncode == 0, run.stdout + run.stderr
    assert "checks/s" in run.stdout and "p99" in run.stdout
    assert "errors: 0" in run.stdout

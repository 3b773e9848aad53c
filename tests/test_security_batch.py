"""Issue 12, item 11: a worker killed under --jobs (as the out-of-memory killer does) costs only
its paper: that paper gets a per-paper error, every other paper its result, and the run exits 2."""

from __future__ import annotations

import os
import shutil
import signal
import sys

import pytest

from beschluss_rules.verdict import checker as checker_module
from beschluss_rules.verdict.batch import check_many

from .conftest import EXAMPLE

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="needs fork and SIGKILL")


def test_a_killed_worker_costs_only_its_paper(tmp_path, monkeypatch, capsys):
    papers = []
    for index in range(6):
        path = tmp_path / f"vorlage-{index}.txt"
        shutil.copy(EXAMPLE, path)
        papers.append(str(path))
    killer = tmp_path / "kill.txt"
    shutil.copy(EXAMPLE, killer)
    papers.insert(3, str(killer))
    original = checker_module.Checker.check_file

    def check_file(self, path, options=checker_module.DEFAULT_OPTIONS):
        if str(path).endswith("kill.txt"):
            os.kill(os.getpid(), signal.SIGKILL)  # as the OOM killer would
        return original(self, path, options)

    monkeypatch.setattr(checker_module.Checker, "check_file", check_file)  # inherited by forked workers
    results = check_many(papers, jobs=2)
    assert [r.path for r in results] == papers
    killed = results[3]
    assert killed.paper is None and "worker process died" in killed.errors[0].en
    assert all(r.paper is not None and r.items for i, r in enumerate(results) if i != 3)

    from beschluss_rules.cli.app import main

    assert main(["check", "--jobs", "2", "--date", "2021-09-01", "--format", "json", *papers]) == 2

"""The pre-commit hooks of ``.pre-commit-hooks.yaml``, run by the real ``pre-commit`` tool.

pre-commit would install a ``language: python`` hook into its own virtualenv from the repository,
which needs the network (and a C compiler for durable-rules). The test therefore runs each hook
definition from the manifest unchanged — entry, files, require_serial — as a ``repo: local`` hook
with ``language: system``, in a fresh temporary git repository, against a ``beschluss-rules``
command on PATH that runs this working tree. What it proves: the manifest is valid, the
``entry`` and ``files`` work as pre-commit calls them (file names appended), and a failing paper
fails the commit.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from ..conftest import ROOT
from .test_exit_and_discovery import CLEAN, FAILING

MANIFEST = ROOT / ".pre-commit-hooks.yaml"

pytest.importorskip("pre_commit", reason="pre-commit not installed (pip install -e '.[test]')")
if shutil.which("git") is None:
    pytest.skip("git not installed", allow_module_level=True)


def _hooks() -> dict[str, dict]:
    return {hook["id"]: hook for hook in yaml.safe_load(MANIFEST.read_text(encoding="utf-8"))}


@pytest.fixture
def environment(tmp_path):
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    shim = bin_dir / "beschluss-rules"
    shim.write_text(f'#!/bin/sh\nexec "{sys.executable}" -m beschluss_rules "$@"\n', encoding="utf-8")
    shim.chmod(0o755)
    env = {key: value for key, value in os.environ.items() if not key.startswith(("GIT_", "PRE_COMMIT"))}
    env.pop("GITHUB_ACTIONS", None)
    env.update({
        "PATH": str(bin_dir) + os.pathsep + env.get("PATH", ""),
        "PYTHONPATH": str(ROOT / "src"),
        "PRE_COMMIT_HOME": str(tmp_path / "pre-commit-home"),
        "HOME": str(tmp_path),
        "GIT_CONFIG_NOSYSTEM": "1",
        "GIT_AUTHOR_NAME": "Test", "GIT_AUTHOR_EMAIL": "test@example.invalid",
        "GIT_COMMITTER_NAME": "Test", "GIT_COMMITTER_EMAIL": "test@example.invalid",
        "SKIP": "",
    })
    return env


def _repo(tmp_path: Path, env: dict, hooks: list[dict]) -> Path:
    repo = tmp_path / "ratsvorlagen"
    repo.mkdir()
    subprocess.run(["git", "init", "-q", "-b", "main", str(repo)], check=True, env=env)
    local = []
    for hook in hooks:
        hook = dict(hook)
        hook["language"] = "system"
        local.append(hook)
    config = {"repos": [{"repo": "local", "hooks": local}]}
    (repo / ".pre-commit-config.yaml").write_text(yaml.safe_dump(config, sort_keys=False), encoding="utf-8")
    (repo / "LIESMICH.txt").write_text("Vorlagen\n\nKein Beschlussvorschlag hier.\n", encoding="utf-8")
    (repo / "vorlagen").mkdir()
    (repo / "vorlagen" / "2024-017.txt").write_text(CLEAN, encoding="utf-8")
    (repo / "pyproject.toml").write_text('[tool.beschluss-rules]\nformat = "line"\n', encoding="utf-8")
    return repo


def _pre_commit(repo: Path, env: dict, *args: str) -> subprocess.CompletedProcess:
    subprocess.run(["git", "add", "-A"], cwd=repo, check=True, env=env)
    return subprocess.run([sys.executable, "-m", "pre_commit", "run", "--all-files", "--color", "never", *args],
                          cwd=repo, env=env, capture_output=True, text=True, timeout=300, check=False)


def test_the_manifest_is_valid_for_pre_commit():
    run = subprocess.run([sys.executable, "-m", "pre_commit", "validate-manifest", str(MANIFEST)],
                         capture_output=True, text=True, timeout=120, check=False)
    assert run.returncode == 0, run.stdout + run.stderr
    assert set(_hooks()) == {"beschluss-rules-check", "beschluss-rules-lint"}


def test_check_hook_passes_clean_papers_and_fails_a_wrong_body(tmp_path, environment):
    hook = dict(_hooks()["beschluss-rules-check"], files="^vorlagen/")  # as docs/ci.md advises
    repo = _repo(tmp_path, environment, [hook])
    run = _pre_commit(repo, environment)
    assert run.returncode == 0, run.stdout + run.stderr
    assert "Passed" in run.stdout

    (repo / "vorlagen" / "2024-018.txt").write_text(FAILING, encoding="utf-8")
    run = _pre_commit(repo, environment)
    assert run.returncode == 1, run.stdout + run.stderr
    assert "Failed" in run.stdout
    assert "vorlagen/2024-018.txt:7:1: error nw.go.113-2-vertreter " in run.stdout


def test_check_hook_files_pattern_of_the_manifest_selects_papers(tmp_path, environment):
    """With the manifest's own ``files`` every paper extension is checked — here also LIESMICH.txt
    (no Beschlussvorschlag: a warning, so the default fail level passes) — but not YAML."""
    repo = _repo(tmp_path, environment, [_hooks()["beschluss-rules-check"]])
    (repo / "notes.yaml").write_text("a: 1\n", encoding="utf-8")
    # The line format lists findings from the fail level up; show the warnings as well.
    (repo / "pyproject.toml").write_text('[tool.beschluss-rules]\nformat = "line"\nshow-level = "warning"\n',
                                         encoding="utf-8")
    run = _pre_commit(repo, environment, "--verbose")
    assert run.returncode == 0, run.stdout + run.stderr
    assert "LIESMICH.txt:1:1: warning core.no-proposal" in run.stdout
    assert "notes.yaml" not in run.stdout


def test_lint_hook_runs_rules_lint(tmp_path, environment):
    lint = subprocess.run([sys.executable, "-m", "beschluss_rules", "rules", "lint", "--help"],
                          env=environment, capture_output=True, text=True, timeout=120, check=False)
    assert lint.returncode == 0, lint.stderr
    repo = _repo(tmp_path, environment, [_hooks()["beschluss-rules-lint"]])
    profiles = repo / "profiles"
    profiles.mkdir()
    shutil.copy(ROOT / "examples" / "heinsberg-profil-mit-delegation.yaml", profiles / "heinsberg.yaml")
    run = _pre_commit(repo, environment, "--verbose")
    assert "beschluss-rules rules lint" in run.stdout
    assert run.returncode == 0, run.stdout + run.stderr


def test_a_file_named_like_an_option_stays_a_file_name(tmp_path, environment):
    """Issue 12, item 15: before ``--`` in the entry, a committed file ``--exclude=*.txt`` was
    read as an option that excluded every paper, and the hook passed a failing paper."""
    repo = _repo(tmp_path, environment, [_hooks()["beschluss-rules-check"]])
    (repo / "vorlagen" / "2024-018.txt").write_text(FAILING, encoding="utf-8")
    (repo / "--exclude=*.txt").write_text("Kein Beschlussvorschlag hier.\n", encoding="utf-8")
    run = _pre_commit(repo, environment)
    assert run.returncode == 1, run.stdout + run.stderr
    assert "vorlagen/2024-018.txt:7:1: error nw.go.113-2-vertreter " in run.stdout

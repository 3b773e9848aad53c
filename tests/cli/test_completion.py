"""Shell completion and the man page are generated from the parser (issue 18)."""

from __future__ import annotations

import shutil
import subprocess

import pytest

from beschluss_rules._version import __version__
from beschluss_rules.cli.app import _parser, main
from beschluss_rules.cli.completion import SHELLS, completion_script, manpage
from beschluss_rules.report.registry import FORMAT_NAMES


def _commands(parser) -> set[str]:
    action = next(a for a in parser._actions if a.dest == "command")
    return set(action.choices)


@pytest.mark.parametrize("shell", SHELLS)
def test_completion_names_every_command_and_format(capsys, shell):
    assert main(["completion", shell]) == 0
    script = capsys.readouterr().out
    for command in _commands(_parser()):
        assert command in script, command
    for name in ("--fail-level", "--output-file", "--stdin-filename"):
        assert name in script
    if shell != "tcsh":
        assert "gitlab" in script and "sarif" in script


def test_bash_completion_is_valid_bash_and_completes_files_for_papers():
    script = completion_script(_parser(), "bash")
    bash = shutil.which("bash")
    if bash is None:
        pytest.skip("no bash")
    subprocess.run([bash, "-n"], input=script, text=True, check=True)
    assert "_shtab_beschluss_rules_check_pos_0_COMPGEN=_shtab_compgen_files" in script
    assert "_shtab_beschluss_rules_check___rules_COMPGEN=_shtab_compgen_dirs" in script
    formats = next(line for line in script.splitlines() if line.startswith("_shtab_beschluss_rules_check___format_choices"))
    assert all(name in formats for name in FORMAT_NAMES)


def test_man_page_documents_every_command_and_option(monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1718000000")
    page = manpage(_parser())
    assert page.startswith(f'.TH BESCHLUSS\\-RULES "1" "2024\\-06\\-10" "beschluss\\-rules {__version__}"')
    for command in _commands(_parser()):
        assert f".SS \\fBbeschluss\\-rules {command}\\fR" in page, command
    assert "\\-\\-output\\-file" in page and "\\-\\-stdin\\-filename" in page
    assert page == manpage(_parser()), "deterministic"


def test_man_page_renders_with_man(capsys, tmp_path):
    man = shutil.which("man")
    if man is None:
        pytest.skip("no man")
    assert main(["man"]) == 0
    page = tmp_path / "beschluss-rules.1"
    page.write_text(capsys.readouterr().out, encoding="utf-8")
    run = subprocess.run([man, "-l", str(page)], capture_output=True, text=True, env={"MANWIDTH": "100", "PATH": "/usr/bin:/bin"},
                         check=False)
    assert run.returncode == 0, run.stderr
    assert "beschluss-rules check" in run.stdout

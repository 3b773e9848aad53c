"""``beschluss-rules rules lint``: line format, JSON, exit codes, --select/--ignore, one file."""

from __future__ import annotations

import json
import re

from beschluss_rules.cli.app import main

from .planting import plant_rule

LINE = re.compile(r"^(?P<path>[^:]+):(?P<line>\d+):(?P<col>\d+): (?P<level>info|warning|error) "
                  r"(?P<id>lint\.[a-z-]+) (?P<message>.+)$")


def test_cli_lint_line_format_json_and_exit_codes(base, capsys):
    assert main(["rules", "lint", str(base)]) == 0
    out = capsys.readouterr().out.splitlines()
    assert all(LINE.match(line) for line in out[:-1]), out
    plant_rule(base, "99-satzungen-buergermeister", kind="assigned",
          extra="when:\n  matter: satzung\ncompetent: [buergermeister]\nexclusive: true\n")
    assert main(["rules", "lint", "--lang", "en", str(base)]) == 1
    lines = capsys.readouterr().out.splitlines()
    match = next(LINE.match(line) for line in lines if "lint.conflict" in line)
    assert match["level"] == "error" and match["path"].endswith("41-1-2-f-satzungen.yaml")
    assert main(["rules", "lint", "--format", "json", "--select", "conflict", str(base)]) == 1
    report = json.loads(capsys.readouterr().out)
    assert report["schema"] == "beschluss-rules/lint/v1"
    assert [f["id"] for f in report["findings"]] == ["lint.conflict"]
    assert report["findings"][0]["related"][0]["rule"] == "nw.go.99-satzungen-buergermeister"
    assert main(["rules", "lint", "--ignore", "conflict", str(base)]) == 0
    capsys.readouterr()
    assert main(["rules", "lint", "--fail-level", "warning", str(base)]) == 1
    capsys.readouterr()
    assert main(["rules", "lint", "--select", "conflikt", str(base)]) == 2
    assert "'conflict'" in capsys.readouterr().err


def test_cli_lint_of_one_file_reports_only_that_file(base, capsys):
    target = base / "nw" / "go" / "41-1-2-d-ehrenbuergerrecht.yaml"
    assert main(["rules", "lint", "--lang", "en", str(target)]) == 0
    lines = capsys.readouterr().out.splitlines()[:-1]
    assert lines and all("41-1-2-d-ehrenbuergerrecht.yaml" in line for line in lines)

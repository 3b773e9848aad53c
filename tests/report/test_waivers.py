"""Waivers: applied, expired, unused; strict waiver files; the front-matter hook."""

from __future__ import annotations

import datetime as dt
import json
from typing import ClassVar

import pytest

from beschluss_rules.cli.app import main
from beschluss_rules.errors import RuleFileError
from beschluss_rules.report.waivers import (
    BUILTIN_RULE_IDS,
    apply_waivers,
    load_waiver_file,
    today,
    waivers_from_front_matter,
)

from ..cli.test_exit_and_discovery import CLEAN, FAILING, WARNING

WAIVE_BASE = """\
waivers:
  - rule: nw.go.113-2-vertreter
    paper: failing.txt
    item: 1
    reason: Eilentscheidung nach § 60 Abs. 1 GO NRW, vom Rat am 20.03.2024 genehmigt.
    by: Rechtsamt
"""
#: An error-level finding is waived only with an expiry date (issue 12).
WAIVE_FAILING = WAIVE_BASE + "    expires: 2024-12-31\n"


@pytest.fixture
def papers(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("GITHUB_ACTIONS", raising=False)
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1718000000")  # 2024-06-10
    for name, text in (("clean.txt", CLEAN), ("warning.txt", WARNING), ("failing.txt", FAILING)):
        (tmp_path / name).write_text(text, encoding="utf-8")
    return tmp_path


def _json(capsys, *args: str) -> tuple[int, dict]:
    code = main(["check", "--format", "json", *args])
    return code, json.loads(capsys.readouterr().out)


def test_a_waived_error_does_not_fail_the_run_but_is_reported(papers, capsys):
    assert main(["check", "failing.txt"]) == 1
    capsys.readouterr()
    (papers / ".beschluss-rules-waivers.yaml").write_text(WAIVE_FAILING, encoding="utf-8")
    code, report = _json(capsys, "failing.txt")
    assert code == 0
    finding = report["papers"][0]["items"][0]["findings"][0]
    assert finding["level"] == "error", "the finding keeps its level"
    assert finding["waiver"] == {"reason": "Eilentscheidung nach § 60 Abs. 1 GO NRW, vom Rat am 20.03.2024 genehmigt.",
                                 "expires": "2024-12-31", "by": "Rechtsamt",
                                 "source": ".beschluss-rules-waivers.yaml", "line": 2}
    assert report["summary"]["errors"] == 0 and report["summary"]["waived"] == 1
    assert report["waivers"][0]["status"] == "applied" and report["waivers"][0]["findings"] == 1
    assert main(["check", "failing.txt", "clean.txt"]) == 0
    out = capsys.readouterr().out
    assert "Ausnahme (Fehler): Den Vertreter" in out
    assert out.splitlines()[-1] == "2 Papiere, 0 Fehler, 0 Warnungen, 1 ausgenommen."


def test_the_english_summary_counts_waived_separately(papers, capsys):
    (papers / ".beschluss-rules-waivers.yaml").write_text(WAIVE_FAILING, encoding="utf-8")
    (papers / "failing2.txt").write_text(FAILING, encoding="utf-8")
    assert main(["check", "--lang", "en", "failing.txt", "failing2.txt"]) == 1
    assert capsys.readouterr().out.splitlines()[-1] == "2 papers, 1 error, 0 warnings, 1 waived."


def test_an_expired_waiver_no_longer_applies_and_warns(papers, capsys):
    (papers / ".beschluss-rules-waivers.yaml").write_text(WAIVE_BASE + "    expires: 2024-06-09\n",
                                                           encoding="utf-8")
    code, report = _json(capsys, "failing.txt")
    assert code == 1
    assert "waiver" not in report["papers"][0]["items"][0]["findings"][0]
    (status,) = report["waivers"]
    assert status["status"] == "expired" and status["problem"]["rule"] == "core.waiver-expired"
    assert report["summary"] == {**report["summary"], "errors": 1, "warnings": 1, "waived": 0}


def test_a_waiver_is_valid_on_its_expiry_date(papers, capsys):
    (papers / ".beschluss-rules-waivers.yaml").write_text(WAIVE_BASE + "    expires: 2024-06-10\n",
                                                           encoding="utf-8")
    code, report = _json(capsys, "failing.txt")
    assert code == 0 and report["waivers"][0]["status"] == "applied"


def test_an_unused_waiver_warns_and_fails_at_warning_level(papers, capsys):
    (papers / ".beschluss-rules-waivers.yaml").write_text(WAIVE_FAILING.replace("failing.txt", "clean.txt"),
                                                           encoding="utf-8")
    code, report = _json(capsys, "clean.txt")
    assert code == 0
    assert report["waivers"][0]["status"] == "unused"
    assert report["summary"]["warnings"] == 1
    assert main(["check", "--fail-level", "warning", "--format", "line", "clean.txt"]) == 1
    assert ".beschluss-rules-waivers.yaml:2:1: warning core.waiver-unused " in capsys.readouterr().out


def test_a_waiver_for_a_paper_not_in_this_run_is_silent(papers, capsys):
    """pre-commit passes only changed files: the waiver of another paper is not 'unused'."""
    (papers / ".beschluss-rules-waivers.yaml").write_text(WAIVE_FAILING, encoding="utf-8")
    code, report = _json(capsys, "clean.txt")
    assert code == 0 and report["waivers"][0]["status"] == "not-checked"
    assert report["summary"]["warnings"] == 0


def test_a_waiver_for_a_paper_that_does_not_exist_warns(papers, capsys):
    (papers / ".beschluss-rules-waivers.yaml").write_text(WAIVE_FAILING.replace("failing.txt", "weg.txt"),
                                                           encoding="utf-8")
    _, report = _json(capsys, "clean.txt")
    assert report["waivers"][0]["status"] == "unused"
    assert "eine Vorlage, die es nicht gibt" in report["waivers"][0]["problem"]["message"]


def test_waiver_paper_globs_and_the_waiver_file_option(papers, capsys, tmp_path):
    (papers / "sub").mkdir()
    (papers / "sub" / "failing.txt").write_text(FAILING, encoding="utf-8")
    waivers = tmp_path / "ausnahmen.yaml"
    waivers.write_text(WAIVE_FAILING.replace("paper: failing.txt", "paper: '**/failing.txt'"), encoding="utf-8")
    code, report = _json(capsys, "--waivers", str(waivers), "failing.txt", "sub/failing.txt")
    assert code == 0
    assert report["waivers"][0]["findings"] == 2


def test_the_configured_waiver_file(papers, capsys):
    (papers / "recht").mkdir()
    (papers / "recht" / "ausnahmen.yaml").write_text(WAIVE_FAILING.replace("failing.txt", "../failing.txt"),
                                                      encoding="utf-8")
    (papers / ".beschluss-rules.toml").write_text('waivers = "recht/ausnahmen.yaml"\n', encoding="utf-8")
    code, report = _json(capsys, "failing.txt")
    assert code == 0 and report["waivers"][0]["source"] == "recht/ausnahmen.yaml"


@pytest.mark.parametrize("text, message", [
    ("waivers:\n  - rule: nw.go.113-2-vertreter\n    paper: a.txt\n    item: 1\n", "key 'reason': required key missing"),
    ("waivers:\n  - rule: nw.go.113-2-vertreter\n    paper: a.txt\n    item: 1\n    reason: '  '\n",
     "key 'reason': must be a non-empty text"),
    ("waivers:\n  - rule: nw.go.113-2-vertreterr\n    paper: a.txt\n    item: 1\n    reason: x\n",
     "did you mean 'nw.go.113-2-vertreter'?"),
    ("waivers:\n  - rule: nw.go.113-2-vertreter\n    paper: a.txt\n    item: 1\n    reason: x\n    expiry: 2025-01-01\n",
     "did you mean 'expires'?"),
    ("waivers:\n  - rule: nw.go.113-2-vertreter\n    paper: a.txt\n    item: 0\n    reason: x\n", "item number"),
    ("waivers:\n  - rule: nw.go.113-2-vertreter\n    paper: a.txt\n    item: 1\n    reason: x\n    expires: 2025-13-01\n",
     "YYYY-MM-DD"),
    ("waiver: []\n", "did you mean 'waivers'?"),
    ("waivers:\n  - rule: x\n    rule: y\n", "duplicate key"),
])
def test_bad_waiver_files_are_errors_with_line_and_exit_2(papers, capsys, text, message):
    path = papers / ".beschluss-rules-waivers.yaml"
    path.write_text(text, encoding="utf-8")
    assert main(["check", "--lang", "en", "clean.txt"]) == 2
    err = capsys.readouterr().err
    assert ".beschluss-rules-waivers.yaml:" in err and message in err


def test_missing_waiver_file_named_explicitly_exits_2(papers, capsys):
    assert main(["check", "--waivers", "nix.yaml", "clean.txt"]) == 2
    assert "nix.yaml" in capsys.readouterr().err


def test_front_matter_hook_reads_waivers_of_the_paper_itself(papers, tmp_path):
    """The Markdown reader exposes front matter as Paper.front_matter; its waivers need no paper."""
    front = {"gremium": "Rat", "waivers": [{"rule": "nw.go.41-2-uebertragung", "item": 1,
                                             "reason": "Delegation vom 05.02.2024", "expires": "2025-01-01"}]}
    (waiver,) = waivers_from_front_matter(front, "warning.txt", known_rules=["nw.go.41-2-uebertragung"])
    assert waiver.carrier == "warning.txt" and waiver.expires == dt.date(2025, 1, 1)
    assert waiver.matches_paper(str(papers / "warning.txt")) and not waiver.matches_paper("clean.txt")
    assert waivers_from_front_matter({"title": "x"}, "warning.txt") == ()
    with pytest.raises(RuleFileError, match="paper"):
        waivers_from_front_matter({"waivers": [{"rule": "a", "item": 1, "reason": "r", "paper": "x"}]}, "p.md")


def test_front_matter_waivers_are_used_by_the_run(papers, capsys, monkeypatch):
    """Simulates the parser exposing Paper.front_matter (the Markdown reader is in progress)."""
    import attrs

    from beschluss_rules.cli import check_command as runner

    original = runner._check

    def with_front_matter(*args, **kwargs):
        results = original(*args, **kwargs)
        out = []
        for result in results:
            paper = result.paper

            class _Paper:
                front_matter: ClassVar[dict] = {
                    "waivers": [{"rule": "nw.go.41-2-uebertragung", "item": 1, "reason": "Delegation"}]}

                def __getattr__(self, name, paper=paper):
                    return getattr(paper, name)
            out.append(attrs.evolve(result, paper=_Paper()))
        return out

    monkeypatch.setattr(runner, "_check", with_front_matter)
    code, report = _json(capsys, "--fail-level", "warning", "warning.txt")
    assert code == 0
    assert report["waivers"][0]["source"] == "warning.txt" and report["waivers"][0]["status"] == "applied"


def test_apply_waivers_matches_rule_paper_and_item_exactly(checker, tmp_path):
    paper = tmp_path / "failing.txt"
    paper.write_text(FAILING, encoding="utf-8")
    result = checker.check_path(paper)
    waivers_file = tmp_path / "w.yaml"
    waivers_file.write_text(
        "waivers:\n"
        "  - {rule: nw.go.113-2-vertreter, paper: failing.txt, item: 2, reason: falscher Punkt}\n"
        "  - {rule: nw.go.41-2-uebertragung, paper: failing.txt, item: 1, reason: falsche Regel}\n"
        "  - {rule: nw.go.113-2-vertreter, paper: other.txt, item: 1, reason: falsche Vorlage}\n"
        "  - {rule: nw.go.113-2-vertreter, paper: failing.txt, item: 1, reason: passt, expires: 2025-01-01}\n"
        "  - {rule: nw.go.113-2-vertreter, paper: failing.txt, item: 1, reason: doppelt, expires: 2025-01-01}\n",
        encoding="utf-8")
    waivers = load_waiver_file(waivers_file, known_rules=[r.id for r in checker.rule_base.rules])
    outcome = apply_waivers([result], waivers, on=dt.date(2024, 6, 10))
    assert [s.status for s in outcome.statuses] == ["unused", "unused", "unused", "applied", "unused"]
    assert [w.reason for w in outcome.applied.values()] == ["passt"]


def test_today_follows_source_date_epoch(monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "0")
    assert today() == dt.date(1970, 1, 1)
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "nonsense")
    assert today() == dt.datetime.now(dt.UTC).date()


def test_builtin_ids_are_documented():
    from beschluss_rules.report.builtin import BUILTIN_RULES

    assert set(BUILTIN_RULE_IDS) <= set(BUILTIN_RULES)


def test_front_matter_waivers_of_a_markdown_paper(papers, capsys):
    """End to end with the Markdown reader: a draft's front matter acknowledges a warning of its own."""
    (papers / "vergabe.md").write_text(
        "---\ndate: 2024-03-12\nwaivers:\n  - rule: nw.go.41-2-uebertragung\n    item: 1\n"
        "    reason: Übertragung durch Ratsbeschluss vom 05.02.2024.\n---\n"
        + WARNING.replace("Sitzung am 12.03.2024\n", ""), encoding="utf-8")
    code, report = _json(capsys, "--fail-level", "warning", "vergabe.md")
    assert code == 0, report
    assert report["summary"]["waived"] == 1
    assert report["waivers"][0]["source"] == "vergabe.md" and report["waivers"][0]["status"] == "applied"


def test_an_error_is_not_waived_without_an_expiry_date(papers, capsys):
    """Issue 12, item 14: error-level waivers need reason and expiry."""
    (papers / ".beschluss-rules-waivers.yaml").write_text(WAIVE_BASE, encoding="utf-8")
    code, report = _json(capsys, "failing.txt")
    assert code == 1
    (status,) = report["waivers"]
    assert status["status"] == "refused" and "expires" in status["problem"]["message"]


def test_a_paper_cannot_waive_its_own_error(papers, capsys):
    """Issue 12, item 14: before, front matter with ``reason: "ok"`` waived the paper's error."""
    text = FAILING
    (papers / "selbst.md").write_text(
        "---\nwaivers:\n  - rule: nw.go.113-2-vertreter\n    item: 1\n    reason: ok\n"
        "    expires: 2030-01-01\n---\n" + text, encoding="utf-8")
    assert main(["check", "selbst.md"]) == 1

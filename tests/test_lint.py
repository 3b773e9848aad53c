"""The rule-base linter: the shipped rule base passes, and every check catches a planted fault.

Each test copies the NRW part of the shipped rule base (vocabularies, ``rules/nw``, the Heinsberg
profile) into a temporary folder, plants one kind of fault and asserts the finding: its check,
level, location and that the message names what a rule author needs (both rule ids, the local
clause and the norm, ...).
"""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest

from beschluss_rules.cli.app import main
from beschluss_rules.model import Level
from beschluss_rules.rulebase.loader import default_rules_dir
from beschluss_rules.ruletools.lint import CHECKS, lint_base, lint_paths

from .conftest import ROOT

SHIPPED = default_rules_dir()
LINE = re.compile(r"^(?P<path>[^:]+):(?P<line>\d+):(?P<col>\d+): (?P<level>info|warning|error) "
                  r"(?P<id>lint\.[a-z-]+) (?P<message>.+)$")


@pytest.fixture
def base(tmp_path: Path) -> Path:
    """A copy of the NRW part of the shipped rule base."""
    root = tmp_path / "rules"
    shutil.copytree(SHIPPED / "vocab", root / "vocab")
    shutil.copytree(SHIPPED / "nw", root / "nw")
    (root / "municipalities" / "nw").mkdir(parents=True)
    shutil.copy(SHIPPED / "municipalities" / "nw" / "heinsberg.yaml", root / "municipalities" / "nw")
    return root


def _edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, f"{old!r} not in {path}"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def _findings(root: Path, check: str):
    return [f for f in lint_base(root).findings if f.check == check]


RULE = """kind: {kind}
title: {{de: "Testregel", en: "Test rule"}}
description: Eine Testregel.
message: {{de: "{{body}}: Test.", en: "{{body}}: test."}}
reference:
  - law: GO NRW
    section: "99"
    text: Testwortlaut.
valid:
  from: {start}
{extra}"""


def _rule(root: Path, name: str, *, kind: str = "reserved", start: str = "2019-01-01", extra: str) -> Path:
    path = root / "nw" / "go" / f"{name}.yaml"
    path.write_text(RULE.format(kind=kind, start=start, extra=extra), encoding="utf-8")
    return path


def test_the_shipped_rule_base_passes_lint():
    """No error-level finding in the shipped rule base (warnings are reported, see docs/lint.md)."""
    report = lint_paths()
    errors = [f for f in report.findings if f.level is Level.ERROR]
    assert not errors, "\n".join(f"{f.path}:{f.line}: {f.id} {f.message.en}" for f in errors)
    assert report.rules > 40


def test_the_nrw_copy_is_clean_apart_from_known_warnings(base):
    report = lint_base(base)
    assert {f.check for f in report.findings} <= {"quoted-text", "citation"}


def test_a_rule_that_never_decides_is_reported_as_overridden(base):
    """A second rule for the Beigeordneten election that always loses to lit. c."""
    source = (base / "nw" / "go" / "41-1-2-c-wahl-beigeordnete.yaml").read_text(encoding="utf-8")
    planted = source.replace("kind: reserved", "kind: assigned", 1).replace("competent: [rat]", "competent: [rat]\nexclusive: true")
    (base / "nw" / "go" / "99-beigeordnete-doppelt.yaml").write_text(planted, encoding="utf-8")
    report = lint_base(base)
    overridden = [f for f in report.findings if f.check == "overridden"]
    assert [f.rule for f in overridden] == ["nw.go.99-beigeordnete-doppelt"]
    assert "nw.go.41-1-2-c-wahl-beigeordnete" in overridden[0].message.en


def test_schema_reports_several_problems_per_file_and_every_broken_file(base):
    broken = base / "nw" / "go" / "113-2-vertreter.yaml"
    _edit(broken, "when:", "wenn:")
    _edit(broken, "from: 2019-01-01", "from: 01.01.2019")
    _edit(broken, "exclusive: true", "exclusive: true\nlevel: hinweis")
    other = base / "nw" / "go" / "113-4-vorstand.yaml"
    _edit(other, "matter: vorstand_bestellung", "matter: vorstand_bestelung")
    findings = _findings(base, "schema")
    in_broken = [f for f in findings if f.path == str(broken)]
    messages = " | ".join(f.message.en for f in in_broken)
    assert len(in_broken) >= 3, messages
    assert "did you mean 'when'" in messages
    assert "must be a date YYYY-MM-DD" in messages
    assert "unknown level 'hinweis'" in messages
    assert all(f.level is Level.ERROR for f in findings)
    assert [f.message.en for f in findings if f.path == str(other)] == [
        ("key 'matter': unknown matter 'vorstand_bestelung' (see rules/vocab/matters.yaml) "
         "(did you mean 'vorstand_bestellung'?)")]
    line = next(f for f in in_broken if "'from'" in f.message.en).line
    assert broken.read_text(encoding="utf-8").splitlines()[line - 1].strip().startswith("from:")


def test_schema_problems_of_a_profile_delegation_are_reported(base):
    profile = base / "municipalities" / "nw" / "heinsberg.yaml"
    _edit(profile, "competent: [bau]", "competent: [bauausschuss]")
    _edit(profile, "      from: 2017-05-03", "      from: 2017-05-03\n      until: 2016-01-01")
    messages = [f.message.en for f in _findings(base, "schema") if f.path == str(profile)]
    assert any("unknown body 'bauausschuss'" in m for m in messages), messages
    assert any("lies before valid.from" in m for m in messages), messages


def test_missing_quoted_text_and_missing_section_are_reported(base):
    path = _rule(base, "99-ohne-wortlaut", extra="when:\n  matter: zuschuss\ncompetent: [rat]\n")
    _edit(path, '    section: "99"\n    text: Testwortlaut.', "    note: Wortlaut nicht vorliegend.")
    quoted = [f for f in _findings(base, "quoted-text") if f.path == str(path)]
    citation = [f for f in _findings(base, "citation") if f.path == str(path)]
    assert quoted and quoted[0].level is Level.WARNING and quoted[0].line == 5
    assert citation and "GO NRW" in citation[0].message.en


def test_overlapping_versions_of_one_rule_are_an_error_naming_both(base):
    newer = base / "nw" / "go" / "60-1-1-eilentscheidung-2020.yaml"
    _edit(newer, "  until: 2022-12-31\n", "")
    findings = _findings(base, "version-overlap")
    assert len(findings) == 1
    finding = findings[0]
    assert finding.level is Level.ERROR
    assert {finding.rule, finding.related[0].rule} == {"nw.go.60-1-1-eilentscheidung-2020",
                                                        "nw.go.60-1-1-eilentscheidung-2023"}
    assert "from 2023-01-01" in finding.message.en


def test_versions_with_the_same_conditions_overlap_even_under_other_names(base):
    shutil.copy(base / "nw" / "go" / "113-2-vertreter.yaml", base / "nw" / "go" / "113-2-vertreter-kopie.yaml")
    findings = _findings(base, "version-overlap")
    assert [f.rule for f in findings] == ["nw.go.113-2-vertreter-kopie"]


def test_a_hole_between_versions_is_a_warning(base):
    _edit(base / "nw" / "go" / "60-1-1-eilentscheidung-2020.yaml", "until: 2022-12-31", "until: 2022-12-30")
    findings = _findings(base, "version-gap")
    assert len(findings) == 1 and "on 2022-12-31" in findings[0].message.en


VOID = """  satzungen-an-hfa:
    title: {de: "Satzungen an den HFA", en: "Bylaws to the HFA"}
    description: Unzulässige Beispielklausel.
    message: {de: "{body} beschließt Satzungen.", en: "{body} adopts bylaws."}
    reference: {law: Zuständigkeitsordnung der Stadt Heinsberg, section: "9", letter: b, text: "Der HFA beschließt Satzungen."}
    valid: {from: 2020-01-01}
    when: {matter: satzung}
    competent: [hfa]
"""


def test_a_void_delegation_is_an_error_naming_the_local_clause_and_the_norm(base):
    profile = base / "municipalities" / "nw" / "heinsberg.yaml"
    _edit(profile, "delegations:\n", "delegations:\n" + VOID)
    findings = _findings(base, "void-delegation")
    assert len(findings) == 1
    finding = findings[0]
    assert finding.level is Level.ERROR and finding.rule == "local.heinsberg.satzungen-an-hfa"
    assert finding.path == str(profile)
    assert profile.read_text(encoding="utf-8").splitlines()[finding.line - 1].strip() == "satzungen-an-hfa:"
    assert "§ 9 lit. b Zuständigkeitsordnung der Stadt Heinsberg" in finding.message.de
    assert "§ 41 Abs. 1 S. 2 lit. f GO NRW" in finding.message.de
    assert "nw.go.41-1-2-f-satzungen" in finding.message.de
    assert "ab 2020-01-01" in finding.message.de


def test_a_delegation_partly_covering_a_reservation_is_a_warning_with_an_example(base):
    profile = base / "municipalities" / "nw" / "heinsberg.yaml"
    _edit(profile, "delegations:\n", "delegations:\n" + VOID.replace("satzung}", "beitritt_vereinigung}"))
    findings = _findings(base, "void-delegation")
    assert len(findings) == 1 and findings[0].level is Level.WARNING
    assert "41-1-2-m-beteiligung-privatrechtlich" in findings[0].message.en
    assert "legal form" in findings[0].message.en


def test_a_standalone_profile_is_linted_on_top_of_the_rule_base():
    report = lint_paths([ROOT / "examples" / "heinsberg-profil-mit-delegation.yaml"])
    assert {f.check for f in report.findings} == {"void-delegation"}
    assert all(f.path.endswith("heinsberg-profil-mit-delegation.yaml") for f in report.findings)


def test_gaps_when_the_general_rule_leaves_out_a_matter(base):
    _edit(base / "nw" / "go" / "41-1-1-allzustaendigkeit.yaml", "competent: [rat]",
          "when:\n  not:\n    matter: vergabe\ncompetent: [rat]")
    findings = _findings(base, "gap")
    assert len(findings) == 1
    assert "vergabe" in findings[0].message.en and "from 2019-01-01" in findings[0].message.en


def test_a_date_range_without_any_general_rule_is_one_gap(base):
    general = base / "nw" / "go" / "41-1-1-allzustaendigkeit.yaml"
    _edit(general, "  from: 2019-01-01", "  from: 2019-01-01\n  until: 2021-12-31")
    shutil.copy(general, base / "nw" / "go" / "41-1-1-allzustaendigkeit-2022.yaml")
    _edit(base / "nw" / "go" / "41-1-1-allzustaendigkeit-2022.yaml",
          "  from: 2019-01-01\n  until: 2021-12-31", "  from: 2022-02-01")
    findings = _findings(base, "gap")
    assert len(findings) == 1, [f.message.en for f in findings]
    assert "2022-01-01 to 2022-01-31" in findings[0].message.en and " of " in findings[0].message.en
    assert "satzung" not in findings[0].message.en.split(":", 2)[2], "reserved matters stay decided"
    assert [f.check for f in lint_base(base).findings if f.check.startswith("version")] == ["version-gap"]


def test_a_land_without_general_rule_is_reported(base):
    (base / "nw" / "go" / "41-1-1-allzustaendigkeit.yaml").unlink()
    findings = _findings(base, "gap")
    assert any("no general rule" in f.message.en for f in findings)
    assert any("no rule decides competence for" in f.message.en and "from 2019-01-01" in f.message.en
               for f in findings), [f.message.en for f in findings]


def test_two_exclusive_rules_for_different_bodies_conflict_and_both_are_named(base):
    _rule(base, "99-satzungen-buergermeister", kind="assigned",
          extra="when:\n  matter: satzung\n  amount_eur: {lte: 5000}\ncompetent: [buergermeister]\nexclusive: true\n")
    findings = _findings(base, "conflict")
    assert len(findings) == 1
    finding = findings[0]
    assert finding.level is Level.ERROR
    assert {finding.rule, finding.related[0].rule} == {"nw.go.41-1-2-f-satzungen", "nw.go.99-satzungen-buergermeister"}
    assert "nw.go.41-1-2-f-satzungen" in finding.message.en and "nw.go.99-satzungen-buergermeister" in finding.message.en
    assert "amount" in finding.message.en


def test_exclusive_rules_for_different_matters_do_not_conflict(base):
    _rule(base, "99-zuschuss-buergermeister", kind="assigned",
          extra="when:\n  matter: zuschuss\ncompetent: [buergermeister]\nexclusive: true\n")
    assert _findings(base, "conflict") == []


@pytest.mark.parametrize("when, words", [
    ("when:\n  matter: zuschuss\n  amount_eur: {lt: 0}\n", "below zero"),
    ("when:\n  all:\n    - legal_form: ev\n    - legal_form: gmbh\n", "legal_form"),
    ("when:\n  matter: zuschuss\n  amount_eur: {gt: 1000, lt: 500}\n", "amount_eur"),
    ("when:\n  urgency: eilentscheidung\n  not: {urgency: [eilentscheidung, keine]}\n", "urgency"),
])
def test_rules_whose_conditions_never_hold_are_unreachable(base, when, words):
    _rule(base, "99-unerreichbar", extra=when + "competent: [rat]\n")
    findings = [f for f in _findings(base, "unreachable") if f.rule == "nw.go.99-unerreichbar"]
    assert len(findings) == 1 and findings[0].level is Level.ERROR
    assert words in findings[0].message.en


def test_a_rule_valid_only_before_the_general_rule_is_flagged(base):
    _rule(base, "99-alt", start="2010-01-01", extra="  until: 2015-12-31\nwhen:\n  matter: zuschuss\ncompetent: [rat]\n")
    findings = [f for f in _findings(base, "unreachable") if f.rule == "nw.go.99-alt"]
    assert len(findings) == 1 and findings[0].level is Level.WARNING
    assert "outside every general rule" in findings[0].message.en


def test_a_rule_always_overridden_by_another_is_reported(base):
    _rule(base, "99-satzungen-doppelt", kind="assigned",
          extra="when:\n  matter: satzung\n  amount_eur: {gte: 1}\ncompetent: [rat]\nexclusive: false\n")
    findings = [f for f in _findings(base, "overridden") if f.rule == "nw.go.99-satzungen-doppelt"]
    assert len(findings) == 1 and "nw.go.41-1-2-f-satzungen" in findings[0].message.en


def test_a_term_claimed_by_two_vocabulary_entries_is_reported(base):
    _edit(base / "vocab" / "bodies.yaml", "terms: [Finanzausschuss]", "terms: [Finanzausschuss, Hauptausschuss]")
    _edit(base / "vocab" / "matters.yaml", "terms: [Austritt*]", "terms: [Austritt*, Mitgliedschaft]")
    findings = _findings(base, "vocabulary")
    bodies = [f for f in findings if f.path.endswith("bodies.yaml")]
    matters = [f for f in findings if f.path.endswith("matters.yaml")]
    assert len(bodies) == 1 and bodies[0].level is Level.ERROR and "'hauptausschuss'" in bodies[0].message.en
    assert len(matters) == 1 and matters[0].level is Level.WARNING
    assert "'beitritt_vereinigung'" in matters[0].message.en and "'austritt_vereinigung'" in matters[0].message.en


def test_every_check_is_documented():
    text = (ROOT / "docs" / "lint.md").read_text(encoding="utf-8")
    for check in CHECKS:
        assert f"`lint.{check}`" in text, check


def test_cli_lint_line_format_json_and_exit_codes(base, capsys):
    assert main(["rules", "lint", str(base)]) == 0
    out = capsys.readouterr().out.splitlines()
    assert all(LINE.match(line) for line in out[:-1]), out
    _rule(base, "99-satzungen-buergermeister", kind="assigned",
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

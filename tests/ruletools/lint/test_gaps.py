"""``lint.gap``: matters no rule decides on some day of the covered range."""

from __future__ import annotations

import shutil

from beschluss_rules.ruletools.lint import lint_base

from .planting import edit, findings_of


def test_gaps_when_the_general_rule_leaves_out_a_matter(base):
    edit(base / "nw" / "go" / "41-1-1-allzustaendigkeit.yaml", "competent: [rat]",
          "when:\n  not:\n    matter: vergabe\ncompetent: [rat]")
    findings = findings_of(base, "gap")
    assert len(findings) == 1
    assert "vergabe" in findings[0].message.en and "from 2019-01-01" in findings[0].message.en


def test_a_date_range_without_any_general_rule_is_one_gap(base):
    general = base / "nw" / "go" / "41-1-1-allzustaendigkeit.yaml"
    edit(general, "  from: 2019-01-01", "  from: 2019-01-01\n  until: 2021-12-31")
    shutil.copy(general, base / "nw" / "go" / "41-1-1-allzustaendigkeit-2022.yaml")
    edit(base / "nw" / "go" / "41-1-1-allzustaendigkeit-2022.yaml",
          "  from: 2019-01-01\n  until: 2021-12-31", "  from: 2022-02-01")
    findings = findings_of(base, "gap")
    assert len(findings) == 1, [f.message.en for f in findings]
    assert "2022-01-01 to 2022-01-31" in findings[0].message.en and " of " in findings[0].message.en
    assert "satzung" not in findings[0].message.en.split(":", 2)[2], "reserved matters stay decided"
    assert [f.check for f in lint_base(base).findings if f.check.startswith("version")] == ["version-gap"]


def test_a_land_without_general_rule_is_reported(base):
    (base / "nw" / "go" / "41-1-1-allzustaendigkeit.yaml").unlink()
    (base / "nw" / "go" / "41-1-1-allzustaendigkeit-1994.yaml").unlink()
    findings = findings_of(base, "gap")
    assert any("no general rule" in f.message.en for f in findings)
    assert any("no rule decides competence for" in f.message.en and "from 2019-01-01" in f.message.en
               for f in findings), [f.message.en for f in findings]

"""``lint.version-overlap`` and ``lint.version-gap``."""

from __future__ import annotations

import shutil

from beschluss_rules.model import Level

from .planting import edit, findings_of


def test_overlapping_versions_of_one_rule_are_an_error_naming_both(base):
    newer = base / "nw" / "go" / "60-1-1-eilentscheidung-2020.yaml"
    edit(newer, "  until: 2022-12-31\n", "")
    findings = findings_of(base, "version-overlap")
    assert len(findings) == 1
    finding = findings[0]
    assert finding.level is Level.ERROR
    assert {finding.rule, finding.related[0].rule} == {"nw.go.60-1-1-eilentscheidung-2020",
                                                        "nw.go.60-1-1-eilentscheidung-2023"}
    assert "from 2023-01-01" in finding.message.en


def test_versions_with_the_same_conditions_overlap_even_under_other_names(base):
    shutil.copy(base / "nw" / "go" / "113-2-vertreter.yaml", base / "nw" / "go" / "113-2-vertreter-kopie.yaml")
    findings = findings_of(base, "version-overlap")
    assert [f.rule for f in findings] == ["nw.go.113-2-vertreter-kopie"]


def test_a_hole_between_versions_is_a_warning(base):
    edit(base / "nw" / "go" / "60-1-1-eilentscheidung-2020.yaml", "until: 2022-12-31", "until: 2022-12-30")
    findings = findings_of(base, "version-gap")
    assert len(findings) == 1 and "on 2022-12-31" in findings[0].message.en

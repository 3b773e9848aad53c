"""Issue 12, item 5: a profile cannot relabel a committee as the council.

``kind: rat`` on the Haupt- und Finanzausschuss made the committee competent for a reserved
Satzung, and ``rules lint`` said nothing. The loader and the lint profile check refuse it now.
"""

from __future__ import annotations

import pytest

from beschluss_rules.errors import RuleFileError
from beschluss_rules.rulebase.loader import load_profile
from beschluss_rules.ruletools.lint import lint_paths

from .conftest import ROOT

HEINSBERG = ROOT / "rules" / "municipalities" / "nw" / "heinsberg.yaml"


def _profile(tmp_path, old: str, new: str):
    text = HEINSBERG.read_text(encoding="utf-8")
    assert old in text
    path = tmp_path / "heinsberg-profil.yaml"
    path.write_text(text.replace(old, new), encoding="utf-8")
    return path


@pytest.mark.parametrize("old, new", [
    ("    name: Haupt- und Finanzausschuss\n    kinds: [hauptausschuss, finanzausschuss]",
     "    name: Haupt- und Finanzausschuss\n    kinds: [rat]"),
    ("    name: Haupt- und Finanzausschuss\n    kinds: [hauptausschuss, finanzausschuss]",
     "    name: Haupt- und Finanzausschuss\n    kinds: [hauptausschuss, rat]"),
    ("    name: Bau- und Energieausschuss\n    kinds: [fachausschuss]",
     "    name: Bau- und Energieausschuss\n    kinds: [hauptausschuss]"),
    ("    name: Bau- und Energieausschuss\n    kinds: [fachausschuss]",
     "    name: Gremium X\n    kinds: [buergermeister]"),
], ids=["committee-as-council", "committee-also-council", "fachausschuss-as-main", "unknown-name-as-mayor"])
def test_a_kind_that_contradicts_the_name_is_refused(rule_base, tmp_path, old, new):
    path = _profile(tmp_path, old, new)
    with pytest.raises(RuleFileError, match="by its name"):
        load_profile(path, rule_base.vocabulary)
    report = lint_paths([path])
    assert any(f.level == "error" and "by its name" in f.message.en for f in report.findings)


def test_a_kind_the_name_agrees_with_is_loaded(rule_base, tmp_path):
    path = _profile(tmp_path, "    name: Bau- und Energieausschuss\n", "    name: Ausschuss Bau und Umwelt\n")
    profile = load_profile(path, rule_base.vocabulary)
    assert any(b.name == "Ausschuss Bau und Umwelt" for b in profile.municipality.bodies)


def test_the_shipped_profiles_agree_with_their_names(rule_base):
    assert rule_base.profiles  # loading them ran the check

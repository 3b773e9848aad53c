"""``lint.vocabulary``: terms two vocabulary entries claim."""

from __future__ import annotations

from beschluss_rules.model import Level

from .planting import edit, findings_of


def test_a_term_claimed_by_two_vocabulary_entries_is_reported(base):
    edit(base / "vocab" / "bodies.yaml", "terms: [Finanzausschuss]", "terms: [Finanzausschuss, Hauptausschuss]")
    edit(base / "vocab" / "matters.yaml", "terms: [Austritt*]", "terms: [Austritt*, Mitgliedschaft]")
    findings = findings_of(base, "vocabulary")
    bodies = [f for f in findings if f.path.endswith("bodies.yaml")]
    matters = [f for f in findings if f.path.endswith("matters.yaml")]
    assert len(bodies) == 1 and bodies[0].level is Level.ERROR and "'hauptausschuss'" in bodies[0].message.en
    assert len(matters) == 1 and matters[0].level is Level.WARNING
    assert "'beitritt_vereinigung'" in matters[0].message.en and "'austritt_vereinigung'" in matters[0].message.en

"""``lint.citation`` and ``lint.quoted-text``."""

from __future__ import annotations

from beschluss_rules.model import Level

from .planting import edit, findings_of, plant_rule


def test_missing_quoted_text_and_missing_section_are_reported(base):
    path = plant_rule(base, "99-ohne-wortlaut", extra="when:\n  matter: zuschuss\ncompetent: [rat]\n")
    edit(path, '    section: "99"\n    text: Testwortlaut.', "    note: Wortlaut nicht vorliegend.")
    quoted = [f for f in findings_of(base, "quoted-text") if f.path == str(path)]
    citation = [f for f in findings_of(base, "citation") if f.path == str(path)]
    assert quoted and quoted[0].level is Level.WARNING and quoted[0].line == 5
    assert citation and "GO NRW" in citation[0].message.en

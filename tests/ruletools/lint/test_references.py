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


NOT_FOUND = ("    section: \"99\"\n    text: Testwortlaut.",
             "    section: \"99\"\n    wording: not-found\n    note: Gesucht in der Rechtsrecherche; nicht gefunden.")
WHOLE_LAW = ("    section: \"99\"\n    text: Testwortlaut.",
             "    citation: whole-law\n    wording: not-found\n    note: Die Vorschrift ist nicht bestimmt.")


def _own(findings, path):
    return [f for f in findings if f.path == str(path)]


def test_a_wording_not_found_in_an_uncertain_rule_is_an_info_not_a_warning(base):
    path = plant_rule(base, "99-unsicher", extra="when:\n  matter: zuschuss\ncompetent: [rat]\ncertainty: uncertain\n"
                      "uncertainty: Wortlaut nicht gesehen.\n")
    edit(path, *NOT_FOUND)
    infos = _own(findings_of(base, "wording-not-found"), path)
    assert len(infos) == 1 and infos[0].level is Level.INFO and infos[0].line == 5
    assert "uncertain" in infos[0].message.en
    assert not _own(findings_of(base, "quoted-text"), path)


def test_a_wording_not_found_in_a_confident_rule_stays_a_warning(base):
    path = plant_rule(base, "99-sicher", extra="when:\n  matter: zuschuss\ncompetent: [rat]\n")
    edit(path, *NOT_FOUND)
    warnings = _own(findings_of(base, "quoted-text"), path)
    assert len(warnings) == 1 and warnings[0].level is Level.WARNING
    assert "judges confidently on its own" in warnings[0].message.en
    assert not _own(findings_of(base, "wording-not-found"), path)


def test_a_caution_covering_the_whole_validity_makes_a_confident_rule_acceptable(base):
    # nw.go.fassung-1994-2018-nicht-verglichen applies to every item from 1994-10-17 to 2018-12-31.
    path = plant_rule(base, "99-alt-1994", start="1994-10-17",
                      extra="  until: 2018-12-31\nwhen:\n  matter: zuschuss\ncompetent: [rat]\n")
    edit(path, *NOT_FOUND)
    infos = _own(findings_of(base, "wording-not-found"), path)
    assert len(infos) == 1 and "nw.go.fassung-1994-2018-nicht-verglichen" in infos[0].message.en
    assert not _own(findings_of(base, "quoted-text"), path)


def test_a_caution_covering_only_part_of_the_validity_does_not_count(base):
    # One day past the caution's end: the rule judges alone on 2019-01-01.
    path = plant_rule(base, "99-alt-bis-2019", start="1994-10-17",
                      extra="  until: 2019-01-01\nwhen:\n  matter: zuschuss\ncompetent: [rat]\n")
    edit(path, *NOT_FOUND)
    assert len(_own(findings_of(base, "quoted-text"), path)) == 1
    assert not _own(findings_of(base, "wording-not-found"), path)


def test_a_whole_law_citation_is_an_info_in_a_cautious_rule_and_a_warning_in_a_confident_one(base):
    cautious = plant_rule(base, "99-ganz-unsicher", extra="when:\n  matter: zuschuss\ncompetent: [rat]\n"
                          "certainty: uncertain\nuncertainty: Vorschrift nicht bestimmt.\n")
    edit(cautious, *WHOLE_LAW)
    confident = plant_rule(base, "99-ganz-sicher", extra="when:\n  matter: zuschuss\ncompetent: [rat]\n")
    edit(confident, *WHOLE_LAW)
    whole = findings_of(base, "whole-law")
    citation = findings_of(base, "citation")
    assert len(_own(whole, cautious)) == 1 and _own(whole, cautious)[0].level is Level.INFO
    assert not _own(citation, cautious)
    assert not _own(whole, confident)
    assert len(_own(citation, confident)) == 1 and "on purpose" in _own(citation, confident)[0].message.en

"""Broken rule files, vocabularies and profiles give one clear error with file, line and key."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from beschluss_rules.errors import RuleFileError
from beschluss_rules.rulebase.loader import default_rules_dir, load_rule_base

RULE = "nw/go/41-1-2-f-satzungen.yaml"


@pytest.fixture
def rules_copy(tmp_path: Path) -> Path:
    target = tmp_path / "rules"
    shutil.copytree(default_rules_dir(), target)
    return target


def _edit(root: Path, relative: str, old: str, new: str) -> Path:
    path = root / relative
    text = path.read_text(encoding="utf-8")
    assert old in text, f"fixture text {old!r} not in {relative}"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    return path


def _error(root: Path) -> RuleFileError:
    with pytest.raises(RuleFileError) as info:
        load_rule_base(root)
    return info.value


def _line_of(path: Path, needle: str) -> int:
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if needle in line:
            return number
    raise AssertionError(needle)


def test_unknown_key_is_named_with_line_and_suggestion(rules_copy):
    path = _edit(rules_copy, RULE, "competent:", "competnet:")
    error = _error(rules_copy)
    assert error.path == str(path)
    assert error.key == "competnet"
    assert error.line == _line_of(path, "competnet:")
    assert error.suggestion == "competent"
    assert "did you mean 'competent'?" in str(error)
    assert "meinten Sie 'competent'?" in error.render("de")


def test_duplicate_key_is_refused(rules_copy):
    path = _edit(rules_copy, RULE, "kind: reserved\n", "kind: reserved\nkind: caution\n")
    error = _error(rules_copy)
    assert error.key == "kind" and error.line == 2 and error.path == str(path)
    assert "duplicate key (first at line 1)" in str(error)


def test_bad_date_is_refused(rules_copy):
    path = _edit(rules_copy, RULE, "from: 2019-01-01", "from: 2019-13-01")
    error = _error(rules_copy)
    assert error.key == "from" and error.path == str(path)
    assert "must be a date YYYY-MM-DD" in str(error)


def test_inverted_validity_is_refused(rules_copy):
    _edit(rules_copy, RULE, "from: 2019-01-01", "from: 2019-01-01\n  until: 2018-01-01")
    error = _error(rules_copy)
    assert error.key == "until"
    assert "lies before valid.from" in str(error)


def test_unknown_matter_suggests_the_closest(rules_copy):
    path = _edit(rules_copy, RULE, "matter: satzung", "matter: satzungg")
    error = _error(rules_copy)
    assert error.key == "matter" and error.suggestion == "satzung"
    assert error.line == _line_of(path, "matter: satzungg")


def test_unknown_body_kind_suggests_the_closest(rules_copy):
    _edit(rules_copy, RULE, "competent: [rat]", "competent: [buergermeistr]")
    error = _error(rules_copy)
    assert error.key == "competent" and error.suggestion == "buergermeister"


def test_reference_without_quoted_text_or_note_is_refused(rules_copy):
    path = rules_copy / RULE
    text = path.read_text(encoding="utf-8")
    start = text.index("    text: ")
    end = text.index("    url: ")
    note_start = text.index("    note: ")
    end_note = text.index("valid:")
    path.write_text(text[:start] + text[end:note_start] + text[end_note:], encoding="utf-8")
    error = _error(rules_copy)
    assert error.key == "reference"
    assert "quoted norm" in str(error)


def test_unknown_condition_key_is_refused(rules_copy):
    _edit(rules_copy, RULE, "matter: satzung", "mater: satzung")
    error = _error(rules_copy)
    assert error.key == "mater" and error.suggestion == "matter"


def test_yaml_syntax_error_has_a_line(rules_copy):
    path = _edit(rules_copy, RULE, "kind: reserved", "kind: [reserved")
    error = _error(rules_copy)
    assert error.path == str(path) and error.line is not None
    assert "not valid YAML" in str(error)


def test_python_tags_are_not_executed(rules_copy):
    _edit(rules_copy, RULE, "kind: reserved", "kind: !!python/object/apply:os.system ['true']")
    error = _error(rules_copy)
    assert "not valid YAML" in str(error)


def test_broken_vocabulary_pattern_is_refused(rules_copy):
    path = _edit(rules_copy, "vocab/matters.yaml", "'hebesatz\\w*'", "'hebesatz(\\w*'")
    error = _error(rules_copy)
    assert error.path == str(path) and error.key == "patterns"
    assert "not a valid regular expression" in str(error)


def test_vocabulary_pattern_must_be_folded(rules_copy):
    _edit(rules_copy, "vocab/matters.yaml", "'hebesatz\\w*'", "'Hebesätze'")
    error = _error(rules_copy)
    assert "folded spelling" in str(error)


def test_profile_with_bad_ags_is_refused(rules_copy):
    path = _edit(rules_copy, "municipalities/nw/heinsberg.yaml", 'ags: "05370016"', 'ags: "5370016"')
    error = _error(rules_copy)
    assert error.path == str(path) and error.key == "ags"
    assert "8-digit" in str(error)


def test_delegation_to_an_unknown_profile_body_is_refused(rules_copy):
    _edit(rules_copy, "municipalities/nw/heinsberg.yaml", "competent: [bau]", "competent: [bauu]")
    error = _error(rules_copy)
    assert error.key == "competent" and error.suggestion == "bau"


def test_rule_outside_a_land_directory_is_refused(rules_copy):
    (rules_copy / "xx").mkdir()
    shutil.copy(rules_copy / RULE, rules_copy / "xx" / "rule.yaml")
    error = _error(rules_copy)
    assert "Land directory" in str(error)


def test_binary_and_non_utf8_rule_files_are_refused(rules_copy):
    (rules_copy / RULE).write_bytes(b"kind: reserved\n\x00\x01")
    assert "binary" in str(_error(rules_copy))
    (rules_copy / RULE).write_bytes("kind: r\xe9served\n".encode("latin-1"))
    assert "not UTF-8" in str(_error(rules_copy))


def test_rule_files_are_not_modified_by_loading(rules_copy):
    before = {p: p.read_bytes() for p in rules_copy.rglob("*.yaml")}
    load_rule_base(rules_copy)
    assert before == {p: p.read_bytes() for p in rules_copy.rglob("*.yaml")}


def test_a_misspelt_wording_marker_is_refused_with_a_suggestion(rules_copy):
    path = _edit(rules_copy, RULE, '    section: "41"\n', '    section: "41"\n    wording: not-fond\n')
    error = _error(rules_copy)
    assert error.path == str(path) and error.key == "wording"
    assert error.line == _line_of(path, "wording: not-fond")
    assert error.suggestion == "not-found"
    assert "unknown value 'not-fond'; allowed: not-found" in str(error)


def test_a_wording_marker_beside_a_quoted_text_is_refused(rules_copy):
    path = _edit(rules_copy, RULE, '    section: "41"\n', '    section: "41"\n    wording: not-found\n')
    error = _error(rules_copy)
    assert error.key == "wording" and error.line == _line_of(path, "wording: not-found")
    assert "cannot quote a 'text'" in str(error)


def test_a_marker_needs_a_note_giving_the_reason(rules_copy):
    path = _edit(rules_copy, RULE, '  - law: "GO NRW"\n    section: "41"\n',
                 '  - law: "GO NRW"\n    citation: whole-law\n    text: Ein Wortlaut.\n  - law: "GO NRW"\n    section: "41"\n')
    error = _error(rules_copy)
    assert error.key == "citation" and error.line == _line_of(path, "citation: whole-law")
    assert "needs a 'note'" in str(error) and "braucht eine 'note'" in error.render("de")


def test_a_whole_law_citation_cannot_name_a_section(rules_copy):
    _edit(rules_copy, RULE, '    section: "41"\n', '    section: "41"\n    citation: whole-law\n')
    error = _error(rules_copy)
    assert error.key == "citation" and "cannot name a 'section'" in str(error)

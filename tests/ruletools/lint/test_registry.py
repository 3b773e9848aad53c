"""The check registry: every check once, documented in one shape, and docs/lint.md rendered from it."""

from __future__ import annotations

import pytest

from beschluss_rules.model import Level
from beschluss_rules.ruletools.lint import CHECKS, REGISTRY, lint_paths, render_text
from beschluss_rules.ruletools.lint.docs import BEGIN, END, check_sections, updated, write_docs
from beschluss_rules.ruletools.lint.registry import RULE_CHECKS, check

from ...conftest import ROOT

PAGE = ROOT / "docs" / "lint.md"


def test_every_check_is_registered_once_with_a_code_level_title_and_all_documentation_fields():
    codes = [c.code for c in REGISTRY]
    assert len(codes) == len(set(codes)) == 15
    assert list(CHECKS) == codes
    for c in REGISTRY:
        assert c.id == f"lint.{c.code}" and check(c.id) is c
        assert isinstance(c.level, Level) and c.title.de and c.title.en
        missing = [field for field in ("what", "why", "example", "fix") if not getattr(c, field)]
        assert not missing, f"{c.id} lacks {missing}"
        assert c.id in c.example, f"{c.id}: the example shows no finding"


def test_each_semantic_check_runs_in_exactly_one_rule_check_and_file_checks_in_none():
    runs = [code for rule_check in RULE_CHECKS for code in rule_check.codes]
    assert len(runs) == len(set(runs))
    assert set(runs) == set(CHECKS) - {"schema", "vocabulary"}


def test_docs_lint_md_holds_the_sections_rendered_from_the_registry():
    text = PAGE.read_text(encoding="utf-8")
    assert check_sections() in text, "docs/lint.md is stale: run python scripts/lint_docs.py"
    assert write_docs(PAGE, check=True)
    headings = [line.removeprefix("## `").removesuffix("`") for line in text.splitlines() if line.startswith("## `lint.")]
    assert headings == [c.id for c in REGISTRY]


def test_a_stale_page_is_detected_and_rewritten_and_a_page_without_markers_is_refused(tmp_path):
    page = tmp_path / "lint.md"
    page.write_text(f"Intro\n\n{BEGIN}\n## `lint.old`\n{END}\n\nOutro\n", encoding="utf-8")
    assert not write_docs(page, check=True)
    assert "lint.old" in page.read_text(encoding="utf-8"), "--check writes nothing"
    assert not write_docs(page)
    text = page.read_text(encoding="utf-8")
    assert text.startswith("Intro\n\n") and text.endswith("\n\nOutro\n") and "lint.old" not in text
    assert write_docs(page, check=True)
    with pytest.raises(Exception, match="markers"):
        updated("no markers here")


def test_examples_said_to_come_from_the_shipped_rule_base_are_what_the_linter_says_there():
    shipped = render_text(lint_paths(), "de").splitlines()
    quoted = [c for c in REGISTRY if "mitgelieferten Regelbasis" in c.example]
    assert quoted
    for c in quoted:
        lines = [line for line in c.example.splitlines() if f" {c.id} " in line]
        assert lines and all(line in shipped for line in lines), c.id

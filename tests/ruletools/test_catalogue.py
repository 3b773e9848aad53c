"""The generated rule catalogue (docs/rules/) and ``beschluss-rules rule ID``."""

from __future__ import annotations

from pathlib import Path

from beschluss_rules.cli.app import main
from beschluss_rules.ruletools.catalogue import (
    catalogue_pages,
    describe_rule,
    goes_before,
    load_all_cases,
)

from ..conftest import ROOT

CATALOGUE = ROOT / "docs" / "rules"


def test_the_committed_catalogue_is_current(rule_base):
    """docs/rules/ is what `beschluss-rules rules docs` writes from the current rule files and
    test cases; regenerate it after changing either."""
    pages = catalogue_pages(rule_base, load_all_cases(ROOT / "tests" / "cases"))
    committed = {p.name: p.read_text(encoding="utf-8") for p in CATALOGUE.glob("*.md")}
    stale = sorted(n for n in set(pages) | set(committed) if pages.get(n) != committed.get(n))
    assert not stale, f"stale catalogue pages {stale}: run `beschluss-rules rules docs`"


def test_one_page_per_land_with_a_section_per_rule(rule_base):
    pages = catalogue_pages(rule_base, load_all_cases(ROOT / "tests" / "cases"))
    lands = sorted({r.land for r in rule_base.rules})
    assert sorted(pages) == sorted([f"{land}.md" for land in lands] + ["index.md"])
    nw = pages["nw.md"]
    for rule in rule_base.rules:
        if rule.land == "nw":
            assert f"### `{rule.id}`" in nw
    for heading in ("Was sie entscheidet (What it decides)", "Norm (Why)", "Geltung (Validity)",
                    "Vorrang (Overrides)", "Beispiele (Examples)"):
        assert nw.count(heading) == sum(1 for r in rule_base.rules if r.land == "nw")


def test_a_section_quotes_the_norm_shows_examples_and_precedence(rule_base):
    text = describe_rule(rule_base, "nw.go.41-1-2-f-satzungen", load_all_cases(ROOT / "tests" / "cases"))
    assert "**§ 41 Abs. 1 S. 2 lit. f GO NRW**" in text
    assert "> „" in text
    assert "ab 2019-01-01" in text
    assert "Geht vor (overrides), wenn beide greifen: " in text and "`nw.go.41-1-1-allzustaendigkeit`" in text
    assert "`nw.go.60-1-1-eilentscheidung-2023`" in text.split("Tritt zurück hinter")[1]
    examples = text.split("Beispiele (Examples)")[1]
    assert "greift (applies):" in examples and "tests/cases/nw/go/41-1-2-f-satzungen.yaml:" in examples


def test_precedence_follows_the_resolver(rule_base):
    rules = {r.id: r for r in rule_base.rules}
    reserved, general = rules["nw.go.41-1-2-f-satzungen"], rules["nw.go.41-1-1-allzustaendigkeit"]
    urgency, delegable = rules["nw.go.60-1-1-eilentscheidung-2023"], rules["nw.go.41-2-uebertragung"]
    assert goes_before(reserved, general) and not goes_before(general, reserved)
    assert goes_before(urgency, reserved) and goes_before(reserved, delegable)
    assert not goes_before(rules["nw.go.113-1-reichweite-arbeitsgemeinschaft"], general)


def test_rule_command_prints_the_catalogue_section(capsys):
    assert main(["rule", "nw.go.113-2-vertreter"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("# `nw.go.113-2-vertreter`")
    assert "## Norm (Why)" in out and "§ 113 Abs. 2 S. 1 GO NRW" in out


def test_rules_docs_writes_and_checks(tmp_path: Path, capsys):
    target = tmp_path / "catalogue"
    assert main(["rules", "docs", "--output", str(target)]) == 0
    assert (target / "index.md").exists() and (target / "nw.md").exists()
    assert main(["rules", "docs", "--check", "--output", str(target)]) == 0
    (target / "nw.md").write_text("veraltet\n", encoding="utf-8")
    (target / "xx.md").write_text("alt\n", encoding="utf-8")
    capsys.readouterr()
    assert main(["rules", "docs", "--check", "--output", str(target)]) == 1
    out = capsys.readouterr().out
    assert "nw.md" in out and "xx.md" in out
    assert main(["rules", "docs", "--output", str(target)]) == 0
    assert not (target / "xx.md").exists()


def test_each_land_page_lists_the_references_that_state_an_open_point(rule_base):
    pages = catalogue_pages(rule_base, load_all_cases(ROOT / "tests" / "cases"))
    marked = {(r.land, r.id) for r in rule_base.rules for ref in r.references if ref.wording or ref.citation}
    for land in {land for land, _ in marked}:
        section = pages[f"{land}.md"].split("## Offene Punkte (open points)", 1)
        assert len(section) == 2, land
        table = section[1].split("\n## ", 1)[0]
        for rule_land, rule_id in marked:
            if rule_land == land:
                assert f"[`{rule_id}`]" in table
    assert "| § 40 Abs. 1 NGO | Wortlaut nicht gefunden |" in pages["ni.md"]
    assert "| NGO | Wortlaut nicht gefunden + ganzes Gesetz zitiert |" in pages["ni.md"]
    assert "*Offener Punkt: Wortlaut der geltenden Fassung nicht gefunden (wording: not-found).*" in pages["ni.md"]

"""Finding rules (issue 18): ``rules list``, ``rules search``, ``rule`` with partial ids, the
catalogue site and SARIF links into it."""

from __future__ import annotations

import json
import re

import pytest

from beschluss_rules.cli.app import main
from beschluss_rules.errors import UsageError
from beschluss_rules.ruletools.finder import resolve_rule_id, rule_rows, search_rules
from beschluss_rules.ruletools.site import rule_page, site_pages

from ..conftest import EXAMPLE


def test_rules_list_filters_by_land_and_gives_json(capsys, rule_base):
    assert main(["rules", "list", "--land", "ni", "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["schema"] == "beschluss-rules/rule-list/v1"
    ids = [r["id"] for r in data["rules"]]
    assert ids == [r.id for r in rule_base.rules if r.land == "ni"] and ids
    first = data["rules"][0]
    assert set(first) >= {"id", "land", "kind", "level", "citation", "title", "valid_from", "matters", "path"}
    assert not first["path"].startswith("/") and first["path"].endswith(".yaml")


def test_rules_list_text_is_one_rule_a_line(capsys, rule_base):
    assert main(["rules", "list"]) == 0
    captured = capsys.readouterr()
    lines = captured.out.splitlines()
    assert len(lines) == len(rule_base.rules)
    assert any(re.match(r"^nw\.go\.41-2-uebertragung +delegable +§ 41 Abs\. 2 GO NRW", line) for line in lines)
    assert captured.err.strip() == f"{len(rule_base.rules)} Regel(n)"


@pytest.mark.parametrize("words, expected", [
    (["§ 113 Abs. 2"], "nw.go.113-2-vertreter"),                  # a citation
    (["beitritt_vereinigung"], "nw.go.41-1-2-t-beitritt-neue-aufgabe"),  # a matter id
    (["Schoeffen"], "nw.gvg.36-1-schoeffen-vorschlagsliste"),     # "oe" meets "ö"
    (["Vorschlagsliste", "schöffen"], "bw.gvg.36-1-schoeffen-vorschlagsliste"),  # all words
])
def test_search_finds_by_norm_matter_and_text(rule_base, words, expected):
    assert expected in [row.id for row in search_rules(rule_base, words)]


def test_search_requires_every_word_and_filters_by_land(rule_base):
    rows = search_rules(rule_base, ["schöffen"], land="ni")
    assert [row.land for row in rows] == ["ni"] * len(rows) and rows
    assert search_rules(rule_base, ["schöffen", "keinsolcheswort"]) == []


def test_search_matches_the_quoted_norm_text(rule_base):
    rule = next(r for r in rule_base.rules if any(ref.text for ref in r.references))
    quoted = next(ref.text for ref in rule.references if ref.text)
    phrase = " ".join(quoted.split()[2:6])
    assert rule.id in [row.id for row in search_rules(rule_base, [phrase])]


def test_search_without_hits_exits_1(capsys):
    assert main(["rules", "search", "keinsolcheswortxyz"]) == 1
    assert capsys.readouterr().out == ""


def test_rule_accepts_an_id_part_only_one_rule_has(capsys):
    assert main(["rule", "113-2-vertreter"]) == 0
    assert "`nw.go.113-2-vertreter`" in capsys.readouterr().out


def test_a_part_naming_a_rule_and_its_older_versions_names_the_rule(rule_base):
    assert resolve_rule_id(rule_base, "41-1-2-f-satzungen") == "nw.go.41-1-2-f-satzungen"
    assert resolve_rule_id(rule_base, "41-1-2-f-satzungen-1994") == "nw.go.41-1-2-f-satzungen-1994"
    with pytest.raises(UsageError):
        resolve_rule_id(rule_base, "60-1-1-eilentscheidung")  # four versions, none the base


def test_partial_id_of_several_rules_lists_them(rule_base):
    with pytest.raises(UsageError) as info:
        resolve_rule_id(rule_base, "41-1-2-m")
    text = info.value.render("de")
    assert "ist Teil von 6 Regelkennungen" in text  # three rules, each with its 1994 version
    assert "nw.go.41-1-2-m-beteiligung-privatrechtlich" in text


def test_misspelt_partial_id_gets_a_suggestion(capsys):
    assert main(["rule", "41-1-2-m-beteligung-privatrechtlich"]) == 2
    err = capsys.readouterr().err
    assert "meinten Sie 'nw.go.41-1-2-m-beteiligung-privatrechtlich'?" in err


def test_rows_are_in_rule_base_order(rule_base):
    assert [row.id for row in rule_rows(rule_base)] == [r.id for r in rule_base.rules]


# --- the catalogue site --------------------------------------------------------------------

def test_site_has_a_page_per_rule_and_an_index_per_land_and_statute(rule_base):
    pages = site_pages(rule_base)
    for rule in rule_base.rules:
        assert rule_page(rule.id) in pages
        assert f"<code>{rule.id}</code>" in pages[rule_page(rule.id)]
    assert {"index.html", "nw/index.html", "nw/go.html", "bw/index.html", "ni/index.html"} <= set(pages)
    assert "GO NRW" in pages["index.html"]
    assert 'href="../rules/nw.go.41-2-uebertragung.html"' in pages["nw/go.html"]
    # Every relative link points to a page of the site.
    for name, text in pages.items():
        folder = name.rsplit("/", 1)[0] if "/" in name else ""
        for href in re.findall(r'href="([^"#:]+)"', text):
            target = "/".join(p for p in (folder + "/" + href).split("/") if p)
            while "/../" in "/" + target:
                target = re.sub(r"(^|/)[^/]+/\.\.(/|$)", r"\1", target, count=1)
            assert target in pages, (name, href)


def test_site_is_deterministic_and_written(rule_base, tmp_path, capsys):
    assert site_pages(rule_base) == site_pages(rule_base)
    assert main(["rules", "site", "--output", str(tmp_path / "site")]) == 0
    assert (tmp_path / "site" / "rules" / "nw.go.113-2-vertreter.html").is_file()


def test_sarif_help_uri_points_to_the_catalogue_page(capsys):
    args = ["check", str(EXAMPLE), "--date", "2021-06-01", "--format", "sarif"]
    main([*args, "--catalogue-url", "https://example.org/katalog/"])
    rules = json.loads(capsys.readouterr().out)["runs"][0]["tool"]["driver"]["rules"]
    uris = {r["id"]: r.get("helpUri") for r in rules}
    assert uris["nw.go.113-2-vertreter"] == "https://example.org/katalog/" + rule_page("nw.go.113-2-vertreter")
    main(args)
    rules = json.loads(capsys.readouterr().out)["runs"][0]["tool"]["driver"]["rules"]
    assert all(not (r.get("helpUri") or "").startswith("https://example.org") for r in rules)

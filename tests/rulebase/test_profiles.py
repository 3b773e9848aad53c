"""Local law as profiles: value limits (Wertgrenzen), net/gross and yearly limits, complete
delegation lists, void delegations, the profile checks of lint, the JSON Schema, and
``profile draft`` on real statute snippets."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
from pathlib import Path

import pytest

from beschluss_rules.cli.app import main
from beschluss_rules.errors import RuleFileError
from beschluss_rules.model import DecisionItem, Verdict
from beschluss_rules.reader.attributes import amount_basis, stated_value
from beschluss_rules.rulebase.loader import load_profile
from beschluss_rules.ruletools.draft import draft_profile, find_clauses, parse_limit
from beschluss_rules.ruletools.lint import lint_paths
from beschluss_rules.text.normalize import fold
from beschluss_rules.verdict.checker import Checker

from ..conftest import CORPUS, ROOT

DAY = dt.date(2023, 5, 10)

HEAD = """id: wertgrenzen-test
municipality:
  name: Stadt Wertgrenzentest
  ags: "05999001"
  land: nw
  kreisfrei: false
bodies:
  rat: {name: Rat, kinds: [rat]}
  hfa: {name: Haupt- und Finanzausschuss, kinds: [hauptausschuss, finanzausschuss]}
  bau: {name: Bauausschuss, kinds: [fachausschuss]}
  bm: {name: Bürgermeister, kinds: [buergermeister]}
"""


def _delegation(key: str, body: str, matter: str, limit: str, *, reference: str | None = None) -> str:
    reference = reference or '{law: Zuständigkeitsordnung (Test), section: "3", text: "Vergaben bis 100.000 Euro."}'
    return f"""  {key}:
    title: {{de: "Test {key}", en: "Test {key}"}}
    description: Testklausel.
    message: {{de: "{{body}} entscheidet ({key}).", en: "{{body}} decides ({key})."}}
    reference: {reference}
    valid: {{from: 2020-01-01}}
    when: {{matter: {matter}}}
    limit: {limit}
    competent: [{body}]
"""


STANDARD = (_delegation("bm-vergabe", "bm", "vergabe", "{up_to_eur: 100000}")
            + _delegation("hfa-vergabe", "hfa", "vergabe", "{above_eur: 100000, up_to_eur: 1000000}"))


def _profile(tmp_path: Path, delegations: str = STANDARD, *, extra: str = "") -> Path:
    path = tmp_path / "profil.yaml"
    path.write_text(HEAD + "delegations_complete: false\n" + extra + "delegations:\n" + delegations, encoding="utf-8")
    return path


def _evaluate(rule_base, path: Path, body_key: str, matters=("vergabe",), **item):
    checker = Checker(rule_base, profiles=[path])
    profile = checker.explicit_profiles[0]
    body = next(b for b in profile.municipality.bodies if b.key == body_key)
    decision = DecisionItem(index=1, text="", body=body, matters=tuple(matters), **item)
    return checker.evaluate_item(decision, land="nw", day=DAY, municipality=profile.municipality)


# --- amounts meet limits ------------------------------------------------------------------


@pytest.mark.parametrize("euros, verdict, deciding", [
    (100_001, Verdict.COMPETENT, "local.wertgrenzen-test.hfa-vergabe"),
    (1_000_000, Verdict.COMPETENT, "local.wertgrenzen-test.hfa-vergabe"),
    (100_000, Verdict.CONDITIONAL, "local.wertgrenzen-test.hfa-vergabe.ausserhalb-der-wertgrenze"),
    (1_000_001, Verdict.CONDITIONAL, "local.wertgrenzen-test.hfa-vergabe.ausserhalb-der-wertgrenze"),
])
def test_an_amount_within_the_limit_makes_the_committee_competent_outside_conditional(
        rule_base, tmp_path, euros, verdict, deciding):
    result = _evaluate(rule_base, _profile(tmp_path), "hfa", amount_cents=euros * 100)
    assert (result.verdict, result.deciding) == (verdict, deciding)


def test_without_an_amount_the_committee_is_conditional_and_the_limit_is_named(rule_base, tmp_path):
    result = _evaluate(rule_base, _profile(tmp_path), "hfa")
    assert result.verdict is Verdict.CONDITIONAL
    assert result.deciding == "local.wertgrenzen-test.hfa-vergabe.ausserhalb-der-wertgrenze"
    assert "über 100.000 EUR bis 1.000.000 EUR" in result.findings[0].message.de
    assert "keinen Betrag" in result.findings[0].message.de


def test_above_the_limit_of_a_complete_matter_the_body_is_not_competent_and_the_next_body_named(
        rule_base, tmp_path):
    path = _profile(tmp_path, extra="complete_for: [vergabe]\n")
    result = _evaluate(rule_base, path, "bm", amount_cents=250_000 * 100)
    assert result.verdict is Verdict.NOT_COMPETENT
    assert result.deciding == "local.wertgrenzen-test.bm-vergabe.ausserhalb-der-wertgrenze"
    assert result.competent_bodies == ("hfa",)
    assert "250.000 EUR" in result.findings[0].message.de
    # above every delegated limit: the council
    result = _evaluate(rule_base, path, "hfa", amount_cents=3_000_000 * 100)
    assert result.verdict is Verdict.NOT_COMPETENT
    assert result.competent_bodies == ("rat",)


def test_a_complete_matter_still_leaves_a_missing_amount_conditional(rule_base, tmp_path):
    path = _profile(tmp_path, extra="complete_for: [vergabe]\n")
    assert _evaluate(rule_base, path, "hfa").verdict is Verdict.CONDITIONAL


@pytest.mark.parametrize("basis, verdict", [("netto", Verdict.COMPETENT), ("brutto", Verdict.CONDITIONAL),
                                            (None, Verdict.CONDITIONAL)])
def test_a_net_limit_compares_only_a_net_amount(rule_base, tmp_path, basis, verdict):
    path = _profile(tmp_path, _delegation("bau-netto", "bau", "vergabe", "{up_to_eur: 500000, basis: net}"))
    result = _evaluate(rule_base, path, "bau", amount_cents=400_000 * 100, amount_basis=basis)
    assert result.verdict is verdict
    if verdict is Verdict.CONDITIONAL:
        assert "netto" in result.findings[0].message.de


@pytest.mark.parametrize("recurring, verdict", [(True, Verdict.COMPETENT), (False, Verdict.CONDITIONAL)])
def test_a_yearly_limit_needs_a_yearly_amount(rule_base, tmp_path, recurring, verdict):
    path = _profile(tmp_path, _delegation("bm-zuschuss", "bm", "zuschuss", "{up_to_eur: 5000, per: year}"))
    result = _evaluate(rule_base, path, "bm", ("zuschuss",), amount_cents=2_000 * 100, recurring=recurring)
    assert result.verdict is verdict


def test_a_clause_known_only_by_paraphrase_is_competent_at_warning_level(rule_base, tmp_path):
    para = '{law: Hauptsatzung (Test), note: "Wortlaut nicht gesehen; Inhalt nach einer Vorlage."}'
    path = _profile(tmp_path, _delegation("hfa-para", "hfa", "vergabe", "{up_to_eur: 900000}", reference=para))
    result = _evaluate(rule_base, path, "hfa", amount_cents=500_000 * 100)
    assert result.verdict is Verdict.COMPETENT
    assert result.findings[0].level.value == "warning"
    assert "Wortlaut der Klausel lag nicht vor" in result.findings[0].message.de


def test_a_limited_delegation_of_a_reserved_matter_is_void(rule_base, tmp_path):
    path = _profile(tmp_path, _delegation("hfa-satzung", "hfa", "satzung", "{up_to_eur: 100000}"))
    result = _evaluate(rule_base, path, "hfa", ("satzung",), amount_cents=5_000 * 100)
    assert result.verdict is Verdict.NOT_COMPETENT
    assert "core.delegation-void" in {f.rule for f in result.findings}
    report = lint_paths([path])
    assert any(f.check == "void-delegation" and f.level.value == "error" for f in report.findings)


# --- the loader refuses what it cannot read, with the place --------------------------------


@pytest.mark.parametrize("limit, needle", [
    ("{above_eur: 500000, up_to_eur: 100000}", "liegt unter"),
    ("{above_eur: 1, from_eur: 1}", "nicht beides"),
    ('{up_to_eur: "500.000"}', "ganzer"),
    ("{up_to_eur: 5000, per: month}", "case oder year"),
    ("{up_to_eur: 5000, basis: brutto}", "net, gross oder unstated"),
    ("{per: case}", "braucht above_eur"),
])
def test_a_limit_that_does_not_parse_is_a_located_error(rule_base, tmp_path, limit, needle):
    path = _profile(tmp_path, _delegation("kaputt", "hfa", "vergabe", limit))
    with pytest.raises(RuleFileError) as caught:
        load_profile(path, rule_base.vocabulary)
    assert needle in caught.value.render("de")
    assert caught.value.line is not None and caught.value.line > 10


def test_a_draft_placeholder_left_in_a_profile_does_not_load(rule_base, tmp_path):
    path = _profile(tmp_path, _delegation("offen", "hfa", "vergabe", "{up_to_eur: 5000}").replace(
        "valid: {from: 2020-01-01}", "valid: {from: PRÜFEN}"))
    with pytest.raises(RuleFileError) as caught:
        load_profile(path, rule_base.vocabulary)
    assert "Platzhalter PRÜFEN" in caught.value.render("de")


# --- profile lint ------------------------------------------------------------------------------


def test_profile_lint_reports_contradictory_delegations(tmp_path, capsys):
    path = _profile(tmp_path, STANDARD + _delegation("bau-vergabe", "bau", "vergabe", "{up_to_eur: 200000}"))
    code = main(["profile", "lint", str(path)])
    out = capsys.readouterr().out
    assert code == 1
    assert "lint.delegation-overlap" in out and "verschiedenen Organen" in out


def test_profile_lint_reports_a_body_the_land_does_not_have(tmp_path, capsys):
    path = _profile(tmp_path)
    path.write_text(path.read_text(encoding="utf-8").replace(
        "  bm: {name: Bürgermeister", "  or1: {name: Ortschaftsrat Nord, kinds: [ortschaftsrat]}\n  bm: {name: Bürgermeister"),
        encoding="utf-8")
    code = main(["profile", "lint", str(path)])
    out = capsys.readouterr().out
    assert code == 1 and "lint.land-body" in out and "or1" in out


def test_profile_lint_passes_the_shipped_profiles(capsys):
    paths = sorted(str(p) for p in (ROOT / "rules" / "municipalities").rglob("*.yaml"))
    assert main(["profile", "lint", *paths]) == 0
    assert "0 Fehler" in capsys.readouterr().out


# --- the JSON Schema of profiles -------------------------------------------------------------


def test_the_profile_schema_is_current_and_validates_the_shipped_profiles():
    jsonschema = pytest.importorskip("jsonschema")
    from beschluss_rules.rulebase.yamlfile import load_yaml_file

    done = subprocess.run([sys.executable, str(ROOT / "scripts" / "profile_schema.py"), "--check"],
                          capture_output=True, text=True)
    assert done.returncode == 0, done.stdout
    schema = json.loads((ROOT / "rules" / "profile-schema.json").read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    for path in (ROOT / "rules" / "municipalities").rglob("*.yaml"):
        jsonschema.validate(json.loads(json.dumps(load_yaml_file(path), default=str)), schema)
    bad = json.loads(json.dumps(load_yaml_file(ROOT / "rules/municipalities/bw/karlsruhe.yaml"), default=str))
    bad["delegations"]["hauptsatzung-12-1-f-grundstuecke"]["limit"]["upto_eur"] = 5
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(bad, schema)


# --- the reader: amounts, net/gross, the value the paper states --------------------------------


@pytest.mark.parametrize("text, basis", [
    ("Gesamtauftragswert in Höhe von 612.964,24 EURO (brutto)", "brutto"),
    ("5.272.033,20 Euro inklusive Mehrwertsteuer", "brutto"),
    ("100.000 EUR zzgl. MwSt.", "netto"),
    ("300 Euro", None),
    ("netto 100 EUR, brutto 119 EUR", None),
])
def test_amount_basis(text, basis):
    assert amount_basis(fold(text)) == basis


def test_stated_value_takes_the_contract_value_not_other_amounts():
    text = ("Die Haushaltsmittel von 2.000.000 Euro sind eingestellt. Der Zuschlag soll auf das Angebot "
            "mit einem Gesamtauftragswert in Höhe von 612.964,24 EURO (brutto) erteilt werden.")
    assert stated_value(fold(text)) == (61_296_424, "brutto")
    assert stated_value(fold("Die Haushaltsmittel von 2.000.000 Euro sind eingestellt.")) == (None, None)


# --- profile draft on real statute snippets ------------------------------------------------------

#: Artikel 1 Nr. 2 and 3 of the Satzung zur Änderung der Hauptsatzung der Stadt Karlsruhe vom
#: 14. Mai 2019 (Anlage 1 of the city's paper 2019-0154), as published.
KARLSRUHE_2019 = """Satzung zur Änderung der Hauptsatzung der Stadt Karlsruhe vom 25. April 2017
Artikel 1
2. § 5 Abs. 2 Ziff. 14 der Hauptsatzung wird wie folgt geändert:
 „Erwerb und Veräußerung von Grundstücken, Ausübung von Vorkaufsrechten und
 Bestellung von dinglichen Rechten bei einem Grundstückswert von mehr als
 500.000 Euro bis 1,5 Millionen Euro.“
3. § 12 Ziff. 1 f) der Hauptsatzung wird wie folgt geändert:
 „Erwerb und Veräußerung von Grundstücken, Ausübung von Vorkaufsrechten und
 Bestellung von dinglichen Rechten bis zu einem Grundstückswert von 500.000 Euro,
 Veräußerung von Gegenständen des beweglichen Vermögens bis zu einem Wert von
 50.000 Euro.“
Artikel 2
Die Satzung tritt am Tage nach ihrer Bekanntmachung in Kraft.
"""

#: A statute with the body in the section heading and a numbered list (wording as in the
#: Hauptsatzung der Gemeinde Nindorf, Kreis Dithmarschen, § 2 Abs. 2 Nr. 1-2).
LISTED = """§ 2 Bürgermeisterin oder Bürgermeister
(1) Der Bürgermeisterin oder dem Bürgermeister obliegen die ihr oder ihm gesetzlich übertragenen Aufgaben.
(2) Sie oder er entscheidet ferner über
1. Stundungen bis zu einem Betrag von 3.000 Euro,
2. den Verzicht auf Ansprüche der Gemeinde und die Niederschlagung solcher Ansprüche, die Führung von
Rechtsstreiten und den Abschluss von Vergleichen, soweit ein Betrag von 1.500 Euro nicht überschritten wird,
"""


def test_parse_limit_reads_the_shapes_statutes_use():
    assert parse_limit("von mehr als 500.000 Euro bis 1,5 Millionen Euro").above_eur == 500_000
    assert parse_limit("von mehr als 500.000 Euro bis 1,5 Millionen Euro").up_to_eur == 1_500_000
    assert parse_limit("mit einem Kostenaufwand von 300.000,00 bis 1.200.000,00 €").from_eur == 300_000
    assert parse_limit("soweit ein Betrag von 1.500 Euro nicht überschritten wird").up_to_eur == 1_500
    assert parse_limit("Aufträge bis 50.000 € netto").basis == "net"
    yearly = parse_limit("deren jährliches Aufkommen den Betrag von 10.000 Euro voraussichtlich übersteigt")
    assert (yearly.above_eur, yearly.per) == (10_000, "year")
    assert parse_limit("Der Ausschuss berät den Haushalt.") is None


def test_draft_of_the_karlsruhe_amendment_equals_the_shipped_profile_after_review(rule_base, tmp_path):
    profile = rule_base.profile_for("karlsruhe")
    draft = draft_profile(KARLSRUHE_2019, rule_base.vocabulary, law="Hauptsatzung der Stadt Karlsruhe",
                          land="bw", profile=profile)
    assert (draft.recognised, draft.needing_hand) == (2, 2)
    # what needs a hand: the bodies (the amendment does not name them) and the second amount
    first, second = draft.entries
    assert first.body is None and any("Gremium nicht erkannt" in r for r in first.review)
    assert any("2 Beträge" in r for r in second.review)
    # the reviewer's decisions
    reviewed = (draft.yaml
                .replace("competent: [PRÜFEN]", "competent: [hfa]", 1)
                .replace("competent: [PRÜFEN]", "competent: [oberbuergermeister]", 1)
                .replace('en: "PRÜFEN"', 'en: "(translated)"')
                .replace("from: PRÜFEN", "from: 2019-05-15")
                .replace("url: PRÜFEN", "url: https://web1.karlsruhe.de/oparl/bodies/0001/papers/vo/37070"))
    path = tmp_path / "karlsruhe-entwurf.yaml"
    path.write_text(reviewed, encoding="utf-8")
    drafted = {r.id.rsplit(".", 1)[-1] if r.limit_side == "within" else None: r
               for r in load_profile(path, rule_base.vocabulary).delegations}
    shipped = {r.id: r for r in profile.delegations}
    pairs = {"hs-5-2-14": "local.karlsruhe.hauptsatzung-5-2-14-grundstuecke",
             "hs-12-1-f": "local.karlsruhe.hauptsatzung-12-1-f-grundstuecke"}
    for key, shipped_id in pairs.items():
        mine, theirs = drafted[key], shipped[shipped_id]
        for field in ("section", "paragraph", "number", "letter", "text"):
            assert getattr(mine.references[0], field) == getattr(theirs.references[0], field), (key, field)
        assert (mine.when, mine.limit, mine.competent, mine.valid) == (theirs.when, theirs.limit,
                                                                        theirs.competent, theirs.valid)


def test_draft_finds_the_body_in_the_heading_of_a_listed_statute(rule_base):
    draft = draft_profile(LISTED, rule_base.vocabulary, law="Hauptsatzung", land="nw")
    clauses = {e.clause.citation(): e for e in draft.entries}
    assert set(clauses) == {"§ 2 Abs. 1", "§ 2 Abs. 2 Ziff. 1", "§ 2 Abs. 2 Ziff. 2"}
    assert clauses["§ 2 Abs. 2 Ziff. 1"].limit.up_to_eur == 3_000
    assert clauses["§ 2 Abs. 2 Ziff. 2"].limit.up_to_eur == 1_500
    # Abs. 1 restates the law and transfers nothing: kept, but marked for review
    assert clauses["§ 2 Abs. 1"].limit is None
    assert any("keine Wertgrenze" in r for r in clauses["§ 2 Abs. 1"].review)
    assert all(e.body == "buergermeister" for e in draft.entries)
    assert "kinds: [buergermeister]" in draft.yaml


def test_draft_of_a_council_minute_quoting_the_heinsberg_clause(rule_base):
    minute = ("1. § 6 Abs. 1 Buchstabe a) der Zuständigkeitsordnung erhält folgende Fassung:\n"
              "„… Planung und Ausführung von Hochbaumaßnahmen mit einem Kostenaufwand von 300.000,00 bis "
              "1.200.000,00 €.“\n")
    clauses = find_clauses(minute)
    assert [c.citation() for c in clauses] == ["§ 6 Abs. 1 lit. a"]
    draft = draft_profile(minute, rule_base.vocabulary, law="Zuständigkeitsordnung", land="nw",
                          profile=rule_base.profile_for("heinsberg"))
    entry = draft.entries[0]
    assert (entry.limit.from_eur, entry.limit.up_to_eur) == (300_000, 1_200_000)
    assert entry.needs_hand  # neither the matter (Hochbau) nor the body is named in the wording


def test_cli_profile_draft_writes_yaml_and_counts(tmp_path, capsys):
    statute = tmp_path / "hauptsatzung.txt"
    statute.write_text(LISTED, encoding="utf-8")
    assert main(["profile", "draft", str(statute), "--land", "nw"]) == 0
    captured = capsys.readouterr()
    assert "delegations:" in captured.out and "up_to_eur: 3000" in captured.out
    assert "3 Klauseln erkannt" in captured.err


@pytest.mark.skipif(not (CORPUS / "karlsruhe").is_dir(), reason="corpus not present (set BESCHLUSS_CORPUS)")
def test_a_real_hauptausschuss_vergabe_within_its_limit_is_competent(checker):
    from beschluss_rules.verdict.checker import CheckOptions

    paper = CORPUS / "karlsruhe" / "papers" / "2021-0930.json"
    (result,) = checker.check_file(paper, CheckOptions(municipality="karlsruhe"))
    (item,) = result.items
    assert item.item.amount_cents == 61_296_424 and item.item.amount_basis == "brutto"
    assert item.verdict is Verdict.COMPETENT
    assert item.deciding == "local.karlsruhe.hauptsatzung-ha-vergabe-lieferungen-leistungen"


def test_a_scratch_folder_named_vocab_above_a_profile_is_no_rule_base(rule_base, tmp_path):
    # A folder "vocab" without a vocabulary (someone's scratch /tmp/vocab) above the profile must
    # not make lint take that folder for a rule base: the profile is linted against the shipped law.
    (tmp_path / "vocab").mkdir()
    (tmp_path / "vocab" / "notes.txt").write_text("scratch", encoding="utf-8")
    (tmp_path / "profiles").mkdir()
    path = _profile(tmp_path / "profiles", _delegation("hfa-satzung", "hfa", "satzung", "{up_to_eur: 100000}"))
    report = lint_paths([path])
    assert any(f.check == "void-delegation" and f.level.value == "error" for f in report.findings)

"""Which Land a paper is from: evidence that identifies it, never a guess (issue 13).

Evidence: the profile, ``--land``, the AGS, a statute name of one Land, the municipality's name
in the official directory of municipalities where it is unique or its Kreis confirms it. A bare
"GemO" (Baden-Württemberg or Rheinland-Pfalz) and a name found in several Länder are not.
"""

from __future__ import annotations

import pytest

from beschluss_rules.cli.app import main
from beschluss_rules.errors import UsageError
from beschluss_rules.model import LANDS, DecisionItem, Verdict, land_code
from beschluss_rules.reader import parse_text
from beschluss_rules.reader.municipal_directory import land_for_name, lookup_name, municipality_from_host
from beschluss_rules.verdict.checker import CheckOptions


def _paper(head: str, body: str = "Der Rat beschließt die Satzung über die Erhebung der Hundesteuer.") -> str:
    return f"{head}\nSitzung am 01.06.2021\n\nBeschlussvorschlag:\n{body}\n"


@pytest.mark.parametrize("typed, code", [
    ("NW", "nw"), ("nw", "nw"), ("NRW", "nw"), ("Nordrhein-Westfalen", "nw"), ("rp", "rp"),
    ("RP", "rp"), ("RLP", "rp"), ("Rheinland-Pfalz", "rp"), ("baden-württemberg", "bw"),
    ("Baden-Wuerttemberg", "bw"), ("Thüringen", "th"), ("HB", "hb"), (" Niedersachsen ", "ni"),
])
def test_a_land_is_accepted_as_code_in_any_case_abbreviation_or_name(typed, code):
    assert land_code(typed) == code


def test_all_sixteen_laender_are_known_by_code_and_by_name():
    assert len(LANDS) == 16
    for code, name in LANDS.items():
        assert land_code(code.upper()) == code and land_code(name) == code


@pytest.mark.parametrize("typed", ["xx", "GemO", "", "Nordrhein"])
def test_something_that_names_no_land_is_not_read_as_one(typed):
    assert land_code(typed) is None


def test_a_name_unique_in_the_directory_identifies_its_land():
    evidence = land_for_name("Nordstemmen")
    assert (evidence.land, evidence.how) == ("ni", "unique")
    assert evidence.candidates[0].ags == "03254026"


def test_a_name_in_several_laender_is_no_evidence_on_its_own():
    evidence = land_for_name("Halle", "Beschlussvorlage der Stadt Halle")
    assert evidence.land is None and evidence.how == "ambiguous"
    assert set(evidence.lands) == {"ni", "nw", "st"}


def test_the_kreis_named_in_the_paper_confirms_one_of_several_namesakes():
    evidence = land_for_name("Halle", "Gemeinde Halle, Landkreis Holzminden")
    assert (evidence.land, evidence.how) == ("ni", "kreis")


def test_the_full_official_name_confirms_one_of_several_namesakes():
    evidence = land_for_name("Halle", "Die Stadt Halle (Westf.) beschließt")
    assert (evidence.land, evidence.how) == ("nw", "full-name")


def test_a_name_missing_from_the_directory_is_no_evidence():
    assert land_for_name("Nirgendwohausen").how == "not-found"
    assert lookup_name("") == ()


def test_a_gemeindeverband_is_found_under_its_own_name():
    entries = lookup_name("Bodenwerder-Polle")
    assert entries and all(e.verband and e.land == "ni" for e in entries)


def test_a_bare_gemo_is_no_evidence_and_the_note_names_both_laender(rule_base):
    parsed = parse_text(_paper("Beschlussvorlage", "Der Gemeinderat beschließt nach § 39 GemO die Satzung."), rule_base)
    assert parsed.land is None
    assert any("Baden-Württemberg oder Rheinland-Pfalz" in n.de for n in parsed.notes)


def test_a_bare_gemo_with_the_land_named_in_the_paper_is_that_land(rule_base):
    parsed = parse_text(_paper("Land Baden-Württemberg\nBeschlussvorlage",
                               "Der Gemeinderat beschließt nach § 39 GemO die Satzung."), rule_base)
    assert parsed.land == "bw"


def test_a_statute_name_of_one_land_identifies_it(rule_base):
    assert parse_text(_paper("Vorlage", "Der Rat beschließt nach § 39 GemO BW die Satzung."), rule_base).land == "bw"
    assert parse_text(_paper("Vorlage", "Der Rat beschließt nach § 58 NKomVG die Satzung."), rule_base).land == "ni"
    assert parse_text(_paper("Vorlage", "Der Rat beschließt nach § 32 GemO RP die Satzung."), rule_base).land == "rp"


def test_ngo_without_a_paragraph_is_not_the_lower_saxon_code(rule_base):
    parsed = parse_text(_paper("Vorlage", "Der Rat unterstützt die NGO Brot für alle."), rule_base)
    assert parsed.land is None


def test_the_municipality_name_in_the_directory_identifies_the_land(rule_base):
    parsed = parse_text(_paper("Stadt Mainz\nBeschlussvorlage", "Der Stadtrat beschließt nach § 32 GemO die Satzung."), rule_base)
    assert parsed.land == "rp"
    assert any("Gemeindeverzeichnis" in n.de and "07315000" in n.de for n in parsed.notes)


def test_an_ags_printed_in_the_paper_identifies_the_land(rule_base):
    parsed = parse_text(_paper("Gemeinde Musterdorf (AGS 07 1 43 272)\nBeschlussvorlage"), rule_base)
    assert parsed.land == "rp"


def test_a_statute_and_a_directory_name_that_contradict_each_other_give_no_land(rule_base):
    parsed = parse_text(_paper("Stadt Mainz\nBeschlussvorlage", "Der Rat beschließt nach § 41 GO NRW die Satzung."), rule_base)
    assert parsed.land is None
    assert any("Land unklar" in n.de for n in parsed.notes)


def test_a_name_in_several_laender_leaves_the_land_open_and_says_why(rule_base):
    parsed = parse_text(_paper("Stadt Halle\nBeschlussvorlage"), rule_base)
    assert parsed.land is None
    assert any("mehreren Ländern" in n.de for n in parsed.notes)


def test_a_paper_of_a_land_without_rules_is_unknown_never_judged_by_other_law(checker):
    result = checker.check_text(_paper("Stadt Mainz\nBeschlussvorlage",
                                       "Der Hauptausschuss beschließt nach § 32 GemO die Satzung."))
    assert result.paper.land == "rp"
    assert [r.verdict for r in result.items] == [Verdict.UNKNOWN]
    finding = result.items[0].findings[0]
    assert "noch keine Regeln" in finding.message.de and "Rheinland-Pfalz" in finding.message.de
    assert finding.message.en.startswith("No rules for Rheinland-Pfalz yet")
    assert not result.items[0].matched


def test_a_land_without_rules_is_said_even_without_a_date_since_no_date_would_help(checker):
    """Asking for --date would mislead: for a Land without rules no date gives a verdict."""
    item = DecisionItem(index=1, text="Der Hauptausschuss beschließt die Satzung.", body=None)
    result = checker.evaluate_item(item, land="rp", day=None)
    assert result.verdict is Verdict.UNKNOWN
    assert [f.rule for f in result.findings] == ["core.no-law-for-date"]
    assert "Rheinland-Pfalz" in result.findings[0].message.de


def test_check_options_read_a_land_in_any_spelling_and_refuse_an_unknown_one():
    assert CheckOptions(land="NRW").land == "nw"
    assert CheckOptions(land="Rheinland-Pfalz").land == "rp"
    with pytest.raises(UsageError, match="unknown Land 'xx'"):
        CheckOptions(land="xx")


@pytest.mark.parametrize("spelling", ["rp", "RP", "Rheinland-Pfalz"])
def test_the_cli_accepts_land_rp_and_answers_unknown(spelling, tmp_path, capsys):
    paper = tmp_path / "vorlage.txt"
    paper.write_text(_paper("Beschlussvorlage", "Der Hauptausschuss beschließt die Satzung."), encoding="utf-8")
    code = main(["check", str(paper), "--land", spelling, "--lang", "en"])
    out = capsys.readouterr().out
    assert code == 0
    assert "No rules for Rheinland-Pfalz yet" in out


def test_the_cli_refuses_an_unknown_land_with_exit_2(tmp_path, capsys):
    paper = tmp_path / "vorlage.txt"
    paper.write_text(_paper("Beschlussvorlage"), encoding="utf-8")
    assert main(["check", str(paper), "--land", "xx"]) == 2
    assert "unbekanntes Land 'xx'" in capsys.readouterr().err


@pytest.mark.parametrize("url, name", [
    ("https://web1.karlsruhe.de/oparl/bodies/0001", "Karlsruhe"),
    ("https://nordstemmen.ratsinfomanagement.net/webservice/oparl/v1.1/body/1", "Nordstemmen"),
    ("https://www.stadt-heinsberg.de/oparl", "Heinsberg"),
    ("https://sdnetrim.kdvz-frechen.de/rim4220/webservice/oparl/v1.0/body/1", None),  # a provider's town
    ("https://ratsinfo.halle.de/oparl", None),  # Halle exists in three Länder
    ("not a url", None),
])
def test_an_oparl_server_address_names_the_municipality_only_when_the_directory_ties_it_to_one_land(url, name):
    assert municipality_from_host(url) == name


def test_an_oparl_paper_without_body_name_takes_its_land_from_the_server_address(rule_base, tmp_path):
    import json

    from beschluss_rules.reader import read_paper

    paper = {"type": "https://schema.oparl.org/1.1/Paper", "id": "https://web1.karlsruhe.de/oparl/bodies/0001/papers/1",
             "body": "https://web1.karlsruhe.de/oparl/bodies/0001", "name": "Zuschuss an den Sportverein",
             "reference": "2021/1", "date": "2021-06-01", "consultation": []}
    path = tmp_path / "2021-1.json"
    path.write_text(json.dumps(paper), encoding="utf-8")
    parsed = read_paper(path, rule_base)
    assert parsed.land == "bw"
    assert any("Adresse des OParl-Servers" in n.de for n in parsed.notes)

"""Configuration: discovery upward from the working directory, precedence, strict keys."""

from __future__ import annotations

import datetime as dt
import json
import os

import pytest

from beschluss_rules.cli.app import main
from beschluss_rules.cli.settings import Config, ConfigError, discover_config, load_config

from ..conftest import ROOT
from .test_exit_and_discovery import CLEAN, WARNING

PROFILE = ROOT / "examples" / "heinsberg-profil-mit-delegation.yaml"


@pytest.fixture
def project(tmp_path, monkeypatch):
    """A repository with papers in vorlagen/ and the working directory two levels below."""
    (tmp_path / ".git").mkdir()
    (tmp_path / "vorlagen" / "2024").mkdir(parents=True)
    (tmp_path / "vorlagen" / "2024" / "clean.txt").write_text(CLEAN, encoding="utf-8")
    (tmp_path / "vorlagen" / "2024" / "warning.txt").write_text(WARNING, encoding="utf-8")
    monkeypatch.chdir(tmp_path / "vorlagen" / "2024")
    monkeypatch.delenv("GITHUB_ACTIONS", raising=False)
    return tmp_path


def test_no_configuration_gives_the_defaults(project):
    config = discover_config()
    assert config.path is None and config == Config(root=config.root)


def test_pyproject_table_is_found_upward(project):
    (project / "pyproject.toml").write_text(
        '[project]\nname = "ratsvorlagen"\n\n[tool.beschluss-rules]\nland = "nw"\nfail-level = "warning"\n'
        'date = 2024-03-12\nprofiles = ["profile/heinsberg.yaml"]\nexclude = ["archiv/"]\n', encoding="utf-8")
    config = discover_config()
    assert config.path == os.path.join("..", "..", "pyproject.toml")
    assert config.land == "nw" and config.fail_level == "warning"
    assert config.date == dt.date(2024, 3, 12)
    assert config.profiles == (str(project / "profile" / "heinsberg.yaml"),), "relative to the file"
    assert config.exclude == ("archiv/",) and config.root == str(project)


@pytest.mark.parametrize("written, code", [("NRW", "nw"), ("Rheinland-Pfalz", "rp"), ("RP", "rp")])
def test_the_configured_land_may_be_written_as_code_abbreviation_or_name(project, written, code):
    (project / "pyproject.toml").write_text(f'[tool.beschluss-rules]\nland = "{written}"\n', encoding="utf-8")
    assert discover_config().land == code


def test_pyproject_without_the_table_is_passed_over(project):
    (project / "vorlagen" / "pyproject.toml").write_text('[project]\nname = "x"\n', encoding="utf-8")
    (project / ".beschluss-rules.toml").write_text('lang = "en"\n', encoding="utf-8")
    assert discover_config().lang == "en"


def test_dedicated_file_wins_over_pyproject_in_the_same_directory(project):
    (project / "pyproject.toml").write_text('[tool.beschluss-rules]\nlang = "de"\n', encoding="utf-8")
    (project / ".beschluss-rules.toml").write_text('lang = "en"\n', encoding="utf-8")
    assert discover_config().lang == "en"


def test_nearest_file_wins(project):
    (project / ".beschluss-rules.toml").write_text('lang = "en"\n', encoding="utf-8")
    (project / "vorlagen" / ".beschluss-rules.toml").write_text('fail-level = "info"\n', encoding="utf-8")
    config = discover_config()
    assert config.fail_level == "info" and config.lang is None, "files are not merged"


@pytest.mark.parametrize("text, key, message", [
    ('fail_level = "warning"\n', "fail_level", "did you mean 'fail-level'?"),
    ('formats = "json"\n', "formats", "did you mean 'format'?"),
    ('profile = ["a.yaml"]\n', "profile", "did you mean 'profiles'?"),
    ('land = "nwx"\n', "land", "did you mean 'nw'?"),  # "nrw" is accepted (issue 13)
    ('fail-level = "fatal"\n', "fail-level", "allowed: info, warning, error"),
    ('format = "xml"\n', "format", "allowed: text, line, json, sarif, junit, github"),
    ('lang = "fr"\n', "lang", "allowed: de, en"),
    ('date = "12.03.2024"\n', "date", "YYYY-MM-DD"),
    ('exclude = [1, 2]\n', "exclude", "list of strings"),
    ('extra-rules = ["regeln/"]\n', "extra-rules", "not supported yet"),
])
def test_bad_keys_and_values_are_errors_with_location(project, text, key, message):
    path = project / ".beschluss-rules.toml"
    path.write_text("# Vorlagen der Stadt\n" + text, encoding="utf-8")
    with pytest.raises(ConfigError) as info:
        discover_config()
    rendered = info.value.render("en")
    assert f".beschluss-rules.toml:2: key '{key}'" in rendered
    assert message in rendered


def test_line_of_a_bad_key_inside_the_pyproject_table(project):
    (project / "pyproject.toml").write_text(
        '[project]\nname = "x"\nlang = "python"\n\n[tool.beschluss-rules]\nland = "nw"\nlang = "fr"\n',
        encoding="utf-8")
    with pytest.raises(ConfigError) as info:
        discover_config()
    assert "pyproject.toml:7: key 'lang'" in info.value.render("en")


def test_invalid_toml_is_an_error(project):
    (project / ".beschluss-rules.toml").write_text('land = "nw\n', encoding="utf-8")
    with pytest.raises(ConfigError, match="not valid TOML"):
        discover_config()


def test_configuration_errors_exit_2_in_german_by_default(project, capsys):
    (project / ".beschluss-rules.toml").write_text('fail_level = "warning"\n', encoding="utf-8")
    assert main(["check", "clean.txt"]) == 2
    err = capsys.readouterr().err
    assert "Schlüssel 'fail_level': unbekannter Schlüssel" in err and "meinten Sie 'fail-level'?" in err
    assert "Traceback" not in err


def test_explicit_config_file(project, capsys, tmp_path):
    other = tmp_path / "ci.toml"
    other.write_text('format = "line"\nshow-level = "info"\n', encoding="utf-8")
    assert main(["check", "--config", str(other), "clean.txt"]) == 0
    assert capsys.readouterr().out.startswith("clean.txt:7:1: info ")
    with pytest.raises(ConfigError, match="no \\[tool.beschluss-rules\\] table"):
        (tmp_path / "pyproject.toml").write_text("[project]\n", encoding="utf-8")
        load_config(tmp_path / "pyproject.toml")


def test_configuration_drives_the_run_and_the_command_line_overrides_it(project, capsys):
    (project / ".beschluss-rules.toml").write_text(
        'fail-level = "warning"\nformat = "json"\nlang = "en"\nexclude = ["clean.txt"]\n', encoding="utf-8")
    assert main(["check", "."]) == 1, "fail level warning from the file"
    report = json.loads(capsys.readouterr().out)
    assert [p["path"] for p in report["papers"]] == ["./warning.txt"], "exclude from the file"
    assert "may decide only if" in report["papers"][0]["items"][0]["findings"][0]["message"]

    assert main(["check", ".", "--fail-level", "error", "--format", "line", "--lang", "de",
                 "--exclude", "warning.txt", "--show-level", "info"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("./clean.txt:7:1: info "), "command line replaces format and exclude"


def test_configured_date_fills_only_papers_without_one(project, capsys):
    undated = project / "vorlagen" / "2024" / "undated.txt"
    undated.write_text(CLEAN.replace("Sitzung am 12.03.2024\n", ""), encoding="utf-8")
    (project / ".beschluss-rules.toml").write_text("date = 1993-01-01\n", encoding="utf-8")
    main(["check", "--format", "json", "clean.txt", "undated.txt"])
    papers = json.loads(capsys.readouterr().out)["papers"]
    assert papers[0]["date"] == "2024-03-12", "the paper's own date wins over the configured one"
    assert papers[1]["date"] == "1993-01-01"
    assert papers[1]["items"][0]["verdict"] == "unknown", "no GO NRW rule in force on that date"
    main(["check", "--format", "json", "--date", "2024-03-12", "undated.txt"])
    assert json.loads(capsys.readouterr().out)["papers"][0]["items"][0]["verdict"] == "competent"


def test_configured_profile_and_municipality(project, capsys):
    profile = project / "profil.yaml"
    profile.write_text(PROFILE.read_text(encoding="utf-8"), encoding="utf-8")
    paper = project / "vorlagen" / "2024" / "beitritt.txt"
    paper.write_text((ROOT / "examples" / "heinsberg-beitritt-netzwerk-innenstadt.txt").read_text(encoding="utf-8"),
                     encoding="utf-8")
    (project / ".beschluss-rules.toml").write_text(
        'profiles = ["profil.yaml"]\nmunicipality = "heinsberg"\ndate = 2021-09-01\n', encoding="utf-8")
    main(["check", "--format", "json", "beitritt.txt"])
    first = json.loads(capsys.readouterr().out)["papers"][0]["items"][0]
    assert first["verdict"] == "competent"
    assert first["deciding_rule"].startswith("local.heinsberg-beispiel.")


def test_configuration_above_the_repository_root_is_not_used(tmp_path, monkeypatch):
    """Issue 12, item 14: a configuration in a parent directory of the repository (a shared /tmp,
    a home directory) steered the CI gate; it is searched up to the repository root only."""
    (tmp_path / ".beschluss-rules.toml").write_text('exclude = ["*"]\n', encoding="utf-8")
    repo = tmp_path / "repo"
    (repo / ".git").mkdir(parents=True)
    (repo / "vorlagen").mkdir()
    monkeypatch.chdir(repo / "vorlagen")
    assert discover_config().path is None
    (repo / ".beschluss-rules.toml").write_text('lang = "en"\n', encoding="utf-8")
    assert discover_config().lang == "en"


def test_outside_a_repository_only_the_working_directory_is_searched(tmp_path, monkeypatch):
    (tmp_path / ".beschluss-rules.toml").write_text('lang = "en"\n', encoding="utf-8")
    (tmp_path / "unter").mkdir()
    monkeypatch.chdir(tmp_path / "unter")
    assert discover_config().path is None
    monkeypatch.chdir(tmp_path)
    assert discover_config().lang == "en"

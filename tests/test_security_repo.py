"""Issue 12: repository content (links, configuration, front matter, file names) cannot make
the product read files outside the repository or pass the CI gate unchecked."""

from __future__ import annotations

import json
import os
import shutil

import pytest

from beschluss_rules.cli.app import main
from beschluss_rules.cli.discover import discover
from beschluss_rules.cli.settings import ConfigError

from .conftest import EXAMPLE

SECRET = "GEHEIM_TOKEN=hunter2-do-not-print"


@pytest.fixture
def repo(tmp_path, monkeypatch):
    """A repository with one paper and a secret beside it; the working directory is the repo."""
    root = tmp_path / "repo"
    (root / "vorlagen").mkdir(parents=True)
    shutil.copy(EXAMPLE, root / "vorlagen" / "vorlage.txt")
    (tmp_path / "secret.env").write_text(SECRET + "\n", encoding="utf-8")
    monkeypatch.chdir(root)
    return root


# --- item 4: links and configured paths leaving the repository --------------------------------

@pytest.mark.skipif(not hasattr(os, "symlink"), reason="no symbolic links here")
def test_a_link_leaving_the_walked_folder_is_not_followed(repo, capsys):
    os.symlink("../../secret.env", repo / "vorlagen" / "x.txt")
    discovery = discover(["vorlagen"])
    assert discovery.papers == (os.path.join("vorlagen", "vorlage.txt"),)
    assert discovery.outside_links == (os.path.join("vorlagen", "x.txt"),)
    code = main(["check", "--lang", "en", "--date", "2021-09-01", "--format", "json", "vorlagen"])
    captured = capsys.readouterr()
    assert "hunter2" not in captured.out + captured.err
    assert "x.txt" in captured.err and "--follow-symlinks" in captured.err
    assert [p["path"] for p in json.loads(captured.out)["papers"]] == [os.path.join("vorlagen", "vorlage.txt")]
    assert code in (0, 1)


@pytest.mark.skipif(not hasattr(os, "symlink"), reason="no symbolic links here")
def test_a_named_link_leaving_the_working_directory_is_not_followed(repo, capsys):
    os.symlink("../../secret.env", repo / "vorlagen" / "x.txt")
    main(["check", "--date", "2021-09-01", os.path.join("vorlagen", "x.txt")])
    captured = capsys.readouterr()
    assert "hunter2" not in captured.out + captured.err


@pytest.mark.skipif(not hasattr(os, "symlink"), reason="no symbolic links here")
def test_follow_symlinks_follows_them(repo):
    shutil.copy(EXAMPLE, repo.parent / "draussen.txt")
    os.symlink("../../draussen.txt", repo / "vorlagen" / "y.txt")
    assert os.path.join("vorlagen", "y.txt") in discover(["vorlagen"], follow_symlinks=True).papers
    assert os.path.join("vorlagen", "y.txt") not in discover(["vorlagen"]).papers


@pytest.mark.skipif(not hasattr(os, "symlink"), reason="no symbolic links here")
def test_a_link_inside_the_walked_folder_is_followed(repo):
    os.symlink("vorlage.txt", repo / "vorlagen" / "kopie.txt")
    assert os.path.join("vorlagen", "kopie.txt") in discover(["vorlagen"]).papers


@pytest.mark.parametrize("value", ["../secret.env", "/etc/passwd", "~/secret.env"])
def test_configured_paths_stay_in_the_configuration_directory(repo, capsys, value):
    from beschluss_rules.cli.settings import load_config

    (repo / ".beschluss-rules.toml").write_text(f'profiles = ["{value}"]\n', encoding="utf-8")
    with pytest.raises(ConfigError, match="leaves the configuration"):
        load_config(".beschluss-rules.toml")
    assert main(["check", "--date", "2021-09-01", "vorlagen"]) == 2
    assert "hunter2" not in capsys.readouterr().err


# --- item 14: the CI gate ------------------------------------------------------------------------

def test_excluding_every_paper_of_a_walk_is_an_error_not_a_pass(repo, capsys):
    (repo / ".git").mkdir()
    (repo / ".beschluss-rules.toml").write_text('exclude = ["*"]\n', encoding="utf-8")
    assert main(["check", "--lang", "en", "--date", "2021-09-01", "vorlagen"]) == 2
    assert "nothing checked" in capsys.readouterr().err


def test_an_excluded_file_named_explicitly_passes_with_a_note(repo, capsys):
    (repo / ".git").mkdir()
    (repo / ".beschluss-rules.toml").write_text('exclude = ["vorlagen/"]\n', encoding="utf-8")
    assert main(["check", "--lang", "en", "--date", "2021-09-01", os.path.join("vorlagen", "vorlage.txt")]) == 0
    assert "excluded by the configuration" in capsys.readouterr().err


def test_an_unreadable_subdirectory_is_named_and_exits_2(repo, capsys, monkeypatch):
    """Before, os.walk skipped a folder it could not list silently and the run passed (exit 0)."""
    (repo / "vorlagen" / "gesperrt").mkdir()
    real_scandir = os.scandir

    def scandir(path="."):
        if os.fspath(path).endswith("gesperrt"):
            raise PermissionError(13, "Permission denied", os.fspath(path))
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", scandir)  # as root, chmod 000 would not keep us out
    code = main(["check", "--lang", "en", "--date", "2021-09-01", "vorlagen"])
    err = capsys.readouterr().err
    assert code == 2
    assert "gesperrt: folder not readable" in err

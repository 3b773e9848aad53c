"""The rule-base cache (:mod:`beschluss_rules.rulebase.cache`) saves time and nothing else.

Properties checked here: a rule base loaded through the cache equals a fresh load (rules,
vocabulary, profiles, digest) and checks papers to the same bytes; a changed rule file is seen at
once; a broken pattern is reported with file and line although an older cache exists; a corrupt,
unreadable or unwritable cache is a silent fresh load; the cache holds plain data only; the
environment variables relocate and disable it.
"""

from __future__ import annotations

import datetime as dt
import marshal
import os
import shutil
from pathlib import Path

import pytest

from beschluss_rules.errors import RuleFileError
from beschluss_rules.report.report import render_json
from beschluss_rules.rulebase import cache as rulecache
from beschluss_rules.rulebase import yamlfile
from beschluss_rules.rulebase.loader import default_rules_dir, load_rule_base
from beschluss_rules.verdict.checker import Checker, CheckOptions

from ..conftest import EXAMPLE, ROOT


@pytest.fixture
def cache(tmp_path, monkeypatch):
    directory = tmp_path / "cache"
    monkeypatch.setenv(rulecache.CACHE_DIR_ENV, str(directory))
    monkeypatch.delenv(rulecache.NO_CACHE_ENV, raising=False)
    return directory


@pytest.fixture
def rules_copy(tmp_path):
    target = tmp_path / "rules"
    shutil.copytree(default_rules_dir(), target)
    return target


def _files(directory: Path) -> list[Path]:
    return sorted(directory.glob("rulebase-*.marshal")) if directory.is_dir() else []


def _same(a, b) -> None:
    assert a.digest == b.digest
    assert a.rules == b.rules
    assert a.profiles == b.profiles
    assert a.vocabulary == b.vocabulary


def _no_yaml(monkeypatch) -> None:
    def refuse(*args, **kwargs):
        raise AssertionError("the cache should have spared parsing YAML")

    monkeypatch.setattr(yamlfile, "load_yaml_text", refuse)


def test_cached_load_equals_fresh_load_and_checks_alike(cache, monkeypatch):
    """The second load comes from the cache (no YAML parsed), equals the first, and the papers
    of examples/ render to the same JSON with it."""
    fresh = load_rule_base()
    assert len(_files(cache)) == 1
    _no_yaml(monkeypatch)
    cached = load_rule_base()
    _same(fresh, cached)
    monkeypatch.undo()
    papers = sorted(str(p) for p in (ROOT / "examples").glob("*") if p.suffix in (".txt", ".md", ".json"))
    options = CheckOptions(date=dt.date(2021, 6, 1))
    with_fresh = [Checker(fresh).check_path(p, options) for p in papers]
    with_cache = [Checker(cached).check_path(p, options) for p in papers]
    assert render_json(with_fresh) == render_json(with_cache)


def test_changed_rule_file_is_seen(cache, rules_copy):
    """Editing a rule file changes the digest: the cache is not used for the new content."""
    first = load_rule_base(rules_copy)
    path = rules_copy / "nw" / "go" / "113-2-vertreter.yaml"
    path.write_text(path.read_text(encoding="utf-8") + "\n# edited\n", encoding="utf-8")
    second = load_rule_base(rules_copy)
    assert second.digest != first.digest
    with pytest.MonkeyPatch.context() as patch:
        _no_yaml(patch)
        third = load_rule_base(rules_copy)  # now cached for the edited content
    _same(second, third)


@pytest.mark.parametrize(("broken", "reason"), [
    ("satzungs(beschluss", "missing ), unterminated subpattern"),
    ("(?<!im |in den )satzungsbeschluss", "look-behind requires fixed-width pattern"),
])
def test_broken_pattern_reported_despite_cache(cache, rules_copy, broken, reason):
    """A pattern broken after the cache was written is reported with file, line and the reason
    re.compile gives (also the compiler's own check of look-behinds, though patterns are compiled
    only when first needed)."""
    load_rule_base(rules_copy)
    matters = rules_copy / "vocab" / "matters.yaml"
    text = matters.read_text(encoding="utf-8")
    line = "      - 'gesellschaftsvertrag|unternehmenssatzung'\n"  # any plain pattern line of the vocabulary
    assert line in text
    matters.write_text(text.replace(line, f"      - '{broken}'\n", 1),
                       encoding="utf-8")
    with pytest.raises(RuleFileError) as error:
        load_rule_base(rules_copy)
    assert "not a valid regular expression" in str(error.value.render("en"))
    assert reason in str(error.value.render("en"))
    assert error.value.path.endswith("matters.yaml") and error.value.line


@pytest.mark.parametrize("content", [b"", b"garbage", marshal.dumps({"key": 1}), marshal.dumps([1, 2]),
                                     marshal.dumps({"key": "x", "documents": {}, "needles": {}})])
def test_corrupt_cache_is_a_fresh_load(cache, content):
    """Whatever the cache file holds, a load that cannot use it loads from the files."""
    fresh = load_rule_base()
    for path in _files(cache):
        path.write_bytes(content)
    _same(fresh, load_rule_base())


def test_tampered_entries_are_refused(cache):
    """A cache with the right key but values of the wrong types is not used."""
    fresh = load_rule_base()
    (path,) = _files(cache)
    data = marshal.loads(path.read_bytes()[32:])  # after the entry's HMAC
    some = next(iter(data["documents"]))
    data["documents"][some] = ("d", "not a line", ())
    path.write_bytes(marshal.dumps(data))
    assert rulecache.read(fresh.root, fresh.digest) is None
    data["documents"][some] = compile("1", "<x>", "eval")  # code would be refused, never run
    path.write_bytes(marshal.dumps(data))
    assert rulecache.read(fresh.root, fresh.digest) is None
    _same(fresh, load_rule_base())


def test_unwritable_cache_dir_is_no_error(tmp_path, monkeypatch):
    """A cache directory that cannot be created (read-only CI) only means no cache."""
    blocker = tmp_path / "a-file"
    blocker.write_text("x", encoding="utf-8")
    monkeypatch.setenv(rulecache.CACHE_DIR_ENV, str(blocker / "cache"))
    first = load_rule_base()
    _same(first, load_rule_base())
    assert not (blocker / "cache").exists()


def test_cache_can_be_turned_off(cache, monkeypatch):
    """BESCHLUSS_RULES_NO_CACHE=1 writes and reads nothing."""
    monkeypatch.setenv(rulecache.NO_CACHE_ENV, "1")
    assert rulecache.cache_dir() is None
    load_rule_base()
    assert _files(cache) == []


def test_cache_location(monkeypatch, tmp_path):
    """$BESCHLUSS_RULES_CACHE_DIR, else $XDG_CACHE_HOME/beschluss-rules (absolute only), else
    ~/.cache/beschluss-rules."""
    monkeypatch.delenv(rulecache.NO_CACHE_ENV, raising=False)
    monkeypatch.setenv(rulecache.CACHE_DIR_ENV, str(tmp_path / "here"))
    assert rulecache.cache_dir() == str(tmp_path / "here")
    monkeypatch.delenv(rulecache.CACHE_DIR_ENV)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    assert rulecache.cache_dir() == os.path.join(str(tmp_path / "xdg"), "beschluss-rules")
    monkeypatch.setenv("XDG_CACHE_HOME", "relative/path")
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    assert rulecache.cache_dir() == os.path.join(str(tmp_path / "home"), ".cache", "beschluss-rules")


def test_cache_holds_plain_data(cache):
    """The cache file is marshal data of str, int, float, bool, None, bytes, tuples, lists and
    dicts only: nothing in it can run."""
    load_rule_base()
    (path,) = _files(cache)

    def check(value):
        if isinstance(value, dict):
            for key, item in value.items():
                check(key)
                check(item)
        elif isinstance(value, (list, tuple)):
            for item in value:
                check(item)
        else:
            assert type(value) in (str, int, float, bool, type(None), bytes), type(value)

    check(marshal.loads(path.read_bytes()[32:]))


def test_other_rule_bases_are_pruned(cache, tmp_path):
    """Each rule-base directory gets its own file; only the newest few are kept."""
    source = default_rules_dir()
    for index in range(10):
        target = tmp_path / f"rules{index}"
        shutil.copytree(source, target)
        load_rule_base(target)
    assert 1 <= len(_files(cache)) <= 8


def test_cli_check_with_cache(cache):
    """The command line gives the same report with a cold and a warm cache."""
    import contextlib
    import io

    from beschluss_rules.cli.app import main

    outputs = []
    for _ in range(2):
        buffer = io.StringIO()
        with contextlib.redirect_stdout(buffer):
            main(["check", "--date", "2021-09-01", "--format", "json", str(EXAMPLE)])
        outputs.append(buffer.getvalue())
    assert outputs[0] == outputs[1]
    assert len(_files(cache)) == 1


def test_public_names_resolve_lazily():
    """Every name of ``beschluss_rules.__all__`` is there, imported on first use; importing the
    package alone loads neither the checker nor PyYAML (the command line imports what it needs)."""
    import subprocess
    import sys

    import beschluss_rules

    for name in beschluss_rules.__all__:
        assert getattr(beschluss_rules, name) is not None
    assert beschluss_rules.Checker is Checker
    with pytest.raises(AttributeError):
        beschluss_rules.no_such_name  # noqa: B018
    probe = ("import sys, beschluss_rules; "
             "print(sorted(m for m in ('yaml', 'beschluss_rules.verdict.checker', 'beschluss_rules.rulebase.loader') if m in sys.modules))")
    run = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True,
                         env={**os.environ, "PYTHONPATH": str(ROOT / "src")})
    assert run.stdout.strip() == "[]"

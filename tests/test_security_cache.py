"""Issue 12, item 13: the rule-base cache cannot be poisoned.

Before: anyone who could write the cache folder could write an entry under the computable key,
and the cached rules replaced the rule files while the report's rule-base digest stayed the same.
Now the folder is private (0700, owner checked) and every entry carries an HMAC under a per-user
key; a changed entry is ignored with a note.
"""

from __future__ import annotations

import hashlib
import hmac
import logging
import marshal
import os
import stat
import sys

import pytest

from beschluss_rules.rulebase import cache as rulecache
from beschluss_rules.rulebase.loader import load_rule_base


@pytest.fixture
def cache(tmp_path, monkeypatch):
    directory = tmp_path / "cache"
    monkeypatch.setenv(rulecache.CACHE_DIR_ENV, str(directory))
    monkeypatch.delenv(rulecache.NO_CACHE_ENV, raising=False)
    return directory


def _entry(directory):
    (path,) = sorted(directory.glob("rulebase-*.marshal"))
    return path


def _replace(value, old: str, new: str):
    if value == old:
        return new
    if isinstance(value, tuple):
        return tuple(_replace(item, old, new) for item in value)
    return value


def _poison(path, key: bytes | None = None) -> None:
    """Replace one rule's competent bodies in the cached documents (as an attacker would)."""
    raw = path.read_bytes()
    data = marshal.loads(raw[32:])
    for name, document in data["documents"].items():
        if name.endswith(".yaml") and "41-1-2-f" in name:
            data["documents"][name] = _replace(document, "rat", "hauptausschuss")
    payload = marshal.dumps(data)
    mac = hmac.new(key, payload, hashlib.sha256).digest() if key else hashlib.sha256(payload).digest()
    path.write_bytes(mac + payload)


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX modes")
def test_the_cache_folder_and_key_are_private(cache):
    load_rule_base()
    assert stat.S_IMODE(os.stat(cache).st_mode) == 0o700
    assert stat.S_IMODE(os.stat(cache / "key").st_mode) == 0o600
    assert stat.S_IMODE(os.stat(_entry(cache)).st_mode) & 0o077 == 0


def test_a_tampered_entry_is_ignored_with_a_note(cache, caplog):
    fresh = load_rule_base()
    _poison(_entry(cache))
    with caplog.at_level(logging.WARNING, logger="beschluss_rules"):
        assert rulecache.read(fresh.root, fresh.digest) is None
        again = load_rule_base()
    assert "failed its authentication" in caplog.text
    assert again.rules == fresh.rules


def test_an_entry_signed_with_another_key_is_ignored(cache):
    fresh = load_rule_base()
    _poison(_entry(cache), key=os.urandom(32))
    assert rulecache.read(fresh.root, fresh.digest) is None


@pytest.mark.skipif(not hasattr(os, "getuid") or os.getuid() != 0, reason="needs root to give the folder away")
def test_a_folder_of_another_user_is_not_used(cache, caplog):
    load_rule_base()
    os.chown(cache, 12345, 12345)
    fresh = load_rule_base()
    with caplog.at_level(logging.WARNING, logger="beschluss_rules"):
        assert rulecache.read(fresh.root, fresh.digest) is None
    assert "another user" in caplog.text


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX modes")
def test_an_open_folder_of_this_user_is_made_private_again(cache):
    fresh = load_rule_base()
    os.chmod(cache, 0o777)
    assert rulecache.read(fresh.root, fresh.digest) is not None
    assert stat.S_IMODE(os.stat(cache).st_mode) == 0o700


@pytest.mark.skipif(not hasattr(os, "symlink"), reason="no links")
def test_a_link_as_cache_folder_is_not_used(tmp_path, monkeypatch):
    real = tmp_path / "real"
    real.mkdir(mode=0o700)
    os.symlink(real, tmp_path / "link")
    monkeypatch.setenv(rulecache.CACHE_DIR_ENV, str(tmp_path / "link"))
    monkeypatch.delenv(rulecache.NO_CACHE_ENV, raising=False)
    load_rule_base()
    assert not list(real.glob("rulebase-*"))

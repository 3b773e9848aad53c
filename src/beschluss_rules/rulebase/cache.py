"""A cache of the loaded rule base, so that a one-paper run does not parse YAML or regexes again.

Loading the rule base parses some 130 YAML files and some 460 regular expressions of the
vocabularies (to check them and find their needles): most of a one-paper run. What a load derives
from the files alone is kept in the user's cache directory and reused while the files are
unchanged:

- the parsed YAML of every file (with the line of every key, for the messages of later checks);
- for every vocabulary pattern, its needles (:mod:`beschluss_rules.prefilter`). A pattern is in
  the cache only if it passed the check when the cache was written (the cache is written after a
  load that succeeded), so with the cache it is not parsed again.

Every load still runs all checks of the rule files on the cached data, so the rule base is the
same object either way; the cache only saves parsing. It is keyed by the content of every file
(the rule base's digest), the package version and the Python version; anything else gets a fresh
load. The cache holds plain data written with :mod:`marshal` (no pickle: nothing in it runs when
read) and is checked type by type when read.

Location: ``$BESCHLUSS_RULES_CACHE_DIR``, else ``$XDG_CACHE_HOME/beschluss-rules``, else the
platform's user cache directory (``platformdirs``: ``~/.cache/beschluss-rules`` on Linux);
``BESCHLUSS_RULES_NO_CACHE=1`` turns it off. A missing, unreadable, corrupt or unwritable cache
is never an error (read-only CI runners are normal): the rule base is loaded from the files, as
without a cache. Deleting the directory clears it.

Trust (issue 12: anyone who could write the folder could replace the rules). The directory is
private: created with mode 0700, and used only while it is a real directory (no link) owned by
the current user that no one else may enter or write; otherwise the cache is off for the run,
with a note. Each entry is authenticated: an HMAC-SHA256 over its bytes, keyed with a random
per-user key (``key``, mode 0600, in the same directory). An entry whose HMAC does not verify —
written by someone else, or changed — is ignored with a note and replaced by a fresh load.
"""

from __future__ import annotations

import hashlib
import hmac
import logging
import marshal
import os
import stat
import sys
from collections.abc import Mapping
from typing import Any

from .yamlfile import LineDict

__all__ = ["CACHE_DIR_ENV", "NO_CACHE_ENV", "cache_dir", "read", "write"]

CACHE_DIR_ENV = "BESCHLUSS_RULES_CACHE_DIR"
NO_CACHE_ENV = "BESCHLUSS_RULES_NO_CACHE"
#: Bump when what is stored changes.
_FORMAT = 3
#: Rule bases other than the shipped one (``--rules DIR``, tests) get a file each; the oldest go.
_KEEP = 8
_SCALARS = (str, int, float, bool, type(None), bytes)


class _Unsuitable(Exception):
    """Data the cache does not store (a YAML type other than the plain ones)."""


_LOG = logging.getLogger("beschluss_rules")
_KEY_FILE = "key"
_MAC_SIZE = 32


def _note(en: str) -> None:
    """Say why the cache was not used (on stderr, through logging's last-resort handler)."""
    _LOG.warning("beschluss-rules: %s", en)


def cache_dir() -> str | None:
    """The cache directory, or ``None`` when caching is off."""
    if os.environ.get(NO_CACHE_ENV, "").strip().lower() not in ("", "0", "false", "no"):
        return None
    explicit = os.environ.get(CACHE_DIR_ENV, "").strip()
    if explicit:
        return explicit
    base = os.environ.get("XDG_CACHE_HOME", "").strip()
    if os.path.isabs(base):
        return os.path.join(base, "beschluss-rules")
    # The XDG spec: a relative XDG_CACHE_HOME is to be ignored.
    if sys.platform.startswith("linux"):
        return os.path.join(os.path.expanduser("~"), ".cache", "beschluss-rules")
    import platformdirs

    return str(platformdirs.user_cache_dir("beschluss-rules", appauthor=False))


def _private(directory: str, *, create: bool) -> bool:
    """Whether ``directory`` may hold the cache: a real directory of this user that no one else
    can enter or write (created so with ``create``). Says why not, once, when it may not."""
    try:
        if create:
            os.makedirs(directory, mode=0o700, exist_ok=True)
        info = os.lstat(directory)
    except OSError:
        return False
    getuid = getattr(os, "getuid", None)
    if not stat.S_ISDIR(info.st_mode):
        _note(f"cache folder {directory} is not a directory (a link?); cache not used")
        return False
    if getuid is not None and info.st_uid != getuid():
        _note(f"cache folder {directory} belongs to another user; cache not used")
        return False
    if info.st_mode & 0o077 and getuid is not None:
        try:
            os.chmod(directory, 0o700)  # ours: make it private again
        except OSError:
            _note(f"cache folder {directory} is open to other users; cache not used")
            return False
    return True


def _key_of(directory: str, *, create: bool) -> bytes | None:
    """The per-user key that authenticates entries (made on first write)."""
    path = os.path.join(directory, _KEY_FILE)
    try:
        with open(path, "rb") as handle:
            key = handle.read(64)
        info = os.stat(path)
        if getattr(os, "getuid", None) is not None and (info.st_uid != os.getuid() or info.st_mode & 0o077):
            _note(f"cache key {path} is not private to this user; cache not used")
            return None
        return key if len(key) == 32 else None
    except FileNotFoundError:
        if not create:
            return None
    except OSError:
        return None
    try:
        descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except OSError:
        return None
    key = os.urandom(32)
    with os.fdopen(descriptor, "wb") as handle:
        handle.write(key)
    return key


def _key(digest: str) -> str:
    from .._version import __version__

    return f"{_FORMAT}|{__version__}|{sys.implementation.name}|{sys.version}|{digest}"


def _file(directory: str, root: str) -> str:
    name = hashlib.sha256(os.path.realpath(root).encode("utf-8", "surrogatepass")).hexdigest()[:20]
    return os.path.join(directory, f"rulebase-{name}.marshal")


def read(root: str, digest: str) -> tuple[dict[str, Any], dict[str, tuple[str, ...] | None]] | None:
    """The parsed documents (by path relative to ``root``) and pattern needles cached for the rule
    base under ``root`` with ``digest``, or ``None``."""
    directory = cache_dir()
    if directory is None or not os.path.exists(directory) or not _private(directory, create=False):
        return None
    key = _key_of(directory, create=False)
    if key is None:
        return None
    path = _file(directory, root)
    try:
        with open(path, "rb") as handle:
            raw = handle.read()
    except OSError:
        return None
    mac, payload = raw[:_MAC_SIZE], raw[_MAC_SIZE:]
    if not hmac.compare_digest(mac, hmac.new(key, payload, hashlib.sha256).digest()):
        _note(f"cache entry {path} failed its authentication (changed or not written by this user); "
              "ignored, the rule base is loaded from its files")
        return None
    try:
        data = marshal.loads(payload)
        if not isinstance(data, dict) or data.get("key") != _key(digest):
            return None
        documents = data["documents"]
        needles = data["needles"]
        if not isinstance(documents, dict) or not isinstance(needles, dict):
            return None
        decoded = {_str(path): _decode(value) for path, value in documents.items()}
        checked = {_str(pattern): _needles(value) for pattern, value in needles.items()}
    except Exception:  # noqa: BLE001 - a broken cache is a cache miss, never an error
        return None
    return decoded, checked


def write(root: str, digest: str, documents: Mapping[str, Any],
          needles: Mapping[str, tuple[str, ...] | None]) -> None:
    """Store a freshly loaded rule base's documents and needles; silently nothing on failure."""
    directory = cache_dir()
    if directory is None:
        return
    try:
        payload = marshal.dumps({
            "key": _key(digest),
            "documents": {path: _encode(value) for path, value in documents.items()},
            "needles": dict(needles),
        })
    except (_Unsuitable, ValueError):
        return
    if not _private(directory, create=True):
        return
    key = _key_of(directory, create=True)
    if key is None:
        return
    target = _file(directory, root)
    temporary = f"{target}.{os.getpid()}.tmp"
    try:
        descriptor = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(descriptor, "wb") as handle:
            handle.write(hmac.new(key, payload, hashlib.sha256).digest() + payload)
        os.replace(temporary, target)  # atomic: a parallel reader sees the old or the new file
        _prune(directory, keep=target)
    except OSError:
        try:
            os.unlink(temporary)
        except OSError:
            pass


def _prune(directory: str, keep: str) -> None:
    entries = []
    for name in os.listdir(directory):
        if name.startswith("rulebase-") and name.endswith(".marshal"):
            path = os.path.join(directory, name)
            if path != keep:
                entries.append((os.path.getmtime(path), path))
    for _, path in sorted(entries, reverse=True)[_KEEP - 1:]:
        os.unlink(path)


# Documents are stored as tagged tuples: ("d", line, ((key, key_line, value), ...)) for a
# mapping (a LineDict), ("l", items) for a list; every other value is a plain scalar.

def _encode(value: Any) -> Any:
    if isinstance(value, LineDict):
        return ("d", value.line, tuple((key, value.key_lines.get(key, value.line), _encode(item))
                                       for key, item in value.items()))
    if isinstance(value, list):
        return ("l", tuple(_encode(item) for item in value))
    if type(value) in _SCALARS:
        return value
    raise _Unsuitable(type(value).__name__)


def _decode(value: Any) -> Any:
    if type(value) is tuple:
        tag = value[0]
        if tag == "d":
            _, line, entries = value
            mapping = LineDict()
            mapping.line = _int(line)
            mapping.key_lines = {}
            for key, key_line, item in entries:
                if type(key) not in _SCALARS:
                    raise ValueError("bad key")
                mapping[key] = _decode(item)
                mapping.key_lines[key] = _int(key_line)
            return mapping
        if tag == "l":
            return [_decode(item) for item in value[1]]
        raise ValueError(f"bad tag {tag!r}")
    if type(value) in _SCALARS:
        return value
    raise ValueError(f"bad value of type {type(value).__name__}")


def _int(value: Any) -> int:
    if type(value) is not int:
        raise ValueError("bad line")
    return value


def _str(value: Any) -> str:
    if type(value) is not str:
        raise ValueError("bad name")
    return value


def _needles(value: Any) -> tuple[str, ...] | None:
    if value is None:
        return None
    if type(value) is not tuple or not value or any(type(item) is not str or not item for item in value):
        raise ValueError("bad needles")
    return value

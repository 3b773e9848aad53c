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

Location: ``$BESCHLUSS_RULES_CACHE_DIR``, else ``$XDG_CACHE_HOME/beschluss-rules``, else
``~/.cache/beschluss-rules``; ``BESCHLUSS_RULES_NO_CACHE=1`` turns it off. A missing, unreadable,
corrupt or unwritable cache is never an error (read-only CI runners are normal): the rule base
is loaded from the files, as without a cache. Deleting the directory clears it.
"""

from __future__ import annotations

import hashlib
import marshal
import os
import sys
from collections.abc import Mapping
from typing import Any

from .yamlfile import LineDict

__all__ = ["CACHE_DIR_ENV", "NO_CACHE_ENV", "cache_dir", "read", "write"]

CACHE_DIR_ENV = "BESCHLUSS_RULES_CACHE_DIR"
NO_CACHE_ENV = "BESCHLUSS_RULES_NO_CACHE"
#: Bump when what is stored changes.
_FORMAT = 1
#: Rule bases other than the shipped one (``--rules DIR``, tests) get a file each; the oldest go.
_KEEP = 8
_SCALARS = (str, int, float, bool, type(None), bytes)


class _Unsuitable(Exception):
    """Data the cache does not store (a YAML type other than the plain ones)."""


def cache_dir() -> str | None:
    """The cache directory, or ``None`` when caching is off."""
    if os.environ.get(NO_CACHE_ENV, "").strip().lower() not in ("", "0", "false", "no"):
        return None
    explicit = os.environ.get(CACHE_DIR_ENV, "").strip()
    if explicit:
        return explicit
    base = os.environ.get("XDG_CACHE_HOME", "").strip()
    if not os.path.isabs(base):  # the XDG spec: a relative path is to be ignored
        base = os.path.join(os.path.expanduser("~"), ".cache")
    return os.path.join(base, "beschluss-rules")


def _key(digest: str) -> str:
    from .._version import __version__

    return f"{_FORMAT}|{__version__}|{sys.implementation.name}|{sys.version}|{digest}"


def _file(directory: str, root: str) -> str:
    name = hashlib.sha256(os.path.realpath(root).encode("utf-8", "surrogatepass")).hexdigest()[:20]
    return os.path.join(directory, f"rulebase-{name}.marshal")


def read(root: str, digest: str) -> tuple[dict[str, Any], dict[str, tuple[str, ...] | None]] | None:
    """The parsed documents (by path relative to ``root``) and pattern needles cached for the
    rule base under ``root`` with ``digest``, or ``None``."""
    directory = cache_dir()
    if directory is None:
        return None
    try:
        with open(_file(directory, root), "rb") as handle:
            data = marshal.loads(handle.read())
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
    target = _file(directory, root)
    temporary = f"{target}.{os.getpid()}.tmp"
    try:
        os.makedirs(directory, exist_ok=True)
        with open(temporary, "wb") as handle:
            handle.write(payload)
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

"""Project configuration: ``[tool.beschluss-rules]`` in ``pyproject.toml`` or ``.beschluss-rules.toml``.

A repository of draft Beschlussvorlagen usually checks every paper against the same municipality,
with the same fail level and output format. Instead of repeating the options in every pipeline,
they are written once::

    # pyproject.toml                      # or .beschluss-rules.toml (same keys, no table header)
    [tool.beschluss-rules]
    land = "nw"
    municipality = "heinsberg"
    profiles = ["satzung/zustaendigkeitsordnung.yaml"]
    date = 2024-03-12                     # only for papers that state no session date
    fail-level = "warning"
    format = "line"
    show-level = "warning"                # line/gitlab list findings from this level (default: fail-level)
    catalogue-url = "https://example.org/regelkatalog"   # SARIF helpUri: <url>/rules/<id>.html
    lang = "de"
    exclude = ["archiv/", "*.entwurf.md"]
    waivers = ".beschluss-rules-waivers.yaml"

Discovery walks upward from the working directory; in each directory ``.beschluss-rules.toml``
wins over ``pyproject.toml``, and a ``pyproject.toml`` without the table is passed over (as ruff
does). Relative paths in the file are relative to the file's directory. Options given on the
command line replace the configured value (lists are replaced, not extended).

Unknown keys are errors with a "did you mean" suggestion: a misspelt ``fail_level`` must not
silently leave the fail level at ``error``.
"""

from __future__ import annotations

import datetime as dt
import os
import re
import stat
import tomllib
from pathlib import Path
from typing import Any

import attrs

from ..errors import UsageError, did_you_mean, shorten
from ..model import LANDS, Level, land_code
from ..report.registry import FORMAT_NAMES
from ..rulebase.fields import parse_date

__all__ = [
    "CONFIG_FILE",
    "CONFIG_KEYS",
    "FAIL_LEVELS",
    "Config",
    "ConfigError",
    "discover_config",
    "load_config",
]

#: The dedicated configuration file; its keys stand at the top level (no table header).
CONFIG_FILE = ".beschluss-rules.toml"
_TABLE = ("tool", "beschluss-rules")

#: Output formats the ``format`` key (and ``--format``) accepts.
FAIL_LEVELS: tuple[str, ...] = tuple(level.value for level in Level)

#: Every key the configuration knows, in the order the docs list them.
CONFIG_KEYS = (
    "land", "municipality", "profiles", "rules", "extra-rules", "date", "fail-level", "format",
    "show-level", "catalogue-url", "lang", "exclude", "waivers",
)


class ConfigError(UsageError):
    """The configuration file is not valid TOML or has an unknown key or a bad value."""


@attrs.frozen
class Config:
    """The configured defaults; ``path`` is the file they came from (``None``: no file found).

    Paths (``profiles``, ``rules``, ``waivers``) are already resolved against ``root``, the
    directory of the configuration file; ``exclude`` patterns stay as written and are matched
    relative to ``root`` (see :mod:`beschluss_rules.paths`).
    """

    path: str | None = None
    root: str = "."
    land: str | None = None
    municipality: str | None = None
    profiles: tuple[str, ...] = ()
    rules: str | None = None
    date: dt.date | None = None
    fail_level: str | None = None
    format: str | None = None
    show_level: str | None = None
    catalogue_url: str | None = None
    lang: str | None = None
    exclude: tuple[str, ...] = ()
    waivers: str | None = None


def _key_line(text: str, key: str, in_table: bool) -> int | None:
    """The line of ``key = ...`` (best effort: tomllib keeps no positions)."""
    pattern = re.compile(r'^\s*(?:"' + re.escape(key) + r'"|' + re.escape(key) + r")\s*=")
    inside = not in_table
    for number, line in enumerate(text.splitlines(), 1):
        stripped = line.strip()
        if in_table and stripped.startswith("["):
            inside = re.fullmatch(r'\[\s*tool\s*\.\s*(?:"beschluss-rules"|beschluss-rules)\s*\]', stripped) is not None
            continue
        if inside and pattern.match(line):
            return number
    return None


class _Reader:
    def __init__(self, path: str, text: str, in_table: bool) -> None:
        self.path = path
        self.text = text
        self.in_table = in_table
        self.root = os.path.dirname(os.path.abspath(path))

    def error(self, key: str, en: str, de: str, suggestion: str | None = None) -> ConfigError:
        return ConfigError(en, message_de=de, path=self.path, line=_key_line(self.text, key, self.in_table),
                           key=key, suggestion=suggestion)

    def text_value(self, key: str, value: Any) -> str:
        if not isinstance(value, str) or not value.strip():
            raise self.error(key, f"must be a non-empty string, got {shorten(value)}",
                             f"muss ein nicht leerer Text sein, ist {shorten(value)}")
        return value

    def choice(self, key: str, value: Any, choices: tuple[str, ...]) -> str:
        value = self.text_value(key, value)
        if value not in choices:
            raise self.error(key, f"unknown value {shorten(value)}; allowed: {', '.join(choices)}",
                             f"unbekannter Wert {shorten(value)}; erlaubt: {', '.join(choices)}",
                             did_you_mean(value, choices))
        return str(value)

    def strings(self, key: str, value: Any) -> tuple[str, ...]:
        if isinstance(value, str):
            value = [value]
        if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
            raise self.error(key, f"must be a list of strings, got {shorten(value)}",
                             f"muss eine Liste von Texten sein, ist {shorten(value)}")
        return tuple(value)

    def path_value(self, key: str, value: str) -> str:
        """``value`` resolved against the configuration's directory; a path leaving it (absolute,
        ``..``, ``~``, or a link pointing out) is refused: repository content must not make the
        program read files elsewhere (issue 12). The message does not show the file's content."""
        path = os.path.normpath(os.path.join(self.root, value))
        real, top = os.path.realpath(path), os.path.realpath(self.root)
        if os.path.isabs(value) or value.startswith("~") or not (
                real == top or real.startswith(top.rstrip(os.sep) + os.sep)):
            raise self.error(key, f"path {shorten(value)} leaves the configuration's directory; "
                             "name files inside it (or pass the path on the command line)",
                             f"Pfad {shorten(value)} führt aus dem Ordner der Konfiguration hinaus; "
                             "nur Dateien darin angeben (oder den Pfad auf der Befehlszeile übergeben)")
        return path

    def date(self, key: str, value: Any) -> dt.date:
        parsed = parse_date(value)
        if parsed is not None:
            return parsed
        raise self.error(key, f"must be a date YYYY-MM-DD, got {shorten(value)}",
                         f"muss ein Datum JJJJ-MM-TT sein, ist {shorten(value)}")


def _parse(path: str, text: str, data: dict[str, Any], in_table: bool) -> Config:
    reader = _Reader(path, text, in_table)
    values: dict[str, Any] = {}
    for key, value in data.items():
        if key not in CONFIG_KEYS:
            raise reader.error(
                key, f"unknown key; allowed: {', '.join(CONFIG_KEYS)}",
                f"unbekannter Schlüssel; erlaubt: {', '.join(CONFIG_KEYS)}",
                did_you_mean(key, CONFIG_KEYS))
        if key == "extra-rules":
            raise reader.error(
                key,
                "not supported yet: the loader reads one rule base; use 'rules' for a whole rule "
                "base of your own or 'profiles' for local delegations",
                "noch nicht unterstützt: der Lader liest eine Regelbasis; 'rules' für eine eigene "
                "Regelbasis oder 'profiles' für örtliche Delegationen verwenden")
        if key == "land":
            values["land"] = reader.choice(key, land_code(str(value)) or value if isinstance(value, str) else value,
                                           tuple(LANDS))
        elif key == "municipality":
            values["municipality"] = reader.text_value(key, value)
        elif key == "profiles":
            values["profiles"] = tuple(reader.path_value(key, p) for p in reader.strings(key, value))
        elif key == "rules":
            values["rules"] = reader.path_value(key, reader.text_value(key, value))
        elif key == "date":
            values["date"] = reader.date(key, value)
        elif key == "fail-level":
            values["fail_level"] = reader.choice(key, value, FAIL_LEVELS)
        elif key == "format":
            values["format"] = reader.choice(key, value, FORMAT_NAMES)
        elif key == "catalogue-url":
            values["catalogue_url"] = reader.text_value(key, value)
        elif key == "show-level":
            values["show_level"] = reader.choice(key, value, FAIL_LEVELS)
        elif key == "lang":
            values["lang"] = reader.choice(key, value, ("de", "en"))
        elif key == "exclude":
            values["exclude"] = reader.strings(key, value)
        elif key == "waivers":
            values["waivers"] = reader.path_value(key, reader.text_value(key, value))
    return Config(path=path, root=reader.root, **values)


def _read_toml(path: str) -> tuple[str, dict[str, Any]]:
    try:
        if not stat.S_ISREG(os.stat(path).st_mode):  # a FIFO or device would hang the run
            raise ConfigError("not a regular file; not read", message_de="keine reguläre Datei; nicht gelesen",
                              path=path)
        with open(path, "rb") as handle:
            raw = handle.read(1024 * 1024 + 1)
    except OSError as exc:
        raise ConfigError(f"cannot read: {exc.strerror}", message_de=f"nicht lesbar: {exc.strerror}",
                          path=path) from None
    try:
        text = raw.decode("utf-8")
        return text, tomllib.loads(text)
    except UnicodeDecodeError:
        raise ConfigError("not UTF-8 encoded", message_de="nicht UTF-8-kodiert", path=path) from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"not valid TOML: {exc}", message_de=f"kein gültiges TOML: {exc}",
                          path=path) from None


def _table(data: dict[str, Any]) -> Any:
    tool = data.get(_TABLE[0])
    if not isinstance(tool, dict):
        return None
    return tool.get(_TABLE[1])


def load_config(path: str | os.PathLike[str]) -> Config:
    """Read one configuration file: a ``pyproject.toml`` (its ``[tool.beschluss-rules]`` table)
    or any other TOML file (keys at the top level, as in ``.beschluss-rules.toml``)."""
    name = os.fspath(path)
    text, data = _read_toml(name)
    if os.path.basename(name) == "pyproject.toml":
        table = _table(data)
        if table is None:
            raise ConfigError("has no [tool.beschluss-rules] table",
                              message_de="hat keine Tabelle [tool.beschluss-rules]", path=name)
        if not isinstance(table, dict):
            raise ConfigError("[tool.beschluss-rules] must be a table",
                              message_de="[tool.beschluss-rules] muss eine Tabelle sein", path=name)
        return _parse(name, text, table, in_table=True)
    return _parse(name, text, data, in_table=False)


def discover_config(start: str | os.PathLike[str] | None = None) -> Config:
    """The configuration that applies in ``start`` (default: the working directory), or an
    empty :class:`Config` when none is found.

    Searched from ``start`` upward to the repository root (the first directory with ``.git``)
    and no further: a configuration in a directory above the repository — a shared ``/tmp``, a
    home directory — does not steer the check (issue 12). Outside a repository only ``start``
    itself is searched.
    """
    here = Path(start if start is not None else os.getcwd()).resolve()
    candidates = [here]
    for directory in (here, *here.parents):
        if directory != here:
            candidates.append(directory)
        if (directory / ".git").exists():
            break
    else:
        candidates = [here]
    for directory in candidates:
        dedicated = directory / CONFIG_FILE
        if dedicated.is_file():
            return load_config(_display(dedicated))
        pyproject = directory / "pyproject.toml"
        if pyproject.is_file():
            _, data = _read_toml(str(pyproject))
            if _table(data) is not None:
                return load_config(_display(pyproject))
    return Config(root=str(here))


def _display(path: Path) -> str:
    """A found file named relative to the working directory (``../../pyproject.toml``), so that
    messages and reports do not depend on where the checkout lies."""
    try:
        return os.path.relpath(path)
    except ValueError:  # another drive on Windows
        return str(path)

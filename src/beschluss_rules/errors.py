"""One exception root for everything the library refuses, each error carrying where it happened.

Legal staff edit rule files by hand, so an error must say which file, which line and which key,
and suggest what was probably meant ("did you mean 'matter'?"), in German and English.
"""

from __future__ import annotations

import difflib
from collections.abc import Iterable

import attrs

__all__ = [
    "BeschlussRulesError",
    "EngineUnavailableError",
    "InputError",
    "InternalError",
    "Location",
    "NotAPaperError",
    "RuleFileError",
    "UsageError",
    "did_you_mean",
]


def did_you_mean(word: str, choices: Iterable[str]) -> str | None:
    """The closest of ``choices`` to a misspelt ``word``, or ``None`` if nothing is close."""
    matches = difflib.get_close_matches(str(word), sorted(set(choices)), n=1, cutoff=0.6)
    return matches[0] if matches else None


@attrs.frozen
class Location:
    """Where something was found or went wrong: a file, a 1-based line and column, a YAML key.

    Errors (exceptions of this module) and findings (:class:`beschluss_rules.model.Finding`)
    share it, so that every report, whatever its format, names a place the same way:
    ``path:line:column``, then the key.
    """

    path: str | None = None
    line: int | None = None
    column: int | None = None
    key: str | None = None

    def render(self) -> str:
        """``path:line:column`` with what is known (empty when nothing is)."""
        parts = [self.path or ""]
        if self.line:
            parts.append(str(self.line))
            if self.column:
                parts.append(str(self.column))
        return ":".join(parts) if self.path else ":".join(parts[1:])


class BeschlussRulesError(Exception):
    """Root of all errors raised on purpose; the CLI prints ``str(error)`` and exits with 2.

    ``path``, ``line`` (1-based) and ``key`` locate the fault; ``suggestion`` is a likely
    correction. ``message_de`` is the German wording (``str()`` gives English, the language of
    exceptions in Python code; the CLI picks by ``--lang``). ``code`` is a stable identifier of
    the kind of error (``rule-file``, ``input``, ``usage`` ...), for programs that react to it.
    """

    code = "error"

    def __init__(
        self,
        message: str,
        *,
        path: str | None = None,
        line: int | None = None,
        key: str | None = None,
        suggestion: str | None = None,
        message_de: str | None = None,
    ) -> None:
        self.message = message
        self.message_de = message_de or message
        self.path = path
        self.line = line
        self.key = key
        self.suggestion = suggestion
        super().__init__(self.render("en"))

    def render(self, lang: str = "en") -> str:
        where = ""
        if self.path:
            where = self.path + (f":{self.line}" if self.line else "") + ": "
        text = self.message if lang == "en" else self.message_de
        if self.key:
            text = (f"key '{self.key}': " if lang == "en" else f"Schlüssel '{self.key}': ") + text
        if self.suggestion:
            text += (
                f" (did you mean '{self.suggestion}'?)"
                if lang == "en"
                else f" (meinten Sie '{self.suggestion}'?)"
            )
        return where + text

    @property
    def location(self) -> Location:
        """Where the error is (file, line, key), as findings name their place."""
        return Location(self.path, self.line, None, self.key)


class RuleFileError(BeschlussRulesError):
    """A rule, vocabulary or municipality profile file is malformed or refers to unknown names."""

    code = "rule-file"


class InputError(BeschlussRulesError):
    """A paper cannot be read: missing, empty, binary, too large, or in an unknown encoding."""

    code = "input"


class NotAPaperError(InputError):
    """A well-formed file that holds no paper: an OParl organization list or name map kept
    beside the papers of an archive. Named explicitly it is an error; met while walking a folder
    it is skipped with a note."""

    code = "input.not-a-paper"


class UsageError(BeschlussRulesError):
    """The caller asked for something impossible: unknown Land, bad date, unknown profile."""

    code = "usage"


class EngineUnavailableError(BeschlussRulesError):
    """The durable_rules C extension cannot be loaded (e.g. the unpatched build on Python 3.13)."""

    code = "engine.unavailable"


class InternalError(BeschlussRulesError):
    """A bug: e.g. the durable_rules engine and the reference evaluator disagree."""

    code = "internal"

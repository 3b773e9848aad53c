"""One exception root for everything the library refuses, each error carrying where it happened.

Legal staff edit rule files by hand, so an error must say which file, which line and which key,
and suggest what was probably meant ("did you mean 'matter'?"), in German and English.
"""

from __future__ import annotations

import contextlib
import contextvars
import difflib
import time
from collections.abc import Iterable, Iterator

import attrs

__all__ = [
    "TimeBudgetError",
    "check_time",
    "shorten",
    "time_budget",
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

#: How much of a value a message shows: enough to recognise it, never a whole file's worth.
SHORT_VALUE = 80


def shorten(value: object, limit: int = SHORT_VALUE) -> str:
    """``repr(value)`` cut to ``limit`` characters (issue 12: an alias bomb printed 800 MB).

    Containers are not expanded beyond the limit: the repr of a huge list is never built.
    """
    if isinstance(value, (list, tuple, dict, set)) and len(value) > 20:
        return f"<{type(value).__name__} of {len(value)} entries>"
    text = repr(value)
    return text if len(text) <= limit else text[: limit - 1] + "…"


class TimeBudgetError(InputError):
    """A paper took longer than its time budget (``--time-budget``): reported, and the run goes on."""


#: The monotonic time by which the paper being checked must be done, and its budget in seconds.
_DEADLINE: contextvars.ContextVar[tuple[float, float] | None] = contextvars.ContextVar(
    "beschluss_rules_deadline", default=None)


@contextlib.contextmanager
def time_budget(seconds: float | None) -> Iterator[None]:
    """Give the paper checked inside this block ``seconds`` (``None``: no limit).

    Enforced cooperatively: the reader and the checker call :func:`check_time` between their
    stages and for every decision item, so a paper over budget stops at the next such point with
    :class:`TimeBudgetError` (one step — a single regular expression, one PDF page — is never
    interrupted). A context variable holds the deadline: each thread and worker has its own.
    """
    token = _DEADLINE.set(None if seconds is None else (time.monotonic() + seconds, seconds))
    try:
        yield
    finally:
        _DEADLINE.reset(token)


def check_time(path: str | None = None) -> None:
    """Raise :class:`TimeBudgetError` if the paper being checked is over its budget."""
    deadline = _DEADLINE.get()
    if deadline is not None and time.monotonic() > deadline[0]:
        raise TimeBudgetError(
            f"took longer than its time budget of {deadline[1]:g} s; not checked further "
            "(--time-budget raises it)",
            message_de=f"brauchte länger als die Zeitvorgabe von {deadline[1]:g} s; nicht weiter geprüft "
            "(--time-budget erhöht sie)",
            path=path)

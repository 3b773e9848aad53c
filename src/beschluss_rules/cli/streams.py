"""Output streams that papers and repository content cannot turn into commands.

Under GitHub Actions the runner executes every log line that starts with ``::`` as a workflow
command (``::error``, ``::add-mask::``, ``::stop-commands::``). File names, keys and paper text
reach stdout and stderr; a newline in a file name started a line of its own (issue 12). Here:

- stderr: each message is written on one line (CR and LF inside it become ``%0D``/``%0A``, the
  workflow-command escapes), and a line that would start with ``::`` starts with ``%3A%3A``;
- stdout (every format but ``github``, whose renderer escapes its own commands): a line that
  would start with ``::`` starts with ``%3A%3A``.
"""

from __future__ import annotations

import re
from typing import Any, TextIO

__all__ = ["WorkflowSafe", "neutralise"]

_COMMAND_START = re.compile(r"^(\s*)::", re.MULTILINE)


def neutralise(text: str) -> str:
    """``text`` with no line starting (after blanks) with ``::``."""
    if "::" not in text:
        return text
    return _COMMAND_START.sub(r"\1%3A%3A", text)


class WorkflowSafe:
    """A text stream wrapper: see the module docstring. ``one_line`` for stderr."""

    def __init__(self, stream: TextIO, *, one_line: bool) -> None:
        self._stream = stream
        self._one_line = one_line

    def write(self, text: str) -> int:
        if self._one_line:
            ending = "\n" if text.endswith("\n") else ""
            body = text[: len(text) - len(ending)]
            text = body.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A") + ending
        self._stream.write(neutralise(text))
        return len(text)

    def flush(self) -> None:
        self._stream.flush()

    def isatty(self) -> bool:
        return False

    def __getattr__(self, name: str) -> Any:
        return getattr(self._stream, name)

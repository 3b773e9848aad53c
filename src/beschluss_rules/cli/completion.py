"""Shell completion and the man page, both generated from the argument parser, so they never
disagree with ``--help``.

- ``beschluss-rules completion bash|zsh|fish`` prints a completion script (shtab): subcommands,
  options, the choices of ``--format``/``--land``/…, file names for papers and files, folder
  names for ``--rules``/``--output``. Install, e.g.::

      beschluss-rules completion bash > ~/.local/share/bash-completion/completions/beschluss-rules
      beschluss-rules completion zsh > ~/.zfunc/_beschluss-rules   # with fpath+=~/.zfunc

- ``beschluss-rules man`` prints the manual page (roff, argparse-manpage); read it with
  ``beschluss-rules man | man -l -`` or install it as ``man1/beschluss-rules.1``. Its date is
  ``SOURCE_DATE_EPOCH`` when set (reproducible builds), else today.
"""

from __future__ import annotations

import argparse
from typing import Any

__all__ = ["SHELLS", "completion_script", "manpage", "register"]

#: The shells ``completion`` writes scripts for.
SHELLS = ("bash", "zsh", "fish")

#: Option destinations that name files and folders (completed as such).
_FILES = {"paths", "profile", "config", "waivers", "output_file"}
_DIRS = {"rules", "output", "cases"}


def register(commands: argparse._SubParsersAction[Any]) -> None:
    """Add ``completion`` and ``man`` to the CLI's subcommands."""
    completion = commands.add_parser("completion", help="print a shell completion script / Vervollständigung")
    completion.add_argument("shell", choices=SHELLS)
    commands.add_parser("man", help="print the manual page (roff) / Handbuchseite")


def _walk(parser: argparse.ArgumentParser) -> list[argparse.ArgumentParser]:
    found = [parser]
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for sub in dict.fromkeys(action.choices.values()):
                found.extend(_walk(sub))
    return found


def _mark_paths(parser: argparse.ArgumentParser) -> None:
    import shtab

    for sub in _walk(parser):
        for action in sub._actions:
            if action.dest in _FILES:
                action.complete = shtab.FILE  # type: ignore[attr-defined]
            elif action.dest in _DIRS:
                action.complete = shtab.DIRECTORY  # type: ignore[attr-defined]


def completion_script(parser: argparse.ArgumentParser, shell: str) -> str:
    """The completion script of ``parser`` for ``shell``."""
    import shtab

    _mark_paths(parser)
    script: str = shtab.complete(parser, shell=shell)
    return script if script.endswith("\n") else script + "\n"


def manpage(parser: argparse.ArgumentParser) -> str:
    """The manual page of ``parser`` (section 1, roff)."""
    from argparse_manpage.manpage import Manpage

    from .._version import __version__

    page = Manpage(parser, _data={
        "project_name": "beschluss-rules",
        "version": __version__,
        "manual_title": "beschluss-rules",
        "manual_section": "1",
        "description": "check council papers for decision competence",
    }, format="single-commands-section")
    return str(page)

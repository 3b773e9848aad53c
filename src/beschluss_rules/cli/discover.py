"""Which files are papers: directory arguments are walked, ``exclude`` globs leave files out.

Pipelines name directories (``beschluss-rules check vorlagen/``), pre-commit names files. A
directory is walked for files with a paper extension — ``.txt``, ``.md``, ``.json`` (OParl),
``.docx``, ``.pdf``, in any letter case — skipping hidden directories such as ``.git``; the papers
found are sorted by path (component by component), so reports are deterministic. A file named
explicitly is checked whatever its extension. Files are not opened here: the reader reads each
once. A folder that holds ``X.json`` and ``X.txt`` holds one paper: the walk yields the JSON
(an OParl record, read with the text beside it), not the text as a second paper. A ``.json`` file
found in a directory that holds no OParl Paper (OParl archives keep
organization lists and name maps beside the papers, e.g. Karlsruhe's ``organizations.json``)
is read as :class:`~beschluss_rules.errors.NotAPaperError`; the command then lists it as skipped
instead of reporting an unreadable paper — :attr:`Discovery.walked` says which files a walk
found.

Exclude patterns have the semantics of ``.gitignore`` (pathspec; :mod:`beschluss_rules.text.globs`,
which the ``paper`` patterns of waivers share):

- a pattern without ``/`` matches a file or directory *name* anywhere: ``*.entwurf.md``,
  ``archiv``;
- a pattern with ``/`` matches the path relative to the pattern's base directory (the directory
  of the configuration file for configured patterns, the working directory for ``--exclude``):
  ``vorlagen/2019/*.txt``; ``**`` spans directories: ``**/alt/*.md``; a matched directory takes
  everything below it (``vorlagen/2019``);
- a trailing ``/`` matches only a directory (and everything below it): ``archiv/``;
- ``!muster`` takes back what an earlier pattern excluded: ``archiv/`` then ``!archiv/2024/``.

Outside the base directory only the name of a path is matched (a name pattern).
Excluded means never checked, also when the file is named explicitly (as pre-commit does).
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Sequence
from functools import partial

import attrs

from ..text.globs import path_matches

__all__ = ["PAPER_EXTENSIONS", "Discovery", "Exclude", "collect_papers", "discover"]

PAPER_EXTENSIONS = (".txt", ".md", ".json", ".docx", ".pdf")


@attrs.frozen
class Exclude:
    """Exclude patterns with the directory they are relative to."""

    patterns: tuple[str, ...] = ()
    base: str = "."

    def matches(self, path: str, *, is_dir: bool = False) -> bool:
        """Whether ``path`` (a file, or a directory when ``is_dir``) is excluded."""
        if not self.patterns:
            return False
        absolute = os.path.abspath(path)
        relative = os.path.relpath(absolute, os.path.abspath(self.base)).replace(os.sep, "/")
        if relative == ".." or relative.startswith("../"):
            relative = os.path.basename(absolute)  # outside the base only the name can match
        elif relative == ".":
            return False
        return path_matches(self._normalised(), relative, is_dir=is_dir)

    def _normalised(self) -> tuple[str, ...]:
        """The patterns with ``/`` separators and without a leading ``./``."""
        return tuple("!" * raw.startswith("!") + raw.removeprefix("!").replace(os.sep, "/").removeprefix("./")
                     for raw in self.patterns)


def _components(directory: str, path: str) -> list[str]:
    """The sort key of a walked path: its components below ``directory``."""
    return os.path.relpath(path, directory).split(os.sep)


def _walk(directory: str, excludes: Sequence[Exclude]) -> Iterable[str]:
    for root, dirs, files in os.walk(directory):
        dirs[:] = sorted(d for d in dirs if not d.startswith(".")
                         and not any(e.matches(os.path.join(root, d), is_dir=True) for e in excludes))
        # "X.json" beside "X.txt" is one paper: the OParl record, read with its text (the reader
        # finds the text beside the JSON). Reading the text again would give a second report of
        # the same paper that could disagree with the first.
        records = {os.path.splitext(name)[0] for name in files if os.path.splitext(name)[1].lower() == ".json"}
        for name in sorted(files):
            stem, extension = os.path.splitext(name)
            if extension.lower() not in PAPER_EXTENSIONS:
                continue
            if extension.lower() == ".txt" and stem in records:
                continue
            yield os.path.join(root, name)


@attrs.frozen
class Discovery:
    """The papers named by the command's paths: ``papers`` in order, each once; ``walked`` those
    of them that a folder walk found (a walk may skip what it finds; a file named is checked)."""

    papers: tuple[str, ...]
    walked: frozenset[str]


def discover(paths: Sequence[str], excludes: Sequence[Exclude] = ()) -> Discovery:
    """The papers named by ``paths``: files as given, directories walked; excluded ones left out.

    A path that does not exist is passed through, so that reading it reports it as unreadable.
    Each paper appears once, in the order of the arguments.
    """
    seen: set[str] = set()
    out: list[str] = []
    walked: set[str] = set()
    for path in paths:
        is_dir = os.path.isdir(path)
        if is_dir:
            if any(e.matches(path, is_dir=True) for e in excludes):
                continue
            found: Iterable[str] = sorted(_walk(path, excludes), key=partial(_components, path))
        else:
            found = [path]
        for paper in found:
            key = os.path.normcase(os.path.abspath(paper))
            if key in seen or any(e.matches(paper) for e in excludes):
                continue
            seen.add(key)
            out.append(paper)
            if is_dir:
                walked.add(paper)
    return Discovery(tuple(out), frozenset(walked))


def collect_papers(paths: Sequence[str], excludes: Sequence[Exclude] = ()) -> list[str]:
    """The papers of :func:`discover`, as a list."""
    return list(discover(paths, excludes).papers)

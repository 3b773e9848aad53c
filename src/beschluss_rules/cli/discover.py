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

Symbolic links (issue 12): a link whose target lies outside the walked directory — or, for a
file named explicitly, outside the working directory — is not followed unless asked
(``--follow-symlinks``); :attr:`Discovery.outside_links` names the links left out, so that a
committed ``vorlagen/x.txt -> ../secret.env`` is never read, let alone printed.
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


def _inside(path: str, root: str) -> bool:
    """Whether ``path``, all links resolved, lies in the directory ``root`` (resolved too)."""
    real, top = os.path.realpath(path), os.path.realpath(root)
    return real == top or real.startswith(top.rstrip(os.sep) + os.sep)


def _walk(directory: str, excludes: Sequence[Exclude], follow: bool, outside: list[str],
          excluded: list[str], unreadable: list[str]) -> Iterable[str]:
    seen_dirs: set[str] = set()

    def failed(error: OSError) -> None:
        unreadable.append(error.filename if error.filename is not None else directory)

    for root, dirs, files in os.walk(directory, followlinks=follow, onerror=failed):
        real_root = os.path.realpath(root)
        if real_root in seen_dirs:  # a link loop, followed with --follow-symlinks
            dirs[:] = []
            continue
        seen_dirs.add(real_root)
        kept = []
        for d in sorted(dirs):
            full = os.path.join(root, d)
            if d.startswith("."):
                continue
            if any(e.matches(full, is_dir=True) for e in excludes):
                excluded.append(full)
                continue
            if os.path.islink(full) and not follow and not _inside(full, directory):
                outside.append(full)
                continue
            kept.append(d)
        dirs[:] = kept
        # "X.json" beside "X.txt" is one paper: the OParl record, read with its text (the reader
        # finds the text beside the JSON). Reading the text again would give a second report of
        # the same paper that could disagree with the first.
        records = {os.path.splitext(name)[0] for name in files if os.path.splitext(name)[1].lower() == ".json"}
        for name in sorted(files):
            stem, extension = os.path.splitext(name)
            if extension.lower() == ".txt" and stem in records:
                continue
            if extension.lower() in PAPER_EXTENSIONS:
                full = os.path.join(root, name)
                if not follow and os.path.islink(full) and not _inside(full, directory):
                    outside.append(full)
                    continue
                yield full


@attrs.frozen
class Discovery:
    """The papers named by the command's paths: ``papers`` in order, each once; ``walked`` those
    of them that a folder walk found (a walk may skip what it finds; a file named is checked)."""

    papers: tuple[str, ...]
    walked: frozenset[str]
    #: Symbolic links not followed because their target lies outside the walked directory.
    outside_links: tuple[str, ...] = ()
    #: Files named explicitly (as pre-commit passes them) that ``exclude`` leaves out.
    excluded_named: tuple[str, ...] = ()
    #: Folders a walk could not read (permissions): their papers were not checked (issue 12).
    unreadable_dirs: tuple[str, ...] = ()
    #: Whether a folder was walked, and whether ``exclude`` left out something a walk met.
    walked_folders: bool = False
    walk_excluded: bool = False


def discover(paths: Sequence[str], excludes: Sequence[Exclude] = (), *,
             follow_symlinks: bool = False) -> Discovery:
    """The papers named by ``paths``: files as given, directories walked; excluded ones left out.

    A path that does not exist is passed through, so that reading it reports it as unreadable.
    Each paper appears once, in the order of the arguments. Links leaving the walked directory
    (for a named file: the working directory) are left out unless ``follow_symlinks``.
    """
    seen: set[str] = set()
    out: list[str] = []
    walked: set[str] = set()
    outside: list[str] = []
    excluded: list[str] = []
    named_excluded: list[str] = []
    unreadable: list[str] = []
    folders = False
    for path in paths:
        is_dir = os.path.isdir(path)
        if is_dir:
            folders = True
            if any(e.matches(path, is_dir=True) for e in excludes):
                excluded.append(path)
                continue
            found: Iterable[str] = sorted(_walk(path, excludes, follow_symlinks, outside, excluded, unreadable),
                                          key=partial(_components, path))
        elif not follow_symlinks and os.path.islink(path) and not _inside(path, os.getcwd()):
            outside.append(path)
            continue
        else:
            found = [path]
        for paper in found:
            key = os.path.normcase(os.path.abspath(paper))
            if key in seen:
                continue
            if any(e.matches(paper) for e in excludes):
                (excluded if is_dir else named_excluded).append(paper)
                continue
            seen.add(key)
            out.append(paper)
            if is_dir:
                walked.add(paper)
    return Discovery(tuple(out), frozenset(walked), tuple(outside), tuple(named_excluded),
                     tuple(unreadable), folders, bool(excluded))


def collect_papers(paths: Sequence[str], excludes: Sequence[Exclude] = ()) -> list[str]:
    """The papers of :func:`discover`, as a list."""
    return list(discover(paths, excludes).papers)

"""Path patterns with the semantics of ``.gitignore`` (pathspec's ``GitIgnoreSpec``).

Used for ``--exclude``/``exclude`` patterns and for the ``paper`` patterns of waivers, so that
both read a pattern the same way: ``*`` and ``?`` never cross a ``/``; ``**`` spans directories
(``**/alt/*.md``, ``vorlagen/**``); ``[...]`` is a class (``[!...]`` negates it); a pattern
without a ``/`` (other than a trailing one) matches a name at any depth; a pattern with one is
anchored at its base directory; a trailing ``/`` matches only directories (and what lies in
them); a matched directory takes everything below it; ``!pattern`` takes a path back in.
"""

from __future__ import annotations

from functools import lru_cache

import pathspec

__all__ = ["gitignore_spec", "path_matches"]


@lru_cache(maxsize=256)
def gitignore_spec(patterns: tuple[str, ...]) -> pathspec.GitIgnoreSpec:
    """The compiled patterns (``/``-separated, as in a ``.gitignore``)."""
    return pathspec.GitIgnoreSpec.from_lines(patterns)


def path_matches(patterns: tuple[str, ...], path: str, *, is_dir: bool = False) -> bool:
    """Whether the ``/``-separated ``path`` (relative to the patterns' base; a pattern and a path
    that both start with ``/`` are absolute) is matched; ``is_dir`` for a directory."""
    if is_dir and not path.endswith("/"):
        path += "/"
    return bool(gitignore_spec(patterns).match_file(path))

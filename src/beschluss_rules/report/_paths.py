"""Paths as CI systems want them: relative to the working directory, with ``/``."""

from __future__ import annotations

import os
import pathlib
from urllib.parse import quote

__all__ = ["artifact_uri", "file_part", "relative_path"]


def file_part(path: str) -> str:
    """The file of a result path: a paper from an OParl list is named ``file.json#reference``,
    but annotations must point at ``file.json``."""
    if "#" not in path or os.path.exists(path):
        return path
    index = path.find("#")
    while index != -1:
        if os.path.isfile(path[:index]):
            return path[:index]
        index = path.find("#", index + 1)
    return path


def relative_path(path: str) -> str:
    """``path`` relative to the working directory (``/``-separated); as given when it lies
    outside it (GitHub resolves annotation paths against the repository root)."""
    path = file_part(path)
    absolute = os.path.abspath(path)
    try:
        relative = os.path.relpath(absolute)
    except ValueError:  # another drive on Windows
        return path.replace(os.sep, "/")
    if relative == ".." or relative.startswith(".." + os.sep):
        return path.replace(os.sep, "/")
    return relative.replace(os.sep, "/")


def artifact_uri(path: str) -> str:
    """A SARIF ``artifactLocation.uri``: a relative URI reference below the working directory,
    percent-encoded (umlauts, spaces); a ``file:`` URI for files outside it."""
    path = file_part(path)
    absolute = os.path.abspath(path)
    try:
        relative = os.path.relpath(absolute)
    except ValueError:
        relative = ".."
    if relative == ".." or relative.startswith(".." + os.sep):
        return pathlib.Path(absolute).as_uri()
    return quote(relative.replace(os.sep, "/"), safe="/")

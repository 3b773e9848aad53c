"""Golden files: a test's expected output kept in ``tests/golden``.

A test compares its output with the golden file. When they differ and
``BESCHLUSS_UPDATE_GOLDEN=1`` is set, the new output is written beside it as ``<name>.new`` for
review (``git diff --no-index``, then move it over the golden file) — and the test still fails:
a test never passes by writing what it checks.
"""

from __future__ import annotations

import os
from pathlib import Path


def assert_golden(path: Path, text: str) -> None:
    """Fail unless ``path`` holds exactly ``text``; in update mode also write ``path.new``."""
    expected = path.read_text(encoding="utf-8") if path.exists() else None
    if expected == text:
        return
    hint = "run with BESCHLUSS_UPDATE_GOLDEN=1 to write it beside as .new for review"
    if os.environ.get("BESCHLUSS_UPDATE_GOLDEN") == "1":
        new = path.with_name(path.name + ".new")
        new.write_text(text, encoding="utf-8")
        hint = f"wrote {new.name}: review it and move it over {path.name}"
    raise AssertionError(f"{path} differs from the output; {hint}")

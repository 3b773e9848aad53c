"""The recipes of docs/python-api.md ("Very large archives") run as printed there.

The code blocks are read from the Markdown and executed, so the documentation and this test
cannot drift apart. Dask runs on its local multiprocessing scheduler (the same task function and
chunking a cluster runs; only the scheduler differs); it is an optional extra
(``beschluss-rules[cluster]``), and its test is skipped when dask is not installed.
"""

from __future__ import annotations

import datetime as dt
import re
import shutil
from pathlib import Path

import pytest

from beschluss_rules.report.report import render_json
from beschluss_rules.verdict.batch import check_many
from beschluss_rules.verdict.checker import CheckOptions

from ..conftest import EXAMPLE, ROOT

DOC = ROOT / "docs" / "python-api.md"
OPTIONS = CheckOptions(date=dt.date(2021, 6, 1))


def _recipe(marker: str) -> str:
    """The one Python code block of the "Very large archives" section that contains ``marker``."""
    text = DOC.read_text(encoding="utf-8")
    section = text.split("\n## Very large archives\n", 1)[1].split("\n## ", 1)[0]
    blocks = [b for b in re.findall(r"```python\n(.*?)```", section, re.DOTALL) if marker in b]
    assert len(blocks) == 1, f"expected one recipe containing {marker!r}, found {len(blocks)}"
    return blocks[0]


def _archive(folder):
    """Five copies of the example paper and two unreadable "papers" (an empty file, a directory)."""
    folder.mkdir()
    paths = []
    for name in ["a-2021-001.txt", "a-2021-002.txt", "kaputt-leer.txt", "b-2021-003.txt",
                 "b-2021-004.txt", "kaputt-ordner.txt", "c-2021-005.txt"]:
        path = folder / name
        if name == "kaputt-leer.txt":
            path.write_bytes(b"")
        elif name == "kaputt-ordner.txt":
            path.mkdir()
        else:
            shutil.copy(EXAMPLE, path)
        paths.append(str(path))
    return paths


def test_dask_recipe_equals_check_many_in_input_order(tmp_path, checker):
    dask = pytest.importorskip("dask", reason="dask not installed (pip install -e '.[cluster]' or '.[test]')")
    paths = _archive(tmp_path / "archiv")
    paths.append(str(tmp_path / "fehlt.txt"))  # does not exist
    namespace: dict = {}
    exec(compile(_recipe("dask.bag"), f"{DOC}:dask recipe", "exec"), namespace)  # noqa: S102
    with dask.config.set(scheduler="processes", num_workers=2):
        # 8 paths in chunks of 3: three tasks over two worker processes
        results = namespace["check_archive"](paths, OPTIONS, chunk_size=3)
    expected = check_many(paths, options=OPTIONS, checker=checker)
    assert [r.path for r in results] == paths
    assert render_json(results) == render_json(expected)
    assert [r.path for r in results if r.paper is None] == [paths[2], paths[5], paths[7]]
    assert all(r.errors for r in results if r.paper is None)
    assert all(r.items for r in results if r.paper is not None)


def test_process_pool_recipe_writes_the_check_many_report(tmp_path, monkeypatch, checker):
    monkeypatch.chdir(tmp_path)
    created = _archive(tmp_path / "archiv")
    namespace: dict = {"__name__": "__main__"}
    exec(compile(_recipe("ProcessPoolExecutor"), f"{DOC}:pool recipe", "exec"), namespace)  # noqa: S102
    assert sorted(namespace["paths"]) == sorted(str(Path(p).relative_to(tmp_path)) for p in created)
    expected = check_many(namespace["paths"], options=namespace["options"], checker=checker)
    assert (tmp_path / "bericht.json").read_text(encoding="utf-8") == render_json(expected)
    assert sum(r.paper is None for r in expected) == 2

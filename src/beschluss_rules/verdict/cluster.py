"""Checking a very large archive on a cluster you already run (Dask, Ray, a batch queue).

The cluster splits the list of paths into chunks and runs :func:`check_chunk` once per chunk;
concatenating the chunks' results in chunk order gives exactly ``check_many(paths)``. The
function lives in the library, so every worker that has beschluss-rules installed can import
it (no task module to ship), and it keeps one :class:`~beschluss_rules.check.Checker` per worker
process for the life of that process: building one loads and compiles the rule base (about
0.4 s), checking a paper then takes milliseconds.

This module does not import any cluster library; the recipes are in ``docs/python-api.md``
("Very large archives").
"""

from __future__ import annotations

import os
import threading
from collections.abc import Iterable, Sequence

from ..model import PaperResult
from ..rulebase.types import RuleBase
from .batch import check_many
from .checker import Checker, CheckOptions

__all__ = ["check_chunk"]

# One Checker per (rules, profiles, engine) in this process. A durable_rules engine must not be
# used by two threads at once, and threads gain nothing (durable_rules holds the GIL), so a
# process's checks run one after another under this lock.
_LOCK = threading.Lock()
_CHECKERS: dict[tuple[str | None, tuple[str, ...], str], Checker] = {}


def _forget_after_fork() -> None:
    # A forked child must not wait on a lock some other thread of the parent held, and builds
    # its own Checker rather than sharing the parent's engine state.
    global _LOCK
    _LOCK = threading.Lock()
    _CHECKERS.clear()


if hasattr(os, "register_at_fork"):
    os.register_at_fork(after_in_child=_forget_after_fork)


def check_chunk(
    paths: Iterable[str | os.PathLike[str]],
    options: CheckOptions | None = None,
    *,
    rules: str | None = None,
    profiles: Sequence[str | os.PathLike[str]] = (),
    engine: str = "durable",
) -> list[PaperResult]:
    """Check one chunk of papers in this worker process: ``check_many(paths, options=options)``
    with a :class:`Checker` built on the first call and reused by later calls with the same
    ``rules``, ``profiles`` and ``engine``.

    Results come in the order of ``paths`` (an OParl list gives one result per paper); a paper
    that cannot be read is a result with ``errors``, never an exception. ``rules`` and the
    ``profiles`` paths must be readable on the worker. Calls from several threads of one
    process are safe and run one after another.
    """
    key = (None if rules is None else os.fspath(rules), tuple(os.fspath(p) for p in profiles), engine)
    with _LOCK:
        checker = _CHECKERS.get(key)
        if checker is None:
            checker = _CHECKERS[key] = Checker(_load(rules) if rules else None,
                                               profiles=key[1], engine=engine)
        return check_many(paths, options=options, checker=checker)


def _load(rules: str) -> RuleBase:
    from ..rulebase.loader import load_rule_base

    return load_rule_base(rules)

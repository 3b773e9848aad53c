"""Checking many papers: in one process or spread over worker processes, results in input order.

durable_rules holds the GIL, so threads do not speed it up; processes do (about 1.9× on two
cores). Each worker builds its own :class:`~beschluss_rules.check.Checker` once (rule base loaded,
durable ruleset created, one long-lived engine state) and then checks a chunk of papers at a
time. A paper that cannot be read is a result with ``errors``, never an exception that stops
the batch. Results come back to the parent as pickles of their field values (see
``model._fast_pickle``): what two jobs cost beyond one is mostly that pickling.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Iterable, Sequence
from typing import Any, TextIO

from ..errors import UsageError
from ..model import Message, PaperResult
from ..rulebase.types import RuleBase
from .checker import Checker, CheckOptions

__all__ = ["check_many", "terminal_progress"]

_WORKER: Checker | None = None
_OPTIONS = CheckOptions()


#: The caller's checker while a pool of forked workers starts: each worker inherits it, rule base
#: loaded, patterns compiled and durable ruleset built, instead of building its own.
_PARENT: Checker | None = None


def _init_worker(rules: str | None, profiles: Sequence[str], engine: str, options: CheckOptions) -> None:
    global _WORKER, _OPTIONS
    import gc

    # A forked worker holds a copy of everything its parent had (a long batch's results, a web
    # server's state): the garbage collector need not look at those again and again (it would
    # also copy each page it touches).
    gc.freeze()
    _WORKER = _PARENT if _PARENT is not None else Checker(
        _load(rules) if rules else None, profiles=profiles, engine=engine)
    _OPTIONS = options


def _safe_check(checker: Checker, path: str, options: CheckOptions) -> list[PaperResult]:
    """Every paper in the file at ``path`` (an OParl list holds several), never an exception
    except a usage error."""
    try:
        return checker.check_file(path, options)
    except UsageError:
        raise  # the caller asked for something impossible (e.g. --land against the profile): exit 2
    except Exception as exc:  # a paper must never stop the batch; say what happened instead
        text = f"{type(exc).__name__}: {exc}"
        return [PaperResult(path, None, (), (Message(
            f"{path}: interner Fehler beim Prüfen ({text}); bitte melden.",
            f"{path}: internal error while checking ({text}); please report it.",
        ),))]


def _check_one(path: str) -> list[PaperResult]:
    assert _WORKER is not None, "worker not initialised"
    return _safe_check(_WORKER, path, _OPTIONS)


def check_many(
    paths: Iterable[str | os.PathLike[str]],
    *,
    jobs: int = 1,
    options: CheckOptions | None = None,
    rules: str | None = None,
    profiles: Sequence[str] = (),
    engine: str = "durable",
    checker: Checker | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> list[PaperResult]:
    """Check every paper in ``paths``; the results come in the order of ``paths`` (a file that
    holds several papers, an OParl list, gives one result per paper, in the file's order).

    ``jobs`` > 1 uses that many worker processes (``0`` means one per CPU). ``progress`` is
    called with (done, total) after each paper. ``checker`` reuses an existing checker for the
    single-process path, and where workers are forked (Linux) they inherit it, already built.
    """
    names = [os.fspath(p) for p in paths]
    options = options or CheckOptions()
    if jobs == 0:
        jobs = os.cpu_count() or 1
    results: list[PaperResult] = []
    if jobs <= 1 or len(names) < 2:
        worker = checker or Checker(_load(rules) if rules else None, profiles=profiles, engine=engine)
        for index, name in enumerate(names, 1):
            results.extend(_safe_check(worker, name, options))
            if progress:
                progress(index, len(names))
        return results
    # Imported here: a one-paper run (the common case) does not pay for them at start-up.
    import multiprocessing

    global _PARENT
    context = multiprocessing.get_context("fork" if sys.platform.startswith("linux") else "spawn")
    if checker is not None and context.get_start_method() == "fork":
        _PARENT = checker
    try:
        return _check_in_workers(names, jobs, context, (rules, tuple(profiles), engine, options), progress)
    finally:
        _PARENT = None


def _check_in_workers(names: list[str], jobs: int, context: Any, initargs: tuple[Any, ...],
                      progress: Callable[[int, int], None] | None) -> list[PaperResult]:
    from concurrent.futures import ProcessPoolExecutor
    from concurrent.futures.process import BrokenProcessPool

    results: list[PaperResult] = []
    chunk = max(1, min(64, len(names) // (jobs * 8) or 1))
    by_index: dict[int, list[PaperResult]] = {}
    done = 0

    def finished(index: int, file_results: list[PaperResult]) -> None:
        nonlocal done
        by_index[index] = file_results
        done += 1
        if progress:
            progress(done, len(names))

    with ProcessPoolExecutor(max_workers=jobs, mp_context=context, initializer=_init_worker,
                             initargs=initargs) as pool:
        futures = [(start, pool.submit(_check_chunk, names[start:end])) for start, end in _chunks(names, chunk)]
        for start, future in futures:
            try:
                chunk_results = future.result()
            except BrokenProcessPool:
                continue  # a worker died (e.g. the out-of-memory killer): retried below
            for offset, file_results in enumerate(chunk_results):
                finished(start + offset, file_results)
    # A worker that died took its papers with it, and the pool with it the pending ones. Those
    # are checked once more one at a time in a single worker, so that a paper that kills its
    # worker again is known: it gets a per-paper error, every other paper its result (issue 12).
    remaining = [index for index in range(len(names)) if index not in by_index]
    single: ProcessPoolExecutor | None = None
    try:
        for index in remaining:
            if single is None:
                single = ProcessPoolExecutor(max_workers=1, mp_context=context, initializer=_init_worker,
                                             initargs=initargs)
            try:
                finished(index, single.submit(_check_one, names[index]).result())
            except BrokenProcessPool:
                single.shutdown(wait=True)
                single = None
                finished(index, [_killed(names[index])])
    finally:
        if single is not None:
            single.shutdown(wait=True)
    for index in range(len(names)):
        results.extend(by_index[index])
    return results


def _chunks(names: Sequence[str], size: int) -> list[tuple[int, int]]:
    """(start, end) of the chunks of about ``size`` papers that ``names`` is checked in, in order
    and covering every name once. A chunk does not end between an OParl paper's JSON and the
    text file beside it (``X.json``, ``X.txt``, one after the other as a folder lists them): the
    worker that reads the JSON has also read its text, and reuses what it found in it."""
    out = []
    start = 0
    while start < len(names):
        end = min(start + size, len(names))
        if end < len(names) and _pair(names[end - 1], names[end]):
            end += 1
        out.append((start, end))
        start = end
    return out


def _pair(first: str, second: str) -> bool:
    stem, extension = os.path.splitext(first)
    return extension.lower() == ".json" and os.path.splitext(second) == (stem, ".txt")


def _check_chunk(chunk: Sequence[str]) -> list[list[PaperResult]]:
    return [_check_one(path) for path in chunk]


def _killed(path: str) -> PaperResult:
    """The result of a paper whose worker process died while checking it, twice."""
    return PaperResult(path, None, (), (Message(
        f"{path}: der Prüfprozess wurde beim Prüfen dieser Vorlage beendet (z. B. Speichermangel); "
        "kein Ergebnis.",
        f"{path}: the worker process died while checking this paper (e.g. out of memory); no result.",
    ),))


def _load(rules: str) -> RuleBase:
    from ..rulebase.loader import load_rule_base

    return load_rule_base(rules)


def terminal_progress(stream: TextIO = sys.stderr) -> Callable[[int, int], None] | None:
    """A one-line progress counter for a terminal; ``None`` when ``stream`` is not a terminal."""
    if not hasattr(stream, "isatty") or not stream.isatty() or os.environ.get("CI"):
        return None

    def show(done: int, total: int) -> None:
        if done == total or done % 25 == 0:
            stream.write(f"\r{done}/{total} Papiere geprüft / papers checked")
            if done == total:
                stream.write("\n")
            stream.flush()

    return show

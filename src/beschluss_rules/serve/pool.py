"""A pool of Checkers: one per worker thread, never one shared by two threads at once.

A :class:`~beschluss_rules.verdict.checker.Checker` keeps per-instance engine state (its
durable_rules session), so two threads must not use one Checker at the same time. The server
builds ``size`` Checkers at start (the first compiles the rule base; the others reuse it), keeps
them in a queue, and runs every check in a worker thread that takes a Checker from the queue and
puts it back afterwards. ``size`` is therefore also the number of checks running at once.
"""

from __future__ import annotations

import contextlib
import queue
from collections.abc import Callable, Iterator, Sequence
from typing import TypeVar

from ..rulebase.types import RuleBase
from ..verdict.checker import Checker

__all__ = ["CheckerPool"]

T = TypeVar("T")


class CheckerPool:
    """``size`` Checkers of one rule base, lent out one thread at a time."""

    def __init__(self, size: int, *, rule_base: RuleBase | None = None, profiles: Sequence[str] = (),
                 engine: str = "durable") -> None:
        if size < 1:
            raise ValueError("a pool needs at least one Checker")
        first = Checker(rule_base, profiles=profiles, engine=engine)
        self.size = size
        self.rule_base = first.rule_base
        self._idle: queue.SimpleQueue[Checker] = queue.SimpleQueue()
        self._idle.put(first)
        for _ in range(size - 1):
            self._idle.put(Checker(rule_base, profiles=profiles, engine=engine))
        #: One Checker for reading metadata (rules, profiles) only; never used to check.
        self.sample = first

    @contextlib.contextmanager
    def checker(self, timeout: float | None = None) -> Iterator[Checker]:
        """Borrow a Checker (waits until one is free; ``queue.Empty`` after ``timeout``)."""
        checker = self._idle.get(timeout=timeout)
        try:
            yield checker
        finally:
            self._idle.put(checker)

    def run(self, work: Callable[[Checker], T]) -> T:
        """``work(checker)`` with a borrowed Checker (call this in a worker thread)."""
        with self.checker() as checker:
            return work(checker)

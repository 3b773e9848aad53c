"""The durable_rules adapter: the only module that imports durable_rules.

It uses the extension's low-level C API (``durable_rules_engine``), never ``durable.lang`` or the
default ``Host``: the Host's timer threads steal actions from synchronous calls and lose results
(63 of 1.2 million in a measured run). The pattern, as measured in durable-rules 2.0.28:

- one ruleset per rule-base version, named by the rule files' content hash, created once per
  process (a ruleset created before ``fork()`` works in the children);
- one long-lived state (``sid``) per worker; rule names are rule ids, so no Python actions run;
- per item: assert the fact → drain every action (each names one matching rule) → retract, so a
  state holds one fact at a time; each fact carries a fresh numeric ``id`` (a counter of the
  evaluator), because durable then retracts by ``sid`` and ``id`` alone (it deletes the stored
  message by its id) instead of parsing the whole fact again, and unique ids cannot collide;
- before a state is ever deleted it has run one action (a warm-up fact), because
  ``delete_state`` of a state that never ran an action frees uninitialised pointers;
- on any error, and on "already present" (durable keys facts by a 32-bit hash, so unrelated facts
  can collide), the state is deleted and a fresh ``sid`` is used; the evaluation is retried once;
- durable refuses a fact that matches more than 64 rules at once (error 303, measured: 64 matches
  of 100 rules run, the 65th fails the assert). Such a fact is evaluated again, with durable, in
  parts of the rule base of at most 64 rules each (:meth:`CompiledRuleBase.parts`), and the parts'
  matches are joined: the same rules fire, as the reference evaluator checks. The parts' rulesets
  are made only when a fact first needs them.
"""

from __future__ import annotations

import itertools
import json
import os
import threading
from typing import Any

from ..errors import EngineUnavailableError, InternalError
from .compile import MAX_SIMULTANEOUS, CompiledRuleBase
from .facts import fact_json

__all__ = ["DurableEvaluator"]

_WARMUP_RULE = "__warmup__"
_WARMUP_PROPERTY = "warmup__"
#: durable_rules' message when a fact matches more rules than it can hold actions for.
_TOO_MANY_MATCHES = "error code: 303"

PY313_HINT = (
    "durable-rules 2.0.28 (the last release) calls PyEval_CallObject, which CPython 3.13 removed. "
    "Install the patched build with: python scripts/install_durable_rules.py "
    "(it takes the 2.0.28 source from PyPI, replaces PyEval_CallObject by PyObject_CallObject, "
    "and builds it), or use Python 3.11 or 3.12."
)
PY313_HINT_DE = (
    "durable-rules 2.0.28 (die letzte Version) ruft PyEval_CallObject auf, das CPython 3.13 "
    "entfernt hat. Installieren Sie den korrigierten Build mit: python "
    "scripts/install_durable_rules.py (er nimmt die Quellen von 2.0.28 aus PyPI, ersetzt "
    "PyEval_CallObject durch PyObject_CallObject und baut sie), oder nutzen Sie Python 3.11/3.12."
)


def _load() -> Any:
    try:
        import durable_rules_engine
    except ImportError as exc:
        detail = str(exc)
        if "PyEval_CallObject" in detail:
            raise EngineUnavailableError(
                f"the rules engine cannot load: {detail}. {PY313_HINT}",
                message_de=f"die Regel-Engine lässt sich nicht laden: {detail}. {PY313_HINT_DE}",
            ) from None
        raise EngineUnavailableError(
            f"the rules engine durable-rules is not installed or cannot load ({detail}). "
            "Install it with: pip install durable-rules==2.0.28 (needs a C compiler). " + PY313_HINT,
            message_de=f"die Regel-Engine durable-rules fehlt oder lädt nicht ({detail}). "
            "Installieren mit: pip install durable-rules==2.0.28 (braucht einen C-Compiler). "
            + PY313_HINT_DE,
        ) from None
    return durable_rules_engine



# One ruleset handle per (process, rule-base version): durable refuses nothing here, but creating a
# ruleset costs 0.3-23 ms and memory, so it is done once.
_HANDLES: dict[tuple[int, str], int] = {}
#: One lock per ruleset handle (see :class:`DurableEvaluator`), and one for the table itself.
_LOCKS: dict[tuple[int, str], threading.RLock] = {}
_HANDLES_LOCK = threading.Lock()
_SIDS = itertools.count(1)


class DurableEvaluator:
    """Matches facts with durable_rules; safe to share between threads.

    An evaluation is a sequence of engine calls on one state (assert, actions, retract); two
    threads interleaving them on the same state saw each other's facts (issue 12: 39 % of the
    results of a Checker shared by threads were engine disagreements). Every evaluation on a
    ruleset handle therefore holds that handle's lock. durable_rules holds the GIL in its calls,
    so the lock costs no parallelism that was there.
    """

    def __init__(self, compiled: CompiledRuleBase) -> None:
        self._dre = _load()
        self._compiled = compiled
        self._parts: tuple[DurableEvaluator, ...] | None = None
        key = (os.getpid(), compiled.name)
        with _HANDLES_LOCK:
            if key not in _HANDLES:
                ruleset = compiled.durable_ruleset()
                ruleset[_WARMUP_RULE] = {"all": [{"m": {_WARMUP_PROPERTY: True}}]}
                _HANDLES[key] = self._dre.create_ruleset(
                    compiled.name, json.dumps(ruleset, ensure_ascii=False, sort_keys=True)
                )
                _LOCKS[key] = threading.RLock()
        self._handle = _HANDLES[key]
        self._lock = _LOCKS[key]
        self._sid = ""
        self._sid_json = ""
        self._ids = itertools.count(1)
        with self._lock:
            self._new_state()

    def _new_state(self) -> None:
        self._sid = f"w{os.getpid()}-{next(_SIDS)}"
        self._sid_json = json.dumps(self._sid)
        matched = self._run({_WARMUP_PROPERTY: True})
        if matched != {_WARMUP_RULE}:
            raise InternalError(
                f"durable_rules warm-up matched {sorted(matched)}",
                message_de=f"Aufwärmen von durable_rules ergab {sorted(matched)}",
            )

    def _reset(self) -> None:
        try:
            self._dre.delete_state(self._handle, self._sid)
        except Exception:  # the state may be broken; a fresh sid replaces it anyway
            pass
        self._new_state()

    def _run(self, fact: dict[str, Any]) -> set[str]:
        dre, handle = self._dre, self._handle
        # sid and id are spliced into the fact's JSON text: cheaper than copying the fact.
        key = f'"sid":{self._sid_json},"id":{next(self._ids)}}}'
        text = fact_json(fact)
        text = f"{text[:-1]},{key}" if len(text) > 2 else "{" + key
        code, state = dre.assert_fact(handle, text)
        matched: set[str] = set()
        try:
            if code == 2:
                raise _Collision()
            if code == 0:
                action = dre.start_action_for_state(handle, state)
                messages = action[1] if action else None
                while messages:
                    # Each action message is '{"<rule id>":{"m":{<the whole fact>}}}'; parsing
                    # the fact back is most of the cost, and the rule id is all we need.
                    matched.add(messages[2:messages.index('"', 2)])
                    messages = dre.complete_and_start_action(handle, state)
        finally:
            if code != 2:
                dre.retract_fact(handle, "{" + key)
        return matched

    def match(self, fact: dict[str, Any]) -> frozenset[str]:
        """Ids of every rule durable_rules fires for ``fact`` (one thread at a time per ruleset)."""
        with self._lock:
            return self._match(fact)

    def _match(self, fact: dict[str, Any]) -> frozenset[str]:
        for attempt in (1, 2):
            try:
                return frozenset(self._run(fact))
            except Exception as exc:
                self._reset()
                if _TOO_MANY_MATCHES in str(exc) and len(self._compiled.rules) > MAX_SIMULTANEOUS:
                    return self._match_in_parts(fact)
                if attempt == 2:
                    raise InternalError(
                        f"durable_rules failed twice on one item: {exc!r}",
                        message_de=f"durable_rules scheiterte zweimal an einem Punkt: {exc!r}",
                    ) from None
        raise AssertionError("unreachable")

    def _match_in_parts(self, fact: dict[str, Any]) -> frozenset[str]:
        """The rules matching ``fact``, found part by part (each part has at most 64 rules, so no
        part can refuse the fact for matching too many)."""
        if self._parts is None:
            self._parts = tuple(DurableEvaluator(part) for part in self._compiled.parts())
        matched: set[str] = set()
        for part in self._parts:
            matched |= part.match(fact)
        return frozenset(matched)

    def pending_facts(self) -> list[Any]:
        """Facts left in this worker's state (always empty between evaluations; for tests)."""
        facts: list[Any] = json.loads(self._dre.get_facts(self._handle, self._sid))
        return facts


class _Collision(Exception):
    """durable_rules said "already present" for a fact it has not seen (32-bit hash collision)."""

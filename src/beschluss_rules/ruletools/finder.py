"""Finding rules: the list of rules, a search over norms, matters and quoted text, and rule ids
given in part (``beschluss-rules rules list``, ``rules search``, ``rule ID``).

A search word matches a rule when it occurs — case and umlaut spelling aside ("ü", "ue" and
"u" meet, as do "ß" and "ss") — in its id, title, description, citation (``§ 41 Abs. 1 S. 2 lit. m GO NRW``),
quoted norm text, or in the id or label of a matter its conditions name. Several words must all
match (each anywhere). Results come in rule-base order.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Sequence
from typing import Any

import attrs

from ..errors import UsageError, did_you_mean
from ..rulebase.conditions import atoms
from ..rulebase.types import Rule, RuleBase
from ..text.normalize import fold

__all__ = ["RuleRow", "resolve_rule_id", "rule_rows", "search_rules"]


@attrs.frozen
class RuleRow:
    """One rule as the list shows it."""

    id: str
    land: str
    kind: str
    level: str
    citation: str
    title: str
    valid_from: str
    valid_until: str | None
    matters: tuple[str, ...]
    #: The rule file, relative to the rule base's folder.
    path: str

    def to_json(self) -> dict[str, Any]:
        return attrs.asdict(self, value_serializer=lambda _i, _a, v: list(v) if isinstance(v, tuple) else v)


def _matters(rule: Rule) -> tuple[str, ...]:
    if rule.when is None:
        return ()
    found = [atom.prop.removeprefix("matter__") for atom in atoms(rule.when) if atom.prop.startswith("matter__")]
    return tuple(dict.fromkeys(found))


def _row(rule: Rule, lang: str, root: str) -> RuleRow:
    return RuleRow(
        id=rule.id, land=rule.land, kind=rule.kind, level=rule.level.value,
        citation="; ".join(ref.cite() for ref in rule.references),
        title=rule.title.get(lang), valid_from=rule.valid.start.isoformat(),
        valid_until=rule.valid.end.isoformat() if rule.valid.end else None,
        matters=_matters(rule), path=_relative(rule.path, root),
    )


def _relative(path: str, root: str) -> str:
    """A rule file's path inside its rule base (``nw/go/41-1-1-allzustaendigkeit.yaml``), so
    that the list does not depend on where the package is installed."""
    relative = os.path.relpath(path, root)
    return path if relative.startswith("..") else relative.replace(os.sep, "/")


def rule_rows(rule_base: RuleBase, *, land: str | None = None, lang: str = "de") -> list[RuleRow]:
    """Every rule (of ``land``), in rule-base order."""
    return [_row(rule, lang, rule_base.root) for rule in rule_base.rules if land is None or rule.land == land]


def _haystack(rule: Rule, rule_base: RuleBase) -> str:
    matters = rule_base.vocabulary.matters
    parts: list[str] = [rule.id, rule.title.de, rule.title.en, rule.description]
    for ref in rule.references:
        parts += [ref.cite(), ref.law, ref.text or ""]
    for matter_id in _matters(rule):
        parts.append(matter_id)
        matter = matters.get(matter_id)
        if matter is not None:
            parts += [matter.label.de, matter.label.en]
    return _folded(" \n ".join(parts))


def _folded(text: str) -> str:
    """The folded form (umlauts to plain letters, ß to ss) with "ae", "oe", "ue" as "a", "o", "u"."""
    return fold(text).replace("ae", "a").replace("oe", "o").replace("ue", "u")


def _needle(word: str) -> str:
    return _folded(word).strip()


def search_rules(rule_base: RuleBase, words: Sequence[str], *, land: str | None = None,
                 lang: str = "de") -> list[RuleRow]:
    """The rules every word of ``words`` occurs in (see the module docs)."""
    needles = [n for n in (_needle(w) for w in words) if n]
    if not needles:
        raise UsageError("no search word given", message_de="kein Suchwort angegeben")
    return [_row(rule, lang, rule_base.root) for rule in rule_base.rules
            if (land is None or rule.land == land)
            and all(n in _haystack(rule, rule_base) for n in needles)]


def _partial_matches(text: str, ids: Iterable[str]) -> list[str]:
    wanted = text.casefold()
    return [rule_id for rule_id in ids if wanted in rule_id.casefold()]


def resolve_rule_id(rule_base: RuleBase, text: str) -> str:
    """The id of the rule ``text`` names: the id itself, or the one id that contains ``text``
    (``41-1-2-m`` → ``nw.go.41-1-2-m-beteiligung-privatrechtlich``). Several or none: a
    :class:`UsageError` that lists the candidates or suggests the closest id."""
    ids = [rule.id for rule in rule_base.rules]
    if text in ids:
        return text
    partial = _partial_matches(text, ids)
    if len(partial) == 1:
        return partial[0]
    # A rule and its older versions ("…-vertreter" and "…-vertreter-1994"): the part names the
    # rule whose id the others only extend.
    bases = [c for c in partial if all(o == c or o.startswith(c + "-") for o in partial)]
    if len(bases) == 1:
        return bases[0]
    if partial:
        shown = ", ".join(partial[:12]) + (" …" if len(partial) > 12 else "")
        raise UsageError(f"'{text}' is part of {len(partial)} rule ids: {shown}",
                         message_de=f"'{text}' ist Teil von {len(partial)} Regelkennungen: {shown}")
    raise UsageError(f"no rule with id '{text}' (list them: beschluss-rules rules list; "
                     f"search: beschluss-rules rules search WORD)",
                     message_de=f"keine Regel mit der Kennung '{text}' (Liste: beschluss-rules rules list; "
                     f"Suche: beschluss-rules rules search WORT)",
                     suggestion=did_you_mean(text, ids) or _closest_tail(text, ids))


def _closest_tail(text: str, ids: Sequence[str]) -> str | None:
    """A partial id with a typo: compare with the ids without their Land and statute prefix."""
    tails = {rule_id.split(".", 2)[-1]: rule_id for rule_id in ids}
    found = did_you_mean(text.split(".")[-1], tails)
    return tails[found] if found else None

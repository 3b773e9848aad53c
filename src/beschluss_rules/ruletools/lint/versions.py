"""Versions of one rule: ``lint.version-overlap`` (two apply on one day) and ``lint.version-gap``
(days between two consecutive versions with none)."""

from __future__ import annotations

import itertools
import re
from collections import defaultdict
from collections.abc import Sequence
from typing import Any

from ...model import Level, Message
from ...rulebase.conditions import Atom, Condition
from ...rulebase.types import Rule
from .context import DAY, Context, RuleCheck, overlap
from .findings import Check, LintFinding, markdown
from .wording import span, validity

VERSION_OVERLAP = Check(
    "version-overlap", Level.ERROR,
    Message("zwei Fassungen einer Regel gelten am selben Tag",
            "two versions of a rule apply on the same day"),
    what=markdown("""
        Zwei **Fassungen derselben Regel** gelten am selben Tag. Als Fassungen gelten (a) Dateien,
        deren Namen sich nur durch eine Jahresendung unterscheiden (`60-1-1-eilentscheidung-2020` /
        `-2023`, auch `-vor-2020`, `-2023-07-01`; eine Datei ohne Endung gehört zur Gruppe ihrer
        datierten Geschwister), und (b) Regeln mit gleicher Art, gleichen Bedingungen (`when`), gleichen
        Organen und gleichem `exclusive` in Land bzw. Gemeinde.
    """),
    why=markdown("""
        Eine neue Fassung ersetzt die alte. Gelten beide, erscheinen doppelte Befunde und
        womöglich zwei verschiedene Texte derselben Norm; bei unterschiedlichen Bedingungen passt
        womöglich die alte Fassung, wo nur noch die neue gilt.
    """),
    example=markdown("""
        `until: 2022-12-31` in `60-1-1-eilentscheidung-2020.yaml` gelöscht:

        ```text
        rules/nw/go/60-1-1-eilentscheidung-2023.yaml:43:1: error lint.version-overlap nw.go.60-1-1-eilentscheidung-2023 (ab 2023-01-01) und nw.go.60-1-1-eilentscheidung-2020 (ab 2020-10-01) sind Fassungen derselben Regel und gelten beide ab 2023-01-01; die ältere braucht ein 'until' am Tag vor dem Beginn der neueren
        ```
    """),
    fix=markdown("""
        der älteren Fassung `valid.until` = Tag vor dem Beginn der neueren geben.
    """),
)

VERSION_GAP = Check(
    "version-gap", Level.WARNING,
    Message("zwischen zwei Fassungen einer Regel bleiben Tage ohne Fassung",
            "days between two versions of a rule have no version"),
    what=markdown("""
        Zwischen zwei aufeinanderfolgenden Fassungen (Dateinamen wie oben, Fall a) liegen Tage,
        an denen keine Fassung gilt.
    """),
    why=markdown("""
        Meist ein Tippfehler im Datum; an diesen Tagen fehlt die Regel ganz (etwa der Eilweg).
        Wurde eine Norm wirklich aufgehoben und später neu eingeführt, kann die Warnung stehen bleiben.
    """),
    example=markdown("""
        `until: 2022-12-30` statt `2022-12-31`:

        ```text
        rules/nw/go/60-1-1-eilentscheidung-2023.yaml:43:1: warning lint.version-gap zwischen nw.go.60-1-1-eilentscheidung-2020 (bis 2022-12-30) und nw.go.60-1-1-eilentscheidung-2023 (ab 2023-01-01) gilt am 2022-12-31 keine Fassung
        ```
    """),
    fix=markdown("""
        das Datum berichtigen (`until` der älteren Fassung = Tag vor dem Beginn der neueren).
    """),
)


_VERSION_SUFFIX = re.compile(r"^(?P<base>.+?)-(?:(?:vor|bis|ab|seit)-)?(?:19|20)\d\d(?:-\d\d){0,2}$")


def _canon(cond: Condition | None) -> Any:
    if cond is None:
        return None
    if isinstance(cond, Atom):
        return ("atom", cond.prop, cond.op, repr(cond.value))
    return (type(cond).__name__, tuple(sorted((_canon(c) for c in cond.children), key=repr)))


def _version_groups(rules: Sequence[Rule]) -> tuple[list[list[Rule]], list[list[Rule]]]:
    by_name: dict[tuple[str, str], list[Rule]] = defaultdict(list)
    by_content: dict[tuple[Any, ...], list[Rule]] = defaultdict(list)
    for rule in rules:
        prefix, _, last = rule.id.rpartition(".")
        match = _VERSION_SUFFIX.match(last)
        if match:
            by_name[(prefix, match.group("base"))].append(rule)
        by_content[(rule.land, rule.municipality, rule.kind, _canon(rule.when), tuple(sorted(rule.competent)),
                    rule.exclusive)].append(rule)
    for rule in rules:
        prefix, _, last = rule.id.rpartition(".")
        if (prefix, last) in by_name and rule not in by_name[(prefix, last)]:
            by_name[(prefix, last)].append(rule)
    named = [g for g in by_name.values() if len(g) > 1]
    content = [g for g in by_content.values() if len(g) > 1]
    return named, content


def _check_versions(ctx: Context) -> list[LintFinding]:
    out = []
    named, content = _version_groups(ctx.rules)
    reported: set[tuple[str, str]] = set()
    for group in named + content:
        ordered = sorted(group, key=lambda r: (r.valid.start, r.id))
        for i, a in enumerate(ordered):
            for b in ordered[i + 1:]:
                both = overlap(a, b)
                if both is None or (a.id, b.id) in reported:
                    continue
                reported.add((a.id, b.id))
                out.append(ctx.finding(VERSION_OVERLAP, b, Message(
                    f"{b.id} ({validity(b, 'de')}) und {a.id} ({validity(a, 'de')}) sind Fassungen "
                    f"derselben Regel und gelten beide {span(*both, 'de')}; die ältere braucht ein "
                    "'until' am Tag vor dem Beginn der neueren",
                    f"{b.id} ({validity(b, 'en')}) and {a.id} ({validity(a, 'en')}) are versions of "
                    f"the same rule and both apply {span(*both, 'en')}; the older one needs an 'until' "
                    "the day before the newer one starts"), key="valid", related=[a]))
    for group in named:
        ordered = sorted(group, key=lambda r: (r.valid.start, r.id))
        for a, b in itertools.pairwise(ordered):
            if a.valid.end is not None and b.valid.start > a.valid.end + DAY and overlap(a, b) is None:
                hole = (a.valid.end + DAY, b.valid.start - DAY)
                out.append(ctx.finding(VERSION_GAP, b, Message(
                    f"zwischen {a.id} (bis {a.valid.end}) und {b.id} (ab {b.valid.start}) gilt "
                    f"{span(*hole, 'de')} keine Fassung",
                    f"between {a.id} (until {a.valid.end}) and {b.id} (from {b.valid.start}) no "
                    f"version applies {span(*hole, 'en')}"), key="valid", related=[a]))
    return out



VERSIONS = RuleCheck((VERSION_OVERLAP, VERSION_GAP), _check_versions)

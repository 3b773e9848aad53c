"""Loading the rule base: rule files, vocabularies and municipality profiles.

Layout (``rules/`` is package data; an installed wheel carries it as ``beschluss_rules/rules``)::

    rules/<land>/<statute>/<name>.yaml    one rule a file; id = path with dots: nw.go.41-1-1-...
    rules/vocab/*.yaml                    matters, body names, legal forms, organisations, urgency
    rules/municipalities/<land>/<name>.yaml   municipality profiles with local delegations
    rules/schema.json                     JSON Schema of rule files, for editors

A rule id never changes once released; the file name is chosen to be readable
("41-1-2-m-beteiligung-privatrechtlich"). Every file is read with the safe YAML loader, refuses
duplicate and unknown keys (with "did you mean"), and every error names file, line and key.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Any

import attrs

from ..errors import RuleFileError, UsageError, did_you_mean, shorten
from ..model import BODY_KINDS, LANDS, Body, Message, Municipality
from .conditions import All, Condition, negate, parse_condition
from .fields import Where, as_bool, as_date, as_list, as_map, as_str, check_keys
from .rule_file import (  # re-exported: the loader is where callers find them
    default_rules_dir,
    load_rule_file,
    parse_rule,
    rule_id_for,
)
from .types import KINDS, Limit, Profile, Rule, RuleBase, check_epidemic_delegations, file_digest
from .vocabulary import Vocabulary, load_vocabulary
from .yamlfile import LineDict, load_yaml_file

__all__ = [
    "KINDS",
    "parse_rule",
    "rule_id_for",
    "Limit",
    "Profile",
    "Rule",
    "RuleBase",
    "default_rules_dir",
    "load_profile",
    "load_rule_base",
    "load_rule_file",
]

_CONFIRMED_KINDS = frozenset({"rat", "hauptausschuss", "buergermeister"})


def _check_kinds_agree(where: Where, key: str, name: str, kinds: tuple[str, ...],
                       vocabulary: Vocabulary, land: str) -> None:
    """Refuse a body whose kinds contradict its name (issue 12: ``kind: rat`` on the Haupt- und
    Finanzausschuss made a committee competent for a reserved Satzung).

    The vocabulary of the profile's Land reads the name: the kinds must share one with what it
    reads, and a council, main-committee or mayor kind must be read from the name itself. A name
    the vocabulary does not know may only have the other kinds (a committee, an Ortsrat).
    """
    read = vocabulary.body_kinds(name, land)
    claimed = set(kinds) & _CONFIRMED_KINDS - set(read or ())
    if read is not None and not set(read) & set(kinds):
        en = f"the body {shorten(name)} is a {'/'.join(read)} by its name, not {'/'.join(kinds)}"
        de = f"das Gremium {shorten(name)} ist nach seinem Namen {'/'.join(read)}, nicht {'/'.join(kinds)}"
    elif claimed:
        en = (f"the body {shorten(name)} does not have the kind {'/'.join(sorted(claimed))} by its name "
              f"(the vocabulary of Land {land} reads {'/'.join(read) if read else 'no kind'})")
        de = (f"das Gremium {shorten(name)} ist nach seinem Namen nicht {'/'.join(sorted(claimed))} "
              f"(das Vokabular für Land {land} liest {'/'.join(read) if read else 'keine Art'})")
    else:
        return
    raise where.error(en, de, key)


def load_profile(path: str | os.PathLike[str], vocabulary: Vocabulary, *,
                 load: Callable[[str | os.PathLike[str]], Any] = load_yaml_file) -> Profile:
    """Load a municipality profile (see docs/rule-format.md, "Municipality profiles")."""
    name = os.fspath(path)
    data = load(name)
    where = Where(name, data)
    as_map(where, data, "profile")
    pending = placeholder_errors(data, name)
    if pending:
        raise pending[0]
    check_keys(where, ("id", "municipality", "bodies", "delegations_complete", "complete_for", "delegations",
                       "epidemie_delegation"),
               ("id", "municipality", "bodies", "delegations_complete"))
    profile_id = as_str(where, data["id"], "id")
    muni = as_map(where, data["municipality"], "municipality")
    mw = where.inner(muni)
    check_keys(mw, ("name", "ags", "land", "kreisfrei", "district", "aliases", "source"),
               ("name", "ags", "land", "kreisfrei"), "municipality")
    land = as_str(mw, muni["land"], "land")
    if land not in LANDS:
        raise mw.error(f"unknown Land {land!r}", f"unbekanntes Land {land!r}", "land",
                       suggestion=did_you_mean(land, LANDS))
    bodies_map = as_map(where, data["bodies"], "bodies")
    bw = where.inner(bodies_map)
    bodies = []
    for key, entry in bodies_map.items():
        ew = bw.inner(as_map(bw, entry, key))
        check_keys(ew, ("name", "kinds", "aliases"), ("name", "kinds"), f"bodies.{key}")
        kinds = tuple(as_list(ew, entry["kinds"], "kinds"))
        for kind in kinds:
            if kind not in BODY_KINDS:
                raise ew.error(f"unknown body kind {kind!r}", f"unbekannte Gremienart {kind!r}",
                               "kinds", suggestion=did_you_mean(str(kind), BODY_KINDS))
        body_name = as_str(ew, entry["name"], "name")
        _check_kinds_agree(ew, "name", body_name, kinds, vocabulary, land)
        bodies.append(Body(body_name, kinds, key=str(key)))
        for alias in as_list(ew, entry.get("aliases", []), "aliases", empty=True):
            alias_name = as_str(ew, alias, "aliases")
            _check_kinds_agree(ew, "aliases", alias_name, kinds, vocabulary, land)
            bodies.append(Body(alias_name, kinds, key=str(key)))
    try:
        municipality = Municipality(
            name=as_str(mw, muni["name"], "name"),
            ags=str(muni["ags"]),
            land=land,
            kreisfrei=as_bool(mw, muni["kreisfrei"], "kreisfrei"),
            bodies=tuple(bodies),
            delegations_complete=as_bool(where, data["delegations_complete"], "delegations_complete"),
            district=muni.get("district"),
            source=muni.get("source"),
        )
    except ValueError:
        raise mw.error(f"must be the 8-digit Gemeindeschlüssel (AGS), got {muni['ags']!r}",
                       f"muss der 8-stellige Gemeindeschlüssel (AGS) sein, ist {muni['ags']!r}",
                       "ags") from None
    body_ids = tuple(bodies_map)
    delegations = []
    entries = as_map(where, data.get("delegations") or {}, "delegations")
    dw = where.inner(entries)
    complete_for = frozenset(
        as_str(where, m, "complete_for") for m in as_list(where, data.get("complete_for", []), "complete_for", empty=True))
    for matter in sorted(complete_for):
        if matter not in vocabulary.matters:
            raise where.error(f"unknown matter {matter!r}", f"unbekannte Angelegenheit {matter!r}", "complete_for",
                              suggestion=did_you_mean(matter, tuple(vocabulary.matters)))
    for key, entry in entries.items():
        entry_where = dw.inner(as_map(dw, entry, key))
        if entry.get("kind", "delegation") != "delegation":
            raise entry_where.error("a profile holds only delegations", "ein Profil enthält nur Delegationen", "kind")
        delegations.extend(parse_delegation(
            entry, entry_where, rule_id=f"local.{profile_id}.{key}", path=name, land=land,
            vocabulary=vocabulary, municipality=municipality.ags, grantees=body_ids,
            complete=municipality.delegations_complete or bool(
                _when_matters(entry.get("when")) and _when_matters(entry.get("when")) <= complete_for)))
    for entry in as_list(where, data.get("epidemie_delegation") or [], "epidemie_delegation", empty=True):
        delegations.append(_epidemic_delegation(where, entry, profile_id, municipality, vocabulary))
    aliases = tuple(as_str(mw, a, "aliases") for a in as_list(mw, muni.get("aliases", []), "aliases", empty=True))
    return Profile(profile_id, name, municipality, aliases, tuple(delegations))


#: What ``beschluss-rules profile draft`` writes where a person must decide; a profile that still
#: holds it does not load.
REVIEW_PLACEHOLDER = "PRÜFEN"


def placeholder_errors(data: Any, path: str) -> list[RuleFileError]:
    """Every value of ``data`` that is still the draft's review placeholder, with its line."""
    found: list[RuleFileError] = []

    def walk(value: Any, where: Where, key: str | None, trail: str) -> None:
        if isinstance(value, dict):
            inner = where.inner(value)
            for k, v in value.items():
                walk(v, inner, str(k), f"{trail}.{k}" if trail else str(k))
        elif isinstance(value, list):
            for item in value:
                walk(item, where, key, trail)
        elif isinstance(value, str) and value.strip() == REVIEW_PLACEHOLDER:
            found.append(where.error(
                f"{trail} is still the draft placeholder {REVIEW_PLACEHOLDER}: decide it from the statute",
                f"{trail} ist noch der Platzhalter {REVIEW_PLACEHOLDER} des Entwurfs: aus der Satzung entscheiden",
                key=key))

    walk(data, Where(path, data), None, "")
    return found


def parse_delegation(entry: Any, where: Where, *, rule_id: str, path: str, land: str, vocabulary: Vocabulary,
                     municipality: str, grantees: Sequence[str], complete: bool = False) -> list[Rule]:
    """One delegation of a profile as rules: itself, or with a ``limit`` a within and an outside
    rule (see :class:`Limit`). ``complete`` says whether the profile's delegations of the
    delegation's matter are complete."""
    raw_limit = entry.get("limit") if isinstance(entry, dict) else None
    rule = parse_rule(
        _without(entry, "limit") if raw_limit is not None else entry, rule_id=rule_id, path=path, land=land,
        vocabulary=vocabulary, municipality=municipality, grantees=grantees, default_kind="delegation",
    )
    if raw_limit is None:
        return [rule]
    limit, within = _limit(where, raw_limit, complete, vocabulary)
    base = rule.when
    inside = within if base is None else All((base, within))
    outside = negate(within) if base is None else All((base, negate(within)))
    title = Message(rule.title.de + " (außerhalb der Wertgrenze)", rule.title.en + " (outside the value limit)")
    return [attrs.evolve(rule, when=inside, limit=limit, limit_side="within"),
            attrs.evolve(rule, id=rule.id + ".ausserhalb-der-wertgrenze", when=outside, title=title,
                         limit=limit, limit_side="outside")]


def _without(mapping: Any, key: str) -> Any:
    """A copy of ``mapping`` without ``key`` that keeps the line numbers of a YAML mapping."""
    copy = mapping.__class__({k: v for k, v in mapping.items() if k != key})
    if isinstance(mapping, LineDict):
        copy.line = mapping.line
        copy.key_lines = dict(mapping.key_lines)
    return copy


_LIMIT_KEYS = ("above_eur", "from_eur", "up_to_eur", "per", "basis")


def _when_matters(when: Any) -> frozenset[str]:
    """The matters a delegation's ``when`` names at its top level (``matter: x`` or a list)."""
    if not isinstance(when, dict) or "matter" not in when:
        return frozenset()
    value = when["matter"]
    if isinstance(value, str):
        return frozenset((value,))
    if isinstance(value, list) and all(isinstance(v, str) for v in value):
        return frozenset(value)
    return frozenset()


def _limit(where: Where, value: Any, complete: bool, vocabulary: Vocabulary) -> tuple[Limit, Condition]:
    """Parse a delegation's ``limit`` block into a :class:`Limit` and the amount condition."""
    mapping = as_map(where, value, "limit")
    inner = where.inner(mapping)
    check_keys(inner, _LIMIT_KEYS, (), "limit")
    if "above_eur" in mapping and "from_eur" in mapping:
        raise inner.error("give either above_eur ('von mehr als') or from_eur ('ab'), not both",
                          "entweder above_eur ('von mehr als') oder from_eur ('ab') angeben, nicht beides",
                          key="above_eur")
    bounds: dict[str, int] = {}
    for key in ("above_eur", "from_eur", "up_to_eur"):
        if key in mapping:
            raw = mapping[key]
            if isinstance(raw, bool) or not isinstance(raw, int) or raw < 0:
                raise inner.error(
                    f"limit.{key} must be a whole, non-negative number of euros (no dots or commas), got {raw!r}",
                    f"limit.{key} muss ein ganzer, nicht negativer Euro-Betrag sein (ohne Punkt oder Komma), ist {raw!r}",
                    key=key)
            bounds[key] = raw
    if not bounds:
        raise inner.error("a limit needs above_eur, from_eur or up_to_eur",
                          "eine Wertgrenze braucht above_eur, from_eur oder up_to_eur", key="limit")
    low_key = "above_eur" if "above_eur" in bounds else "from_eur" if "from_eur" in bounds else None
    if low_key and "up_to_eur" in bounds and bounds["up_to_eur"] < bounds[low_key]:
        raise inner.error(f"limit.up_to_eur {bounds['up_to_eur']} lies below limit.{low_key} {bounds[low_key]}",
                          f"limit.up_to_eur {bounds['up_to_eur']} liegt unter limit.{low_key} {bounds[low_key]}",
                          key="up_to_eur")
    per = mapping.get("per", "case")
    if per not in ("case", "year"):
        raise inner.error(f"limit.per must be case or year, got {per!r}",
                          f"limit.per muss case oder year sein, ist {per!r}", key="per",
                          suggestion=did_you_mean(str(per), ("case", "year")))
    basis = mapping.get("basis", "unstated")
    if basis not in ("net", "gross", "unstated"):
        raise inner.error(f"limit.basis must be net, gross or unstated, got {basis!r}",
                          f"limit.basis muss net, gross oder unstated sein, ist {basis!r}", key="basis",
                          suggestion=did_you_mean(str(basis), ("net", "gross", "unstated")))
    compare: dict[str, int] = {}
    if low_key:
        compare["gt" if low_key == "above_eur" else "gte"] = bounds[low_key]
    if "up_to_eur" in bounds:
        compare["lte"] = bounds["up_to_eur"]
    condition = parse_condition(inner, {"amount_eur": compare}, frozenset(vocabulary.matters))
    limit = Limit(
        low_cents=bounds[low_key] * 100 if low_key else None, low_inclusive=low_key == "from_eur",
        high_cents=bounds["up_to_eur"] * 100 if "up_to_eur" in bounds else None,
        per=per, basis=basis, complete=complete)
    return limit, condition


def _epidemic_delegation(where: Where, entry: Any, profile_id: str, municipality: Municipality,
                         vocabulary: Vocabulary) -> Rule:
    """The council's transfer of its powers to the Hauptausschuss during a declared epidemic
    situation (NRW § 60 Abs. 1 S. 2 GO in the version of 15 April 2020, § 60 Abs. 2 from
    1 October 2020), recorded in a profile as ``epidemie_delegation`` entries: ``beschluss`` (date
    of the resolution), ``from`` (first day it worked, default the resolution date), ``until``
    (last day, at the latest the end of the declared period), ``source`` (where it is published).

    Such a transfer is not a delegation under § 41 Abs. 2 (it also covers reserved matters): it
    becomes an ``urgency`` rule of the municipality naming the Hauptausschuss. That the dates lie
    in a declared period is checked when the rule base is loaded (:data:`EPIDEMIC_PERIOD_RULES`).
    """
    ew = where.inner(as_map(where, entry, "epidemie_delegation"))
    check_keys(ew, ("beschluss", "from", "until", "source", "note"), ("beschluss", "until", "source"),
               "epidemie_delegation")
    if municipality.land != "nw":
        raise ew.error("epidemie_delegation exists only in NRW (§ 60 GO NRW)",
                       "epidemie_delegation gibt es nur in NRW (§ 60 GO NRW)", "beschluss")
    resolved = as_date(ew, entry["beschluss"], "beschluss")
    start = as_date(ew, entry["from"], "from") if "from" in entry else resolved
    note = "Delegation nach § 60 Abs. 1 S. 2 GO NRW (Fassung vom 15.04.2020) bzw. § 60 Abs. 2 GO NRW (ab 01.10.2020). "
    note += str(entry.get("note") or "Nur Datum und Fundstelle des Beschlusses erfasst.")
    day = resolved.strftime("%d.%m.%Y")
    mapping = {
        "kind": "urgency",
        "title": {"de": f"Hauptausschuss statt Rat: Übertragung in der epidemischen Lage (Ratsbeschluss vom {day})",
                  "en": f"Main committee instead of the council: delegation during the epidemic situation (council resolution of {resolved})"},
        "description": (f"Der Rat der {municipality.name} hat mit Beschluss vom {day} seine Entscheidungen für die "
                        "Dauer der festgestellten epidemischen Lage auf den Hauptausschuss übertragen (§ 60 GO NRW, "
                        "zwei Drittel der Ratsmitglieder). Im eingetragenen Zeitraum ist der Hauptausschuss "
                        "deshalb auch für Angelegenheiten zuständig, die dem Rat vorbehalten sind."),
        "message": {"de": f"{{body}} war nach dem Ratsbeschluss vom {day} über die Übertragung in der epidemischen "
                          "Lage (§ 60 GO NRW) anstelle des Rates zuständig.",
                    "en": f"{{body}} was competent instead of the council under the council's resolution of {resolved} "
                          "delegating its powers during the epidemic situation (§ 60 GO NRW)."},
        "reference": [{"law": f"Ratsbeschluss der {municipality.name} vom {day}", "url": entry["source"], "note": note}],
        "valid": {"from": start, "until": as_date(ew, entry["until"], "until")},
        "when": {"body": "hauptausschuss"},
        "competent": ["hauptausschuss"],
    }
    return parse_rule(_at_line(mapping, ew.line("beschluss") or 1), rule_id=f"local.{profile_id}.epidemie-delegation-{resolved}", path=where.path,
                      land=municipality.land, vocabulary=vocabulary, municipality=municipality.ags)


def _at_line(value: Any, line: int) -> Any:
    """``value`` with every mapping a :class:`LineDict` at ``line``, so that errors in a rule built
    from a profile entry point at that entry."""
    if isinstance(value, dict):
        out = LineDict({k: _at_line(v, line) for k, v in value.items()})
        out.line, out.key_lines = line, {}
        return out
    if isinstance(value, list):
        return [_at_line(v, line) for v in value]
    return value


def _yaml_files(directory: Path) -> Iterable[Path]:
    return sorted(p for p in directory.rglob("*.yaml") if p.is_file())


class _Documents:
    """The parsed YAML of the rule base's files: from the cache when it has them, else parsed
    (and remembered, to fill the cache)."""

    def __init__(self, base: Path, cached: dict[str, Any] | None) -> None:
        self.base = base
        self.cached = cached or {}
        self.loaded: dict[str, Any] = {}

    def load(self, path: str | os.PathLike[str]) -> Any:
        relative = Path(path).relative_to(self.base).as_posix()
        data = self.cached[relative] if relative in self.cached else load_yaml_file(path)
        self.loaded[relative] = data
        return data


def _file_digests(files: Sequence[Path]) -> dict[Path, str] | None:
    try:
        return {path: file_digest(str(path)) for path in files}
    except OSError:
        return None  # the load below reports it as it always has


def load_rule_base(
    root: str | os.PathLike[str] | None = None,
    *,
    extra_profiles: Sequence[str | os.PathLike[str]] = (),
) -> RuleBase:
    """Load and validate the rule base under ``root`` (default: the shipped one).

    What the files give is cached (:mod:`beschluss_rules.rulebase.cache`); with or without the cache
    the result is the same, and every check of the files runs on every load.
    """
    from . import cache as rulecache

    base = Path(root) if root is not None else default_rules_dir()
    if not (base / "vocab").is_dir():
        raise UsageError(f"{base} is not a rule base (no vocab/ directory)",
                         message_de=f"{base} ist keine Regelbasis (kein Verzeichnis vocab/)")
    files = list(_yaml_files(base))
    file_digests = _file_digests(files)
    digest = hashlib.sha256()
    for path, file_hash in (file_digests or {}).items():
        digest.update(str(path.relative_to(base).as_posix()).encode() + b"\0" + file_hash.encode())
    cached = rulecache.read(str(base), digest.hexdigest()) if file_digests is not None else None
    documents = _Documents(base, cached[0] if cached else None)
    vocabulary = load_vocabulary(base / "vocab", load=documents.load, needles=cached[1] if cached else None)
    digest = hashlib.sha256()
    rules: list[Rule] = []
    profiles: list[Profile] = []
    for path in files:
        relative = path.relative_to(base)
        this_digest = file_digests[path] if file_digests is not None else file_digest(str(path))
        digest.update(str(relative.as_posix()).encode() + b"\0" + this_digest.encode())
        top = relative.parts[0]
        if top == "vocab":
            continue
        if top == "municipalities":
            profiles.append(load_profile(path, vocabulary, load=documents.load))
        else:
            rules.append(load_rule_file(base, path, vocabulary, load=documents.load))
    seen: dict[str, str] = {}
    for profile in profiles:
        if profile.municipality.ags in seen:
            raise RuleFileError(
                f"two profiles for AGS {profile.municipality.ags} (also {seen[profile.municipality.ags]})",
                message_de=f"zwei Profile für AGS {profile.municipality.ags} (auch {seen[profile.municipality.ags]})",
                path=profile.path,
            )
        seen[profile.municipality.ags] = profile.path
        rules.extend(profile.delegations)
    check_epidemic_delegations(rules, profiles)
    rule_base = RuleBase(tuple(sorted(rules, key=lambda r: r.id)), vocabulary, tuple(profiles),
                         digest.hexdigest(), str(base))
    if cached is None and file_digests is not None:
        needles = {pattern: found for matcher in vocabulary.matchers()
                   for pattern, found in zip(matcher.patterns, matcher.needles, strict=True)}
        rulecache.write(str(base), rule_base.digest, documents.loaded, needles)
    for extra in extra_profiles:
        rule_base = rule_base.with_profile(load_profile(extra, vocabulary))
    return rule_base

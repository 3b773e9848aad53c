"""The vocabularies: matters, body names, legal forms, known organisations, urgency markers.

They are rule data (``rules/vocab/*.yaml``), so legal staff can add a term without touching
Python. Each entry has ``terms`` (plain German phrases, folded like the papers, matched as whole words;
a trailing ``*`` matches any ending, so "Beitritt*" finds "Beitritts") and/or ``patterns``
(regular expressions over the folded text, written in folded spelling: lower case, no umlauts,
no ß). Every regular expression is compiled when the vocabulary is loaded, so a broken pattern is
reported with its file and line before any paper is read.
"""

from __future__ import annotations

import os
import re
from typing import Any

import attrs

from .errors import did_you_mean
from .model import BODY_KINDS, LANDS, LEGAL_FORMS, URGENCY_VALUES, Message
from .strict import Where, as_bool, as_list, as_map, as_str, check_keys
from .textnorm import fold
from .yamlfile import load_yaml_file

__all__ = ["BodyTerm", "Matter", "Organisation", "Vocabulary", "load_vocabulary"]

_FOLDED_ONLY = re.compile(r"[A-ZÄÖÜäöüß]")


@attrs.frozen
class Matcher:
    """Compiled terms and patterns of one vocabulary entry."""

    regexes: tuple[re.Pattern[str], ...]

    def search(self, folded: str) -> re.Match[str] | None:
        best: re.Match[str] | None = None
        for regex in self.regexes:
            found = regex.search(folded)
            if found and (best is None or found.start() < best.start()):
                best = found
        return best

    def longest(self, folded: str) -> re.Match[str] | None:
        best: re.Match[str] | None = None
        for regex in self.regexes:
            for found in regex.finditer(folded):
                if best is None or (found.end() - found.start()) > (best.end() - best.start()):
                    best = found
        return best


@attrs.frozen
class Matter:
    """A class of decisions the law treats alike (see ``rules/vocab/matters.yaml``)."""

    id: str
    label: Message
    matcher: Matcher
    exclude: Matcher | None = None


@attrs.frozen
class BodyTerm:
    """A way of naming a body, with the kinds it has in law, possibly only in some Länder."""

    id: str
    kinds: tuple[str, ...]
    matcher: Matcher
    lands: tuple[str, ...] = ()


@attrs.frozen
class Organisation:
    """A known counterpart whose legal form the papers usually do not state.

    Example: the Netzwerk Innenstadt NRW is a public-law kommunale Arbeitsgemeinschaft under
    §§ 2, 3 GkG NRW (its own description), which decides whether § 41 Abs. 1 S. 2 lit. m GO NRW
    (Beteiligung an Vereinigungen in privater Rechtsform) can apply.
    """

    id: str
    name: str
    legal_form: str
    matcher: Matcher
    source: str


@attrs.frozen
class Vocabulary:
    """All vocabularies of a rule base, loaded and compiled."""

    matters: dict[str, Matter]
    bodies: tuple[BodyTerm, ...]
    legal_forms: dict[str, Matcher]
    private_forms: frozenset[str]
    organisations: tuple[Organisation, ...]
    urgency: dict[str, Matcher]

    def classify(self, text: str) -> tuple[str, ...]:
        """Ids of the matters whose terms occur in ``text`` (and whose exclusions do not)."""
        folded = fold(text)
        found = []
        for matter in self.matters.values():
            if matter.matcher.search(folded) and not (
                matter.exclude and matter.exclude.search(folded)
            ):
                found.append(matter.id)
        return tuple(sorted(found))

    def body_kinds(self, name: str, land: str | None) -> tuple[str, ...] | None:
        """The kinds of the body called ``name``: the longest matching term wins."""
        folded = fold(name)
        best: tuple[int, BodyTerm] | None = None
        for term in self.bodies:
            if term.lands and land and land not in term.lands:
                continue
            found = term.matcher.longest(folded)
            if found is None:
                continue
            size = found.end() - found.start()
            if best is None or size > best[0]:
                best = (size, term)
        return best[1].kinds if best else None

    def legal_form(self, text: str) -> tuple[str, str | None]:
        """The counterpart's legal form from ``text``: a stated form wins over a known organisation.

        Returns the form and, for a known organisation, its name (to say where the form came from).
        """
        folded = fold(text)
        earliest: tuple[int, str] | None = None
        for form, matcher in self.legal_forms.items():
            found = matcher.search(folded)
            if found and (earliest is None or found.start() < earliest[0]):
                earliest = (found.start(), form)
        if earliest:
            return earliest[1], None
        return self.known_organisation(text)

    def known_organisation(self, text: str) -> tuple[str, str | None]:
        """The legal form of the first known organisation named in ``text`` and its name."""
        folded = fold(text)
        for organisation in self.organisations:
            if organisation.matcher.search(folded):
                return organisation.legal_form, organisation.name
        return "unbekannt", None

    def urgency_of(self, text: str) -> str:
        folded = fold(text)
        for value in ("dringlichkeitsentscheidung", "eilentscheidung"):
            matcher = self.urgency.get(value)
            if matcher and matcher.search(folded):
                return value
        return "keine"


def _compile(where: Where, entry: dict, key: str, *, required: bool = True) -> Matcher | None:
    regexes: list[re.Pattern[str]] = []
    for term in as_list(where, entry.get("terms", []), "terms", empty=True):
        term = as_str(where, term, "terms")
        prefix = term.endswith("*")
        folded = re.escape(fold(term.rstrip("*"))).replace(r"\ ", r"\s*").replace(r"\-", r"-?\s*")
        end = "" if prefix else r"(?![a-z0-9])"
        regexes.append(re.compile(r"(?<![a-z0-9])" + folded + end))
    for pattern in as_list(where, entry.get("patterns", []), "patterns", empty=True):
        pattern = as_str(where, pattern, "patterns")
        if _FOLDED_ONLY.search(re.sub(r"\\.", "", pattern)):
            raise where.error(
                f"pattern {pattern!r} must be written in folded spelling "
                "(lower case, ae/oe/ue as a/o/u, ss for ß)",
                f"Muster {pattern!r} muss in gefalteter Schreibweise stehen "
                "(klein, a/o/u statt ä/ö/ü, ss statt ß)",
                key="patterns",
            )
        try:
            regexes.append(re.compile(pattern))
        except re.error as exc:
            raise where.error(
                f"pattern {pattern!r} is not a valid regular expression: {exc}",
                f"Muster {pattern!r} ist kein gültiger regulärer Ausdruck: {exc}",
                key="patterns",
            ) from None
    if not regexes:
        if not required:
            return None
        raise where.error(
            f"entry '{key}' needs terms or patterns",
            f"Eintrag '{key}' braucht terms oder patterns",
            key=key,
        )
    return Matcher(tuple(regexes))


def _message(where: Where, value: Any, key: str) -> Message:
    mapping = as_map(where, value, key)
    inner = where.inner(mapping)
    check_keys(inner, ("de", "en"), ("de", "en"), key)
    return Message(de=as_str(inner, mapping["de"], "de"), en=as_str(inner, mapping["en"], "en"))


def _entries(path: str, top: str) -> tuple[Where, dict]:
    data = load_yaml_file(path)
    where = Where(path, data)
    as_map(where, data, top)
    check_keys(where, (top,), (top,))
    entries = as_map(where, data[top], top)
    return where.inner(entries), entries


def _load_matters(path: str) -> dict[str, Matter]:
    where, entries = _entries(path, "matters")
    matters: dict[str, Matter] = {}
    for key, entry in entries.items():
        inner = where.inner(as_map(where, entry, key))
        check_keys(inner, ("label", "description", "terms", "patterns", "exclude"), ("label",), key)
        exclude = None
        if "exclude" in entry:
            exclude = _compile(
                inner, {"patterns": as_list(inner, entry["exclude"], "exclude")}, "exclude"
            )
        matters[key] = Matter(key, _message(inner, entry["label"], "label"),
                              _compile(inner, entry, key), exclude)  # type: ignore[arg-type]
    return matters


def _load_bodies(path: str) -> tuple[BodyTerm, ...]:
    where, entries = _entries(path, "bodies")
    terms = []
    for key, entry in entries.items():
        inner = where.inner(as_map(where, entry, key))
        check_keys(inner, ("kinds", "terms", "patterns", "lands", "description"), ("kinds",), key)
        kinds = tuple(as_list(inner, entry["kinds"], "kinds"))
        for kind in kinds:
            if kind not in BODY_KINDS:
                raise inner.error(
                    f"unknown body kind {kind!r}", f"unbekannte Gremienart {kind!r}", "kinds",
                    suggestion=did_you_mean(kind, BODY_KINDS),
                )
        lands = tuple(as_list(inner, entry.get("lands", []), "lands", empty=True))
        for land in lands:
            if land not in LANDS:
                raise inner.error(f"unknown Land {land!r}", f"unbekanntes Land {land!r}", "lands",
                                  suggestion=did_you_mean(land, LANDS))
        terms.append(BodyTerm(key, kinds, _compile(inner, entry, key), lands))  # type: ignore[arg-type]
    return tuple(terms)


def _load_legal_forms(path: str) -> tuple[dict[str, Matcher], frozenset[str]]:
    where, entries = _entries(path, "legal_forms")
    forms: dict[str, Matcher] = {}
    private = set()
    for key, entry in entries.items():
        inner = where.inner(as_map(where, entry, key))
        check_keys(inner, ("private_law", "terms", "patterns", "description"), ("private_law",), key)
        if key not in LEGAL_FORMS:
            raise where.error(f"unknown legal form {key!r}", f"unbekannte Rechtsform {key!r}", key,
                              suggestion=did_you_mean(key, LEGAL_FORMS))
        if as_bool(inner, entry["private_law"], "private_law"):
            private.add(key)
        forms[key] = _compile(inner, entry, key)  # type: ignore[assignment]
    return forms, frozenset(private)


def _load_organisations(path: str) -> tuple[Organisation, ...]:
    where, entries = _entries(path, "organisations")
    out = []
    for key, entry in entries.items():
        inner = where.inner(as_map(where, entry, key))
        check_keys(inner, ("name", "legal_form", "terms", "patterns", "source"),
                   ("name", "legal_form", "source"), key)
        form = entry["legal_form"]
        if form not in LEGAL_FORMS:
            raise inner.error(f"unknown legal form {form!r}", f"unbekannte Rechtsform {form!r}",
                              "legal_form", suggestion=did_you_mean(form, LEGAL_FORMS))
        out.append(Organisation(key, as_str(inner, entry["name"], "name"), form,
                                _compile(inner, entry, key),  # type: ignore[arg-type]
                                as_str(inner, entry["source"], "source")))
    return tuple(out)


def _load_urgency(path: str) -> dict[str, Matcher]:
    where, entries = _entries(path, "urgency")
    out = {}
    for key, entry in entries.items():
        inner = where.inner(as_map(where, entry, key))
        check_keys(inner, ("terms", "patterns", "description"), (), key)
        if key not in URGENCY_VALUES or key == "keine":
            raise where.error(f"unknown urgency value {key!r}", f"unbekannte Dringlichkeit {key!r}",
                              key, suggestion=did_you_mean(key, URGENCY_VALUES))
        out[key] = _compile(inner, entry, key)  # type: ignore[assignment]
    return out


def load_vocabulary(directory: str | os.PathLike[str]) -> Vocabulary:
    """Load every vocabulary file of ``directory`` (``rules/vocab``)."""
    base = os.fspath(directory)
    forms, private = _load_legal_forms(os.path.join(base, "legal_forms.yaml"))
    return Vocabulary(
        matters=_load_matters(os.path.join(base, "matters.yaml")),
        bodies=_load_bodies(os.path.join(base, "bodies.yaml")),
        legal_forms=forms,
        private_forms=private,
        organisations=_load_organisations(os.path.join(base, "organisations.yaml")),
        urgency=_load_urgency(os.path.join(base, "urgency.yaml")),
    )

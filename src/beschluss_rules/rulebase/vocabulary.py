"""The vocabularies: matters, body names, legal forms, known organisations, urgency markers.

They are rule data (``rules/vocab/*.yaml``), so legal staff can add a term without touching
Python. Each entry has ``terms`` (plain German phrases, folded like the papers, matched as whole words;
a trailing ``*`` matches any ending, so "Beitritt*" finds "Beitritts"; a leading ``*`` any front
part of a compound, so "*satzung*" finds "Abwasserbeseitigungssatzung" and "Satzungsänderung") and/or ``patterns``
(regular expressions over the folded text, written in folded spelling: lower case, no umlauts,
no ß). Every regular expression is checked when the vocabulary is loaded (parsed, as compiling
would; or found in the rule-base cache, :mod:`beschluss_rules.rulecache`, of these very files,
which holds only patterns that passed), so a broken pattern is reported with its file and line
before any paper is read; each is compiled the first time a text contains one of its literal
words.

Matching is the bulk of reading a paper (some 700 patterns, one text after the other), so each
pattern has needles (:mod:`beschluss_rules.prefilter`) and each part of the vocabulary an index
of them: a pattern runs only on texts that contain one of its needles, which changes no result.
"""

from __future__ import annotations

import functools
import os
import re
from collections.abc import Callable, Iterator, Mapping
from typing import Any, Literal, TypeVar, cast, overload

import attrs

from ..errors import did_you_mean
from ..model import BODY_KINDS, LANDS, LEGAL_FORMS, URGENCY_VALUES, Message
from ..text.normalize import fold
from ..text.prefilter import needles as find_needles
from .fields import Where, as_bool, as_list, as_map, as_str, check_keys
from .matching import MEMO_CHARS, Matcher, NeedleIndex
from .yamlfile import load_yaml_file

__all__ = ["BodyTerm", "Matter", "Organisation", "Vocabulary", "load_vocabulary"]

_T = TypeVar("_T")
_FOLDED_ONLY = re.compile(r"[A-ZÄÖÜäöüß]")




def _fold(text: str) -> str:
    """:func:`fold`, remembered for the last few short texts: an item's text is classified,
    searched for a legal form, a known organisation and urgency in a row."""
    return _fold_short(text) if len(text) <= MEMO_CHARS else fold(text)


@functools.lru_cache(maxsize=8)
def _fold_short(text: str) -> str:
    return fold(text)


_NO_HITS: tuple[int, ...] = ()

#: A committee, board or office named by its subjects: "ausschuss fur umwelt, verkehr und
#: klimaschutz", "amt fur wirtschaftsforderung" (folded). Group 1 is the body word. (The
#: look-ahead says what every match has: a whole word, then " fur ". Without it the engine took
#: every word apart, letter by letter, trying each body word at its end; a possessive ``\w*+``
#: reads the word once. Group 1 is made of word characters and followed by a blank, so it is
#: that whole word: the look-ahead drops no match.)
_NAMED_FOR = re.compile(
    r"(?<![a-z])(?=\w*+ fur )(\w*(?:ausschuss|ausschusses|ausschusse|beirat|beirates|beirats|kommission"
    r"|dezernat|dezernats|fachbereich|fachbereichs|fachbereiches|abteilung|fachdienst|fachdienstes)|amt|amtes)"
    r" fur (?:die |den |das |der )?[a-z][a-z-]*(?:(?:, ?| und | sowie | u\. ?)(?:fur )?[a-z][a-z-]*){0,4}"
    # "Ausschuss für die Planungen zur Stadtbahn": the subject's own complement
    r"(?: (?:zur|zum|der|des|im|in der) [a-z][a-z-]*){0,2}"
)
#: A word broken at a line end and flattened onto one line ("Beantra- gung von Fördermitteln",
#: "Ortsbürgermeis- ters"): a hyphen, a blank and a lower-case continuation that is no
#: conjunction or preposition of a coordinated compound ("Bau- und Planungsausschuss", "Ein- bzw.
#: Ausbau", "Innen- vor Außenentwicklung", "Fahrrad- statt Autoverkehr").
#: (Looked for in the text as written: a continuation in capitals is a compound's next part, as in
#: "DVGW- Technologiezentrum".)
_BROKEN_WORD = re.compile(
    r"(?<=[a-zäöüß]{2})- (?!(?:und|oder|sowie|bzw|bis|als|wie|u|o|noch|auch|respektive|beziehungsweise|statt|vor|zu"
    r"|zur|zum|nach|mit|ohne|plus|versus|vs|an|am|auf|aus|bei|im|in|von|vom|fur|für|der|die|das|den|dem|des|ein|eine"
    r"|einer|eines|ist|sind|wird|werden)(?![a-zäöüß]))(?=[a-zäöüß]{2})")


@attrs.frozen
class Matter:
    """A class of decisions the law treats alike (see ``rules/vocab/matters.yaml``)."""

    id: str
    label: Message
    matcher: Matcher
    exclude: Matcher | None = None
    #: The more specific matters this class gives way to: a subject class ("Grundstücke as a
    #: subject") is dropped when the reserved decision about it (grundstuecksgeschaeft) is found.
    yields_to: tuple[str, ...] = ()


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
    """All vocabularies of a rule base, loaded and checked."""

    matters: dict[str, Matter]
    bodies: tuple[BodyTerm, ...]
    legal_forms: dict[str, Matcher]
    private_forms: frozenset[str]
    organisations: tuple[Organisation, ...]
    urgency: dict[str, Matcher]

    _indexes: dict[str, NeedleIndex] = attrs.field(factory=dict, eq=False, repr=False, init=False)
    #: The last answers of :meth:`classify` and :meth:`legal_form` by text: an OParl paper's
    #: JSON and its text file beside it hold the same items, read one after the other.
    _answers: dict[tuple[str, str], Any] = attrs.field(factory=dict, eq=False, repr=False, init=False)

    def _remember(self, kind: str, text: str, answer: _T) -> _T:
        if len(text) <= MEMO_CHARS:
            if len(self._answers) >= 256:
                self._answers.clear()
            self._answers[kind, text] = answer
        return answer

    def _hits(self, part: str, folded: str) -> dict[int, tuple[int, ...]]:
        index = self._indexes.get(part)
        if index is None:
            index = self._indexes[part] = NeedleIndex.of(self._part(part))
        return index.hits(folded)

    def _part(self, part: str) -> list[Matcher | None]:
        if part == "matters":
            return [m for matter in self.matters.values() for m in (matter.matcher, matter.exclude)]
        if part == "bodies":
            return [term.matcher for term in self.bodies]
        if part == "legal_forms":
            return list(self.legal_forms.values())
        if part == "organisations":
            return [organisation.matcher for organisation in self.organisations]
        return list(self.urgency.values())

    def classify(self, text: str) -> tuple[str, ...]:
        """Ids of the matters whose terms occur in ``text`` (and whose exclusions do not).

        The topic words of a committee's or an office's name ("Ausschuss für Umwelt, Verkehr und
        Klimaschutz", "Amt für Wirtschaftsförderung") are not what the item is about: they are
        dropped before matching (the "Ausschuss" itself stays, for the matters that need it).
        """
        known = self._answers.get(("classify", text))
        if known is not None:
            return cast("tuple[str, ...]", known)
        return self._remember("classify", text, self._classify(text))

    def _classify(self, text: str) -> tuple[str, ...]:
        folded = _fold(_BROKEN_WORD.sub("", text) if "- " in text else text)
        if "fur " in folded:
            folded = _NAMED_FOR.sub(r"\1", folded)
        hits = self._hits("matters", folded)
        found = []
        matters = list(self.matters.values())
        for key in sorted(hits):  # the matters whose patterns may match, in order
            if key % 2:
                continue  # an exclusion's patterns
            position = key // 2
            matter, indexes = matters[position], hits[key]
            if matter.matcher.matches(folded, indexes) and not (
                matter.exclude and matter.exclude.matches(folded, hits.get(2 * position + 1, _NO_HITS))
            ):
                found.append(matter.id)
        if len(found) > 1:
            present = set(found)
            found = [m for m in found if present.isdisjoint(self.matters[m].yields_to)]
        return tuple(sorted(found))

    def body_matches(self, folded: str, land: str | None) -> Iterator[tuple[BodyTerm, re.Match[str]]]:
        """Every match of every body term in ``folded`` (term by term, in vocabulary order);
        terms of other Länder are left out when ``land`` is known."""
        hits = self._hits("bodies", folded)
        for position in sorted(hits):  # the terms whose patterns may match, in order
            term, indexes = self.bodies[position], hits[position]
            if term.lands and land and land not in term.lands:
                continue
            for found in term.matcher.finditer(folded, indexes):
                yield term, found

    def body_kinds(self, name: str, land: str | None) -> tuple[str, ...] | None:
        """The kinds of the body called ``name``: the longest matching term wins."""
        folded = fold(name)
        hits = self._hits("bodies", folded)
        best: tuple[int, BodyTerm] | None = None
        for position in sorted(hits):
            term, indexes = self.bodies[position], hits[position]
            if term.lands and land and land not in term.lands:
                continue
            found = term.matcher.longest(folded, indexes)
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
        known = self._answers.get(("legal_form", text))
        if known is not None:
            return cast("tuple[str, str | None]", known)
        return self._remember("legal_form", text, self._legal_form(text))

    def _legal_form(self, text: str) -> tuple[str, str | None]:
        folded = _fold(text)
        hits = self._hits("legal_forms", folded)
        earliest: tuple[int, str] | None = None
        for position, (form, matcher) in enumerate(self.legal_forms.items()):
            indexes = hits.get(position)
            if indexes is None:
                continue
            found = matcher.search(folded, indexes)
            if found and (earliest is None or found.start() < earliest[0]):
                earliest = (found.start(), form)
        if earliest:
            return earliest[1], None
        return self.known_organisation(text)

    def known_organisation(self, text: str, *, folded: str | None = None) -> tuple[str, str | None]:
        """The legal form of the first known organisation named in ``text`` and its name
        (``folded``: ``fold(text)``, if the caller has it)."""
        folded = _fold(text) if folded is None else folded
        hits = self._hits("organisations", folded)
        for position, organisation in enumerate(self.organisations):
            indexes = hits.get(position)
            if indexes is not None and organisation.matcher.matches(folded, indexes):
                return organisation.legal_form, organisation.name
        return "unbekannt", None

    def matchers(self) -> Iterator[Matcher]:
        """Every matcher of the vocabulary."""
        for matter in self.matters.values():
            yield matter.matcher
            if matter.exclude is not None:
                yield matter.exclude
        for term in self.bodies:
            yield term.matcher
        yield from self.legal_forms.values()
        for organisation in self.organisations:
            yield organisation.matcher
        yield from self.urgency.values()

    def urgency_of(self, text: str) -> str:
        folded = _fold(text)
        for value in ("dringlichkeitsentscheidung", "eilentscheidung"):
            matcher = self.urgency.get(value)
            if matcher and matcher.matches(folded):
                return value
        return "keine"


@attrs.frozen
class _Source:
    """How the vocabulary files are read (``load``: the rule-base cache's documents, else the
    files) and the needles of patterns known to compile (from the cache; those compile on first
    use)."""

    load: Callable[[str], Any] = load_yaml_file
    needles: Mapping[str, tuple[str, ...] | None] | None = None


@overload
def _compile(where: Where, entry: dict[str, Any], key: str, source: _Source,
             *, required: Literal[True] = True) -> Matcher: ...


@overload
def _compile(where: Where, entry: dict[str, Any], key: str, source: _Source,
             *, required: bool) -> Matcher | None: ...


def _compile(where: Where, entry: dict[str, Any], key: str, source: _Source, *, required: bool = True
             ) -> Matcher | None:
    patterns: list[str] = []
    for term in as_list(where, entry.get("terms", []), "terms", empty=True):
        term = as_str(where, term, "terms")
        if not term.strip("*").strip():
            raise where.error(f"term {term!r} is empty", f"Begriff {term!r} ist leer", key="terms")
        # "Beitritt*": any ending (Beitritts, Beitrittserklärung); "*satzung": any word in front
        # (Abwasserbeseitigungssatzung: German compounds put the head last); "*satzung*": both.
        folded = re.escape(fold(term.strip("*"))).replace(r"\ ", r"\s*").replace(r"\-", r"-?\s*")
        start = "" if term.startswith("*") else r"(?<![a-z0-9])"
        end = "" if term.endswith("*") else r"(?![a-z0-9])"
        patterns.append(start + folded + end)
    terms = len(patterns)
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
        patterns.append(pattern)
    if not patterns:
        if not required:
            return None
        raise where.error(
            f"entry '{key}' needs terms or patterns",
            f"Eintrag '{key}' braucht terms oder patterns",
            key=key,
        )
    needles: list[tuple[str, ...] | None] = []
    known = source.needles or {}
    for index, pattern in enumerate(patterns):
        if pattern in known:  # checked when the cached rule base was loaded
            needles.append(known[pattern])
            continue
        try:
            # Raises what re.compile would; the pattern itself is compiled on first use.
            needles.append(find_needles(pattern))
        except re.error as exc:
            if index < terms:
                raise
            raise where.error(
                f"pattern {pattern!r} is not a valid regular expression: {exc}",
                f"Muster {pattern!r} ist kein gültiger regulärer Ausdruck: {exc}",
                key="patterns",
            ) from None
    return Matcher(tuple(patterns), tuple(needles))


def _message(where: Where, value: Any, key: str) -> Message:
    mapping = as_map(where, value, key)
    inner = where.inner(mapping)
    check_keys(inner, ("de", "en"), ("de", "en"), key)
    return Message(de=as_str(inner, mapping["de"], "de"), en=as_str(inner, mapping["en"], "en"))


def _entries(path: str, top: str, source: _Source) -> tuple[Where, dict[str, Any]]:
    data = source.load(path)
    where = Where(path, data)
    as_map(where, data, top)
    check_keys(where, (top,), (top,))
    entries = as_map(where, data[top], top)
    return where.inner(entries), entries


def _load_matters(path: str, source: _Source) -> dict[str, Matter]:
    where, entries = _entries(path, "matters", source)
    matters: dict[str, Matter] = {}
    for key, entry in entries.items():
        inner = where.inner(as_map(where, entry, key))
        check_keys(inner, ("label", "description", "terms", "patterns", "exclude", "yields_to"), ("label",), key)
        exclude = None
        if "exclude" in entry:
            exclude = _compile(
                inner, {"patterns": as_list(inner, entry["exclude"], "exclude")}, "exclude", source
            )
        yields_to = tuple(as_str(inner, other, "yields_to")
                          for other in as_list(inner, entry.get("yields_to", []), "yields_to", empty=True))
        matters[key] = Matter(key, _message(inner, entry["label"], "label"),
                              _compile(inner, entry, key, source), exclude, yields_to)
    for key, matter in matters.items():
        for other in matter.yields_to:
            if other not in matters:
                inner = where.inner(as_map(where, entries[key], key))
                raise inner.error(
                    f"yields_to names an unknown matter {other!r}",
                    f"yields_to nennt eine unbekannte Angelegenheit {other!r}", "yields_to",
                    suggestion=did_you_mean(other, matters),
                )
    return matters


def _load_bodies(path: str, source: _Source) -> tuple[BodyTerm, ...]:
    where, entries = _entries(path, "bodies", source)
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
        terms.append(BodyTerm(key, kinds, _compile(inner, entry, key, source), lands))
    return tuple(terms)


def _load_legal_forms(path: str, source: _Source) -> tuple[dict[str, Matcher], frozenset[str]]:
    where, entries = _entries(path, "legal_forms", source)
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
        forms[key] = _compile(inner, entry, key, source)
    return forms, frozenset(private)


def _load_organisations(path: str, source: _Source) -> tuple[Organisation, ...]:
    where, entries = _entries(path, "organisations", source)
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
                                _compile(inner, entry, key, source),
                                as_str(inner, entry["source"], "source")))
    return tuple(out)


def _load_urgency(path: str, source: _Source) -> dict[str, Matcher]:
    where, entries = _entries(path, "urgency", source)
    out: dict[str, Matcher] = {}
    for key, entry in entries.items():
        inner = where.inner(as_map(where, entry, key))
        check_keys(inner, ("terms", "patterns", "description"), (), key)
        if key not in URGENCY_VALUES or key == "keine":
            raise where.error(f"unknown urgency value {key!r}", f"unbekannte Dringlichkeit {key!r}",
                              key, suggestion=did_you_mean(key, URGENCY_VALUES))
        out[key] = _compile(inner, entry, key, source)
    return out


def load_vocabulary(directory: str | os.PathLike[str], *, load: Callable[[str], Any] | None = None,
                    needles: Mapping[str, tuple[str, ...] | None] | None = None) -> Vocabulary:
    """Load every vocabulary file of ``directory`` (``rules/vocab``).

    Every pattern is checked now (as compiling it would), so a broken one is reported with its
    file and line; it is compiled on first use. The rule-base cache
    (:mod:`beschluss_rules.rulecache`) passes ``load``, which gives a file's parsed YAML, and the
    ``needles`` of the patterns that passed when it was written (those are not checked again).
    """
    base = os.fspath(directory)
    source = _Source(load or load_yaml_file, needles)
    forms, private = _load_legal_forms(os.path.join(base, "legal_forms.yaml"), source)
    return Vocabulary(
        matters=_load_matters(os.path.join(base, "matters.yaml"), source),
        bodies=_load_bodies(os.path.join(base, "bodies.yaml"), source),
        legal_forms=forms,
        private_forms=private,
        organisations=_load_organisations(os.path.join(base, "organisations.yaml"), source),
        urgency=_load_urgency(os.path.join(base, "urgency.yaml"), source),
    )

"""The domain model: municipalities, bodies, papers, decision items, verdicts and findings.

Every class is a frozen ``attrs`` class. Validators reject bad values with a message that names
the field and the value, because these objects are built from user data (rule files, municipality
profiles, papers) and a wrong value must be caught where it enters, not where it is used.

Vocabulary used throughout:

- *Land*: the German state whose municipal code applies, by its ISO 3166-2:DE code in lower case
  (``nw`` Nordrhein-Westfalen, ``bw`` Baden-Württemberg, ``ni`` Niedersachsen, ``rp``
  Rheinland-Pfalz ...; all 16 in :data:`LANDS`, :func:`land_code` reads what users type).
- *Body kind*: what a body is in law, whatever a municipality calls it. The council is ``rat``
  whether it is called Rat, Stadtrat, Gemeinderat or Stadtverordnetenversammlung. A body may have
  several kinds: the "Haupt- und Finanzausschuss" is Hauptausschuss and Finanzausschuss at once
  (§ 57 Abs. 2 S. 2 GO NRW lets the council give the Finanzausschuss's tasks to the Hauptausschuss).
- *Matter* (Angelegenheit): a class of decisions the law treats alike, e.g. "Erlass einer Satzung"
  or "Bestellung eines Vertreters in einer Personenvereinigung". Matters are rule data
  (``rules/vocab/matters.yaml``), not Python constants.
- *Verdict*: whether the named body may decide the item: ``competent``, ``not-competent``,
  ``conditional`` (only if a local delegation or a fact we lack says so) or ``unknown``.
"""

from __future__ import annotations

import datetime as _dt
import enum
import operator
import re
from collections.abc import Callable, Iterable
from typing import Any, TypeVar

import attrs

from .codes import WAIVABLE_FINDINGS, ExitCode, FindingId
from .errors import Location
from .lands import AGS_LANDS, LANDS, land_code

__all__ = [
    "BODY_KINDS",
    "AGS_LANDS",
    "BODY_KIND_LABELS",
    "RULE_KINDS",
    "WAIVABLE_FINDINGS",
    "decision_rank",
    "ExitCode",
    "FindingId",
    "RuleKind",
    "LANDS",
    "land_code",
    "LEGAL_FORMS",
    "URGENCY_VALUES",
    "Body",
    "DecisionItem",
    "Finding",
    "ItemResult",
    "Level",
    "Message",
    "Municipality",
    "Paper",
    "PaperResult",
    "Reference",
    "Validity",
    "Verdict",
]

#: The fixed vocabulary of body kinds. ``ortschaftsrat`` stands for every sub-municipal council
#: outside the NRW Bezirksvertretung (Bezirksausschuss, Ortschaftsrat, Ortsrat, Ortsbeirat);
#: ``gemeindevorstand`` is the collegial executive of Hessen (Magistrat in cities); ``ferienausschuss`` is
#: the Bavarian holiday committee (Art. 32 Abs. 4 GO Bayern), which stands in for the council and its
#: committees during the holiday period, so it cannot be an ordinary ``fachausschuss``.
BODY_KINDS: tuple[str, ...] = (
    "rat",
    "hauptausschuss",
    "finanzausschuss",
    "rechnungspruefungsausschuss",
    "fachausschuss",
    "bezirksvertretung",
    "ortschaftsrat",
    "buergermeister",
    "gemeindevorstand",
    "ferienausschuss",
)

#: Legal forms of a counterpart (an association, company or public-law body the municipality joins,
#: founds or sends representatives to). ``unbekannt`` when the paper does not say.
LEGAL_FORMS: tuple[str, ...] = (
    "unbekannt",
    "ev",
    "gmbh",
    "ggmbh",
    "ag",
    "ug",
    "kg",
    "gmbh_co_kg",
    "ohg",
    "gbr",
    "eg",
    "stiftung_privat",
    "zweckverband",
    "arbeitsgemeinschaft",
    "aoer",
    "gemeinsames_kommunalunternehmen",
    "koerperschaft_oeffentlich",
    "stiftung_oeffentlich",
)

#: How a decision is taken: in the ordinary course, as Eilentscheidung (NRW: by the
#: Hauptausschuss for the council, § 60 Abs. 1 S. 1 GO NRW) or as Dringlichkeitsentscheidung
#: (NRW: Bürgermeister with one council member, § 60 Abs. 1 S. 2 GO NRW).
URGENCY_VALUES: tuple[str, ...] = ("keine", "eilentscheidung", "dringlichkeitsentscheidung")

_AGS = re.compile(r"^\d{8}$")


class Verdict(enum.StrEnum):
    """Whether the named body may decide an item; the value is what JSON output shows."""

    COMPETENT = "competent"
    NOT_COMPETENT = "not-competent"
    CONDITIONAL = "conditional"
    UNKNOWN = "unknown"

    @property
    def level(self) -> Level:
        """The finding level a verdict carries: errors fail a CI run, warnings ask for a look."""
        return _VERDICT_LEVEL[self]


class Level(enum.StrEnum):
    """Severity of a finding, ordered ``info`` < ``warning`` < ``error``."""

    INFO = "info"
    WARNING = "warning"
    ERROR = "error"

    @property
    def rank(self) -> int:
        return ("info", "warning", "error").index(self.value)


_VERDICT_LEVEL = {
    Verdict.COMPETENT: Level.INFO,
    Verdict.NOT_COMPETENT: Level.ERROR,
    Verdict.CONDITIONAL: Level.WARNING,
    Verdict.UNKNOWN: Level.WARNING,
}


def _in(choices: tuple[str, ...], what: str) -> Callable[[Any, attrs.Attribute[Any], Any], None]:
    def check(instance: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
        if value not in choices:
            raise ValueError(
                f"{attribute.name} must be one of the {what} {', '.join(choices)}; got {value!r}"
            )

    return check


def _kinds(instance: Any, attribute: attrs.Attribute[Any], value: tuple[str, ...]) -> None:
    for kind in value:
        if kind not in BODY_KINDS:
            raise ValueError(
                f"{attribute.name} has the unknown body kind {kind!r}; "
                f"body kinds are {', '.join(BODY_KINDS)}"
            )
    if len(set(value)) != len(value):
        raise ValueError(f"{attribute.name} names a body kind twice: {value!r}")


def _sorted_tuple(value: Iterable[str]) -> tuple[str, ...]:
    return tuple(sorted(value))


# Typed converters: attrs' mypy plugin cannot see through ``converter=tuple``.
def _strings(value: Iterable[str]) -> tuple[str, ...]:
    return tuple(value)


def _bodies(value: Iterable[Body]) -> tuple[Body, ...]:
    return tuple(value)


def _items(value: Iterable[DecisionItem]) -> tuple[DecisionItem, ...]:
    return tuple(value)


def _messages(value: Iterable[Message]) -> tuple[Message, ...]:
    return tuple(value)


# Pickling. ``--jobs`` sends every result from a worker process to the parent as a pickle. attrs
# pickles a slotted class through its ``__getstate__``/``__setstate__``: Python functions that
# build, and read back, a dict of every field by name (about 4 µs per object each way, some 37 µs
# per paper result). A class decorated with :func:`_fast_pickle` pickles as ``(_restore, (class,
# field values in field order))`` instead: the values are read by one ``operator.attrgetter``.
# ``_restore`` makes an instance of the class's *twin*: a mutable attrs subclass over the same
# slots, without converters or validators, whose generated ``__init__`` stores each value with
# one plain attribute store; the instance then becomes an instance of the frozen class (same
# layout, so Python allows it) and is frozen from there on. No converter or validator runs
# again: the values are those of a valid instance. ``_restore`` rebuilds only the classes
# registered here, from a tuple of exactly their number of fields, and calls nothing else.

#: Each class pickled by its field values, with its twin.
_PICKLED: dict[type, type] = {}

_T = TypeVar("_T")


def _restore(cls: type, values: tuple[Any, ...]) -> Any:
    """The instance of ``cls`` with the field ``values`` (as ``__reduce_ex__`` wrote them)."""
    try:
        twin = _PICKLED[cls]
    except (KeyError, TypeError):
        raise TypeError(f"cannot restore {cls!r}: not a class of the model pickled by its values") from None
    if type(values) is not tuple or len(values) != len(twin.__attrs_attrs__):  # type: ignore[attr-defined]
        raise TypeError(f"cannot restore {cls.__name__}: expected a tuple of "
                        f"{len(twin.__attrs_attrs__)} field values")  # type: ignore[attr-defined]
    restored = twin(*values)
    restored.__class__ = cls
    return restored


def _fast_pickle(cls: type[_T]) -> type[_T]:
    """Make ``cls`` (a frozen, slotted attrs class with two fields or more) pickle by its field
    values (see above). Its instances compare, hash and behave as before. Should an attrs
    version not give the twin the class's layout, the class keeps attrs' own pickling."""
    names = tuple(field.name for field in attrs.fields(cls))  # type: ignore[arg-type]
    if len(names) < 2:  # attrgetter of one name gives the value, not a tuple
        raise TypeError(f"{cls.__name__}: pickling by values needs two fields or more")
    values = operator.attrgetter(*names)
    twin = attrs.define(
        these={name: attrs.field() for name in names}, eq=False, order=False, repr=False, match_args=False,
        getstate_setstate=False,
    )(type(f"_Restoring{cls.__name__}", (cls,), {
        "__module__": cls.__module__,
        # Not frozen (both, or Python calls the frozen __setattr__ through a wrapper).
        "__setattr__": object.__setattr__, "__delattr__": object.__delattr__,
    }))
    if twin.__basicsize__ != cls.__basicsize__ or twin.__dict__.get("__slots__"):
        return cls

    def __reduce_ex__(self: _T, protocol: int) -> Any:
        if type(self) is not cls:  # a subclass (the model has none): attrs' own pickling
            return object.__reduce_ex__(self, protocol)
        return _restore, (cls, values(self))

    __reduce_ex__.__qualname__ = f"{cls.__qualname__}.__reduce_ex__"
    type.__setattr__(cls, "__reduce_ex__", __reduce_ex__)
    _PICKLED[cls] = twin
    return cls


@_fast_pickle
@attrs.frozen
class Message:
    """A text in German (``de``, the default for legal staff) and English (``en``)."""

    de: str = attrs.field(validator=attrs.validators.min_len(1))
    en: str = attrs.field(validator=attrs.validators.min_len(1))

    def get(self, lang: str) -> str:
        return self.en if lang == "en" else self.de

    def format(self, **values: Any) -> Message:
        return Message(de=self.de.format(**values), en=self.en.format(**values))


@_fast_pickle
@attrs.frozen
class Reference:
    """A structured citation of a norm, e.g. § 41 Abs. 1 S. 2 lit. m GO NRW.

    ``text`` is the quoted wording of the norm (statute text is public law, § 5 UrhG);
    ``url`` where it was read; ``note`` says what is uncertain about it. ``wording`` is
    ``"not-found"`` when the wording of the version in force was searched for and not seen
    (the note says what was searched and what the rule rests on); ``citation`` is
    ``"whole-law"`` when the reference deliberately names a whole law or statute, no § / Art.
    (the note says why). Both are ``None`` otherwise; see docs/rule-format.md.
    """

    law: str = attrs.field(validator=attrs.validators.min_len(1))
    section: str | None = None
    paragraph: str | None = None
    sentence: str | None = None
    letter: str | None = None
    number: str | None = None
    text: str | None = None
    url: str | None = None
    note: str | None = None
    article: bool = False
    wording: str | None = None
    citation: str | None = None

    def cite(self) -> str:
        """The citation in the form German lawyers write it: ``§ 41 Abs. 1 S. 2 lit. m GO NRW``."""
        parts: list[str] = []
        if self.section:
            parts.append(("Art. " if self.article else "§ ") + self.section)
        if self.paragraph:
            parts.append(f"Abs. {self.paragraph}")
        if self.sentence:
            parts.append(f"S. {self.sentence}")
        if self.number:
            parts.append(f"Nr. {self.number}")
        if self.letter:
            parts.append(f"lit. {self.letter}")
        parts.append(self.law)
        return " ".join(parts)

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {"citation": self.cite(), "law": self.law}
        for key in ("section", "paragraph", "sentence", "number", "letter", "text", "url", "note"):
            value = getattr(self, key)
            if value is not None:
                out[key] = value
        return out


@_fast_pickle
@attrs.frozen
class Validity:
    """The dates between which a rule is law: ``start`` inclusive, ``end`` inclusive or open."""

    start: _dt.date = attrs.field(validator=attrs.validators.instance_of(_dt.date))
    end: _dt.date | None = attrs.field(
        default=None, validator=attrs.validators.optional(attrs.validators.instance_of(_dt.date))
    )

    @end.validator
    def _end_after_start(self, attribute: attrs.Attribute[Any], value: _dt.date | None) -> None:
        if value is not None and value < self.start:
            raise ValueError(f"valid.until ({value}) lies before valid.from ({self.start})")

    def covers(self, day: _dt.date) -> bool:
        return self.start <= day and (self.end is None or day <= self.end)


@_fast_pickle
@attrs.frozen
class Body:
    """A body as a paper or profile names it, with its kinds in law.

    ``key`` is the body's id in a municipality profile (``hfa``), or ``None`` when the body was
    recognised from the vocabulary alone.
    """

    name: str = attrs.field(validator=attrs.validators.min_len(1))
    kinds: tuple[str, ...] = attrs.field(converter=_strings, validator=_kinds)
    key: str | None = None

    def has_kind(self, kind: str) -> bool:
        return kind in self.kinds

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {"name": self.name, "kinds": list(self.kinds)}
        if self.key is not None:
            out["profile_id"] = self.key
        return out


@_fast_pickle
@attrs.frozen
class Municipality:
    """A municipality (Gemeinde/Stadt) with the facts competence depends on.

    ``ags`` is the 8-digit Amtlicher Gemeindeschlüssel. ``kreisfrei`` matters in NRW because
    Bezirksvertretungen exist only in kreisfreie Städte (§ 35 Abs. 1, § 37 GO NRW).
    ``delegations_complete`` says whether the profile lists every local delegation
    (Hauptsatzung, Zuständigkeitsordnung): only then can a missing delegation make a committee
    ``not-competent`` rather than ``conditional``.
    """

    name: str = attrs.field(validator=attrs.validators.min_len(1))
    ags: str = attrs.field()
    land: str = attrs.field(validator=_in(tuple(LANDS), "Länder"))
    kreisfrei: bool = attrs.field(validator=attrs.validators.instance_of(bool))
    bodies: tuple[Body, ...] = attrs.field(converter=_bodies, default=())
    delegations_complete: bool = False
    district: str | None = None
    source: str | None = None

    @ags.validator
    def _ags_digits(self, attribute: attrs.Attribute[Any], value: str) -> None:
        if not isinstance(value, str) or not _AGS.match(value):
            raise ValueError(f"ags must be the 8-digit Gemeindeschlüssel; got {value!r}")


@_fast_pickle
@attrs.frozen
class DecisionItem:
    """One proposed decision (Beschlusspunkt) of a paper, with what the rules need to know.

    ``amount_cents`` is an integer number of cents (never a float or a numeric string: the
    engine compares typed values). ``legal_form`` is the legal form of the counterpart the item
    deals with (the association joined, the company founded), ``unbekannt`` if the paper does not
    say. ``line`` and ``column`` point at the item's text in the paper (1-based).
    """

    index: int = attrs.field(validator=attrs.validators.ge(1))
    text: str
    body: Body | None
    matters: tuple[str, ...] = attrs.field(converter=_sorted_tuple, default=())
    legal_form: str = attrs.field(default="unbekannt", validator=_in(LEGAL_FORMS, "legal forms"))
    amount_cents: int | None = attrs.field(
        default=None, validator=attrs.validators.optional(attrs.validators.instance_of(int))
    )
    recurring: bool = False
    urgency: str = attrs.field(default="keine", validator=_in(URGENCY_VALUES, "urgency values"))
    counterpart: str | None = None
    line: int = 1
    column: int = 1
    body_line: int | None = None
    #: Where the body came from: ``heading`` ("Rat:"), ``sentence`` ("Der Rat beschließt"),
    #: ``recommendation`` ("... empfiehlt dem Rat"), ``antrag`` ("Antrag an den Gemeinderat"),
    #: ``beratungsfolge`` (the deciding row; ``beratungsfolge-presumed``: the last row of a table
    #: without roles), ``oparl``, ``front-matter``, ``minutes`` (the body whose session the
    #: minutes record, for an agenda item's decision that names none), ``none``.
    body_source: str | None = None
    #: The kind of urgent decision this item approves afterwards ("Genehmigung der
    #: Dringlichkeitsentscheidung", NRW § 60 Abs. 1 S. 3 GO); the approval itself is ordinary.
    urgency_approval: str = attrs.field(default="keine", validator=_in(URGENCY_VALUES, "urgency values"))
    #: Bauleitplanung stage: aufstellung, beteiligung, auslegung, satzung, feststellung.
    planning_stage: str | None = None
    #: Norms the item cites, as written ("§ 2 Abs. 1 BauGB").
    norms: tuple[str, ...] = attrs.field(converter=_strings, default=())
    #: Whether the amount includes VAT as the paper says: ``brutto``, ``netto``, or ``None``
    #: (not said). A value limit stated net or gross is only compared when this matches.
    amount_basis: str | None = attrs.field(
        default=None, validator=attrs.validators.optional(attrs.validators.in_(("brutto", "netto"))))
    #: A body name in the item written with mixed scripts, bidi controls, invisible or
    #: compatibility characters ("Rаt" with a Cyrillic "а"), as written; the check reports it
    #: at error level (:mod:`beschluss_rules.text.spoofing`).
    suspicious_name: str | None = None
    #: The body whose recommendation the item is, when the item only recommends ("Der
    #: Ortschaftsrat Durlach empfiehlt dem Gemeinderat, ... zu beschließen": the Ortschaftsrat
    #: Durlach; ``body`` is the Gemeinderat, the body that will decide and is checked); ``None``
    #: when the item is a decision of its own (``body_source`` ``recommendation`` has it set
    #: where the recommending body is known).
    recommended_by: Body | None = None

    @amount_cents.validator
    def _not_negative(self, attribute: attrs.Attribute[Any], value: int | None) -> None:
        if value is not None and value < 0:
            raise ValueError(f"amount_cents must not be negative; got {value}")


@_fast_pickle
@attrs.frozen
class Paper:
    """A council paper (Beschlussvorlage) as read: where it came from and its decision items."""

    path: str
    title: str | None
    items: tuple[DecisionItem, ...] = attrs.field(converter=_items)
    land: str | None = None
    municipality: Municipality | None = None
    municipality_name: str | None = None
    date: _dt.date | None = None
    reference: str | None = None
    #: How the paper was read, where worth knowing (encoding guessed, Land from the cited law).
    notes: tuple[Message, ...] = attrs.field(converter=_messages, default=())
    #: The YAML front matter of a Markdown paper (``None`` for other formats).
    front_matter: Any = None


@_fast_pickle
@attrs.frozen
class Finding:
    """One statement about an item: a verdict's reason, a caution, or an error.

    ``rule`` is the id of the rule that produced it (``nw.go.41-1-2-m-...``) or a built-in id
    such as ``internal.engine-disagreement``.
    """

    rule: str
    level: Level
    message: Message
    references: tuple[Reference, ...] = ()
    line: int | None = None
    column: int | None = None

    @property
    def code(self) -> str:
        """The stable code of this finding: the rule id or built-in :class:`FindingId`."""
        return str(self.rule)

    @property
    def location(self) -> Location:
        """Where in the paper the finding points (the paper's path is its result's)."""
        return Location(None, self.line, self.column)

    def to_json(self, lang: str) -> dict[str, Any]:
        return {
            "rule": self.rule,
            "level": self.level.value,
            "message": self.message.get(lang),
            "references": [ref.to_json() for ref in self.references],
            "line": self.line,
            "column": self.column,
        }


@_fast_pickle
@attrs.frozen
class ItemResult:
    """The verdict on one decision item and how it was reached.

    ``matched`` lists every rule whose conditions held; ``deciding`` the one that settled the
    verdict; ``overridden`` the matched rules that lost to it (default logic: reserved matters
    over statutory assignments over local delegations over the general competence).
    """

    item: DecisionItem
    verdict: Verdict
    competent_bodies: tuple[str, ...]
    findings: tuple[Finding, ...]
    matched: tuple[str, ...] = ()
    deciding: str | None = None
    overridden: tuple[str, ...] = ()


@_fast_pickle
@attrs.frozen
class PaperResult:
    """Everything said about one paper: its item results and the errors that stopped reading."""

    path: str
    paper: Paper | None
    items: tuple[ItemResult, ...] = ()
    errors: tuple[Message, ...] = ()
    #: The file is well-formed but holds no paper (an OParl organization list beside the papers):
    #: a folder walk skips it with a note instead of reporting it as unreadable.
    not_a_paper: bool = False

    @property
    def worst_level(self) -> Level | None:
        levels = [f.level for r in self.items for f in r.findings]
        return max(levels, key=lambda level: level.rank) if levels else None


@_fast_pickle
@attrs.frozen
class RuleKind:
    """A kind of rule: what it means for the verdict and where it stands in the default logic.

    ``rank`` orders the kinds of rules that decide: when several match an item, the one of the
    lowest rank decides (reserved matters over statutory assignments over the urgency route over
    local delegations over the council's general competence over mere delegability). A caution has
    no rank: it never decides.
    """

    name: str
    rank: int | None
    label: Message


#: Rule kinds (see docs/legal-model.md), each defined once: ``general`` the council's general
#: competence (Allzuständigkeit); ``reserved`` a matter only the council may decide;
#: ``assigned`` a statute names the body (``exclusive`` says whether others are shut out);
#: ``delegable`` bodies that may decide a non-reserved matter only if the council delegated it;
#: ``delegation`` a local delegation (profile: Hauptsatzung / Zuständigkeitsordnung);
#: ``urgency`` the statutory urgency route; ``caution`` a warning that never decides.
RULE_KINDS: dict[str, RuleKind] = {kind.name: kind for kind in (
    RuleKind("general", 4, Message("Allzuständigkeit", "general competence")),
    RuleKind("reserved", 0, Message("Vorbehalt", "reserved matter")),
    RuleKind("assigned", 1, Message("gesetzliche Zuweisung", "statutory assignment")),
    RuleKind("delegable", 5, Message("übertragbar", "delegable")),
    RuleKind("delegation", 3, Message("örtliche Übertragung", "local delegation")),
    RuleKind("urgency", 2, Message("Eil-/Dringlichkeitsentscheidung", "urgency route")),
    RuleKind("caution", None, Message("Hinweis", "caution")),
)}


def decision_rank(kind: str) -> int:
    """Where a rule of ``kind`` stands when several match (lower decides); unknown kinds last."""
    found = RULE_KINDS.get(kind)
    return 9 if found is None or found.rank is None else found.rank


#: How body kinds are named in messages.
BODY_KIND_LABELS: dict[str, Message] = {
    "rat": Message("Rat", "council"),
    "hauptausschuss": Message("Hauptausschuss", "main committee"),
    "finanzausschuss": Message("Finanzausschuss", "finance committee"),
    "rechnungspruefungsausschuss": Message("Rechnungsprüfungsausschuss", "audit committee"),
    "fachausschuss": Message("Fachausschuss", "specialist committee"),
    "bezirksvertretung": Message("Bezirksvertretung", "district council"),
    "ortschaftsrat": Message("Ortschafts-/Ortsrat", "local council"),
    "buergermeister": Message("Bürgermeister", "mayor"),
    "gemeindevorstand": Message("Gemeindevorstand", "municipal executive board"),
    "ferienausschuss": Message("Ferienausschuss", "holiday committee"),
}

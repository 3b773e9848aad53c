"""Hypothesis strategies: generated rule bases, municipalities, dates and decision items.

Generated rules use the real data model (:class:`beschluss_rules.rulebase.loader.Rule`) and the real
condition tree, so the properties exercise the same compiler and evaluators as production.
"""

from __future__ import annotations

import datetime as dt
import hashlib

import attrs
from hypothesis import strategies as st

from beschluss_rules.model import (
    BODY_KINDS,
    LEGAL_FORMS,
    URGENCY_VALUES,
    Body,
    DecisionItem,
    Level,
    Message,
    Municipality,
    Reference,
    Validity,
)
from beschluss_rules.rulebase.conditions import All, Any_, Atom, negate
from beschluss_rules.rulebase.types import Rule

MATTERS = ("m_alpha", "m_beta", "m_gamma", "m_delta", "m_epsilon")
LANDS = ("nw", "bw")
AGS = ("05370016", "08212000")
FIRST_DAY = dt.date(2015, 1, 1)
LAST_DAY = dt.date(2027, 12, 31)

dates = st.dates(min_value=FIRST_DAY, max_value=LAST_DAY)


def _atom() -> st.SearchStrategy:
    return st.one_of(
        st.sampled_from(MATTERS).map(lambda m: Atom(f"matter__{m}", "eq", True)),
        st.sampled_from(MATTERS).map(lambda m: Atom(f"matter__{m}", "ne", True)),
        st.sampled_from(BODY_KINDS).map(lambda k: Atom(f"body__{k}", "eq", True)),
        st.tuples(st.sampled_from(("eq", "ne")), st.sampled_from(LEGAL_FORMS)).map(
            lambda t: Atom("legal_form", t[0], t[1])),
        st.tuples(st.sampled_from(("eq", "ne")), st.sampled_from(URGENCY_VALUES)).map(
            lambda t: Atom("urgency", t[0], t[1])),
        st.booleans().map(lambda b: Atom("legal_form_private", "eq", b)),
        st.tuples(st.sampled_from(("eq", "ne")), st.sampled_from(("ja", "nein", "unbekannt"))).map(
            lambda t: Atom("kreisfrei", t[0], t[1])),
        st.tuples(st.sampled_from(("lt", "lte", "gt", "gte", "eq", "ne")),
                  st.integers(0, 2_000_000).map(lambda e: e * 100)).map(
            lambda t: All((Atom("has_amount", "eq", True), Atom("amount_cents", t[0], t[1])))),
    )


conditions = st.recursive(
    _atom(),
    lambda inner: st.one_of(
        st.lists(inner, min_size=2, max_size=3).map(lambda c: All(tuple(c))),
        st.lists(inner, min_size=2, max_size=3).map(lambda c: Any_(tuple(c))),
    ),
    max_leaves=6,
)

_REF = (Reference(law="Testgesetz", section="1", text="Generierte Norm."),)


@st.composite
def rules(draw, index: int | None = None, kinds=("general", "reserved", "assigned", "delegable", "urgency", "caution"),
          municipality: str | None = None) -> Rule:
    kind = draw(st.sampled_from(kinds))
    start = draw(dates)
    end = draw(st.one_of(st.none(), dates.filter(lambda d: d >= start)))
    when = draw(st.one_of(st.none(), conditions)) if kind in ("general", "delegable") else draw(conditions)
    competent = () if kind == "caution" else tuple(draw(st.lists(st.sampled_from(BODY_KINDS), min_size=1, max_size=3, unique=True)))
    number = index if index is not None else draw(st.integers(0, 10**6))
    return Rule(
        id=f"gen.r{number:04d}-{kind}", path="<generated>", kind=kind,
        level=Level.WARNING if kind == "caution" else Level.ERROR,
        title=Message("Titel", "Title"), description="Generiert.",
        message=Message("{body}: Test.", "{body}: test."), references=_REF,
        valid=Validity(start, end), when=when, competent=competent,
        land=draw(st.sampled_from(LANDS)),
        exclusive=kind == "assigned" and draw(st.booleans()),
        certainty=draw(st.sampled_from(("settled", "uncertain"))) if kind not in ("caution",) else "settled",
        uncertainty="Generiert unsicher.",
        municipality=municipality,
    )


@st.composite
def contradictory_rules(draw, index: int | None = None) -> Rule:
    """A rule whose condition contradicts itself: a drawn condition ``c`` (or, for rules without
    one, a drawn atom) conjoined with its negation, ``c and not c``, or two different values for
    one equality. The solver must refute every such condition."""
    rule = draw(rules(index=index, kinds=("reserved", "assigned", "urgency", "caution")))
    base = rule.when if rule.when is not None else draw(_atom())
    how = draw(st.sampled_from(("negation", "two-values")))
    if how == "two-values":
        prop = draw(st.sampled_from(("land", "urgency", "legal_form")))
        values = {"land": LANDS, "urgency": URGENCY_VALUES, "legal_form": LEGAL_FORMS}[prop]
        first, second = draw(st.lists(st.sampled_from(values), min_size=2, max_size=2, unique=True))
        when = All((base, Atom(prop, "eq", first), Atom(prop, "eq", second)))
    else:
        when = All((base, negate(base)))
    return attrs.evolve(rule, when=when)


@st.composite
def rule_lists(draw, min_size: int = 1, max_size: int = 12) -> list[Rule]:
    size = draw(st.integers(min_size, max_size))
    return [draw(rules(index=i)) for i in range(size)]


def digest_of(rules_: list[Rule]) -> str:
    return hashlib.sha256(repr(sorted(rules_, key=lambda r: r.id)).encode()).hexdigest()


@st.composite
def items(draw, matters: tuple[str, ...] = MATTERS) -> DecisionItem:
    kinds = draw(st.lists(st.sampled_from(BODY_KINDS), min_size=1, max_size=2, unique=True))
    return DecisionItem(
        index=1,
        text="Generierter Punkt.",
        body=Body("Gremium", tuple(kinds)),
        matters=tuple(draw(st.lists(st.sampled_from(matters), max_size=3, unique=True))),
        legal_form=draw(st.sampled_from(LEGAL_FORMS)),
        amount_cents=draw(st.one_of(st.none(), st.integers(0, 2_000_000).map(lambda e: e * 100))),
        recurring=draw(st.booleans()),
        urgency=draw(st.sampled_from(URGENCY_VALUES)),
    )


# ---------------------------------------------------------------------------------------------
# Items for the shipped rule base, single-matter items, local delegations, lint witnesses

NON_COUNCIL = ("hauptausschuss", "finanzausschuss", "rechnungspruefungsausschuss", "fachausschuss",
               "bezirksvertretung", "ortschaftsrat", "buergermeister", "gemeindevorstand")


@st.composite
def shipped_items(draw, matters: tuple[str, ...]) -> DecisionItem:
    """Items for the shipped rule base: any body kind, up to three of its matters."""
    kinds = draw(st.lists(st.sampled_from(NON_COUNCIL + ("rat",)), min_size=1, max_size=2, unique=True))
    return DecisionItem(
        index=1, text="", body=Body("Gremium", tuple(kinds)),
        matters=tuple(draw(st.lists(st.sampled_from(matters), max_size=3, unique=True))),
        legal_form=draw(st.sampled_from(("unbekannt", "ev", "gmbh", "arbeitsgemeinschaft", "zweckverband"))),
        amount_cents=draw(st.one_of(st.none(), st.integers(0, 10**9))),
        urgency=draw(st.sampled_from(("keine", "eilentscheidung", "dringlichkeitsentscheidung"))),
    )


@st.composite
def single_matter_items(draw, matters: tuple[str, ...] = MATTERS, body: Body | None = None) -> DecisionItem:
    """Items with at most one matter: lint's conflicts and void delegations are about one matter."""
    item = draw(items(matters))
    return attrs.evolve(item, matters=tuple(draw(st.lists(st.sampled_from(matters), max_size=1))),
                        body=body if body is not None else item.body)


#: A fictitious municipality for generated delegations: body keys are what delegations name.
MUNICIPALITY = Municipality(
    name="Generierte Stadt", ags=AGS[0], land="nw", kreisfrei=False,
    bodies=(Body("Rat", ("rat",), key="rat"), Body("HFA", ("hauptausschuss", "finanzausschuss"), key="hfa"),
            Body("Bauausschuss", ("fachausschuss",), key="bau"), Body("Bürgermeister", ("buergermeister",), key="bm")),
)
BODY_KEYS = tuple(b.key for b in MUNICIPALITY.bodies)


@st.composite
def delegations(draw, index: int) -> Rule:
    """A local delegation of MUNICIPALITY (kind ``delegation``, competent = profile body keys)."""
    start = draw(dates)
    end = draw(st.one_of(st.none(), dates.filter(lambda d: d >= start)))
    return Rule(
        id=f"local.gen.d{index:03d}", path="<generated>", kind="delegation", level=Level.ERROR,
        title=Message("Delegation", "Delegation"), description="Generiert.",
        message=Message("{body}: Delegation.", "{body}: delegation."), references=_REF,
        valid=Validity(start, end), when=draw(conditions),
        competent=tuple(draw(st.lists(st.sampled_from(BODY_KEYS[1:]), min_size=1, max_size=2, unique=True))),
        land="nw", certainty=draw(st.sampled_from(("settled", "uncertain"))),
        uncertainty="Generiert unsicher.", municipality=MUNICIPALITY.ags,
    )


@st.composite
def rule_bases_with_delegations(draw) -> list[Rule]:
    """Statute rules of Land nw (reserved ones likely) plus one to three local delegations."""
    statute = [attrs.evolve(draw(rules(index=i, kinds=("general", "reserved", "reserved", "assigned",
                                                       "delegable", "urgency"))), land="nw")
               for i in range(draw(st.integers(1, 8)))]
    local = [draw(delegations(i)) for i in range(draw(st.integers(1, 3)))]
    return statute + local


def fact_from_example(example, matters: tuple[str, ...] = MATTERS) -> dict:
    """A complete fact from a lint witness (which names only the properties that matter)."""
    values = dict(example)
    fact = {
        "land": values.get("land", "nw"), "date": values.get("date", 20240101),
        "municipality": values.get("municipality", ""), "kreisfrei": values.get("kreisfrei"),
        "legal_form": values.get("legal_form", "unbekannt"),
        "legal_form_private": values.get("legal_form_private", False),
        "amount_cents": values.get("amount_cents", 0), "has_amount": values.get("has_amount", False),
        "recurring": values.get("recurring", False), "urgency": values.get("urgency", "keine"),
    }
    if fact["kreisfrei"] is None:
        fact["kreisfrei"] = "unbekannt" if fact["municipality"] == "" else "nein"
    for matter in matters:
        fact[f"matter__{matter}"] = values.get(f"matter__{matter}", False)
    for kind in BODY_KINDS:
        fact[f"body__{kind}"] = values.get(f"body__{kind}", False)
    return fact


def item_from_example(example, body_key: str | None = None) -> tuple[DecisionItem, dt.date]:
    """The decision item and date a lint witness describes."""
    values = dict(example)
    kinds = tuple(k for k in BODY_KINDS if values.get(f"body__{k}") is True)
    number = values.get("date", 20240101)
    day = dt.date(number // 10000, number // 100 % 100, number % 100)
    item = DecisionItem(
        index=1, text="", body=Body("Gremium", kinds, key=body_key),
        matters=tuple(sorted(k[len("matter__"):] for k, v in values.items() if k.startswith("matter__") and v is True)),
        legal_form=values.get("legal_form", "unbekannt"),
        amount_cents=values.get("amount_cents") if values.get("has_amount") else None,
        recurring=bool(values.get("recurring", False)), urgency=values.get("urgency", "keine"),
    )
    return item, day

"""Properties of the engine and the default logic, checked by Hypothesis.

Run more examples with HYPOTHESIS_PROFILE=ci (CI does for the default profile count too).
"""

from __future__ import annotations

import datetime as dt

import attrs
from hypothesis import given, strategies as st

from beschluss_rules.engine._durable import DurableEvaluator
from beschluss_rules.engine.compile import compile_rules
from beschluss_rules.engine.facts import make_fact
from beschluss_rules.engine.reference import ReferenceEvaluator
from beschluss_rules.model import Body, DecisionItem, Verdict, Validity
from beschluss_rules.resolve import resolve

from . import strategies as gen

PRIVATE = frozenset({"ev", "gmbh", "ag"})


def _fact(item, land, day, ags=None, kreisfrei=None, matters=gen.MATTERS):
    return make_fact(item, land=land, day=day, municipality=ags, kreisfrei=kreisfrei,
                     matters=matters, private_forms=PRIVATE)


@given(gen.rule_lists(), st.lists(st.tuples(gen.items(), gen.dates, st.sampled_from(gen.LANDS)), min_size=1, max_size=8))
def test_durable_and_reference_agree(rules, cases):
    """For any generated rule base and items, durable_rules fires exactly the rules the
    pure-Python reference evaluator says match, and leaves no fact behind in its state."""
    compiled = compile_rules(rules, gen.MATTERS, "gen_" + gen.digest_of(rules)[:24])
    durable = DurableEvaluator(compiled)
    reference = ReferenceEvaluator(compiled)
    for item, day, land in cases:
        fact = _fact(item, land, day)
        assert durable.match(fact) == reference.match(fact)
        assert durable.pending_facts() == []


@given(gen.rule_lists(min_size=2), gen.items(), gen.dates, st.randoms(use_true_random=False))
def test_rule_order_does_not_matter(rules, item, day, rnd):
    """Shuffling the rule files changes neither which rules match nor the verdict."""
    shuffled = list(rules)
    rnd.shuffle(shuffled)
    first = compile_rules(rules, gen.MATTERS, "a")
    second = compile_rules(shuffled, gen.MATTERS, "b")
    assert first.rules == second.rules
    fact = _fact(item, "nw", day)
    matched = ReferenceEvaluator(first).match(fact)
    by_id = {r.id: r for r in rules}
    one = resolve(item, [by_id[i] for i in matched], municipality=None, land="nw", date_text="x")
    two = resolve(item, [by_id[i] for i in sorted(matched, reverse=True)], municipality=None, land="nw", date_text="x")
    assert one == two


@given(gen.rules(index=1, kinds=("general",)), gen.dates)
def test_a_rule_applies_exactly_within_its_validity(rule, day):
    """Date slicing: a rule without other conditions matches iff the date lies in its validity."""
    rule = attrs.evolve(rule, when=None, land="nw")
    compiled = compile_rules([rule], gen.MATTERS, "slice")
    item = DecisionItem(index=1, text="", body=Body("Rat", ("rat",)))
    matched = ReferenceEvaluator(compiled).match(_fact(item, "nw", day))
    assert (rule.id in matched) == rule.valid.covers(day)


_NON_COUNCIL = [k for k in ("hauptausschuss", "finanzausschuss", "rechnungspruefungsausschuss",
                            "fachausschuss", "bezirksvertretung", "ortschaftsrat", "buergermeister",
                            "gemeindevorstand")]


@st.composite
def shipped_items(draw, matters):
    kinds = draw(st.lists(st.sampled_from(_NON_COUNCIL + ["rat"]), min_size=1, max_size=2, unique=True))
    return DecisionItem(
        index=1, text="", body=Body("Gremium", tuple(kinds)),
        matters=tuple(draw(st.lists(st.sampled_from(matters), max_size=3, unique=True))),
        legal_form=draw(st.sampled_from(("unbekannt", "ev", "gmbh", "arbeitsgemeinschaft", "zweckverband"))),
        amount_cents=draw(st.one_of(st.none(), st.integers(0, 10**9))),
        urgency=draw(st.sampled_from(("keine", "eilentscheidung", "dringlichkeitsentscheidung"))),
    )


@given(st.data())
def test_reserved_matters_are_never_competent_for_other_bodies(checker, data):
    """With the shipped rule base: when a settled reserved rule (or exclusive assignment to the
    council) applies, no body without the kind 'rat' is competent — except by the statutory
    urgency route, which the item must claim."""
    rule_base = checker.rule_base
    item = data.draw(shipped_items(tuple(sorted(rule_base.vocabulary.matters))))
    day = data.draw(st.dates(dt.date(2018, 6, 1), dt.date(2026, 12, 31)))
    result = checker.evaluate_item(item, land="nw", day=day, municipality=None)
    rules = {r.id: r for r in rule_base.rules}
    reserved = [rules[i] for i in result.matched
                if rules[i].kind == "reserved" or (rules[i].kind == "assigned" and rules[i].exclusive)]
    settled_for_council = [r for r in reserved if r.certainty == "settled" and r.competent == ("rat",)]
    if settled_for_council and "rat" not in item.body.kinds:
        if result.verdict is Verdict.COMPETENT:
            assert item.urgency != "keine"
            assert rules[result.deciding].kind == "urgency"
        else:
            assert result.verdict in (Verdict.NOT_COMPETENT, Verdict.CONDITIONAL)


@given(st.data())
def test_adding_a_delegation_never_takes_competence_away(checker, data):
    """Council supremacy: whatever local delegation is added, the council's verdict does not
    change, and no verdict that was 'competent' becomes 'not-competent'."""
    rule_base = checker.rule_base
    matters = tuple(sorted(rule_base.vocabulary.matters))
    item = data.draw(shipped_items(matters))
    day = data.draw(st.dates(dt.date(2019, 1, 1), dt.date(2026, 12, 31)))
    profile = rule_base.profile_for("heinsberg")
    municipality = profile.municipality
    body = data.draw(st.sampled_from([b for b in municipality.bodies]))
    item = attrs.evolve(item, body=body)
    council = attrs.evolve(item, body=next(b for b in municipality.bodies if b.key == "rat"))
    grantee = data.draw(st.sampled_from(sorted({b.key for b in municipality.bodies})))
    delegation = attrs.evolve(
        next(r for r in rule_base.rules if r.kind == "reserved"),
        id="local.test.delegation", kind="delegation", competent=(grantee,),
        municipality=municipality.ags, certainty="settled",
        when=gen.Atom(f"matter__{data.draw(st.sampled_from(matters))}", "eq", True),
        valid=Validity(dt.date(2019, 1, 1)),
    )
    compiled_before = compile_rules(rule_base.rules, matters, "before")
    compiled_after = compile_rules(list(rule_base.rules) + [delegation], matters, "after")
    rules = {r.id: r for r in rule_base.rules} | {delegation.id: delegation}

    def verdict(compiled, it):
        fact = make_fact(it, land="nw", day=day, municipality=municipality.ags, kreisfrei=False,
                         matters=matters, private_forms=rule_base.vocabulary.private_forms)
        matched = ReferenceEvaluator(compiled).match(fact)
        return resolve(it, [rules[i] for i in matched], municipality=municipality, land="nw", date_text="x").verdict

    assert verdict(compiled_before, council) == verdict(compiled_after, council)
    if verdict(compiled_before, item) is Verdict.COMPETENT:
        assert verdict(compiled_after, item) is not Verdict.NOT_COMPETENT

"""The engine adapter, the compiler's limit checks and the cross-check safety net."""

from __future__ import annotations

import datetime as dt

import attrs
import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from beschluss_rules.engine._durable import DurableEvaluator
from beschluss_rules.engine.compile import compile_rules, durable_expression
from beschluss_rules.engine.facts import BASE_PROPERTIES, is_flag, make_fact
from beschluss_rules.engine.reference import ReferenceEvaluator
from beschluss_rules.errors import RuleFileError
from beschluss_rules.model import Body, DecisionItem, Verdict
from beschluss_rules.rulebase.conditions import All, Atom
from beschluss_rules.text.normalize import fold, fold_with_map, nfc

DAY = dt.date(2021, 6, 1)


def _item(**kw):
    base = dict(index=1, text="", body=Body("Rat", ("rat",)), matters=("satzung",))
    base.update(kw)
    return DecisionItem(**base)


def test_every_fact_carries_every_base_property_typed_and_only_true_flags(rule_base):
    fact = make_fact(_item(amount_cents=None), land="nw", day=DAY, municipality=None, kreisfrei=False,
                     matters=tuple(rule_base.vocabulary.matters), private_forms=rule_base.vocabulary.private_forms)
    assert set(BASE_PROPERTIES) <= set(fact)
    assert all(isinstance(fact[key], kind) for key, kind in BASE_PROPERTIES.items())
    assert fact["date"] == 20210601 and isinstance(fact["date"], int)
    assert fact["has_amount"] is False and fact["amount_cents"] == 0
    assert fact["matter__satzung"] is True and "matter__abgaben" not in fact
    assert fact["body__rat"] is True and "body__buergermeister" not in fact
    assert all(value is True for key, value in fact.items() if is_flag(key))
    assert all(not isinstance(v, float) for v in fact.values())


def test_a_matter_the_rule_base_does_not_know_gives_no_flag(rule_base):
    fact = make_fact(_item(matters=("satzung", "no_such_matter")), land="nw", day=DAY, municipality=None,
                     kreisfrei=False, matters=("satzung",), private_forms=frozenset())
    assert "matter__no_such_matter" not in fact and fact["matter__satzung"] is True


def test_a_flag_that_must_not_be_true_compiles_to_nex_and_conjunctions_put_flags_first():
    cond = All((Atom("land", "eq", "nw"), All((Atom("matter__satzung", "eq", True),
                                                 Atom("body__rat", "ne", True))), Atom("date", "gte", 20200101)))
    assert durable_expression(cond) == {"$and": [
        {"matter__satzung": True}, {"land": "nw"}, {"$gte": {"date": 20200101}}, {"$nex": {"body__rat": 1}},
    ]}
    assert durable_expression(Atom("body__rat", "eq", False)) == {"$nex": {"body__rat": 1}}
    assert durable_expression(Atom("body__rat", "ne", False)) == {"body__rat": True}


def test_durable_state_is_empty_after_each_evaluation(checker):
    durable = checker.matcher.durable
    for matters in (("satzung",), (), ("beitritt_vereinigung", "vertreter_bestellung")):
        fact = make_fact(_item(matters=matters), land="nw", day=DAY, municipality=None, kreisfrei=False,
                         matters=checker.matcher.compiled.matters, private_forms=frozenset())
        assert durable.match(fact) == checker.matcher.reference.match(fact)
        assert durable.pending_facts() == []


def test_an_identical_fact_twice_still_matches(checker):
    """Facts are retracted after use, so the same item can be checked again (no 'already present')."""
    fact = make_fact(_item(), land="nw", day=DAY, municipality=None, kreisfrei=False,
                     matters=checker.matcher.compiled.matters, private_forms=frozenset())
    first = checker.matcher.match(fact)
    assert checker.matcher.match(fact) == first and "nw.go.41-1-2-f-satzungen" in first


def test_disagreement_is_an_internal_error_without_verdict(rule_base, monkeypatch):
    from beschluss_rules.verdict.checker import Checker

    checker = Checker(rule_base)
    monkeypatch.setattr(checker.matcher.reference, "match", lambda fact: frozenset({"nw.go.41-1-2-a-verwaltungsgrundsaetze"}))
    result = checker.evaluate_item(_item(), land="nw", day=DAY)
    assert result.verdict is Verdict.UNKNOWN
    assert result.deciding is None
    assert result.findings[0].rule == "internal.engine-disagreement"
    assert result.findings[0].level.value == "error"
    assert "disagree" in result.findings[0].message.en


def test_durable_failure_resets_the_state_and_retries(checker, monkeypatch):
    durable = checker.matcher.durable
    calls = {"n": 0}
    original = durable._run

    def flaky(fact):
        calls["n"] += 1
        if calls["n"] == 1:
            raise RuntimeError("simulated engine error")
        return original(fact)

    old_sid = durable._sid
    monkeypatch.setattr(durable, "_run", flaky)
    fact = make_fact(_item(), land="nw", day=DAY, municipality=None, kreisfrei=False,
                     matters=checker.matcher.compiled.matters, private_forms=frozenset())
    assert "nw.go.41-1-2-f-satzungen" in durable.match(fact)
    assert durable._sid != old_sid


def test_nfd_umlauts_are_normalised():
    assert nfc("Bu\u0308rgermeister") == "Bürgermeister"
    assert fold("Bu\u0308rgermeister") == fold("Bürgermeister") == "burgermeister"
    assert fold("fiir") == "fur"


def test_durable_expression_of_negation_normal_form():
    assert durable_expression(Atom("x", "ne", "a")) == {"$neq": {"x": "a"}}
    assert durable_expression(Atom("d", "lte", 5)) == {"$lte": {"d": 5}}


@pytest.mark.parametrize("copies", [64, 65, 130, 200])
def test_a_fact_matching_more_rules_than_durable_holds_is_evaluated_in_parts(rule_base, copies):
    """durable_rules refuses a fact that matches more than 64 rules at once (error 303). The
    adapter then evaluates it with durable again, in parts of at most 64 rules, and finds exactly
    the rules the reference evaluator finds; facts that match fewer need no parts."""
    template = next(r for r in rule_base.rules if r.id == "nw.go.41-1-2-f-satzungen")
    # distinct start dates, all before the fact's day: durable shares one branch among identical
    # conditions, and the limit counts branches
    many = [attrs.evolve(template, id=f"nw.x.r{i:03d}",
                         valid=attrs.evolve(template.valid, start=dt.date(2019, 1, 1) + dt.timedelta(days=i)))
            for i in range(copies)]
    compiled = compile_rules(many, rule_base.vocabulary.matters, f"many-{copies}")
    durable, reference = DurableEvaluator(compiled), ReferenceEvaluator(compiled)
    fact = make_fact(_item(), land="nw", day=DAY, municipality=None, kreisfrei=False,
                     matters=compiled.matters, private_forms=frozenset())
    found = durable.match(fact)
    assert found == reference.match(fact) == {rule.id for rule in many}
    assert (durable._parts is not None) is (copies > 64)
    assert all(len(part.rules) <= 64 for part in compiled.parts())
    other = make_fact(_item(matters=("vergabe",)), land="nw", day=DAY, municipality=None, kreisfrei=False,
                      matters=compiled.matters, private_forms=frozenset())
    assert durable.match(other) == reference.match(other) == frozenset()
    assert durable.pending_facts() == []


def test_compiler_refuses_too_many_properties(rule_base):
    matters = [f"m{i}" for i in range(260)]
    with pytest.raises(RuleFileError) as info:
        compile_rules([], matters, "props")
    assert "properties" in str(info.value)


def test_compiled_ruleset_runs_in_a_fresh_evaluator(rule_base):
    compiled = compile_rules(rule_base.rules, rule_base.vocabulary.matters, "fresh-evaluator-test")
    evaluator = DurableEvaluator(compiled)
    fact = make_fact(_item(body=Body("Bauausschuss", ("fachausschuss",))), land="nw", day=DAY,
                     municipality=None, kreisfrei=False, matters=compiled.matters, private_forms=frozenset())
    assert "nw.go.41-1-2-f-satzungen" in evaluator.match(fact)



_PIECES = ["a", "i", "I", "ü", "Ü", "ö", "ä", "ß", "ẞ", " ", "\t", "\n", "\u00ad", "B", "F", "f",
           "r", "X", "1", "-", "ii", "u\u0308", "II", "’"]


@given(st.lists(st.sampled_from(_PIECES), max_size=30).map("".join))
@example(" \u00ad ")  # a soft hyphen between blanks at the end: the second blank is dropped, then the text ends
def test_fast_fold_equals_the_mapped_fold(text):
    """fold() and fold_with_map() produce the same folded text for any input."""
    folded, offsets = fold_with_map(text)
    assert fold(text) == folded
    assert len(offsets) == len(folded)


def test_an_empty_fact_matches_no_rule_and_leaves_the_state_empty(checker):
    durable = checker.matcher.durable
    assert durable.match({}) == frozenset()
    assert durable.pending_facts() == []
    fact = make_fact(_item(), land="nw", day=DAY, municipality=None, kreisfrei=False,
                     matters=checker.matcher.compiled.matters, private_forms=frozenset())
    assert durable.match(fact) == checker.matcher.reference.match(fact) != frozenset()

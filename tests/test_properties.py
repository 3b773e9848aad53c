"""Properties of the engine, the default logic and the linter, checked by Hypothesis.

Each property is stated in its docstring. The default profile keeps the run quick; run more
examples with HYPOTHESIS_PROFILE=ci (registered in conftest.py; the slow file-level, thread and
process properties scale their own counts tenfold there).
"""

from __future__ import annotations

import concurrent.futures
import datetime as dt
import json
import multiprocessing
import os
import shutil
import subprocess
import sys
import threading
from pathlib import Path

import attrs
import pytest
import yaml
from hypothesis import assume, event, given, settings
from hypothesis import strategies as st

from beschluss_rules.engine._durable import DurableEvaluator
from beschluss_rules.engine.compile import compile_rules, rule_condition
from beschluss_rules.engine.facts import fact_json, make_fact
from beschluss_rules.engine.reference import ReferenceEvaluator
from beschluss_rules.model import Body, DecisionItem, Validity, Verdict
from beschluss_rules.rulebase.loader import load_rule_base
from beschluss_rules.rulebase.types import Profile
from beschluss_rules.rulebase.yamlfile import load_yaml_file
from beschluss_rules.ruletools.lint import check_rules
from beschluss_rules.ruletools.solver import World, solve
from beschluss_rules.verdict.checker import Checker
from beschluss_rules.verdict.decide import resolve

from . import strategies as gen
from .conftest import ROOT

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


@given(gen.items(), gen.dates, st.sampled_from(gen.LANDS), st.sampled_from([None, "05370016", 'a"b\\c']),
       st.sampled_from([None, True, False]))
def test_fact_json_is_the_json_of_the_fact(item, day, land, ags, kreisfrei):
    """The fast JSON text durable_rules is given for a fact parses back to exactly that fact,
    and equals what ``json.dumps`` writes (quotes and backslashes in values included)."""
    fact = _fact(item, land, day, ags, kreisfrei)
    text = fact_json(fact)
    assert json.loads(text) == fact
    assert text == json.dumps(fact, ensure_ascii=False, separators=(",", ":"))


_json_values = st.recursive(st.none() | st.booleans() | st.integers() | st.text(),
                            lambda inner: st.lists(inner, max_size=3), max_leaves=5)


@given(st.dictionaries(st.text(), _json_values, max_size=12))
def test_fact_json_of_any_dict_is_its_json(fact):
    """Any other dict (not laid out like a fact) still gets exact JSON, by the generic encoder."""
    assert json.loads(fact_json(fact)) == fact


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


@given(st.data())
def test_reserved_matters_are_never_competent_for_other_bodies(checker, data):
    """With the shipped rule base: when a settled reserved rule (or exclusive assignment to the
    council) applies, no body without the kind 'rat' is competent — except by the statutory
    urgency route, which the item must claim."""
    rule_base = checker.rule_base
    item = data.draw(gen.shipped_items(tuple(sorted(rule_base.vocabulary.matters))))
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
    item = data.draw(gen.shipped_items(matters))
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


# ---------------------------------------------------------------------------------------------
# Issue 4: order independence at file level, lint soundness, determinism, isolation

def _examples(default: int) -> int:
    """A per-test example count for slow properties, scaled up tenfold in the CI profile."""
    return default * (10 if os.environ.get("HYPOTHESIS_PROFILE") == "ci" else 1)


def _plain(value):
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_plain(v) for v in value]
    return value


class _Shipped:
    """The shipped rule base with a short repr (Hypothesis prints fixtures of failing examples)."""

    def __init__(self, rule_base) -> None:
        self.rule_base = rule_base

    def __repr__(self) -> str:
        return "<shipped rule base>"


@pytest.fixture(scope="module")
def shipped(rule_base):
    return _Shipped(rule_base)


def _semantics(rule):
    """A rule without where it was written (a shuffled copy changes lines and key order)."""
    return attrs.evolve(rule, path="", line=0)


@settings(max_examples=_examples(4))
@given(st.randoms(use_true_random=False), st.data())
def test_loading_a_shuffled_copy_of_the_rule_directory_changes_nothing(tmp_path_factory, shipped, rnd, data):
    """Order independence at file level: copying the rule directory with its files created in a
    random order and every rule's keys in a random order gives the same rules and the same verdicts."""
    rule_base = shipped.rule_base
    source = Path(rule_base.root)
    target = tmp_path_factory.mktemp("shuffled") / "rules"
    files = sorted(p for p in source.rglob("*") if p.is_file())
    rnd.shuffle(files)
    for path in files:
        relative = path.relative_to(source)
        destination = target / relative
        destination.parent.mkdir(parents=True, exist_ok=True)
        if path.suffix == ".yaml" and relative.parts[0] not in ("vocab", "municipalities"):
            mapping = load_yaml_file(path)
            keys = list(mapping)
            rnd.shuffle(keys)
            destination.write_text(yaml.safe_dump({k: _plain(mapping[k]) for k in keys}, allow_unicode=True,
                                                   sort_keys=False), encoding="utf-8")
        else:
            shutil.copyfile(path, destination)
    shuffled = load_rule_base(target)
    assert [_semantics(r) for r in shuffled.rules] == [_semantics(r) for r in rule_base.rules]
    first, second = Checker(rule_base, engine="reference"), Checker(shuffled, engine="reference")
    matters = tuple(sorted(rule_base.vocabulary.matters))
    for _ in range(10):
        item = data.draw(gen.shipped_items(matters))
        day = data.draw(st.dates(dt.date(2018, 6, 1), dt.date(2026, 12, 31)))
        one = first.evaluate_item(item, land="nw", day=day, municipality=None)
        two = second.evaluate_item(item, land="nw", day=day, municipality=None)
        assert (one.verdict, one.deciding, one.matched, one.findings) == (two.verdict, two.deciding, two.matched, two.findings)


@given(gen.rules(index=1))
def test_the_lint_solver_is_exact_on_single_rules(rule):
    """The linter's satisfiability search is exact: when it finds an item, the reference
    evaluator fires the rule on it; when it finds none, no generated item fires the rule."""
    compiled = compile_rules([rule], gen.MATTERS, "solver")
    evaluator = ReferenceEvaluator(compiled)
    witness = solve(rule_condition(rule), World(PRIVATE))
    if witness is not None:
        assert rule.id in evaluator.match(gen.fact_from_example(witness))


@given(st.one_of(gen.contradictory_rules(index=1), gen.contradictory_rules(index=1), gen.rules(index=1)),
       st.lists(st.tuples(gen.items(), gen.dates), min_size=1, max_size=20))
def test_a_rule_the_solver_calls_unsatisfiable_never_fires(rule, cases):
    """The other half of exactness: no item fires a rule whose condition the solver refutes.

    Two thirds of the rules drawn contradict themselves by construction (``c and not c``), so most
    examples exercise the property; the others are kept only when the solver refutes them."""
    unsatisfiable = solve(rule_condition(rule), World(PRIVATE)) is None
    event("unsatisfiable" if unsatisfiable else "satisfiable (discarded)")
    assume(unsatisfiable)
    evaluator = ReferenceEvaluator(compile_rules([rule], gen.MATTERS, "unsat"))
    for item, day in cases:
        assert rule.id not in evaluator.match(_fact(item, rule.land, day))


def _exclusive_sets(rules, matched):
    by_id = {r.id: r for r in rules}
    return {frozenset(by_id[i].competent) for i in matched
            if by_id[i].kind == "reserved" or (by_id[i].kind == "assigned" and by_id[i].exclusive)}


@settings(max_examples=_examples(60))
@given(gen.rule_lists(max_size=10),
       st.lists(st.tuples(gen.single_matter_items(), gen.dates, st.sampled_from(gen.LANDS)), min_size=1, max_size=6))
def test_lint_soundness_no_conflict_means_never_two_exclusive_bodies(rules, cases):
    """Lint soundness: when lint reports no conflict, the engine never matches two exclusive
    rules naming different bodies on an item (with at most one matter: conflicts are about the
    same matter). When lint does report one, its example item really shows it."""
    findings = check_rules(rules, private_forms=PRIVATE, matters=gen.MATTERS, checks=["conflict"])
    evaluator = ReferenceEvaluator(compile_rules(rules, gen.MATTERS, "conflicts"))
    for finding in findings:
        if finding.example is not None:
            matched = evaluator.match(gen.fact_from_example(finding.example))
            assert finding.rule in matched and finding.related[0].rule in matched
            assert len(_exclusive_sets(rules, matched)) >= 2
    if not findings:
        for item, day, land in cases:
            assert len(_exclusive_sets(rules, evaluator.match(_fact(item, land, day)))) <= 1


@settings(max_examples=_examples(60))
@given(gen.rule_bases_with_delegations(),
       st.lists(st.tuples(gen.single_matter_items(), gen.dates), min_size=1, max_size=6))
def test_lint_soundness_void_delegations_are_ignored_and_said_so(rules, cases):
    """Lint soundness: for every delegation lint calls void, the engine, on lint's example item,
    matches the delegation, does not let it decide and says so (core.delegation-void naming it);
    for a delegation lint does not call void, the engine never says it is void."""
    municipality = gen.MUNICIPALITY
    profile = Profile("gen", "<generated>", municipality, (), tuple(r for r in rules if r.kind == "delegation"))
    findings = check_rules(rules, private_forms=PRIVATE, matters=gen.MATTERS, profiles=[profile],
                           checks=["void-delegation"])
    compiled = compile_rules(rules, gen.MATTERS, "void")
    evaluator = ReferenceEvaluator(compiled)
    by_id = {r.id: r for r in rules}

    def evaluate(item, day):
        fact = make_fact(item, land="nw", day=day, municipality=municipality.ags, kreisfrei=municipality.kreisfrei,
                         matters=gen.MATTERS, private_forms=PRIVATE)
        matched = evaluator.match(fact)
        return matched, resolve(item, [by_id[i] for i in matched], municipality=municipality, land="nw",
                                date_text=day.isoformat())

    void = {f.rule for f in findings}
    for finding in findings:
        assert finding.example is not None
        delegation = by_id[finding.rule]
        item, day = gen.item_from_example(finding.example, body_key=delegation.competent[0])
        matched, result = evaluate(item, day)
        assert delegation.id in matched
        assert result.deciding != delegation.id
        assert any(f.rule == "core.delegation-void" and delegation.id in f.message.en for f in result.findings)
    for delegation in (r for r in rules if r.kind == "delegation" and r.id not in void):
        body = next(b for b in municipality.bodies if b.key == delegation.competent[0])
        for item, day in cases:
            _, result = evaluate(attrs.evolve(item, body=body), day)
            assert not any(f.rule == "core.delegation-void" and delegation.id in f.message.en
                           for f in result.findings)


def _cli_output(*args: str, seed: str) -> bytes:
    environment = dict(os.environ, PYTHONHASHSEED=seed)
    environment["PYTHONPATH"] = str(ROOT / "src") + os.pathsep + environment.get("PYTHONPATH", "")
    done = subprocess.run([sys.executable, "-m", "beschluss_rules", *args], capture_output=True, check=False,
                          env=environment, cwd=ROOT, timeout=300)
    assert done.returncode in (0, 1), done.stderr.decode()
    return done.stdout


def test_lint_test_and_docs_output_is_byte_identical_across_hash_seeds(tmp_path):
    """Determinism: lint JSON, rule-test JSON and the generated catalogue do not depend on
    PYTHONHASHSEED (sets and dicts never leak their order into output)."""
    case_file = str(ROOT / "tests" / "cases" / "nw" / "go" / "113-2-vertreter.yaml")
    outputs = []
    for seed in ("0", "1", "12345"):
        docs = tmp_path / f"docs-{seed}"
        _cli_output("rules", "docs", "--output", str(docs), seed=seed)
        outputs.append((
            _cli_output("rules", "lint", "--format", "json", seed=seed),
            _cli_output("rules", "test", "--format", "json", "--engine", "reference", case_file, seed=seed),
            {p.name: p.read_bytes() for p in sorted(docs.glob("*.md"))},
        ))
    assert outputs[0] == outputs[1] == outputs[2]
    assert json.loads(outputs[0][0])["schema"] == "beschluss-rules/lint/v1"


_ISOLATION_DAYS = st.dates(dt.date(2019, 1, 1), dt.date(2026, 12, 31))


def _outcome(result):
    return (result.verdict, result.deciding, result.matched, result.competent_bodies,
            tuple((f.rule, f.level, f.message) for f in result.findings))


@settings(max_examples=_examples(5))
@given(st.data())
def test_isolation_threads_with_one_evaluator_each_equal_sequential_runs(shipped, data):
    """Isolation: four threads, each with its own durable_rules evaluator, evaluating interleaved
    (shuffled, with a barrier so they overlap) give exactly the sequential results."""
    rule_base = shipped.rule_base
    matters = tuple(sorted(rule_base.vocabulary.matters))
    work = data.draw(st.lists(st.tuples(gen.shipped_items(matters), _ISOLATION_DAYS), min_size=8, max_size=24))
    sequential = Checker(rule_base)
    expected = [_outcome(sequential.evaluate_item(i, land="nw", day=d, municipality=None)) for i, d in work]
    checkers = [Checker(rule_base) for _ in range(4)]
    barrier = threading.Barrier(len(checkers))
    orders = [data.draw(st.permutations(range(len(work)))) for _ in checkers]
    results: list[dict[int, tuple]] = [{} for _ in checkers]

    def worker(n: int) -> None:
        barrier.wait()
        for index in orders[n]:
            item, day = work[index]
            results[n][index] = _outcome(checkers[n].evaluate_item(item, land="nw", day=day, municipality=None))

    threads = [threading.Thread(target=worker, args=(n,)) for n in range(len(checkers))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    for got in results:
        assert [got[i] for i in range(len(work))] == expected


_WORKER_CHECKER = None


def _worker_init() -> None:
    global _WORKER_CHECKER
    _WORKER_CHECKER = Checker()


def _worker_evaluate(batch):
    return [(index, _outcome(_WORKER_CHECKER.evaluate_item(item, land="nw", day=day, municipality=None)))
            for index, item, day in batch]


@pytest.fixture(scope="module")
def process_pool():
    context = multiprocessing.get_context("spawn")
    with concurrent.futures.ProcessPoolExecutor(max_workers=2, mp_context=context,
                                                initializer=_worker_init) as pool:
        yield pool


@settings(max_examples=_examples(3))
@given(st.data())
def test_isolation_processes_equal_sequential_runs(shipped, process_pool, data):
    """Isolation across processes: items spread over worker processes (each with its own
    checker and durable state) in a random order give exactly the sequential results."""
    rule_base = shipped.rule_base
    matters = tuple(sorted(rule_base.vocabulary.matters))
    work = data.draw(st.lists(st.tuples(gen.shipped_items(matters), _ISOLATION_DAYS), min_size=4, max_size=16))
    sequential = Checker(rule_base)
    expected = [_outcome(sequential.evaluate_item(i, land="nw", day=d, municipality=None)) for i, d in work]
    order = data.draw(st.permutations(range(len(work))))
    batches = [[(i, *work[i]) for i in order[k::3]] for k in range(3)]
    got = dict(pair for batch in process_pool.map(_worker_evaluate, batches) for pair in batch)
    assert [got[i] for i in range(len(work))] == expected

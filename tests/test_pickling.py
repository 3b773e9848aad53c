"""Results pickle by their field values (``--jobs`` sends every result from a worker to the
parent as a pickle): a round trip gives back equal, frozen objects of the same classes, for the
results of real corpus papers and of generated ones, and restoring refuses anything else."""

from __future__ import annotations

import copy
import datetime as dt
import pickle

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from beschluss_rules import model
from beschluss_rules.model import (
    BODY_KINDS,
    LANDS,
    LEGAL_FORMS,
    URGENCY_VALUES,
    Body,
    DecisionItem,
    Finding,
    FindingId,
    ItemResult,
    Level,
    Message,
    Municipality,
    Paper,
    PaperResult,
    Reference,
    RuleKind,
    Validity,
    Verdict,
)
from beschluss_rules.verdict.batch import check_many
from beschluss_rules.verdict.checker import CheckOptions

from .conftest import CORPUS, EXAMPLE

PROTOCOLS = range(pickle.HIGHEST_PROTOCOL + 1)

# Any text, lone surrogates included (pickle writes them; a paper read with errors may hold them).
texts = st.text()
names = st.text(min_size=1)


def maybe(strategy):
    return st.none() | strategy


small = st.integers(min_value=0, max_value=10**6)

messages = st.builds(Message, names, names)
references = st.builds(
    Reference, names, section=maybe(texts), paragraph=maybe(texts), sentence=maybe(texts),
    letter=maybe(texts), number=maybe(texts), text=maybe(texts), url=maybe(texts), note=maybe(texts),
    article=st.booleans())
bodies = st.builds(Body, names, st.lists(st.sampled_from(BODY_KINDS), unique=True, max_size=3), maybe(texts))
municipalities = st.builds(
    Municipality, names, st.from_regex(r"[0-9]{8}", fullmatch=True), st.sampled_from(tuple(LANDS)),
    st.booleans(), st.lists(bodies, max_size=4), delegations_complete=st.booleans(),
    district=maybe(texts), source=maybe(texts))
items = st.builds(
    DecisionItem, st.integers(min_value=1, max_value=10**4), texts, maybe(bodies),
    matters=st.lists(names, max_size=4), legal_form=st.sampled_from(LEGAL_FORMS),
    amount_cents=maybe(st.integers(min_value=0, max_value=10**20)), recurring=st.booleans(),
    urgency=st.sampled_from(URGENCY_VALUES), counterpart=maybe(texts), line=small, column=small,
    body_line=maybe(small), body_source=maybe(texts), urgency_approval=st.sampled_from(URGENCY_VALUES),
    planning_stage=maybe(texts), norms=st.lists(texts, max_size=3),
    amount_basis=st.sampled_from((None, "brutto", "netto")), suspicious_name=maybe(texts),
    recommended_by=maybe(bodies))
# What a Markdown paper's YAML front matter can hold (no NaN: it is not equal to itself).
front_matters = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | texts | st.dates(),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(texts, inner, max_size=3), max_leaves=8)
papers = st.builds(
    Paper, texts, maybe(texts), st.lists(items, max_size=4), land=maybe(st.sampled_from(tuple(LANDS))),
    municipality=maybe(municipalities), municipality_name=maybe(texts), date=maybe(st.dates()),
    reference=maybe(texts), notes=st.lists(messages, max_size=2), front_matter=front_matters)
findings = st.builds(
    Finding, names | st.sampled_from(FindingId), st.sampled_from(Level), messages,
    st.lists(references, max_size=3).map(tuple), maybe(small), maybe(small))


@st.composite
def paper_results(draw):
    """A result as checking makes one: its item results point at the paper's own items (one
    object in two places), some findings share a reference, or a paper that could not be read."""
    paper = draw(maybe(papers))
    shared = draw(references)
    results = []
    for item in (paper.items if paper else ()):
        found = draw(st.lists(findings | st.builds(
            Finding, names, st.sampled_from(Level), messages, st.just((shared, shared))), max_size=3))
        results.append(ItemResult(
            item, draw(st.sampled_from(Verdict)), tuple(draw(st.lists(names, max_size=3))), tuple(found),
            tuple(draw(st.lists(names, max_size=3))), draw(maybe(names)), tuple(draw(st.lists(names, max_size=2)))))
    return PaperResult(draw(texts), paper, tuple(results), tuple(draw(st.lists(messages, max_size=2))),
                       draw(st.booleans()))


def _objects(value, seen=None):
    """Every model object inside ``value``, depth first, each once."""
    seen = {} if seen is None else seen
    if attrs.has(type(value)) and id(value) not in seen:
        seen[id(value)] = value
        for field in attrs.fields(type(value)):
            _objects(getattr(value, field.name), seen)
    elif isinstance(value, (tuple, list)):
        for element in value:
            _objects(element, seen)
    return list(seen.values())


def _assert_same(original, restored):
    assert restored == original
    try:
        expected = hash(original)
    except TypeError:  # a paper whose front matter holds a dict or list
        with pytest.raises(TypeError):
            hash(restored)
    else:
        assert hash(restored) == expected
    before, after = _objects(original), _objects(restored)
    # The same classes (no twin left behind), the same sharing, each object frozen.
    assert [type(o) for o in after] == [type(o) for o in before]
    for obj in after:
        field = attrs.fields(type(obj))[0].name
        with pytest.raises(attrs.exceptions.FrozenInstanceError):
            setattr(obj, field, getattr(obj, field))


@given(paper_results(), st.sampled_from(PROTOCOLS))
def test_a_pickled_result_comes_back_equal_frozen_and_shared_alike(result, protocol):
    """For every result and every pickle protocol, unpickling the pickle gives a result equal to
    the original, with the same hash, every object inside of the same class and frozen, and an
    object the original holds in two places (an item in its paper and in its item result) held
    in two places again."""
    restored = pickle.loads(pickle.dumps(result, protocol))
    _assert_same(result, restored)
    for index, item_result in enumerate(restored.items):
        assert item_result.item is restored.paper.items[index]


@given(paper_results())
def test_copies_of_a_result_are_equal(result):
    """copy.copy and copy.deepcopy (which use the same pickling hooks) give equal results."""
    _assert_same(result, copy.copy(result))
    _assert_same(result, copy.deepcopy(result))


def test_every_class_of_a_result_pickles_by_its_values():
    """Every model class that a result holds uses the fast path (a class left out would still
    round-trip, through attrs' slower one: this test is what notices)."""
    for cls in (Message, Reference, Validity, Body, Municipality, DecisionItem, Paper, Finding, ItemResult,
                PaperResult, RuleKind):
        assert cls in model._PICKLED, cls
        assert b"_restore" in pickle.dumps(_example(cls))


def _example(cls):
    message = Message("de", "en")
    item = DecisionItem(1, "Der Rat beschließt.", Body("Rat", ("rat",)))
    paper = Paper("p.txt", None, (item,))
    examples = {
        Message: message, Reference: Reference("GO NRW", "41"), Validity: Validity(dt.date(2020, 1, 1)),
        Body: item.body, Municipality: Municipality("Heinsberg", "05370016", "nw", False),
        DecisionItem: item, Paper: paper, Finding: Finding("r", Level.INFO, message),
        ItemResult: ItemResult(item, Verdict.COMPETENT, ("rat",), ()),
        PaperResult: PaperResult("p.txt", paper), RuleKind: RuleKind("general", 4, message),
    }
    return examples[cls]


def test_validity_comes_back_equal():
    validity = Validity(dt.date(2020, 1, 1), dt.date(2024, 12, 31))
    assert pickle.loads(pickle.dumps(validity)) == validity


@pytest.mark.parametrize("cls, values", [
    (dict, ("a", "b")),  # not a class of the model
    (model._PICKLED[Message], ("a", "b")),  # the mutable twin itself
    ([], ("a", "b")),  # not even hashable
    (Message, ("a",)),  # one value short
    (Message, ("a", "b", "c")),  # one too many
    (Message, ["a", "b"]),  # not a tuple
])
def test_restoring_refuses_anything_but_the_values_of_a_model_class(cls, values):
    with pytest.raises(TypeError, match="cannot restore"):
        model._restore(cls, values)


def test_a_subclass_pickles_the_attrs_way():
    @attrs.frozen
    class Loud(Message):
        pass

    # Defined here, so pickle cannot find it by name; the reduction shows which way it takes.
    reduced = Loud("a", "b").__reduce_ex__(4)
    assert reduced[0] is not model._restore


def _corpus_files():
    return sorted(str(p) for town in ("karlsruhe", "nordstemmen", "huertgenwald")
                  for p in (CORPUS / town / "papers").glob("*") if p.suffix in (".txt", ".json"))


@pytest.mark.skipif(not CORPUS.is_dir(), reason=f"corpus not present at {CORPUS} (set BESCHLUSS_CORPUS)")
def test_results_of_the_corpus_papers_come_back_equal(checker):
    """Every corpus paper's result, pickled in chunks as the workers send them."""
    results = check_many(_corpus_files(), options=CheckOptions(date=dt.date(2021, 6, 1)), checker=checker)
    assert len(results) > 500
    for start in range(0, len(results), 64):
        chunk = results[start:start + 64]
        restored = pickle.loads(pickle.dumps(chunk))
        for before, after in zip(chunk, restored, strict=True):
            _assert_same(before, after)


def test_the_example_paper_comes_back_equal(checker):
    (result,) = checker.check_file(EXAMPLE, CheckOptions(date=dt.date(2021, 6, 1)))
    assert result.items
    _assert_same(result, pickle.loads(pickle.dumps(result)))

"""The report writer's JSON encoder (issue 14, speed) against ``json.dumps`` it replaces."""

from __future__ import annotations

import enum
import json
import math

from hypothesis import given, settings
from hypothesis import strategies as st

from beschluss_rules.report._json import dumps_indented


def reference(value: object) -> str:
    return json.dumps(value, ensure_ascii=False, indent=2)


_scalars = (st.none() | st.booleans() | st.integers() | st.floats(allow_nan=True, allow_infinity=True)
            | st.text())
_values = st.recursive(
    _scalars,
    lambda inner: st.lists(inner, max_size=4) | st.tuples(inner, inner)
    | st.dictionaries(st.text(max_size=6), inner, max_size=4),
    max_leaves=30,
)


@settings(max_examples=400)
@given(_values)
def test_the_text_is_that_of_json_dumps_for_any_json_value(value):
    """Generated values (control characters, non-ASCII text, huge integers, NaN, nesting): the
    same text as ``json.dumps(..., ensure_ascii=False, indent=2)``."""
    assert dumps_indented(value) == reference(value)


class Level(str, enum.Enum):
    ERROR = "error"


class Count(enum.IntEnum):
    TWO = 2


def test_subclasses_of_str_and_int_and_odd_keys_are_written_as_json_dumps_writes_them():
    """A string enum is its value, an int enum its number, ``True`` is not 1; keys that are not
    strings (numbers, None) and non-finite floats go through ``json.dumps`` and so come out as
    it writes them."""
    value = {"level": Level.ERROR, "count": Count.TWO, "flag": True, "list": [[], {}, ()], 1: "x",
             None: 2.5, "inf": math.inf, "text": "Übergang\u2028\x00\"\\"}
    assert dumps_indented(value) == reference(value)
    assert dumps_indented({"a": [1, 2.0, -0.0, 1e300]}) == reference({"a": [1, 2.0, -0.0, 1e300]})


def test_what_json_dumps_refuses_is_refused_the_same_way():
    """A value JSON has no text for, and a list that contains itself: the same errors."""
    for bad in ({"x": object()}, {"x": {1, 2}}):
        try:
            reference(bad)
        except TypeError as exc:
            expected = str(exc)
        try:
            dumps_indented(bad)
        except TypeError as exc:
            assert str(exc) == expected
        else:
            raise AssertionError("no TypeError")
    loop: list[object] = []
    loop.append(loop)
    try:
        dumps_indented(loop)
    except ValueError as exc:
        assert "Circular" in str(exc)
    else:
        raise AssertionError("no ValueError")

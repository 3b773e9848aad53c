"""Helpers of the web-page tests: read a snippet of a real page as the reader would."""

from __future__ import annotations

import textwrap

from beschluss_rules.reader import parse_text


def read(rule_base, text: str, land: str = "nw"):
    """The snippet, dedented, with one final line break, read for ``land``."""
    return parse_text(textwrap.dedent(text).strip("\n") + "\n", rule_base, land=land)


def only(parsed):
    """The paper's one item (the test fails, listing the items, when there are more or none)."""
    assert len(parsed.items) == 1, [i.text for i in parsed.items]
    return parsed.items[0]

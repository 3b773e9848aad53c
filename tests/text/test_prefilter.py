"""The reader's shortcuts give exactly the answers of the plain computations they replace.

- Needles (:mod:`beschluss_rules.text.prefilter`): every match of a pattern contains one of its
  needles, so skipping a text without them never loses a match; the vocabulary with its needle
  index classifies, finds legal forms, organisations, urgency and body names exactly as running
  every pattern on every text does.
- The fast text folding (``fold``, ``fold_with_map``, ``match_lines``, ``repair``) equals the
  straightforward implementations it replaced, kept here as references.

Texts are built from the vocabulary's own words and pattern pieces, so that matches are common.
"""

from __future__ import annotations

import re
import unicodedata

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from beschluss_rules.reader.bodies import find_mentions
from beschluss_rules.reader.ocr import match_form, match_lines, repair
from beschluss_rules.text.normalize import _FOLD, _fold_char, fold, fold_with_map, nfc
from beschluss_rules.text.prefilter import needles, passes

# --- references: the implementations before the shortcuts ----------------------------------


def reference_exotic(text: str) -> str:
    """Issue 12's folding of characters beyond ASCII (NFKC, Cf removed, look-alikes Latin), one
    character at a time."""
    return "".join(c if c.isascii() else (_fold_char(c) or "") for c in text.translate(_FOLD))


def reference_fold(text: str) -> str:
    lowered = re.sub(r"(?<=[^\W\d_])ii", "u", nfc(text).lower())
    return re.sub(r"\s+", " ", reference_exotic(lowered))


def reference_fold_with_map(text: str) -> tuple[str, list[int]]:
    source = nfc(text)
    out: list[str] = []
    offsets: list[int] = []
    previous_blank = False
    index = 0
    while index < len(source):
        char = source[index]
        if char.isspace():
            if not previous_blank:
                out.append(" ")
                offsets.append(index)
            previous_blank = True
            index += 1
            continue
        lower = char.lower()
        if not reference_exotic(lower):
            index += 1
            continue
        previous_blank = False
        if (lower == "i" and index + 1 < len(source) and source[index + 1].lower() == "i"
                and index > 0 and source[index - 1].isalpha()):
            out.append("u")
            offsets.append(index)
            index += 2
            continue
        for piece in reference_exotic(lower):
            out.append(piece)
            offsets.append(index)
        index += 1
    return "".join(out), offsets


def reference_sharp_s(text: str) -> str:
    lower, vowels = frozenset("abcdefghijklmnopqrstuvwxyzäöüß"), frozenset("aeiouyäöü")
    chars = list(text)
    index = text.find("B")
    while index != -1:
        if index >= 2 and text[index - 1] in vowels and text[index - 2] in lower:
            following = text[index + 1:index + 2]
            if not following or following in lower or not following.isalnum():
                chars[index] = "ß"
        index = text.find("B", index + 1)
    return "".join(chars)


def reference_repair(text: str) -> str:
    from beschluss_rules.reader.ocr import _UE_AS_I

    text = reference_sharp_s(text)
    text = re.sub(r"\b([Ff])(?:ur|ir|lr|ar|iir|uir|ür)\b", lambda m: m.group(1) + "ür", text)
    return _UE_AS_I.sub(lambda m: "ü".join(g for g in m.groups() if g is not None), text)


def reference_match_lines(lines: list[str]) -> list[str]:
    text = unicodedata.normalize("NFC", reference_repair("\n".join(lines)))
    text = reference_exotic(re.sub(r"(?<=[^\W\d_])ii", "u", re.sub(r"[^\S\n]+", " ", text).lower()))
    out = [line.strip() for line in text.split("\n")]
    if len(out) != len(lines):
        return [match_form(line) for line in lines]
    return out


def all_matches(matcher, folded: str) -> list[re.Match[str]]:
    return [found for regex in matcher.regexes for found in regex.finditer(folded)]


def plain_search(matcher, folded: str):
    best = None
    for regex in matcher.regexes:
        found = regex.search(folded)
        if found and (best is None or found.start() < best.start()):
            best = found
    return best


def plain_classify(vocabulary, text: str) -> tuple[str, ...]:
    from beschluss_rules.rulebase.vocabulary import _BROKEN_WORD, _NAMED_FOR

    text = _BROKEN_WORD.sub("", text)  # a word broken at a line end is joined (as classify)
    folded = _NAMED_FOR.sub(r"\1", fold(text))  # a committee's subjects are no matter (as classify)
    found = {
        matter.id for matter in vocabulary.matters.values()
        if plain_search(matter.matcher, folded)
        and not (matter.exclude and plain_search(matter.exclude, folded))
    }
    # a subject class gives way to the reserved decision about it (as classify)
    return tuple(sorted(m for m in found if found.isdisjoint(vocabulary.matters[m].yields_to)))


def plain_legal_form(vocabulary, text: str) -> tuple[str, str | None]:
    folded = fold(text)
    earliest = None
    for form, matcher in vocabulary.legal_forms.items():
        found = plain_search(matcher, folded)
        if found and (earliest is None or found.start() < earliest[0]):
            earliest = (found.start(), form)
    if earliest:
        return earliest[1], None
    for organisation in vocabulary.organisations:
        if plain_search(organisation.matcher, folded):
            return organisation.legal_form, organisation.name
    return "unbekannt", None


def plain_body_spans(vocabulary, folded: str, land: str | None) -> list[tuple[str, int, int]]:
    return [(term.id, found.start(), found.end()) for term in vocabulary.bodies
            if not (term.lands and land and land not in term.lands)
            for found in all_matches(term.matcher, folded)]


# --- texts made of the vocabulary's words ----------------------------------------------------


@pytest.fixture(scope="module")
def pieces(rule_base) -> list[str]:
    """Words and phrases the vocabulary looks for, and pieces of its patterns, in papers' spelling."""
    out = set()
    for matcher in rule_base.vocabulary.matchers():
        for pattern, found in zip(matcher.patterns, matcher.needles, strict=True):
            out.update(found or ())
            # The literal words of a pattern ("(wahl|besetzung) (der|des) ..." → wahl, der, ...).
            out.update(word for word in re.findall(r"[a-z][a-z .-]{2,}", pattern.replace("\\s*", " ")))
    return sorted(out)


FILLER = st.sampled_from([" ", " ", "\n", ", ", ". ", " der ", " die ", " 2. ", " § 41 GO NRW ", " 5.000 € ",
                          "Ä", "ü", "ß", "-", " - ", "ii", "\u00ad", "\t", "GmbH", " e.V. ", "beschließt"])


def texts(pieces: list[str]):
    word = st.sampled_from(pieces).map(lambda w: w.upper() if len(w) % 5 == 0 else w)
    return st.lists(st.one_of(word, word, FILLER, st.text(max_size=4)), max_size=25).map("".join)


# --- needles ------------------------------------------------------------------------------


def test_needles_of_examples():
    """Needles are literal words every match must contain; none where nothing is certain."""
    assert needles(r"(?<![a-z0-9])haupt-?\s*und\s*finanzausschuss(?![a-z0-9])") == ("finanzausschuss",)
    assert needles(r"(gebuhren|beitrags)(satz|ordnung)") == (
        "beitragsordnung", "beitragssatz", "gebuhrenordnung", "gebuhrensatz")
    assert needles(r"feststellung (des|der) \w+") == ("feststellung der ", "feststellung des ")
    assert needles(r"\w+\s\d+") is None
    assert needles(r"(?i)satzung") is None  # case-insensitive: never skipped
    assert needles(r"x*") is None
    assert needles(r"(?:abc)?def|ghi") == ("def", "ghi")
    with pytest.raises(re.error):
        needles(r"(unclosed")
    assert passes("any text", None)
    assert not passes("ohne", ("satzung",))


@pytest.mark.parametrize("pattern", [
    r"(?<!im |in den )x", r"(?<=a+)b", r"a(?:b|(?<!c|dd))", r"(?<=ab)c", r"x(?P<g>a)(?(g)(?<=a*)|b)",
    r"(?!(?<=x{1,2}))y", r"((((?<=\w+))))", r"(?<=a(?<=bc*))", r"[a-(]", r"(unclosed", r"a{2,1}",
    r"(?<=a|bc)", r"(?<=a|b)c", r"x**", r"\k", r"(?P<n>a)(?P=m)", r"ok (fine|good)",
])
def test_needles_check_what_compiling_checks(pattern):
    """``needles`` raises exactly when (and with the message) ``re.compile`` does: loading may
    check patterns with it and compile them later."""
    try:
        re.compile(pattern)
        expected = None
    except re.error as exc:
        expected = str(exc)
    try:
        needles(pattern)
        got = None
    except re.error as exc:
        got = str(exc)
    assert got == expected


def test_every_vocabulary_pattern_has_needles(rule_base):
    """The shipped vocabulary's patterns all have needles (else they would run on every text)."""
    missing = [pattern for matcher in rule_base.vocabulary.matchers()
               for pattern, found in zip(matcher.patterns, matcher.needles, strict=True) if found is None]
    assert missing == []


@given(data=st.data())
def test_every_match_contains_a_needle(rule_base, pieces, data):
    """For every vocabulary pattern and any text: each match of the pattern contains one of its
    needles — so a text without them has no match, and skipping it changes nothing."""
    folded = fold(data.draw(texts(pieces)))
    for matcher in rule_base.vocabulary.matchers():
        for regex, found in zip(matcher.regexes, matcher.needles, strict=True):
            for _match in regex.finditer(folded):
                assert found is None or any(n in folded for n in found), (regex.pattern, folded)


@given(data=st.data())
def test_prefiltered_vocabulary_equals_plain_matching(rule_base, pieces, data):
    """Classification, legal form, known organisation, urgency and body names found with the
    needle index equal those found by running every pattern on the text."""
    text = data.draw(texts(pieces))
    vocabulary = rule_base.vocabulary
    assert vocabulary.classify(text) == plain_classify(vocabulary, text)
    assert vocabulary.legal_form(text) == plain_legal_form(vocabulary, text)
    folded = fold(text)
    for value in ("dringlichkeitsentscheidung", "eilentscheidung"):
        matcher = vocabulary.urgency.get(value)
        if matcher and plain_search(matcher, folded):
            assert vocabulary.urgency_of(text) == value
            break
    else:
        assert vocabulary.urgency_of(text) == "keine"
    for land in (None, "nw", "ni", "bw"):
        found = [(term.id, m.start(), m.end()) for term, m in vocabulary.body_matches(folded, land)]
        assert found == plain_body_spans(vocabulary, folded, land)


@given(data=st.data())
def test_body_mentions_with_profile(rule_base, pieces, data):
    """Bodies named in a text (profile names too, whose patterns have needles) are the same
    when every pattern runs on every text."""
    from unittest import mock

    from beschluss_rules.reader import bodies

    names = [body.name for profile in rule_base.profiles for body in profile.municipality.bodies]
    text = data.draw(texts(pieces + names))
    folded = fold(text)

    def plain_body_matches(self, folded, land):
        for term in self.bodies:
            if not (term.lands and land and land not in term.lands):
                for found in all_matches(term.matcher, folded):
                    yield term, found

    for profile in (None, *rule_base.profiles):
        land = profile.municipality.land if profile else None
        bodies._MENTIONED.clear()  # find_mentions remembers its answers: ask both ways afresh
        fast = find_mentions(folded, rule_base, profile, land, original=text)
        with mock.patch.object(bodies._ProfileNames, "hits", lambda self, folded: tuple(range(len(self.bodies)))), \
                mock.patch.object(type(rule_base.vocabulary), "body_matches", plain_body_matches):
            plain = bodies._find_mentions(folded, rule_base, profile, land, original=text)
        assert fast == plain


# --- folding ------------------------------------------------------------------------------

SPECIAL = st.sampled_from(["ii", "Ii", "iI", "II", "iii", "ä", "Ä", "ß", "\u00ad", " ", "  ", "\t", "\n",
                           "\u00a0", "\u2028", "\x1f", "²", "İ", "’", "‘", "e\u0308", "fiir", "Fur", "StraBe",
                           "Birgermeister", "begrinden", "x", "1", "_", "B", "aB", "eBt", "öB", "B_", "B2", "Bé"])
MIXED = st.lists(st.one_of(SPECIAL, st.text(max_size=3)), max_size=30).map("".join)


@given(MIXED)
def test_fold_equals_reference(text):
    """``fold`` (string methods) equals the regular-expression version it replaced."""
    assert fold(text) == reference_fold(text)


@given(MIXED)
def test_fold_with_map_equals_reference(text):
    """``fold_with_map`` (ASCII runs in one go) equals the loop over every character."""
    assert fold_with_map(text) == reference_fold_with_map(text)


@given(st.lists(MIXED, max_size=6))
def test_match_lines_and_repair_equal_reference(lines):
    """``match_lines`` and ``repair`` equal the substitutions they replaced."""
    lines = "\n".join(lines).splitlines()
    assert match_lines(lines) == reference_match_lines(lines)
    for line in lines:
        assert repair(line) == reference_repair(line)


HEADING_BITS = st.sampled_from(["Beschlussvorschlag:", "Beschluss", "Antrag an den Rat", "Der Rat wolle beschließen:",
                                "Kurzfassung", "1.", "2)", "(3)", "a)", "(b)", "IV.", "VI.", "I.", " ", "\t", "*", "#",
                                "> ", "_", "Petitum", "Entscheidung:", "Mitteilung (Kurzfassung)", "٣.", "x", "\u00ad",
                                "Beschlußvorschlaq", "Empfehlung", "Vorschlag zur Beschlussfassung", "die"])


@given(st.lists(st.lists(st.one_of(HEADING_BITS, st.text(max_size=3)), max_size=5).map("".join), max_size=12))
# A line ending in "die" once let the candidate pattern run on into the next line and swallow
# the line break that starts it, so "Der Rat wolle beschließen:" there was never looked at.
@example(["die", "Der Rat wolle beschließen:"])
def test_heading_candidates_miss_no_heading(lines):
    """The lines the reader skips when looking for a proposal heading (found in one pass over the
    text) hold none: there ``heading_at`` would have found nothing."""
    from beschluss_rules.reader.sections import (
        _MAYBE_HEADING,
        _MAYBE_MARKER,
        _line_numbers,
        heading_at,
    )

    lines = "\n".join(lines).splitlines()
    folded = match_lines(lines)
    maybe = _line_numbers(_MAYBE_HEADING, folded) | _line_numbers(_MAYBE_MARKER, lines)
    for number, (line, fline) in enumerate(zip(lines, folded, strict=True)):
        if number not in maybe:
            assert heading_at(line, fline) is None, (line, fline)


# --- the prefilter's own parser (no private re modules) ------------------------------------

def test_prefilter_uses_no_private_re_module():
    """The needles come from a parser of our own: CPython's ``re._parser``/``re._compiler``
    change between versions (issue 18)."""
    import ast
    import inspect

    from beschluss_rules.text import prefilter

    tree = ast.parse(inspect.getsource(prefilter))
    private = [node for node in ast.walk(tree)
               if (isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("re")
                   and any(alias.name.startswith("_") for alias in node.names))
               or (isinstance(node, ast.Import) and any(a.name.startswith(("re._", "sre_")) for a in node.names))
               or (isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name)
                   and node.value.id == "re" and node.attr.startswith("_"))]
    assert private == []


@pytest.mark.parametrize("pattern, expected", [
    (r"[a-c]x", ("ax", "bx", "cx")),                  # a small range is spelt out
    (r"[a-z]+satzung", ("satzung",)),                 # a wide one is not
    (r"\x41bc|d\u00e4f", ("Abc", "däf")),             # hex escapes
    (r"(?P<art>haupt|neben)satzung", ("hauptsatzung", "nebensatzung")),
    (r"(?:x)?zweck\.verband", ("zweck.verband",)),
    (r"ab{2}c", ("abbc",)),
    (r"ab{2,}c", ("a",)),                             # unbounded: equal candidates, the first wins
    (r"a{,2}bc", ("bc",)),
    (r"a{x}b", ("a{x}b",)),                           # not a quantifier: literal braces
    (r"wahl.*?rat", ("wahl",)),                       # lazy repeats and "." spell nothing
    (r"(?i:satzung)ordnung", ("ordnung",)),           # a case-insensitive group spells nothing
    (r"(a)\1satzung", ("satzung",)),                  # back-references are unknown
    (r"[^x]abc[\]]", ("abc]",)),
    (r"(?#note)rat", ("rat",)),
    (r"(?x) r a t", None),                            # verbose: not modelled
    (r"(?>atom)ar", ("atomar",)),
], ids=lambda value: str(value))
def test_needles_of_syntax(pattern, expected):
    assert needles(pattern) == expected


_ATOMS = st.sampled_from(["a", "b", "ab", "ba", "x", "[ab]", "[a-c]", "[^a]", ".", r"\w", r"\s", " ", r"\b",
                          "(?<![a-z])", "(?=a)", "(?!b)", "(?<=a)", "^", "$", r"\.", "-", "(?i:ab)"])


def _patterns():
    def extend(children):
        return st.one_of(
            st.lists(children, min_size=1, max_size=4).map("".join),
            st.lists(children, min_size=2, max_size=3).map(lambda xs: "(" + "|".join(xs) + ")"),
            st.lists(children, min_size=2, max_size=3).map(lambda xs: "(?:" + "|".join(xs) + ")"),
            st.tuples(children, st.sampled_from(["?", "*", "+", "{2}", "{0,3}", "{1,2}", "+?", "{,2}"]))
            .map(lambda t: "(?:" + t[0] + ")" + t[1]),
        )
    return st.recursive(_ATOMS, extend, max_leaves=8)


@given(_patterns(), st.lists(st.sampled_from(["a", "b", "c", "x", " ", ".", "-", "ab", "ba", "A"]), max_size=14).map("".join))
def test_every_match_of_any_pattern_contains_a_needle(pattern, text):
    """Soundness for patterns of every construct the parser models: where the pattern matches,
    one of its needles occurs in the match, so skipping texts without them loses nothing."""
    try:
        regex = re.compile(pattern)
    except re.error:
        return
    found = needles(pattern)
    for match in regex.finditer(text):
        assert found is None or any(n in match.group() for n in found), (pattern, text, found)

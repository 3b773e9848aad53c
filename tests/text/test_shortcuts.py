"""More of the reader's shortcuts (issue 14, speed) against the plain computations they replace.

Each shortcut skips work where the answer is known without it; each test here compares it with
the straightforward version, kept in the test as the reference, on generated and on chosen input.
"""

from __future__ import annotations

import unicodedata

from hypothesis import given, settings
from hypothesis import strategies as st

from beschluss_rules.text import spoofing
from beschluss_rules.text.spoofing import SOFT_HYPHEN, suspicion


def reference_suspicion(name: str) -> tuple[str, str] | None:
    """:func:`suspicion` as it was before the one-regex shortcut for harmless text."""
    if name.isascii():
        return None
    if any(c in spoofing._BIDI for c in name):
        return "ein Steuerzeichen für die Schreibrichtung (bidi)", "a bidi control character"
    if any(unicodedata.category(c) == "Cf" and c != SOFT_HYPHEN for c in name):
        return "ein unsichtbares Zeichen", "an invisible character"
    scripts = {s for s in map(spoofing._script, name) if s is not None}
    if len(scripts) > 1:
        listed = ", ".join(sorted(scripts))
        return f"Buchstaben aus mehreren Schriften ({listed})", f"letters of several scripts ({listed})"
    if any(unicodedata.normalize("NFKC", c) != c for c in name if c.isalpha()):
        return "Ersatzformen von Buchstaben (z. B. Vollbreite)", "compatibility forms of letters (e.g. fullwidth)"
    return None


def test_suspicion_equals_reference_for_every_character_of_the_first_blocks():
    """Every character up to U+3000, alone and beside a Latin name: the harmless-text shortcut
    gives the answer of the checks character by character."""
    for code in range(0x80, 0x3000):
        char = chr(code)
        for name in (f"Rat{char}", f"{char} 1", f"Haupt- und Finanz{char}ausschuss"):
            assert suspicion(name) == reference_suspicion(name), hex(code)


NAME_BITS = st.sampled_from(["Rat", "Haupt- und Finanzausschuss", "ä", "ß", "é", "ŉ", "ſ", "µ", "ª", "\u00ad",
                             "\u200b", "\u202e", "а", "Ｒ", "ﬁ", "–", "„", "“", "€", "\u00a0", "İ", "ı", "ǅ"])


@given(st.lists(st.one_of(NAME_BITS, st.text(max_size=2)), max_size=8).map("".join))
def test_suspicion_equals_reference(name):
    assert suspicion(name) == reference_suspicion(name)


UE_BITS = st.sampled_from(["Birgermeister", "Oberbirgermeister", "birgermeister", "Begrindung", "begrinden",
                           "Gebihr", "gebihren", "Zustindigkeit", "zustindig", "Bürgermeister", "i", "B", "b",
                           "rgermeister", "egr", "nd", " ", "\n", "-", "ä", "x"])


@given(st.lists(UE_BITS, max_size=10).map("".join))
def test_ue_repair_runs_wherever_it_can_match(text):
    """``repair`` skips the ü-read-as-i substitution on text without its quick sign; the sign is
    in every text the substitution changes."""
    from beschluss_rules.reader.ocr import _UE_AS_I, _UE_MAYBE

    if _UE_AS_I.search(text):
        assert any(needle in text for needle in _UE_MAYBE), text


PAPER_BITS = st.sampled_from(["ii", "Ii", "ä", "Ä", "ß", "\u00ad", " ", "  ", "\t", "\n", "\r\n", "\u00a0", "\u2028",
                              "\x1c", "\u200b", "²", "İ", "’", "e\u0308", "fiir", "Fur", "StraBe", "Birgermeister",
                              "Rat", "x", "1", "Ｒ", "а", "\n\n", " \u00ad ", "-"])


@given(st.lists(st.one_of(PAPER_BITS, st.text(max_size=3)), max_size=40).map("".join))
def test_fold_from_lines_equals_fold(text):
    """A paper's fold taken from its folded lines equals folding the whole text again."""
    from beschluss_rules.reader.ocr import fold_from_lines, fold_lines
    from beschluss_rules.text.normalize import fold

    lines = text.splitlines()
    folded, plain = fold_lines(lines)
    assert fold_from_lines(text, folded, plain) == fold(text)


HEADER_BITS = st.sampled_from(["Beratungsfolge", "beratungsfolge", "Beratungsreihenfolge:", "Beratungsgang", "Gremium",
                               "Gremien", "Beratungsgremium", "Organ", "Organisation", "Termin", "Sitzung", "Datum",
                               "Sitzungstermin", "|", " ", "\t", "\n", "x", "Rat", "TOP", "Ö / N", "-"])


@given(st.lists(st.one_of(HEADER_BITS, st.text(max_size=3)), max_size=30).map("".join))
def test_beratungsfolge_header_candidates_miss_no_header(text):
    """The lines the reader looks at for a Beratungsfolge header (found with a few scans of the
    whole text) include every line the header pattern matches."""
    from beschluss_rules.reader.consultation import _HEADER, _header_candidates
    from beschluss_rules.reader.ocr import match_lines

    folded = match_lines(text.splitlines())
    candidates = _header_candidates(folded)
    assert candidates == sorted(set(candidates))
    for number, line in enumerate(folded):
        if _HEADER.search(line.replace("|", " ").strip()):
            assert number in candidates, (number, line)


def _guarded_patterns():
    from beschluss_rules.reader import attributes, bodies, items, land, text
    from beschluss_rules.text.prefilter import Guarded

    found = []
    for module in (attributes, bodies, items, land, text):
        for name, value in sorted(vars(module).items()):
            if isinstance(value, Guarded):
                found.append((f"{module.__name__}.{name}", value))
    found += [(f"attributes._STAGES[{stage}]", pattern) for stage, pattern in attributes._STAGES]
    return found


GUARDED = _guarded_patterns()


def test_the_reader_guards_its_patterns():
    assert len(GUARDED) >= 15


@given(st.data())
def test_guarded_patterns_find_what_their_regex_finds(data):
    """A guarded pattern (not run on text without its needles) finds exactly what its regular
    expression finds, on text made of its own needles and pieces around them."""
    for name, guarded in GUARDED:
        pieces = list(guarded._found() or ()) + ["§ 3 Abs. 2 BauGB", "1.000,00", "€", " ", "x", "der ", "\n"]
        text = data.draw(st.lists(st.one_of(st.sampled_from(pieces), st.text(max_size=2)), max_size=12).map("".join))
        assert [m.span() for m in guarded.finditer(text)] == [m.span() for m in guarded.regex.finditer(text)], name
        found, plain = guarded.search(text), guarded.regex.search(text)
        assert (found and found.span()) == (plain and plain.span()), name


def test_a_text_read_again_reads_as_if_new(rule_base):
    """The second reading of the same text (an OParl paper's JSON, then its text file) reuses
    what depends on the text alone; with other facts from outside (hints), it gives what a
    first reading gives."""
    from pathlib import Path

    from beschluss_rules.model import Body
    from beschluss_rules.reader import text as reader

    paper = (Path(__file__).resolve().parents[2] / "examples" / "heinsberg-beitritt-netzwerk-innenstadt.txt").read_text(
        encoding="utf-8")
    hinted = reader.Hints(title="Beitritt", deciding=(Body("Rat", ("rat",)),), land="nw")
    reader._PREPARED.clear()
    first = reader.parse_text(paper, rule_base.lexicon)
    again_with_hints = reader.parse_text(paper, rule_base.lexicon, hints=hinted)
    again = reader.parse_text(paper, rule_base.lexicon)
    assert paper in reader._PREPARED
    reader._PREPARED.clear()
    fresh_with_hints = reader.parse_text(paper, rule_base.lexicon, hints=hinted)
    assert again_with_hints == fresh_with_hints
    assert again == first
    assert first.items and again_with_hints.title == "Beitritt" != first.title


def test_remembered_answers_equal_fresh_ones(rule_base):
    """classify, legal_form and find_mentions give a text read again the answer they gave it
    the first time, equal to what working it out anew gives."""
    from beschluss_rules.reader import bodies
    from beschluss_rules.text.normalize import fold

    vocabulary = rule_base.vocabulary
    text = "Der Haupt- und Finanzausschuss beschließt den Beitritt zur Netzwerk Innenstadt NRW GmbH."
    first = (vocabulary.classify(text), vocabulary.legal_form(text),
             bodies.find_mentions(fold(text), rule_base, None, "nw", original=text))
    assert first[0] and first[1][0] != "unbekannt" and first[2]
    again = (vocabulary.classify(text), vocabulary.legal_form(text),
             bodies.find_mentions(fold(text), rule_base, None, "nw", original=text))
    fresh = (vocabulary._classify(text), vocabulary._legal_form(text),
             bodies._find_mentions(fold(text), rule_base, None, "nw", original=text))
    assert first == again == fresh
    again[2].clear()  # a caller changing its list changes nobody else's
    assert bodies.find_mentions(fold(text), rule_base, None, "nw", original=text) == fresh[2]


@given(st.lists(st.sampled_from(["Kindertages-", "stätte", "Bau-", "und Energieausschuss", "Walther-", "Rathenau-Platz",
                                 "a", "-", "ä-", "A-", "1-", " ", "x\u00ad", "oder", "Haupt-", "\t-", "-\n", ""]),
                max_size=8))
def test_join_lines_equals_reference(parts):
    """join_lines looks only at the end of the text so far; the same as searching all of it."""
    import re

    from beschluss_rules.reader.ocr import _KEEP_HYPHEN, join_lines

    out = ""
    for raw in parts:
        part = raw.strip()
        if not part:
            continue
        if not out:
            out = part
        elif out.endswith("\u00ad"):
            out = out[:-1] + part
        elif re.search(r"[A-Za-zÄÖÜäöüß]-$", out) and part[:1].islower() and not _KEEP_HYPHEN.match(part):
            out = out[:-1] + part
        elif out.endswith("-") and part[:1].isupper() and re.search(r"[a-zäöüß]-$", out):
            out = out + part
        else:
            out = out + " " + part
    assert join_lines(parts) == re.sub(r"[ \t]{2,}", " ", out)


#: The status-line pattern's third branch as first written (nested repetition: slow on long lines).
_STATUS_BEFORE = (
    r"^(?!(?:der|die|das|den|dem)\s)(?:[a-z/]+\s*[-–,]?\s*){0,4}(?:zugestimmt|kenntnis genommen|beschlossen|abgelehnt"
    r"|angenommen|empfohlen|vertagt|zuruckgestellt|zuruckgezogen|verwiesen|erledigt)(?:\s+(?:und|weiter|ohne"
    r"|mit|massgabe|anderungen?)){0,3}\s*\.?$")
STATUS_BITS = st.sampled_from(["zugestimmt", "kenntnis genommen", "beschlossen", "abgelehnt", "empfohlen", "vertagt",
                               "erledigt", "und", "weiter", "ohne", "mit", "massgabe", "anderungen", "x", "ab", "/",
                               " ", "  ", "-", "–", ",", ".", "der ", "die", "dem ", "mehrheitlich", "vorberatung",
                               "status", ":", "1", "\t"])


@settings(deadline=None)  # the first version is the slow one
@given(st.lists(STATUS_BITS, max_size=10).map("".join))
def test_status_pattern_matches_the_lines_it_matched(line):
    """The status-line pattern, rewritten to take words whole, matches exactly the lines the
    first version matched."""
    import re

    from beschluss_rules.reader.status import STATUS

    before = re.compile(STATUS.pattern.rsplit("|^(?!(?:der|die|das|den|dem)", 1)[0] + "|" + _STATUS_BEFORE)
    assert bool(STATUS.match(line)) == bool(before.match(line)), line


HEADING_LINE_BITS = st.sampled_from(["Beschlussvorschlag", "Beschluss", "Beschlussantrag", "Ergebnis/Beschluss",
                                     "Beschlussempfehlung", "Beschlussentwurf", ":", " ", "\t", ".", "!", "?", "“",
                                     "”", '"', "x", "\n", "Beschl", "Ergebnis/", "/"])


@given(st.lists(HEADING_LINE_BITS, max_size=20).map("".join))
def test_headings_after_sentences_equal_the_substitution(text):
    """A heading after a sentence on its line gets its line break where the pattern that first
    did it put one (now found from the heading words only)."""
    from beschluss_rules.reader.text import _AFTER_SENTENCE_HEADING, _headings_after_sentences

    expected = _AFTER_SENTENCE_HEADING.sub(lambda m: "\n" + m.group()[1:], text)
    if "Beschl" not in text and "Ergebnis/" not in text:
        expected = text
    assert _headings_after_sentences(text) == expected


NEEDLE_BITS = st.sampled_from(["bebauungsplan", "bebauung", "plan", "satzung", "abwasser", "gebuhr", "ung ", "uung",
                               "ebau", "bauu", "s", " ", "x", "ausschuss", "wahl", "vergabe", "auftrag", "-", "e"])


@settings(max_examples=300)
@given(text=st.lists(NEEDLE_BITS, max_size=30).map("".join))
def test_needles_found_through_their_pieces_are_the_needles_the_text_contains(rule_base, text):
    """The matters' needle index, which looks for a needle only where the text has every
    four-character piece of it, finds exactly the needles that occur in the text."""
    vocabulary = rule_base.vocabulary
    for part in ("matters", "bodies", "legal_forms", "organisations", "urgency"):
        vocabulary._hits(part, "")  # builds the index
    for index in vocabulary._indexes.values():
        assert sorted(index._present(text)) == sorted(n for n in index.owners if n in text)


SHORT_NEEDLE_BITS = st.sampled_from(["rat", "rate", "rats", "gemeinderat", "stadtrat", "ausschuss", "hauptausschuss",
                                     "ausschuss fur ", "fa", "hfa", "b", "bpl", "e.", "e.v.", "gmbh", "ggmbh", " ", "x"])


@settings(max_examples=300)
@given(text=st.lists(SHORT_NEEDLE_BITS, max_size=20).map("".join))
def test_needles_within_other_needles_are_found_as_if_each_were_scanned(rule_base, text):
    """A short needle that contains another one ("gemeinderat" holds "rat") is scanned only
    where that one occurs: the needles found are exactly those the text contains, in the body
    names' index as in every other."""
    vocabulary = rule_base.vocabulary
    for part in ("matters", "bodies", "legal_forms", "organisations", "urgency"):
        vocabulary._hits(part, "")
    assert any(index.within for index in vocabulary._indexes.values())
    for index in vocabulary._indexes.values():
        assert sorted(index._present(text)) == sorted(n for n in index.owners if n in text)
        if index._automaton is None:  # every needle filed once: scanned, or within another
            assert len(index.short) + sum(map(len, index.within.values())) == len(index.owners)
        else:
            assert len(index._automaton) == len(index.owners) and not index.short


DATE_LINE_BITS = st.sampled_from(["13. ", "September", " 2013", "2013", " ", "\t", "ii", "x", "1", "\n", "MAI",
                                  "mai 2020 ", "  ", "März", "２０１３", "\u200b"])


@settings(max_examples=300)
@given(st.lists(DATE_LINE_BITS, max_size=8).map("".join))
def test_an_ascii_line_not_ending_in_four_digits_is_no_date_line(line):
    """trim_footer does not fold an ASCII line that does not end with four digits: folded, it could
    not be a date line ("13. September 2013") either."""
    from beschluss_rules.reader.chunks import _MONTH_DATE
    from beschluss_rules.text.normalize import fold

    if line.isascii() and not line.rstrip()[-4:].isdigit():
        assert not _MONTH_DATE.match(fold(line))


NFC_BITS = st.sampled_from(["u\u0308", "ü", "e\u0301", "\u0301", "\n", "\r\n", "\r", "\u2028", "\x1c", "\x85", "fiir",
                            "StraBe", "Birgermeister", "a", " ", "\n\u0308", "\u0323\u0301"])


@settings(max_examples=300)
@given(st.lists(st.one_of(NFC_BITS, st.text(max_size=3)), max_size=30).map("".join))
def test_the_lines_of_an_nfc_text_are_folded_alike_without_normalising_them_again(text):
    """fold_lines told that its lines come from an NFC text (the reader's) gives what it gives
    when it normalises them again; and nfc of nfc is the same text."""
    from beschluss_rules.reader.ocr import fold_lines
    from beschluss_rules.text.normalize import nfc

    normal = unicodedata.normalize("NFC", text)
    assert nfc(text) == normal and nfc(nfc(text)) == normal
    lines = normal.splitlines()
    assert fold_lines(lines, normalized=True) == fold_lines(lines)


def _vocabulary_patterns() -> list[str]:
    import gc

    from beschluss_rules.rulebase.loader import load_rule_base
    from beschluss_rules.rulebase.matching import Matcher

    base = load_rule_base()
    patterns = sorted({p for o in gc.get_objects() if isinstance(o, Matcher) for p in o.patterns})
    del base
    return patterns


WORD_BITS = st.sampled_from(["rat", "der", "gemeinde", "stadt", "b-plan", "b plan", "eg", "ausschuss", "fur", "kreis",
                             "bebauungsplan", "haushalt", "satzung", "1", "a", "x", " ", "-", "\n", "ä", "§ 2", "st 12",
                             "vertrag", "vergabe", "sanierungsgebiet", "jugend", "beirat", "wahl", "mitglied"])


def test_moving_the_word_start_behind_the_literal_changes_no_match():
    """Every vocabulary pattern whose word-start look-behind is moved behind its first letters
    (``literal_first``) finds what it found before, at the same places with the same groups, on
    text made of the vocabulary's own words glued in every way (a letter, a digit, a blank, the
    start of the text before a term)."""
    import random
    import re

    from beschluss_rules.rulebase.matching import literal_first

    rng = random.Random(14)
    words = ["rat", "der", "gemeinde", "b-plan", "eg", "ausschuss", "fur", "a", "x", "1", " ", "-", "ä", "\n"]
    moved = 0
    for pattern in _vocabulary_patterns():
        rewritten = literal_first(pattern)
        if rewritten == pattern:
            continue
        moved += 1
        literals = re.findall(r"([a-z0-9]+)\(\?<!", rewritten)
        texts = [glue + literal + end for literal in literals for glue in ("", "x", "1", " ", "-") for end in ("", " ", "s")]
        texts += ["".join(rng.choice(words + literals) for _ in range(12)) for _ in range(5)]
        before, after = re.compile(pattern), re.compile(rewritten)
        for text in texts:
            assert [(m.span(), m.groups()) for m in before.finditer(text)] == \
                   [(m.span(), m.groups()) for m in after.finditer(text)], (pattern, text)
    assert moved > 1000


@settings(max_examples=300)
@given(st.sampled_from(["(?<![a-z0-9])rat\\s*der\\s*gemeinde(?![a-z0-9])", "(?<![a-z0-9])b-?\\s*plan",
                        "(?<![a-z])(rat|gemeinderat)s?\\w* (der|des)", "(?<![a-z])(?:st|k[)|]?)(\\d)", "(?<![a-z])(a|b)?rat",
                        "(?<![a-z0-9])rats?(?![a-z])", "(?<![a-z])eg(?![a-z0-9])|kreis", "(?<![a-z])(st|k)\\s?\\d{2}"]),
       st.lists(st.one_of(WORD_BITS, st.text(max_size=2)), max_size=12).map("".join))
def test_literal_first_finds_the_same_matches(pattern, text):
    import re

    from beschluss_rules.rulebase.matching import literal_first

    before, after = re.compile(pattern), re.compile(literal_first(pattern))
    assert [(m.span(), m.groups()) for m in before.finditer(text)] == \
           [(m.span(), m.groups()) for m in after.finditer(text)]

NAMED_FOR_BITS = st.sampled_from(["ausschuss", "bauausschuss", "amt", "amtes", "beirat", " fur ", " fur", "fur ",
                                  "die ", "umwelt", ", ", " und ", "x", "1", "ä", "_", " ", "\n", "-", "kommission"])


@settings(max_examples=500)
@given(st.lists(st.one_of(NAMED_FOR_BITS, st.text(max_size=2)), max_size=14).map("".join))
def test_the_named_for_look_ahead_drops_no_match(text):
    """The committee-named-by-its-subjects pattern with its quick look-ahead substitutes what the
    pattern without it substitutes."""
    import re

    from beschluss_rules.rulebase.vocabulary import _NAMED_FOR

    plain = re.compile(_NAMED_FOR.pattern.replace(r"(?=\w*+ fur )", "", 1))
    assert plain.pattern != _NAMED_FOR.pattern
    assert _NAMED_FOR.sub(r"\1", text) == plain.sub(r"\1", text)


LEAD_IN_BITS = st.sampled_from(["beschluss", "Beschluss", ":", " ", "\t", "x", "beschluss:", "beschlus", "\u00a0", ": ",
                                "beschliesst", "beschliesst:", "beschlies"])


@settings(max_examples=500)
@given(st.lists(st.lists(st.one_of(LEAD_IN_BITS, st.text(max_size=2).filter(lambda t: "\n" not in t)),
                         max_size=5).map("".join), max_size=8))
def test_lead_in_lines_are_every_line_with_beschluss_ending_in_a_colon(lines):
    """The section finder's lead-in lines, found from the places of "beschluss" in the joined
    text, are the lines a look at every line finds."""
    from beschluss_rules.reader.sections import _lead_in_lines

    expected = {n for n, text in enumerate(lines)
                if ("beschluss" in text or "beschliesst" in text) and text.rstrip().endswith(":")}
    assert _lead_in_lines("\n" + "\n".join(lines)) == expected


LABEL_BITS = st.sampled_from(["betr", "Betreff:", "betreff:", " ", "x", "thema", "titel", "gegenstand", "\t"])


@settings(max_examples=500)
@given(st.lists(st.lists(st.one_of(LABEL_BITS, st.text(max_size=2).filter(lambda t: "\n" not in t)),
                         max_size=4).map("".join), max_size=8), st.integers(0, 9))
def test_label_lines_are_every_line_beginning_like_a_betreff(lines, count):
    """The title finder's candidate lines, found by one pattern over the joined lines, are the
    lines a look at every line finds."""
    from beschluss_rules.reader.header import _label_lines

    expected = [n for n, text in enumerate(lines[:count]) if text.startswith(("betr", "gegenstand", "titel", "thema"))]
    assert _label_lines(lines, count) == expected


def test_a_word_start_changes_no_first_match():
    """Every vocabulary pattern that begins with a run of word characters finds, told to start
    only where such a run starts (``word_start``), the first match it found before (same place,
    same groups), on text of the vocabulary's words glued in every way."""
    import random
    import re

    from beschluss_rules.rulebase.matching import word_start

    rng = random.Random(14)
    words = ["beirat", "jugendbeirat", "grundstuck", "grundstucke", "kommission", "gebildet", "wird", "der", "1", "ä",
             "_", " ", "x", "-", "\n", "bildung", "satzung", "des"]
    starting = [p for p in _vocabulary_patterns() if word_start(p)]
    for pattern in starting:
        before, after = re.compile(pattern), re.compile(word_start(pattern) + pattern)
        for _ in range(300):
            text = "".join(rng.choice(words) for _ in range(rng.randrange(1, 10)))
            found, moved = before.search(text), after.search(text)
            assert (found is None) == (moved is None), (pattern, text)
            assert found is None or (found.span(), found.groups()) == (moved.span(), moved.groups()), (pattern, text)
    assert starting


@settings(max_examples=300)
@given(st.sampled_from([r"\w*ab", r"\w*(beirat|rat)\w* (\S+ ){0,2}gebildet", "[a-z]*ab|c", r"\w*?ab", r"\w*+x",
                        r"\w+ab", "[a-z]{3,}(?<!staats)(vertrag|rat)(?![a-z])", "[a-z]{2,}?b"]),
       st.lists(st.sampled_from(["a", "b", "ab", "x", " ", "1", "ä", "_", "rat", "beirat", " gebildet", "c", "staats",
                                 "vertrag"]),
                max_size=12).map("".join))
def test_word_start_finds_the_same_first_match(pattern, text):
    import re

    from beschluss_rules.rulebase.matching import word_start

    found, moved = re.compile(pattern).search(text), re.compile(word_start(pattern) + pattern).search(text)
    assert (found is None) == (moved is None)
    assert found is None or (found.span(), found.groups()) == (moved.span(), moved.groups())


FOOTER_BITS = st.sampled_from(["Der Rat beschließt.", "1. Der Rat", "2)", "Norbert Pallentin", "13. September 2013",
                               "Karl-Heinz Bothmann", "Neubau der Feuerwache",
                               "Hauptamt -", "- Ratsangelegenheiten -", "a", "x;", "wird beauftragt:", "", " ", "Anlage"])


@settings(max_examples=300)
@given(st.lists(st.lists(FOOTER_BITS, max_size=3).map(" ".join), max_size=8))
def test_trim_footer_finds_the_last_sentence_from_the_end(texts):
    """trim_footer looks for the last line that ends a sentence from the end of the proposal; it
    keeps what a look at every line from the start keeps (after a colon: what it announces, but
    not blank lines or a name signed under a list)."""
    import re

    from beschluss_rules.reader.chunks import _MONTH_DATE, _SENTENCE_END, _SIGNED_NAME, trim_footer
    from beschluss_rules.reader.sections import MARKER
    from beschluss_rules.text.normalize import fold

    content = list(enumerate(texts))
    last_sentence = None
    for index, (_, line) in enumerate(content):
        if _MONTH_DATE.match(fold(line)):
            continue
        if _SENTENCE_END.search(line.strip()) or MARKER.match(line):
            last_sentence = index
    expected = content
    if last_sentence is not None and content[last_sentence][1].rstrip().endswith(":"):
        # what a colon announces stays; blank lines after it and a name signed under it do not
        kept = content[last_sentence + 1:]
        while kept and not kept[-1][1].strip():
            kept = kept[:-1]
        if len(kept) > 1 and _SIGNED_NAME.match(kept[-1][1].strip()):
            kept = kept[:-1]
        expected = content[:last_sentence + 1] + kept
    elif last_sentence is not None:
        tail = content[last_sentence + 1:]
        if tail and all(_MONTH_DATE.match(fold(line)) or (len(line.strip()) < 45 and not re.search(r"[.;:]\s*$", line.strip())
                                                         and not MARKER.match(line) and not line.strip()[:1].islower())
                        for _, line in tail) and not content[last_sentence][1].rstrip().endswith("-"):
            expected = content[:last_sentence + 1]
    assert trim_footer(content) == expected


LAND_SIGN_BITS = st.sampled_from(["GemO", "Gemeindeordnung ", "für ", "Baden-Württemberg", "Rheinland-Pfalz", "BW",
                                  "B-W", "BaWü", "RP", "RLP", "Baden-", "Rheinland-", "Sächs", "Sachs", " ", "x",
                                  "1", "_", "ä", "\n", "-", "§ 24 "])


@settings(max_examples=500)
@given(st.lists(st.one_of(LAND_SIGN_BITS, st.text(max_size=2)), max_size=12).map("".join))
def test_land_signs_written_gemo_first_find_what_the_plain_forms_find(text):
    """The statute signs written with "GemO" first (the look-behind ``(?<!\\wGemO)`` after it
    instead of ``\\b`` before it) find the same places as the plain forms."""
    import re

    from beschluss_rules.reader import attributes

    plain_shared = r"(?<!Sächs)(?<!Sachs)\bGemO\b(?!\s?(?:BW|B-W|BaWü|RP|RLP|Baden-|Rheinland-))"
    pairs = [(attributes._PLAIN_SIGNS[land], attributes._LAND_SIGNS[land]) for land in ("bw", "rp")]
    pairs.append((plain_shared, attributes._SHARED_SIGNS["GemO"][0]))
    for plain, rewritten in pairs:
        assert [m.span() for m in re.finditer(plain, text)] == [m.span() for m in rewritten.finditer(text)]
        assert re.findall(plain, text) == rewritten.findall(text)


MUNICIPALITY_BITS = st.sampled_from(["Stadt", "Gemeinde", "Markt", "Samtgemeinde", "STADT", "GEMEINDE", "Hansestadt",
                                     " ", "  ", "\n", "Karlsruhe", "Bad", "KA", "KAR", "-", "x", "ä", "Ä", "Über", "1"])


@settings(max_examples=500)
@given(st.lists(st.one_of(MUNICIPALITY_BITS, st.text(max_size=2)), max_size=12).map("".join))
def test_the_municipality_pattern_with_its_look_behind_moved_finds_the_same_names(text):
    """``_MUNICIPALITY`` (its look-behind moved behind each kind word by ``literal_first``, which
    now moves any one-character look-behind) finds the same names as its plain form."""
    import re

    from beschluss_rules.reader import attributes

    plain = re.compile(attributes._MUNICIPALITY_PLAIN)
    assert plain.pattern != attributes._MUNICIPALITY.pattern
    assert [(m.span(), m.groups()) for m in plain.finditer(text)] == \
           [(m.span(), m.groups()) for m in attributes._MUNICIPALITY.finditer(text)]


def test_profile_body_names_with_the_look_behind_moved_find_the_same_places():
    """Every shipped profile's body-name pattern, compiled with ``literal_first`` as the reader
    does, finds what the plain pattern finds, on texts gluing the name to letters, digits,
    blanks and its own pieces."""
    import random
    import re

    from beschluss_rules.reader.bodies import _profile_names
    from beschluss_rules.rulebase.loader import load_rule_base
    from beschluss_rules.text.normalize import fold

    rng = random.Random(14)
    compared = 0
    for profile in load_rule_base().lexicon.profiles:
        names = _profile_names(profile)
        assert names is not None
        for body, compiled in zip(profile.municipality.bodies, names.regexes, strict=True):
            name = fold(body.name)
            plain = re.compile(r"(?<![a-z0-9])" + re.escape(name).replace(r"\ ", r"\s*").replace(r"\-", r"-?\s*")
                               + r"(?:e?s)?(?![a-z0-9])")
            pieces = name.replace("-", " ").split() + [name, name + "s", "x", "1", " ", "-", "\n", "ä"]
            texts = [glue + name + end for glue in ("", "x", "1", " ", "-") for end in ("", "s", "es", "x", " ")]
            texts += ["".join(rng.choice(pieces) for _ in range(8)) for _ in range(5)]
            for text in texts:
                assert [(m.span(), m.groups()) for m in plain.finditer(text)] == \
                       [(m.span(), m.groups()) for m in compiled.finditer(text)], (plain.pattern, text)
            compared += compiled.pattern != plain.pattern
    assert compared > 10


def _status_words() -> list[str]:
    import re

    from beschluss_rules.reader.status import STATUS

    return sorted(set(re.findall(r"[a-z]{2,}", STATUS.pattern)) - {"s", "n"})


@settings(max_examples=1000, deadline=None)
@given(st.lists(st.one_of(st.sampled_from(_status_words()),
                          st.sampled_from([" ", "  ", ".", ":", ",", "-", "–", "/", "\n", "\t", "x", "n", "en", "1"])),
                max_size=8).map("".join))
def test_a_line_the_status_guard_turns_away_is_no_status_line(line):
    """``_may_be_status`` (the last word of the line among the words a status line ends with)
    says no only to lines :data:`STATUS` does not match: lines made of every word of the pattern
    (so a word added to the pattern and not to the endings fails here)."""
    from beschluss_rules.reader.status import STATUS, _may_be_status

    text = line.strip().strip("-\u2013\u2014 ")
    if STATUS.match(text):
        assert _may_be_status(text), text


@given(st.lists(st.sampled_from(["Haupt", "ausschuss", ":", " ", "\t", "\n", "*", "_", "#", ">", "**", "x", ".", "\xa0"]),
                max_size=10).map("".join))
def test_the_colon_check_of_a_heading_line_equals_the_substitution(line):
    """``_ends_with_colon`` answers what stripping decoration and blanks would."""
    from beschluss_rules.reader.bodies import _DECORATION_RUN, _ends_with_colon

    assert _ends_with_colon(line) == _DECORATION_RUN.sub(" ", line).strip().endswith(":")


@settings(max_examples=500)
@given(st.lists(st.sampled_from(["der rat", "a", "1", ")", "“", '"', ".", "!", "?", " ", "\n", "x.", "z. b.", "ä", "-"]),
                max_size=14).map("".join))
def test_the_first_sentence_end_written_mark_first_is_found_where_it_was(text):
    """The first-sentence end, written with its mark before the look-behind, is found at the
    same place as with the look-behind first."""
    import re

    from beschluss_rules.reader.items import _FIRST_END

    plain = re.compile(r"(?<=[a-z0-9)“\"]{2})[.!?]\s")
    assert [m.span() for m in plain.finditer(text)] == [m.span() for m in _FIRST_END.finditer(text)]


SIGN_BITS = st.sampled_from(["GO", "NGO", "HGO", "GemO", "SächsGemO", "Gemeindeordnung", "Hessische ", "Bay", "BayGO",
                             "BayBO", "ern", "NRW", "NW", "KV", "KVG", "Bbg", "KVerf", "LSA", "Art.", " ", "x", "§ 40 "])


@settings(max_examples=300)
@given(text=st.lists(SIGN_BITS, max_size=20).map("".join))
def test_a_needle_tree_finds_the_needles_the_text_contains(text):
    """The statute signs' needles, each looked for only where the shorter string it contains
    occurs, are exactly the needles ``in`` the text (and so ``passes`` says the same per Land)."""
    from beschluss_rules.reader.attributes import _LAND_NEEDLES, _SIGN_NEEDLES
    from beschluss_rules.text.prefilter import passes

    present = _SIGN_NEEDLES.present(text)
    assert present == {n for n in _SIGN_NEEDLES.needles if n in text}
    for signs in _LAND_NEEDLES.values():
        assert passes(text, signs) == (signs is None or not present.isdisjoint(signs))


JOINED_BITS = st.sampled_from(["Beratungsfolge", "Gremium", "Organ", "Betreff: x", "Beschlussvorschlag:", "1.", "a)",
                               "Der Rat beschließt:", "TOP 3 Haushalt", "  ", "\t", "x", "Sachverhalt", "\n", "\n\n",
                               "Thema", "ii", "Antrag an den Rat"])


@settings(max_examples=300)
@given(st.lists(JOINED_BITS, max_size=40).map("".join))
def test_scans_given_the_joined_lines_find_what_they_find_alone(text):
    """The section finder, the Betreff lines and the Beratungsfolge's header candidates, given
    the lines joined once (``Joined``), answer as when each joins them itself; the header
    candidates are exactly the lines with a header word."""
    from beschluss_rules.reader.consultation import _HEADER_WORDS, _header_candidates
    from beschluss_rules.reader.header import _label_lines
    from beschluss_rules.reader.ocr import match_lines
    from beschluss_rules.reader.sections import Joined, _sections

    lines = text.splitlines()
    folded = match_lines(lines)
    joined = Joined.of(lines, folded)
    assert joined.lines == "\n" + "\n".join(lines) and joined.folded == "\n" + "\n".join(folded)
    assert _header_candidates(folded, joined.folded) == _header_candidates(folded) == [
        number for number, line in enumerate(folded) if any(word in line for word in _HEADER_WORDS)]
    assert _label_lines(folded, len(folded), joined.folded) == _label_lines(folded, len(folded))
    assert _sections(lines, folded, joined) == _sections(lines, folded)


MARKER_LINE_BITS = st.sampled_from(["1.", "2)", "(3)", "a)", "b.", "IV.", "Zu a)", "zu B:", "   ", " ", "\t", "x", "\n",
                                    "Text", "1.2", "12 ", "(a)"])


@settings(max_examples=300)
@given(st.lists(MARKER_LINE_BITS, max_size=30).map("".join))
def test_the_marker_lines_are_found_with_the_blank_run_taken_whole(text):
    """The section finder's marker-line scan takes a line's leading blanks whole (``*+``): what
    follows them must be a marker's first character, never a blank, so giving blanks back could
    not make it match; the same lines as with the plain ``*``."""
    import re

    from beschluss_rules.reader.sections import _MAYBE_MARKER, _line_numbers

    plain = re.compile(_MAYBE_MARKER.pattern.replace(r"\n[^\S\n]*+(?=", r"\n[^\S\n]*(?=", 1))
    assert plain.pattern != _MAYBE_MARKER.pattern
    lines = text.splitlines()
    assert _line_numbers(_MAYBE_MARKER, lines) == _line_numbers(plain, lines)


DATE_LINE_TEXT_BITS = st.sampled_from(["datum", "Datum:", "sitzung am ", "sitzungstermin", "beratung am", "termin",
                                       "12.", "3.", "05.", " 2020", "2020", "31.", "02.", "1999", " ", "\t", "x",
                                       "\n", "montag, ", "dat", "um"])


@settings(max_examples=300)
@given(st.lists(DATE_LINE_TEXT_BITS, max_size=20).map("".join))
def test_the_date_lines_found_in_the_joined_text_are_those_found_line_by_line(text):
    """``session_date`` looks for a "Datum:"/"Sitzung am" line in the joined folded lines, one
    search instead of one per line: the date is the one the first line with a valid date gives."""
    import datetime as dt

    from beschluss_rules.reader.header import _weekday_session_line, session_date
    from beschluss_rules.reader.ocr import match_lines
    from beschluss_rules.reader.sections import DATE_LINE, Joined

    folded = match_lines(text.splitlines())

    def line_by_line():
        for line in folded:
            found = DATE_LINE.search(line)
            if found:
                day = (int(found.group(3)), int(found.group(2)), int(found.group(1)))
                try:
                    dt.date(*day)
                except ValueError:
                    continue
                return day
        return _weekday_session_line(folded)

    expected = line_by_line()
    assert session_date(folded, (), ()) == expected
    assert session_date(folded, (), (), Joined.of(folded, folded).folded) == expected

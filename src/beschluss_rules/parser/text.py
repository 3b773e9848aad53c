"""A reader of plain-text council papers, including OCR'd ones like the Heinsberg example.

What it finds:

- the title (Betreff): the first non-empty line, unless a "Betreff:" line says otherwise;
- the municipality: a known profile's name ("Stadt Heinsberg") anywhere in the text;
- the Beschlussvorschlag: the heading "Beschlussvorschlag" (also OCR-damaged,
  "Beschlussvorschlaq"), "Beschlussentwurf", "Beschluss:", "Antrag an den ...", "Petitum";
- per-body sections inside it: a line that is only a body name followed by a colon
  ("Haupt- und Finanzausschuss:", "Rat:"); the text up to the next such heading is that body's
  decision, split further at numbered items ("1.", "2)", "a)");
- without headings, the body from a sentence that names it ("Der Rat der Stadt ... beschließt");
- per item: matters (vocabulary), the counterpart's legal form, amounts, urgency.

Lines and columns are those of the original text (1-based).
"""

from __future__ import annotations

import re

import attrs

from ..loader import Profile, RuleBase
from ..model import Body, DecisionItem
from ..textnorm import fold

__all__ = ["ParsedText", "parse_text"]

_PROPOSAL = re.compile(
    r"^\s*(beschlussvorschla[gq]|beschlussentwurf|beschlussempfehlung|beschluss-?\s*vorschlag"
    r"|vorgeschlagener beschluss|beschluss|antrag an den [a-z ]+|petitum)\s*(der verwaltung)?\s*:?\s*$"
)
_NUMBERED = re.compile(r"^\s*(\d{1,2}[.)]|[a-h]\))\s+")
_AMOUNT = re.compile(
    r"(\d{1,3}(?:\.\d{3})+|\d+)(?:,(\d{1,2}))?\s*(mio\.?|millionen|tsd\.?)?\s*(?:€|eur\b|euro\b)"
)
_SENTENCE_BODY = re.compile(
    r"\bder\s+(.{2,60}?)\s+(beschliesst|stimmt|nimmt|bestellt|wahlt|beauftragt|ermachtigt|genehmigt)\b"
)
#: Body kinds of which a municipality can have several; never matched to a profile body by kind.
_MANY_OF_A_KIND = frozenset({"fachausschuss", "bezirksvertretung", "ortschaftsrat"})
#: Headings that end the Beschlussvorschlag (what follows is explanation, not decision).
_PROPOSAL_END = re.compile(
    r"^\s*(finanzielle auswirkungen|haushaltsrechtliche auswirkungen|auswirkungen auf|anlage[n]?"
    r"|begrundung|sachverhalt|sachdarstellung|erlauterung(en)?|beratungsergebnis|abstimmungsergebnis"
    r"|klimarelevanz|kosten|finanzierung|unterschrift|der burgermeister|die burgermeisterin)"
    r"\b[^.]{0,40}:?\s*$"
)
_DATE_LINE = re.compile(
    r"^\s*(datum|sitzung(?:stermin)?|sitzungsdatum|beratung am)\b.*?(\d{1,2})\.(\d{1,2})\.(\d{4})"
)


@attrs.frozen
class ParsedText:
    """What the text reader found; :mod:`beschluss_rules.check` turns it into a Paper."""

    title: str | None
    items: tuple[DecisionItem, ...]
    profile: Profile | None
    municipality_name: str | None
    date: tuple[int, int, int] | None
    has_proposal: bool
    land: str | None = None
    reference: str | None = None


def _find_profile(folded_text: str, rule_base: RuleBase) -> Profile | None:
    # Only the full name ("Stadt Heinsberg"): a bare "Heinsberg" also names the Kreis Heinsberg.
    for profile in rule_base.profiles:
        name = fold(profile.municipality.name)
        if re.search(r"(?<![a-z])" + re.escape(name) + r"(?![a-z])", folded_text):
            return profile
    return None


def resolve_body(name: str, rule_base: RuleBase, profile: Profile | None, land: str | None
                 ) -> Body | None:
    """The body called ``name``: a profile body if the profile knows the name, else the vocabulary's."""
    folded = fold(name).strip(" :.")
    if profile is not None:
        for body in profile.municipality.bodies:
            if fold(body.name) == folded:
                return body
    kinds = rule_base.vocabulary.body_kinds(folded, land)
    if kinds is None:
        return None
    if profile is not None and not set(kinds) & _MANY_OF_A_KIND:
        # A municipality has one council, one main committee, one mayor: "Stadtrat" is its Rat
        # even if the profile spells it differently. Committees are matched by name only.
        same = [body for body in profile.municipality.bodies if body.kinds == kinds]
        if len({body.key for body in same}) == 1:
            return Body(name.strip(" :"), kinds, key=same[0].key)
    return Body(name.strip(" :"), kinds)


def _heading_body(line: str, rule_base: RuleBase, profile: Profile | None, land: str | None
                  ) -> Body | None:
    """The body a heading line such as "Haupt- und Finanzausschuss:" names, else ``None``.

    A heading is a short line ending in a colon whose text is (almost) only the body's name: a
    profile body's name, or a vocabulary term covering at least 60 % of it, so that a sentence
    that merely mentions "der Rat" is not taken for a heading.
    """
    stripped = line.strip()
    if not stripped.endswith(":") or len(stripped) > 80:
        return None
    name = stripped[:-1].strip()
    folded = fold(name).strip()
    if not folded or len(folded.split()) > 8:
        return None
    if profile is not None and any(fold(b.name) == folded for b in profile.municipality.bodies):
        return resolve_body(name, rule_base, profile, land)
    for term in rule_base.vocabulary.bodies:
        found = term.matcher.longest(folded)
        if found and (found.end() - found.start()) >= 0.6 * len(folded):
            return resolve_body(name, rule_base, profile, land)
    return None


def _amount_cents(folded: str) -> int | None:
    found = _AMOUNT.search(folded)
    if not found:
        return None
    whole = int(found.group(1).replace(".", ""))
    cents = int((found.group(2) or "0").ljust(2, "0"))
    scale = found.group(3) or ""
    value = whole * 100 + cents
    if scale.startswith("mio") or scale.startswith("millionen"):
        value *= 1_000_000
    elif scale.startswith("tsd"):
        value *= 1_000
    return value


def parse_text(text: str, rule_base: RuleBase, *, land: str | None = None,
               profile: Profile | None = None) -> ParsedText:
    """Read a plain-text paper (see module docstring)."""
    lines = text.splitlines()
    folded_lines = [fold(line) for line in lines]
    folded_text = "\n".join(folded_lines)
    title = next((line.strip() for line in lines if line.strip()), None)
    for line, folded in zip(lines, folded_lines, strict=False):
        if folded.strip().startswith("betreff:") and len(line.split(":", 1)[1].strip()) > 3:
            title = line.split(":", 1)[1].strip()
            break
    profile = profile or _find_profile(folded_text, rule_base)
    if profile is not None:
        land = land or profile.municipality.land
    date = None
    for folded in folded_lines:
        found = _DATE_LINE.search(folded)
        if found:
            date = (int(found.group(4)), int(found.group(3)), int(found.group(2)))
            break
    start = None
    for number, folded in enumerate(folded_lines):
        if _PROPOSAL.match(folded):
            start = number + 1
    if start is None:
        return ParsedText(title, (), profile, profile.municipality.name if profile else None, date, False)

    # Sections: (body, [(line_number, text)]) in order.
    sections: list[tuple[Body | None, int | None, list[tuple[int, str]]]] = []
    current: tuple[Body | None, int | None, list[tuple[int, str]]] = (None, None, [])
    for number in range(start, len(lines)):
        line = lines[number]
        if _PROPOSAL_END.match(folded_lines[number]) and (current[2] or sections):
            break
        body = _heading_body(line, rule_base, profile, land)
        if body is not None:
            if current[2] or current[0] is not None:
                sections.append(current)
            current = (body, number + 1, [])
            continue
        if line.strip():
            current[2].append((number + 1, line))
    if current[2] or current[0] is not None:
        sections.append(current)

    vocabulary = rule_base.vocabulary
    items: list[DecisionItem] = []
    for body, body_line, content in sections:
        if not content:
            continue
        for chunk in _split_numbered(content):
            first_line, first_text = chunk[0]
            item_text = " ".join(part.strip() for _, part in chunk)
            item_text = re.sub(r"-\s+(?=[a-zäöüß])", "", item_text)
            item_body = body
            if item_body is None:
                item_body = _sentence_body(item_text, rule_base, profile, land)
            # The counterpart's legal form: stated in the item, else in the title; from the rest
            # of the paper only a known organisation counts (a "GmbH" in the explanation is
            # usually someone else).
            form, organisation = vocabulary.legal_form(item_text)
            if form == "unbekannt" and title:
                form, organisation = vocabulary.legal_form(title)
            if form == "unbekannt":
                form, organisation = vocabulary.known_organisation(text)
            urgency = vocabulary.urgency_of(item_text)
            if urgency == "keine":
                urgency = vocabulary.urgency_of(title or "")
            items.append(DecisionItem(
                index=len(items) + 1,
                text=item_text,
                body=item_body,
                matters=vocabulary.classify(item_text),
                legal_form=form,
                amount_cents=_amount_cents(fold(item_text)),
                urgency=urgency,
                counterpart=organisation,
                line=first_line,
                column=len(first_text) - len(first_text.lstrip()) + 1,
                body_line=body_line,
            ))
    return ParsedText(title, tuple(items), profile,
                      profile.municipality.name if profile else None, date, True)


def _split_numbered(content: list[tuple[int, str]]) -> list[list[tuple[int, str]]]:
    chunks: list[list[tuple[int, str]]] = []
    for number, line in content:
        if _NUMBERED.match(line) or not chunks:
            chunks.append([(number, line)])
        else:
            chunks[-1].append((number, line))
    return chunks


def _sentence_body(text: str, rule_base: RuleBase, profile: Profile | None, land: str | None
                   ) -> Body | None:
    found = _SENTENCE_BODY.search(fold(text))
    if not found:
        return None
    return resolve_body(found.group(1), rule_base, profile, land)

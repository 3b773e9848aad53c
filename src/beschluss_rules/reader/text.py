"""The reader of a council paper's text: plain text, OCR'd scans, and the text of every other format.

What it finds (each with its line and column in the original text, 1-based):

- the title (Betreff), reference (Vorlage-Nr., Drucksache), session date, municipality and Land
  (from the options, the municipality profile, or the law the paper cites);
- the Beratungsfolge (:mod:`.consultation`): which bodies advise and which one decides;
- the Beschlussvorschlag: the heading "Beschlussvorschlag" (also OCR-damaged,
  "Beschlussvorschlaq"), "Beschlussentwurf", "Beschlussantrag", "Beschlussempfehlung",
  "Beschluss:", "Antrag an den Gemeinderat", "Petitum", "Der Rat wolle beschließen:", and, when
  nothing else is there, "Kurzfassung". A paper often prints it twice (a short version first,
  the full wording at the end); the strongest, last complete one is read;
- its decision items: per-body sections ("Haupt- und Finanzausschuss:" / "Rat:"), numbered
  items ("1.", "2)", "a)", "(1)", "I."; a number counts only in sequence, so "3. Änderung" in a
  wrapped title is no item), or sentences;
- for each item the deciding body, in this order: the per-body heading; the sentence's subject
  ("Der Gemeinderat beschließt ...", "Der Ortschaftsrat stimmt ... zu"; "Der Haupt- und
  Finanzausschuss empfiehlt dem Rat ..." is a recommendation: the Rat decides); the subject of
  the lead-in ("Der Rat beschließt:" before a numbered list); "Antrag an den Gemeinderat"; the
  body that decides in the Beratungsfolge (passive proposals: "... wird zugestimmt"); else none,
  and the verdict says the body is unknown;
- per item the matters (vocabulary), the counterpart's legal form, amounts, recurring costs,
  urgency (and approval of an urgent decision taken before), the Bauleitplanung stage and the
  norms cited.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping
from typing import Any

import attrs

from ..rulebase.types import Profile, RuleBase
from ..model import Body, DecisionItem, Message
from ..text.normalize import fold, nfc
from .attributes import (
    amount_cents,
    cited_norms,
    land_from_text,
    municipality_from_text,
    planning_stage,
    recurring,
    reference_from_text,
    urgency_approval,
)
from .bodies import Subject, find_mentions, heading_body, resolve_body, subject_of
from .consultation import Consultation, deciders, find_beratungsfolge
from .ocr import join_lines, match_form, match_lines, repair

__all__ = ["Hints", "ParsedText", "parse_text", "resolve_body"]


@attrs.frozen
class ParsedText:
    """What the reader found; :mod:`beschluss_rules.check` turns it into a Paper.

    ``deciding`` are the bodies that decide the paper according to its Beratungsfolge (or the
    OParl record, or the front matter); ``notes`` say how the paper was read where that is worth
    knowing (encoding guessed, Land taken from the cited law, no text layer ...).
    """

    title: str | None
    items: tuple[DecisionItem, ...]
    profile: Profile | None
    municipality_name: str | None
    date: tuple[int, int, int] | None
    has_proposal: bool
    land: str | None = None
    reference: str | None = None
    notes: tuple[Message, ...] = ()
    consultations: tuple[Consultation, ...] = ()
    deciding: tuple[Body, ...] = ()
    front_matter: Mapping[str, Any] | None = None
    format: str = "text"


@attrs.frozen
class Hints:
    """What a paper's container states outright (front matter, OParl record), over the text.

    ``deciding``: the bodies that decide (OParl's authoritative consultation, front matter
    ``body``); they replace every body the text only implies. ``item_bodies``: the deciding body
    of single items (front matter ``items``), 1-based, over everything.
    """

    title: str | None = None
    reference: str | None = None
    date: tuple[int, int, int] | None = None
    #: A date to use when the text names none (an OParl paper's own date).
    fallback_date: tuple[int, int, int] | None = None
    municipality: str | None = None
    land: str | None = None
    deciding: tuple[Body, ...] = ()
    #: Where ``deciding`` comes from, for the items' ``body_source`` (``oparl``, ``front-matter``).
    deciding_source: str | None = None
    item_bodies: Mapping[int, Body] = attrs.field(factory=dict)
    consultations: tuple[Consultation, ...] = ()
    notes: tuple[Message, ...] = ()
    front_matter: Mapping[str, Any] | None = None
    format: str = "text"


# --- headings -------------------------------------------------------------------------------

_PROPOSAL_WORD = (
    r"beschlu(?:ss|s|b)\s?-?\s?vor\s?-?\s?schla[gq]\w*|beschlussentwurf|beschlussempfehlung|beschlussantrag"
    r"|beschlusstext|beschlussformulierung|entscheidungsvorschlag|empfehlungsbeschluss"
    r"|vorgeschlagener beschluss|vorschlag zur beschlussfassung|petitum|beschlussvorschlage"
)
_PROPOSAL = re.compile(
    r"^(?P<key>" + _PROPOSAL_WORD + r")"
    r"(?P<qual>\s*\((?P<paren>[^)]{1,30})\))?"
    r"(?:\s+(?:der verwaltung|des (?:ober)?burgermeisters|der (?:ober)?burgermeisterin|des vorsitzenden))?"
    r"(?:\s+(?:fur|an)\s+(?:den|die|das)\s+(?P<to>[^:]{2,60}?))?"
    r"\s*(?:[:.]\s*(?P<inline>.*))?$"
)
_BESCHLUSS = re.compile(r"^(?:beschluss|beschlusse|entscheidung|empfehlung)\s*(?::\s*(?P<inline>.*))?$")
_ANTRAG = re.compile(r"^antrag (?:an )?(?:den|die|das)\s+(?P<to>[^:]{2,90}?)\s*(?::\s*(?P<inline>.*))?$")
_ANTRAG_PLAIN = re.compile(r"^antrag\s*:\s*(?P<inline>.*)$")
_WOLLE = re.compile(r"^(?:der|die)\s+(?P<to>.{2,60}?)\s+(?:wolle|moge|moge)\s+(?:folgendes?\s+)?beschliessen\s*:?\s*$")
_SHORT = re.compile(r"^(?:kurzfassung|(?:information|mitteilung)\s*\(kurzfassung\))\s*:?\s*$")
#: How every heading above begins: most lines begin otherwise and need not be matched at all.
_HEADING_STARTS = ("beschlu", "entscheidung", "empfehlung", "vorgeschlagener", "vorschlag", "petitum",
                   "antrag", "der", "die", "kurzfassung", "information", "mitteilung")
_DECORATION = frozenset("*_#>")

#: Headings that end the Beschlussvorschlag: what follows is explanation, not decision.
_END = re.compile(
    r"^(?:problembeschreibung|begrundung|sachverhalt|sachdarstellung|sachstand|erlauterung|erganzende erlauterung"
    r"|finanzielle auswirkung|finanzielle und personelle|haushaltsrechtliche|haushaltsmassige|auswirkungen auf"
    r"|kosten|finanzierung|anlage|anlagen|beratungsergebnis|abstimmungsergebnis|klimarelevanz|klimaschutz"
    r"|co\s?2|kurze sachliche darstellung|darstellung|rechtsgrundlage|rechtliche grundlage|hinweis|historie"
    r"|vorbemerkung|ausgangslage|bisherige beratung|demografi|gleichstellung|nachhaltigkeit|unterschrift"
    r"|gez\.|i\.\s?a\.|im auftrag|in vertretung|gedruckt auf|zustandigkeit|verfahren|protokoll"
    r"|beratungsverlauf|ergebnis der beratung|abstimmung|sitzungsverlauf|alternativen|personelle auswirkung)"
    r"(?P<rest>.{0,60})$"
)
#: Administrative dispositions that follow the decision in a Verfügung ("II. Auf die
#: Tagesordnung ...", "III. Übersendung der Vorlage ...", "IV. z. d. A.").
_DISPOSITION = re.compile(
    r"^(?:auf die tagesordnung|ubersendung (?:der|an)|z\.\s?d\.\s?a\.|zu den akten|wiedervorlage|wv\.?\s|abdruck an"
    r"|kopie an|zur kenntnis an|kontierungsobjekt|der verbandsverwaltung zum vollzug|zum vollzug)"
)
_SIGNATURE = re.compile(r"^(?:der|die)\s+(?:ober)?burgermeister(?:in)?\s*:?\s*(?:in vertretung)?$")
_NOISE = re.compile(
    r"^(?:[x☒☐✓✔■□\s]*|-\s*\d+\s*-|seite\s*\d+(?:\s*von\s*\d+)?|\d+|-- \d+ of \d+ --|gedruckt auf .*recyclingpapier)$"
)
_MARKER = re.compile(
    r"^\s*(?:(?P<num>\d{1,2})\s?(?P<numsuf>\.\)|\.|\))|\((?P<pnum>\d{1,2})\)"
    r"|(?P<let>[a-h])\s?(?P<letsuf>\.\)|\))|\((?P<plet>[a-h])\)|(?P<rom>I{1,3}|IV|V|VI{1,3})\.)"
    r"(?=\s|$|(?<=[.)])[A-ZÄÖÜa-zäöü„\"])"
)
_DATE_LINE = re.compile(
    r"^\s*(?:datum|sitzung(?:stermin|sdatum)?|beratung am|termin|sitzung am)\b.*?(\d{1,2})\.\s?(\d{1,2})\.\s?(\d{4})"
)


@attrs.define
class _Section:
    start: int
    strength: int
    head_line: int
    target: str | None = None
    inline: str | None = None
    inline_column: int = 1
    lines: list[tuple[int, str]] = attrs.field(factory=list)


def _heading(folded: str) -> tuple[int, str | None, str | None] | None:
    """(strength, target body text, inline content) if ``folded`` is a proposal heading."""
    if not folded.startswith(_HEADING_STARTS) and folded[:1] not in _DECORATION and not folded[:1].isspace():
        return None  # the common case, decided without copying the line
    text = folded.strip().strip("*_#>").strip()
    if len(text) > 140 or not text.startswith(_HEADING_STARTS):
        return None
    found = _PROPOSAL.match(text)
    if found:
        paren = (found.group("paren") or "").strip()
        strength = 2 if paren.startswith("kurz") else 3
        return strength, found.group("to"), found.group("inline")
    found = _BESCHLUSS.match(text)
    if found:
        return 3, None, found.group("inline")
    found = _ANTRAG.match(text)
    if found and "." not in found.group("to").rstrip(".")[:-1]:
        return 3, found.group("to"), found.group("inline")
    found = _WOLLE.match(text)
    if found:
        return 3, found.group("to"), None
    found = _ANTRAG_PLAIN.match(text)
    if found:
        return 2, None, found.group("inline")
    if _SHORT.match(text):
        return 1, None, None
    return None


def _is_end(folded: str) -> bool:
    text = folded.strip().strip("*_#>").strip()
    text = re.sub(r"^(?:[ivx]{1,4}|\d{1,2})\.\s*(?=[a-z])", "", text)
    if _DISPOSITION.match(text):
        return True
    if _SIGNATURE.match(text):
        return True
    found = _END.match(text)
    if not found:
        return False
    rest = found.group("rest")
    # "Kosten: ...", "Anlage 1 Lageplan", "Finanzielle Auswirkungen (bitte ankreuzen)" end it;
    # "Kosten in Höhe von 5.000 € werden bereitgestellt." is a sentence of an item.
    if rest.rstrip().endswith(".") and len(rest.split()) > 3:
        return False
    return len(text.split()) <= 9 or text.endswith(":")


def _target_body(target: str | None, rule_base: RuleBase, profile: Profile | None, land: str | None
                 ) -> Body | None:
    """The single body an "Antrag an den Gemeinderat" heading names (none for "Gemeinderat / Ausschuss")."""
    if not target:
        return None
    target = re.split(r"\s[–-]\s|\s-\s|\s–|\snach\s|\(", target)[0]
    if re.search(r"/|\boder\b|,", target):
        return None
    return resolve_body(target, rule_base, profile, land)


# --- the reader -----------------------------------------------------------------------------


def _find_profile(folded_text: str, rule_base: RuleBase) -> Profile | None:
    # Only the full name ("Stadt Heinsberg"): a bare "Heinsberg" also names the Kreis Heinsberg.
    for profile in rule_base.profiles:
        name = fold(profile.municipality.name)
        if name in folded_text and re.search(r"(?<![a-z])" + re.escape(name) + r"(?![a-z])", folded_text):
            return profile
    return None


def _note(de: str, en: str) -> Message:
    return Message(de=de, en=en)


def parse_text(text: str, rule_base: RuleBase, *, land: str | None = None,
               profile: Profile | None = None, hints: Hints | None = None) -> ParsedText:
    """Read a paper's text (see module docstring)."""
    hints = hints or Hints()
    text = nfc(text)
    lines = text.splitlines()
    folded = match_lines(lines)
    folded_text = "\n".join(folded)
    notes = list(hints.notes)

    profile = profile or _find_profile(folded_text, rule_base)
    if profile is not None:
        land = land or profile.municipality.land
    land = land or hints.land
    if land is None:
        found_land, sign = land_from_text(text)
        if found_land is not None:
            land = found_land
            notes.append(_note(
                f"Land {found_land} aus der zitierten Rechtsgrundlage ({sign}) geschlossen.",
                f"Land {found_land} inferred from the law the paper cites ({sign}).",
            ))

    if hints.consultations:
        consultations, table_head, table_end = hints.consultations, None, None
    else:
        consultations, table_head, table_end = find_beratungsfolge(lines, folded, rule_base, profile, land)
    if hints.deciding:
        paper_deciders = hints.deciding
        presumed = False
        decider_rows: tuple[Consultation, ...] = ()
    else:
        decider_rows, presumed = deciders(consultations)
        paper_deciders = tuple(row.body for row in decider_rows if row.body is not None)

    section = _best_section(lines, folded)
    if table_head is not None and section is not None and section.start < table_head:
        table_head = table_end = None  # a table after the proposal says nothing about the title
    title = hints.title or _title(lines, folded, table_head, table_end)
    reference = hints.reference or reference_from_text(lines)
    date = hints.date or _date(folded, decider_rows, consultations) or hints.fallback_date
    municipality_name = (profile.municipality.name if profile else None) or hints.municipality \
        or municipality_from_text(text)

    items: list[DecisionItem] = []
    if section is not None:
        antrag_body = _target_body(section.target and fold(section.target), rule_base, profile, land)
        items = _items(section, text, title, antrag_body, paper_deciders, presumed, decider_rows,
                       tuple(consultations), hints, rule_base, profile, land, notes)
        if not items and not any("kein Beschlusstext" in n.de for n in notes):
            notes.append(_note(
                f"Der Beschlussvorschlag (Zeile {section.head_line}) ist leer.",
                f"The Beschlussvorschlag (line {section.head_line}) is empty.",
            ))
    return ParsedText(
        title=title,
        items=tuple(items),
        profile=profile,
        municipality_name=municipality_name,
        date=date,
        has_proposal=bool(items),
        land=land,
        reference=reference,
        notes=tuple(notes),
        consultations=tuple(consultations),
        deciding=paper_deciders,
        front_matter=hints.front_matter,
        format=hints.format,
    )


_BETREFF = re.compile(r"^(?:betreff|betr\.|gegenstand|titel)\s*:\s*(.{4,})$")
_LABEL = re.compile(r"^[\w.()/-]+(?:\s[\w.()/-]+){0,2}\s*:(?:\s|$)")


def _title(lines: list[str], folded: list[str], table_head: int | None, table_end: int | None) -> str | None:
    """The Betreff: a "Betreff:" line; else the text printed right after or right before the
    Beratungsfolge (Niedersachsen's and Karlsruhe's layouts); else the first line."""
    for line, fline in zip(lines, folded, strict=False):
        found = _BETREFF.match(fline) if fline.startswith(("betr", "gegenstand", "titel")) else None
        if found:
            return line.split(":", 1)[1].strip()
    if table_end is not None:
        # Lower Saxony's layout: the Betreff stands between the table and the Beschlussvorschlag.
        stop = next((n for n in range(table_end, min(len(lines), table_end + 12))
                     if _heading(folded[n]) or _is_end(folded[n])), None)
        if stop is not None:
            parts = []
            for number in range(stop - 1, max(table_head or 0, stop - 5), -1):
                text = lines[number].strip()
                if not text or _DATE_ANY.search(text) or _HEADER_WORDS.search(folded[number]) or re.search("[☐☒]", text):
                    break
                parts.insert(0, text)
            while parts and (parts[0][:1].islower() or len(parts[0].split()) < 3):
                parts.pop(0)
            title = join_lines(parts)
            if len(title.split()) >= 3:
                return title
    if table_head is not None:
        parts = []
        above = table_head - 1
        while above >= 0 and not lines[above].strip() and table_head - above <= 2:
            above -= 1
        for number in range(above, max(-1, above - 5), -1):
            text = lines[number].strip()
            if not text or _LABEL.match(text) or re.fullmatch(
                    r"(?:dez\.?\s*\d*|öffentlich|nichtöffentlich|offentlich|nichtoffentlich|x|-+|\d{4}/\d{3,5}|\d+)", folded[number]):
                break
            parts.insert(0, text)
        while parts and len(parts[0].split()) < 2:
            parts.pop(0)
        title = join_lines(parts)
        if len(title.split()) >= 3:
            return title
    return next((line.strip() for line, fline in zip(lines, folded, strict=False)
                 if fline and not fline.startswith("|") and not _heading(fline) and "beratungsfolge" not in fline),
                None)


_DATE_ANY = re.compile(r"\d{1,2}\.\d{1,2}\.\d{2,4}")
_HEADER_WORDS = re.compile(
    r"beratungsfolge|^(?:beratung und (?:beschluss|empfehlung)\S*|vorberatung|entscheidung|anhorung"
    r"|kenntnisnahme|beratung|fassung|sung|einstimmig\S*)$"
)


def _date(folded: list[str], decider_rows: tuple[Consultation, ...],
          consultations: tuple[Consultation, ...] | list[Consultation]) -> tuple[int, int, int] | None:
    # The session that decides selects the law; a "Datum:"/"Sitzung am" line is second best,
    # the last session of the Beratungsfolge third.
    for row in reversed(decider_rows):
        if row.date is not None:
            return row.date
    fallback = max((c.date for c in consultations if c.date is not None), default=None)
    for line in folded:
        found = _DATE_LINE.search(line)
        if found:
            day = (int(found.group(3)), int(found.group(2)), int(found.group(1)))
            try:
                dt.date(*day)
            except ValueError:
                continue
            return day
    return fallback


def _heading_at(line: str, folded: str) -> tuple[tuple[int, str | None, str | None], tuple[str, int] | None] | None:
    """The proposal heading on a line, also after an outline number ("I. Antrag an den ...")."""
    heading = _heading(folded)
    if heading is not None:
        return heading, None
    if _MARKER.match(line) is None:  # most lines: no need to ask _marker
        return None
    marker = _marker(line)
    if marker is None:
        return None
    stripped = match_form(line.lstrip()[marker[2] - (len(line) - len(line.lstrip())):])
    heading = _heading(stripped)
    if heading is None:
        return None
    return heading, (marker[0], marker[1])


#: A line can hold a proposal heading only if its folded form begins like one (or with
#: decoration) or the line itself begins with a numbering marker. Both are found in one pass over
#: the text (a marker as :data:`_MARKER` finds it, but within its line); :func:`_heading_at` looks
#: closer at those lines only.
_MAYBE_HEADING = re.compile(
    r"\n(?:[*_#>]|beschlu|entscheidung|empfehlung|vorgeschlagener|vorschlag|petitum|antrag|kurzfassung"
    r"|information|mitteilung|(?:der|die)[^\n]*beschliessen|[^\S\n])")
_MAYBE_MARKER = re.compile(r"\n[^\S\n]*" + _MARKER.pattern.removeprefix(r"^\s*"))


def _line_numbers(pattern: re.Pattern[str], lines: list[str]) -> set[int]:
    """The lines (none of which holds a line break) at whose start ``pattern`` matches; the
    pattern begins with the line break before the line (the engine jumps from one to the next)."""
    text = "\n" + "\n".join(lines)
    numbers = set()
    line = previous = 0
    for found in pattern.finditer(text):
        line += text.count("\n", previous, found.start())
        previous = found.start()
        numbers.add(line)
    return numbers


def _sections(lines: list[str], folded: list[str]) -> list[_Section]:
    sections: list[_Section] = []
    current: _Section | None = None
    outline: tuple[str, int] | None = None
    maybe = _line_numbers(_MAYBE_HEADING, folded) | _line_numbers(_MAYBE_MARKER, lines)
    number = 0
    while number < len(lines):
        found = _heading_at(lines[number], folded[number]) if number in maybe else None
        if found is not None:
            (strength, target, inline), marker = found
            if current is not None and not current.lines and number - current.start <= 4 and current.inline is None:
                # "Beschluss:" directly followed by "Antrag an den Gemeinderat": one heading.
                current.strength = max(current.strength, strength)
                current.target = target or current.target
                current.start = number
                current.head_line = number + 1
                outline = marker or outline
            else:
                current = _Section(number, strength, number + 1, target)
                sections.append(current)
                outline = marker
            # A heading wrapped onto the next line: "Antrag an den Gemeinderat – nach Vorberatung
            # im Haupt- und Finanzausschuss und im" / "Planungsausschuss –".
            if target and not inline and number + 1 < len(lines) and re.search(
                    r"(?:\bund im|\bim|\bin der|\bund|,|[–-])\s*$", target) and len(folded[number + 1]) < 60 \
                    and not _heading(folded[number + 1]):
                current.start = number + 1
                number += 1
            if inline:
                current.inline = inline
                original = lines[number]
                colon = original.find(":")
                body = original[colon + 1:] if colon >= 0 else original
                current.inline_column = len(original) - len(body.lstrip()) + 1
                current.lines.append((number, body.strip()))
            number += 1
            continue
        if current is not None:
            marker = _marker(lines[number]) if outline else None
            if marker is not None and outline is not None and marker[0] == outline[0] and marker[1] == outline[1] + 1:
                current = None  # "II. Auf die Tagesordnung ...": the next outline point
                outline = None
            elif _is_end(folded[number]) or (
                    len(folded[number]) < 25 and number + 1 < len(lines)
                    and _is_end(folded[number] + " " + folded[number + 1]) and not _is_end(folded[number + 1])) or number - current.start > 250:
                current = None
            elif not _NOISE.match(folded[number]):
                current.lines.append((number, lines[number]))
        number += 1
    return sections


def _best_section(lines: list[str], folded: list[str]) -> _Section | None:
    sections = _sections(lines, folded)
    if not sections:
        return None
    with_text = [s for s in sections if any(t.strip() for _, t in s.lines)]
    pool = with_text or sections
    best_strength = max(s.strength for s in pool)
    candidates = [s for s in pool if s.strength == best_strength]
    # A short version points to the full wording ("Beschluss mit vollständigem Wortlaut siehe
    # Seite 4"); the full wording comes last.
    return candidates[-1]


_MONTH_DATE = re.compile(
    r"^\s*(?:\d{1,2}\.\s*)?(?:januar|februar|marz|april|mai|juni|juli|august|september|oktober|november|dezember)"
    r"\s+\d{4}\s*$"
)


def _trim(content: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """Drop a signature or footer after the last sentence ("Norbert Pallentin", "Hauptamt -
    Ratsangelegenheiten -", "13. September 2013")."""
    def dated(line: str) -> bool:
        return bool(_MONTH_DATE.match(fold(line)))

    last_sentence = None
    for index, (_, line) in enumerate(content):
        if dated(line):
            continue
        if re.search(r"[.:;!)]\s*$", line.strip()) or _MARKER.match(line):
            last_sentence = index
    if last_sentence is None:
        return content
    tail = content[last_sentence + 1:]
    if tail and all(dated(line) or (len(line.strip()) < 45 and not re.search(r"[.;:]\s*$", line.strip())
                                    and not _MARKER.match(line) and not line.strip()[:1].islower())
                    for _, line in tail) and not content[last_sentence][1].rstrip().endswith("-"):
        return content[:last_sentence + 1]
    return content


def _marker(line: str) -> tuple[str, int, int] | None:
    """(style, value, length) of a numbering marker at the start of ``line``."""
    found = _MARKER.match(line)
    if not found:
        return None
    if found.group("num"):
        return "num" + found.group("numsuf"), int(found.group("num")), found.end()
    if found.group("pnum"):
        return "(num)", int(found.group("pnum")), found.end()
    if found.group("let"):
        return "let" + found.group("letsuf"), ord(found.group("let")) - 96, found.end()
    if found.group("plet"):
        return "(let)", ord(found.group("plet")) - 96, found.end()
    roman = {"I": 1, "II": 2, "III": 3, "IV": 4, "V": 5, "VI": 6, "VII": 7, "VIII": 8}
    return "rom", roman[found.group("rom")], found.end()


@attrs.define
class _Chunk:
    lines: list[tuple[int, str]]
    numbered: bool = False
    column_override: int | None = None


def _split(content: list[tuple[int, str]]) -> tuple[list[tuple[int, str]], list[_Chunk]]:
    """The lead-in before a numbered list, and the items (numbered, or the whole as one)."""
    style = None
    expected = 1
    preamble: list[tuple[int, str]] = []
    chunks: list[_Chunk] = []
    previous = ""
    for number, line in content:
        marker = _marker(line)
        if marker is not None and _continues(previous, line, marker):
            marker = None
        previous = line
        if marker is not None:
            kind, value, _ = marker
            if style is None and value == 1:
                style, expected = kind, 2
                chunks.append(_Chunk([(number, line)], numbered=True))
                continue
            if kind == style and value == expected:
                expected += 1
                chunks.append(_Chunk([(number, line)], numbered=True))
                continue
        if chunks:
            chunks[-1].lines.append((number, line))
        else:
            preamble.append((number, line))
    return preamble, chunks


_MONTHS = r"(?:januar|februar|marz|april|mai|juni|juli|august|september|oktober|november|dezember)"


def _continues(previous: str, line: str, marker: tuple[str, int, int]) -> bool:
    """Whether a line starting like a numbered item really continues the previous sentence:
    "... tritt am" / "1. Januar 2025 in Kraft", "Bebauungsplan Nr. 0125," / "3. Änderung"."""
    rest = fold(line[marker[2]:]).strip()
    if marker[0].startswith("num") and re.match(_MONTHS + r"\b|(?:anderung|erganzung|nachtrag|lesung|stufe|bauabschnitt|og|obergeschoss|quartal|halbjahr)\b", rest):
        return True
    tail = fold(previous).strip()
    return bool(re.search(r"(?:^|\s)(?:am|zum|vom|ab|bis|zur|nr\.|den|dem|des|der|die|das|und|oder|mit|von)$", tail))


def _sentences_split(content: list[tuple[int, str]], rule_base: RuleBase, profile: Profile | None,
                     land: str | None) -> list[_Chunk]:
    """Unnumbered text: a new item where a new sentence names a different deciding body."""
    chunks: list[_Chunk] = []
    current_subject: tuple[str, ...] | None = None
    previous_ends = True
    for number, line in content:
        starts_new = False
        if previous_ends and chunks:
            folded = match_form(line)
            mentions = find_mentions(folded, rule_base, profile, land)
            subject = subject_of(folded, mentions, rule_base, profile, land) if mentions else None
            if subject is not None and subject.mention.start <= 5 and subject.body is not None:
                kinds = subject.body.kinds
                if current_subject is not None and kinds != current_subject:
                    starts_new = True
                current_subject = kinds
        elif not chunks:
            folded = match_form(line)
            mentions = find_mentions(folded, rule_base, profile, land)
            subject = subject_of(folded, mentions, rule_base, profile, land) if mentions else None
            current_subject = subject.body.kinds if subject is not None and subject.body else None
        if starts_new or not chunks:
            chunks.append(_Chunk([(number, line)]))
        else:
            chunks[-1].lines.append((number, line))
        previous_ends = bool(re.search(r"[.!]\s*$", line.strip()))
    return chunks


def _choose_body(index: int, heading: Body | None, heading_line: int | None, subject: Subject | None,
                 intro_subject: Subject | None, antrag_body: Body | None, paper_decider: Body | None,
                 presumed: bool, decider_line: int | None, consultations: tuple[Consultation, ...],
                 hints: Hints, item_line: int, head_line: int) -> tuple[Body | None, str, int | None]:
    """The deciding body of an item, where it came from, and the line that names it."""
    if index in hints.item_bodies:
        return hints.item_bodies[index], "front-matter", None
    if heading is not None:
        return heading, "heading", heading_line
    if hints.deciding:
        return hints.deciding[-1], hints.deciding_source or hints.format, None
    from_table = "beratungsfolge-presumed" if presumed else "beratungsfolge"
    for candidate, line in ((subject, item_line), (intro_subject, head_line)):
        if candidate is None or candidate.ambiguous:
            continue
        if candidate.body is not None and candidate.generic:
            # "Der Ausschuss nimmt ... zur Kenntnis": which committee, the Beratungsfolge says.
            if paper_decider is not None:
                return paper_decider, from_table, decider_line
            committees = [c for c in consultations if c.body is not None and set(c.body.kinds) & _COMMITTEE]
            if committees:
                return committees[-1].body, "beratungsfolge", committees[-1].line
            return candidate.body, "sentence", line
        if candidate.body is not None:
            return candidate.body, "recommendation" if candidate.recommended_by else "sentence", line
        if candidate.recommended_by is not None:
            # A recommendation to no body of the municipality ("empfiehlt der
            # Gesellschafterversammlung ...") is the recommender's own decision when the
            # Beratungsfolge has it decide; otherwise the Beratungsfolge's decider decides.
            if paper_decider is not None and paper_decider.kinds != candidate.recommended_by.kinds:
                return paper_decider, from_table, decider_line
            if paper_decider is not None:
                return candidate.recommended_by, "sentence", line
            return None, "recommendation", None
    if antrag_body is not None:
        return antrag_body, "antrag", head_line
    if paper_decider is not None:
        return paper_decider, from_table, decider_line
    return None, "none", None


#: "Ein Beschlussvorschlag ist in der Sitzung zu erarbeiten", "Dieser bleibt gegenüber der
#: Ursprungsdrucksache 40/2012 unverändert": no decision text in this paper.
_PLACEHOLDER = re.compile(
    r"(beschlussvorschlag|beschlussempfehlung|beschluss|vorschlag)\w* (ist|wird) (\S+ ){0,3}in der sitzung (zu )?(erarbeit|formulier|erstell)"
    r"|(bleibt|gilt|bleiben|gelten) (\S+ ){0,8}unverandert|siehe (ursprungs)?(drucksache|vorlage)"
)
_COMMITTEE = frozenset({"hauptausschuss", "finanzausschuss", "fachausschuss", "rechnungspruefungsausschuss"})


def _items(section: _Section, text: str, title: str | None, antrag_body: Body | None,
           paper_deciders: tuple[Body, ...], presumed: bool, decider_rows: tuple[Consultation, ...],
           consultations: tuple[Consultation, ...], hints: Hints, rule_base: RuleBase,
           profile: Profile | None, land: str | None, notes: list[Message]) -> list[DecisionItem]:
    # Per-body sections: (heading body, heading line, content).
    groups: list[tuple[Body | None, int | None, list[tuple[int, str]]]] = []
    current: tuple[Body | None, int | None, list[tuple[int, str]]] = (None, None, [])
    for number, line in section.lines:
        body = heading_body(line, rule_base, profile, land)
        if body is not None:
            if current[2] or current[0] is not None:
                groups.append(current)
            current = (body, number + 1, [])
            continue
        if line.strip():
            current[2].append((number, line))
    if current[2] or current[0] is not None:
        groups.append(current)

    vocabulary = rule_base.vocabulary
    paper_decider = paper_deciders[-1] if paper_deciders else None
    decider_line = decider_rows[-1].line if decider_rows else None
    drafts: list[tuple[_Chunk, Body | None, int | None, str, Any]] = []
    for heading, heading_line, content in groups:
        content = _trim(content)
        if not content:
            continue
        preamble, chunks = _split(content)
        intro_subject = None
        intro_text = ""
        if chunks and preamble:
            intro_text = join_lines(t for _, t in preamble)
            folded_intro = fold(repair(intro_text))
            mentions = find_mentions(folded_intro, rule_base, profile, land, original=intro_text)
            intro_subject = subject_of(folded_intro, mentions, rule_base, profile, land)
            if re.search(r"[.!?][\"'“”]?\s*$", intro_text):
                # A sentence of its own before the list is an item of its own.
                chunks.insert(0, _Chunk(preamble))
                intro_text = ""
        elif not chunks:
            chunks = _sentences_split(preamble, rule_base, profile, land)
        for chunk in chunks:
            drafts.append((chunk, heading, heading_line, intro_text, intro_subject))

    items: list[DecisionItem] = []
    single = len(drafts) == 1
    known: tuple[str, str | None] | None = None  # a known organisation named anywhere in the paper
    title_text = repair(title or "")
    for chunk, heading, heading_line, intro_text, intro_subject in drafts:
        first_number, first_line = chunk.lines[0]
        marker = _marker(first_line) if chunk.numbered else None
        parts = [first_line[marker[2]:] if marker else first_line] + [t for _, t in chunk.lines[1:]]
        item_text = join_lines(parts).strip()
        if not item_text:
            continue
        placeholder = _PLACEHOLDER.search(match_form(item_text))
        if placeholder and len(item_text) < 200:
            notes.append(_note(
                f"Zeile {first_number + 1}: kein Beschlusstext („{item_text}“).",
                f"Line {first_number + 1}: no decision text (\"{item_text}\").",
            ))
            continue
        repaired = repair(item_text)
        folded_item = fold(repaired)
        mentions = find_mentions(folded_item, rule_base, profile, land, original=item_text)
        subject = subject_of(folded_item, mentions, rule_base, profile, land)

        index = len(items) + 1
        body, source, body_line = _choose_body(
            index, heading, heading_line, subject, intro_subject, antrag_body, paper_decider,
            presumed, decider_line, consultations, hints, first_number + 1, section.head_line)

        matters = vocabulary.classify(repaired)
        if not matters and intro_text:
            matters = vocabulary.classify(repair(intro_text) + " " + repaired)
        if not matters and single and title_text:
            matters = vocabulary.classify(title_text + " " + repaired)
        # The counterpart's legal form: stated in the item, else in the title; from the rest of
        # the paper only a known organisation counts (a "GmbH" in the explanation is usually
        # someone else).
        form, organisation = vocabulary.legal_form(repaired)
        if form == "unbekannt" and title_text:
            form, organisation = vocabulary.legal_form(title_text)
        if form == "unbekannt":
            if known is None:
                known = vocabulary.known_organisation(text)
            form, organisation = known
        approval = urgency_approval(folded_item)
        if approval == "keine" and single and title_text:
            approval = urgency_approval(fold(title_text))
        urgency = "keine"
        if approval == "keine":
            urgency = vocabulary.urgency_of(repaired)
            if urgency == "keine" and title_text:
                urgency = vocabulary.urgency_of(title_text)
        stage = planning_stage(folded_item)
        if stage is None and single and title_text:
            stage = planning_stage(fold(title_text))
        column = chunk.column_override or (len(first_line) - len(first_line.lstrip()) + 1)
        if section.inline is not None and first_number == section.head_line - 1:
            column = section.inline_column
        items.append(DecisionItem(
            index=index,
            text=item_text,
            body=body,
            matters=matters,
            legal_form=form,
            amount_cents=amount_cents(folded_item),
            recurring=recurring(folded_item),
            urgency=urgency,
            counterpart=organisation,
            line=first_number + 1,
            column=column,
            body_line=body_line,
            body_source=source,
            urgency_approval=approval,
            planning_stage=stage,
            norms=cited_norms(item_text),
        ))
    return items

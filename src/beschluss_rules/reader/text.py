"""The reader of a council paper's text: plain text, OCR'd scans, and the text of every other format.

What it finds (each with its line and column in the original text, 1-based):

- the title (Betreff), reference (Vorlage-Nr., Drucksache), session date, municipality and Land
  (from the options, the municipality profile, or the law the paper cites);
- the Beratungsfolge (:mod:`.consultation`): which bodies advise and which one decides;
- the Beschlussvorschlag: the heading "Beschlussvorschlag" (also OCR-damaged,
  "Beschlussvorschlaq"), "Beschlussentwurf", "Beschlussantrag", "Beschlussempfehlung",
  "Beschluss:", "Antrag an den Gemeinderat", "Petitum", "Der Rat wolle beschließen:", and, when
  nothing else is there, "Kurzfassung". A paper often prints it twice (a short version first,
  the full wording at the end); the strongest, last complete one is read. Minutes of a session
  whose agenda items ("TOP 4 ...", "TOP 7 ...") each have a decision give one per agenda item;
- its decision items: per-body sections ("Haupt- und Finanzausschuss:" / "Rat:"), numbered
  items ("1.", "2)", "a)", "(1)", "I."; a number counts only in sequence, so "3. Änderung" in a
  wrapped title is no item), or sentences;
- for each item the deciding body, in this order: the per-body heading; the sentence's subject
  ("Der Gemeinderat beschließt ...", "Der Ortschaftsrat stimmt ... zu"; "Der Haupt- und
  Finanzausschuss empfiehlt dem Rat ..." is a recommendation: the Rat decides); the subject of
  the lead-in ("Der Rat beschließt:" before a numbered list); "Antrag an den Gemeinderat"; in
  minutes read per agenda item, the body whose session it is (where their head names it); the
  body that decides in the Beratungsfolge (passive proposals: "... wird zugestimmt"); else none,
  and the verdict says the body is unknown;
- per item the matters (vocabulary), the counterpart's legal form, amounts, recurring costs,
  urgency (and approval of an urgent decision taken before), the Bauleitplanung stage and the
  norms cited.
"""

from __future__ import annotations

import re

import attrs

from ..errors import check_time
from ..model import Body, DecisionItem
from ..rulebase.types import Lexicon, Profile
from ..text.normalize import fold, nfc
from ..text.prefilter import Guarded
from .agenda import has_agenda
from .attributes import (
    municipality_from_text,
    reference_from_text,
)
from .bodies import find_mentions, resolve_body
from .consultation import Consultation, deciders, find_beratungsfolge
from .header import WEEKDAY, find_profile, session_date, title_of
from .items import decision_items
from .land import land_evidence
from .ocr import fold_from_lines, fold_lines
from .parsed import Hints, ParsedText, note
from .sections import LEAD_IN, Joined, Section, agenda_sections, best_section, headless_section

__all__ = ["Hints", "ParsedText", "parse_text", "resolve_body"]



_TARGET_END = re.compile(r"\s[–-]\s|\s-\s|\s–|\snach\s|\(")
_SEVERAL_TARGETS = re.compile(r"/|\boder\b|,")


def _target_body(target: str | None, lexicon: Lexicon, profile: Profile | None, land: str | None
                 ) -> Body | None:
    """The single body an "Antrag an den Gemeinderat" heading names (none for "Gemeinderat / Ausschuss")."""
    if not target:
        return None
    target = _TARGET_END.split(target)[0]
    if _SEVERAL_TARGETS.search(target):
        return None
    return resolve_body(target, lexicon, profile, land)


#: A paper that decides by another paper's proposal: "der Beschlussvorschlag aus DS 53/2007 gilt
#: unverändert", "Beschlussvorschlag: siehe Ursprungsvorlage", an Ergänzung to a Drucksache.
_OTHER_PROPOSAL = Guarded(
    r"(?:beschlussvorschlag|beschlussempfehlung|beschlussentwurf|beschluss|vorschlag)\w* (?:\S+ ){0,4}"
    r"(?:aus|der|laut|lt\.|gem\.|gemass|in|zur|zu) (?:der |dem )?(?:ds|drucksache|vorlage|ursprungsdrucksache"
    r"|ursprungsvorlage|hauptvorlage)(?![a-z])"
    r"|(?:bleibt|gilt|bleiben|gelten) (?:\S+ ){0,8}unverandert|siehe (?:ursprungs)?(?:drucksache|vorlage)")
#: A paper whose proposal is to be worked out in the session: "Ein Beschlussvorschlag ist in der
#: Sitzung zu erarbeiten", "Ein Beschluss wird in der Sitzung erarbeitet" (common in Lower Saxony).
_IN_SESSION = Guarded(
    r"(?:beschlussvorschlag|beschlussempfehlung|beschluss|vorschlag)\w* (?:ist|wird) (?:\S+ ){0,3}in der sitzung "
    r"(?:zu )?(?:erarbeit|formulier|erstell)")
_SUPPLEMENT = re.compile(r"(?<![a-z])(?:\d\.\s*)?(?:erganzung|erganzungsvorlage|nachtrag zur (?:drucksache|vorlage))(?![a-z])")


#: A heading in the middle of a long line: a web page of a council information system flattened
#: to text ("... Status: öffentlich Sachverhalt: Die Straße ... Beschlussvorschlag: Der Rat ...").
#: Not the object of the minutes' lead-in ("Der Ausschuss fasst einstimmig folgenden Beschluss:
#: Vorbehaltlich ..."): the lead-in names the body that decides, and stays with the decision.
_MIDLINE_HEADING = re.compile(
    r"(?<=\S)(?<!folgenden)(?<!nachstehenden)(?<!diesen)[ \t]+(?=(?:Betreff|Sachverhalt|Sachdarstellung|Begründung|Beschlussvorschlag|Beschlussentwurf"
    r"|Beschlussantrag|Beschlussempfehlung|Ergebnis/Beschluss|Beschluss|Finanzielle Auswirkungen|Beratungsfolge"
    r"|Status|Anlagen?|Abstimmungsergebnis)\s*:)")
_LONG_LINE = 250
#: "... zu beschließen. Zu B) Der Ausschuss ..." in a flattened line: the points "Zu A)", "Zu B)"
#: of a decision (only where a "Zu B)" follows a sentence, so that "zu a) und b)" in a sentence
#: stays).
_MIDLINE_ZU = re.compile(r"(?<=[.!?“”\"])[ \t]+(?=[Zz]u [A-H]\) )")
_MIDLINE_ZU_B = re.compile(r"[.!?“”\"][ \t]+[Zz]u B\) ")
#: A proposal heading after the end of a sentence, on a line of any length: a web page's text
#: where the system put the heading behind the last sentence of the explanation ("... ist der
#: Rat. Beschlussentwurf: „1. Hiermit ...", "... ergänzt. Beschluss: Die Ausschussmitglieder ...").
_AFTER_SENTENCE_HEADING = re.compile(
    r"(?<=[.!?“”\"])[ \t]+(?=(?:Beschlussvorschlag|Beschlussentwurf|Beschlussantrag|Beschlussempfehlung"
    r"|Ergebnis/Beschluss|Beschluss)[ \t]*:)")


_HEADING_WORD = re.compile(r"(?:Beschlussvorschlag|Beschlussentwurf|Beschlussantrag|Beschlussempfehlung"
                           r"|Ergebnis/Beschluss|Beschluss)[ \t]*:")
_SENTENCE_END = frozenset(".!?“”\"")


def _unflattened(text: str) -> str:
    """``text`` with a line break before each heading inside an overlong line. The break takes
    the place of the blank before it, so every character keeps its offset."""
    def split(line: str) -> str:
        if len(line) <= _LONG_LINE:
            return line
        line = _MIDLINE_HEADING.sub(lambda m: "\n" + m.group()[1:], line)
        if "u B) " in line and _MIDLINE_ZU_B.search(line):
            line = _MIDLINE_ZU.sub(lambda m: "\n" + m.group()[1:], line)
        return line
    return "\n".join(split(line) for line in text.split("\n"))


#: A proposal heading as the label cell of a table row, its text in the next cell ("Beschlussvorschlag
#: <tab> Der Verwaltungsausschuss stimmt …", "Inhalt der Eilentscheidung <tab> …": web pages).
_TABBED_HEADING = re.compile(r"(?m)^([ \t]*(?:Beschlussvorschlag|Beschlussantrag|Beschlussempfehlung|Beschluss))\t(?=[ \t]*\S)")


def _tabbed_headings(text: str) -> str:
    """``text`` with the tab after such a label cell read as its colon (same offsets)."""
    return _TABBED_HEADING.sub(r"\1:", text) if "\t" in text and "Beschl" in text else text


def _headings_after_sentences(text: str) -> str:
    """``text`` with a line break before a proposal heading that follows a sentence on its line
    (in place of the blank, so every character keeps its offset)."""
    if "Beschl" not in text and "Ergebnis/" not in text:
        return text
    # What _AFTER_SENTENCE_HEADING.sub(lambda m: "\n" + m.group()[1:], text) does, looking only
    # where a heading word stands (a pattern that starts with a look-behind is tried everywhere).
    breaks = []
    for word in ("Beschl", "Ergebnis/"):
        at = text.find(word)
        while at >= 0:
            if _HEADING_WORD.match(text, at):
                run = at
                while run > 0 and text[run - 1] in " \t":
                    run -= 1
                if 0 < run < at and text[run - 1] in _SENTENCE_END:
                    breaks.append(run)
            at = text.find(word, at + 1)
    if not breaks:
        return text
    pieces, previous = [], 0
    for cut in sorted(breaks):
        pieces += [text[previous:cut], "\n"]
        previous = cut + 1
    return "".join(pieces) + text[previous:]


def _lead_in_body(folded: list[str], start: int, lexicon: Lexicon, profile: Profile | None,
                  land: str | None) -> Body | None:
    """The body the line(s) just above the proposal's heading say take the decision."""
    before = [line.strip() for line in folded[max(0, start - 6):start] if line.strip()][-2:]
    found = LEAD_IN.search(" ".join(before))
    if found is None:
        return None
    return _named_body(found.group("who"), lexicon, profile, land)


def _named_body(who: str, lexicon: Lexicon, profile: Profile | None, land: str | None) -> Body | None:
    """The one body ``who`` (folded, "der Haupt- und Finanzausschuss") names; none for two."""
    mentions = find_mentions(who, lexicon, profile, land)
    kinds = {m.body.kinds for m in mentions}
    if len(kinds) != 1 or mentions[0].start > 4:
        return None
    name = mentions[0].name
    return resolve_body(name, lexicon, profile, land) or mentions[0].body


#: How minutes are titled ("Niederschrift", "Auszug aus der Niederschrift", "Sitzungsprotokoll").
_MINUTES_TITLE = r"(?:auszug\s+aus\s+der\s+)?(?:niederschrift|sitzungsniederschrift|protokoll|sitzungsprotokoll)"
#: The heading of minutes that names the body whose session it is: "Niederschrift über die 12.
#: öffentliche Sitzung des Rates der Gemeinde ...".
_MINUTES_OF = re.compile(
    r"^" + _MINUTES_TITLE + r"\s+(?:uber\s+)?(?:die\s+|der\s+)?"
    r"(?:\d{1,3}\.\s*)?(?:[a-z]+\s+){0,2}sitzung\s+(?P<who>(?:des|der)\s+.{2,80})$"
    # the title's second line: "Niederschrift" / "über die 49. Sitzung des Verwaltungsausschusses"
    r"|^uber\s+die\s+(?:\d{1,3}\.\s*)?(?:[a-z]+\s+){0,2}sitzung\s+(?P<who2>(?:des|der)\s+.{2,80})$")
#: The dash between the town and the body in a head line ("Stadt Rheine – Rat").
_TOWN_DASH = re.compile(r"\s[-–—]\s")
#: Minutes titled without the body, which the line above names after the town: "Stadt Rheine –
#: Rat" / "Niederschrift der 9. öffentlichen Sitzung vom 20.03.2024".
_MINUTES_OF_SESSION = re.compile(
    r"^" + _MINUTES_TITLE + r"\s+(?:der|uber\s+die)\s+"
    r"(?:\d{1,3}\.\s*)?(?:[a-z]+\s+){0,2}sitzung\s+(?:vom|am)\b")
#: A page's or minutes' head line that names the session: "Sitzung des Hauptausschusses",
#: "Öffentliche Sitzung Hauptausschuß".
_SESSION_OF = re.compile(
    r"^(?:(?:offentliche|nichtoffentliche)\s+)?sitzung\s+(?:des\s+|der\s+)?(?P<who>[a-z][^\d]{1,60})$")
#: The heading of a decision taken, as minutes and session pages print it ("Beschluss:",
#: "Ergebnis/Beschluss:"), not of a proposal ("Beschlussvorschlag:").
_TAKEN = re.compile(r"[*_#> »„“\x22]*(?:ergebnis\s*/\s*)?beschluss\s*:")
#: The session's date under the body's name in a council information system's page ("SG
#: Grasleben - Rat der Samtgemeinde Grasleben (SGR)" / "Montag, 09. September 2019 , 18:00 Uhr").
_SESSION_DATE = re.compile(r"^" + WEEKDAY + r",?\s+(?:den\s+)?\d{1,2}\.")


def _minutes_body(folded: list[str], first_item: int, lexicon: Lexicon, profile: Profile | None,
                  land: str | None) -> tuple[Body | None, int | None]:
    """The body whose session the minutes record, and its line, where the minutes' head (above
    the first agenda item) says so clearly: "Niederschrift über die Sitzung des Rates ...",
    "Sitzung des Hauptausschusses", or a line that is one body's name with the session's
    weekday and date under it. Never a guess:
    none where the head names no body, or more than one."""
    head = [(number, line.strip()) for number, line in enumerate(folded[:min(first_item, 20)]) if line.strip()]
    # A title broken at a line end ("… Sitzung des Bau- und Planungsaus-" / "schusses") is one line.
    head = [(number, line[:-1] + head[position + 1][1] if line.endswith("-") and position + 1 < len(head)
             and head[position + 1][1][:1].islower() else line) for position, (number, line) in enumerate(head)]
    for position, (number, line) in enumerate(head):
        if len(line) > 120:
            continue
        found = _MINUTES_OF.match(line) or _SESSION_OF.match(line)
        if found is not None:
            who = found.group("who") or found.groupdict().get("who2") or ""
        elif position + 1 < len(head) and (_SESSION_DATE.match(head[position + 1][1]) or (
                _MINUTES_OF_SESSION.match(head[position + 1][1]) and _TOWN_DASH.search(line))):
            who = _TOWN_DASH.split(line)[-1]  # the body after the town, or the whole line
        else:
            continue
        body = _named_body(who, lexicon, profile, land)
        if body is not None:
            return body, number + 1
    return None, None


#: The result line of minutes that passes the decision on to another body: "Ergebnis: Empfehlung an
#: den Stadtrat, mit 6 Ja-Stimmen, 1 Nein-Stimme und 3 Enthaltungen" under a proposal in the
#: passive ("Die Haushaltssatzung … wird … beschlossen"), which the committee recommends.
_RECOMMENDED_RESULT = re.compile(
    r"^(?:ergebnis|abstimmungsergebnis|abstimmung|beschluss)\s*:\s*(?:(?:einstimmige|mehrheitliche|einstimmig|mehrheitlich)\s+)?"
    r"empfehlung\s+an\s+(?:den|die|das)\s+(?P<who>[a-z][a-z\- ]{1,60}?)(?=\s*(?:[,.;:(]|$)|\s+(?:mit|bei|einstimmig|mehrheitlich)\b)")


def _recommended_to(folded: list[str], start: int, end: int, lexicon: Lexicon, profile: Profile | None,
                    land: str | None) -> Body | None:
    """The body an agenda item's result line recommends the decision to (lines ``start`` to
    ``end``), if it names one."""
    for number in range(start, min(end, start + 150, len(folded))):
        if "empfehlung" in folded[number]:
            found = _RECOMMENDED_RESULT.match(folded[number].strip())
            if found is not None:
                return _named_body(found.group("who"), lexicon, profile, land)
    return None


def _recommends(folded: list[str], found: Section) -> bool:
    """Whether the section's heading is a recommendation ("Empfehlungsbeschluss:",
    "Beschlussempfehlung:"): the body whose session it is recommends; another decides."""
    return found.start < len(folded) and "empfehlung" in folded[found.start]


def _addressed(found: Section, folded: list[str], lexicon: Lexicon, profile: Profile | None,
               land: str | None) -> tuple[Body | None, str]:
    """The body a proposal section's heading or lead-in names, and which of them named it."""
    if found.lead_in:
        body, source = _named_body(found.target or "", lexicon, profile, land), "lead-in"
    else:
        body = _target_body(found.target and fold(found.target), lexicon, profile, land)
        source = "antrag"
    if body is None:
        body, source = _lead_in_body(folded, found.start, lexicon, profile, land), "lead-in"
    return body, source


def _title_as_item(lines: list[str], title: str) -> Section:
    """The title as the one line of a proposal (a paper that has none of its own)."""
    key = title.split()[0] if title.split() else title
    line = next((n for n, text in enumerate(lines) if key and key in text), 0)
    return Section(line, 1, line + 1, lines=[(line, title)])


class _PaperFold:
    """``fold(text)`` of the whole paper, made once and only if asked for (from the folded lines
    where they allow it: :func:`.ocr.fold_from_lines`)."""

    def __init__(self, text: str, folded: list[str], plain: bool) -> None:
        self._args: tuple[str, list[str], bool] | None = (text, folded, plain)
        self._folded = ""

    def __call__(self) -> str:
        if self._args is not None:
            self._folded = fold_from_lines(*self._args)
            self._args = None
        return self._folded


class _Prepared:
    """What reading a text finds before it looks at anything but the text: its lines, their
    folded form, the whole text folded, the proposal section, the town it names. All of it
    depends on the text alone, so a text read again (an OParl paper's JSON and, next to it, its
    text file, checked one after the other) reuses it; the rest of the reading (which takes the
    JSON's facts into account) is done anew."""

    def __init__(self, text: str) -> None:
        text = normalized = nfc(text)
        if len(text) > _LONG_LINE and max(map(len, text.split("\n"))) > _LONG_LINE:
            text = _unflattened(text)
        text = _headings_after_sentences(_tabbed_headings(text))
        self.text = text
        self.lines = text.splitlines()
        joined_lines = Joined.after_break(self.lines)
        self.folded, plain = fold_lines(self.lines, normalized=text is normalized, joined=joined_lines[1:])
        self.paper_fold = _PaperFold(text, self.folded, plain)
        #: The lines and folded lines joined, once for every scan that needs them so.
        self.joined = Joined(joined_lines, Joined.after_break(self.folded))
        self.folded_text = self.joined.folded[1:]
        self._section: list[Section | None] = []
        self._agenda: list[list[tuple[int, str, Section]]] = []
        self._town: list[str | None] = []

    def section(self) -> Section | None:
        """The proposal section (:func:`.sections.best_section`, else
        :func:`.sections.headless_section`), a copy of its own for each caller."""
        if not self._section:
            found = best_section(self.lines, self.folded, self.joined)
            if found is None:
                found = headless_section(self.lines, self.folded)
            self._section.append(found)
        found = self._section[0]
        return None if found is None else attrs.evolve(found, lines=list(found.lines))

    def agenda(self) -> list[tuple[int, str, Section]]:
        """The decisions of the agenda items of minutes (:func:`.sections.agenda_sections`), each
        section a copy of its own for each caller; empty for a paper with one proposal."""
        if not self._agenda:
            self._agenda.append(agenda_sections(self.lines, self.folded, self.joined) if has_agenda(self.text) else [])
        return [(line, title, attrs.evolve(found, lines=list(found.lines))) for line, title, found in self._agenda[0]]

    def town(self) -> str | None:
        """The municipality the text names (:func:`.attributes.municipality_from_text`)."""
        if not self._town:
            self._town.append(municipality_from_text(self.text))
        return self._town[0]


#: The texts read last, by their text as given: at most two, each at most :data:`_PREPARED_CHARS`.
_PREPARED: dict[str, _Prepared] = {}
_PREPARED_CHARS = 1_000_000


def _prepare(text: str) -> _Prepared:
    known = _PREPARED.get(text)
    if known is not None:
        return known
    prepared = _Prepared(text)
    if len(text) <= _PREPARED_CHARS:
        if len(_PREPARED) >= 2:
            try:
                del _PREPARED[next(iter(_PREPARED))]
            except (KeyError, RuntimeError, StopIteration):
                pass  # another thread of a shared checker changed the memo in between
        _PREPARED[text] = prepared
    return prepared


def parse_text(text: str, lexicon: Lexicon, *, land: str | None = None,
               profile: Profile | None = None, hints: Hints | None = None) -> ParsedText:
    """Read a paper's text (see module docstring)."""
    hints = hints or Hints()
    prepared = _prepare(text)
    text, lines, folded, paper_fold = prepared.text, prepared.lines, prepared.folded, prepared.paper_fold
    check_time()
    folded_text = prepared.folded_text
    notes = list(hints.notes)

    profile = profile or find_profile(folded_text, lexicon)
    if profile is not None:
        land = land or profile.municipality.land
    land = land or hints.land
    town_in_text = prepared.town

    if land is None:
        land = land_evidence(text, hints.municipality or town_in_text(), notes)

    if hints.consultations:
        consultations, table_head, table_end = hints.consultations, None, None
    else:
        consultations, table_head, table_end = find_beratungsfolge(lines, folded, lexicon, profile, land,
                                                                   prepared.joined.folded)
    if hints.deciding:
        paper_deciders = hints.deciding
        presumed = False
        decider_rows: tuple[Consultation, ...] = ()
    else:
        decider_rows, presumed = deciders(consultations)
        paper_deciders = tuple(row.body for row in decider_rows if row.body is not None)

    check_time()
    section = prepared.section()
    check_time()
    if table_head is not None and section is not None and section.start < table_head:
        table_head = table_end = None  # a table after the proposal says nothing about the title
    title = hints.title or title_of(lines, folded, table_head, table_end, prepared.joined.folded)
    reference = hints.reference or reference_from_text(lines)
    date = hints.date or session_date(folded, decider_rows, consultations, prepared.joined.folded) or hints.fallback_date
    municipality_name = (profile.municipality.name if profile else None) or hints.municipality \
        or town_in_text()

    items: list[DecisionItem] = []
    agenda = prepared.agenda() if section is not None else []
    if agenda:
        # Minutes of a session with several agenda items, each with its decision: one proposal
        # per agenda item, read under its own title; a decision that names no body is the one
        # of the body whose session it is, where the minutes' head says so.
        minutes_body, minutes_line = _minutes_body(folded, agenda[0][0], lexicon, profile, land)
        for position, (_, item_title, found) in enumerate(agenda):
            antrag_body, antrag_source = _addressed(found, folded, lexicon, profile, land)
            end = agenda[position + 1][0] if position + 1 < len(agenda) else len(folded)
            recommended = _recommended_to(folded, found.start, end, lexicon, profile, land) if antrag_body is None else None
            if recommended is not None:
                antrag_body, antrag_source = recommended, "lead-in"
            elif antrag_body is None and minutes_body is not None and not _recommends(folded, found):
                antrag_body, antrag_source = minutes_body, "minutes"
            for item in decision_items(found, text, item_title, antrag_body, paper_deciders, presumed, decider_rows,
                                       tuple(consultations), hints, lexicon, profile, land, notes,
                                       antrag_source=antrag_source, paper_fold=paper_fold):
                if item.body_source == "minutes":
                    item = attrs.evolve(item, body_line=minutes_line)
                items.append(attrs.evolve(item, index=len(items) + 1))
        notes.append(note(
            f"Niederschrift mit {len(agenda)} Tagesordnungspunkten, die einen Beschluss haben: "
            "je Tagesordnungspunkt wird sein Beschluss unter seinem Titel gelesen.",
            f"Minutes with {len(agenda)} agenda items that have a decision: each agenda item's "
            "decision is read under its own title.",
        ))
    elif section is not None:
        antrag_body, antrag_source = _addressed(section, folded, lexicon, profile, land)
        minutes_line = None
        if antrag_body is None and section.start < len(folded) and _TAKEN.match(folded[section.start]):
            # A decision taken ("Beschluss:") on a session's page or in its minutes, naming no
            # body: the body whose session it is, where the head says so clearly.
            minutes_body, minutes_line = _minutes_body(folded, section.start, lexicon, profile, land)
            recommended = _recommended_to(folded, section.start, len(folded), lexicon, profile, land)
            if recommended is not None:
                antrag_body, antrag_source, minutes_line = recommended, "lead-in", None
            elif minutes_body is not None and not _recommends(folded, section):
                antrag_body, antrag_source = minutes_body, "minutes"
        items = decision_items(section, text, title, antrag_body, paper_deciders, presumed, decider_rows,
                       tuple(consultations), hints, lexicon, profile, land, notes, antrag_source=antrag_source,
                       paper_fold=paper_fold)
        items = [attrs.evolve(item, body_line=minutes_line) if item.body_source == "minutes" else item
                 for item in items]
    if section is not None:
        if not items and not any("kein Beschlusstext" in n.de for n in notes):
            notes.append(note(
                f"Der Beschlussvorschlag (Zeile {section.head_line}) ist leer.",
                f"The Beschlussvorschlag (line {section.head_line}) is empty.",
            ))
    if not items and title and paper_deciders and not hints.deciding:
        # No proposal of its own: it refers to another paper's ("gilt unverändert"), or it is an
        # Ergänzung with a deciding row in its Beratungsfolge. One item: the title, decided by
        # the Beratungsfolge's decider.
        # Or its proposal is to be worked out in the session: the deciding body decides on the
        # title's subject all the same.
        head = folded_text[:4000]
        in_session = not presumed and _IN_SESSION.search(folded_text) is not None
        if in_session or _OTHER_PROPOSAL.search(folded_text) or (_SUPPLEMENT.search(head) and not presumed):
            items = decision_items(_title_as_item(lines, title), text, title, None, paper_deciders, presumed,
                                   decider_rows, tuple(consultations), hints, lexicon, profile, land, notes,
                                   paper_fold=paper_fold)
            if items:
                notes[:] = [n for n in notes if not n.de.startswith("Der Beschlussvorschlag (Zeile")]
                notes.append(note(
                    "Der Beschlussvorschlag wird erst in der Sitzung erarbeitet: der Titel wird als "
                    "Beschlusspunkt gelesen, das entscheidende Gremium aus der Beratungsfolge.",
                    "The proposal is to be worked out in the session: the title is read as the "
                    "decision item, the deciding body taken from the Beratungsfolge.",
                ) if in_session else note(
                    "Die Vorlage hat keinen eigenen Beschlussvorschlag (sie verweist auf eine andere "
                    "Vorlage oder ergänzt sie): der Titel wird als Beschlusspunkt gelesen, das "
                    "entscheidende Gremium aus der Beratungsfolge.",
                    "The paper has no Beschlussvorschlag of its own (it refers to or supplements "
                    "another paper): its title is read as the decision item, the deciding body "
                    "taken from the Beratungsfolge.",
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



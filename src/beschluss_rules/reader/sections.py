"""Finding the Beschlussvorschlag in a paper's lines: its headings, where it ends, numbering.

A heading is "Beschlussvorschlag" (also OCR-damaged, "Beschlussvorschlaq"), "Beschlussentwurf",
"Beschlussantrag", "Beschlussempfehlung", "Beschluss:", "Antrag an den Gemeinderat", "Petitum",
"Der Rat wolle beschließen:", and, when nothing else is there, "Kurzfassung" — each with a
strength, so that the strongest, last complete section is read (a paper often prints a short
version first and the full wording at the end). A section ends at the next part of the paper
("Begründung", "Sachverhalt", "Finanzielle Auswirkungen", a signature, the next outline point).
"""

from __future__ import annotations

import re

import attrs

from .agenda import agenda_lines
from .ocr import match_form
from .proposal_bounds import DECISION_START, first_paper, is_subject_line
from .references import refers_back
from .status import is_status

__all__ = ["DATE_LINE", "LEAD_IN", "MARKER", "NOISE", "Joined", "Section", "agenda_sections", "best_section",
           "find_heading", "heading_at", "headless_section", "is_end", "marker_at"]


_PROPOSAL_WORD = (
    # (OCR: "BeschIussvorschlag" with a capital I for the l, "Beschl ussvorschlag" split by a blank)
    r"besch\s?[li1]\s?u\s?(?:ss|s|b)\s?-?\s?vor\s?-?\s?schla[gq]\w*|beschlussentwurf|beschlussempfehlung|beschlussantrag"
    r"|beschlusstext|beschlussformulierung|entscheidungsvorschlag|empfehlungsbeschluss"
    r"|vorgeschlagener beschluss|vorschlag zur beschlussfassung|petitum|beschlussvorschlage"
    r"|inhalt der (?:eil|dringlichkeits)entscheidung"  # the urgency decision reported on a web page
)
_PROPOSAL = re.compile(
    r"^(?P<key>" + _PROPOSAL_WORD + r")"
    r"(?P<qual>\s*\((?P<paren>[^)]{1,80})\))?"
    r"(?:\s+(?:der verwaltung|des (?:ober)?burgermeisters|der (?:ober)?burgermeisterin|des vorsitzenden))?"
    r"(?:\s+(?:fur|an)\s+(?:den|die|das)\s+(?P<to>[^:]{2,60}?))?"
    r"\s*(?:(?:[:.]\s*|(?<=\))\s*(?=(?:der|die|das)\s))(?P<inline>.*))?$"
)
_BESCHLUSS = re.compile(
    r"^(?:(?:ergebnis|beratungsergebnis)\s*/\s*)?(?:beschluss|beschlusse|entscheidung|empfehlung)"
    r"(?:\s+nr\.?\s*[\w/.-]{1,20}\d)?\s*(?::\s*(?P<inline>.*))?$")  # also "Beschluss Nr. VA/2025/022:"
_ANTRAG = re.compile(r"^antrag (?:an )?(?:den|die|das)\s+(?P<to>[^:]{2,90}?)\s*(?::\s*(?P<inline>.*))?$")
_ANTRAG_PLAIN = re.compile(r"^antrag\s*:\s*(?P<inline>.*)$")
_WOLLE = re.compile(r"^(?:der|die)\s+(?P<to>.{2,60}?)\s+(?:wolle|moge|moge)\s+(?:folgendes?\s+)?beschliessen\s*:?\s*$")
#: "Dem Stadtrat wird empfohlen, folgenden Beschluss zu fassen:": the proposal of a committee's
#: minutes to the body that decides.
_EMPFOHLEN = re.compile(
    r"^(?:dem|der)\s+(?P<to>[^,:]{2,60}?)\s+wird\s+(?:\S+\s+){0,2}?empfohlen,?\s+(?:den\s+)?"
    r"(?:folgenden|nachstehenden)\s+beschluss\s+zu\s+fassen\s*:?\s*$")
#: "Empfehlung an den Gemeinderat:" in a committee's minutes: the proposal to the body that decides.
#: "Empfehlung an den Rat:", also with the recommending body: "Empfehlung des Hauptausschusses an
#: den Gemeinderat:" (session 16, self-written papers of four Länder).
#: Without an addressee ("Empfehlung des Feuerwehrausschusses:", session 17) it is a weaker heading.
_EMPFEHLUNG_AN = re.compile(r"^(?:beschluss)?empfehlung(?:\s+(?:des|der)\s+[^:.()]{2,80}?)?(?:\s+an\s+(?:den|die|das)\s+(?P<to>[^,:.]{2,60}?))?\s*:\s*$")
#: An agenda item's number at the start of a line ("TOP 7:", "Tagesordnungspunkt 8") ends the
#: decision of the item before it.
_AGENDA_START = re.compile(r"^(?:top|tagesordnungspunkt)\s*(?:[on]\s*)?\d{1,3}(?![\d.,]\d)")
#: How minutes say a body decided, between the body and the decision ("einstimmig", "sodann").
_MANNER = r"einstimmig|mehrheitlich|daraufhin|nunmehr|sodann|dann|ohne gegenstimmen?|bei \d+ enthaltungen?"
#: The minutes' lead-in to the decision: "Nach kurzer Aussprache fasst der Haupt- und
#: Finanzausschuss folgenden Beschluss:", "... fasst der Stadtrat folgendes Mehrheitsbeschluss:"
#: (the present tense of the minutes; "fasste der Rat am 12.03. folgenden Beschluss" tells of an
#: earlier decision).
LEAD_IN = re.compile(
    r"(?:^|\s)(?:fasst|fassen)\s+(?P<who>(?:der|die|das)\s+[^.:;]{2,90}?)\s+"
    r"(?:(?:" + _MANNER + r"|den)\s+){0,3}"
    r"(?:folgende[ns]?|nachstehende[ns]?|diesen)\s+(?:[a-z]+\s+)?[a-z]*beschluss")
#: The lead-in of a decision in the present tense on a line of its own, outside any proposal
#: section: "Der Gemeinderat beschließt einstimmig folgendes:", "Nach eingehender Beratung
#: beschließt der Rat:" (minutes, web pages and motions without a "Beschluss:" heading).
_LEAD_IN_NOW = re.compile(
    r"^(?:(?P<who>(?:der|die|das)\s+[^.:;,]{2,90}?)\s+beschliesst"
    r"|(?:[^.:;]{0,80}\s)?beschliesst\s+(?P<after>(?:der|die|das)\s+[^.:;,]{2,90}?))"
    r"(?:\s+(?:" + _MANNER + r"))*"
    r"(?:\s+(?:folgendes|wie folgt|nachstehendes|folgenden beschluss))?\s*:\s*$")
#: "Stadtverordnetenvorsteher Kandel lässt über folgenden Beschlussvorschlag abstimmen:": the
#: minutes' lead-in to the text voted on, naming no body.
_VOTE_ON = re.compile(r"(?:lasst|lassen|liess)\s+(?:\S+\s+){0,3}uber\s+(?:den\s+)?(?:folgenden|nachstehenden)\s+"
                      r"(?:beschlussvorschlag|beschlussantrag|beschluss|antrag)\s+abstimmen\s*:\s*$")
_SHORT = re.compile(r"^(?:kurzfassung|(?:information|mitteilung)\s*\(kurzfassung\))\s*:?\s*$")
#: How every heading above begins: most lines begin otherwise and need not be matched at all.
_HEADING_STARTS = ("besc", "entscheidung", "empfehlung", "vorgeschlagener", "vorschlag", "petitum", "inhalt der",
                   "antrag", "der", "die", "dem", "kurzfassung", "information", "mitteilung", "ergebnis",
                   "beratungsergebnis")
#: Characters before a heading that do not change it: Markdown emphasis and quotes, and the
#: opening quotation mark of a page that quotes the decision ("»Beschluss: …«").
_DECORATION_CHARS = "*_#>»„“\""
_DECORATION = frozenset(_DECORATION_CHARS)

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
    r"|kopie an|zur kenntnis an|kontierungsobjekt|der verbandsverwaltung zum vollzug|zum vollzug"
    r"|im anschluss an den (?:\S+\s+)?teil|(?:\S+\s+){0,4}schliesst\s+die\s+(?:\S+\s+)?sitzung)"  # the minutes' close
)
_SIGNATURE = re.compile(r"^(?:der|die)\s+(?:ober)?burgermeister(?:in)?\s*:?\s*(?:in vertretung)?$")
#: The vote line a council information system prints under the status ("Abstimmung: Ja: 11,
#: Nein: 0, Enthaltungen: 0").
_VOTE = re.compile(r"^abstimmung\s*:\s*(?:ja|dafur|befangen|anwesend|nein|enth)")
NOISE = re.compile(
    r"^(?:[x☒☐✓✔■□\s]*|-\s*\d+\s*-|seite\s*\d+(?:\s*von\s*\d+)?|\d+|-- \d+ of \d+ --|gedruckt auf .*recyclingpapier"
    # a date alone on its line (a letter's or a printout's date: "6. Mai 2021", "24.03.2021")
    r"|\s*\d{1,2}\.\s?(?:\d{1,2}\.|(?:januar|februar|marz|april|mai|juni|juli|august|september|oktober|november"
    r"|dezember)\s)\s?\d{2,4}\s*)$"
)
#: A numbering marker: "1.", "2)", "100.", "(3)", "a)", "k.)", "(b)", "IV.", and nested "1.1" /
#: "2.3." (issue 12: items from 100 on, letters after h and nested numbers were glued onto the
#: item before).
MARKER = re.compile(
    r"^\s*(?:(?P<nest>\d{1,3}\.\d{1,3})\.?(?=\s)"
    r"|(?P<num>\d{1,3})\s?(?P<numsuf>\.\)|\.|\))|\((?P<pnum>\d{1,3})\)"
    r"|(?P<let>[a-z])\s?(?P<letsuf>\.\)|\))|\((?P<plet>[a-z])\)|(?P<rom>I{1,3}|IV|V|VI{1,3}|IX|X)\."
    r"|[Zz]u\s(?P<zu>[A-Za-z])\s?\)?:?)"
    r"(?=\s|$|(?<=[.)])[A-ZÄÖÜa-zäöü„\"])"
)
DATE_LINE = re.compile(
    r"^\s*(?:datum|sitzung(?:stermin|sdatum)?|beratung am|termin|sitzung am)\b.*?(\d{1,2})\.\s?(\d{1,2})\.\s?(\d{4})"
)


@attrs.define
class Section:
    start: int
    strength: int
    head_line: int
    target: str | None = None
    inline: str | None = None
    inline_column: int = 1
    lines: list[tuple[int, str]] = attrs.field(factory=list)
    #: The heading carried only a status ("Beschluss: einstimmig beschlossen"): the text under it
    #: is the decision only if it reads like one.
    status_only: bool = False
    #: The heading is the minutes' lead-in ("... fasst der Rat folgenden Beschluss:"): its body
    #: is the one the minutes say decided.
    lead_in: bool = False
    #: The minutes go on past a vote with a further titled decision (see ``_next_decision``).
    resumed: bool = False


def find_heading(folded: str) -> tuple[int, str | None, str | None] | None:
    """(strength, target body text, inline content) if ``folded`` is a proposal heading."""
    if not folded.startswith(_HEADING_STARTS) and folded[:1] not in _DECORATION and not folded[:1].isspace():
        return None  # the common case, decided without copying the line
    text = folded.strip().strip(_DECORATION_CHARS).strip()
    if not text.startswith(_HEADING_STARTS):
        return None
    if len(text) > 140:
        # A heading with a long text on its line ("Beschlussvorschlag: Der Rat der Stadt
        # beschließt ..." on a web page): the heading is what stands before the first colon.
        colon = text.find(":", 0, 60)
        if colon < 0 or not text[colon + 1:].strip():
            return None
        heading = find_heading(text[:colon + 1])
        if heading is None or heading[2]:
            return None
        return heading[0], heading[1], text[colon + 1:].strip()
    found = _PROPOSAL.match(text)
    if found:
        paren = (found.group("paren") or "").strip()
        strength = 2 if paren.startswith("kurz") else 3
        return strength, found.group("to"), _inline(found)
    found = _BESCHLUSS.match(text)
    if found:
        return 3, None, _inline(found)
    found = _ANTRAG.match(text)
    if found and "." not in found.group("to").rstrip(".")[:-1]:
        return 3, found.group("to"), _inline(found)
    found = _WOLLE.match(text) or _EMPFOHLEN.match(text) or _EMPFEHLUNG_AN.match(text)
    if found:
        return 3 if found.group("to") else 2, found.group("to"), None
    found = _ANTRAG_PLAIN.match(text)
    if found:
        return 2, None, _inline(found)
    if _SHORT.match(text):
        return 1, None, None
    if 0 < text.count(" ") <= 2 and len(text) <= 30 and text.endswith(":") and text.startswith("besc"):
        # OCR splits a heading word with blanks: "Beschlussv orschlag:", "Besc hlussvorschlag:".
        return find_heading(text.replace(" ", ""))
    return None


def _inline(found: re.Match[str]) -> str | None:
    """The text after a heading on its line; a stray mark of OCR alone ("Beschlussvorschlag: ,")
    is none."""
    inline = found.group("inline")
    if inline and not any(map(str.isalnum, inline)):
        return ""
    return inline


_OUTLINE_NUMBER = re.compile(r"^(?:[ivx]{1,4}|\d{1,2})\.\s*(?=[a-z])")


def is_end(folded: str) -> bool:
    text = folded.strip().strip("*_#>").strip()
    text = _OUTLINE_NUMBER.sub("", text)
    if _DISPOSITION.match(text):
        return True
    if _SIGNATURE.match(text) or (text[:1] == "t" and _AGENDA_START.match(text)):
        return True
    found = _END.match(text)
    if not found:
        return False
    rest = found.group("rest")
    # "Kosten: ..." or "Anlage 1 Lageplan" end it; "Kosten in Höhe von 5.000 € werden …." does not.
    if rest.rstrip().endswith(".") and len(rest.split()) > 3:
        return False
    return len(text.split()) <= 9 or text.endswith(":")


def heading_at(line: str, folded: str) -> tuple[tuple[int, str | None, str | None], tuple[str, int] | None] | None:
    """The proposal heading on a line, also after an outline number ("I. Antrag an den ...")."""
    heading = find_heading(folded)
    if heading is not None:
        return heading, None
    if MARKER.match(line) is None:  # most lines: no need to ask marker_at
        return None
    marker = marker_at(line)
    if marker is None:
        return None
    stripped = match_form(line.lstrip()[marker[2] - (len(line) - len(line.lstrip())):])
    heading = find_heading(stripped)
    if heading is None:
        return None
    return heading, (marker[0], marker[1])


#: A line can hold a proposal heading only if its folded form begins like one (or with
#: decoration) or the line itself begins with a numbering marker. Both are found in one pass over
#: the text (a marker as :data:`MARKER` finds it, but within its line); :func:`heading_at` looks
#: closer at those lines only.
_MAYBE_HEADING = re.compile(
    r"\n(?:[" + re.escape(_DECORATION_CHARS) + r"]|besc|entscheidung|empfehlung|vorgeschlagener|vorschlag|petitum|antrag|kurzfassung|ergebnis"
    r"|beratungsergebnis|inhalt der"
    r"|information|mitteilung|(?:der|die)[^\S\n][^\n]*beschliessen|dem [^\n]*empfohlen|[^\S\n])")
#: (The look-ahead is what the first characters of every marker are: most lines start otherwise
#: and are passed over without trying each kind of marker. A line's leading blanks are taken
#: whole: the look-ahead wants a character that is no blank, so giving blanks back could not
#: help, and on an indented line the engine would try the look-ahead once per blank.)
_MAYBE_MARKER = re.compile(r"\n[^\S\n]*+(?=[\d(IVX]|[a-z]\s?[.)]|[Zz]u\s)" + MARKER.pattern.removeprefix(r"^\s*"))


@attrs.frozen
class Joined:
    """A text's lines and folded lines, each joined by line breaks after one more line break
    (``"\\n" + "\\n".join(lines)``), as the scans for headings, markers, lead-ins, Betreff
    lines and the Beratungsfolge's header take them: made once per text, not once per scan."""

    lines: str
    folded: str

    @classmethod
    def of(cls, lines: list[str], folded: list[str]) -> Joined:
        return cls(cls.after_break(lines), cls.after_break(folded))

    @staticmethod
    def after_break(lines: list[str]) -> str:
        """``"\\n" + "\\n".join(lines)``, joined in one go."""
        return "\n".join(["", *lines]) if lines else "\n"


def _line_numbers(pattern: re.Pattern[str], lines: list[str], text: str | None = None) -> set[int]:
    """The lines (none holds a line break) at whose start ``pattern`` matches; the pattern begins
    with the line break before the line (the engine jumps). ``text``: the lines joined so, if known."""
    text = "\n" + "\n".join(lines) if text is None else text
    numbers = set()
    line = previous = 0
    for found in pattern.finditer(text):
        line += text.count("\n", previous, found.start())
        previous = found.start()
        numbers.add(line)
    return numbers


def _lead_in_lines(text: str) -> set[int]:
    """The lines with "beschluss" or "beschliesst" that end with a colon (a lead-in may stand
    there; ``text``: the folded lines joined as :func:`_line_numbers` joins them), found from the
    places of the words instead of a look at every line."""
    numbers = set()
    for word in ("beschluss", "beschliesst"):
        line = previous = 0
        start = text.find(word)
        while start >= 0:
            begin, end = text.rfind("\n", 0, start), text.find("\n", start)
            end = len(text) if end < 0 else end
            line += text.count("\n", previous, begin + 1)
            previous = begin + 1
            if text[begin + 1:end].rstrip().endswith(":"):
                numbers.add(line - 1)
            start = text.find(word, end)
    return numbers


#: The vote under one of several decisions in the minutes: "Abstimmungsergebnis: einstimmig
#: beschlossen", "Ja: 21  Sonderinteresse: 3".
_RESULT_LINE = re.compile(r"^(?:abstimmungsergebnis|abstimmung)\s*:")
_TALLY = re.compile(r"^(?:ja|nein|dafur|dagegen|enthaltung(?:en)?|enth\.?|befangen|anwesend|sonderinteresse)\s*:")


def _next_decision(lines: list[str], folded: list[str], start: int) -> int | None:
    """Where the minutes go on with a further decision after a vote (``start``: the line after
    "Abstimmungsergebnis: ..."): past the tally and blank lines, a short title without a full
    stop ("Entlastungserteilung für das Haushaltsjahr 2019") and then a decision ("Der Stadtrat
    erteilt ..."); the title's line is returned. None when anything else follows."""
    number = start
    while number < len(lines) and number - start < 12:
        text = folded[number].strip()
        if text and not _TALLY.match(text) and not NOISE.match(text) and not is_status(text):
            break
        number += 1
    else:
        return None
    title = folded[number].strip()
    if len(title) > 80 or title[-1:] in ".:;!?" or DECISION_START.match(title) or is_end(title):
        return None
    following = number + 1
    while following < len(lines) and following - number < 4 and not folded[following].strip():
        following += 1
    if following < len(lines) and DECISION_START.match(folded[following].strip()):
        return number
    return None


#: An agenda (Tagesordnung) prints the kind of each entry above its reference: "3.1 Erweiterung
#: der Anlage ..." / "Empfehlung" / "(Drucksache Nr.: 06128-11)". Such a word is no heading.
_AGENDA_LABEL = re.compile(r"^\s*(?:beschluss|empfehlung|entscheidung)\s*$")
_AGENDA_REFERENCE = re.compile(r"^\s*\((?:drucksache|vorlage|ds\.?)(?:\s*-?\s*nr\.?)?\s*:?\s*[\w/.-]*\d")


#: A heading word broken at the line's end: "Beschluss-" / "vorschlag:", "Beschlussvor-" / "schlag:".
_HYPHENATED_HEADING = re.compile(r"^\s*besch[a-z]{0,14}-\s*$")
#: A heading's body that goes on on the next line ("... und im" / "Planungsausschuss –").
_WRAPPED_HEADING = re.compile(r"(?:\bund im|\bim|\bin der|\bund|,|[–-])\s*$")


def _sections(lines: list[str], folded: list[str], joined: Joined | None = None) -> list[Section]:
    sections: list[Section] = []
    current: Section | None = None
    outline: tuple[str, int] | None = None
    joined = joined or Joined.of(lines, folded)
    maybe = _line_numbers(_MAYBE_HEADING, folded, joined.folded) | _line_numbers(_MAYBE_MARKER, lines, joined.lines)
    # Outside a section only a heading or a lead-in (and, for is_end, the line before) matters.
    stops = sorted(maybe | _lead_in_lines(joined.folded))
    stop = 0
    number = 0
    previous_text: str | None = None
    while number < len(lines):
        if current is None and number not in maybe:
            while stop < len(stops) and stops[stop] < number:
                stop += 1
            if stop == len(stops):
                break
            next_stop = stops[stop]
            if next_stop > number:
                for back in range(next_stop - 1, number - 1, -1):
                    if folded[back].strip():
                        previous_text = folded[back]
                        break
                number = next_stop
        found = heading_at(lines[number], folded[number]) if number in maybe else None
        if found is None and number in maybe and number + 1 < len(lines) and _HYPHENATED_HEADING.match(folded[number]):
            # "Beschluss-" / "vorschlag: Die Räum- und Streuarbeiten …" (OCR of a narrow column)
            again = find_heading(folded[number].strip()[:-1] + folded[number + 1].strip())
            number, found = (number + 1, (again, None)) if again is not None else (number, None)
        lead_in = False
        if found is None and folded[number].rstrip().endswith(":") and "beschluss" in folded[number]:
            lead = LEAD_IN.search(folded[number])
            if lead is None and _VOTE_ON.search(folded[number]):
                found = ((2, None, None), None)
            if lead is not None:
                # Below a proposal heading of the paper's own: a Sachverhalt may quote the
                # minutes of an earlier decision.
                found, lead_in = ((2, lead.group("who"), None), None), True
        if found is None and current is None and "beschliesst" in folded[number] \
                and (now := _LEAD_IN_NOW.match(folded[number].strip())) is not None:
            found, lead_in = ((2, now.group("who") or now.group("after"), None), None), True
        if found is not None and len(folded[number]) < 24 and _AGENDA_LABEL.match(folded[number]) and number + 1 < len(lines) \
                and _AGENDA_REFERENCE.match(folded[number + 1]):
            found = None  # an agenda's entry: "Empfehlung" / "(Drucksache Nr.: 06128-11)"
        if found is not None and found[0][0] == 1 and previous_text is not None and is_end(previous_text):
            found = None  # "Sachverhalt" / "Kurzfassung": the summary of the explanation
        if folded[number].strip():
            previous_text = folded[number]
        if found is not None:
            (strength, target, inline), marker = found
            if current is not None and not current.lines and number - current.start <= 4 and current.inline is None:
                # "Beschluss:" directly followed by "Antrag an den Gemeinderat": one heading.
                current.strength = max(current.strength, strength)
                current.target = current.target if current.lead_in else target or current.target
                current.start = number
                current.head_line = number + 1
                outline = marker or outline
            else:
                current = Section(number, strength, number + 1, target, lead_in=lead_in)
                sections.append(current)
                outline = marker
            # A heading wrapped onto the next line: "Antrag an den Gemeinderat – nach Vorberatung
            # im Haupt- und Finanzausschuss und im" / "Planungsausschuss –".
            if target and not inline and number + 1 < len(lines) and _WRAPPED_HEADING.search(target) \
                    and len(folded[number + 1]) < 60 \
                    and not find_heading(folded[number + 1]):
                current.start = number + 1
                number += 1
            current.status_only = bool(inline and is_status(inline))
            if inline and not current.status_only:
                current.inline = inline
                original = lines[number]
                colon, close = original.find(":"), original.find(")")
                if 0 <= close and not 0 <= colon < close and not original[close + 1:].lstrip().startswith((":", ".")):
                    colon = close  # "Beschlussantrag (Kurzfassung) Der Verwaltungsausschuss vergibt …"
                body = original[colon + 1:] if colon >= 0 else original
                current.inline_column = len(original) - len(body.lstrip()) + 1
                current.lines.append((number, body.strip()))
            number += 1
            continue
        if current is not None and current.status_only and not current.lines and folded[number].strip():
            text = folded[number].strip()
            if _VOTE.match(text) or NOISE.match(text):
                number += 1
                continue
            if MARKER.match(lines[number]) is None and not DECISION_START.match(text):
                current = None  # the minutes' account of the debate, not the decision
                number += 1
                continue
        if current is not None:
            next_point = marker_at(lines[number]) if outline else None
            if next_point is not None and outline is not None and next_point[0] == outline[0] \
                    and next_point[1] == outline[1] + 1:
                current = None  # "II. Auf die Tagesordnung ...": the next outline point
                outline = None
            elif current.lines and folded[number].find("abstimmung", 0, 24) >= 0 and _RESULT_LINE.match(folded[number].strip()) \
                    and (resumed := _next_decision(lines, folded, number + 1)) is not None:
                # "Abstimmungsergebnis: einstimmig beschlossen" / "Ja: 21" between the decisions
                # of one agenda item's minutes: the next decision (under its short title) follows.
                number = resumed
                current.resumed = True
                continue
            elif (is_end(folded[number]) and not is_subject_line(
                    folded, number, len(current.lines), folded[current.lines[-1][0] if current.lines else current.start])) or (
                    len(folded[number]) < 25 and number + 1 < len(lines)
                    and is_end(folded[number] + " " + folded[number + 1]) and not is_end(folded[number + 1])) or number - current.start > 250:
                current = None
            elif not NOISE.match(folded[number]) and (not is_status(folded[number]) or _continues(current)):
                current.lines.append((number, lines[number]))
        number += 1
    return sections


def _continues(section: Section) -> bool:
    """Whether the section's last line is a sentence broken off, so that a line that looks like a
    status ("vorgelegten Fassung beschlossen.") is its end ("Die Satzung wird in der" / …), also
    within a word hyphenated at the line's end ("Der Stellenplan wird als Bestand-" / "teil des
    Haushaltsplanes beschlossen.")."""
    last = section.lines[-1][1].rstrip() if section.lines else ""
    return last[-1:].isalpha() or (last[-1:] in ("-", "\u00ad") and last[-2:-1].isalpha())


_WORD = re.compile(r"[A-Za-zÄÖÜäöüß]{3}")


def best_section(lines: list[str], folded: list[str], joined: Joined | None = None) -> Section | None:
    """The proposal section: the last of the strongest sections with text. ``joined``: the
    lines and folded lines joined (:class:`Joined`), if the caller has them."""
    sections = _sections(lines, folded, joined)
    if not sections:
        return None
    # Text is words, not the rules and dates of a table that a heading word stood in.
    with_text = [s for s in sections if any(_WORD.search(t) for _, t in s.lines)]
    # "Beschluss: Wie Beschlussvorschlag." points to the proposal above it (references.py).
    pool = [s for s in with_text or sections if not refers_back(s.lines)] or with_text or sections
    best_strength = max(s.strength for s in pool)
    candidates = [s for s in pool if s.strength == best_strength]
    if len(candidates) > 1 and (paper := first_paper(folded)) is not None:
        candidates = [s for s in candidates if paper[0] < s.start < paper[1]] or candidates
    # A short version points to the full wording ("… Wortlaut siehe Seite 4"), which comes last.
    return candidates[-1]


def agenda_sections(lines: list[str], folded: list[str], joined: Joined | None = None) -> list[tuple[int, str, Section]]:
    """The decision of each agenda item of the minutes of a session ("TOP 4 ..." / "Beschluss:"
    / "Das Protokoll ... wird genehmigt." / "TOP 7 ..." / "Beschluss:" / "Der Samtgemeinderat
    beauftragt ..."): per item its title's line, its title and its strongest, last section, cut
    at the next item's title. Empty unless at least two agenda items have a decision: a paper
    with one proposal is read by :func:`best_section` alone."""
    tops = agenda_lines(lines)
    if len(tops) < 2:
        return []
    sections = [s for s in _sections(lines, folded, joined) if any(_WORD.search(t) for _, t in s.lines)]
    result: list[tuple[int, str, Section]] = []
    for position, (line, title) in enumerate(tops):
        end = tops[position + 1][0] if position + 1 < len(tops) else len(lines)
        inside = [s for s in sections if line < s.start < end]
        inside = [s for s in inside if not refers_back(s.lines)] or inside
        if not inside:
            continue
        strongest = max(s.strength for s in inside)
        chosen = [s for s in inside if s.strength == strongest][-1]
        kept = [(number, content) for number, content in chosen.lines if number < end]
        if any(_WORD.search(content) for _, content in kept):
            result.append((line, title, attrs.evolve(chosen, lines=kept)))
    return result if len(result) >= 2 else []


def marker_at(line: str) -> tuple[str, int, int] | None:
    """(style, value, length) of a numbering marker at the start of ``line``."""
    found = MARKER.match(line)
    if not found:
        return None
    if found.group("nest"):
        # "2.3" as 2003: the next item is 2004 or, a level up, 3001 (see reader.chunks.split_numbered).
        major, minor = found.group("nest").split(".")
        return "nest", int(major) * 1000 + int(minor), found.end()
    if found.group("num"):
        return "num" + found.group("numsuf"), int(found.group("num")), found.end()
    if found.group("pnum"):
        return "(num)", int(found.group("pnum")), found.end()
    if found.group("let"):
        return "let" + found.group("letsuf"), ord(found.group("let")) - 96, found.end()
    if found.group("plet"):
        return "(let)", ord(found.group("plet")) - 96, found.end()
    if found.group("zu"):
        return "zu", ord(found.group("zu").lower()) - 96, found.end()
    roman = {"I": 1, "II": 2, "III": 3, "IV": 4, "V": 5, "VI": 6, "VII": 7, "VIII": 8, "IX": 9, "X": 10}
    return "rom", roman[found.group("rom")], found.end()




#: What an ALLRIS vo020 page prints above the decision: the reference ("Vorlage -
#: IV/STR/80/1403/08") and the table's empty cells ("|").
_HEADLESS_SKIP = re.compile(r"^(?:\|\s*)+$|^vorlage\s+-\s+\S+$")


def _zu_points(lines: list[str], folded: list[str], start: int) -> int | None:
    """The line of "Zu A) Der Ausschuss ... empfiehlt ..." when the minutes' account of the
    debate comes first and the points "Zu A)", "Zu B)" of the decision follow (a flattened ALLRIS
    to020 page): only where "Zu A)" and "Zu B)" both begin a line and their texts are decisions."""
    first = None
    for number in range(start, min(len(lines), start + 60)):
        if folded[number].find("zu ", 0, 8) < 0:
            continue
        marker = marker_at(lines[number])
        if marker is None or marker[0] != "zu":
            continue
        if not DECISION_START.match(folded[number][marker[2]:].strip()):
            return None
        if marker[1] == 1:
            first = number
        elif marker[1] == 2 and first is not None:
            return first
    return None


def headless_section(lines: list[str], folded: list[str]) -> Section | None:
    """The decision of a web page that shows one agenda item's decision without any heading
    (ALLRIS to010/to0050: "Der Ausschuss für Stadtentwicklung beschließt ...", "1. Der
    Jahresabschluss 2019 wird zur Kenntnis genommen."): the page's text begins with it. Only the
    first line is looked at, so that a paper whose explanation tells of a decision (or a report
    under its title, "Sachstandsbericht" / "Der Bericht wird zur Kenntnis genommen.") is not
    read as one."""
    first = None
    for number, text in enumerate(folded[:12]):  # blank lines and page noise first
        text = text.strip()
        if not text or NOISE.match(text) or _HEADLESS_SKIP.match(text):
            continue
        marker = marker_at(lines[number])
        if marker is not None and marker[1] != 1:
            return None
        body = text[marker[2]:].strip() if marker is not None else text
        if not DECISION_START.match(body):
            first = _zu_points(lines, folded, number + 1)
            if first is None:
                return None
            break
        first = number
        break
    if first is None:
        return None
    section = Section(first, 0, first + 1)
    for number in range(first, len(lines)):
        if number > first and (is_end(folded[number]) or find_heading(folded[number]) or number - first > 250):
            break
        if not NOISE.match(folded[number]) and (not is_status(folded[number]) or _continues(section)):
            section.lines.append((number, lines[number]))
    return section

"""The Beratungsfolge: which bodies deal with a paper, in which order, and which one decides.

Real papers print it as a table whose text layer comes out in several shapes:

- "Gremium | Sitzung | Zuständigkeit" with a role per row ("Vorberatung", "Entscheidung",
  "Anhörung", "Kenntnisnahme") — Karlsruhe since 2023, many ALLRIS/SessionNet towns;
- "Beratungsfolge Sitzungstermin Stand" with "Beratung und Empfehlung" (advises) and "Beratung
  und Beschlussfassung" (decides) — Nordstemmen and many Lower Saxony towns;
- "Gremium Termin TOP ö nö Ergebnis" without roles — the last body of the sequence decides
  (Karlsruhe until 2022: committees "vorberaten", the Gemeinderat decides);
- OCR'd tables whose cells are broken across lines: "Beratung und Beschluss-" / "Rat
  15.03.2018 einstimmig" / "fassung" — the role printed above a body's row belongs to it;
- web pages copied to text: the date first ("17.12.2024 <tab> Rat der Stadt Viersen <tab>
  Entscheidung"), a status cell before it ("Öffentlich"), one cell per line with the column
  labels and a result cell ("Empfehlung") after the role, or the whole table on the header's line.

A row starts at a line that begins with a body's name, or at a date when the row before already
has one; a role found on a line of its own belongs to the row without role, or to the next row
when the current one has a role already (the cell wrapped above the body's name).
"""

from __future__ import annotations

import re

import attrs

from ..model import Body
from ..rulebase.types import Lexicon, Profile
from ..text.normalize import fold_with_map
from .bodies import find_mentions, resolve_body
from .ocr import join_lines, match_form, squash

__all__ = ["MONTH_NUMBER", "ROLES", "Consultation", "find_beratungsfolge"]

#: Role of a body in the Beratungsfolge → does it decide?
ROLES: dict[str, bool] = {
    "entscheidung": True,
    "vorberatung": False,
    "anhoerung": False,
    "kenntnisnahme": False,
    "beratung": False,
}

_HEADER = re.compile(
    r"^(?:beratungsfolge|beratungsreihenfolge|beratungsgang)\b"
    r"|^(?:gremium|gremien|beratungsgremium|organ)\b.{0,40}\b(?:termin|sitzung|datum|sitzungstermin)\b"
)
#: Roles in squashed form (no blanks, no hyphens); the first that matches wins.
_ROLE_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("entscheidung", re.compile(
        r"beratungundbeschlus|beschlussfas|(?<!vor)entscheidung|beschliessend|zurbeschlussfassung"
        r"|endgultigebeschluss|(?<![a-z])beschluss$|genehmigung$")),
    ("vorberatung", re.compile(r"beratungundempfehlung|vorberatung|vorberaten|empfehlung|vorbeschluss")),
    ("anhoerung", re.compile(r"anhorung|stellungnahme")),
    ("kenntnisnahme", re.compile(r"kenntnisnahme|information|mitteilung|bericht$")),
    ("beratung", re.compile(r"(?<![a-z])beratung|behandlung")),
)
_DATE = re.compile(
    r"(?<!\d)(\d{1,2})\.\s?(\d{1,2}|januar|februar|marz|april|mai|juni|juli|august|september|oktober|november|dezember)"
    r"\.?\s?(\d{4}|\d{2})(?!\d)"
)
#: German month names (folded) and their numbers.
MONTH_NUMBER = {name: index for index, name in enumerate(
    ("januar", "februar", "marz", "april", "mai", "juni", "juli", "august", "september", "oktober",
     "november", "dezember"), start=1)}
#: A body marked in its name cell as only taking note: "Hauptausschuss (zur Kenntnis)". (A bare
#: result "zur Kenntnis genommen" is the body's own decision on a report and gives no role.)
_NOTED_IN_NAME = re.compile(r"\(\s*zur\s+Kenntnis(?:nahme)?\s*\)", re.IGNORECASE)
_STOP = re.compile(
    r"^(?:beschlu\w*|antrag an|kurzfassung|betreff|problembeschreibung|sachverhalt|begrundung"
    r"|sachdarstellung|finanzielle auswirkungen|anlage|petitum|tagesordnung|vorlage(?:n)?-?\s*nr|ds\s*\d"
    r"|(?:information|mitteilung)\s*(?:\(|:|$))"
)


@attrs.frozen
class Consultation:
    """One row of the Beratungsfolge: the body (``None`` if not a body, e.g. a Fraktion), its
    name as printed, its role (see :data:`ROLES`, ``None`` if the table gives none), whether it
    decides (``None`` when only presumed from the order), the session date, the line."""

    name: str
    body: Body | None
    role: str | None
    decides: bool | None
    date: tuple[int, int, int] | None
    line: int | None


def _role(folded: str) -> str | None:
    flat = squash(folded.replace("offentlich", "") if "offentlich" in folded else folded)  # "öffentlich Beschluss"
    for role, pattern in _ROLE_PATTERNS:
        if pattern.search(flat):
            return role
    return None


def _date(match: re.Match[str]) -> tuple[int, int, int] | None:
    year = int(match.group(3))
    if year < 100:
        year += 2000 if year < 70 else 1900
    month_text = match.group(2)
    day = int(match.group(1))
    month = int(month_text) if month_text.isdigit() else MONTH_NUMBER[month_text]
    if not (1 <= day <= 31 and 1 <= month <= 12 and 1990 <= year <= 2100):
        return None
    return (year, month, day)


@attrs.define
class _Row:
    name_parts: list[str]
    line: int
    body: Body | None = None
    date: tuple[int, int, int] | None = None
    role: str | None = None
    carried: bool = False  # the role came from a cell printed above the row


def find_beratungsfolge(lines: list[str], folded: list[str], lexicon: Lexicon,
                        profile: Profile | None, land: str | None, joined: str | None = None,
                        ) -> tuple[tuple[Consultation, ...], int | None, int | None]:
    """The rows of the first Beratungsfolge table, its header line and the line after it (0-based).

    ``lines`` are the paper's lines, ``folded`` their :func:`match_form`; ``joined``:
    ``"\\n" + "\\n".join(folded)``, if the caller has it. Returns ``((), None, None)`` when the
    paper prints no Beratungsfolge.
    """
    for header in _header_candidates(folded, joined):
        # (OCR sometimes puts a stray mark before the header, "' Beratungsfolge", or a blank into
        # its first word, "Berat ungsfolge")
        line = folded[header].replace("|", " ").strip().lstrip(_STRAY_MARKS).lstrip()
        if not _HEADER.search(line) and not (line.startswith("berat") and _HEADER.search(line.replace(" ", "", 1))):
            continue
        rows, end = _rows(lines, folded, header, lexicon, profile, land)
        if rows:
            return rows, header, end
    return (), None, None


#: Marks OCR leaves before a table's header line ("' Beratungsfolge", "» Beratungsfolge").
_STRAY_MARKS = "'‚’`´»«›‹.,:;~-*•·"
#: Words one of which every header line of a Beratungsfolge (:data:`_HEADER`) begins with.
_HEADER_WORDS = ("beratungsfolge", "beratungsreihenfolge", "beratungsgang", "gremi", "organ", "berat ")


def _header_candidates(folded: list[str], joined: str | None = None) -> list[int]:
    """The lines that contain a word a header begins with, in order (found in the whole text
    with a few scans instead of a pattern tried on every line). ``joined``:
    ``"\\n" + "\\n".join(folded)``, if the caller has it."""
    # The leading line break makes every line start after one, and the count of line breaks
    # before a line's start one more than its number.
    text = "\n".join(["", *folded]) if joined is None else joined
    starts: set[int] = set()
    for word in _HEADER_WORDS:
        index = text.find(word)
        while index >= 0:
            starts.add(text.rfind("\n", 0, index) + 1)  # where the line begins
            index = text.find(word, index + 1)
    if not starts:
        return []
    ordered = sorted(starts)
    numbers = []
    line = previous = 0
    for start in ordered:
        line += text.count("\n", previous, start)
        previous = start
        numbers.append(line - 1)
    return numbers


#: "FachausschussPlanung,Bau": OCR lost the blanks; a capital inside a word starts a new one.
_GLUED = re.compile(r"(?<=[a-zäöüß])(?=[A-ZÄÖÜ][a-zäöüß])")
_COMMA = re.compile(r",(?=[A-Za-zÄÖÜäöü])")
_BOXES = re.compile(r"[x☒☐✓✔\s]*")
#: A line of the table's column labels ("Status Datum Gremium Zuständigkeit", "Beratungsart").
_COLUMN_LABELS = re.compile(
    r"(?:(?:gremium|gremien|datum|termin|sitzung|sitzungstermin|sitzungsdatum|zustandigkeit|beratungsart|rolle|art"
    r"|ergebnis|status|abstimmung|top|stand|beratung|o\s*/\s*n|o|n|offentlich|nichtoffentlich)\s*)+")
_NO_NAME = re.compile(r"[\d\sxX☒☐öÖnN/]*")


def _rows(lines: list[str], folded: list[str], header: int, lexicon: Lexicon,
          profile: Profile | None, land: str | None) -> tuple[tuple[Consultation, ...], int]:
    rows: list[_Row] = []
    pending_role: str | None = None
    current: _Row | None = None
    blank_run = 0
    # A web page flattened into one line: "Beratungsfolge: Gremium Sitzungstermin Zuständigkeit
    # Status Ausschuss für Klimaschutz, Umwelt und Mobilität 20.05.2025 Entscheidung öffentlich".
    first = _rows_on_header_line(lines[header], folded[header], lexicon, profile, land)
    number = header if first is not None else header + 1
    end = min(len(lines), header + 45)
    while number < end:
        # "FachausschussPlanung,Bau": OCR lost the blanks; a capital inside a word starts a new one.
        line = first if first is not None and number == header else lines[number]
        raw = _GLUED.sub(" ", line.replace("|", " ").replace("\t", " "))
        if "," in raw:
            raw = _COMMA.sub(", ", raw)
        text = match_form(raw)
        if not text or _BOXES.fullmatch(text):
            blank_run += 1
            if blank_run >= 6 and rows:
                break
            number += 1
            continue
        blank_run = 0
        if _STOP.match(text) and not re.search(r"beratung|entscheidung", text[:25]) and not (
                text == "beschluss" and current is not None and current.date is not None and (current.role is None or current.carried)):
            break  # (a row's role cell "Beschluss" on a line of its own goes on)
        if current is None and _COLUMN_LABELS.fullmatch(text):
            number += 1  # the table's column labels, one per line or in a row of their own
            continue
        date_match = _DATE.search(text)
        mentions = find_mentions(text, lexicon, profile, land)
        starts_with_body = bool(mentions) and mentions[0].start <= 1
        continuation = raw.lstrip()[:1].islower() and current is not None and current.name_parts \
            and current.name_parts[-1].rstrip().endswith("-")
        text_role = _role(text) if not date_match else None  # the role of the whole line
        if not date_match and not starts_with_body and text_role is None and len(text) > 75:
            break  # running text: the table is over (the title follows)
        # (a body after a row's date alone on its line names that row: one cell per line, date first)
        named_row = starts_with_body and current is not None and current.date is not None and not current.name_parts
        new_row = (starts_with_body and not continuation and not named_row) or (
            date_match is not None and (current is None or current.date is not None))
        if new_row:
            current = _Row([], number + 1)
            rows.append(current)
            if pending_role is not None:
                current.role, pending_role, current.carried = pending_role, None, True
        # The name: text before the date (or the whole line without its role words).
        name_text = raw.strip()
        role_text = ""
        if date_match and current is not None:
            cut, after = _date_span(raw)
            name_text, role_text = raw[:cut].strip(), raw[cut:]
            if not starts_with_body and mentions and mentions[0].start > date_match.start():
                # "17.12.2024 Rat der Stadt Viersen Entscheidung", "Öffentlich 27.05.2025
                # Verwaltungsausschuss Entscheidung": the name cell comes after the date (web pages)
                name_text, role_text = raw[after:].strip(), text[mentions[0].end:]
                # (the role is the last cell: "Rat der Stadt Viersen öffentlich Beschluss")
                role_text = role_text if _role(role_text) else role_text.rsplit(" ", 1)[-1]
            current.date = _date(date_match)
        role = _role(match_form(role_text)) if date_match else text_role
        if role is None and date_match and _NOTED_IN_NAME.search(name_text):
            role = "kenntnisnahme"  # "Hauptausschuss (zur Kenntnis) 19.02.2019": the body only takes note
        if current is not None:
            lead = raw.strip()
            extends = not date_match and role is None and (
                re.match(r"(und|sowie|&)\s", lead) is not None
                or (not lead[:1].islower() and (current.date is None or _extends_name(current)))
                or (lead[:1].islower() and bool(current.name_parts) and current.name_parts[-1].rstrip().endswith("-")))
            piece = name_text if (starts_with_body or continuation or new_row or extends) else ""
            piece = _strip_role_words(piece)
            if piece and not _NO_NAME.fullmatch(piece):
                current.name_parts.append(piece)
        if role is not None:
            split_cell = raw.rstrip().endswith("-") and not date_match and not starts_with_body
            if current is None:
                pending_role = role
            elif date_match or new_row:
                current.role = current.role or role
            elif (current.role is None or current.carried) and not (split_cell and _next_starts_row(
                    lines, number, lexicon, profile, land)):
                # the role (or result) cell printed below the row; its own role replaces one
                # carried over from the row before (a result cell "Empfehlung" read as a wrapped role)
                current.role, current.carried = role, False
            else:
                pending_role = role  # a wrapped cell printed above the next row's body
        number += 1
    consultations = []
    for row in rows:
        name = join_lines(row.name_parts).strip(" ,;")
        if not name:
            continue
        body = resolve_body(name, lexicon, profile, land)
        decides = ROLES.get(row.role) if row.role else None
        consultations.append(Consultation(name, body, row.role, decides, row.date, row.line))
    return tuple(consultations), number


def _rows_on_header_line(line: str, folded: str, lexicon: Lexicon, profile: Profile | None,
                         land: str | None) -> str | None:
    """The rows printed on the header's own line, from the first body named before a date."""
    date = _DATE.search(folded)
    if date is None:
        return None
    mentions = find_mentions(folded[:date.start()], lexicon, profile, land)
    if not mentions:
        return None
    mapped, offsets = fold_with_map(line)
    start = mapped.find(folded[mentions[0].start:mentions[0].end])
    return line[offsets[start]:] if start >= 0 else None


def _date_span(raw: str) -> tuple[int, int]:
    """Where the date starts (the name cell ends there) and ends in the original line."""
    folded, offsets = fold_with_map(raw)
    found = _DATE.search(folded)
    if found:
        return offsets[found.start()], offsets[found.end() - 1] + 1
    return len(raw), len(raw)


def _extends_name(row: _Row) -> bool:
    return bool(row.name_parts) and bool(re.search(r"(,|-|\bund|\bfür|\bfur|\bdes|\bder)\s*$", row.name_parts[-1]))


_ROLE_WORD = re.compile(
    r"\s(?:Beratung|Vorberatung|Entscheidung|Anh(?:ö|o|oe)rung|Kenntnisnahme|Empfehlung|Beschlussfassung|Beschluss"
    r"|Eilentscheidung|Dringlichkeitsentscheidung|(?:nicht)?(?:ö|oe)ffentlich)\b.*$",
    re.IGNORECASE,
)


def _strip_role_words(text: str) -> str:
    """A body name without the role cell printed after it ("Rat Beratung und ..." → "Rat")."""
    return _ROLE_WORD.sub("", " " + text.strip()).strip()


def _next_starts_row(lines: list[str], number: int, lexicon: Lexicon, profile: Profile | None,
                     land: str | None) -> bool:
    for following in range(number + 1, min(len(lines), number + 3)):
        text = match_form(lines[following])
        if not text:
            continue
        mentions = find_mentions(text, lexicon, profile, land)
        return bool(mentions) and mentions[0].start <= 1
    return False


def deciders(consultations: tuple[Consultation, ...]) -> tuple[tuple[Consultation, ...], bool]:
    """The rows that decide, and whether that is only presumed.

    Rows with a deciding role decide. A table without any deciding role: the last row without a
    role is presumed to decide (the sequence ends with the deciding body) — if every row has an
    advisory role (an Anhörung, a Vorberatung whose decision comes later), nobody decides here.
    """
    explicit = tuple(c for c in consultations if c.decides)
    if explicit:
        return explicit, False
    unroled = [c for c in consultations if c.role is None and c.body is not None]
    if unroled:
        # The sequence ends with the deciding body; where the dates say otherwise, they win.
        latest = max(unroled, key=lambda c: (c.date or (0, 0, 0), unroled.index(c)))
        return (latest,), True
    return (), False

"""The header of a paper: its title (Betreff), its session date and its municipality.

The title is a "Betreff:" line, else the text printed right after or right before the
Beratungsfolge, else the first line. The date that selects the law is the date of the deciding
body's session in the Beratungsfolge; a "Datum:"/"Sitzung am" line is second best, the last
session of the Beratungsfolge third. The municipality is found by a profile's full name.
"""

from __future__ import annotations

import datetime as dt
import re

from ..rulebase.matching import literal_first
from ..rulebase.types import Lexicon, Profile
from ..text.normalize import fold
from .consultation import MONTH_NUMBER, Consultation
from .ocr import join_lines
from .sections import find_heading, is_end

__all__ = ["WEEKDAY", "find_profile", "session_date", "title_of"]


def find_profile(folded_text: str, lexicon: Lexicon) -> Profile | None:
    # Only the full name ("Stadt Heinsberg"): a bare "Heinsberg" also names the Kreis Heinsberg.
    for profile in lexicon.profiles:
        name, pattern = _full_name(profile.municipality.name)
        if name in folded_text and pattern.search(folded_text):
            return profile
    return None


def _full_name(name: str) -> tuple[str, re.Pattern[str]]:
    """A municipality's name folded, and the pattern that finds it as a whole name (made once
    per name: every paper is compared with every profile)."""
    known = _FULL_NAMES.get(name)
    if known is None:
        folded = fold(name)
        if len(_FULL_NAMES) >= 256:
            _FULL_NAMES.clear()
        known = _FULL_NAMES[name] = (folded, re.compile(literal_first(r"(?<![a-z])" + re.escape(folded) + r"(?![a-z])")))
    return known


_FULL_NAMES: dict[str, tuple[str, re.Pattern[str]]] = {}


_NO_TITLE_LINE = re.compile(r"(?:dez\.?\s*\d*|öffentlich|nichtöffentlich|offentlich|nichtoffentlich|x|-+|\d{4}/\d{3,5}|\d+)")
_BETREFF = re.compile(r"^(?:betreff|betr\.|gegenstand|titel)\s*:\s*(.{4,})$")
_LABEL = re.compile(r"^[\w.()/-]+(?:\s[\w.()/-]+){0,2}\s*:(?:\s|$)")
#: "Vorlage Nr.: 2022/2088", "Verantwortlich: Dez. 1": a label of the paper's head, not its title.
_PAPER_LABEL = re.compile(
    r"^(?:vorlage|vorlagen|drucksache|ds|verantwortlich|dienststelle|aktenzeichen|az|datum|federfuhrend|verfasser"
    r"|sachbearbeiter|bearbeiter|amt|fachbereich|dezernat|status|vorlagenart|erstellt|gedruckt)\b[^:]{0,20}:")
#: "Betreff" alone on its line: the title is on the next one.
_BETREFF_ALONE = re.compile(r"^(?:betreff|betr\.|gegenstand|titel|thema)\s*:?\s*$")
#: Lines that are never the title: labels, the information system's banner, the kind of paper,
#: a municipality's name alone, page furniture.
_NOT_TITLE = re.compile(
    r"^(?:betreff|betr\.|gegenstand|titel|burgerinformationssystem|ratsinformationssystem|buergerinfo"
    r"|sitzungsdienst|allris|session|vorlage|beschlussvorlage|sitzungsvorlage|drucksache|mitteilungsvorlage"
    r"|informationsvorlage|verwaltungsvorlage|vorlage zur beschlussfassung|offentlich|nichtoffentlich|nicht offentlich"
    r"|(?:stadt|gemeinde|markt|samtgemeinde|kreisstadt|hansestadt|landeshauptstadt|der (?:ober)?burgermeister)"
    r"(?:\s+[a-z-]+){0,2}|seite\s*\d+(?:\s*von\s*\d+)?|druckansicht|druckversion|status|entscheidung"
    # page furniture and the sending office: "1/10", "Gedruckt auf 100 Prozent Recyclingpapier",
    # "- Tiefbauamt -", "Sportamt", "Sozial- und Jugendbehörde", "Medienbüro / Stk Artikel Nr. 8"
    r"|[\d\s/.,:;|-]+|[a-z]{1,2}|dez\.?\s*\d*|[-–\s]*anlage\w*\s*[\w.]{0,4}[-–\s]*|(?:gedruckt auf )?(?:100 )?(?:prozent )?recyclingpapier|gedruckt auf 100 prozent"
    r"|[-–\s]*[a-z-]*(?:\s*(?:und|\|)\s*[a-z-]+)*(?:amt|behorde|buro|stabsstelle|dezernat|referat|abteilung|dienststelle)"
    r"(?:\s*[|/].*)?[-–\s]*)\s*:?\s*$")


def title_of(lines: list[str], folded: list[str], table_head: int | None, table_end: int | None,
             joined: str | None = None) -> str | None:
    """The Betreff: a "Betreff:" line; else the text printed right after or right before the
    Beratungsfolge (Niedersachsen's and Karlsruhe's layouts); else the first line. ``joined``:
    ``"\\n" + "\\n".join(folded)``, if the caller has it."""
    for number in _label_lines(folded, min(len(lines), len(folded)), joined):
        line, fline = lines[number], folded[number]
        found = _BETREFF.match(fline)
        if found:
            return line.split(":", 1)[1].strip()
        if _BETREFF_ALONE.match(fline.strip()):
            # The title on the next lines, up to a blank line or the next label ("Vorlage Nr.:").
            following_lines: list[str] = []
            for following in range(number + 1, min(len(lines), number + 6)):
                text = lines[following].strip()
                if not text:
                    if following_lines:
                        break
                    continue
                if _LABEL.match(text) or _NOT_TITLE.match(folded[following].strip()) or find_heading(folded[following]):
                    break
                following_lines.append(text)
                if len(following_lines) == 3:
                    break
            if following_lines:
                return join_lines(following_lines)
    if table_end is not None:
        # Lower Saxony's layout: the Betreff stands between the table and the Beschlussvorschlag.
        stop = next((n for n in range(table_end, min(len(lines), table_end + 12))
                     if find_heading(folded[n]) or is_end(folded[n])), None)
        if stop is not None:
            parts: list[str] = []
            for number in range(stop - 1, max(table_head or 0, stop - 5), -1):
                text = lines[number].strip()
                if not text or _DATE_ANY.search(text) or _HEADER_WORDS.search(folded[number]) or "☐" in text or "☒" in text:
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
            if not text or _LABEL.match(text) or _NO_TITLE_LINE.fullmatch(folded[number]):
                break
            parts.insert(0, text)
        while parts and len(parts[0].split()) < 2:
            parts.pop(0)
        title = join_lines(parts)
        if len(title.split()) >= 3:
            return title
    first = next((line.strip() for line, fline in zip(lines, folded, strict=False)
                  if fline and not fline.startswith("|") and not find_heading(fline) and "beratungsfolge" not in fline
                  and not _NOT_TITLE.match(fline.strip()) and not is_end(fline) and not _PAPER_LABEL.match(fline)
                  and not _PAGE_FURNITURE.fullmatch(fline.strip())),
                 None)
    if first is None:
        return None
    # "Auszug - Haushaltssatzung 2015", "22.11.2016 - 8 Gründung der ...", "TOP Ö 4: Wirtschaftsplan
    # 2013": the page's label before the agenda item's title.
    return _TITLE_PREFIX.sub("", first).strip() or first


#: A line that begins like a Betreff label, after the line break before it: the engine jumps from
#: one line break to the next (a look at every line in Python cost more).
_LABEL_START = re.compile(r"\n(?:betr|gegenstand|titel|thema)")


def _label_lines(folded: list[str], count: int, joined: str | None = None) -> list[int]:
    """The numbers of the first ``count`` folded lines (none holds a line break) that begin with
    "betr", "gegenstand", "titel" or "thema", ascending. ``joined``: ``"\\n" + "\\n".join(folded)``,
    if the caller has it."""
    text = "\n" + "\n".join(folded) if joined is None else joined
    numbers = []
    line = previous = 0
    for found in _LABEL_START.finditer(text):
        line += text.count("\n", previous, found.start())
        previous = found.start()
        if line >= count:
            break
        numbers.append(line)
    return numbers


#: What a council information system's page prints where a paper has its title, and never is
#: one: its section labels ("Inhalt", "Tagesordnungspunkt", "Niederschrift", "Debatte:"), a
#: reference ("Vorlage - IV/STR/80/1403/08"), an archive's banner ("Politik bei uns wird nicht
#: mehr aktiv betreut ..."), the session line ("Daten angezeigt aus Sitzung: ..."), an image,
#: a city's name ("Universitätstadt Marburg"), "Wie Vorlage".
_PAGE_FURNITURE = re.compile(
    r"(?:inhalt|tagesordnungspunkt|debatte|auszug|beschluss|abstimmungsergebnis|beratungsreihenfolge|daten"
    r"|kommune|ratsinformation|burgerinformation|sachverhalt|pressetaugliche texte)\s*:?"
    r"|(?:dafur|dagegen|enth\.?|enthaltungen?|ja|nein)\s*:.*|wir wurden gerne weitermachen\b.*"
    r"|(?:vorlage|beschlussvorlage|drucksache|sitzungsvorlage|mitteilungsvorlage)\s+-\s+\S+"
    r"|politik bei uns wird nicht mehr .*|daten angezeigt aus sitzung\b.*|sitzungstermine (?:in|der|des)\b.*"
    r"|!\[.*|(?:universitatsstadt|universitatstadt|kreisstadt|hochschulstadt|landkreis|kreis)(?:\s+[a-z-]+){1,2}"
    r"|wie (?:vorlage|antrag|beschlussvorschlag|beschlussempfehlung)\b.{0,20}|zu \d{1,2}\s*[).:]?")
_TITLE_PREFIX = re.compile(r"^(?:Auszug\s+-\s+|\d{1,2}\.\d{1,2}\.\d{4}\s+-\s+\d{1,3}[a-z]?\s+|TOP\s+[ÖöNn]?\s*\d[\d.]*\s*:\s+)")


_DATE_ANY = re.compile(r"\d{1,2}\.\d{1,2}\.\d{2,4}")
_HEADER_WORDS = re.compile(
    r"beratungsfolge|^(?:beratung und (?:beschluss|empfehlung)\S*|vorberatung|entscheidung|anhorung"
    r"|kenntnisnahme|beratung|fassung|sung|einstimmig\S*)$"
)


#: :data:`DATE_LINE` for the folded lines joined after a line break (``Joined.folded``): one
#: search over the text instead of one per line; within a line it matches as ``DATE_LINE`` on
#: the line alone (white space and ``.`` kept from the line break), and at most once per line.
_DATE_LINES = re.compile(
    r"\n[^\S\n]*(?:datum|sitzung(?:stermin|sdatum)?|beratung am|termin|sitzung am)\b[^\n]*?"
    r"(\d{1,2})\.[^\S\n]?(\d{1,2})\.[^\S\n]?(\d{4})"
)


def session_date(folded: list[str], decider_rows: tuple[Consultation, ...],
                 consultations: tuple[Consultation, ...] | list[Consultation],
                 joined: str | None = None) -> tuple[int, int, int] | None:
    """The date that selects the law: the deciding session's, else a "Datum:"/"Sitzung am" line's,
    else the last session of the Beratungsfolge. ``joined``: ``"\\n" + "\\n".join(folded)``,
    if the caller has it."""
    for row in reversed(decider_rows):
        if row.date is not None:
            return row.date
    fallback = max((c.date for c in consultations if c.date is not None), default=None)
    text = "\n".join(["", *folded]) if joined is None else joined
    for found in _DATE_LINES.finditer(text):
        day = (int(found.group(3)), int(found.group(2)), int(found.group(1)))
        try:
            dt.date(*day)
        except ValueError:
            continue
        return day
    return fallback or _weekday_session_line(folded)


#: A session's date line in the head of a web page or minutes: "Montag, 09. September 2019 ,
#: 18:00 Uhr" (folded). Only the paper's first lines count, where the session is announced;
#: deeper down such a line is as likely an event of the Sachverhalt.
#: The days of the week (folded), as a regular-expression group.
WEEKDAY = r"(?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag)"
_WEEKDAY_LINE = re.compile(
    r"^\s*" + WEEKDAY + r",?\s+(\d{1,2})\.\s?(\d{1,2}\.|" + "|".join(MONTH_NUMBER) + r")\s?(\d{4})\b"
)
_HEAD_LINES = 12


def _weekday_session_line(folded: list[str]) -> tuple[int, int, int] | None:
    """The date of a "Montag, 09. September 2019" line among the paper's first lines, when no
    Beratungsfolge row and no "Datum:" line gives one."""
    for line in folded[:_HEAD_LINES]:
        found = _WEEKDAY_LINE.match(line)
        if found:
            month_text = found.group(2)
            month = int(month_text[:-1]) if month_text[0].isdigit() else MONTH_NUMBER[month_text]
            day = (int(found.group(3)), month, int(found.group(1)))
            try:
                dt.date(*day)
            except ValueError:
                continue
            return day
    return None



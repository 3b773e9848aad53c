"""The agenda items of minutes: the lines where each item begins, and its title.

Council information systems and town halls number the items of a session in several ways, and
the reader takes each item's decision under its own title (:func:`.sections.agenda_sections`):

- "TOP 4 Genehmigung der Niederschrift", "TOP Ö 3: Bebauungsplan Nr. 12", "TOP N 1 Erwerb …";
- "Ö 5 Beitritt zur Energieagentur" (SessionNet), "Tagesordnungspunkt 6: …", "Punkt 7: …";
- the number alone on its line, the title on the next ("TOP Ö 3" / "Neufassung der
  Friedhofsgebührensatzung", "Tagesordnungspunkt 3:" / "Vergabe …");
- in Baden-Württemberg's minutes the running paragraph of the session book ("§ 103
  Beteiligungsbericht 2024"), read as an item only in minutes (a head that names a session or
  minutes) and where the numbers rise;
- items numbered "3. Neufassung der Friedhofsgebührensatzung" at the start of the line, read as
  items only in minutes that list the agenda first ("Tagesordnung" and the same numbered titles),
  since a proposal's numbered points look the same.
"""

from __future__ import annotations

import re

__all__ = ["AGENDA_ITEM", "agenda_lines", "has_agenda"]

#: An agenda item's number with its title on the same line, or alone (the title follows).
AGENDA_ITEM = re.compile(
    r"^[ \t]*(?:TOP|Top|Tagesordnungspunkt|TO-Punkt|Punkt)[ \t]*(?:[ÖN][ \t]*)?\d{1,3}(?:\.\d{1,2})*[a-z]?[ \t]*[.:)]?"
    r"(?:[ \t]+(?P<title>\S.{2,}?))?\s*$")
#: SessionNet's public (Ö) and non-public (N) items: "Ö 5 Beitritt zur Energieagentur".
_TOP_NUMBER = re.compile(r"TOP[ \t]*(?:[ÖN][ \t]*)?\d")
_SESSIONNET_ITEM = re.compile(r"^[ \t]*[ÖN][ \t]?\d{1,3}(?:\.\d{1,2})*[ \t]*[.:)]?(?:[ \t]+(?P<title>\S.{2,}?))?\s*$")
#: Baden-Württemberg's paragraph of the session book: "§ 103 Beteiligungsbericht 2024" (not a
#: statute cited at a line's start: "§ 36 BauGB", "§ 3 Abs. 2").
_PARAGRAPH_ITEM = re.compile(r"^§[ \t]*(?P<number>\d{1,4})[ \t]+(?P<title>[A-ZÄÖÜ][^\s.]*(?:\s.+?)?)\s*$")
#: A statute's abbreviation as the first word ("§ 36 BauGB", "§ 24 GemO"): two capitals or more.
_ABBREVIATION = re.compile(r"^\S*[A-ZÄÖÜ]\S*[A-ZÄÖÜ]")
#: An item numbered at the line's start: "3. Neufassung der Friedhofsgebührensatzung".
_NUMBERED_ITEM = re.compile(r"^(?P<number>\d{1,2})\.[ \t]+(?P<title>[A-ZÄÖÜ].{2,}?)\s*$")
#: A head that says the text is minutes (not a paper that quotes a Satzung's paragraphs or numbers its
#: points).
_MINUTES_HEAD = re.compile(r"(?i)niederschrift|protokoll|sitzungsbericht")
#: Where an agenda item may begin other than with "TOP".
_MAYBE_ITEM = re.compile(r"[ \t]*(?:Punkt[ \t]+\d|[ÖN][ \t]?\d{1,3}\b|§[ \t]*\d)")
_AGENDA_LIST = re.compile(r"(?im)^\s*tagesordnung\s*:?\s*$")


def has_agenda(text: str) -> bool:
    """Whether ``text`` may be minutes with several agenda items (cheap: most papers have no
    agenda item's number at a line's start, so :func:`agenda_lines` is not asked). The words
    "Tagesordnungspunkt" and an agenda list with items numbered "1." let it ask anyway; every other
    marker is looked for with ``str.find`` and counts only where it begins a line."""
    if "Tagesordnungspunkt" in text or "TO-Punkt" in text or ("agesordnung" in text and "\n1. " in text):
        return True
    tops = 0
    for marker in ("TOP", "§", "Ö", "N ", "Punkt"):
        at = text.find(marker)
        while at >= 0:
            start = text.rfind("\n", 0, at) + 1
            if not text[start:at].strip(" \t"):
                if marker == "TOP":
                    tops += _TOP_NUMBER.match(text, at) is not None
                    if tops == 2:
                        return True
                elif _MAYBE_ITEM.match(text, start):
                    return True
            at = text.find(marker, at + len(marker))
    return False


def _title_after(lines: list[str], number: int) -> str | None:
    """The title on the next line with text after a number alone ("TOP Ö 3" / "Neufassung …")."""
    for following in lines[number + 1:number + 3]:
        stripped = following.strip()
        if stripped:
            if stripped.endswith(":") or stripped.lower().startswith(("beschluss", "sachverhalt", "sachvortrag")):
                return None
            return stripped
    return None


def _numbered(lines: list[str], pattern: re.Pattern[str], *, listed: bool) -> list[tuple[int, str]]:
    """Lines that ``pattern`` matches, with rising numbers; with ``listed``, only the ones whose
    title the agenda list above already named (the second time a title is printed)."""
    found = [(n, m) for n, line in enumerate(lines) if line[:1] in "0123456789§" and (m := pattern.match(line))
             and not _ABBREVIATION.match(m.group("title"))]
    if listed:
        seen: set[str] = set()
        repeated = []
        for number, match in found:
            key = " ".join(match.group("title").split()[:4])
            if key in seen:
                repeated.append((number, match))
            seen.add(key)
        found = repeated
    items: list[tuple[int, str]] = []
    last = -1
    for number, match in found:
        value = int(match.group("number"))
        if value <= last:
            continue
        last = value
        items.append((number, match.group("title")))
    return items if len(items) >= 2 else []


def agenda_lines(lines: list[str]) -> list[tuple[int, str]]:
    """(line, title) of each agenda item of minutes, in order; empty for a paper that is not
    minutes with at least two agenda items."""
    tops: list[tuple[int, str]] = []
    for number, text in enumerate(lines):
        head = text.lstrip()[:20]
        if not head.startswith(("TOP", "Top", "Tagesordnungspunkt", "TO-Punkt", "Punkt", "Ö", "N ")):
            continue
        found = AGENDA_ITEM.match(text) or _SESSIONNET_ITEM.match(text)
        if found is None:
            continue
        title = found.group("title") or _title_after(lines, number)
        if title:
            tops.append((number, title))
    if len(tops) >= 2:
        return tops
    head = "\n".join(lines[:25])
    if not _MINUTES_HEAD.search(head):
        return []
    paragraphs = _numbered(lines, _PARAGRAPH_ITEM, listed=False)
    if paragraphs:
        return paragraphs
    if _AGENDA_LIST.search("\n".join(lines[:80])):
        return _numbered(lines, _NUMBERED_ITEM, listed=True)
    return []

"""Cutting a Beschlussvorschlag's lines into chunks, one per decision item: a numbered list
("1.", "2)", "a)", "(1)", "I.", "1.1"; a number counts only in sequence, so "3. Änderung" in a
wrapped title is no item, and the paragraphs of a Satzung the proposal quotes are none), else
sentences whose subject is a different deciding body ("... bleiben. Der Haupt- und
Finanzausschuss empfiehlt ..."), or short titles that each head a decision. A signature or footer
after the last sentence is dropped first. Which body decides each chunk is :mod:`.items`' work.
"""

from __future__ import annotations

import re

import attrs

from ..rulebase.types import Lexicon, Profile
from ..text.normalize import fold
from .bodies import find_mentions, subject_of
from .ocr import match_form
from .sections import MARKER, marker_at

__all__ = ["Chunk", "heads_its_decision", "split_numbered", "split_sentences", "trim_footer"]


_MONTH_DATE = re.compile(
    r"^\s*(?:\d{1,2}\.\s*)?(?:januar|februar|marz|april|mai|juni|juli|august|september|oktober|november|dezember)"
    r"\s+\d{4}\s*$"
)


_SENTENCE_END = re.compile(r"[.:;!)]\s*$")
#: A name alone on a line, as signed under a paper ("Karl-Heinz Bothmann").
_SIGNED_NAME = re.compile(r"^[A-ZÄÖÜ][a-zäöüß]+(?:-[A-ZÄÖÜ][a-zäöüß]+)?(?: [A-ZÄÖÜ][a-zäöüß]+(?:-[A-ZÄÖÜ][a-zäöüß]+)?){1,2}$")
_FULL_STOP_END = re.compile(r"[.!]\s*$")


def trim_footer(content: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """Drop a signature or footer after the last sentence ("Norbert Pallentin", "Hauptamt -
    Ratsangelegenheiten -", "13. September 2013"); not the lines after a colon, which it
    announces."""
    def dated(line: str) -> bool:
        # An ASCII line folds to itself in lower case with its blanks collapsed: it can end
        # with a year only if it ends with four digits (most lines do not; no need to fold them).
        if line.isascii() and not line.rstrip()[-4:].isdigit():
            return False
        return bool(_MONTH_DATE.match(fold(line)))

    # The last line that ends a sentence or starts a numbered point (looked for from the end: it
    # is mostly among the last few lines of a proposal).
    last_sentence = None
    for index in range(len(content) - 1, -1, -1):
        line = content[index][1]
        if not dated(line) and (_SENTENCE_END.search(line.strip()) or MARKER.match(line)):
            last_sentence = index
            break
    if last_sentence is None:
        return content
    tail = content[last_sentence + 1:]
    if content[last_sentence][1].rstrip().endswith(":"):
        # What a colon announces ("Der Rat beschließt:" / "Neubau der Feuerwache Nord") is no
        # footer; blank lines after it and a name signed under a list it announces are.
        end = len(content)
        while end > last_sentence + 1 and not content[end - 1][1].strip():
            end -= 1
        if end - last_sentence > 2 and _SIGNED_NAME.match(content[end - 1][1].strip()):
            end -= 1
        return content[:end]
    if tail and all(dated(line) or (len(line.strip()) < 45 and not re.search(r"[.;:]\s*$", line.strip())
                                    and not MARKER.match(line) and not line.strip()[:1].islower())
                    for _, line in tail) and not content[last_sentence][1].rstrip().endswith("-"):
        return content[:last_sentence + 1]
    return content


@attrs.define
class Chunk:
    lines: list[tuple[int, str]]
    numbered: bool = False
    column_override: int | None = None
    #: The decision's own first line, after a short title of it ("Entlastungserteilung für das
    #: Haushaltsjahr 2019" / "Der Stadtrat erteilt ..."): its subject is looked for from there.
    subject_from: int = 0


#: A group label on a line of its own: "Zu 1)", "zu 2.:".
_GROUP_LABEL = re.compile(r"^\s*[Zz]u\s+(\d{1,2})\s*[).:]{0,2}\s*$")


def split_numbered(content: list[tuple[int, str]]) -> tuple[list[tuple[int, str]], list[Chunk]]:
    """The lead-in before a numbered list, and the items (numbered, or the whole as one)."""
    style = None
    expected = 1
    preamble: list[tuple[int, str]] = []
    chunks: list[Chunk] = []
    previous = ""
    quoted = False  # inside the text of a Satzung the proposal quotes ("§ 1 Steuergegenstand")
    group_starts = False  # a "Zu 2)" label before the text of the next group
    # Every point numbered "1." so far: a web page's list that lost its numbering (an HTML list
    # whose items all print as "1."): "  1. Der Vorentwurf ... wird gebilligt." / "  1. Der
    # Entwurf ... ist auszulegen." A "1." at the same indentation is the next point.
    ones = False
    for number, line in content:
        label = _GROUP_LABEL.match(line)
        if label is not None:
            # "Zu 1)" / "1.1 ..." / "Zu 2)" / text: the label says where a group begins; it is no
            # text. Unnumbered text after the next group's label is an item of its own.
            if style == "nest" and int(label.group(1)) == expected // 1000 + 1:
                group_starts = True
            continue
        if group_starts and marker_at(line) is None:
            group_starts = False
            expected = (expected // 1000 + 1) * 1000 + 1
            previous = line
            chunks.append(Chunk([(number, line)]))
            continue
        group_starts = False
        if _STATUTE_PARAGRAPH.match(line):
            quoted = True
        marker = marker_at(line)
        if marker is not None and _continues(previous, line, marker):
            marker = None
        if marker is not None and quoted and not (
                marker[0] == style and marker[1] == expected and _DECISION_VERB.search(fold(line))):
            # "(1) Das Halten von Hunden ist steuerpflichtig." is a paragraph of the quoted
            # Satzung, not an item; only the next item of the proposal's own list ends it.
            marker = None
        previous = line
        if marker is not None:
            kind, value, _ = marker
            first = 1001 if kind == "nest" else 1  # nested numbers "1.1" start a list too
            if style is None and value == first:
                style, expected = kind, value + 1
                ones = kind.startswith("num")
                chunks.append(Chunk([(number, line)], numbered=True))
                continue
            if kind == style and (value == expected or (kind == "nest" and value == (expected // 1000 + 1) * 1000 + 1)
                                  or (value == 1 and ones and _indent(line) == _indent(chunks[-1].lines[0][1]))):
                ones = ones and value == 1
                expected = value + 1
                quoted = False
                chunks.append(Chunk([(number, line)], numbered=True))
                continue
        if chunks:
            chunks[-1].lines.append((number, line))
        else:
            preamble.append((number, line))
    return preamble, chunks


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip())


#: The heading of a paragraph or article of a quoted Satzung: "§ 1 Steuergegenstand", "Artikel 2".
_STATUTE_PARAGRAPH = re.compile(
    r"^\s*(?:§|Art\.|Artikel)\s*\d+[a-z]?\s*(?:$|[A-ZÄÖÜ][a-zäöüß-]+(?:\s+(?!Abs\b)[A-ZÄÖÜa-zäöüß-]+){0,6}\s*$)")
#: What a decision item of the proposal itself says (not a paragraph of a quoted text).
_DECISION_VERB = re.compile(
    r"(?<![a-z])(?:beschliesst|beschliessen|beauftragt|ermachtigt|stimmt|stimmen|wird|werden|nimmt|bestellt|wahlt)(?![a-z])")


_MONTHS = r"(?:januar|februar|marz|april|mai|juni|juli|august|september|oktober|november|dezember)"


def _continues(previous: str, line: str, marker: tuple[str, int, int]) -> bool:
    """Whether a line starting like a numbered item really continues the previous sentence:
    "... tritt am" / "1. Januar 2025 in Kraft", "Bebauungsplan Nr. 0125," / "3. Änderung"."""
    rest = fold(line[marker[2]:]).strip()
    if marker[0].startswith("num") and re.match(_MONTHS + r"\b|(?:anderung|erganzung|nachtrag|lesung|stufe|bauabschnitt|og|obergeschoss|quartal|halbjahr)\b", rest):
        return True
    tail = fold(previous).strip()
    return bool(re.search(r"(?:^|\s)(?:am|zum|vom|ab|bis|zur|nr\.|den|dem|des|der|die|das|und|oder|mit|von)$", tail))


def split_sentences(content: list[tuple[int, str]], lexicon: Lexicon, profile: Profile | None,
                     land: str | None, titled_decisions: bool = False) -> list[Chunk]:
    """Unnumbered text: a new item where a new sentence names a different deciding body (also a
    sentence that begins inside a line: "... unverändert bleiben. Der Haupt- und Finanzausschuss"
    / "empfiehlt dem Rat der Stadt ...")."""
    chunks: list[Chunk] = []
    current_subject: tuple[str, ...] | None = None
    previous_ends = True
    titled = _titled_decisions(content) if titled_decisions else set()
    columns: dict[int, int] = {}
    if any((". D" in line or "! D" in line or "? D" in line) and _MIDLINE_SENTENCE.search(line) for _, line in content):
        content, columns = _sentence_pieces(content)
    for position, (number, line) in enumerate(content):
        if position in titled:
            # "Feststellung des Jahresabschlusses 2019" / "Der Stadtrat stellt ... fest." /
            # "Entlastungserteilung ..." / "Der Stadtrat erteilt ...": each titled decision is
            # an item of its own.
            chunks.append(Chunk([(number, line)], subject_from=1))
            previous_ends = False
            continue
        if position - 1 in titled and chunks and len(chunks[-1].lines) == 1:
            chunks[-1].lines.append((number, line))
            folded = match_form(line)
            mentions = find_mentions(folded, lexicon, profile, land)
            subject = subject_of(folded, mentions, lexicon, profile, land) if mentions else None
            current_subject = subject.body.kinds if subject is not None and subject.body else None
            previous_ends = bool(_FULL_STOP_END.search(line.strip()))
            continue
        starts_new = False
        if previous_ends and chunks:
            folded = match_form(line)
            if position in columns and position + 1 < len(content) and not re.search(r"[.!?]\s*$", line):
                # The sentence's verb is on the next line: "Der Haupt- und Finanzausschuss" /
                # "empfiehlt dem Rat ...".
                folded = match_form(line + " " + content[position + 1][1])
            mentions = find_mentions(folded, lexicon, profile, land)
            subject = subject_of(folded, mentions, lexicon, profile, land) if mentions else None
            if subject is not None and subject.body is not None and (
                    subject.mention.start <= 5 or (subject.recommended_by is not None and mentions[0].start <= 5)):
                # (a recommendation names its recommender first: "Der Haupt- und Finanzausschuss
                # empfiehlt dem Rat ...")
                kinds = subject.body.kinds
                if current_subject is not None and kinds != current_subject:
                    starts_new = True
                current_subject = kinds
        elif not chunks:
            folded = match_form(line)
            mentions = find_mentions(folded, lexicon, profile, land)
            subject = subject_of(folded, mentions, lexicon, profile, land) if mentions else None
            current_subject = subject.body.kinds if subject is not None and subject.body else None
        if starts_new or not chunks:
            chunks.append(Chunk([(number, line)], column_override=columns.get(position)))
        else:
            chunks[-1].lines.append((number, line))
        previous_ends = bool(_FULL_STOP_END.search(line.strip()))
    return chunks


#: A sentence that begins inside a line with a subject ("... bleiben. Der Haupt- und ...", also
#: after a word in capitals: "... zum Netzwerk Innenstadt NRW. Der Rat bestellt ...").
_MIDLINE_SENTENCE = re.compile(
    r"(?<=[A-Za-zÄÖÜäöüß0-9)“\"]{2}[.!?])[ \t]+(?=(?:Der|Die|Das)\s+(?:\S+\s+){0,3}?\S*(?i:rat|ausschuss|vertretung|versammlung"
    r"|kreistag|beirat)(?![a-zäöüß]))")


def _sentence_pieces(content: list[tuple[int, str]]) -> tuple[list[tuple[int, str]], dict[int, int]]:
    """``content`` with each line cut where a sentence begins inside it; for each piece that
    begins inside its line, its 1-based column there."""
    pieces: list[tuple[int, str]] = []
    columns: dict[int, int] = {}
    for number, line in content:
        start = 0
        for found in _MIDLINE_SENTENCE.finditer(line):
            pieces.append((number, line[start:found.start()]))
            start = found.end()
            columns[len(pieces)] = start + 1
        pieces.append((number, line[start:]))
    return pieces, columns


def _titled_decisions(content: list[tuple[int, str]]) -> set[int]:
    """The positions of short titles that each head a decision, when there are at least two such
    (one title over the proposal is its subject line, not a separator)."""
    titles: set[int] = set()
    if len(content) < 4:  # two titles and their decisions
        return titles
    for position in range(len(content) - 1):
        if heads_its_decision(content[position][1], content[position + 1][1]) and (
                position == 0 or re.search(r"[.!]\s*$", content[position - 1][1].strip())):
            titles.add(position)
    return titles if len(titles) >= 2 else set()


def heads_its_decision(line: str, following: str) -> bool:
    """Whether ``line`` is a short title over the decision that ``following`` begins with its
    body acting ("Aufstellungsbeschluss" / "Der Ausschuss für Stadtentwicklung … beschließt …",
    "Kommandant" / "Der Marktgemeinderat bestätigt …")."""
    following = following.lstrip()
    after_consultation = following.startswith(("Auf ", "Nach ", "Entsprechend "))
    if following[:4] not in ("Der ", "Die ", "Das ") and not after_consultation:
        return False
    line = line.strip()
    if not line or len(line) > 80 or line[-1] in ".:;!?,“\"" or not line[:1].isupper() or marker_at(line):
        return False
    pattern = _CONSULTED_DECISION if after_consultation else _TITLED_DECISION
    return pattern.match(match_form(following)) is not None


#: A decision that names its preliminary consultation first: "Auf Empfehlung des Ausschusses für
#: Stadtentwicklung, Planen, Bauen und Umwelt beschließt der Rat: …".
_CONSULTED_DECISION = re.compile(r"(?:auf|nach|entsprechend)\s+[^.;:!?]{0,200}?\s(?:beschliesst|fasst|stimmt|genehmigt"
                                 r"|billigt|bestatigt|wahlt)\s+(?:der|die)\s")
#: A decision's first words after its title: its body acting.
_TITLED_DECISION = re.compile(r"(?:der|die|das)\s+(?:\S+\s+){0,10}?(?:beschliesst|beschliessen|stimmt|stimmen|nimmt"
                              r"|genehmigt|billigt|bestatigt|wahlt|stellt|erteilt|beauftragt|lehnt|empfiehlt)(?![a-z])")

"""Where a proposal's decision begins, what under its heading is no heading, and which of two
papers printed into one file is the file's own (:func:`first_paper`).

A line that begins with a word of an explanation's heading ("Kosten", "Anlage", "Klimaschutz",
"Verfahren", ...) ends the Beschlussvorschlag: what follows is explanation. Some papers print the
subject under the heading before the decision, and some subjects begin with such a word:

    Beschlussvorschlag:
    Klimaschutzkonzept der Gemeinde
    Der Rat beschließt das Klimaschutzkonzept der Gemeinde Musterstadt.

    Der Rat beschließt:
    Anlage eines Spielplatzes am Lindenweg

Such a line is a subject, not a heading, when the word is part of a compound
("Klimaschutzkonzept") or an article or a preposition follows it ("Kosten der Unterkunft",
"Anlage eines Spielplatzes"), it has no colon, and it stands where a decision is due: first
under the heading with a decision on the next lines, or right after a lead-in that ends with a
colon ("Der Rat beschließt:"). "Kosten:", "Kosten und Finanzierung", "Anlage 1", "Anlagen",
"Abstimmungsergebnis" stay headings; so do the headings of an explanation itself
("Sachverhalt", "Begründung", "Finanzielle Auswirkungen"), which are not in the list.
"""

from __future__ import annotations

import re

__all__ = ["DECISION_START", "first_paper", "is_subject_line"]

#: How the text under a status line begins when it is the decision (and not the minutes' account
#: of the debate, "Herr Grubert erläutert einleitend."): a quotation, a numbered point, a body
#: that decides or recommends ("Der Haupt- und Finanzausschuss empfiehlt der
#: Stadtverordnetenversammlung ..."), or a passive decision ("Die Satzung wird beschlossen.").
DECISION_START = re.compile(
    r"^[\"'„“‚«»]|^(?:der|die|das)\s+(?:\S+\s+){0,6}?(?:beschliesst|beschliessen|empfiehlt|empfehlen|stimmt|stimmen"
    r"|nimmt|nehmen|genehmigt|billigt|bestatigt|wahlt|wahlen|beauftragt|lehnt|befindet|fasst|beruft|bestellt"
    r"|erteilt|stellt|spricht|sprechen|verweist|vertagt|ermachtigt|macht|entsendet|entsenden|benennt|benennen"
    r"|bestimmt|bestimmen"
    # the minutes' past tense: "Der Marktgemeinderat fasste den einstimmigen Beschluss, ..."
    r"|beschloss|beschlossen|fasste|fassten|stimmte|stimmten|nahm|genehmigte|billigte|lehnte|beauftragte"
    r"|wahlte|empfahl|bestatigte|erteilte|verwies|vertagte)(?![a-z])"
    # a fronted adverb: "Einstimmig beschloss der Gemeinderat, ..."
    r"|^(?:\S+\s+){1,3}?(?:beschloss|beschliesst|fasste|fasst|empfiehlt|empfahl|stimmte|stimmt)\s+(?:der|die|das)\s"
    r"|^(?:\S+\s+){1,12}?(?:wird|werden)\s+(?:\S+\s+){0,8}?(?:beschlossen|genehmigt|zugestimmt|festgestellt"
    r"|festgesetzt|gebilligt|bestatigt|gewahlt|abgelehnt|erteilt|beauftragt|beigetreten|bestellt"
    r"|zur kenntnis genommen)(?![a-z])")

#: Heading words that also begin subjects, with what follows them (folded text).
_SUBJECT_START = re.compile(
    r"^(?:anlage|kosten|finanzierung|klimaschutz|verfahren|zustandigkeit|nachhaltigkeit|hinweis|darstellung"
    r"|gleichstellung|protokoll|abstimmung|historie|alternativen)(?P<tail>[a-z]*)(?:\s+(?P<next>\S+))?")
#: What follows a heading word in a subject: an article or a preposition.
_ARTICLE = frozenset({"der", "des", "die", "das", "dem", "den", "eines", "einer", "einem", "zur", "zum", "fur",
                      "von", "vom", "am", "im", "an", "auf", "in", "bei", "zu", "uber", "mit"})
#: The verb of a lead-in that announces the decision ("Der Rat beschließt:").
_LEAD_IN_VERB = re.compile(r"(?<![a-z])(?:beschliesst|beschliessen|empfiehlt|empfehlen)(?![a-z])")
#: Endings that leave the heading word a heading ("Anlagen", "Kostens", "Abstimmungsergebnis").
_HEADING_TAILS = frozenset({"", "n", "en", "e", "s", "es", "sergebnis", "ergebnis", "sverlauf"})


def is_subject_line(folded: list[str], number: int, lines_so_far: int, last_line: str) -> bool:
    """Whether ``folded[number]``, which :func:`~.sections.is_end` takes for a heading, is the
    subject under the heading (see the module docstring). ``lines_so_far``: how many lines the
    proposal has; ``last_line``: the last of them, or its heading's line (folded)."""
    text = folded[number].strip()
    found = _SUBJECT_START.match(text)
    if found is None or text.endswith(":"):
        return False
    if found.group("tail") in _HEADING_TAILS and found.group("next") not in _ARTICLE:
        return False
    if last_line.rstrip().endswith(":") and _LEAD_IN_VERB.search(last_line):
        return True
    if lines_so_far:
        return False
    following = next((line.strip() for line in folded[number + 1:number + 4] if line.strip()), "")
    return DECISION_START.match(following) is not None


#: The head of a paper: the kind of paper alone on its line, with its number or its Beratungsfolge
#: within the next lines ("BESCHLUSSVORLAGE" / "Vorlage Nr.: 22/2019" / "Beratungsfolge dieser
#: Vorlage").
_PAPER_KIND = frozenset({"beschlussvorlage", "beschlussvorlage:", "vorlage", "drucksache"})
_PAPER_HEAD = re.compile(r"^(?:vorlage\s*(?:nr|nummer)|drucksache\s*(?:nr|nummer)|ds\s*\d|beratungsfolge)")


def first_paper(folded: list[str]) -> tuple[int, int] | None:
    """The lines of the file's first paper (its head's line and the next paper's), where the file
    holds two papers, each with its head ("BESCHLUSSVORLAGE", "Vorlage Nr.", "Beratungsfolge
    dieser Vorlage"): a locality council's own Vorlage followed by the council's on the same
    subject, printed into one file. The paper the file is comes first; the one after it is an
    attachment, so the proposal is looked for in the first. None for a file with one head."""
    heads = [number for number, text in enumerate(folded)
             if text.strip() in _PAPER_KIND
             and any(_PAPER_HEAD.match(line.strip()) for line in folded[number + 1:number + 12])]
    return (heads[0], heads[1]) if len(heads) > 1 else None

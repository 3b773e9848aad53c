"""Status lines: what a council information system or the minutes say became of a proposal
("einstimmig beschlossen", "Ergebnis: mehrheitlich angenommen"), which is not the proposal's text.
"""

from __future__ import annotations

import re

__all__ = ["STATUS", "is_status"]


#: A status line of a council information system or of minutes ("mehrheitlich beschlossen",
#: "ungeändert beschlossen", "Ergebnis: einstimmig angenommen"): what became of the proposal, not
#: its text.
STATUS = re.compile(
    r"^(?:status|ergebnis|beschlussstatus|abstimmung)?\s*:?\s*(?:(?:einstimmig|mehrheitlich|ungeandert|geandert"
    r"|mit anderungen|wie vorgeschlagen|so"
    r"|bei (?:\d+|einer|zwei|drei|vier|funf|sechs|sieben|acht|neun|zehn) (?:enthaltung|gegenstimme)(?:en|n)?)\s*,?\s*)*"
    r"(?:beschlossen|abgelehnt|angenommen|zuruckgestellt|zuruckgezogen|vertagt|zur kenntnis genommen|erledigt"
    r"|verwiesen|abgesetzt|empfohlen|mehrfach beschlossen)(?:\s+(?:ohne|mit) massgaben?)?"
    # the vote after the result ("Mehrheitlich beschlossen bei 3 Gegenstimmen und 2 Enthaltungen")
    r"(?:\s*,?\s*(?:bei|mit)\s+(?:\d+|einer|zwei|drei|vier|funf|sechs|sieben|acht|neun|zehn)\s+(?:gegenstimme|enthaltung"
    r"|stimmenthaltung|nein-stimme)(?:en|n)?(?:\s*(?:,|und)\s*(?:\d+|einer|zwei|drei|vier|funf|sechs|sieben|acht|neun|zehn)"
    r"\s+(?:gegenstimme|enthaltung|stimmenthaltung|nein-stimme)(?:en|n)?)*)?\s*\.?$"
    # SessionNet and ALLRIS print the vote's label or only its kind where the status would be
    # ("Beschluss: Abstimmungsergebnis:", "Beschluss: einstimmig").
    r"|^(?:abstimmungsergebnis|einstimmig|mehrheitlich)\s*[:.]?$"
    # ... and short result phrases of other systems ("Mehrheitlich zugestimmt", "Vorberatung -
    # Kenntnis genommen und weiter"): a few words around a result participle, no subject.
    # (Written without nested repetition that can split a word many ways: each word is taken
    # whole, and only the last may run into the participle, "xzugestimmt"; the same lines match.)
    r"|^(?!(?:der|die|das|den|dem)\s)(?:(?:[a-z/]++\s*+[-–,]?+\s*+){0,4}|(?:[a-z/]++\s*+[-–,]?+\s*+){0,3}[a-z/]+?)"
    r"(?:zugestimmt|kenntnis genommen|beschlossen|abgelehnt"
    r"|angenommen|empfohlen|vertagt|zuruckgestellt|zuruckgezogen|verwiesen|erledigt)(?:\s+(?:und|weiter|ohne"
    r"|mit|massgabe|anderungen?)){0,3}\s*\.?$")


def is_status(text: str) -> bool:
    """Whether ``text`` (folded) is a status line, also between dashes as SessionNet prints it
    ("- einstimmig beschlossen -")."""
    text = text.strip().strip("-\u2013\u2014 ")
    return _may_be_status(text) and STATUS.match(text) is not None


#: The words a status line can end with (before white space and a full stop, or a colon): the
#: last word of each branch of :data:`STATUS`. Every status line ends with one of them; most lines
#: end otherwise, and are decided without the pattern.
_ENDINGS = ("beschlossen", "abgelehnt", "angenommen", "zuruckgestellt", "zuruckgezogen", "vertagt", "genommen",
            "erledigt", "verwiesen", "abgesetzt", "empfohlen", "massgabe", "massgaben", "abstimmungsergebnis",
            "einstimmig", "mehrheitlich", "zugestimmt", "und", "weiter", "ohne", "mit", "anderung", "anderungen",
            "gegenstimme", "gegenstimmen", "enthaltung", "enthaltungen", "stimmenthaltung", "stimmenthaltungen",
            "nein-stimme", "nein-stimmen")


def _may_be_status(text: str) -> bool:
    """False if ``text`` cannot match :data:`STATUS` (its last word is none of :data:`_ENDINGS`)."""
    end = text.rstrip()
    if end[-1:] in (".", ":"):
        end = end[:-1].rstrip()
    return end.endswith(_ENDINGS)

"""A decision that only refers back to the proposal above it.

Minutes and Bavarian session papers print the proposal ("Beschlussvorschlag: 1. Der
Marktgemeinderat gewährt …") and then the decision taken as a reference to it ("Beschluss: Wie
Beschlussvorschlag. Abstimmungsergebnis: 17 : 4"). The last, strongest section is the reference,
which names neither body nor matter; the proposal it points to is what was decided.
"""

from __future__ import annotations

import re

from .ocr import match_form

__all__ = ["refers_back"]

#: "Wie Beschlussvorschlag", "gemäß Beschlussvorschlag der Verwaltung", "entsprechend dem
#: Beschlussantrag", "wie vorgeschlagen", "laut Vorlage" - at the start of the section's text.
_REFERENCE = re.compile(
    r"^\W*(?:wie|gemass|entsprechend(?: dem| der)?|laut|lt\.)\s+(?:beschlussvorschlag\w*|beschlussantrag\w*"
    r"|beschlussempfehlung|vorschlag der verwaltung|verwaltungsvorschlag\w*|vorlage|vorgeschlagen|beantragt)(?![a-z])")
#: How a reference begins (its first three letters, before folding).
_STARTS = frozenset({"wie", "gem", "ent", "lau", "lt."})
#: Room for the vote after the reference ("Abstimmung: 12 : 1", "einstimmig beschlossen").
_SHORT = 160


def refers_back(lines: list[tuple[int, str]]) -> bool:
    """Whether a section's text is only a reference to the proposal (and the vote)."""
    first = next((content.lstrip() for _, content in lines if content.strip()), "")
    if not first[:1].isalpha() or first[:3].lower() not in _STARTS:
        return False  # the common case: a decision's own wording
    text = " ".join(content.strip() for _, content in lines if content.strip())
    return len(text) <= _SHORT and _REFERENCE.match(match_form(text)) is not None

"""What an item only reports: another body's past or coming act, told in the words of the matter.

"Die Stadt hat aufgrund des Ratsbeschlusses vom 11.05.2022 eine Ausfallbürgschaft übernommen. Der
Haupt- und Finanzausschuss nimmt den Bericht der Verwaltung zur Kenntnis": the guarantee is the
council's earlier decision, not the committee's matter. The matter of such an item is read without
the report (:func:`without_reports`) when what remains still names a matter; a report alone keeps
its words (nothing else says what the item is about).

A coming act is told in a relative clause: "Die Kostenüberdeckung wird in der Kalkulation für 2026
berücksichtigt, über die der Rat am 11.12.2025 beschließen wird" — the council's decision is not
the committee's, and its verb must not make the committee's taking note a decision.
"""

from __future__ import annotations

import re

from ..model import Body
from ..text.normalize import fold
from .word_order import EARLIER_TIME, IN_SENTENCE

__all__ = ["without_reports"]

#: What a past act is done with: the participles of deciding, adopting, approving, taking over.
_DONE = (r"(?:beschlossen|festgestellt|genehmigt|erlassen|geändert|übernommen|zugestimmt|bestätigt|angehoben"
         r"|gewährt|gefasst|verabschiedet|gebilligt)")
#: A sentence in the perfect whose subject is someone ("Die Stadt hat …", "Der Rat hat am … beschlossen",
#: "Das Regierungspräsidium Stuttgart hat … erlassen").
_PAST_SENTENCE = re.compile(
    r"(?:^|(?<=[.;]\s))(?:Die|Der|Das)\s+(?P<subject>[^.;]{1,80}?)\s+(?:hat|haben|hatte|hatten)\s"
    rf"{IN_SENTENCE}*?\s" + _DONE + r"(?=\s*[.;](?:\s|$))[.;]?")
#: A clause that tells such an act: "…, den der Gemeinderat am 17.12.2024 festgestellt hat",
#: "… zur Kenntnis, dass der Rat am 26.02.2025 … als Satzung beschlossen hat".
_PAST_CLAUSE = re.compile(
    r",\s*(?:den|die|das|dem|der|dass)\s+(?:der|die|das)\s+(?P<subject>[^,;]{1,80}?)\s"
    rf"(?:(?!,){IN_SENTENCE})*?" + _DONE + r"\s+(?:hat|haben|hatte|hatten)(?=\s*[.,;]|$)")


#: A sentence in the passive past that tells an earlier decision: "Der Beitritt wurde vom Rat bereits
#: 1985 beschlossen." (minutes tell the session's own decisions in the past tense too, so only a
#: word of earlier time makes it a report).
_EARLIER_PASSIVE = re.compile(
    r"(?:^|(?<=[.;]\s))(?:Die|Der|Das)\s[^.;]{1,80}?\s(?:wurde|wurden)\s"
    rf"(?=(?:(?!\s(?:und|sowie)\s){IN_SENTENCE})*?(?<!\w)(?:{'|'.join(EARLIER_TIME)})(?!\w))"
    rf"{IN_SENTENCE}*?\s" + _DONE + r"(?=\s*[.;](?:\s|$))[.;]?")
#: A clause that tells someone's coming decision: "…, über die der Rat am 11.12.2025 beschließen
#: wird", "…, über den der Gemeinderat entscheiden soll".
_COMING_VERBS = ("beschließen", "entscheiden", "befinden", "abstimmen")
_COMING_CLAUSE = re.compile(
    r",\s*(?:über|zu)\s+(?:den|die|das|dem|der|deren|dessen)\s+(?:der|die|das)\s+(?P<subject>[^,;]{1,80}?)\s"
    rf"(?:(?!,){IN_SENTENCE})*?(?:{'|'.join(_COMING_VERBS)})\s+(?:wird|werden|soll|sollen)"
    r"(?=\s*[.,;]|$)")


_PRESENT_PASSIVE = re.compile(r"(?<!\w)(?:wird|werden)(?!\w)")
_QUOTES = re.compile(r"[„“”\"»«‚‘]")


def without_reports(text: str, body: Body | None) -> str:
    """``text`` without the sentences and clauses that report a past act, or tell a coming
    decision, of someone other than ``body`` (the item's deciding body); ``text`` itself when
    nothing is left out."""
    own = fold(body.name) if body is not None else None

    def owns(found: re.Match[str]) -> bool:
        if not own:
            return False
        subject = fold(found.group("subject"))
        return own in subject or subject in own

    def others(found: re.Match[str]) -> str:
        if owns(found):
            return found.group(0)  # the body's own act, told in the perfect (minutes)
        if _PRESENT_PASSIVE.search(found.group(0)) or _QUOTES.search(found.group("subject")):
            return found.group(0)  # "… „Unser Dorf hat Zukunft“ 2025 wird beschlossen": no past act
        return " "

    def coming(found: re.Match[str]) -> str:
        return found.group(0) if owns(found) else " "

    # Each pattern needs its auxiliary verb; most items have none of them (a plain check first).
    if "hat" in text or "haben" in text:
        text = _PAST_CLAUSE.sub(others, _PAST_SENTENCE.sub(others, text))
    if "wurde" in text and any(map(text.__contains__, EARLIER_TIME)):
        text = _EARLIER_PASSIVE.sub(" ", text)
    if any(map(text.__contains__, _COMING_VERBS)):
        text = _COMING_CLAUSE.sub(coming, text)
    return text

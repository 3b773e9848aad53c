"""Recommendations: which body a recommending body passes the decision on to.

"Der Haupt- und Finanzausschuss empfiehlt dem Rat, …" is no decision of the committee: the Rat
decides, on its recommendation. Chains pass it on ("Der Bauausschuss empfiehlt, der
Verwaltungsausschuss empfiehlt, der Rat beschließt"; "… empfiehlt dem Verwaltungsausschuss, dem Rat
… zu empfehlen"; "… und dieser dem Stadtrat"), a template lists the steps with dots, the recommended
wording may name its own decider ("… folgende Beschlussfassung: Der Rat der Stadt beschließt"), and
a recommendation may take a way ("über den Verwaltungsausschuss dem Rat") or follow the body's own
step in the next sentence ("… zur Kenntnis. Er empfiehlt dem Rat, …"). :func:`recommends` says
whether the text after a body's name recommends; :func:`recommendation` finds the body that decides.
"""

from __future__ import annotations

import re

from ..text.normalize import fold
from .mentions import GENERIC_NAME, Mention, Subject
from .word_order import DECIDES_TO_RECOMMEND, TO_RECOMMEND

__all__ = ["RECOMMENDS", "recommendation", "recommends"]


#: What a body that recommends does after its name: "empfiehlt", "schlägt … vor", and the
#: recommendation as a noun ("Der Ausschuss für Stadtentwicklung fasst folgenden
#: Empfehlungsbeschluss für den Rat der Stadt Alsdorf:", "spricht folgende Empfehlung aus").
RECOMMENDS = re.compile(
    # (the rest of a committee's name as a list where the reader knows only its first word:
    # "Der Fachausschuss Freizeit, Kultur, Jugend, Soziales, Demographie empfiehlt, …")
    r"^\s*(?:(?:[a-z]+,\s+){1,6}[a-z]+\s+(?:und\s+[a-z]+\s+)?|(?:\S+\s+){0,3}?)(?:empfiehlt|empfehlen|schlagt\s+(?:\S+\s+){0,3}vor"
    r"|(?:fasst|fassen|fasste)\s+(?:\S+\s+){0,3}?empfehlungsbeschlu\w*"
    r"|(?:spricht|sprechen|sprach|gibt|geben|gab)\s+(?:\S+\s+){0,3}?empfehlung(?:en)?(?=\s+(?:aus|ab|an)\b))\b")
#: Bodies listed with "und" that recommend together where the reader does not see the second one
#: as a body (a name broken at a line end: "Der Betriebsausschuss und der Haupt-,
#: Wirtschaftsförderungs- und Beteiligungsaus- schuss empfehlen, der Rat beschließt:"): the plural
#: verb says the list recommends.
_LIST_RECOMMENDS = re.compile(
    r"^\s*(?:und|sowie)\s+(?:der|die|das)\s+(?:\S+\s+){0,8}?(?:empfehlen|schlagen\s+(?:\S+\s+){0,3}vor)\b")
#: The recommendation as a noun after a clause ("Der Ausschuss für Feuerwehr und Ordnung hat über
#: die Änderung beraten und fasst folgenden Empfehlungsbeschluss an den Rat: …").
_RECOMMENDATION_AFTER_CLAUSE = re.compile(
    r"^[^.;:]{0,120}?(?<![a-z])(?:fasst|fassen|fasste)\s+(?:\S+\s+){0,3}?empfehlungsbeschlu")
#: The body that recommends, named again in the next sentence.
_PRONOUN = r"(?:er|sie|dieser|diese|der\s+ausschuss|das\s+gremium)"
#: A consent to a draft that recommends the decision itself to another body: "Der Ortschaftsrat
#: stimmt dem Entwurf der Haushaltssatzung 2025, soweit er die Ortschaft betrifft, zu und empfiehlt
#: dem Gemeinderat, …" (a hearing's statement; the body recommended to decides). So are a welcome
#: ("Der Ortsrat begrüßt die Einrichtung einer Kindertagesstätte und empfiehlt dem Rat, …"), taking
#: note and a deliberation in the perfect, also with the recommendation in the next sentence by a
#: pronoun ("Der Rechnungsprüfungsausschuss nimmt den Schlussbericht … zur Kenntnis. Er empfiehlt dem
#: Rat, den Jahresabschluss festzustellen", "Der Finanzausschuss hat den Entwurf … beraten. Er
#: empfiehlt dem Rat, …").
_CONSENTS_AND_RECOMMENDS = re.compile(
    r"^\s*(?:stimmt|stimmen|stimmte|nimmt|nehmen|nahm|befurwortet|befurworten|begrusst|begrussen|schliesst|schliessen"
    r"|erteilt|erteilen|(?:hat|haben|hatte)(?=\s[^.;:]{0,200}?(?<![a-z])(?:beraten|vorberaten|gepruft|erortert|behandelt"
    r"|diskutiert|befasst)\s*[.,]))"
    rf"\s[^.;:]{{0,250}}?(?:(?<![a-z])und|\.\s+{_PRONOUN})"
    r"\s+(?:empfiehlt|empfehlen|empfahl)\s+(?:dem|der|den)\s")


def recommends(mention: Mention, mentions: list[Mention], folded: str, after: str, *more: str | None) -> bool:
    """Whether the body of ``mention`` recommends: ``after`` is the text after its name (and town),
    ``more`` the same text after a list of bodies or after a one-word town, where there is one."""
    return (any(RECOMMENDS.match(text) or DECIDES_TO_RECOMMEND.match(text)
                for text in (after, *more) if text is not None)
            or _LIST_RECOMMENDS.match(after) is not None
            or _RECOMMENDATION_AFTER_CLAUSE.match(after) is not None
            or _recommends_after_consent(mention, mentions, folded, after))


#: The body recommended to passes the recommendation on: "Der Schulausschuss empfiehlt dem Haupt- und
#: Finanzausschuss und dieser dem Stadtrat, folgenden Beschluss zu fassen".
_AND_THIS_ONE = re.compile(r"\s*,?\s*und\s+(?:dieser|diese|dieses|jener|jene)\s+(?:dem|der|den)\s")


def _recommends_after_consent(mention: Mention, mentions: list[Mention], folded: str, after: str) -> bool:
    """Whether the body (``after``: the text after its name and town) states its view (consents,
    welcomes, takes note, deliberated) and recommends to another body named right after "empfiehlt
    dem" (not "empfiehlt dem Bauherrn": then the consent is its own decision)."""
    found = _CONSENTS_AND_RECOMMENDS.match(after)
    if found is None:
        return False
    end = len(folded) - len(after) + found.end()
    return any(end <= other.start <= end + 30 and other.body.kinds != mention.body.kinds for other in mentions)


#: The body recommended to that recommends in turn, in the passive: "Der Finanz- und
#: Personalausschuss empfiehlt, der Verwaltungsausschuss möge beschließen: Dem Rat wird empfohlen,
#: die Haushaltssatzung … zu beschließen."
_RECOMMENDS_IN_TURN = re.compile(
    r"\s*(?:moge|mogen|wolle|wollen)\s+beschliessen\s*:?\s*(?:dem|der)\s+(?:\S+\s+){1,6}?(?:wird|werden)\s+empfohlen(?![a-z])")


#: A sentence's end; dots in a row are a placeholder, no end: a template that lists the steps ("Der
#: Ortsrat empfiehlt .... / Der Verwaltungsausschuss empfiehlt ..... / Der Rat beschließt ....")
#: before the decision text is one chain.
_SENTENCE_END = re.compile(r"(?<!\.)[.;]\s")
_PRONOUN_RECOMMENDS = re.compile(rf"\s*{_PRONOUN}\s+(?:empfiehlt|empfehlen|empfahl)\s")
_ROUTE = re.compile(r"(?:uber|via)\s+(?:den|die|das)\s+$")


def recommendation(index: int, mention: Mention, mentions: list[Mention], folded: str) -> Subject:
    """The body ``mention`` recommends to, named later in the same sentence, else none."""
    after = folded[mention.end:]
    sentence_end = _SENTENCE_END.search(after)
    if sentence_end is not None and _PRONOUN_RECOMMENDS.match(after, sentence_end.end()):
        # "… zur Kenntnis. Er empfiehlt dem Rat, …": the next sentence recommends for the same body.
        sentence_end = _SENTENCE_END.search(after, sentence_end.end())
    scope_end = mention.end + (sentence_end.start() if sentence_end else len(after))
    for position, later in enumerate(mentions[index + 1:], index + 1):
        if later.start < scope_end and _another_body(later, mention):
            if _ROUTE.search(folded, max(0, later.start - 12), later.start):
                continue  # "empfiehlt über den Verwaltungsausschuss dem Rat": the way, not the addressee
            passes_on = TO_RECOMMEND.match(folded, later.end)
            # (the infinitive is this body's only if another body stands between: "… dem
            # Verwaltungsausschuss, dem Rat … zu empfehlen" - the Rat's is none)
            if passes_on is not None and not any(later.end <= other.start < passes_on.end()
                                                 for other in mentions[position + 1:]):
                passes_on = None
            in_turn = RECOMMENDS.match(folded[later.end:later.end + 80]) or _AND_THIS_ONE.match(folded, later.end)
            if in_turn is not None and in_turn.group().endswith("zu empfehlen"):
                in_turn = None  # the infinitive of the body before: "… dem Rat … zu empfehlen"
            if in_turn is not None or passes_on is not None or _RECOMMENDS_IN_TURN.match(folded, later.end):
                # A chain: "Der Bauausschuss empfiehlt, der Verwaltungsausschuss
                # empfiehlt, der Rat beschließt", "… empfiehlt dem Verwaltungsausschuss, dem Rat
                # folgenden Beschluss zu empfehlen": the next body recommends too.
                continue
            quoted = _quoted_decider(later, mentions[position + 1:], folded)
            addressee = quoted or _last_of_list(later, mentions[position + 1:], folded)
            return Subject(addressee.body, addressee, recommended_by=mention.body)
    return Subject(None, mention, recommended_by=mention.body)


def _another_body(later: Mention, mention: Mention) -> bool:
    """Whether ``later`` names another body than ``mention``: one of other kinds, or another
    committee by its own name ("Der Unterausschuss Jugendhilfeplanung empfiehlt dem
    Jugendhilfeausschuss, …"; a committee's name repeated, or a bare "Ausschuss", is the same)."""
    if later.body.kinds != mention.body.kinds:
        return True
    if later.body.kinds != ("fachausschuss",):
        return False
    one, other = fold(later.body.name), fold(mention.body.name)
    return not (one in other or other in one) and not (GENERIC_NAME.fullmatch(one) or _UNNAMED.fullmatch(one))


#: Committees named by no name of their own beyond :data:`.mentions.GENERIC_NAME` ("die Ausschüsse",
#: "der Fachausschuss").
_UNNAMED = re.compile(r"(?:ausschusse|fachausschuss\w*)")


#: "… empfiehlt dem Verwaltungsausschuss und dem Rat, …": the recommendation passes through the
#: bodies listed; the last of them decides.
_AND_THE_NEXT = re.compile(r",?\s*(?:und|sowie)\s+(?:dem|der|den)\s+$")


def _last_of_list(addressee: Mention, later: list[Mention], folded: str) -> Mention:
    """The last body of a list of addressees that begins with ``addressee``."""
    last = addressee
    for candidate in later:
        if not _AND_THE_NEXT.fullmatch(folded, last.end, candidate.start):
            break
        last = candidate
    return last


#: The recommended wording after a colon that begins with its own decider: "… empfiehlt dem Haupt-
#: und Finanzausschuss folgende Beschlussfassung: Der Rat der Stadt Bergkamen beschließt: …".
_COLON_THEN_SUBJECT = re.compile(r"[^.;:]{0,80}:\s*(?:\d{1,2}\.\s+)?[\"'„“]?(?:der|die|das)\s+$")
_DECIDES_AFTER_NAME = re.compile(
    r"(?:\s+(?:der|des)\s+(?:[a-z]*stadt|[a-z]*gemeinde|markt|marktes)(?:\s+[a-z][\w.-]*){0,2}?|\s+[a-z][\w.-]*)?"
    r"\s+(?:beschliesst|beschliessen|fasst|stimmt|genehmigt|billigt)(?![a-z])")


def _quoted_decider(addressee: Mention, later: list[Mention], folded: str) -> Mention | None:
    """The body that the recommended wording itself makes the decider, when it is another than the
    body recommended to: the Betriebsausschuss recommends to the Haupt- und Finanzausschuss "folgende
    Beschlussfassung: Der Rat der Stadt Bergkamen beschließt: …" - the Haupt- und
    Finanzausschuss passes the recommendation on, the Rat decides (blind set 40)."""
    for candidate in later[:2]:
        if candidate.body.kinds == addressee.body.kinds:
            return None
        if (_COLON_THEN_SUBJECT.fullmatch(folded, addressee.end, candidate.start)
                and _DECIDES_AFTER_NAME.match(folded, candidate.end)):
            return candidate
    return None

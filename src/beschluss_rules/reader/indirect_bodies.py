"""Where a text names the decider otherwise than as the subject of its decision sentence.

The reader looks here when no sentence of an item has a body as its acting subject
(:func:`.bodies.subject_of`): the agent of a passive ("Der Jahresabschluss wird vom Rat
bestätigt"), the council's members as the subject ("Die Ratsmitglieder wählen …"), and, for an
item that names no body at all, the explanation's statement of who decides ("Über die Sanierung
hat der Bau- und Umweltausschuss zu entscheiden").
"""

from __future__ import annotations

import re

import attrs

from ..model import Body
from ..rulebase.types import Lexicon, Profile
from ..text.normalize import fold
from ..text.prefilter import Guarded
from .bodies import find_mentions, resolve_body
from .mentions import Mention, Subject
from .word_order import EARLIER_TIME, POINT

__all__ = ["agent_of", "body_from_explanation", "members_as_subject"]

#: The passive with its agent: "Der Jahresabschluss wird vom Rat bestätigt", "... werden durch
#: den Gemeinderat gewählt". The participle must be a deciding one: "... wird vom Ausschuss
#: empfohlen" is a recommendation, "... wird von der Verwaltung umgesetzt" an execution.
#: The agent of a passive before the body: "vom", "durch den", and the decision named as a noun
#: ("Formal wurde diese Urkunde mit einstimmigem Beschluss des Marktgemeinderates genehmigt").
_AGENT_BEFORE = re.compile(
    r"(?:\bvom|\bvon (?:der|dem)|\bdurch (?:den|die|das)|\b(?:mit|durch|per) (?:[a-z]+ )?beschluss (?:des|der))\s+$")
_AGENT_AFTER = re.compile(
    r"(?:\s+\S+){0,4}?\s+(?:beschlossen|bestatigt|genehmigt|gewahlt|festgestellt|zugestimmt|erlassen|gefasst"
    r"|bestellt|berufen|entschieden|verabschiedet|angenommen|festgesetzt|gebilligt|abgelehnt|aufgehoben|geandert"
    r"|benannt|entsandt|vergeben|erteilt|bewilligt|zur\s+kenntnis\s+genommen|verwiesen)(?![a-z])")
_PASSIVE = re.compile(r"(?<![a-z])(?:wird|werden|wurde|wurden)(?![a-z])")
_AGENT_OF_ANOTHER = re.compile(
    r"\s+(?:vorgeschlagen|empfohlen|beantragt|vorgelegt|vorberaten|beraten|eingebracht|erarbeitet|ausgearbeitet"
    r"|gefordert|angeregt|befurwortet)(?![a-z])")
_FINITE_NEXT = re.compile(r"\s+(?:wird|werden|wurde|wurden)(?![a-z])")
_WORD = re.compile(r"[a-z]{2}")
#: "Die Ratsmitglieder wählen ...", "Die Mitglieder des Gemeinderates beschließen ...", "Die
#: Ratsmitglieder nehmen die Ehrung zustimmend zur Kenntnis": the members of the council act as
#: the council.
_MEMBERS = Guarded(
    rf"(?:^|[.:;!?]\s)\s*(?:{POINT}\s+)?(?:die\s+)?(?:rats|gemeinderats|stadtrats|ortsrats|ortschaftsrats)?"
    r"mitglieder(?:\s+des\s+(?:rates|gemeinderates|stadtrates|ortsrates|ortschaftsrates))?\s+"
    r"(?:wahlen|beschliessen|stimmen|bestellen|benennen|berufen|entsenden|bestatigen|genehmigen|billigen|nehmen"
    r"|lehnen|beauftragen)(?![a-z])"
    # the perfect with the verb first, as reports write it: "Einstimmig haben sich die
    # Ratsmitglieder für den vorgeschlagenen Wahltermin ausgesprochen"
    # (not after a phrase that tells an earlier decision: "Bereits im Mai haben die ...")
    r"|(?:^|(?<!\d)[.:;!?]\s)\s*(?!(?:[a-z]+\s+){0,3}(?:sitzung|bereits|zuvor|damals|vorher|seinerzeit|zuletzt|schon)\s)"
    r"(?:[a-z]+\s+){1,3}haben\s+(?:sich\s+)?die\s+(?:rats|gemeinderats|stadtrats)mitglieder\s+"
    r"(?:[^.;:!?]|(?<=\d)\.|\.(?=\d)){0,160}?(?<![a-z])(?:beschlossen|zugestimmt|ausgesprochen|gewahlt|genehmigt|bestatigt"
    r"|gebilligt|abgelehnt|entschieden)(?![a-z])"
    # the verb first in the present or the past: "Mit überwiegender Mehrheit sprachen sich die
    # Mitglieder des Gemeinderats dafür aus", "…, sprechen sich die Mitglieder des Ortsrates für
    # eine Änderung … aus" (blind set 26)
    r"|(?:^|(?<!\d)[.:;!?]\s|,\s)\s*(?:[a-z]+\s+){0,4}(?:sprachen|sprechen|stimmten|stimmen|beschlossen|beschliessen"
    r"|wahlten|wahlen)\s+(?:sich\s+)?die\s+(?:(?:rats|gemeinderats|stadtrats|ortsrats|ortschaftsrats)mitglieder"
    r"|mitglieder\s+des\s+(?:rates|rats|gemeinderates|gemeinderats|stadtrates|stadtrats|ortsrates|ortsrats"
    r"|ortschaftsrates|ortschaftsrats))(?![a-z])")


def agent_of(folded: str, mentions: list[Mention]) -> Subject | None:
    """The body that decides by a passive sentence's agent ("... wird vom Rat bestätigt")."""
    for mention in mentions:
        agent = _AGENT_BEFORE.search(folded, max(0, mention.start - 40), mention.start)
        if agent is None:
            continue
        participle = _AGENT_AFTER.match(folded, mention.end)
        if participle is None or _AGENT_OF_ANOTHER.match(folded, mention.end) \
                or folded.endswith("wie ", 0, agent.start()):
            # "… wird wie vom Verwaltungs- und Finanzausschuss vorgeschlagen angenommen": the
            # body is the agent of the proposal, not of the decision
            continue
        sentence_start = max(folded.rfind(". ", 0, mention.start), folded.rfind(": ", 0, mention.start), 0)
        if _FINITE_NEXT.match(folded, mention.end) and _WORD.search(folded, sentence_start, agent.start()):
            # "Der Vergabe … durch die Bürgermeisterin wird zugestimmt": the finite verb comes
            # second, so what stands before it is one phrase, and the agent belongs to its noun
            # (the award by the mayor); the clause's agent follows the verb ("… wird durch den
            # Rat zugestimmt") or opens the sentence ("Vom Rat wird … beschlossen").
            continue
        sentence = folded[sentence_start:participle.end() + 20]
        if _EARLIER.search(sentence):
            # "Der Beitritt wurde vom Rat bereits 1985 beschlossen": an earlier decision, told
            continue
        if _PASSIVE.search(sentence):
            return Subject(mention.body, mention)
    return None


#: A passive in the past that tells an earlier decision: "wurde vom Rat bereits 1985 beschlossen",
#: "wurden seinerzeit vom Gemeinderat genehmigt" (minutes tell the session's own decisions in the
#: past tense too, so the past alone is no report).
_EARLIER_WORD = "(?:" + "|".join(fold(word) for word in EARLIER_TIME) + ")"
_EARLIER = re.compile(
    rf"(?<![a-z])(?:wurde|wurden)(?![a-z])[^.;:]{{0,120}}?(?<![a-z]){_EARLIER_WORD}(?![a-z])"
    rf"|(?<![a-z]){_EARLIER_WORD}(?![a-z])[^.;:]{{0,120}}?(?<![a-z])(?:wurde|wurden)(?![a-z])")


def members_as_subject(folded: str, lexicon: Lexicon, profile: Profile | None, land: str | None,
                       ) -> Body | None:
    """The council, when its members are the subject ("Die Ratsmitglieder wählen ...")."""
    found = _MEMBERS.search(folded)
    if not found:
        return None
    word = found.group()
    name = "Ortschaftsrat" if "ortschaftsrat" in word else "Ortsrat" if "ortsrat" in word else "Rat"
    return resolve_body(name, lexicon, profile, land)


#: Where the explanation says who decides: "Der Bau- und Umweltausschuss hat über die Sanierung
#: zu entscheiden", "Die Entscheidung trifft der Rat", "zuständig ist der Haupt- und
#: Finanzausschuss", "... fällt in die Zuständigkeit des Rates", "entscheidet der Ausschuss".
_WHO_DECIDES = Guarded(
    r"(?:hat|haben) (?:\S+ ){0,8}zu (?:entscheiden|beschliessen)"
    # ("zuständig" said of the body, not "im zuständigen Ausschuss zu berichten")
    r"|entscheidung (?:trifft|obliegt|liegt bei)|(?:ist|sind) (?:\S+ ){0,4}(?:zustandig|entscheidungsbefugt)(?![a-z])"
    r"|zustandig (?:ist|sind|fur die (?:entscheidung|beschlussfassung))|in die zustandigkeit|(?:entscheidet|beschliesst) (?:der|die|das)"
    r"|obliegt (?:die entscheidung|die beschlussfassung)|beschlussfassung (?:obliegt|erfolgt durch)")


_SENTENCE_STOP = re.compile(r"(?<=[a-z]{3})\.\s")


def body_from_explanation(folded: str, lexicon: Lexicon, profile: Profile | None, land: str | None,
                          ) -> Body | None:
    """The body the explanation (Sachverhalt) names as the one that decides, if one sentence
    says so and names exactly one kind of body."""
    kinds: dict[tuple[str, ...], Body] = {}
    for found in _WHO_DECIDES.finditer(folded):
        start = max(folded.rfind(". ", 0, found.start()), folded.rfind("\n\n", 0, found.start()), 0)
        # The sentence ends at a full stop after a word, not after "o. a." or "z. B.".
        stop = _SENTENCE_STOP.search(folded, found.end())
        sentence = folded[start:stop.start() if stop else len(folded)]
        if "nicht" in sentence.split() or "empfiehlt" in sentence or "vorberat" in sentence:
            continue
        for mention in find_mentions(sentence, lexicon, profile, land):
            if "buergermeister" in mention.body.kinds and re.search(r"beauftragt|ermachtigt", sentence):
                continue
            kinds.setdefault(tuple(mention.body.kinds), mention.body)
    if len(kinds) != 1:
        return None
    body = next(iter(kinds.values()))
    # The name as found in the folded text: capitalised for the report ("Bau- und Umweltausschuss").
    return attrs.evolve(body, name=body.name[:1].upper() + body.name[1:]) if body.name[:1].islower() else body

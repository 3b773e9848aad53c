"""Finding bodies (Gremien) in a paper: names in all their real forms, and who is the subject.

Names come from two places: the municipality profile (its bodies' names, exactly as the town
spells them) and the vocabulary ``rules/vocab/bodies.yaml`` (generic names with their kinds in
law, some only in some Länder: the Verwaltungsausschuss is Niedersachsen's Hauptausschuss, the
Magistrat Hessen's Gemeindevorstand). The longest name found wins, so "Haupt- und
Finanzausschuss" is not read as a Fachausschuss and "Rat der Stadt Heinsberg" not as "Rat".

Whether a body *decides* depends on the sentence: "Der Gemeinderat beschließt ..." names the
decider; "Der Bürgermeister wird beauftragt ..." names who carries the decision out (someone
else decides); "Der Haupt- und Finanzausschuss empfiehlt dem Rat ..." is a recommendation — the
decider is the body recommended to (:mod:`.recommendations` follows the chain). Where no
sentence has a body as its subject, the decider may be named otherwise: :mod:`.indirect_bodies`.
"""

from __future__ import annotations

import re
from typing import Any

import attrs

from ..model import Body
from ..rulebase.matching import Matcher, NeedleIndex, literal_first
from ..rulebase.types import Lexicon, Profile
from ..text.normalize import fold, fold_with_map, nfc
from ..text.prefilter import Guarded, needles
from ..text.spoofing import suspicion
from .mentions import Mention, Subject
from .ocr import repair
from .recommendations import recommendation, recommends
from .word_order import (
    ACTED,
    AFTER_CONSULTATION,
    AUXILIARY_BEFORE,
    CONSULTATION_LEADS,
    IN_SENTENCE,
    INVERTED,
    INVERTED_AFTER_PHRASE,
    INVERTED_AFTER_PHRASE_VERBS,
    INVERTED_CONSENT,
    INVERTED_PERFECT,
    INVERTED_RECOMMENDS,
    PERFECT_PARTICIPLE,
    PROPOSED_TO,
    SENTENCE_START,
    TO_BE_DECIDED,
    TO_BE_RECOMMENDED,
    TO_RECOMMEND,
)

__all__ = ["decided_in_past", "find_mentions", "heading_body", "resolve_body", "subject_of",
           "unrecognised_subject"]

#: Body kinds of which a municipality can have several; never matched to a profile body by kind.
_MANY_OF_A_KIND = frozenset({"fachausschuss", "bezirksvertretung", "ortschaftsrat"})
#: What may stand between a body's name and its verb: "der Stadt Karlsruhe", "Wettersbach".
_QUALIFIER = re.compile(
    r"^(?:\s+(?:der|des)\s+(?:grossen\s+kreisstadt|[a-z]*stadt|[a-z]*gemeinde|markt|marktes)"
    r"(?:\s+[a-z][\w.-]*){1,2}|\s+[a-z][\w-]*(?=\s+(?:beschliesst|stimmt|nimmt|empfiehlt|wird|bestatigt|genehmigt"
    r"|begrusst|befurwortet)))?"
)
_QUALIFIER_ONE_WORD = re.compile(
    r"^\s+(?:der|des)\s+(?:grossen\s+kreisstadt|[a-z]*stadt|[a-z]*gemeinde|markt|marktes)\s+[a-z][\w.-]*")
#: "wird beauftragt/ermächtigt/angewiesen": the body named carries out what someone else decides.
_OBJECT = re.compile(
    # (a name in apposition between commas may follow: "Der Bürgermeister, Florian Hofmann, wird
    # bevollmächtigt, …")
    # (or the office in which the body is addressed: "Der Oberbürgermeister als Vertreter der Stadt in
    # der Gesellschafterversammlung … wird angewiesen, …", a self-written list on the representatives)
    r"^\s*(?:,[^,.;:]{1,50},)?(?:\s+als\s+[^.;:,]{1,160}?(?=\s+(?:wird|werden)\s))?\s*(?:\S+\s+){0,2}?(?:wird|werden)\s+(?:\S+\s+){0,8}?(?:beauftragt|ermachtigt|aufgefordert|bevollmachtigt|angewiesen|gebeten,?\s+(?:\S+\s+){0,4}(?:umzusetzen|auszufuhren|vorzulegen|zu\s+prufen))\b"
)
#: The mayor asked ("Der Bürgermeister wird gebeten, der Partnerstadt … Hilfe anzubieten"): the body
#: that asks decides, the mayor carries it out. (A committee "wird gebeten, … zu beschließen" is the
#: body addressed to decide, as Karlsruhe's papers put it; so this is for the mayor alone.)
#: The executive that can be asked: the mayor; in Hesse the Magistrat or Gemeindevorstand ("Der
#: Magistrat wird gebeten, ein Konzept zu erstellen", blind set 34: the Stadtverordnetenversammlung
#: asks).
_EXECUTIVE = frozenset({"buergermeister", "gemeindevorstand"})
_MAYOR_ASKED = re.compile(r"^\s*(?:,[^,.;:]{1,50},)?\s*(?:\S+\s+){0,2}?(?:wird|werden)\s+(?:\S+\s+){0,6}?(?:gebeten|ersucht)\b")
#: A body that reports, or that cannot meet or meets later, decides nothing in that sentence: "Der
#: Oberbürgermeister berichtet über …", "… teilt mit, dass …", "… gibt die in nichtöffentlicher
#: Sitzung gefassten Beschlüsse bekannt", "… stellt die Kita-Bedarfsplanung vor" (the council that
#: takes note decides, if any); "Der Verwaltungsausschuss kann nicht rechtzeitig zusammentreten"
#: and "Der Gemeinderat tagt planmäßig sechs Tage später" (the mayor's urgency decision follows);
#: a member who does not take part ("nimmt … nicht teil", "ist befangen").
_REPORTS_OR_CANNOT = re.compile(
    r"^\s*(?:,[^,.;:]{1,50},)?\s*(?:berichtet|berichten|berichtete|informiert|informieren|informierte|unterrichtet"
    r"|unterrichten|unterrichtete|erlautert|erlautern|erlauterte|referiert|referierte|tagt|tagen|tagte"
    rf"|(?:teilt|teilen|teilte)\s{IN_SENTENCE}{{0,200}}?(?<![a-z])mit(?![a-z])"
    rf"|(?:gibt|geben|gab)\s{IN_SENTENCE}{{0,250}}?(?<![a-z])bekannt(?![a-z])"
    rf"|(?:stellt|stellen|stellte)\s{IN_SENTENCE}{{0,200}}?(?<![a-z])vor(?=\s*[.;:,]|\s*$)"
    rf"|(?:kann|konnte|konnen|konnten)\s{IN_SENTENCE}{{0,80}}?(?<![a-z])nicht(?![a-z])"
    rf"|(?:tritt|treten|trat)\s{IN_SENTENCE}{{0,80}}?(?<![a-z])zusammen(?![a-z])"
    # who does not take part ("Der Oberbürgermeister nimmt an Beratung und Abstimmung über die
    # Entlastung nicht teil", "… ist befangen", "… wirkt nicht mit"): a self-written budget list
    rf"|(?:nimmt|nehmen|nahm|nahmen)\s{IN_SENTENCE}{{0,120}}?(?<![a-z])nicht\s+teil(?![a-z])"
    r"|(?:ist|sind|war|waren)\s+befangen(?![a-z])|(?:wirkt|wirken|wirkte)\s+(?:\S+\s+){0,6}?nicht\s+mit(?![a-z]))")
#: A body that heads a row of a staffing list, not a sentence: "Die Ausschüsse … sollen wie folgt
#: besetzt werden: Bau- und Umweltausschuss Mitglied Vertreter Zehender Jochen …" (blind set 28).
_STAFFING_ROW = re.compile(
    r"^\s*:?\s*(?:\(\S+\)\s*)?(?:mitglied|mitglieder|ordentliche\w*|stellvertret\w*|vertreter\w*|vorsitz\w*"
    r"|beratende\w*|sachkundige\w*)(?![a-z])")
#: The body named is what the sentence is about, not who decides: "Der Rechnungsprüfungsausschuss
#: soll mit einem Vorsitzenden und 6 weiteren Mitgliedern besetzt werden", "Der Ortsrat wird
#: angehört", "Der Ausschuss wird aufgelöst" (the passive; "wird gebeten, ... zu beschließen"
#: asks the body to decide and is no passive of this kind).
_PATIENT = re.compile(
    r"^\s*(?:(?:soll|sollen)\s+[^.;:]{0,160}?\s(?:werden|bleiben)(?![a-z])"
    r"|(?:wird|werden|wurde|wurden)\s+(?:[^.;:]{0,160}?\s)?(?!gebeten)(?:ge[a-z]{2,}(?:t|en)|(?:be|er|ver|ent|zer)[a-z]{2,}t"
    r"|[a-z]{2,}iert|beschlossen|aufgelost|angehort|eingesetzt|eingerichtet|umbesetzt|neu gebildet|berufen|abberufen"
    r"|entlassen|verliehen|zugewiesen)(?=\s*(?:[.,;]|$|und\s)))")
_PASSIVE_WORDS = (" wird", " werden", " wurde", " soll", "\nwird", "\nwerden", "\nwurde", "\nsoll", "wird", "werden", "wurde", "soll")
#: A person's name after an office's title, before the passive: "Bürgermeister Max Müller wird als
#: Vertreter … entsandt", "Samtgemeindebürgermeister Matthias Wübbel wird … berufen" (the person is
#: appointed; the office named is no decider).
_PERSON_NAME = re.compile(r"^\s*(?:(?:dr|prof)\.\s*)*[a-z][a-z-]+(?:\s+[a-z][a-z-]+){0,2}(?=\s+(?:wird|werden|wurde|soll)\s)")
#: An office's title without an article, then a person's name and a comma, colon or the line's
#: end: a person named in a list of those elected or appointed ("Als Vertreter der Stadt in der
#: Verbandsversammlung werden gewählt: a) Bürgermeister Andreas Menne, Stellvertreter: …"), not
#: the mayor deciding (who is "der Bürgermeister", and is followed by his verb).
_NAMED_IN_LIST = re.compile(
    r"[^\S\n]+(?:(?:herr|frau)\s+)?(?:(?:dr|prof)\.\s*)*"
    r"(?!(?:beschliesst|entscheidet|ordnet|genehmigt|stimmt|bestatigt|verfugt|erteilt|wird|werden|hat|ist|als)\b)"
    r"[a-z][a-z-]+(?:[^\S\n]+(?!(?:wird|werden|hat|ist|als)\b)[a-z][a-z-]+){0,2}[^\S\n]*(?:[,;:(]|$)",
    re.MULTILINE)
_ARTICLE_BEFORE = re.compile(r"(?:der|die|dem|den|des)\s+$")


def resolve_body(name: str, lexicon: Lexicon, profile: Profile | None, land: str | None
                 ) -> Body | None:
    """The body called ``name``: a profile body if the profile knows the name, else the vocabulary's."""
    vocabulary = lexicon.vocabulary
    bodies = profile.municipality.bodies if profile is not None else None
    key = (name, id(vocabulary), id(bodies), land)
    known = _RESOLVED.get(key)
    # The entry holds the vocabulary and the bodies themselves: an id is only reused after its
    # object is gone, and these are kept alive by the entry that names them.
    if known is not None and known[0] is vocabulary and known[1] is bodies:
        return known[2]
    found = _resolve_body(name, lexicon, profile, land)
    if len(_RESOLVED) >= _RESOLVED_SIZE:
        _RESOLVED.clear()
    _RESOLVED[key] = (vocabulary, bodies, found)
    return found


#: :func:`resolve_body`'s answers: the same few names (Gemeinderat, Ortschaftsrat ...) are
#: resolved again and again, and each answer depends only on the name, the vocabulary, the
#: profile's bodies and the Land (Bodies are frozen: sharing one is safe).
_RESOLVED: dict[tuple[str, int, int, str | None], tuple[Any, Any, Body | None]] = {}
_RESOLVED_SIZE = 4096


def _resolve_body(name: str, lexicon: Lexicon, profile: Profile | None, land: str | None
                  ) -> Body | None:
    clean = re.sub(r"\s+", " ", name).strip(" :.,;-–")
    folded = fold(repair(clean)).strip(" :.")
    if not folded:
        return None
    if profile is not None:
        for body in profile.municipality.bodies:
            if fold(body.name) == folded:
                return body
    kinds = lexicon.vocabulary.body_kinds(folded, land)
    if kinds is None:
        return None
    if profile is not None and not set(kinds) & _MANY_OF_A_KIND:
        # A municipality has one council, one main committee, one mayor: "Stadtrat" is its Rat
        # even if the profile spells it differently. Committees are matched by name only.
        same = [body for body in profile.municipality.bodies if body.kinds == kinds]
        if len({body.key for body in same}) == 1:
            return Body(clean, kinds, key=same[0].key)
    return Body(clean, kinds)


@attrs.frozen
class _ProfileNames:
    """A profile's body names as patterns over folded text, and which a text can contain.

    The names are one :class:`Matcher` (a pattern and its needles per body, in the profile's
    order) with a needle index: most texts name none of a profile's dozens of bodies, and the
    index says so with one look at the text.
    """

    bodies: tuple[Body, ...]
    regexes: tuple[re.Pattern[str], ...]
    index: NeedleIndex

    def hits(self, folded: str) -> tuple[int, ...]:
        """The bodies (positions) whose name ``folded`` may contain, ascending."""
        return self.index.hits(folded).get(0, ())


def _profile_names(profile: Profile | None) -> _ProfileNames | None:
    if profile is None:
        return None
    bodies = profile.municipality.bodies
    known = _PROFILE_NAMES.get(id(bodies))
    if known is not None and known.bodies is bodies:
        return known
    patterns = []
    for body in bodies:
        folded = re.escape(fold(body.name)).replace(r"\ ", r"\s*").replace(r"\-", r"-?\s*")
        patterns.append(r"(?<![a-z0-9])" + folded + r"(?:e?s)?(?![a-z0-9])")
    matcher = Matcher(tuple(patterns), tuple(needles(pattern) for pattern in patterns))
    # Compiled with the look-behind behind the name's first letters (same matches; the engine
    # skips ahead to them instead of trying every position).
    names = _ProfileNames(bodies, tuple(re.compile(literal_first(pattern)) for pattern in patterns),
                          NeedleIndex.of([matcher]))
    if len(_PROFILE_NAMES) >= 64:
        _PROFILE_NAMES.clear()
    _PROFILE_NAMES[id(bodies)] = names
    return names


#: The names of the profiles seen, by the identity of their bodies (hashing dozens of bodies for
#: every text would cost more than looking for their names).
_PROFILE_NAMES: dict[int, _ProfileNames] = {}


def find_mentions(folded: str, lexicon: Lexicon, profile: Profile | None, land: str | None,
                  original: str | None = None) -> list[Mention]:
    """Every body named in ``folded`` (a :func:`fold`-ed text), longest names first, no overlaps.

    ``original`` is the unfolded text ``folded`` was made from; when given, each mention's
    ``name`` is spelt as there ("Haupt- und Finanzausschuss"), else as folded.
    """
    vocabulary = lexicon.vocabulary
    bodies = profile.municipality.bodies if profile is not None else None
    key = (folded, original, id(vocabulary), id(bodies), land)
    known = _MENTIONED.get(key)
    # As in resolve_body: the entry keeps the objects whose ids it is keyed by alive.
    if known is not None and known[0] is vocabulary and known[1] is bodies:
        return list(known[2])
    found = _find_mentions(folded, lexicon, profile, land, original)
    if len(folded) <= 20_000:
        if len(_MENTIONED) >= 512:
            _MENTIONED.clear()
        _MENTIONED[key] = (vocabulary, bodies, tuple(found))
    return found


#: :func:`find_mentions`' last answers (Mentions are frozen): the same lines and items are read
#: again in an OParl paper's text file after its JSON, and table rows are looked at twice.
_MENTIONED: dict[tuple[str, str | None, int, int, str | None], tuple[Any, Any, tuple[Mention, ...]]] = {}


def _find_mentions(folded: str, lexicon: Lexicon, profile: Profile | None, land: str | None,
                   original: str | None) -> list[Mention]:
    found: list[tuple[int, int, Body | None, tuple[str, ...] | None]] = []
    names = _profile_names(profile)
    if names is not None:
        for position in names.hits(folded):
            body = names.bodies[position]
            for match in names.regexes[position].finditer(folded):
                found.append((match.start(), match.end(), body, None))
    for term, match in lexicon.vocabulary.body_matches(folded, land):
        if match.end() > match.start():
            found.append((match.start(), match.end(), None, term.kinds))
    # Longest first; on equal length the profile's own name, then the vocabulary order.
    found.sort(key=lambda f: (-(f[1] - f[0]), f[0], f[2] is None))
    taken: list[tuple[int, int]] = []
    mentions: list[Mention] = []
    offsets = None
    repaired = ""
    if original is not None and found:
        original = nfc(original)
        repaired = repair(original)
        refolded, offsets = fold_with_map(repaired)
        if refolded != folded:
            offsets = None
    for start, end, known, _kinds in found:
        if any(start < e and s < end for s, e in taken):
            continue
        taken.append((start, end))
        if offsets is not None and original is not None:
            last = offsets[end - 1] + 1
            name = repaired[offsets[start]:last] or folded[start:end]
        else:
            name = folded[start:end]
        name = _WHITE_RUN.sub(" ", name).strip()
        mentioned = known or resolve_body(name, lexicon, profile, land)
        if mentioned is None:
            continue
        mentions.append(Mention(start, end, name, mentioned))
    mentions.sort(key=lambda m: m.start)
    return mentions


_WHITE_RUN = re.compile(r"\s+")
_LEAD_IN_VERB = re.compile(r"\s+(?:beschlie(?:ß|ss)t|beschlie(?:ß|ss)en|empfiehlt|empfehlen|entscheidet|entscheiden)\s*$",
                           re.IGNORECASE)
_DECORATION_RUN = re.compile(r"[*_#>]+")
_HEADING_LEAD = re.compile(
    r"^(?:(?:beschluss(?:vorschla[gq]|empfehlung|antrag)|empfehlung|antrag|vorschlag)\s+(?:fur|an)\s+)?"
    r"(?:(?:den|die|das|dem)\s+)?")


_DECORATION_CHARS = "*_#>"


def _ends_with_colon(line: str) -> bool:
    """Whether ``_DECORATION_RUN.sub(" ", line).strip()`` ends with a colon: the last character
    of ``line`` that is neither white space nor decoration is one."""
    end = line.rstrip()
    while end and end[-1] in _DECORATION_CHARS:
        end = end.rstrip(_DECORATION_CHARS).rstrip()
    return end.endswith(":")


def heading_body(line: str, lexicon: Lexicon, profile: Profile | None, land: str | None
                 ) -> Body | None:
    """The body a heading line such as "Haupt- und Finanzausschuss:" names, else ``None``.

    A heading is a short line ending in a colon whose text is (almost) only the body's name
    — optionally after "Beschlussvorschlag für den", "Empfehlung an den", "Antrag an den" — so
    that a sentence which merely mentions "der Rat" is not taken for a heading.
    """
    if not _ends_with_colon(line):  # most lines: decided without the substitution
        return None
    stripped = _DECORATION_RUN.sub(" ", line).strip()
    if not stripped.endswith(":") or len(stripped) > 90:
        return None
    name = stripped[:-1].strip()
    folded = fold(repair(name)).strip()
    folded = _HEADING_LEAD.sub("", folded)
    if not folded or len(folded.split()) > 9:
        return None
    mentions = find_mentions(folded, lexicon, profile, land)
    if not mentions:
        return None
    best = max(mentions, key=lambda m: m.end - m.start)
    rest = (folded[:best.start] + folded[best.end:]).strip()
    # The name must carry the heading: "Rat der Stadt Heinsberg", not "Hinweise für den Rat".
    if (best.end - best.start) < 0.6 * len(folded) and not re.fullmatch(
        r"(?:(?:der|des)\s+(?:stadt|gemeinde|markt\w*)\s+[\w.-]+(?:\s+[\w.-]+)?|[\w.-]+)?", rest
    ):
        return None
    if best.body.key is not None:
        return best.body
    shown = re.sub(
        r"^(?:(?:beschluss(?:vorschla[gq]|empfehlung|antrag)|empfehlung|antrag|vorschlag)\s+(?:f(?:ü|u|ue)r|an)\s+)?"
        r"(?:(?:den|die|das|dem)\s+)?", "", name, flags=re.IGNORECASE).strip()
    # The lead-in's verb is no part of the name: "Die Gemeindevertretung der Gemeinde Kalkhorst beschließt:"
    shown = _LEAD_IN_VERB.sub("", shown)
    return Body(shown or best.body.name, best.body.kinds)


def _acts_after_long_front(folded: str, mention: Mention, window: str) -> bool:
    """Whether the body of ``mention`` is the subject of a verb before it after a long fronted part
    of its sentence: it consents after a fronted object (:data:`INVERTED_CONSENT`) or decides after
    a fronted phrase (:data:`INVERTED_AFTER_PHRASE`), looked for in the 220 characters before it;
    ``window``: the 40 before it, where the verb stands."""
    if "stimm" in window and INVERTED_CONSENT.search(folded, max(0, mention.start - 220), mention.start) is not None:
        return True
    return (any(map(window.__contains__, INVERTED_AFTER_PHRASE_VERBS))
            and INVERTED_AFTER_PHRASE.search(folded, max(0, mention.start - 220), mention.start) is not None)


def decided_in_past(folded: str, mention: Mention) -> bool:
    """Whether the body of ``mention`` is the subject of a decision told in the past or with its
    verb first: "Der Gemeinderat genehmigte die Kalkulation", "Der Rat hat … beschlossen", "Zum
    einen stimmte der Gemeinderat dem Gesamtkonzept zu", "Einstimmig hat der Gemeinderat
    beschlossen, …" (for a body in a later sentence of an item, where a verb in the present after
    the name is what counts otherwise)."""
    if ACTED.match(folded, mention.end):
        return True
    window = folded[max(0, mention.start - 40):mention.start]
    if INVERTED.search(window) or _acts_after_long_front(folded, mention, window):
        return True
    return bool(INVERTED_PERFECT.search(window) and PERFECT_PARTICIPLE.match(folded, mention.end))


def subject_of(folded: str, mentions: list[Mention], lexicon: Lexicon,
               profile: Profile | None, land: str | None) -> Subject | None:
    """The first body that is the subject of a sentence of ``folded`` and what it does.

    "Der Rat der Gemeinde Nordstemmen beschließt ..." → the Rat decides. "Der Haupt- und
    Finanzausschuss empfiehlt dem Rat ..." → the Rat decides, on the committee's recommendation.
    "Der Bürgermeister wird beauftragt ..." is skipped: he carries the decision out.
    """
    for index, mention in enumerate(mentions):
        window_start = max(0, mention.start - 40)
        if PROPOSED_TO.search(folded[window_start:mention.start]):
            # "Dem Verwaltungsausschuss wird vorgeschlagen, dem Rat ... zu empfehlen": the
            # administration's proposal to the committee, which recommends; the Rat decides.
            # "Dem Rat wird vorgeschlagen, die Satzung zu beschließen", "B) Erneuter
            # Auslegungsbeschluss: Dem Stadtrat wird empfohlen, folgenden Beschluss zu fassen": the
            # body the proposal is made to decides.
            if TO_BE_RECOMMENDED.match(folded, mention.end):
                return recommendation(index, mention, mentions, folded)
            if TO_BE_DECIDED.match(folded, mention.end):
                return Subject(mention.body, mention)
        start = SENTENCE_START.search(folded[window_start:mention.start])
        if start is None or (window_start > 0 and start.start() == 0 and not start.group().startswith((".", ":", ";", "!", "?"))):
            before = folded[max(0, mention.start - 220):mention.start]
            window = folded[window_start:mention.start]
            recommending = INVERTED_RECOMMENDS.search(window) is not None
            after_consultation = (any(map(before.__contains__, CONSULTATION_LEADS))
                                  and AFTER_CONSULTATION.search(before))
            if after_consultation or INVERTED_PERFECT.search(window):
                if AUXILIARY_BEFORE.search(window):
                    # "Nach der Empfehlung des Verkehrsausschusses hat der Gemeinderat …
                    # beschlossen": "hat" is the auxiliary of a decision only with its participle.
                    participle = PERFECT_PARTICIPLE.match(folded, mention.end)
                    if participle is None:
                        continue
                    recommending = participle.group("participle") == "empfohlen"
            elif not recommending and not INVERTED.search(window) and not _acts_after_long_front(folded, mention, window):
                continue
            # "Einstimmig beschloss der Gemeinderat, ...": the verb before its subject; "…
            # beschloss der Verwaltungsausschuss, dem Gemeinderat … zu empfehlen" and "Einstimmig
            # empfiehlt der Bauausschuss dem Gemeinderat, …" recommend.
            if recommending or TO_RECOMMEND.match(folded, mention.end):
                return recommendation(index, mention, mentions, folded)
            return Subject(mention.body, mention)
        after = folded[mention.end:]
        if re.match(r"\s*(?:oder|bzw\.?|/)\s*(?:der\s+|die\s+|den\s+)?[a-z]*(?:ausschuss|rat)", after):
            return Subject(None, mention, ambiguous=True)
        qualifier = _QUALIFIER.match(after)
        # The town's name has one word or two: "der Stadt Bad Honnef wird beauftragt", "der Stadt
        # Parsberg sollen wie folgt besetzt werden" (two words taken would swallow the verb).
        short = _QUALIFIER_ONE_WORD.match(after) if qualifier and qualifier.end() else None
        after = after[qualifier.end():] if qualifier else after
        # A list of bodies is one subject: what the sentence does is said after the last of them
        # ("Der Verwaltungsausschuss, der Bauausschuss … und der Sportausschuss werden neu gebildet").
        listed = _after_list(mentions, index, folded)
        shorter = folded[mention.end + short.end():] if short is not None else None
        named = _PERSON_NAME.match(after)
        unnamed = after[named.end():] if named is not None else None
        if any(_OBJECT.match(text) or (text.startswith(_PASSIVE_WORDS) and _PATIENT.match(text))
               for text in (after, listed, shorter) if text is not None) or _STAFFING_ROW.match(after) or (
                unnamed is not None and _PATIENT.match(unnamed)):
            continue
        if _EXECUTIVE.intersection(mention.body.kinds) and (_MAYOR_ASKED.match(after) or (
                _NAMED_IN_LIST.match(folded, mention.end)
                and not _ARTICLE_BEFORE.search(folded, max(0, mention.start - 8), mention.start))):
            continue
        if _REPORTS_OR_CANNOT.match(after):
            continue
        # "Der Ausschuss für Stadtplanung und Verkehr und der Haupt- und Finanzausschuss empfehlen
        # dem Rat, …": a list of bodies recommends together. ("Der Haupt-, Finanz- und
        # Personalausschuss der Stadt Kaufbeuren empfiehlt …": the town of one word.)
        if recommends(mention, mentions, folded, after, listed, shorter):
            return recommendation(index, mention, mentions, folded)
        return Subject(mention.body, mention)
    return None


#: What stands between two bodies of one list: a comma, "und", "sowie" or "oder" ("Die
#: Bürgermeisterin oder der Bürgermeister wird beauftragt"), an article, and up to
#: three words of the first name's own ("Betriebsausschuss Entsorgung, der Wirtschaftsausschuss").
_LIST_GAP = re.compile(r"(?:\s+[a-z]+){0,3}\s*(?:,|und|sowie|oder)\s*(?:(?:der|die|das)\s+)?")
#: Further members of such a list, each with its article, that no vocabulary term names.
_LIST_TAIL = re.compile(r"(?:\s*(?:,|und|sowie)\s*(?:der|die|das)\s+[\w-]+)+")


def _after_list(mentions: list[Mention], index: int, folded: str) -> str | None:
    """What follows the list of bodies that begins with ``mentions[index]`` (its qualifier
    stripped), or ``None`` when no other body or article-led member follows that one."""
    end = mentions[index].end
    for later in mentions[index + 1:]:
        if later.start < end or not _LIST_GAP.fullmatch(folded, end, later.start):
            break
        end = later.end
    tail = _LIST_TAIL.match(folded, end)  # members no vocabulary term names ("sowie der Bildungsbeirat")
    if tail is not None:
        end = tail.end()
    if end == mentions[index].end:
        return None
    listed = folded[end:]
    qualifier = _QUALIFIER.match(listed)
    return listed[qualifier.end():] if qualifier else listed


#: "Der Xyzausschuss beschließt", "Die Rаtsversammlung stimmt ... zu": a sentence whose subject
#: is a body (by its ending, or written in letters no German name has) that acts as the decider.
_ACTING_SUBJECT = Guarded(
    r"(?:^|[.:;!?]\s)\s*(?:(?:\d{1,3}(?:\.\)|[.)])|[a-z]\))\s+)?[\"'„“]?(?:der|die|das)\s+"
    r"(?P<name>(?:[^\s.,;:!?]+\s+){0,5}?[^\s.,;:!?]+)\s+"
    r"(?:beschliesst|beschliessen|stimmt|stimmen|genehmigt|billigt|bestatigt|wahlt|fasst|nimmt)\b"
)
_BODY_ENDING = re.compile(
    r"(?:ausschuss|rat|gremium|vertretung|versammlung|beirat|kommission|konferenz|vorstand|magistrat"
    r"|kreistag|burgermeister(?:in)?|landrat|senat)$"
)


def unrecognised_subject(folded: str, mentions: list[Mention], original: str = "") -> str | None:
    """The name of a body that ``folded`` makes the decider but that no known body name matches.

    Such an item must not borrow its body from the Beratungsfolge: the text names a body, only
    not one the product knows, so the body is unknown (issue 12: a disguised name is never
    replaced by another body). When ``original`` (the unfolded text) has letters of another
    script or invisible characters, every subject of such a sentence counts, whatever its ending.
    """
    disguised = not original.isascii() and suspicion(original) is not None
    for match in _ACTING_SUBJECT.finditer(folded):
        start, end = match.span("name")
        if any(m.start < end and start < m.end for m in mentions):
            continue
        name = match.group("name")
        last = name.split()[-1]
        if disguised or _BODY_ENDING.search(last) or not re.fullmatch(r"[a-z0-9\s.'/&-]+", name):
            return name
    return None

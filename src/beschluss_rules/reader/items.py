"""The decision items of a Beschlussvorschlag and each item's deciding body.

The lines are cut into one chunk per item by :mod:`.chunks`; a per-body heading ("Haupt- und
Finanzausschuss:" / "Rat:") names the body of what follows it. The deciding body of an item, in
this order: the per-body heading; the sentence's subject ("Der Gemeinderat beschließt ..."; "Der
Haupt- und Finanzausschuss empfiehlt dem Rat ..." is a recommendation: the Rat decides); the
subject of the lead-in; "Antrag an den Gemeinderat"; the body that decides in the Beratungsfolge
(passive proposals: "... wird zugestimmt"); else none, and the verdict says the body is unknown.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from typing import Any

import attrs

from ..errors import check_time
from ..model import Body, DecisionItem, Message
from ..rulebase.types import Lexicon, Profile
from ..text.normalize import fold
from ..text.prefilter import Guarded
from ..text.spoofing import SOFT_HYPHEN, suspicion
from .attributes import (
    VALUE_MATTERS,
    amount_basis,
    amount_cents,
    cited_norms,
    cited_urgency,
    planning_stage,
    recurring,
    stated_value,
    urgency_approval,
)
from .bodies import (
    decided_in_past,
    find_mentions,
    heading_body,
    resolve_body,
    subject_of,
    unrecognised_subject,
)
from .chunks import Chunk, heads_its_decision, split_numbered, split_sentences, trim_footer
from .consultation import Consultation
from .hearings import hearing_statement
from .indirect_bodies import agent_of, body_from_explanation, members_as_subject
from .mentions import Mention, Subject
from .ocr import join_lines, match_form, repair
from .parsed import Hints, note
from .plan_parts import join_final_plan_parts
from .reports import without_reports
from .sections import Section, marker_at
from .word_order import not_after_abbreviation

__all__ = ["decision_items"]

_THREE_LETTERS = re.compile(r"[A-Za-zÄÖÜäöüß]{3}")


#: What a body that decides does in its sentence (the first words after its name).
_ACTS = re.compile(
    r"(?:\s+(?:der|des)\s+(?:stadt|gemeinde|samtgemeinde)(?:\s+[a-z][\w.-]*)?)?\s+"
    # "Der Gemeinderat ist mit dem Vorgehen einverstanden und beschließt …": consent
    r"(?:(?:ist|sind)\s+(?:\S+\s+){0,5}?einverstanden|(?:\S+\s+){0,2}?"
    r"(?:beschliesst|beschliessen|empfiehlt|empfehlen|stimmt|stimmen|nimmt|nehmen|genehmigt|billigt|bestatigt"
    r"|wahlt|wahlen|beauftragt|lehnt|befindet|fasst|beruft|bestellt|erteilt|stellt|spricht|sprechen|verweist"
    r"|vertagt|ermachtigt|macht|entscheidet|bestimmt|benennt|entsendet|erlasst|setzt|hebt|schlagt|bewilligt"
    r"|gibt|erklart|beschloss|verzichtet|ubertragt|andert|tritt|folgt|schliesst|halt|vergibt|trifft))(?![a-z])")
#: A later sentence in the past that tells an earlier decision, not this item's: "Der Ortschaftsrat
#: hat in seiner Sitzung vom 3.5. zugestimmt", "… hat bereits …" (a number, a session, "bereits").
_TELLS_EARLIER = re.compile(
    r"(?<![a-z])(?:sitzung\w*|bereits|zuvor|damals|vorher|seinerzeit|zuletzt|schon|vormals)(?![a-z])|\d")


#: The end of the first sentence: ".", "!" or "?" after two letters, digits, brackets or quotes,
#: then white space. (Written with the mark first and the look-behind after it, so that the engine
#: skips from mark to mark instead of trying the look-behind at every character.)
#: (not after a usual abbreviation: "über- bzw. außerplanmäßigen Mittelverschiebungen stimmt der
#: Stadtrat … zu" is one sentence)
_FIRST_END = re.compile(r"[.!?](?<=[a-z0-9)“\"]{2}[.!?])" + not_after_abbreviation() + r"\s")


#: A point that begins with an article that can be an object ("die Bürgermeisterin …", "den Ersten
#: Stadtrat …"); a lead-in that ends its sentence (then it is an item of its own); one that
#: announces the points with a colon.
_OBJECT_FIRST = re.compile(r"\s*(?:die|den)\s")
_SENTENCE_ENDS = re.compile(r"[.!?][\"'“”]?\s*$")
_COLON_ENDS = re.compile(r":[\"'“”]?\s*$")

#: A lead-in that announces the people elected or named in its points ("Für die Wahlperiode werden
#: gewählt bzw. benannt:" / "1. Verbandsversammlung des Abwasserzweckverbandes …"): each point,
#: mostly an organ's name and people, is an appointment to that organ, read with the lead-in.
_ANNOUNCES_APPOINTMENTS = re.compile(
    r"(?<![a-z])(?:gewahlt|benannt|bestellt|entsandt|berufen|wahlt|benennt|entsendet|beruft)"
    r"(?:\s+(?:bzw\.?|und|oder)\s+(?:gewahlt|benannt|bestellt|entsandt|berufen))?\s*:\s*$")

#: A point that names the deputies of those the point before named ("2. Als Stellvertreter wird Herr
#: B gewählt", "Zu dessen Stellvertreter wird Herr B benannt"; after a lead-in "Ratsherrn C und
#: Ratsfrau D als deren Stellvertretende"): what the deputies are appointed to is the point
#: before's matter.
_DEPUTIES_FIRST = re.compile(
    r"^\W*(?:als|zum|zur|zu)\s+(?:(?:deren|dessen|ihr\w*|sein\w*|personlich\w*|weitere\w*)\s+){0,2}"
    r"(?:stellvertret|ersatzmitglied|ersatzvertret)")
_DEPUTIES_OF = re.compile(
    r"(?<![a-z])(?:deren|dessen|ihre|ihren|ihrer|seine|seinen|seiner)\s+(?:\w+\s+)?(?:stellvertret|ersatz)")


def _unmarked(line: str) -> str:
    """``line`` without its numbering marker ("I. Aufstellungsbeschluss" → "Aufstellungsbeschluss")."""
    marker = marker_at(line)
    return line[marker[2]:] if marker else line


def _acts_in_later_sentence(folded: str, subject: Subject) -> bool:
    """Whether ``subject`` counts: it does if it is in the item's first sentence, or, in a later
    sentence, if it decides there ("... Der Rat beschließt ..."; in the past or with the verb first
    only when the sentence tells no earlier decision), not if it is the subject of a remark
    ("Bürgermeister Georgi ... haben an der Beratung nicht teilgenommen")."""
    first_end = _FIRST_END.search(folded)
    if first_end is None or subject.mention.start < first_end.end() or subject.recommended_by is not None:
        # (a body recommended to in a later sentence: "… zur Kenntnis. Er empfiehlt dem Rat, …")
        return True
    mention = subject.mention
    if _ACTS.match(folded, mention.end):
        return True
    if not decided_in_past(folded, mention):
        return False
    start = folded.rfind(". ", 0, mention.start) + 1
    end = folded.find(". ", mention.end)
    return not _TELLS_EARLIER.search(folded, start, end if end >= 0 else len(folded))


#: A body's name followed by a colon: a label of the point.
_LABEL = re.compile(r"\s*:")
#: What makes the rest of a point after a body's name a sentence: a finite verb.
_FINITE = re.compile(r"(?<![a-z])(?:wird|werden|ist|sind|hat|haben|beschliesst|beschliessen|empfiehlt|empfehlen|nimmt"
                     r"|nehmen|stimmt|stimmen|wahlt|wahlen|bestellt|bestellen|beauftragt|genehmigt|billigt|entscheidet"
                     r"|legt|setzt|erteilt|tritt|treten|soll|sollen|kann|konnen)(?![a-z])")


def _name_only(folded: str, end: int) -> bool:
    """Whether a point is a body's name and no sentence ("1. Fachausschuss Finanzen" under "…
    werden folgende Fachausschüsse gebildet:"): what the lead-in decides about, not who decides."""
    rest = folded[end:]
    return len(rest.split()) <= 6 and "." not in rest.rstrip(" .") and _FINITE.search(rest) is None


def _choose_body(index: int, heading: Body | None, heading_line: int | None, subject: Subject | None,
                 intro_subject: Subject | None, antrag_body: Body | None, paper_decider: Body | None,
                 presumed: bool, decider_line: int | None, consultations: tuple[Consultation, ...],
                 hints: Hints, item_line: int, head_line: int, unrecognised: bool = False,
                 antrag_source: str = "antrag") -> tuple[Body | None, str, int | None, Body | None]:
    """The deciding body of an item, where it came from, the line that names it, and the body
    whose recommendation the item is (``None`` unless the item only recommends).

    ``unrecognised``: the item's text makes a body the decider that no known name matches; then
    nothing else (the Beratungsfolge, a lead-in) supplies the body, and it is unknown.
    """
    if index in hints.item_bodies:
        return hints.item_bodies[index], "front-matter", None, None
    if heading is not None:
        return heading, "heading", heading_line, None
    if unrecognised and (subject is None or subject.body is None):
        return None, "unrecognised", item_line, None
    if hints.deciding:
        deciding = hints.deciding[-1]
        if (subject is not None and subject.body is not None and subject.recommended_by is not None
                and _same_body(subject.recommended_by, deciding) and not _same_body(subject.body, deciding)):
            # The consultation marked as deciding is the recommender's session: "Der Ortschaftsrat
            # Durlach empfiehlt dem Gemeinderat ... zu beschließen" is what the Ortschaftsrat
            # decided there, a recommendation; the matter itself is the Gemeinderat's decision,
            # as for the same text without the OParl record. The recommender is named as the
            # OParl record names it (the session the record marks as deciding).
            return subject.body, "recommendation", item_line, deciding
        return deciding, hints.deciding_source or hints.format, None, None
    from_table = "beratungsfolge-presumed" if presumed else "beratungsfolge"
    for candidate, line in ((subject, item_line), (intro_subject, head_line)):
        if candidate is None or candidate.ambiguous:
            continue
        if candidate.body is not None and candidate.generic:
            # "Der Ausschuss nimmt ... zur Kenntnis": which committee, the Beratungsfolge says.
            if paper_decider is not None:
                return paper_decider, from_table, decider_line, None
            committees = [c for c in consultations if c.body is not None and set(c.body.kinds) & _COMMITTEE]
            if committees:
                return committees[-1].body, "beratungsfolge", committees[-1].line, None
            # Nothing says which committee: a Fachausschuss, the Haupt- und Finanzausschuss?
            # Unknown rather than a guess (a web page of the minutes has no Beratungsfolge).
            continue
        if candidate.body is not None:
            if candidate.recommended_by is not None:
                return candidate.body, "recommendation", line, candidate.recommended_by
            return candidate.body, "sentence", line, None
        if candidate.recommended_by is not None:
            # A recommendation to no body of the municipality ("empfiehlt der
            # Gesellschafterversammlung ...") is the recommender's own decision when the
            # Beratungsfolge has it decide; otherwise the Beratungsfolge's decider decides, on
            # the recommendation ("Der Sanierungsbeirat und der Ortschaftsrat ... empfehlen, die
            # Verwaltung ... zu beauftragen", the Planungsausschuss deciding).
            if paper_decider is not None and paper_decider.kinds != candidate.recommended_by.kinds:
                return paper_decider, from_table, decider_line, candidate.recommended_by
            if paper_decider is not None:
                return candidate.recommended_by, "sentence", line, None
            return None, "recommendation", None, candidate.recommended_by
    if antrag_body is not None:
        return antrag_body, antrag_source, head_line, None
    if paper_decider is not None:
        return paper_decider, from_table, decider_line, None
    return None, "none", None, None


#: A label at the end of an item (mostly a title read as the item) that makes it a preliminary
#: deliberation: "…; Vorberatung", "… – Empfehlung an den Rat", "hier: Beratung und Empfehlung";
#: also with both words ("hier: Vorberatung und Empfehlung an den Rat"), what is deliberated
#: ("; Vorberatung der Gebührensatzung"), an election's preliminary review ("hier: Vorprüfung",
#: "Vorprüfung und Beschlussempfehlung"), and the paper's number after it (", DS 2024/311"):
#: a self-written list of NRW titles with their deciding body.
_PREPARES = re.compile(
    r"(?:[;,:(]|\s[-–])\s*(?:zur\s+)?(?:vorberatung(?:\s+(?:der|des|zur|zum)\s+[^;,:()]{1,60}?)?"
    # an election's preliminary review, also after its norm ("hier: Vorprüfung gem. § 40 KWahlG";
    # with an addressee it is read below, which names it)
    r"|vorprufung(?:\s+und\s+(?:beschluss)?empfehlung)?(?:\s+(?:gem\.?|gemass|nach)\s*§[^;:()]{1,30}?)?"
    r"|beratung und empfehlung"
    r"|(?:beschluss)?empfehlung(?:sbeschluss)?(?=\s*\)?\s*\.?(?:$|\s*[,;(]\s*(?:ds|drucksache|vorlage)))"
    # what is deliberated before "und Empfehlung" ("hier: Beratung der Änderungsanträge der
    # Fraktionen und Empfehlung an den Rat", "hier: Kalkulation der Gebühren und Empfehlung …")
    r"|(?:(?:vorberatung|beratung|[^;:()]{1,80}?\s+und)\s+)?(?:beschluss)?empfehlung(?:sbeschluss)?"
    r"(?:\s+(?:an|fur)\s+(?:den\s+|die\s+|das\s+)?(?P<to>(?:gemeinde|stadt|samtgemeinde|markt|kreis)?rat(?:es)?"
    r"|stadtverordnetenversammlung|gemeindevertretung|kreistag|haupt(?:- und finanz)?ausschuss|verwaltungsausschuss))?"
    # what is recommended ("… an den Rat zum Satzungsbeschluss", "Empfehlung zur Feststellung")
    r"(?:\s+(?:zum|zur|uber\s+(?:den|die|das)|fur\s+(?:den|die|das))\s+[^;,:()]{1,60}?)?)"
    r"(?:\s*[,;(]\s*(?:ds|drucksache|vorlage)\b[^;:]{0,40}?)?\s*\)?\s*\.?$")


def _same_body(first: Body, second: Body) -> bool:
    """Whether two bodies are the same: by the profile's id where both have one (two
    Ortschaftsräte share a kind), else by their kinds."""
    if first.key and second.key:
        return first.key == second.key
    return first.kinds == second.kinds


#: "Ein Beschlussvorschlag ist in der Sitzung zu erarbeiten", "Dieser bleibt gegenüber der
#: Ursprungsdrucksache 40/2012 unverändert": no decision text in this paper.
_PLACEHOLDER = Guarded(
    r"(beschlussvorschlag|beschlussempfehlung|beschluss|vorschlag)\w* (ist|wird) (\S+ ){0,3}in der sitzung (zu )?(erarbeit|formulier|erstell)"
    r"|(bleibt|gilt|bleiben|gelten) (\S+ ){0,8}unverandert|siehe (ursprungs)?(drucksache|vorlage)"
)
#: A point that only passes a later point's decision on, in a chain of recommendations:
#: "a) Der Ortsrat Sehnde empfiehlt dem Rat, den folgenden Beschluss zu fassen:" / "b) Der
#: Verwaltungsausschuss empfiehlt dem Rat, …" / "c) Der Rat der Stadt Sehnde fasst den folgenden
#: Beschluss: …". It holds no decision of its own; the body it recommends to decides the later point.
_RECOMMENDATION_HEAD = re.compile(
    r"(?:der|die|das)\s+\S.{0,120}?\s(?:empfiehlt|empfehlen)(?:\s+(?:dem|der|den)\s+\S.{0,80}?)?,?\s+"
    r"(?:(?:(?:den|die)\s+)?(?:(?:folgenden?|nachfolgenden?|nachstehenden?)\s+)?(?:beschluss|beschlusse)"
    r"(?:\s+zu\s+\S{1,4})?|wie\s+folgt|folgendes)\s+zu\s+(?:fassen|beschliessen)\s*[.:]?")
#: The minutes' account of the debate under a proposal heading, not the decision: "Auf Befragen,
#: teilt Dr. h.c. Dugall für die Antragstellerin CDU mit, dass ...", "Herr Grubert erläutert ...",
#: "Bürgermeister Kaiser erläutert, dass ..." (an office with the holder's name is a person
#: speaking, not the body deciding: "Der Bürgermeister wird beauftragt" stays a decision).
_NARRATIVE = re.compile(
    r"\s*(?:auf (?:befragen|nachfrage|anfrage)\b[^.]*?|(?:herr|frau|stadtverordneter?|stv\.|ratsherr|ratsfrau|rh\.|rf\."
    r"|ratsmitglied|mitglied|vorsitzender?"
    r"|(?:(?:erster?|stellvertretender?|1\.)\s+)?(?:ober|orts|samtgemeinde|verbandsgemeinde)?burgermeister(?:in)?"
    r"|kammerer(?:in)?|beigeordneter?|ortsvorsteher(?:in)?|(?:fachbereichs|bauamts|amts)leiter(?:in)?)"
    r"\s+(?:(?:dr|prof|h\.\s?c)\.\s+){0,3}[a-z][\w-]*(?:\s+\([^)]{1,20}\))?,?\s+)"
    r"(?:teilt|erlautert|berichtet|fuhrt|fragt|regt|bittet|erklart|tragt|informiert|weist|stellt|gibt|verweist"
    r"|erinnert)\b")
_NARRATIVE_STARTS = ("auf ", "herr", "frau", "stadtverordnete", "stv.", "rats", "rh.", "rf.", "mitglied", "vorsitz",
                     "burgermeister", "oberburgermeister", "ortsburgermeister", "samtgemeindeburgermeister",
                     "verbandsgemeindeburgermeister", "erste", "stellvertretende", "1. ", "kammerer",
                     "beigeordnete", "ortsvorsteher", "fachbereichsleiter", "bauamtsleiter", "amtsleiter")
_COMMITTEE = frozenset({"hauptausschuss", "finanzausschuss", "fachausschuss", "rechnungspruefungsausschuss"})
#: A committee's name in an item's text ("Bauausschuss", "Ausschusses", "Bau- und Umweltausschuss").
_COMMITTEE_NAME = re.compile(r"(?i)\b[\wäöüß-]*ausschu(?:ss|ß)\w*")


def decision_items(section: Section, text: str, title: str | None, antrag_body: Body | None,
           paper_deciders: tuple[Body, ...], presumed: bool, decider_rows: tuple[Consultation, ...],
           consultations: tuple[Consultation, ...], hints: Hints, lexicon: Lexicon,
           profile: Profile | None, land: str | None, notes: list[Message],
           antrag_source: str = "antrag", paper_fold: Callable[[], str] | None = None) -> list[DecisionItem]:
    """The decision items of ``section``. ``antrag_body`` is the body the heading addresses
    ("Antrag an den Gemeinderat"), or with ``antrag_source`` "lead-in" the body the minutes say
    takes the decision ("Nach kurzer Aussprache fasst der Haupt- und Finanzausschuss folgenden
    Beschluss:"). ``paper_fold`` gives ``fold(text)`` when the caller can make it faster."""
    if paper_fold is None:
        paper_fold = functools.partial(fold, text)
    # Per-body sections: (heading body, heading line, content).
    groups: list[tuple[Body | None, int | None, list[tuple[int, str]]]] = []
    current: tuple[Body | None, int | None, list[tuple[int, str]]] = (None, None, [])
    heading_texts: dict[int, str] = {}
    for number, line in section.lines:
        body = heading_body(line, lexicon, profile, land)
        if body is not None:
            heading_texts[number + 1] = line.strip()
            if current[2] or current[0] is not None:
                groups.append(current)
            current = (body, number + 1, [])
            continue
        if line.strip():
            current[2].append((number, line))
    if current[2] or current[0] is not None:
        groups.append(current)

    vocabulary = lexicon.vocabulary
    paper_decider = paper_deciders[-1] if paper_deciders else None
    decider_line = decider_rows[-1].line if decider_rows else None
    drafts: list[tuple[Chunk, Body | None, int | None, str, Any, list[Mention], str | None, bool]] = []
    announcing: set[str] = set()  # the lead-ins that announce appointments
    for heading, heading_line, content in groups:
        content = trim_footer(content)
        if not content:
            continue
        preamble, chunks = split_numbered(content)
        intro_subject = None
        intro_text = ""
        intro_mentions: list[Mention] = []
        intro_unrecognised = None
        if chunks and preamble:
            intro_text = join_lines(t for _, t in preamble)
            folded_intro = fold(repair(intro_text))
            intro_mentions = find_mentions(folded_intro, lexicon, profile, land, original=intro_text)
            intro_subject = subject_of(folded_intro, intro_mentions, lexicon, profile, land)
            if intro_subject is None:
                intro_unrecognised = unrecognised_subject(folded_intro, intro_mentions, intro_text)
            if _SENTENCE_ENDS.search(intro_text):
                # A sentence of its own before the list is an item of its own.
                chunks.insert(0, Chunk(preamble))
                intro_text = ""
                intro_mentions, intro_unrecognised = [], None
            elif _ANNOUNCES_APPOINTMENTS.search(folded_intro):
                announcing.add(intro_text)
        elif not chunks:
            chunks = split_sentences(preamble, lexicon, profile, land, titled_decisions=section.resumed)
        # A lead-in without a colon goes on in each point: "Der Verwaltungsausschuss bestellt" / "1.
        # die Bürgermeisterin … als Mitglieder der Verbandsversammlung" is one sentence.
        goes_on = bool(intro_text) and not _COLON_ENDS.search(intro_text)
        for chunk in chunks:
            drafts.append((chunk, heading, heading_line, intro_text, intro_subject, intro_mentions,
                           intro_unrecognised, goes_on and chunk.numbered))

    items: list[DecisionItem] = []
    single = len(drafts) == 1
    known: tuple[str, str | None] | None = None  # a known organisation named anywhere in the paper
    stated: tuple[int | None, str | None] | None = None  # the value the paper states for its matter
    explained: tuple[Body | None] | None = None  # the body the explanation says decides, once looked for
    title_text = repair(title or "")
    #: The body a chain's head passes its decision on to, with its line and the recommender.
    passed_on: tuple[Body, int, Body] | None = None
    for chunk, heading, heading_line, intro_text, intro_subject, intro_mentions, intro_unrecognised, goes_on in drafts:
        check_time()  # the paper's time budget (errors.time_budget)
        first_number, first_line = chunk.lines[0]
        marker = marker_at(first_line) if chunk.numbered else None
        parts = [first_line[marker[2]:] if marker else first_line] + [t for _, t in chunk.lines[1:]]
        item_text = join_lines(parts).strip()
        if not _THREE_LETTERS.search(item_text):
            continue  # no words: the rules and dates of a table ("| | 22.05.2025 |")
        form = match_form(item_text)
        if form.startswith(_NARRATIVE_STARTS) and _NARRATIVE.match(form):
            notes.append(note(
                f"Zeile {first_number + 1}: der Bericht über die Beratung, kein Beschlusstext.",
                f"Line {first_number + 1}: the account of the debate, no decision text.",
            ))
            continue
        if _RECOMMENDATION_HEAD.fullmatch(form) and chunk is not drafts[-1][0]:
            folded_head = fold(repair(item_text))
            head = subject_of(folded_head, find_mentions(folded_head, lexicon, profile, land, original=item_text),
                              lexicon, profile, land)
            if head is not None and head.body is not None and head.recommended_by is not None:
                passed_on = (head.body, first_number + 1, head.recommended_by)
            notes.append(note(
                f"Zeile {first_number + 1}: die Empfehlung eines vorberatenden Gremiums, den folgenden "
                "Beschluss zu fassen; kein eigener Beschlusstext.",
                f"Line {first_number + 1}: a preparing body's recommendation to take the decision below; "
                "no decision text of its own.",
            ))
            continue
        placeholder = _PLACEHOLDER.search(form)
        if placeholder and len(item_text) < 200:
            notes.append(note(
                f"Zeile {first_number + 1}: kein Beschlusstext („{item_text}“).",
                f"Line {first_number + 1}: no decision text (\"{item_text}\").",
            ))
            continue
        repaired = repair(item_text)
        folded_item = fold(repaired)
        mentions = find_mentions(folded_item, lexicon, profile, land, original=item_text)
        subject_from = chunk.subject_from or (
            # "I. Aufstellungsbeschluss" / "Der Ausschuss für Stadtentwicklung … beschließt …": the
            # point's short title, then its decision; the subject is looked for in the decision
            1 if len(chunk.lines) > 1 and heads_its_decision(_unmarked(chunk.lines[0][1]), chunk.lines[1][1]) else 0)
        if subject_from:
            own = join_lines(t for _, t in chunk.lines[subject_from:])
            folded_own = fold(repair(own))
            subject = subject_of(folded_own, find_mentions(folded_own, lexicon, profile, land, original=own),
                                 lexicon, profile, land)
        else:
            folded_own = folded_item
            subject = subject_of(folded_item, mentions, lexicon, profile, land)
        if subject is not None and subject.body is not None and not _acts_in_later_sentence(folded_own, subject):
            # "2. Dem Bürgermeister wird Entlastung erteilt. Bürgermeister Georgi und die
            # Beigeordneten haben an der Beratung nicht teilgenommen.": the minutes' remark after
            # the decision names no decider.
            subject = None
        if subject is not None and subject.body is not None and (
                (intro_subject is not None and intro_subject.body is not None and _LABEL.match(folded_own, subject.mention.end))
                or (chunk.numbered and subject.mention.start < 8 and _name_only(folded_own, subject.mention.end))):
            # "Der Gemeinderat beschließt … folgende Änderungen in der Besetzung der Ausschüsse:
            # 1. Planungsausschuss: Stadtrat … wird ordentliches Mitglied": a point's label names
            # what the lead-in's decision is about, not who takes it (a self-written archive
            # paper); the lead-in's body decides. So is a point that is only a body's name.
            subject = None
        if (goes_on and subject is not None and subject.body is not None and intro_subject is not None
                and intro_subject.body is not None and subject.mention.start < 8 and _OBJECT_FIRST.match(folded_own)):
            # A point that goes on with the lead-in's sentence is its object ("1. die Bürgermeisterin
            # sowie Ratsherrn …"); the lead-in's body decides (session 16, self-written papers).
            subject = None
        if subject is None:
            # "... wird vom Rat bestätigt"; "Die Ratsmitglieder wählen ..."
            subject = agent_of(folded_item, mentions)
        if subject is None:
            council = members_as_subject(folded_item, lexicon, profile, land)
            if council is not None:
                subject = Subject(council, Mention(0, 0, council.name, council))
        unrecognised = unrecognised_subject(folded_item, mentions, item_text) if subject is None else None
        if unrecognised is None and subject is None and intro_subject is None:
            unrecognised = intro_unrecognised

        index = len(items) + 1
        body, source, body_line, recommended_by = _choose_body(
            index, heading, heading_line, subject, intro_subject, antrag_body, paper_decider,
            presumed, decider_line, consultations, hints, first_number + 1, section.head_line,
            unrecognised=unrecognised is not None, antrag_source=antrag_source)
        if hints.deciding and body is hints.deciding[-1] and recommended_by is None and any(
                word in folded_item for word in ("empfehlung", "vorberatung", "vorprufung")):
            # (a label ends the item: its last characters are enough)
            label = _PREPARES.search(folded_item, max(0, len(folded_item) - 240))
            if label is not None:
                # "Haushaltssatzung 2016; Empfehlung an den Rat", "…; Vorberatung": the session
                # the record marks as deciding only prepares the decision. Its body recommends;
                # the body named as the addressee decides, else nobody the record names.
                recommended_by = body
                # (the label is read folded: a German noun's capital for the name, "Rat")
                addressee = " ".join(w if w == "und" else w.capitalize() for w in (label.group("to") or "").split())
                body = resolve_body(addressee, lexicon, profile, land) if addressee else None
                source, body_line = "recommendation", first_number + 1
                if body is None:
                    notes.append(note(
                        f"Zeile {first_number + 1}: der Punkt ist als Vorberatung oder Empfehlung "
                        f"bezeichnet; „{recommended_by.name}“ empfiehlt nur, wer entscheidet, ist nicht angegeben.",
                        f"Line {first_number + 1}: the item is labelled as a preliminary deliberation or "
                        f"recommendation; \"{recommended_by.name}\" only recommends, the deciding body is not given.",
                    ))
        if source == "recommendation" and hints.deciding and body is not None:
            recommender = hints.deciding[-1].name
            notes.append(note(
                f"Zeile {first_number + 1}: als entscheidend ist die Sitzung von „{recommender}“ angegeben; "
                f"der Beschlusstext ist dessen Empfehlung an „{body.name}“, geprüft wird „{body.name}“.",
                f"Line {first_number + 1}: the session of \"{recommender}\" is given as the deciding one; "
                f"the decision text is its recommendation to \"{body.name}\", which is checked.",
            ))
        names = ([heading_texts[heading_line]] if heading_line in heading_texts else []) + [
            m.name for m in (*intro_mentions, *mentions)]
        suspicious = next((name for name in names if suspicion(name) is not None), None)
        softened = next((name for name in names if SOFT_HYPHEN in name), None)
        if softened is not None:
            notes.append(note(
                f"Zeile {first_number + 1}: der Gremienname „{softened.replace(SOFT_HYPHEN, '')}“ "
                "enthält ein weiches Trennzeichen (U+00AD); für den Abgleich entfernt.",
                f"Line {first_number + 1}: the body name \"{softened.replace(SOFT_HYPHEN, '')}\" "
                "contains a soft hyphen (U+00AD); removed for matching.",
            ))
        # A body the text names but the reader cannot recognise is never replaced by another one
        # (issue 12): the sibling's body and the explanation's only stand in where no body is named.
        if source == "none" and unrecognised is None and items and items[-1].body is not None \
                and items[-1].body_source in ("sentence", "heading", "sibling"):
            # "1. Der Haupt- und Finanzausschuss beschließt ... 2. Die Verwaltung wird beauftragt,
            # ...": the sibling item's body decides this one too.
            body, source, body_line = items[-1].body, "sibling", items[-1].body_line
        if source == "none" and unrecognised is None and passed_on is not None:
            # "1. Der Bauausschuss empfiehlt dem Rat, folgenden Beschluss zu fassen: 2. Die Satzung
            # wird beschlossen.": the body recommended to decides the points the head passes on.
            body, body_line, recommended_by = passed_on
            source = "recommendation"
        if source == "none" and unrecognised is None:
            if explained is None:
                explanation = paper_fold() if len(text) <= 60_000 else fold(text[:60_000])
                explained = (body_from_explanation(explanation, lexicon, profile, land),)
            if explained[0] is not None:
                body, source, body_line = explained[0], "sachverhalt", None

        # The matter: from the item's own text, else with its lead-in, else with the paper's
        # title (which names the subject when the item only says "beschließt gemäß Vorlage");
        # when none of them is recognised the item has no matter, and the check says so.
        matters = vocabulary.classify(repaired)
        reported = without_reports(repaired, body) if matters else repaired
        if reported != repaired and len(reported.split()) >= 4:
            # Another body's past act told in the item ("Die Stadt hat aufgrund des
            # Ratsbeschlusses … eine Ausfallbürgschaft übernommen."): the matter is the rest's,
            # none if the rest names none (then the title may tell).
            matters = vocabulary.classify(reported)
        if intro_text and (not matters or goes_on or intro_text in announcing):
            matters = vocabulary.classify(repair(intro_text) + " " + reported) or matters
        if items and items[-1].matters and (_DEPUTIES_FIRST.search(folded_item) or (
                not matters and _DEPUTIES_OF.search(folded_item))):
            matters = tuple(sorted({*matters, *items[-1].matters}))
        matters = hearing_statement(matters, body, title_text, folded_item, vocabulary)
        if not matters and title_text:
            # The item's own committee names are left out of the joined text: a title's words
            # must not reach them ("Bildung des Forstreviers X" + "Der Bauausschuss beschließt
            # gemäß Vorlage" is no forming of a committee).
            matters = vocabulary.classify(title_text + " " + _COMMITTEE_NAME.sub("es", reported))
        # The counterpart's legal form: stated in the item, else in the title; from the rest of
        # the paper only a known organisation counts (a "GmbH" in the explanation is usually
        # someone else).
        form, organisation = vocabulary.legal_form(repaired)
        if form == "unbekannt" and title_text:
            form, organisation = vocabulary.legal_form(title_text)
        if form == "unbekannt":
            if known is None:
                known = vocabulary.known_organisation(text, folded=paper_fold())
            form, organisation = known
        approval = urgency_approval(folded_item)
        if approval == "keine" and single and title_text:
            approval = urgency_approval(fold(title_text))
        urgency = "keine"
        if approval == "keine":
            urgency = vocabulary.urgency_of(repaired)
            if urgency == "keine" and title_text:
                urgency = vocabulary.urgency_of(title_text)
            if urgency == "keine":
                urgency = cited_urgency(folded_item)
        stage = planning_stage(folded_item)
        if stage is None and single and title_text:
            stage = planning_stage(fold(title_text))
        # The amount: the item's own, else (for matters with value limits) the value the paper
        # states for the matter, e.g. "Gesamtauftragswert in Höhe von 612.964,24 EURO (brutto)".
        cents, basis = amount_cents(folded_item), amount_basis(folded_item)
        if cents is None and VALUE_MATTERS.intersection(matters):
            if stated is None:
                stated = stated_value(paper_fold())
            cents, basis = stated
        column = chunk.column_override or (len(first_line) - len(first_line.lstrip()) + 1)
        if section.inline is not None and first_number == section.head_line - 1:
            column = section.inline_column
        items.append(DecisionItem(
            index=index,
            text=item_text,
            body=body,
            matters=matters,
            legal_form=form,
            amount_cents=cents,
            amount_basis=basis,
            recurring=recurring(folded_item),
            urgency=urgency,
            counterpart=organisation,
            line=first_number + 1,
            column=column,
            body_line=body_line,
            body_source=source,
            urgency_approval=approval,
            planning_stage=stage,
            norms=cited_norms(item_text),
            suspicious_name=suspicious,
            recommended_by=recommended_by,
        ))
    return join_final_plan_parts(_siblings_before(items), notes)


def _siblings_before(items: list[DecisionItem]) -> list[DecisionItem]:
    """An item that names no body, before the items that do, when they all name the same one:
    "1. Den Abwägungsvorschlägen des Baureferates wird beigetreten. 2. Der Bau- und
    Werkausschuss billigt den Entwurf ... 3. Der Bau- und Werkausschuss beschließt ..." (the
    sibling after it decides it, as the sibling before it does, see ``decision_items``). Bodies
    that disagree, or one the reader could not recognise, leave it without a body."""
    if len(items) < 2 or not any(item.body_source == "none" for item in items):
        return items
    named = [item for item in items if item.body is not None and item.body_source in ("sentence", "heading")]
    if not named or any(item.body_source == "unrecognised" for item in items) \
            or len({tuple(item.body.kinds) for item in named if item.body is not None}) != 1:
        return items
    result: list[DecisionItem] = []
    for position, item in enumerate(items):
        if item.body_source == "none":
            later = next((other for other in items[position + 1:] if other in named), None)
            if later is not None:
                item = attrs.evolve(item, body=later.body, body_source="sibling", body_line=later.body_line)
        result.append(item)
    return result


"""How a German council sentence says who decides, by its word order: patterns over folded text.

A body's name alone does not make it the decider; the words around it do. German puts the
finite verb second in a main clause, so after a fronted phrase the body that follows the verb is
its subject ("Einstimmig beschloss der Gemeinderat …"); reports tell decisions in the perfect ("…
hat der Gemeinderat … beschlossen") or in the past ("Der Gemeinderat genehmigte …"); a
committee's decision may be to recommend ("… dem Rat zu empfehlen"), and the administration's
proposal may name the body that is to decide ("Dem Rat wird vorgeschlagen, … zu beschließen").
:mod:`.bodies` uses these patterns to find the subject of a sentence.
"""

from __future__ import annotations

import re

__all__ = ["ABBREVIATIONS", "EARLIER_TIME", "ACTED", "AFTER_CONSULTATION", "AUXILIARY_BEFORE", "CONSULTATION_LEADS", "DECIDES_TO_RECOMMEND",
           "DECISION_PARTICIPLES", "INVERTED", "INVERTED_AFTER_PHRASE", "INVERTED_AFTER_PHRASE_VERBS", "INVERTED_CONSENT",
           "INVERTED_PERFECT", "INVERTED_RECOMMENDS", "NUMBERED",
           "PERFECT_PARTICIPLE", "POINT", "PROPOSED_TO", "SENTENCE_START", "TO_BE_DECIDED", "TO_BE_RECOMMENDED", "TO_RECOMMEND",
           "IN_SENTENCE", "not_after_abbreviation"]

#: A character that does not end its sentence (a pattern fragment): no ".", ";" or ":", except the
#: dot of an abbreviation or a date within a word ("e.V.", "04.09.2025") or after a day's number
#: ("am 04.09. bekannt").
IN_SENTENCE = r"(?:[^.;:]|\.(?=\S)|(?<=\d)\.\s)"
#: A numbered point's marker: "3.", "3)" or "3.)".
NUMBERED = r"\d{1,2}(?:\.\)|[.)])"
#: A numbered or lettered point's marker ("3.", "3.)", "c)").
POINT = rf"(?:{NUMBERED}|[a-h]\))"
#: Usual abbreviations whose dot ends no sentence ("über- bzw. außerplanmäßige …"), folded.
ABBREVIATIONS = ("bzw", "ggf", "evtl", "ca", "nr", "abs", "gem", "vgl", "usw")
#: Words that put an act told in the past before the item's session ("wurde vom Rat bereits 1985
#: beschlossen"), as written; folded they lose their umlauts ("ursprunglich", "fruher").
EARLIER_TIME = ("bereits", "schon", "seinerzeit", "damals", "ursprünglich", "früher", "zuvor", "vormals")


def not_after_abbreviation() -> str:
    """Look-behinds that a sentence-ending dot (just matched) does not close an abbreviation."""
    return "".join(rf"(?<!\b{word}\.)" for word in ABBREVIATIONS)


#: The verb before its subject after a fronted adverb or phrase, as minutes write: "Einstimmig
#: beschloss der Gemeinderat, ...", "Mehrheitlich fasst der Rat folgenden Beschluss", "Bei einer
#: Gegenstimme bestätigte der Rat ...", "Einstimmig spricht sich der Ortschaftsrat gegen ... aus"
#: (German puts the finite verb second in a main clause, so after a fronted phrase of up to four
#: words, numbers among them: "Bei 1 Gegenstimme stimmte der Gemeinderat …", the body after the
#: verb is its subject). Not
#: "entscheidet": "Über die Vergabe entscheidet der Bürgermeister" in a proposal assigns a later
#: decision, it is not the body deciding this one.
INVERTED = re.compile(
    r"(?:^|[.:;!?]\s)\s*(?:[a-z0-9][a-z0-9-]*\s+){1,4}(?:beschloss|beschliesst|fasste|fasst|stimmte|stimmt|genehmigte"
    r"|genehmigt|bestatigte|bestatigt|billigte|billigt|entschied|verabschiedete|verabschiedet|spricht\s+sich|sprach\s+sich"
    r"|wahlte|vergab|vergibt|lehnte|beauftragte)"
    r"\s+(?:der|die)\s+$"
    # after a fronted clause: "Da dies eine Unterfinanzierung darstellen würde, beschloss der
    # Marktgemeinderat …"
    r"|,\s+(?:beschloss|beschliesst|stimmte|stimmt|genehmigte|genehmigt|billigte|billigt|entschied|wahlte|vergab)"
    r"\s+(?:der|die)\s+$")
#: Up to 200 characters of one sentence before a verb (a pattern fragment): a dot ends no sentence
#: after a usual abbreviation or before a digit.
_UP_TO_THE_VERB = r"(?:[^.;:!?]|" + "|".join(rf"(?<=\b{word})\." for word in ABBREVIATIONS) + r"|\.(?=\d)){1,200}?"
#: Consent with a long fronted object, as proposals write it: "Den im Sachverhalt unter
#: „Finanzielle Auswirkungen“ dargestellten über- bzw. außerplanmäßigen Mittelverschiebungen
#: stimmt der Stadtrat gemäß § 83 Abs. 2 GO NRW zu" (the object in the dative first, the verb
#: second, then the body: its subject).
INVERTED_CONSENT = re.compile(
    rf"(?:^|[.:;!?]\s)\s*(?:{POINT}\s+)?(?:dem|den|der)\s+"
    + _UP_TO_THE_VERB +
    r"\s(?:stimmt|stimmte)\s+(?:der|die)\s+$")
#: Decision verbs that, placed before a body after a long fronted phrase, make it the subject.
INVERTED_AFTER_PHRASE_VERBS = ("beschliesst", "beschloss", "bewilligt", "bewilligte", "gewahrt", "gewahrte",
                               "genehmigt", "genehmigte", "billigt", "billigte", "vergibt", "vergab")
#: The verb before its subject after a fronted phrase longer than :data:`INVERTED` allows, as
#: district bodies write about their own funds: "Aus den ihm nach der Hauptsatzung zugewiesenen
#: Verfügungsmitteln bewilligt der Ortschaftsrat je 500 € …". The phrase begins with a
#: preposition or an adverb of manner, never with a noun that could itself be the subject ("Die
#: Stadt gewährt der Bezirksvertretung …": there the body after the verb is in the dative).
INVERTED_AFTER_PHRASE = re.compile(
    r"(?:^|[.:;!?]\s)\s*(?:aus|mit|nach|gemass|im|in|auf|fur|zur|zum|unter|vorbehaltlich|aufgrund|wegen"
    r"|bei|vom|von|zu|einstimmig|mehrheitlich|abschliessend)\s"
    + _UP_TO_THE_VERB +
    r"\s(?:" + "|".join(INVERTED_AFTER_PHRASE_VERBS) + r")\s+(?:der|die)\s+$")
#: The same with a recommending verb: "Einstimmig empfiehlt der Bauausschuss dem Gemeinderat, …".
INVERTED_RECOMMENDS = re.compile(
    r"(?:^|[.:;!?]\s)\s*(?:[a-z]+\s+){1,4}(?:empfiehlt|empfahl|empfehlen)\s+(?:der|die)\s+$")
#: The perfect tense with the verb before its subject, as reports of decisions write: "Einstimmig
#: hat der Gemeinderat beschlossen, dass ...", "Dafür hat der Gemeinderat sich ausgesprochen".
#: "hat" alone is no decision ("Derzeit hat der Gemeinderat 26 Mitglieder"): the participle of a
#: decision must follow in the same sentence (:data:`PERFECT_PARTICIPLE`). Not an earlier
#: decision told in a proposal: "In seiner Sitzung hat der Bauausschuss ... beschlossen", "Am 12. Mai
#: hat der ..." (a dot after a digit starts no sentence here), "Bereits/Zuvor hat der ...".
INVERTED_PERFECT = re.compile(
    r"(?:^|(?<!\d)[.:;!?]\s)\s*(?!(?:[a-z]+\s+){0,3}(?:sitzung|bereits|zuvor|damals|vorher|seinerzeit|zuletzt|schon)\s)"
    r"(?:[a-z]+\s+){1,4}(?:hat|haben)\s+(?:der|die)\s+$")
#: The participles of a decision, folded: what a body "hat … beschlossen" in the perfect.
DECISION_PARTICIPLES = (r"beschlossen|zugestimmt|genehmigt|gewahlt|verabschiedet|gefasst|bestatigt|gebilligt"
                         r"|abgelehnt|entschieden|bewilligt|beauftragt")
#: The participle of a decision in the rest of the sentence, after the body's name ("…
#: beschlossen", "… zugestimmt", "… sich ausgesprochen", "… dem Rat empfohlen": a
#: recommendation). A dot before a digit ends no sentence ("vom 19.12.2017").
PERFECT_PARTICIPLE = re.compile(
    r"(?:[^.;:!?]|\.(?=\d)){0,200}?(?<![a-z])(?P<participle>" + DECISION_PARTICIPLES
    + r"|ausgesprochen|empfohlen)(?![a-z])")
#: "hat der", "haben die" right before a body's name: the auxiliary of the perfect.
AUXILIARY_BEFORE = re.compile(r"(?<![a-z])(?:hat|haben)\s+(?:der|die)\s+$")
#: A body's name followed by a decision in the past, as minutes and reports write it ("Der
#: Gemeinderat genehmigte die Kalkulation", "Der Rat hat die Satzung einstimmig beschlossen").
ACTED = re.compile(
    r"(?:\s+(?:der|des)\s+(?:stadt|gemeinde|samtgemeinde)(?:\s+[a-z][\w.-]*)?)?\s+(?:\S+\s+){0,2}?"
    r"(?:genehmigte|stimmte|billigte|bestatigte|wahlte|fasste|lehnte|entschied|verabschiedete|beauftragte|bewilligte"
    r"|vergab|erteilte|bestellte"
    r"|(?:hat|haben)\s+(?:[^.;:!?]{0,160}?\s)?(?:" + DECISION_PARTICIPLES + r"))(?![a-z])")
#: The verb before its subject after a fronted phrase of the preliminary consultation: "Nach
#: Vorberatung im Planungs- und Finanzausschuss fasst der Stadtrat folgenden Beschluss", "Nach
#: Beratung im Finanzausschuss beschließt der Stadtrat, ...", "Entsprechend der Empfehlung des
#: Werkausschusses vom 23.10.2020 beschließt der Stadtrat ...", "Auf Empfehlung des Bauausschusses
#: beschließt der Gemeinderat ..." (the committee named there only advised; it is no subject). A
#: dot before a digit ends no sentence: a date ("vom 23.10.2020") may stand in the phrase.
AFTER_CONSULTATION = re.compile(
    rf"(?:^|[.:;!?]\s)\s*(?:{NUMBERED}\s+)?(?:nach|entsprechend|gemass|auf|aufgrund|laut)\s+"
    r"(?:\S+\s+){0,2}?"
    r"(?:vorberatung|beratung|anhorung|empfehlung|beschlussempfehlung|vorschlag|beschlussvorschlag)\b"
    r"(?:[^.;:!?]|\.(?=\d)){0,160}?\s(?:beschloss|beschliesst|fasste|fasst|stimmte|stimmt|genehmigte|genehmigt|billigte|billigt"
    r"|wahlte|wahlt|hat|haben)\s+(?:der|die)\s+$")
#: The words one of which :data:`AFTER_CONSULTATION` begins with (a look for them is cheaper
#: than the pattern).
CONSULTATION_LEADS = ("nach ", "entsprechend ", "gemass ", "auf ", "aufgrund ", "laut ")
#: A sentence start: text start, or after . : ; ! ? (and optional blanks, quotes, numbering). An
#: ordinal inside a sentence is no sentence end: "auf Vorschlag des 1. Bürgermeisters".
SENTENCE_START = re.compile(
    rf"(?:^|(?<!\s\d)(?<!\s\d\d)[.:;!?]\s)\s*(?:{POINT}\s+)?[\"'„“‚«»]?(?:(?:der|die)\s+(?:[a-z]{{3,}}er\s+)?)?$"
)


#: A decision to recommend is a recommendation: "Der Verwaltungsausschuss beschließt, dem
#: Gemeinderat die Erhöhung der Hundesteuer zu empfehlen" (after the subject), "…, dem Gemeinderat
#: … zu empfehlen" (after an inverted "Einstimmig beschloss der Verwaltungsausschuss").
TO_RECOMMEND = re.compile(r"[^.;]{0,200}?(?<![a-z])zu\s+empfehlen(?![a-z])")
#: The administration's proposal to a committee that is to recommend, as Lower Saxony papers
#: write it: "Dem Verwaltungsausschuss wird vorgeschlagen, dem Rat folgende Beschlussfassung zu
#: empfehlen" (the body before "wird vorgeschlagen", at the start of a sentence or a point).
PROPOSED_TO = re.compile(rf"(?:^|[.:;!?]\s)\s*(?:{POINT}\s+)?dem\s+$")
TO_BE_RECOMMENDED = re.compile(
    r"(?:\s+[a-z][\w.-]*){0,3}?\s+wird\s+(?:\S+\s+){0,2}?vorgeschlagen\s*,?\s+[^.;]{0,200}?(?<![a-z])zu\s+empfehlen(?![a-z])")
TO_BE_DECIDED = re.compile(
    r"(?:\s+[a-z][\w.-]*){0,3}?\s+wird\s+(?:\S+\s+){0,2}?(?:vorgeschlagen|empfohlen)\s*,?\s+[^.;]{0,200}?(?<![a-z])"
    r"(?:zu\s+(?:beschliessen|fassen|genehmigen|wahlen|billigen|bestatigen|erlassen)|zuzustimmen)(?![a-z])")
#: "Der Verwaltungsausschuss beschließt, dem Rat vorzuschlagen, folgenden Beschluss zu fassen"
#: (Lower Saxony's minutes): to propose is to recommend.
DECIDES_TO_RECOMMEND = re.compile(
    r"^\s*(?:\S+\s+){0,2}?(?:beschliesst|beschliessen|beschloss|beschlossen)\s*,?\s+(?:[^.;]{0,200}?(?<![a-z])"
    r"zu\s+empfehlen|dem\s+[^.;]{0,200}?(?<![a-z])vorzuschlagen)(?![a-z])")

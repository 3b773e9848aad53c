"""Attributes of a decision item and facts about the paper that rules need.

Everything here works on the folded, OCR-repaired form (:func:`~.ocr.match_form`) unless it says
otherwise:

- amounts: "2.000,00 €", "12.700,-- €", "EUR 5.000", "1,2 Mio. €", "1,2 Millionen Euro",
  "350 T€", "350 TEUR", "30.750 €" — the largest amount of an item counts (a total is named
  next to its parts; thresholds are about the total);
- recurring costs: "jährlich", "pro Jahr", "p. a.", "monatlich", "Mitgliedsbeitrag";
- the stage of a Bauleitplanung: Aufstellung, frühzeitige Beteiligung, Auslegung (Offenlage,
  Veröffentlichung), Satzungsbeschluss, Feststellungsbeschluss (Flächennutzungsplan);
- approval of an urgent decision already taken ("Genehmigung der Dringlichkeitsentscheidung"):
  the approving body decides in the ordinary course (NRW § 60 Abs. 1 S. 3 GO);
- cited norms: "§ 41 Abs. 1 S. 2 lit. m GO NRW", "§§ 2 Abs. 1, 3 Abs. 2 BauGB", "§ 40 Abs. 1
  Nr. 1 NGO";
- the paper's Land from the statute names it cites that identify one Land (GO NRW, GemO BW,
  NKomVG, § … NGO, HGO, BayGO, SächsGemO …; a bare "GemO" is BW or RP and needs more), its
  reference (Vorlage-Nr., Drucksache) and municipality ("Stadt Karlsruhe", "Gemeinde
  Nordstemmen").
"""

from __future__ import annotations

import re
from collections import Counter

from ..model import LANDS
from ..rulebase.matching import literal_first
from ..text.prefilter import Guarded, NeedleTree, needles

__all__ = [
    "PLANNING_STAGES",
    "VALUE_MATTERS",
    "amount_basis",
    "amount_cents",
    "euro_cents",
    "stated_value",
    "cited_norms",
    "cited_urgency",
    "land_from_text",
    "municipality_from_text",
    "planning_stage",
    "recurring",
    "reference_from_text",
    "shared_signs",
    "urgency_approval",
]

_NUMBER = r"(?<![\d.,])(\d{1,3}(?:\.\d{3})+|\d+)(?:,(\d{1,2}|-{1,2}))?"
_SCALE = r"(mio\.?|millionen|million|mrd\.?|milliarden|tsd\.?|tausend|t)?"
_AMOUNT_AFTER = Guarded(_NUMBER + r"\s*" + _SCALE + r"\s*(?:€|eur(?:o)?\b)")
_AMOUNT_BEFORE = Guarded(r"(?:€|eur(?:o)?\b)\s*" + _NUMBER + r"\s*" + _SCALE + r"(?![a-z])")


def euro_cents(whole: str, fraction: str | None, scale: str | None) -> int:
    """Cents of an amount as written: "1.250.000", ",50" or ",--", and a scale word ("Mio.",
    "Tsd.", "Milliarden"). Statutes and papers spell amounts alike, so both readers use this."""
    value = int(whole.replace(".", "")) * 100
    if fraction and fraction.isdigit():
        value += int(fraction.ljust(2, "0"))
    scale = (scale or "").rstrip(".")
    if scale in ("mio", "millionen", "million"):
        value *= 1_000_000
    elif scale in ("mrd", "milliarden"):
        value *= 1_000_000_000
    elif scale in ("tsd", "tausend", "t"):
        value *= 1_000
    return value


def amount_cents(folded: str) -> int | None:
    """The largest money amount in ``folded`` in cents, or ``None``."""
    values = []
    for match in _AMOUNT_AFTER.finditer(folded):
        values.append(euro_cents(match.group(1), match.group(2), match.group(3)))
    for match in _AMOUNT_BEFORE.finditer(folded):
        values.append(euro_cents(match.group(1), match.group(2), match.group(3)))
    return max(values) if values else None


_GROSS = Guarded(r"(?<![a-z])(brutto|inkl\.? (der )?(gesetzl\w*\.? )?(mwst|mehrwertsteuer|ust)"
                    r"|(inklusive|einschl\w*\.?) (der )?(gesetzl\w*\.? )?(mwst|mehrwertsteuer|umsatzsteuer|ust))(?![a-z])")
_NET = Guarded(r"(?<![a-z])(netto|zzgl\.? (der )?(gesetzl\w*\.? )?(mwst|mehrwertsteuer|ust)"
                  r"|(zuzuglich|ohne|exkl\w*\.?) (der )?(gesetzl\w*\.? )?(mwst|mehrwertsteuer|umsatzsteuer|ust))(?![a-z])")


def amount_basis(folded: str) -> str | None:
    """``brutto`` or ``netto`` when ``folded`` says whether its amounts include VAT; ``None``
    when it says neither or both (a paper that gives both figures leaves the choice open)."""
    gross, net = bool(_GROSS.search(folded)), bool(_NET.search(folded))
    if gross == net:
        return None
    return "brutto" if gross else "netto"


#: Matters whose competence often turns on a value limit (Wertgrenze) of the local statute.
VALUE_MATTERS = frozenset({"vergabe", "grundstuecksgeschaeft", "annahme_zuwendung", "zuschuss",
                           "verzicht_vergleich", "kredit_darlehen", "buergschaft"})
_VALUE_CUE = Guarded(
    r"(gesamtauftragswert|auftragswert|auftragssumme|vergabesumme|gesamtangebotssumme|angebotssumme"
    r"|auftragsvolumen|gesamtkosten|kaufpreis|verkaufspreis|grundstuckswert|zuwendung\w* in hohe von"
    r"|zuschuss\w* in hohe von)\s*:?[^.;:]{0,80}?" + _NUMBER + r"\s*" + _SCALE + r"\s*(?:€|eur(?:o)?\b)")


def stated_value(folded_paper: str) -> tuple[int | None, str | None]:
    """The value the paper states for the whole matter (Auftragswert, Vergabesumme, Kaufpreis,
    Zuwendung in Höhe von ...), with its net/gross basis: the largest such amount, or ``None``.

    Used for an item that names no amount itself ("Der Hauptausschuss stimmt der Vergabe zu")
    when its matter turns on a value limit; amounts elsewhere in the paper (costs of other
    years, budget lines) are not taken.
    """
    found: list[tuple[int, str | None]] = []
    for match in _VALUE_CUE.finditer(folded_paper):
        window = folded_paper[match.start(): match.end() + 40]
        found.append((euro_cents(match.group(2), match.group(3), match.group(4)), amount_basis(window)))
    if not found:
        return None, None
    cents, basis = max(found, key=lambda f: f[0])
    return cents, basis


_RECURRING = Guarded(
    r"(?<![a-z])(jahrlich\w*|pro jahr|je jahr|p\.\s?a\.|per annum|monatlich\w*|pro monat"
    r"|vierteljahrlich\w*|laufende\w* (kosten|zuschuss|zuschusse|betriebskosten)|mitgliedsbeitrag\w*"
    r"|jahresbeitrag\w*|folgekosten|dauerhaft\w*)(?![a-z])"
)


def recurring(folded: str) -> bool:
    """Whether ``folded`` speaks of recurring payments (yearly, monthly, membership fees)."""
    return bool(_RECURRING.search(folded))


#: Stages of a Bauleitplanung in procedural order; an item's stage is the latest it names.
PLANNING_STAGES: tuple[str, ...] = ("aufstellung", "beteiligung", "auslegung", "satzung", "feststellung")
_STAGES: tuple[tuple[str, Guarded], ...] = (
    ("aufstellung", Guarded(
        r"aufstellungsbeschluss|(bebauungsplan|flachennutzungsplan|bauleitplan)\w* (\S+ ){0,14}(aufgestellt|aufzustellen)"
        r"|aufstellung (des|eines|der) (\S+ ){0,3}(bebauungsplan|flachennutzungsplan|bauleitplan)")),
    ("beteiligung", Guarded(r"fruhzeitige\w* (\S+ ){0,3}beteiligung|§\s?3 abs\.? 1 baugb|§\s?4 abs\.? 1 baugb")),
    ("auslegung", Guarded(
        r"auslegungsbeschluss|offenlage\w*|offentliche\w* auslegung|(offentlich )?ausgelegt|veroffentlichungsbeschluss"
        r"|im internet veroffentlicht|§\s?3 (abs\.?|absatz) ?2 baugb|auslegung (des|der) (\S+ ){0,3}\S*entw")),
    ("satzung", Guarded(
        r"satzungsbeschluss|(bebauungsplan|vorhaben- und erschliessungsplan)\w* (\S+ ){0,25}als satzung"
        r"|als satzung (\S+ ){0,4}beschlossen|§\s?10 abs\.? 1 baugb")),
    ("feststellung", Guarded(r"feststellungsbeschluss|flachennutzungsplan\w* (\S+ ){0,12}festgestellt")),
)


def planning_stage(folded: str) -> str | None:
    """The latest Bauleitplanung stage ``folded`` names (see :data:`PLANNING_STAGES`)."""
    found = None
    for stage, pattern in _STAGES:
        if pattern.search(folded):
            found = stage
    return found


_APPROVAL = Guarded(
    r"(genehmigung|bestatigung|kenntnisnahme)\w* (der|einer|des) (\S+ ){0,2}(dringlichkeits|eil)(entscheidung|beschluss)"
    r"|(dringlichkeits|eil)(entscheidung|beschluss)\w* (\S+ ){0,12}(wird|werden) (\S+ ){0,3}(genehmigt|bestatigt|zur kenntnis genommen)"
    r"|(genehmigt|bestatigt) (\S+ ){0,4}(die|den) (\S+ ){0,2}(dringlichkeits|eil)(entscheidung|beschluss)"
)


def urgency_approval(folded: str) -> str:
    """The kind of urgent decision ``folded`` approves afterwards, or ``"keine"``."""
    found = _APPROVAL.search(folded)
    if not found:
        return "keine"
    return "eilentscheidung" if "eil" in found.group(0).replace("beteil", "") and "dringlich" not in found.group(0) \
        else "dringlichkeitsentscheidung"


#: The Hauptausschuss's urgency route cited by its norm: "entscheidet gemäß § 60 Abs. 1 Satz 1 GO NRW
#: anstelle des Rates". Satz 1 is that route in every version since 1994; Satz 2 is not cited here,
#: because from 15.04.2020 to 30.09.2020 it was the epidemic delegation (the mayor's route was Satz 4).
_CITED_EILENTSCHEIDUNG = Guarded(
    r"§\s?60 (abs\.?|absatz) ?1,? (s\.?|satz) ?1(?![0-9])( (der|des))? (go|gemeindeordnung)(?![a-z])")


def cited_urgency(folded: str) -> str:
    """The urgency route ``folded`` names by its norm only (no "Eilentscheidung" or
    "Dringlichkeitsentscheidung"): ``"eilentscheidung"`` for § 60 Abs. 1 S. 1 GO NRW, else
    ``"keine"``. A route named by its word wins over a cited norm (the reader asks this last)."""
    return "eilentscheidung" if _CITED_EILENTSCHEIDUNG.search(folded) else "keine"


_LAWS = (r"GO\s?NRW|GO\s?NW|GO|GemO|SächsGemO|NKomVG|NGO|HGO|BayGO|KSVG|KVG\s?LSA|ThürKO|BbgKVerf|KV\s?M-V"
         r"|BauGB|BauNVO|GkG\s?NRW|GkG|KAG\s?NRW|NKAG|KAG|GemHVO|KomHVO|LKrO|BGB|HGB|GmbHG|AktG")
_NORM = Guarded(
    r"(?:§§?|Art\.)\s?\d+[a-z]?(?:\s?(?:Abs\.?|Absatz)\s?\d+[a-z]?)?(?:\s?(?:S\.|Satz)\s?\d+)?"
    r"(?:\s?(?:Nr\.?|Ziff\.?)\s?\d+[a-z]?)?(?:\s?(?:lit\.?|Buchst\.?|Buchstabe)\s?[a-z]\)?)?"
    r"(?:\s?(?:,|und|i\.\s?V\.\s?m\.)\s?(?:§§?\s?)?\d+[a-z]?(?:\s?(?:Abs\.?|Absatz)\s?\d+)?(?:\s?(?:Nr\.?)\s?\d+)?)*"
    r"\s(?:des\s|der\s)?(?:[A-ZÄÖÜ][a-zäöüß]+\s)?\(?(?:" + _LAWS + r")\)?(?![A-Za-zÄÖÜäöü])"
)


def cited_norms(text: str) -> tuple[str, ...]:
    """The norms ``text`` (original spelling) cites, in order, each once."""
    out: list[str] = []
    for match in _NORM.finditer(text):
        norm = re.sub(r"\s+", " ", match.group(0)).strip()
        if norm not in out:
            out.append(norm)
    return tuple(out)


#: Statute names that identify one Land: the municipal code and a few Land laws papers cite
#: with it. A bare "GemO" is *not* here: Baden-Württemberg and Rheinland-Pfalz both call their
#: code so (see ``_SHARED_SIGNS``). "NGO" counts only after a "§" (it is also the
#: non-governmental organisation).
#: ("GemO" is written first, so that the engine skips ahead to its letters, which "Gemeindeordnung"
#: shares; ``(?<!\wGemO)`` after the name says what ``\b`` before it would.)
_LAND_SIGNS: dict[str, re.Pattern[str]] = {
    "nw": re.compile(r"\b(?:GO|GkG|KAG|BauO|KWahlG|EigVO|KomHVO)\s?(?:NRW|NW)\b"
                     r"|Gemeindeordnung (?:für das Land )?Nordrhein-Westfalen"),
    "bw": re.compile(r"GemO(?<!\wGemO)\s?(?:BW|B-W|BaWü|Baden-Württemberg)\b|Gemeindeordnung (?:für )?Baden-Württemberg"),
    "rp": re.compile(r"GemO(?<!\wGemO)\s?(?:RP|RLP|Rheinland-Pfalz)\b|Gemeindeordnung (?:für )?Rheinland-Pfalz"),
    "ni": re.compile(r"\bNKomVG\b|§[^§\n]{0,40}\bNGO\b|Niedersächsische[n]? Gemeindeordnung|\bNKAG\b|\bNBauO\b|\bNSchÄG\b"),
    "he": re.compile(r"\bHGO\b|Hessische[n]? Gemeindeordnung"),
    "by": re.compile(r"\bBayGO\b|\bGO\s?Bayern\b|Gemeindeordnung für den Freistaat Bayern|\bArt\.\s?\d+\s+GO\b"
                     r"|\bBayBO\b|\bBayKAG\b"),
    "sn": re.compile(r"\bSächsGemO\b|\bSachsGemO\b"),
    "sh": re.compile(r"\bGO\s?SH\b|Gemeindeordnung für Schleswig-Holstein"),
    "bb": re.compile(r"\bBbgKVerf\b"),
    "mv": re.compile(r"\bKV\s?M-?V\b"),
    "st": re.compile(r"\bKVG\s?LSA\b|\bGO\s?LSA\b"),
    "th": re.compile(r"\bThürKO\b|\bThurKO\b"),
    "sl": re.compile(r"\bKSVG\b"),
}

#: Names several Länder give their code: evidence only together with something that picks one
#: of them (a Land's name in the paper, the directory of municipalities).
_SHARED_SIGNS: dict[str, tuple[re.Pattern[str], tuple[str, ...]]] = {
    "GemO": (re.compile(r"GemO(?<!SächsGemO)(?<!SachsGemO)(?<!\wGemO)\b(?!\s?(?:BW|B-W|BaWü|RP|RLP|Baden-|Rheinland-))"), ("bw", "rp")),
}

#: A Land's name in the paper: not evidence on its own (an NRW paper may mention a project in
#: Bavaria), but it picks one of the Länder a shared statute name leaves open.
_LAND_NAMES: dict[str, re.Pattern[str]] = {
    "bw": re.compile(r"Baden-Württemberg"),
    "rp": re.compile(r"Rheinland-Pfalz"),
}


#: The patterns run over a paper's whole text; most papers cite one Land's law at most.
#: (Taken from the plain forms of the signs written "GemO" first: needles of the rewritten forms
#: would be blurred to their shared letters, "Gem".)
_PLAIN_SIGNS = {
    "bw": r"\bGemO\s?(?:BW|B-W|BaWü|Baden-Württemberg)\b|Gemeindeordnung (?:für )?Baden-Württemberg",
    "rp": r"\bGemO\s?(?:RP|RLP|Rheinland-Pfalz)\b|Gemeindeordnung (?:für )?Rheinland-Pfalz",
}
_LAND_NEEDLES = {land: needles(_PLAIN_SIGNS.get(land, pattern.pattern)) for land, pattern in _LAND_SIGNS.items()}
#: All of them, found in one go: about 40 scans of the whole text become about 20 ("HGO", "NGO",
#: "BayGO" are looked for only where "GO" is; the Länder's "... Gemeindeordnung" only where
#: "Gemeindeordnung" is).
_SIGN_NEEDLES = NeedleTree((n for found in _LAND_NEEDLES.values() if found for n in found),
                           roots=("Gemeindeordnung", "Bay"))


def land_from_text(text: str) -> tuple[str | None, str | None]:
    """The Land whose statutes ``text`` names most, and the sign that decided it ("NKomVG").

    Only statute names that identify one Land count; a shared name ("GemO": Baden-Württemberg
    or Rheinland-Pfalz) counts only where the paper also names one of those Länder. A tie
    between Länder is no answer. :func:`land_signs` tells what was seen, for the caller's note.
    """
    counts: Counter[str] = Counter()
    first: dict[str, str] = {}
    present = _SIGN_NEEDLES.present(text)
    for land, pattern in _LAND_SIGNS.items():
        signs = _LAND_NEEDLES[land]
        if signs is not None and present.isdisjoint(signs):
            continue  # as passes(text, signs)
        for match in pattern.finditer(text):
            counts[land] += 1
            first.setdefault(land, match.group(0))
    for sign, (pattern, lands) in _SHARED_SIGNS.items():
        if sign not in text:
            continue
        hits = pattern.findall(text)
        named = [land for land in lands if _LAND_NAMES[land].search(text)]
        if hits and len(named) == 1:
            counts[named[0]] += len(hits)
            first.setdefault(named[0], f"{hits[0]} + {LANDS[named[0]]}")
    if not counts:
        return None, None
    (land, count), *rest = counts.most_common()
    if rest and rest[0][1] == count:
        return None, None
    return land, first[land]


def shared_signs(text: str) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """The shared statute names ``text`` uses, each with the Länder it may mean:
    (("GemO", ("bw", "rp")),)."""
    return tuple((sign, lands) for sign, (pattern, lands) in _SHARED_SIGNS.items()
                 if sign in text and pattern.search(text))


_REFERENCE = re.compile(
    r"(?:Vorlage(?:n)?[-\s]?(?:Nr\.?|Nummer)|Drucksache(?:n)?[-\s]?(?:Nr\.?|Nummer)?|Drs\.|DS|Vorlage)\s*:?\s*"
    r"([A-Z]{0,5}[-/ ]?\d{1,5}(?:[/.-]\d{1,5}){1,2}(?:[-/][A-Za-z0-9]+)?)",
)
_BARE_REFERENCE = re.compile(r"^\s*((?:19|20)\d{2}/\d{3,5}|\d{1,4}/(?:19|20)\d{2})\s*$")


def reference_from_text(lines: list[str]) -> str | None:
    """The paper's reference: "Vorlage Nr.: 2013/0045", "DS 10/2018", "Drucksache 123/2020"."""
    head = "\n".join(lines[:80])
    found = _REFERENCE.search(head)
    if found:
        prefix = re.match(r"(DS|Drs\.)", found.group(0))
        number = re.sub(r"\s+", " ", found.group(1)).strip()
        return f"{prefix.group(1)} {number}" if prefix and not number.startswith(prefix.group(1)) else number
    for line in lines[:40]:
        bare = _BARE_REFERENCE.match(line)
        if bare:
            return bare.group(1)
    return None


#: (Compiled with the look-behind moved into each kind word, behind its letters: same matches,
#: and the engine skips ahead to the kind words' first letters; see ``literal_first``.)
_MUNICIPALITY_PLAIN = (
    r"(?<![A-Za-zÄÖÜäöü])(Stadt|Gemeinde|Markt|Samtgemeinde|Verbandsgemeinde|Ortsgemeinde|Landeshauptstadt|Hansestadt|Kreisstadt|STADT|GEMEINDE)"
    r"\s+([A-ZÄÖÜ][a-zäöüß]+(?:-[A-ZÄÖÜ][a-zäöüß]+)?|[A-ZÄÖÜ]{3,}(?:-[A-ZÄÖÜ]{3,})?)(?![a-zäöüß])"
)
_MUNICIPALITY = re.compile(literal_first(_MUNICIPALITY_PLAIN))
_NOT_A_PLACE = frozenset({
    "Mittel", "Verwaltung", "Rat", "Gemeinde", "Stadt", "Der", "Die", "Das", "Und", "Als", "Zur", "Zum",
    "Bei", "Mit", "Für", "Von", "Im", "In", "Am", "Auf", "Aus", "Nach", "Über", "Ist", "Wird", "Werden",
    "Kosten", "Haushalt", "Grundstücke", "Eigentum", "Gebiet", "Bürger", "Einwohner", "Anteil",
    # words of a paper's head that follow "Stadt"/"Gemeinde" across a line break ("Stadt" /
    # "Entscheidung" in a flattened table): a heading, never a name
    "Entscheidung", "Beschlussvorlage", "Vorlage", "Drucksache", "Sitzung", "Beratung", "Betreff",
    "Sachverhalt", "Beschluss", "Beschlussvorschlag", "Begründung", "Anlage", "Anlagen", "Datum",
    "Amt", "Fachbereich", "Dezernat", "Bürgermeister", "Bürgermeisterin", "Oberbürgermeister",
    "Öffentlich", "Nichtöffentlich", "Tagesordnung", "Niederschrift", "Seite", "Vorberatung",
    "Kenntnisnahme", "Anhörung", "Information", "Mitteilung", "Antrag", "Stellungnahme",
    "Bürgerinformationssystem", "Ratsinformationssystem", "Beratungsfolge", "Status", "Federführend",
    "Verfasser", "Bearbeiter", "Sachbearbeiter", "Zuständigkeit", "Gremium", "Termin", "Ergebnis",
    "Vorlagenart", "Aktenzeichen", "Az", "Telefon", "Tel", "Fax", "E-Mail", "Postfach",
})


def municipality_from_text(text: str) -> str | None:
    """The municipality the paper is from: the most frequent "Stadt X" / "Gemeinde X"."""
    counts: Counter[str] = Counter()
    text = text[:200_000]
    end = len(text)
    while end and text[end - 1].isspace():
        end -= 1
    for match in _MUNICIPALITY.finditer(text):
        if match.end() == end:
            continue  # an excerpt cut off inside the name ("Änderung der Hauptsatzung der Stadt Do")
        kind, place = match.group(1).title(), match.group(2)
        if place.isupper():
            place = place.title()
        if place in _NOT_A_PLACE:
            continue
        counts[f"{kind} {place}"] += 1
    if not counts:
        return None
    return counts.most_common(1)[0][0]

"""``beschluss-rules profile draft``: a draft municipality profile from the text of a statute.

A Hauptsatzung or Zuständigkeitsordnung hands matters to committees and the (Ober-)Bürgermeister,
mostly as numbered lists under a paragraph that names the body ("§ 5 Hauptausschuss ... (2) Der
Hauptausschuss entscheidet über 1. ... 14. Erwerb und Veräußerung von Grundstücken ... bei einem
Grundstückswert von mehr als 500.000 Euro bis 1,5 Millionen Euro."). Amending statutes and council
minutes quote single clauses ("§ 5 Abs. 2 Ziff. 14 der Hauptsatzung wird wie folgt geändert:
„...“"). The drafter reads both shapes and writes, per clause it recognises,

- the citation (§, Abs., Ziff./Nr., Buchst.) and the clause's wording, verbatim, with its line;
- the matter classes the vocabulary finds in the wording;
- the value limit ("von mehr als X bis Y", "von X bis Y", "bis zu Y", "über X"), per case or per
  year, net or gross when the wording says so;
- the deciding body, from the paragraph's heading or lead-in sentence.

Whatever it could not establish is written as the placeholder ``PRÜFEN`` with a ``# PRÜFEN:``
comment saying what to check: the draft does not load as a profile until a person has decided
every such point (a placeholder is never a silent guess). Validity dates and source URLs are
always left to the reviewer; the drafter cannot know when a text took effect.

A clause counts as *recognised* when citation, wording and a value limit or a matter were found;
it *needs a hand* when any of its fields is a placeholder.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from typing import Any

import attrs

from ..reader.attributes import euro_cents
from ..rulebase.types import Profile
from ..rulebase.vocabulary import Vocabulary
from ..text.normalize import fold, nfc

__all__ = ["Clause", "Draft", "draft_profile", "find_clauses", "parse_limit"]

REVIEW = "PRÜFEN"

_NUMBER = r"(\d{1,3}(?:\.\d{3})+|\d+)(?:,(\d{1,2}|-{1,2}))?"
_SCALE = r"(?:\s*(mio\.?|millionen|million|mrd\.?|milliarden|tsd\.?|tausend))?"
_MONEY = _NUMBER + _SCALE + r"\s*(?:€|eur(?:o)?\b)?"
_MONEY_REQ = _NUMBER + _SCALE + r"\s*(?:€|eur(?:o)?\b)"

_RANGE_ABOVE = re.compile(r"(?:von )?(?:mehr als|uber) " + _MONEY + r"\s*(?:bis (?:zu )?(?:einem (?:betrag|wert) von )?)" + _MONEY_REQ)
_EXCEEDS = re.compile(_MONEY_REQ + r"\s*(?:voraussichtlich |im einzelfall )?(nicht )?(?:ubersteigt|ubersteigen|uberschreitet|uberschreiten|uberschritten)")
_RANGE_FROM = re.compile(r"von " + _MONEY + r"\s*bis (?:zu )?" + _MONEY_REQ)
_UP_TO = re.compile(r"bis (?:zu )?(?:einem (?:\w+ )?(?:betrag|wert|grundstuckswert|kostenaufwand|auftragswert) von )?(?:hochstens )?" + _MONEY_REQ)
_NOT_ABOVE = re.compile(r"(?:soweit|wenn) (?:ein|der) (?:betrag|wert) (?:von )?" + _MONEY_REQ + r" nicht uberschritten")
_ABOVE = re.compile(r"(?:von )?(?:mehr als|uber|ubersteigt|ubersteigen) (?:den betrag von |die hohe von |einen betrag von )?" + _MONEY_REQ)
_FROM = re.compile(r"\bab (?:einem (?:betrag|wert) von )?" + _MONEY_REQ)
_YEAR = re.compile(r"jahrlich|im jahr\b|pro jahr|je jahr|jahresbetrag|jahrliches aufkommen")
_GROSS = re.compile(r"brutto|einschl\w*\.? (?:der )?(?:gesetzl\w*\.? )?(?:mwst|mehrwertsteuer|umsatzsteuer)|inkl\w*\.? (?:der )?(?:mwst|mehrwertsteuer|umsatzsteuer)")
_NET = re.compile(r"netto|zzgl\.? (?:der )?(?:mwst|mehrwertsteuer|umsatzsteuer)|zuzuglich (?:der )?(?:gesetzl\w* )?(?:mwst|mehrwertsteuer|umsatzsteuer)|ohne (?:mwst|mehrwertsteuer|umsatzsteuer)")
_RESERVATION = re.compile(r"bedurfen der beschlussfassung de[rs] (?:rates|gemeinderates|vertretung)|ist dem rat vorbehalten|vorbehalten bleib")

_SECTION = re.compile(r"^\s*§\s*(\d+[a-z]?)\b\.?\s*(.*)$")
_PARAGRAPH = re.compile(r"^\s*\((\d+[a-z]?)\)\s*(.*)$")
_NUMBERED = re.compile(r"^\s*(\d{1,2})\.\s+(.*)$")
_LETTERED = re.compile(r"^\s*([a-z])\)\s+(.*)$")
_AMENDMENT = re.compile(
    r"§\s*(\d+[a-z]?)"
    r"(?:\s*(?:abs\.?|absatz)\s*(\d+))?"
    r"(?:\s*(?:ziff\.?|ziffer|nr\.?|nummer)\s*(\d+))?"
    r"(?:\s*(?:buchst\.?|buchstabe|lit\.?)?\s*[„\"']?([a-z])[“\"']?\)?(?=[\s,]))?"
    r"[^„\"]{0,80}?(?:wird wie folgt geandert|erhalt folgende fassung|wie folgt erweitert)",
)


@attrs.frozen
class DraftLimit:
    """A value limit as read from a clause (euros, whole; cents are dropped with a review note)."""

    above_eur: int | None = None
    from_eur: int | None = None
    up_to_eur: int | None = None
    per: str = "case"
    basis: str = "unstated"
    exact: bool = True  # False when the wording had cents or an unclear shape


def parse_limit(wording: str) -> DraftLimit | None:
    """The value limit ``wording`` states, or ``None``.

    >>> parse_limit("bei einem Grundstückswert von mehr als 500.000 Euro bis 1,5 Millionen Euro")
    DraftLimit(above_eur=500000, from_eur=None, up_to_eur=1500000, per='case', basis='unstated', exact=True)
    """
    folded = fold(wording)
    per = "year" if _YEAR.search(folded) else "case"
    gross, net = bool(_GROSS.search(folded)), bool(_NET.search(folded))
    basis = "gross" if gross and not net else "net" if net and not gross else "unstated"

    def euros(groups: Sequence[str | None]) -> tuple[int, bool]:
        cents = euro_cents(groups[0] or "0", groups[1], groups[2])
        return cents // 100, cents % 100 == 0

    found = _RANGE_ABOVE.search(folded)
    if found:
        (low, ok1), (high, ok2) = euros(found.groups()[:3]), euros(found.groups()[3:6])
        return DraftLimit(above_eur=low, up_to_eur=high, per=per, basis=basis, exact=ok1 and ok2)
    found = _RANGE_FROM.search(folded)
    if found:
        (low, ok1), (high, ok2) = euros(found.groups()[:3]), euros(found.groups()[3:6])
        return DraftLimit(from_eur=low, up_to_eur=high, per=per, basis=basis, exact=ok1 and ok2)
    found = _UP_TO.search(folded) or _NOT_ABOVE.search(folded)
    if found:
        high, ok = euros(found.groups()[:3])
        return DraftLimit(up_to_eur=high, per=per, basis=basis, exact=ok)
    found = _EXCEEDS.search(folded)
    if found:
        amount, ok = euros(found.groups()[:3])
        if found.group(4):
            return DraftLimit(up_to_eur=amount, per=per, basis=basis, exact=ok)
        return DraftLimit(above_eur=amount, per=per, basis=basis, exact=ok)
    found = _ABOVE.search(folded)
    if found:
        low, ok = euros(found.groups()[:3])
        return DraftLimit(above_eur=low, per=per, basis=basis, exact=ok)
    found = _FROM.search(folded)
    if found:
        low, ok = euros(found.groups()[:3])
        return DraftLimit(from_eur=low, per=per, basis=basis, exact=ok)
    return None


@attrs.frozen
class Clause:
    """One clause of the statute: where it is, how it is cited, what it says."""

    line: int
    section: str | None
    paragraph: str | None
    number: str | None
    letter: str | None
    wording: str
    heading: str  # the section heading and the paragraph's lead-in: where the body is named
    amendment: bool = False

    def citation(self) -> str:
        parts = []
        if self.section:
            parts.append(f"§ {self.section}")
        if self.paragraph:
            parts.append(f"Abs. {self.paragraph}")
        if self.number:
            parts.append(f"Ziff. {self.number}")
        if self.letter:
            parts.append(f"lit. {self.letter}")
        return " ".join(parts) or "?"

    def key(self) -> str:
        parts = [p for p in (self.section, self.paragraph, self.number, self.letter) if p]
        return "-".join(parts) if parts else f"zeile-{self.line}"


def _dehyphenate(lines: list[str]) -> list[str]:
    out: list[str] = []
    for line in lines:
        line = nfc(line).replace("\u00a0", " ").rstrip()
        if out and re.search(r"[a-zäöüß]-$", out[-1]) and re.match(r"^\s*[a-zäöüß]", line):
            # A word broken at the line end: keep the line apart (line numbers stay right).
            out[-1] = out[-1][:-1] + line.strip().split(" ", 1)[0]
            rest = line.strip().split(" ", 1)
            line = rest[1] if len(rest) > 1 else ""
        out.append(line)
    return out


def find_clauses(text: str) -> list[Clause]:
    """The clauses of ``text``: numbered or lettered list items and paragraphs of a statute, and
    the quoted new wordings of an amending statute or minute."""
    lines = _dehyphenate(text.splitlines())
    clauses: list[Clause] = []
    current: dict[str, Any] | None = None
    section = paragraph = number = None
    section_title = lead = ""

    def close() -> None:
        nonlocal current
        if current and current["text"].strip():
            clauses.append(Clause(current["line"], current["section"], current["paragraph"], current["number"],
                                  current["letter"], re.sub(r"\s+", " ", current["text"]).strip(),
                                  current["heading"], current.get("amendment", False)))
        current = None

    whole = "\n".join(lines)
    # Amendments: "§ 5 Abs. 2 Ziff. 14 der Hauptsatzung wird wie folgt geändert: „...“".
    folded_whole = fold(whole)
    for found in _AMENDMENT.finditer(folded_whole):
        quote = re.compile(r"[„\"]([^“\"]{10,1500})[“\"]").search(whole, found.end())
        if quote is None or quote.start() - found.end() > 200:
            continue
        quote_line = whole.count("\n", 0, quote.start()) + 1
        wording = re.sub(r"\s+", " ", quote.group(1)).strip(" ….") + "."
        wording = wording.lstrip("… ").strip()
        clauses.append(Clause(quote_line, found.group(1), found.group(2), found.group(3), found.group(4), wording,
                              whole[max(0, found.start() - 200): found.end()], amendment=True))
    if clauses:
        return clauses
    for index, raw in enumerate(lines, 1):
        line = raw.strip()
        if not line:
            continue
        m = _SECTION.match(line)
        if m and len(line) < 120:
            close()
            section, paragraph, number = m.group(1), None, None
            section_title, lead = m.group(2), ""
            continue
        m = _PARAGRAPH.match(line)
        if m:
            close()
            paragraph, number = m.group(1), None
            lead = m.group(2)
            current = {"line": index, "section": section, "paragraph": paragraph, "number": None,
                       "letter": None, "text": m.group(2), "heading": f"{section_title} {lead}"}
            continue
        m = _NUMBERED.match(line) or _LETTERED.match(line)
        if m and section:
            if current and current["number"] is None and current["letter"] is None:
                # The paragraph's own text before the list is its lead-in, not a clause.
                lead = current["text"]
                current = None
            close()
            is_number = m.re is _NUMBERED
            number = m.group(1) if is_number else number
            current = {"line": index, "section": section, "paragraph": paragraph,
                       "number": m.group(1) if is_number else number,
                       "letter": None if is_number else m.group(1), "text": m.group(2),
                       "heading": f"{section_title} {lead}"}
            continue
        if current is not None:
            current["text"] += " " + line
        elif section:
            current = {"line": index, "section": section, "paragraph": paragraph, "number": None,
                       "letter": None, "text": line, "heading": section_title}
    close()
    return clauses


@attrs.frozen
class DraftEntry:
    clause: Clause
    key: str
    matters: tuple[str, ...]
    limit: DraftLimit | None
    body: str | None
    review: tuple[str, ...]
    reservation: bool

    @property
    def recognised(self) -> bool:
        return bool(self.limit is not None or self.matters)

    @property
    def needs_hand(self) -> bool:
        return bool(self.review)


@attrs.frozen
class Draft:
    """The drafted profile (YAML text) and what the drafter made of each clause."""

    yaml: str
    entries: tuple[DraftEntry, ...]

    @property
    def recognised(self) -> int:
        return sum(1 for e in self.entries if e.recognised)

    @property
    def needing_hand(self) -> int:
        return sum(1 for e in self.entries if e.recognised and e.needs_hand)


def _body_for(clause: Clause, vocabulary: Vocabulary, land: str | None, profile: Profile | None
              ) -> tuple[str | None, str | None]:
    """The profile body id (or a new id) the clause gives the matter to, and a review note."""
    text = fold(clause.heading + " " + (clause.wording if not clause.amendment else ""))
    kinds_found: list[tuple[str, ...]] = []
    names: list[str] = []
    for term, found in vocabulary.body_matches(text, land):
        kinds_found.append(term.kinds)
        names.append(found.group(0))
    if not kinds_found:
        where = "im zitierten Änderungstext" if clause.amendment else "in Überschrift und Einleitung"
        return None, f"Gremium nicht erkannt ({where} steht keines); aus § {clause.section} der Satzung ergänzen"
    distinct = sorted(set(kinds_found))
    if len(distinct) > 1:
        return None, "mehrere Gremien genannt (" + ", ".join(sorted(set(names))) + "); das entscheidende wählen"
    kinds = distinct[0]
    if profile is not None:
        ids = sorted({b.key for b in profile.municipality.bodies if b.key and set(b.kinds) == set(kinds)})
        if len(ids) == 1:
            return ids[0], None
        return None, f"Gremium der Art {'/'.join(kinds)} im Profil nicht eindeutig ({', '.join(ids) or 'keines'})"
    return "_".join(kinds), None


def _q(value: str) -> str:
    """A YAML double-quoted scalar (JSON strings are valid YAML)."""
    return json.dumps(value, ensure_ascii=False)


def draft_profile(text: str, vocabulary: Vocabulary, *, law: str, land: str | None = None,
                  profile: Profile | None = None, source: str = "") -> Draft:
    """Draft a profile from the statute ``text`` (see the module docstring)."""
    entries: list[DraftEntry] = []
    keys: set[str] = set()
    for clause in find_clauses(text):
        limit = parse_limit(clause.wording)
        matters = vocabulary.classify(clause.wording)
        reservation = bool(_RESERVATION.search(fold(clause.heading + " " + clause.wording)))
        if limit is None and not matters and not reservation:
            continue
        review = []
        body, note = _body_for(clause, vocabulary, land, profile)
        if note:
            review.append(note)
        if not matters:
            review.append("Angelegenheit nicht erkannt: passende matter-Kennung aus rules/vocab/matters.yaml eintragen")
        elif len(matters) > 1:
            review.append("mehrere Angelegenheiten erkannt (" + ", ".join(matters) + "): prüfen, welche die Klausel meint")
        if limit is not None and not limit.exact:
            review.append("Wertgrenze mit Cent-Betrag: auf ganze Euro gerundet")
        amounts = len(re.findall(_MONEY_REQ, fold(clause.wording)))
        bounds = sum(1 for v in (limit.above_eur, limit.from_eur, limit.up_to_eur) if v is not None) if limit else 0
        if limit is not None and amounts > bounds:
            review.append(f"die Klausel nennt {amounts} Beträge, der Entwurf nimmt {bounds} davon als Wertgrenze: "
                          "prüfen, welche zur Angelegenheit gehören (sonst die Klausel teilen)")
        if limit is None and not reservation:
            review.append("keine Wertgrenze gefunden: prüfen, ob die Klausel eine Angelegenheit überträgt "
                          "(sonst den Eintrag löschen)")
        if reservation:
            review.append("Ratsvorbehalt: das Profilformat bildet Vorbehalte des Rates noch nicht ab; "
                          "prüfen, ob die Klausel eine Übertragung ist")
        key = f"{'hs' if 'hauptsatzung' in fold(law) else 'zusto'}-{clause.key()}"
        while key in keys:
            key += "-x"
        keys.add(key)
        entries.append(DraftEntry(clause, key, matters, limit, body, tuple(review), reservation))
    return Draft(_render(entries, law=law, land=land, profile=profile, source=source), tuple(entries))


def _render(entries: Sequence[DraftEntry], *, law: str, land: str | None, profile: Profile | None,
            source: str) -> str:
    out = [
        f"# Entwurf eines Gemeindeprofils aus {source or 'einer Satzung'} (beschluss-rules profile draft).",
        f"# {len(entries)} Klauseln erkannt, {sum(1 for e in entries if e.review)} davon mit offenen Punkten.",
        f"# Jedes {REVIEW} ist eine Entscheidung für Sie: das Profil lädt erst, wenn keines mehr übrig ist.",
        "# Gültigkeit (valid.from) und Fundstelle (url) setzt der Entwurf nie: sie stehen nicht im Text.",
    ]
    if profile is not None:
        muni = profile.municipality
        out += [f"id: {profile.id}", "municipality:", f"  name: {_q(muni.name)}", f"  ags: {_q(muni.ags)}",
                f"  land: {muni.land}", f"  kreisfrei: {'true' if muni.kreisfrei else 'false'}"]
        if muni.source:
            out.append(f"  source: {muni.source}")
        out.append("bodies:")
        seen = set()
        for body in muni.bodies:
            if body.key in seen:
                continue
            seen.add(body.key)
            out += [f"  {body.key}:", f"    name: {_q(body.name)}", f"    kinds: [{', '.join(body.kinds)}]"]
    else:
        out += [f"id: {REVIEW}  # PRÜFEN: Kennung des Profils (Kleinbuchstaben, z. B. der Ortsname)",
                "municipality:", f"  name: {REVIEW}", f"  ags: {_q(REVIEW)}  # PRÜFEN: 8-stelliger Gemeindeschlüssel",
                f"  land: {land or REVIEW}", f"  kreisfrei: {REVIEW}", "bodies:"]
        for kinds in sorted({e.body for e in entries if e.body}):
            out += [f"  {kinds}:  # PRÜFEN: Name des Gremiums wie in den Vorlagen",
                    f"    name: {REVIEW}", f"    kinds: [{', '.join(kinds.split('_'))}]"]
    out += ["delegations_complete: false  # PRÜFEN: true nur, wenn das Profil alle Übertragungen enthält",
            "delegations:"]
    for e in entries:
        c = e.clause
        out.append(f"  {e.key}:")
        out.append(f"    # Quelle: Zeile {c.line}, {c.citation()} der {law}")
        for note in e.review:
            out.append(f"    # PRÜFEN: {note}")
        short = c.wording if len(c.wording) <= 90 else c.wording[:87].rsplit(" ", 1)[0] + " …"
        out += ["    title:", f"      de: {_q(short)}", f"      en: {_q(REVIEW)}",
                f"    description: {_q(f'Nach {c.citation()} der {law}: {c.wording}')}",
                "    message:",
                f"      de: {_q('{body} ist nach ' + c.citation() + ' der ' + law + ' zuständig: ' + short)}",
                f"      en: {_q(REVIEW)}",
                "    reference:", f"      law: {_q(law)}"]
        for field, value in (("section", c.section), ("paragraph", c.paragraph), ("number", c.number),
                             ("letter", c.letter)):
            if value:
                out.append(f"      {field}: {_q(value)}")
        out += [f"      text: {_q(c.wording)}", f"      url: {REVIEW}  # PRÜFEN: öffentliche Fundstelle der Satzung",
                "    valid:", f"      from: {REVIEW}  # PRÜFEN: Tag des Inkrafttretens dieser Fassung"]
        if e.matters:
            value = e.matters[0] if len(e.matters) == 1 else "[" + ", ".join(e.matters) + "]"
            out += ["    when:", f"      matter: {value}"]
        else:
            out += ["    when:", f"      matter: {REVIEW}"]
        if e.limit is not None:
            lim = e.limit
            out.append("    limit:")
            if lim.above_eur is not None:
                out.append(f"      above_eur: {lim.above_eur}")
            if lim.from_eur is not None:
                out.append(f"      from_eur: {lim.from_eur}")
            if lim.up_to_eur is not None:
                out.append(f"      up_to_eur: {lim.up_to_eur}")
            out += [f"      per: {lim.per}", f"      basis: {lim.basis}"]
        out.append(f"    competent: [{e.body or REVIEW}]")
    return "\n".join(out) + "\n"

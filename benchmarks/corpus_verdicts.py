"""Corpus check: the real papers of Karlsruhe (BW), Nordstemmen (NI) and Hürtgenwald (NRW, OParl
titles only), checked as the council
really handled them, and a mutation check on the same papers.

    python benchmarks/corpus_verdicts.py                 # both corpora, summary
    python benchmarks/corpus_verdicts.py --details       # also every false alarm and every miss
    python benchmarks/corpus_verdicts.py --json out.json # machine-readable figures
    python benchmarks/corpus_verdicts.py --engine reference   # the pure-Python evaluator

The corpus of real council papers lives outside the project (set ``$BESCHLUSS_CORPUS``); without it
the script says so and exits 0.

What is checked, per paper:

- **Deciding body.** Karlsruhe: the organization of the OParl consultation marked
  ``authoritative`` (role "Entscheidung" preferred when there are several), named via
  ``organizations.json``. Nordstemmen: the row of the printed Beratungsfolge that says
  "Beratung und Beschlussfassung" (OCR splits it over lines: "Beschluss-" / "fassung"); papers
  without such a row (hearings of an Ortsrat, reports) have no deciding body and are counted
  apart.
- **Date.** Karlsruhe: the paper's date. Nordstemmen: the date on the deciding row, else the
  paper's date. The date selects the law (NGO before 2011-11-01, NKomVG after).
- **Items.** The decision text of the .txt (Karlsruhe: the final "Beschluss:" section, else the
  "Beschlussantrag"/"Antrag an den ..." section; Nordstemmen: the "Beschlussvorschlag"), split at
  numbered points; an empty decision text falls back to the paper's title. Matters, legal form and
  urgency come from the vocabulary (``Vocabulary.classify``, ``legal_form``, ``urgency_of``).
  The items are built here as :class:`DecisionItem` and evaluated with
  :meth:`Checker.evaluate_item`, so the script does not depend on how the paper reader finds
  sections.

Figures:

- **False alarms**: papers with at least one item ``not-competent`` although the real council
  decided them (target: at most 2 % of papers). ``--details`` lists each with its deciding rule.
- **Shares** of ``competent``, ``conditional``, ``unknown`` over papers (worst item) and items.
- **Mutation check**: for every paper with an item whose matter the statute reserves to the
  council (BW § 39 Abs. 2 GemO, NI § 58 Abs. 1 NKomVG - only the settled parts, see
  ``RESERVED``), the deciding body is replaced by a Fachausschuss and by the (Ober-)Bürgermeister;
  the mutation is caught when such an item comes out ``not-competent`` (target: at least 95 %).
  Papers from dates whose law is not encoded (NI before 2011-11-01) are reported apart as not
  evaluable.
"""

from __future__ import annotations

import argparse
import collections
import datetime as dt
import json
import os
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from beschluss_rules.model import DecisionItem, Verdict
from beschluss_rules.reader import resolve_body
from beschluss_rules.reader.attributes import VALUE_MATTERS, amount_basis, amount_cents, recurring, stated_value
from beschluss_rules.reader.plan_parts import join_final_plan_parts
from beschluss_rules.text.normalize import fold
from beschluss_rules.verdict.checker import Checker

CORPUS = Path(os.environ.get("BESCHLUSS_CORPUS", ROOT.parent / "shared" / "corpus"))

#: Matters the statute reserves to the council without a condition the checker cannot see
#: (no "erhebliche Bedeutung", no Hauptsatzung threshold, no unverified wording). An item is
#: eligible for the mutation check when it has one of them (see ``_eligible`` for the two
#: exclusions: a Flächennutzungsplan is no Satzung, privatrechtliche Entgelte are no Abgaben).
RESERVED = {
    "bw": {
        "wahl_ausschussmitglieder", "wahl_beigeordnete", "stellvertreter_buergermeister",
        "neue_freiwillige_aufgabe", "satzung", "bauleitplanung_abschluss", "gebietsaenderung",
        "buergerentscheid", "ehrenbuergerrecht_eng", "dienstrecht_allgemein",
        "uebertragung_buergermeister", "geschaeftskreise_beigeordnete", "einrichtung_errichtung",
        "beteiligung_gesellschaft", "rechtsformumwandlung", "haushaltssatzung", "jahresabschluss",
        "wirtschaftsplan_eigenbetrieb", "abgaben", "rpa_aufgabenuebertragung",
        "forstamt_beteiligung",
    },
    "ni": {
        "strategische_ziele", "verwaltungsgrundsaetze", "hoheitszeichen", "gebietsaenderung",
        "satzung", "bauleitplanung_abschluss", "ehrenbuergerrecht", "abgaben", "haushaltssatzung",
        "haushaltssicherungskonzept", "investitionsprogramm", "jahresabschluss", "einrichtung_errichtung",
        "veraeusserung_beteiligung",
    },
}
RESERVED["nw"] = {  # GO NRW § 41 Abs. 1 S. 2 (settled letters) and the exclusive assignments beside it
    "verwaltungsgrundsaetze", "wahl_ausschussmitglieder", "wahl_beigeordnete", "ehrenbuergerrecht",
    "gebietsaenderung", "satzung", "bauleitplanung_abschluss", "haushaltssatzung", "haushaltssicherungskonzept",
    "abgaben", "jahresabschluss", "veraeusserung_beteiligung", "einrichtung_errichtung", "rechtsformumwandlung", "stiftung",
    "gemeindegliedervermoegen", "buergschaft", "rechnungspruefung_leitung", "neue_freiwillige_aufgabe",
    "vertreter_bestellung", "aufsichtsrat_entsendung", "stellvertreter_buergermeister", "ortsvorsteher_wahl",
    "wahl_gueltigkeit", "genehmigung_eilentscheidung", "schoeffen_vorschlagsliste",
}
#: The NGO's catalogue (§ 40 Abs. 1 NGO, encoded by its documented substance): no strategic
#: goals, Einrichtungen or Beteiligungen, but every Bauleitplan (the Flächennutzungsplan too).
RESERVED_NGO = {
    "verwaltungsgrundsaetze", "hoheitszeichen", "gebietsaenderung", "satzung",
    "bauleitplanung_abschluss", "ehrenbuergerrecht", "abgaben", "haushaltssatzung", "haushaltssicherungskonzept",
    "investitionsprogramm", "jahresabschluss",
}
#: From this date the encoded law of the Land applies (NI: the NGO by its substance from the
#: version of 1996-08-22, the NKomVG from 2011-11-01; NRW: the GO of 1994, by its substance until 2018).
LAW_FROM = {"bw": dt.date(2000, 7, 24), "ni": dt.date(1996, 8, 22), "nw": dt.date(1994, 10, 17)}
NKOMVG_FROM = dt.date(2011, 11, 1)


def era(land: str, day: dt.date | None) -> str:
    """The law a paper's date falls under: "GemO" (BW), "NGO" or "NKomVG" (NI), "GO 1994-2018"
    (encoded by its substance) or "GO 2019-" (NRW)."""
    if land == "nw":
        return "GO 1994-2018" if day is not None and day < dt.date(2019, 1, 1) else "GO 2019-"
    if land != "ni":
        return "GemO"
    return "NGO" if day is not None and day < NKOMVG_FROM else "NKomVG"


_NUMBERED = re.compile(r"^\s*(\d{1,2}[.)]|[a-h]\))\s+")
_DATE = re.compile(r"(\d{1,2})\.(\d{1,2})\.(\d{4})")


# ---------------------------------------------------------------------------------------------
# Reading the corpora
# ---------------------------------------------------------------------------------------------

def _section(lines: list[str], start: re.Pattern[str], end: re.Pattern[str], last: bool = False) -> list[str]:
    """Lines after the (first or last) line matching ``start`` up to a line matching ``end``."""
    folded = [fold(line).strip() for line in lines]
    hits = [i for i, f in enumerate(folded) if start.match(f)]
    if not hits:
        return []
    i = hits[-1] if last else hits[0]
    first = lines[i].split(":", 1)[1] if ":" in lines[i] and start.match(folded[i]) else ""
    out = [first] if first.strip() and not start.fullmatch(fold(first).strip()) else []
    for line, f in zip(lines[i + 1:], folded[i + 1:]):
        if end.match(f):
            break
        out.append(line)
    return out


_PAGE_NUMBER = re.compile(r"^\s*-\s*\d{1,3}\s*-\s*$")


def _items(section: list[str]) -> list[str]:
    """Split a decision section into items at numbered points; drop address lines."""
    chunks: list[list[str]] = []
    for line in section:
        if not line.strip():
            continue
        if re.match(r"^\s*antrag an (den|die|das)\b", fold(line)):
            continue
        if _NUMBERED.match(line) or not chunks:
            chunks.append([line])
        else:
            chunks[-1].append(line)
    texts = []
    for chunk in chunks:
        # a page number line ("- 2 -") in the middle of an item is the page break, not text
        text = " ".join(part.strip() for part in chunk if not _PAGE_NUMBER.match(part))
        text = re.sub(r"-\s+(?=[a-zäöüß])", "", text)
        if len(fold(text)) > 3:
            texts.append(text)
    return texts


_KA_FINAL = re.compile(r"^beschluss\s*:?\s*$")
_KA_ANTRAG = re.compile(r"^(beschlussantrag|antrag an den (gemeinderat|ausschuss|ortschaftsrat)\b.*|beschlussvorschlag)\s*:?\s*$")
_KA_END = re.compile(
    r"^(finanzielle auswirkungen|erganzende erlauterungen|haushaltsmittel|zusammenfassung|isek\b"
    r"|anhorung ortschaftsrat|abstimmung mit stadtischen|kontierungsobjekt|seite \d|begrundung\b"
    r"|sachverhalt|erlauterungen\b|anlage)"
)


def karlsruhe_papers(base: Path) -> list[dict]:
    orgs = json.loads((base / "organizations.json").read_text(encoding="utf-8"))
    papers = []
    for path in sorted((base / "papers").glob("*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        txt = path.with_suffix(".txt")
        text = txt.read_text(encoding="utf-8") if txt.exists() else ""
        auth = [c for c in data.get("consultation", []) if c.get("authoritative")]
        auth.sort(key=lambda c: c.get("role") != "Entscheidung")
        body_name = role = None
        if auth:
            org = (auth[0].get("organization") or [""])[0].rstrip("/").rsplit("/", 1)[-1]
            body_name, role = orgs.get(org, org), auth[0].get("role")
        lines = text.splitlines()
        section = _section(lines, _KA_FINAL, re.compile(r"^(erganzende erlauterungen|seite \d)"), last=True)
        if not _items(section):
            section = _section(lines, _KA_ANTRAG, _KA_END)
        items = _items(section) or [data.get("name", "")]
        papers.append({
            "corpus": "karlsruhe", "ref": path.stem, "title": data.get("name", ""),
            "date": dt.date.fromisoformat(data["date"]) if data.get("date") else None,
            "body": body_name, "role": role, "items": items, "text": text,
        })
    return papers


_NS_START = re.compile(r"^beschlussvorschla[gq]\s*:?.*$")
_NS_END = re.compile(r"^(problembeschreibung|begrundung|sachverhalt|finanzielle auswirkungen|beratungsergebnis)")
_NS_DECIDES = re.compile(r"beratung\s*und\s*beschluss|beschlussfas")


def _nordstemmen_decider(lines: list[str], names: list[str]) -> tuple[str | None, dt.date | None]:
    """The body of the Beratungsfolge row that says "Beratung und Beschlussfassung"."""
    folded = [fold(line) for line in lines]
    start = next((i for i, f in enumerate(folded) if f.strip().startswith("beratungsfolge")), None)
    if start is None:
        return None, None
    stop = next((i for i in range(start + 1, len(folded))
                 if _NS_START.match(folded[i].strip()) or _NS_END.match(folded[i].strip())), len(folded))
    stop = min(stop, start + 30)
    rows: list[tuple[int, str]] = []
    for i in range(start + 1, stop):
        line = folded[i].strip()
        for name in sorted(names, key=len, reverse=True):
            if line.startswith(fold(name)) and (len(line) == len(fold(name)) or not line[len(fold(name))].isalpha()):
                rows.append((i, name))
                break
    marks = [i for i in range(start + 1, stop) if _NS_DECIDES.search(folded[i])]
    if not marks or not rows:
        return None, None
    mark = marks[-1]
    i, name = min(rows, key=lambda r: (abs(r[0] - mark), r[0] < mark))
    found = _DATE.search(lines[i])
    day = None
    if found:
        try:
            day = dt.date(int(found.group(3)), int(found.group(2)), int(found.group(1)))
        except ValueError:
            day = None
    return name, day


def nordstemmen_papers(base: Path, names: list[str]) -> list[dict]:
    papers = []
    for path in sorted((base / "papers").glob("*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        txt = path.with_suffix(".txt")
        text = txt.read_text(encoding="utf-8") if txt.exists() else ""
        lines = text.splitlines()
        body, day = _nordstemmen_decider(lines, names)
        items = _items(_section(lines, _NS_START, _NS_END)) or [data.get("name", "")]
        papers.append({
            "corpus": "nordstemmen", "ref": path.stem, "title": data.get("name", ""),
            "date": day or (dt.date.fromisoformat(data["date"]) if data.get("date") else None),
            "body": body, "role": "Beratung und Beschlussfassung" if body else None, "items": items, "text": text,
        })
    return papers


def huertgenwald_papers(base: Path) -> list[dict]:
    """OParl titles and Beratungsfolge only: the title is the item, the consultation marked
    ``authoritative`` names the deciding body, its meeting's date is the paper's date."""
    orgs = {o["id"].rstrip("/").rsplit("/", 1)[-1]: o["name"]
            for o in json.loads((base / "organizations.json").read_text(encoding="utf-8"))["data"]}
    papers = []
    for path in sorted((base / "papers").glob("*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        auth = [c for c in data.get("consultation", []) if c.get("authoritative")]
        body = orgs.get((auth[0].get("organization") or [""])[0].rstrip("/").rsplit("/", 1)[-1]) if auth else None
        papers.append({
            "corpus": "huertgenwald", "ref": path.stem, "title": data.get("name", ""),
            "date": dt.date.fromisoformat(data["date"][:10]) if data.get("date") else None,
            "body": body, "role": auth[0].get("role") if auth else None,
            "items": [" ".join(data.get("name", "").split())], "text": "",
        })
    return papers


# ---------------------------------------------------------------------------------------------
# Checking
# ---------------------------------------------------------------------------------------------

def _eligible(land: str, matters: tuple[str, ...], day: dt.date | None = None) -> bool:
    ngo = era(land, day) == "NGO"
    reserved = set(matters) & (RESERVED_NGO if ngo else RESERVED[land])
    if "flaechennutzungsplan" in matters and not ngo:
        reserved.discard("bauleitplanung_abschluss")
    if "privatrechtliche_entgelte" in matters:
        reserved.discard("abgaben")
    return bool(reserved)


class CorpusCheck:
    def __init__(self, engine: str) -> None:
        self.checker = Checker(engine=engine)
        self.rule_base = self.checker.rule_base
        self.vocabulary = self.rule_base.vocabulary

    def item(self, index: int, text: str, body, title: str, full_text: str) -> DecisionItem:
        voc = self.vocabulary
        form, organisation = voc.legal_form(text)
        if form == "unbekannt" and title:
            form, organisation = voc.legal_form(title)
        if form == "unbekannt":
            form, organisation = voc.known_organisation(full_text)
        urgency = voc.urgency_of(text)
        if urgency == "keine":
            urgency = voc.urgency_of(title)
        matters = voc.classify(text)
        folded = fold(text)
        cents, basis = amount_cents(folded), amount_basis(folded)
        if cents is None and VALUE_MATTERS.intersection(matters):
            cents, basis = stated_value(fold(full_text))
        return DecisionItem(index=index, text=text, body=body, matters=matters,
                            legal_form=form, urgency=urgency, counterpart=organisation,
                            amount_cents=cents, amount_basis=basis, recurring=recurring(folded))

    def recommended_body(self, text: str, profile):
        """The body an item recommends to ("Der Ortschaftsrat empfiehlt dem Gemeinderat ..."), if any.

        Such an item is not the recommending body's decision: it uses its right to propose
        (BW § 70 Abs. 1 GemO) and the recommended body decides. It is checked with that body.
        """
        found = _RECOMMENDS.search(fold(text))
        if not found:
            return None
        words = found.group(2).split()
        for n in range(min(5, len(words)), 0, -1):
            body = resolve_body(" ".join(words[:n]), self.rule_base, profile, profile.municipality.land)
            if body is not None:
                return body
        return None

    def evaluate(self, paper: dict, profile, body_name: str | None, follow_recommendations: bool = True):
        land = profile.municipality.land
        body = resolve_body(body_name, self.rule_base, profile, land) if body_name else None
        items = []
        for index, text in enumerate(paper["items"], 1):
            item_body = body
            if follow_recommendations:
                item_body = self.recommended_body(text, profile) or body
            items.append(self.item(index, text, item_body, paper["title"], paper["text"]))
        # As the reader does: the weighing and execution items of a final plan decision share its
        # matter (reader/plan_parts.py), a legal reading of the items, not a reading of the page.
        items = join_final_plan_parts(items, [])
        return [self.checker.evaluate_item(item, land=land, day=paper["date"], municipality=profile.municipality)
                for item in items]


_RECOMMENDS = re.compile(r"\b(empfiehlt|empfehlen)\s+(?:dem|der|den)\s+((?:[\w-]+\s*){1,5})")

_ORDER = {Verdict.NOT_COMPETENT: 3, Verdict.UNKNOWN: 2, Verdict.CONDITIONAL: 1, Verdict.COMPETENT: 0}


def worst(results) -> Verdict:
    return max((r.verdict for r in results), key=lambda v: _ORDER[v])


def run(corpus_name: str, papers: list[dict], profile, check: CorpusCheck, mutants: dict[str, str]) -> dict:
    land = profile.municipality.land
    out = {"corpus": corpus_name, "papers": len(papers), "no_deciding_body": [], "roles": collections.Counter(),
           "paper_verdicts": collections.Counter(), "item_verdicts": collections.Counter(), "false_alarms": [],
           "mutation": {}, "unknown_reasons": collections.Counter(), "recommendation_items": 0,
           "conditional_rules": collections.Counter()}
    checked = 0
    for paper in papers:
        if not paper["body"]:
            out["no_deciding_body"].append(paper["ref"])
            continue
        checked += 1
        out["roles"][paper["role"]] += 1
        results = check.evaluate(paper, profile, paper["body"])
        out["recommendation_items"] += sum(1 for r in results if r.item.body and r.item.body.name != paper["body"]
                                           and fold(r.item.body.name) != fold(paper["body"]))
        verdict = worst(results)
        out["paper_verdicts"][verdict.value] += 1
        out.setdefault("eras", {}).setdefault(era(land, paper["date"]), collections.Counter())[verdict.value] += 1
        for r in results:
            out["item_verdicts"][r.verdict.value] += 1
            if r.verdict is Verdict.UNKNOWN:
                out["unknown_reasons"][r.findings[0].rule if r.findings else "?"] += 1
            if r.verdict is Verdict.CONDITIONAL:
                out["conditional_rules"][r.deciding or "?"] += 1
        if verdict is Verdict.NOT_COMPETENT:
            bad = [r for r in results if r.verdict is Verdict.NOT_COMPETENT]
            out["false_alarms"].append({
                "ref": paper["ref"], "date": str(paper["date"]), "body": paper["body"], "role": paper["role"],
                "title": paper["title"][:120],
                "items": [{"rule": r.deciding, "matters": list(r.item.matters), "text": r.item.text[:200]} for r in bad],
            })
        # mutation check
        eligible = [i for i, r in enumerate(results) if _eligible(land, r.item.matters, paper["date"])]
        if not eligible:
            continue
        for label, mutant in mutants.items():
            stats = out["mutation"].setdefault(label, {"eligible": 0, "caught": 0, "missed": [], "not_evaluable": [],
                                                       "by_era": {}})
            if paper["date"] is None or paper["date"] < LAW_FROM[land]:
                stats["not_evaluable"].append(paper["ref"])
                continue
            stats["eligible"] += 1
            mutated = check.evaluate(paper, profile, mutant, follow_recommendations=False)
            by_era = stats["by_era"].setdefault(era(land, paper["date"]), [0, 0])
            by_era[1] += 1
            if any(mutated[i].verdict is Verdict.NOT_COMPETENT for i in eligible):
                stats["caught"] += 1
                by_era[0] += 1
            else:
                stats["missed"].append({"ref": paper["ref"], "verdicts": [mutated[i].verdict.value for i in eligible],
                                        "rules": [mutated[i].deciding for i in eligible],
                                        "matters": [list(mutated[i].item.matters) for i in eligible]})
    out["checked"] = checked
    return out


def pct(n: int, d: int) -> str:
    return f"{100.0 * n / d:5.1f} %" if d else "  n/a"


def report(res: dict, details: bool) -> None:
    n, checked = res["papers"], res["checked"]
    print(f"\n== {res['corpus']}: {n} papers, {checked} with a deciding body "
          f"({len(res['no_deciding_body'])} without: {', '.join(res['no_deciding_body'][:8])}"
          f"{' ...' if len(res['no_deciding_body']) > 8 else ''})")
    print("   roles of the deciding consultation:", dict(res["roles"]))
    pv, iv = res["paper_verdicts"], res["item_verdicts"]
    items = sum(iv.values())
    print(f"   false alarms (papers with a not-competent item): {len(res['false_alarms'])} = "
          f"{pct(len(res['false_alarms']), n)} of all papers, {pct(len(res['false_alarms']), checked)} of checked")
    for v in ("competent", "conditional", "unknown", "not-competent"):
        print(f"   {v:14s} papers {pv[v]:4d} ({pct(pv[v], checked)})   items {iv[v]:4d} ({pct(iv[v], items)})")
    for name, counts in sorted(res.get("eras", {}).items()):
        total = sum(counts.values())
        print(f"   era {name:7s} papers {total:4d}: definite (competent) {counts['competent']:4d} "
              f"({pct(counts['competent'], total)}), conditional {counts['conditional']}, unknown "
              f"{counts['unknown']}, not-competent {counts['not-competent']}")
    print("   unknown items by reason:", dict(res["unknown_reasons"]))
    top = sorted(res["conditional_rules"].items(), key=lambda kv: (-kv[1], kv[0]))
    print("   conditional items by deciding rule:", ", ".join(f"{rule} {count}" for rule, count in top[:12]))
    print(f"   items that only recommend to another body (checked with that body): {res['recommendation_items']}")
    for label, st in res["mutation"].items():
        print(f"   mutation -> {label}: caught {st['caught']}/{st['eligible']} = {pct(st['caught'], st['eligible'])}"
              f"; not evaluable (law for the date not encoded): {len(st['not_evaluable'])}"
              + "".join(f"; {name} {c}/{e}" for name, (c, e) in sorted(st.get("by_era", {}).items())))
        if details:
            for miss in st["missed"]:
                print(f"      missed {miss['ref']}: {miss['verdicts']} {miss['rules']} {miss['matters']}")
    if details:
        for fa in res["false_alarms"]:
            print(f"   FALSE ALARM {fa['ref']} {fa['date']} {fa['body']} ({fa['role']}): {fa['title']}")
            for it in fa["items"]:
                print(f"      {it['rule']} {it['matters']}: {it['text'][:160]}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--details", action="store_true", help="list every false alarm and every missed mutation")
    ap.add_argument("--json", help="write the figures to this file")
    ap.add_argument("--engine", default="durable", choices=["durable", "reference"])
    args = ap.parse_args(argv)
    if not CORPUS.is_dir():
        print(f"corpus not found at {CORPUS}; nothing to check (set BESCHLUSS_CORPUS)")
        return 0
    check = CorpusCheck(args.engine)
    results = []
    ka_dir, ns_dir = CORPUS / "karlsruhe", CORPUS / "nordstemmen"
    if ka_dir.is_dir():
        profile = check.rule_base.profile_for("karlsruhe")
        results.append(run("karlsruhe", karlsruhe_papers(ka_dir), profile, check,
                           {"Bauausschuss": "Bauausschuss", "Oberbürgermeister": "Oberbürgermeister"}))
    if ns_dir.is_dir():
        profile = check.rule_base.profile_for("nordstemmen")
        names = [b.name for b in profile.municipality.bodies]
        names += [a for b in profile.municipality.bodies for a in getattr(b, "aliases", ())]
        names += ["Verwaltungsausschuss", "Rat"]
        results.append(run("nordstemmen", nordstemmen_papers(ns_dir, names), profile, check,
                           {"Fachausschuss": "Fachausschuss Finanzen, Wirtschaftsförderung und Marketing",
                            "Bürgermeister": "Bürgermeister"}))
    hg_dir = CORPUS / "huertgenwald"
    if hg_dir.is_dir():
        profile = check.rule_base.profile_for("huertgenwald")
        results.append(run("huertgenwald", huertgenwald_papers(hg_dir), profile, check,
                           {"Fachausschuss": "Bau- und Umweltausschuss", "Hauptausschuss": "Haupt- und Finanzausschuss",
                            "Bürgermeister": "Bürgermeister"}))
    total = sum(r["papers"] for r in results)
    fas = sum(len(r["false_alarms"]) for r in results)
    print(f"rule base {check.rule_base.digest[:16]}, engine {args.engine}, corpus {CORPUS}")
    for res in results:
        report(res, args.details)
    caught = sum(st["caught"] for r in results for st in r["mutation"].values())
    eligible = sum(st["eligible"] for r in results for st in r["mutation"].values())
    print(f"\nTOTAL: {total} papers, false alarms {fas} = {pct(fas, total)} (target <= 2 %); "
          f"mutations caught {caught}/{eligible} = {pct(caught, eligible)} (target >= 95 %)")
    if args.json:
        Path(args.json).write_text(json.dumps(results, indent=1, default=str, ensure_ascii=False), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""How well the reader reads real council papers: the corpus evaluation of issue 3.

Runs the reader over a corpus of real council papers (set ``$BESCHLUSS_CORPUS`` to its folder) and prints, per source:

- papers, and how many of them are a Beschlussvorlage at all in their text (Karlsruhe's text
  files are sometimes only an attachment: a contract, a map legend, nothing). This is decided by
  a simple scan of the first 6,000 characters for what a Vorlage prints ("Beschlussvorlage",
  "Vorlage Nr.", "Drucksache", "Beratungsfolge", "Beschlussantrag", "Beschlussvorschlag", ...),
  independent of the reader, so a reader failure cannot hide as "not a Vorlage";
- **deciding body right**: the body kind the reader finds for the paper — the body of its items
  (the most common one), or the Beratungsfolge's decider when no item was found — shares a kind
  with the truth:

  - Karlsruhe: the organization(s) of the authoritative OParl consultation (those with role
    "Entscheidung"/"Beschlussfassung" when any has one), names from ``organizations.json``; the
    paper is read from its ``.txt`` alone, not from the JSON;
  - Nordstemmen: the body printed with "Beratung und Beschlussfassung" in the Beratungsfolge,
    found by a deliberately simple line scan and checked against the JSON's organization names
    (independent of the reader's table parser); papers where no body has that role (only an
    Anhörung or Vorberatung) have no truth and are not counted;

- **session body** (a second figure, beside it, for the Vorlagen): right when the truth shares a
  kind with the body found as above, *or* with the recommending body of an item that only
  recommends ("Der Ortschaftsrat Durlach empfiehlt dem Gemeinderat, ... zu beschließen": the
  item's body is the Gemeinderat, its ``recommended_by`` the Ortschaftsrat). Karlsruhe's truth is
  the session the OParl record marks as deciding, and for such a paper that is the Ortschaftsrat's
  own session, whose resolution *is* the recommendation; the reader rightly checks the
  Gemeinderat, the body that will decide the matter, so "body right" counts it wrong. "session
  body" counts it right because the paper itself names that body as the one whose resolution it
  proposes; it reads the reader's items only (no file names, no reference numbers). The targets
  are held on "body right", never on this figure;

- papers with no item, items with no matter, unreadable files (empty text files), crashes
  (any exception other than a clear InputError: must be 0);
- ``karlsruhe-oparl``: the same Karlsruhe papers read as OParl records (JSON, its text and
  ``organizations.json``), a check of the OParl reader (not held to the targets: the JSON
  carries the truth).

Usage: ``PYTHONPATH=src python benchmarks/corpus_eval.py [--list-wrong] [--list-unmatched] [--source karlsruhe]``
(``--list-unmatched``: every item and title without a recognised matter, to see what the
vocabulary misses). ``--titles FILE`` measures only the titles in FILE (one ``town<TAB>title`` a
line): the share with a recognised matter, for titles of towns the vocabulary was not built from.
Exit status 0 when the corpus is absent (nothing to measure) or all targets are met, 1 otherwise.
Targets (issue 14): body right (the existing figure, not the session body) ≥ 98 % of the papers that are Beschlussvorlagen, a recognised matter
for ≥ 95 % of items, 0 crashes. ``huertgenwald``: OParl metadata only (title and Beratungsfolge),
read as the product reads it (the title is the one item); its body comes from the authoritative
consultation, so it measures matters. After the table: the matter recognised from each town's
titles alone (the across-town figure: see docs/inputs.md), and with ``--sample N`` N recognised
matters per source to check by hand. The samples are a tenth of the archives; the rest measures the product independently,
so nothing here may key on file names or reference numbers.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import sys
import time
import traceback
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "src"))

from beschluss_rules.errors import InputError
from beschluss_rules.reader import read_paper, resolve_body
from beschluss_rules.rulebase.loader import load_rule_base
from beschluss_rules.text.normalize import fold

DECIDING_ROLES = ("entscheidung", "beschlussfassung", "beschluss")
#: Targets of issue 14, on papers of towns the reader was not built from: the deciding body
#: right for 98 % of the Vorlagen, a recognised matter for 95 % of the items.
BODY_TARGET = 0.98
MATTER_TARGET = 0.95


def corpus_dir() -> Path | None:
    env = os.environ.get("BESCHLUSS_CORPUS")
    candidates = [Path(env)] if env else []
    candidates.append(HERE.parent.parent / "shared" / "corpus")
    for candidate in candidates:
        if candidate.is_dir():
            return candidate
    return None


#: The profile each Land's sample town has (its body names: "Wahlprüfungsausschuss" is a
#: committee of Hürtgenwald's council, which the general vocabulary does not know).
TOWN_OF_LAND = {"bw": "karlsruhe", "ni": "nordstemmen", "nw": "huertgenwald"}


def kinds_of(name: str, rule_base, land: str) -> frozenset[str]:
    profile = rule_base.profile_for(TOWN_OF_LAND.get(land, ""))
    body = resolve_body(name, rule_base, profile, land)
    return frozenset(body.kinds) if body else frozenset()


def karlsruhe_truth(paper_json: dict, organizations: dict[str, str], rule_base,
                    land: str = "bw") -> list[tuple[str, frozenset[str]]]:
    """The authoritative consultation's organizations (Karlsruhe; Hürtgenwald with ``land="nw"``)."""
    authoritative = [c for c in paper_json.get("consultation", []) if c.get("authoritative")]
    deciding = [c for c in authoritative if fold(c.get("role") or "") in DECIDING_ROLES]
    chosen = deciding or authoritative
    truth = []
    for consultation in chosen:
        for url in consultation.get("organization", []):
            name = organizations.get(url.rstrip("/").rsplit("/", 1)[-1], "")
            if name and not name.isdigit():
                truth.append((name, kinds_of(name, rule_base, land)))
    return truth


def organization_names(path: Path) -> dict[str, str]:
    """organizations.json as id → name: a plain map (Karlsruhe) or an OParl list page (Hürtgenwald)."""
    data = json.loads(path.read_text(encoding="utf-8"))
    if isinstance(data, dict) and isinstance(data.get("data"), list):
        return {str(o.get("id", "")).rstrip("/").rsplit("/", 1)[-1]: str(o.get("name", ""))
                for o in data["data"] if isinstance(o, dict)}
    return {str(k): str(v) for k, v in data.items()}


_BB = re.compile(r"beratungundbeschlus|beschlussfas")


def nordstemmen_truth(text: str, paper_json: dict, rule_base) -> list[tuple[str, frozenset[str]]]:
    names = []
    for consultation in paper_json.get("consultation", []):
        names.extend(consultation.get("organization_name") or [])
    names = sorted(set(names), key=len, reverse=True)
    lines = text.splitlines()
    start = next((i for i, line in enumerate(lines) if "beratungsfolge" in fold(line)), None)
    if start is None:
        return []
    truth = []
    for number in range(start + 1, min(len(lines), start + 30)):
        flat = re.sub(r"[\s-]", "", fold(lines[number]))
        if not _BB.search(flat):
            continue
        # The body is on this line, else on the next or the previous (OCR splits the cell).
        for other in (number, number + 1, number - 1):
            if not 0 <= other < len(lines):
                continue
            line = fold(lines[other])
            found = next((n for n in names if re.match(re.escape(fold(n).split(",")[0][:18]), line.strip())), None)
            if found:
                entry = (found, kinds_of(found, rule_base, "ni"))
                if entry not in truth:
                    truth.append(entry)
                break
    return truth


def found_kinds(parsed) -> tuple[str | None, frozenset[str]]:
    bodies = [item.body for item in parsed.items if item.body is not None]
    if bodies:
        counts = Counter(frozenset(body.kinds) for body in bodies)
        best = max(counts.values())
        for body in reversed(bodies):
            if counts[frozenset(body.kinds)] == best:
                return body.name, frozenset(body.kinds)
    if parsed.deciding:
        return parsed.deciding[-1].name, frozenset(parsed.deciding[-1].kinds)
    return None, frozenset()


def recommending_kinds(parsed) -> list[frozenset[str]]:
    """The kinds of each body whose recommendation an item is ("Der Ortschaftsrat Durlach
    empfiehlt dem Gemeinderat ..."): the session that adopts the recommendation is theirs."""
    return [frozenset(item.recommended_by.kinds) for item in parsed.items if item.recommended_by is not None]


# What the first pages of a Beschlussvorlage print, in folded spelling. A deliberately simple scan,
# independent of the reader, decides whether a text file is the Vorlage at all or only an
# attachment (a contract, a map legend, a report) that names no deciding body.
_VORLAGE_MARKERS = re.compile(
    r"beschlussvorlage|vorlage\s*(nr|nummer)|drucksache|beratungsfolge|beschlussantrag|beschlussvorschlag"
    r"|beschlussentwurf|antrag an den|petitum"
)


def is_vorlage(path: Path) -> bool:
    """Whether the paper's text (the ``.txt`` itself, or the one beside an OParl ``.json``) is a Vorlage."""
    text_path = path.with_suffix(".txt")
    try:
        head = text_path.read_text(encoding="utf-8", errors="replace")[:6000]
    except OSError:
        return False
    return bool(_VORLAGE_MARKERS.search(fold(head)))


def evaluate(source: str, papers: list[tuple[Path, list[tuple[str, frozenset[str]]]]], rule_base,
             list_wrong: bool, *, metadata_only: bool = False, list_unmatched: bool = False) -> dict:
    """Read every paper; ``metadata_only``: OParl records without text (every one a Vorlage, as
    its ``paperType`` says; the reader takes the title as the one item)."""
    stats = Counter()
    wrong = []
    unmatched: list[str] = []
    recognised: list[tuple[str, str, tuple[str, ...]]] = []
    started = time.perf_counter()
    for path, truth in papers:
        stats["papers"] += 1
        try:
            parsed = read_paper(path, rule_base)
        except InputError as exc:
            stats["unreadable"] += 1
            if list_wrong:
                wrong.append(f"  unreadable {path.name}: {exc}")
            continue
        except Exception:  # noqa: BLE001 - counting crashes is the point
            stats["crashes"] += 1
            wrong.append(f"  CRASH {path.name}:\n" + traceback.format_exc())
            continue
        stats["items"] += len(parsed.items)
        stats["items_without_matter"] += sum(1 for item in parsed.items if not recognised_matters(item.matters))
        if list_unmatched:
            unmatched.extend(f"  {path.name} #{item.index}: {' '.join(item.text.split())[:160]}"
                             for item in parsed.items if not recognised_matters(item.matters))
        recognised.extend((path.name, " ".join(item.text.split())[:110], item.matters)
                          for item in parsed.items if recognised_matters(item.matters))
        stats["items_without_body"] += sum(1 for item in parsed.items if item.body is None)
        if not parsed.items:
            stats["papers_without_item"] += 1
        vorlage = metadata_only or is_vorlage(path)
        stats["vorlagen"] += vorlage
        # A deciding body of no kind the law knows (Hürtgenwald's Wahlausschuss, an election body
        # under the KWahlG) gives no truth to compare with.
        truth = [(n, k) for n, k in truth if k]
        if not truth:
            stats["no_truth"] += 1
            continue
        name, kinds = found_kinds(parsed)
        right = bool(kinds) and any(kinds & t for _, t in truth)
        # The session body: the body found, or the recommender of an item that only recommends.
        session_right = right or any(r & t for r in recommending_kinds(parsed) for _, t in truth)
        stats["with_truth"] += 1
        stats["right"] += right
        if vorlage:
            stats["vorlage_with_truth"] += 1
            stats["vorlage_right"] += right
            stats["vorlage_session_right"] += session_right
        if not right and list_wrong:
            session = "; the session body is right (the recommender)" if session_right else ""
            wrong.append(f"  {'WRONG' if vorlage else 'no-vorlage'} {path.name}: found {name!r} {sorted(kinds)}; "
                         f"truth {[n for n, _ in truth]}{session}")
    stats["seconds"] = round(time.perf_counter() - started, 2)
    return {"source": source, "stats": stats, "wrong": wrong, "recognised": recognised, "unmatched": unmatched}


#: Matter classes that do not count as recognised: a catch-all says nothing about the subject.
#: (The vocabulary has none today: an item whose matter is not recognised has no matter.)
FALLBACK_MATTERS: frozenset[str] = frozenset()


def recognised_matters(matters: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(m for m in matters if m not in FALLBACK_MATTERS)


def titles_of(corpus: Path) -> dict[str, list[str]]:
    """Each town's paper titles (the OParl ``name``): a text of another shape than the decision
    texts, and for Hürtgenwald the only text there is."""
    towns = {}
    for town in ("karlsruhe", "nordstemmen", "huertgenwald"):
        folder = corpus / town / "papers"
        if folder.is_dir():
            towns[town] = [str(json.loads(p.read_text(encoding="utf-8")).get("name") or "")
                           for p in sorted(folder.glob("*.json"))]
    return towns


def read_titles(path: Path) -> list[tuple[str, str]]:
    """Titles of other towns' papers, one a line: ``town<TAB>...<TAB>title`` (the first field is the
    town, the last the title) or the title alone; empty lines and lines starting with ``#`` are
    skipped. Such a file is kept outside the project (issue 14: measuring across towns)."""
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        fields = line.split("\t")
        rows.append((fields[0].strip() if len(fields) > 1 else "", fields[-1].strip()))
    return rows


def measure_titles(path: Path, vocabulary, list_unmatched: bool) -> tuple[int, int]:
    """Print the share of ``path``'s titles with a recognised matter; returns (recognised, titles)."""
    rows = read_titles(path)
    missed = [(town, title) for town, title in rows if not recognised_matters(vocabulary.classify(title))]
    towns = {town for town, _ in rows if town}
    found = len(rows) - len(missed)
    print(f"{path.name}: {len(rows)} titles of {len(towns)} towns, matter recognised {percent(found, len(rows)).strip()}")
    if list_unmatched:
        for town, title in missed:
            print(f"  {town + ': ' if town else ''}{' '.join(title.split())[:160]}")
    return found, len(rows)


def percent(part: int, whole: int) -> str:
    return f"{100.0 * part / whole:5.1f} %" if whole else "    – "


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--list-wrong", action="store_true", help="list every paper whose body is wrong")
    parser.add_argument("--list-unmatched", action="store_true",
                        help="list every item and title without a recognised matter")
    parser.add_argument("--source", choices=("karlsruhe", "nordstemmen", "huertgenwald"), action="append")
    parser.add_argument("--titles", type=Path, action="append", metavar="FILE",
                        help="only measure the titles in FILE (town<TAB>title a line; see read_titles)")
    parser.add_argument("--sample", type=int, default=0, metavar="N",
                        help="print N recognised matters per source (fixed seed) to check by hand")
    args = parser.parse_args(argv)
    if args.titles:
        vocabulary = load_rule_base().vocabulary
        for path in args.titles:
            measure_titles(path, vocabulary, args.list_unmatched)
        return 0
    corpus = corpus_dir()
    if corpus is None:
        print("corpus not found (set BESCHLUSS_CORPUS): nothing to measure")
        return 0
    rule_base = load_rule_base()
    sources = args.source or ["karlsruhe", "nordstemmen", "huertgenwald"]
    results = []
    if "karlsruhe" in sources and (corpus / "karlsruhe").is_dir():
        base = corpus / "karlsruhe"
        organizations = organization_names(base / "organizations.json")
        papers = []
        for json_path in sorted((base / "papers").glob("*.json")):
            text_path = json_path.with_suffix(".txt")
            if not text_path.exists():
                continue
            truth = karlsruhe_truth(json.loads(json_path.read_text(encoding="utf-8")), organizations, rule_base)
            papers.append((text_path, truth))
        results.append(evaluate("karlsruhe", papers, rule_base, args.list_wrong, list_unmatched=args.list_unmatched))
        # The same papers read as OParl records (JSON + text + organizations.json): a check of
        # the OParl reader, not of the text reader, so it is not held to the targets.
        oparl = [(path.with_suffix(".json"), truth) for path, truth in papers]
        results.append(evaluate("karlsruhe-oparl", oparl, rule_base, args.list_wrong, list_unmatched=args.list_unmatched))
    if "nordstemmen" in sources and (corpus / "nordstemmen").is_dir():
        base = corpus / "nordstemmen"
        papers = []
        for json_path in sorted((base / "papers").glob("*.json")):
            text_path = json_path.with_suffix(".txt")
            if not text_path.exists():
                continue
            text = text_path.read_text(encoding="utf-8", errors="replace")
            truth = nordstemmen_truth(text, json.loads(json_path.read_text(encoding="utf-8")), rule_base)
            papers.append((text_path, truth))
        results.append(evaluate("nordstemmen", papers, rule_base, args.list_wrong, list_unmatched=args.list_unmatched))
    if "huertgenwald" in sources and (corpus / "huertgenwald").is_dir():
        # OParl metadata only (title + Beratungsfolge): the body is given by the authoritative
        # consultation, so this source measures matters (from the title) and the OParl reader.
        base = corpus / "huertgenwald"
        organizations = organization_names(base / "organizations.json")
        papers = [(path, karlsruhe_truth(json.loads(path.read_text(encoding="utf-8")), organizations, rule_base, "nw"))
                  for path in sorted((base / "papers").glob("*.json"))]
        results.append(evaluate("huertgenwald", papers, rule_base, args.list_wrong, metadata_only=True,
                                   list_unmatched=args.list_unmatched))

    ok = True
    header = (f"{'source':<16} {'papers':>6} {'Vorl.':>6} {'truth':>6} {'body right':>11} {'(Vorlagen)':>11} "
              f"{'session body':>13} {'no item':>8} {'items':>6} {'w/ matter':>10} {'no body':>8} {'unread.':>7} "
              f"{'crashes':>7} {'s':>6}")
    print(header)
    for result in results:
        s = result["stats"]
        with_matter = s["items"] - s["items_without_matter"]
        print(f"{result['source']:<16} {s['papers']:>6} {s['vorlagen']:>6} {s['with_truth']:>6} "
              f"{percent(s['right'], s['with_truth']):>11} {percent(s['vorlage_right'], s['vorlage_with_truth']):>11} "
              f"{percent(s['vorlage_session_right'], s['vorlage_with_truth']):>13} {s['papers_without_item']:>8} {s['items']:>6} {percent(with_matter, s['items']):>10} "
              f"{s['items_without_body']:>8} {s['unreadable']:>7} {s['crashes']:>7} {s['seconds']:>6}")
        if s["crashes"]:
            ok = False
        if result["source"].endswith("-oparl"):
            continue
        if s["vorlage_with_truth"] and s["vorlage_right"] < BODY_TARGET * s["vorlage_with_truth"]:
            ok = False
        if s["items"] and with_matter < MATTER_TARGET * s["items"]:
            ok = False

    # Matters from the titles alone, per town: the across-town figure. The vocabulary is frozen
    # (the committed rules/vocab/matters.yaml); a town whose papers were not looked at while it
    # was built measures how it generalises (see docs/inputs.md, "Measuring across towns").
    titles = titles_of(corpus)
    vocabulary = rule_base.vocabulary
    unmatched_titles: dict[str, list[str]] = {}
    print(f"\n{'titles of':<16} {'papers':>6} {'w/ matter':>10}   (matter recognised from the title alone)")
    for town, names in titles.items():
        if args.source and town not in args.source:
            continue
        missed = [name for name in names if not recognised_matters(vocabulary.classify(name))]
        found = len(names) - len(missed)
        print(f"{town:<16} {len(names):>6} {percent(found, len(names)):>10}")
        if args.list_unmatched:
            unmatched_titles[town] = missed
    if args.sample:
        rnd = random.Random(14)
        for result in results:
            chosen = rnd.sample(result["recognised"], min(args.sample, len(result["recognised"])))
            print(f"\nsample of recognised matters, {result['source']} (check by hand):")
            for name, text, matters in sorted(chosen):
                print(f"  {name}: {', '.join(matters)} <- {text}")
    for result in results:
        if result["unmatched"]:
            print(f"\nitems without a recognised matter, {result['source']}:")
            print("\n".join(result["unmatched"]))
    for town, missed in unmatched_titles.items():
        if missed:
            print(f"\ntitles without a recognised matter, {town}:")
            print("\n".join(f"  {' '.join(name.split())[:160]}" for name in missed))
    for result in results:
        if result["wrong"]:
            print(f"\n{result['source']}:")
            print("\n".join(result["wrong"]))
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())

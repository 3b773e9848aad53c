"""The rule catalogue: ``beschluss-rules rules docs`` and ``beschluss-rules rule ID``.

Generated from the rule files (never written by hand), in German with English headings, like
ruff's rule pages: one page per Land (``docs/rules/<land>.md``) with one section per rule —
what it decides (kind, bodies, conditions, description), why (the quoted norm), when (validity),
its place in the default logic (which rules it overrides and which override it, when both apply)
and examples taken from its test cases. ``docs/rules/index.md`` lists the Länder. The output is
deterministic (sorted, no timestamps), so a test can tell when the committed catalogue is stale.

"Overrides" follows the resolver's order (``resolve.py``): an exclusive rule (``reserved``, or
``assigned`` with ``exclusive: true``) goes before every grant and ``delegable`` rule; the urgency
route goes before exclusive rules for its own bodies; a grant goes before ``delegable`` for the
bodies it names. Two rules are listed only if some item with at most one matter meets both
(checked exactly, see :mod:`beschluss_rules.satisfiability`).
"""

from __future__ import annotations

import os
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path

from ..engine.compile import rule_condition
from ..errors import BeschlussRulesError
from ..model import BODY_KIND_LABELS, LANDS, Message, decision_rank
from ..rulebase.conditions import All, Atom, Condition
from ..rulebase.types import Rule, RuleBase
from .cases import RuleCase, default_cases_dir, iter_case_files, load_cases
from .solver import Undecided, World, solve

__all__ = ["catalogue_pages", "describe_rule", "load_all_cases", "write_catalogue"]

_KIND_TEXT: dict[str, tuple[str, str]] = {
    "general": ("Grundregel (Allzuständigkeit): macht die genannten Organe zuständig, soweit nichts anderes gilt",
                "base rule (general competence)"),
    "reserved": ("Vorbehalt: nur die genannten Organe dürfen entscheiden; jedes andere ist nicht zuständig",
                 "reserved: only the bodies named may decide"),
    "assigned": ("gesetzliche Zuweisung", "statutory assignment"),
    "delegable": ("Übertragbarkeit: diese Organe entscheiden nur mit einer Delegation durch den Rat",
                  "delegable: these bodies decide only if the council delegated the matter"),
    "delegation": ("örtliche Delegation (Hauptsatzung / Zuständigkeitsordnung)", "local delegation"),
    "urgency": ("Eilweg: erlaubt den genannten Organen die Entscheidung auch über einen Vorbehalt",
                "urgency route"),
    "caution": ("Hinweis: entscheidet nie, erscheint als zusätzlicher Befund", "caution: never decides"),
}
_MAX_FIRES, _MAX_NOT = 3, 2


# --------------------------------------------------------------------------------------------
# Conditions in words


def _euros(cents: int) -> str:
    whole = f"{abs(cents) // 100:,}".replace(",", ".")
    sign = "-" if cents < 0 else ""
    return f"{sign}{whole}" + (f",{abs(cents) % 100:02d}" if cents % 100 else "") + " EUR"


_OP_WORDS = {"eq": "=", "ne": "≠", "lt": "<", "lte": "≤", "gt": ">", "gte": "≥"}


def _atom_text(atom: Atom, labels: Mapping[str, Message]) -> str:
    prop, op, value = atom.prop, atom.op, atom.value
    negative = (op == "ne" and value is True) or (op == "eq" and value is False)
    if prop.startswith("matter__"):
        matter = prop[len("matter__"):]
        label = labels.get(matter)
        text = f"Angelegenheit „{label.de}“ (`{matter}`)" if label else f"Angelegenheit `{matter}`"
        return ("nicht " + text) if negative else text
    if prop.startswith("body__"):
        kind = prop[len("body__"):]
        name = BODY_KIND_LABELS[kind].de if kind in BODY_KIND_LABELS else kind
        return f"Gremium {'ist nicht' if negative else 'ist'} {name} (`{kind}`)"
    if prop == "legal_form_private":
        return "Rechtsform nicht privatrechtlich" if negative else "Rechtsform privatrechtlich"
    if prop == "has_amount":
        return "kein Betrag genannt" if negative else "Betrag genannt"
    if prop == "amount_cents" and isinstance(value, int):
        return f"Betrag {_OP_WORDS[op]} {_euros(value)}"
    if prop == "recurring":
        return "einmaliger Betrag" if negative else "wiederkehrender Betrag"
    if prop == "kreisfrei":
        words = {"ja": "kreisfreie Stadt", "nein": "kreisangehörige Gemeinde", "unbekannt": "ohne Gemeindeprofil"}
        text = words.get(str(value), str(value))
        return ("nicht " + text) if op == "ne" else text
    names = {"legal_form": "Rechtsform", "urgency": "Eilbezeichnung", "land": "Land",
             "municipality": "Gemeinde (AGS)", "date": "Datum"}
    return f"{names.get(prop, prop)} {_OP_WORDS.get(op, op)} `{value}`"


def _merge_amount(children: Sequence[Condition]) -> list[Condition]:
    """Drop the ``has_amount`` guard next to an amount comparison (the comparison implies it)."""
    has_compare = any(isinstance(c, Atom) and c.prop == "amount_cents" for c in children)
    return [c for c in children if not (has_compare and isinstance(c, Atom) and c.prop == "has_amount"
                                        and c.op == "eq" and c.value is True)]


def condition_text(cond: Condition, labels: Mapping[str, Message], *, top: bool = True) -> str:
    """A condition tree in German words (``und``/``oder``, brackets where nested)."""
    if isinstance(cond, Atom):
        return _atom_text(cond, labels)
    children = _merge_amount(cond.children) if isinstance(cond, All) else list(cond.children)
    if not children:
        return "immer" if isinstance(cond, All) else "nie"
    parts = [condition_text(c, labels, top=False) for c in children]
    joined = (" und " if isinstance(cond, All) else " oder ").join(parts)
    return joined if top or len(parts) == 1 else f"({joined})"


def condition_lines(cond: Condition | None, labels: Mapping[str, Message]) -> list[str]:
    """The conditions as Markdown bullet points: one per conjunct of the top level."""
    if cond is None:
        return ["- jeder Punkt (keine Bedingung) / every item"]
    if isinstance(cond, All):
        return [f"- {condition_text(c, labels)}" for c in _merge_amount(cond.children)]
    return [f"- {condition_text(cond, labels)}"]


# --------------------------------------------------------------------------------------------
# Precedence between rules


def _group(rule: Rule) -> str | None:
    if rule.kind == "reserved" or (rule.kind == "assigned" and rule.exclusive):
        return "exclusive"
    if rule.kind in ("general", "delegation", "assigned"):
        return "grant"
    if rule.kind in ("urgency", "delegable"):
        return rule.kind
    return None


def _order(rule: Rule) -> tuple[int, str]:
    return (decision_rank(rule.kind), rule.id)


def goes_before(r: Rule, s: Rule) -> bool:
    """Whether ``r`` decides instead of ``s`` when both apply (for the bodies ``r`` concerns)."""
    gr, gs = _group(r), _group(s)
    if gr is None or gs is None or r.id == s.id:
        return False
    shared = bool(set(r.competent) & set(s.competent))
    if gr == "exclusive":
        return gs in ("grant", "delegable") or (
            gs == "exclusive" and set(r.competent) == set(s.competent) and _order(r) < _order(s))
    if gr == "urgency":
        return gs == "exclusive" or (gs == "delegable" and shared) or (
            gs == "urgency" and set(r.competent) >= set(s.competent) and _order(r) < _order(s))
    if gr == "grant":
        return (gs == "delegable" and shared) or (gs == "urgency" and shared and r.certainty == "settled") or (
            gs == "grant" and set(r.competent) >= set(s.competent) and _order(r) < _order(s)
            and (r.kind == "delegation") == (s.kind == "delegation"))
    return gs == "delegable" and set(r.competent) >= set(s.competent) and _order(r) < _order(s)


def precedence(rules: Sequence[Rule], private_forms: frozenset[str]) -> dict[str, tuple[list[str], list[str]]]:
    """For each rule: the rules it goes before, and those that go before it, when both apply."""
    out: dict[str, tuple[list[str], list[str]]] = {r.id: ([], []) for r in rules}
    conditions = {r.id: rule_condition(r) for r in rules}
    ordered = sorted(rules, key=lambda r: r.id)
    for i, r in enumerate(ordered):
        for s in ordered[i + 1:]:
            first, second = (r, s) if goes_before(r, s) else (s, r) if goes_before(s, r) else (None, None)
            if first is None or second is None:
                continue
            if r.land != s.land or (r.municipality and s.municipality and r.municipality != s.municipality):
                continue
            world = World(private_forms, single_matter=True)
            municipality = r.municipality or s.municipality
            if municipality:
                world = world.with_fixed(municipality=municipality)
            try:
                if solve(All((conditions[r.id], conditions[s.id])), world) is None:
                    continue
            except Undecided:
                pass
            out[first.id][0].append(second.id)
            out[second.id][1].append(first.id)
    return out


# --------------------------------------------------------------------------------------------
# Sections and pages


def load_all_cases(directory: str | os.PathLike[str] | None = None, *, strict: bool = True) -> list[RuleCase]:
    """Every rule test case under ``directory`` (default: ``tests/cases`` of a checkout).

    With ``strict=False`` a broken case file is skipped (``rule ID`` still shows the rule).
    """
    base = Path(directory) if directory else default_cases_dir()
    if base is None or not base.exists():
        return []
    out: list[RuleCase] = []
    for path in iter_case_files(base):
        try:
            out += load_cases(path)
        except BeschlussRulesError:
            if strict:
                raise
    return out


def _cases_by_rule(cases: Iterable[RuleCase]) -> dict[str, tuple[list[RuleCase], list[RuleCase]]]:
    out: dict[str, tuple[list[RuleCase], list[RuleCase]]] = defaultdict(lambda: ([], []))
    for case in cases:
        fires = set(case.expect.get("fires") or [])
        if case.expect.get("deciding"):
            fires.add(case.expect["deciding"])
        for rule_id in sorted(fires):
            out[rule_id][0].append(case)
        for rule_id in sorted(set(case.expect.get("not_fires") or [])):
            out[rule_id][1].append(case)
    return out


def _relative(path: str, root: Path) -> str:
    try:
        return Path(os.path.relpath(path, root)).as_posix()
    except ValueError:
        return Path(path).as_posix()


def _example(case: RuleCase, root: Path) -> str:
    item = case.item
    what = ", ".join(f"`{m}`" for m in item.get("matters") or []) or f"Text „{item.get('text', '')}“"
    extras = []
    for key in ("legal_form", "amount_eur", "urgency", "recurring"):
        if key in item:
            extras.append(f"{key}: `{item[key]}`")
    where = case.municipality or case.land or ""
    verdict = case.expect.get("verdict")
    outcome = f" → **{verdict}**" if verdict else ""
    detail = "; ".join([f"{case.date}", where, f"{item.get('body')}", what] + extras)
    return f"{case.name} ({detail}){outcome} — `{_relative(case.path, root)}:{case.line}`"


def _validity_text(rule: Rule) -> str:
    if rule.valid.end is None:
        return f"ab {rule.valid.start} (from {rule.valid.start}, open-ended)"
    return f"{rule.valid.start} bis {rule.valid.end} (from {rule.valid.start} to {rule.valid.end})"


def _bodies_text(rule: Rule, rule_base: RuleBase) -> str:
    if rule.kind == "caution":
        return "— (entscheidet nie / never decides)"
    names = []
    profile = next((p for p in rule_base.profiles if p.municipality.ags == rule.municipality), None)
    for key in rule.competent:
        if key in BODY_KIND_LABELS:
            names.append(f"{BODY_KIND_LABELS[key].de} (`{key}`)")
        elif profile:
            body = next((b for b in profile.municipality.bodies if b.key == key), None)
            names.append(f"{body.name} (`{key}`)" if body else f"`{key}`")
        else:
            names.append(f"`{key}`")
    return ", ".join(names)


def _quote(text: str) -> list[str]:
    return ["> " + line if line else ">" for line in text.strip().splitlines()]


def rule_section(rule: Rule, rule_base: RuleBase, *, cases: Sequence[RuleCase] = (),
                 order: Mapping[str, tuple[list[str], list[str]]] | None = None, heading: str = "##",
                 lang: str = "de") -> str:
    """One rule as Markdown: what it decides, why, validity, precedence, examples."""
    root = Path(rule_base.root).resolve().parent
    labels = {m.id: m.label for m in rule_base.vocabulary.matters.values()}
    sub = heading + "#"
    title = rule.title.en if lang == "en" else rule.title.de
    other = rule.title.de if lang == "en" else rule.title.en
    kind_de, _ = _KIND_TEXT.get(rule.kind, (rule.kind, rule.kind))
    if rule.kind == "assigned":
        kind_de += (" – ausschließlich: schließt jedes andere Organ aus" if rule.exclusive
                    else " – nicht ausschließlich: andere Organe bleiben möglich")
    lines = [f"{heading} `{rule.id}`", "", f"**{title}**  ", f"*{other}*", ""]
    lines += ["| | |", "|---|---|",
              f"| Art (kind) | `{rule.kind}` – {kind_de} |",
              f"| Zuständig (competent) | {_bodies_text(rule, rule_base)} |",
              f"| Geltung (validity) | {_validity_text(rule)} |",
              f"| Gewissheit (certainty) | {'gesichert (settled)' if rule.certainty == 'settled' else 'unsicher (uncertain)'} |"]
    if rule.kind == "caution":
        lines.append(f"| Stufe (level) | `{rule.level.value}` |")
    lines += [f"| Datei (file) | `{_relative(rule.path, root)}` |", ""]
    lines += [f"{sub} Was sie entscheidet (What it decides)", "", "Bedingungen (conditions), alle müssen gelten:", ""]
    lines += condition_lines(rule.when, labels)
    lines += ["", rule.description.strip(), ""]
    if rule.uncertainty:
        lines += [f"*Unsicher (uncertain):* {rule.uncertainty.strip()}", ""]
    lines += [f"Meldung (message): „{rule.message.de.strip()}“", ""]
    lines += [f"{sub} Norm (Why)", ""]
    for ref in rule.references:
        lines.append(f"**{ref.cite()}**")
        lines.append("")
        if ref.wording == "not-found":
            lines += ["*Offener Punkt: Wortlaut der geltenden Fassung nicht gefunden (wording: not-found).*", ""]
        if ref.citation == "whole-law":
            lines += ["*Zitiert ist bewusst das ganze Gesetz, keine Vorschrift (citation: whole-law).*", ""]
        if ref.text:
            lines += _quote(f"„{ref.text.strip()}“")
            lines.append("")
        if ref.note:
            lines += [f"Anmerkung (note): {ref.note.strip()}", ""]
        if ref.url:
            lines += [f"Quelle (source): <{ref.url}>", ""]
    lines += [f"{sub} Geltung (Validity)", "", _validity_text(rule) + ".", ""]
    lines += [f"{sub} Vorrang (Overrides)", ""]
    before, after = (order or {}).get(rule.id, ([], []))
    if rule.kind == "caution":
        lines += ["Ein Hinweis entscheidet nie; er steht neben dem Ergebnis (never decides).", ""]
    else:
        lines.append("Geht vor (overrides), wenn beide greifen: "
                     + (", ".join(f"`{r}`" for r in before) if before else "—"))
        lines.append("")
        lines.append("Tritt zurück hinter (overridden by), wenn beide greifen: "
                     + (", ".join(f"`{r}`" for r in after) if after else "—"))
        lines.append("")
    lines += [f"{sub} Beispiele (Examples)", ""]
    mirror = "/".join(rule.id.split(".")) + ".yaml"

    def own_first(case: RuleCase) -> tuple[bool, str, int]:
        path = Path(case.path).as_posix()
        return (not path.endswith("/" + mirror), path, case.line)

    fires = sorted((c for c in cases if rule.id in (c.expect.get("fires") or [])
                    or c.expect.get("deciding") == rule.id), key=own_first)
    not_fires = sorted((c for c in cases if rule.id in (c.expect.get("not_fires") or [])), key=own_first)
    if not fires and not not_fires:
        lines += ["Keine Testfälle gefunden (no test cases found).", ""]
    for case in fires[:_MAX_FIRES]:
        lines.append(f"- greift (applies): {_example(case, root)}")
    for case in not_fires[:_MAX_NOT]:
        lines.append(f"- greift nicht (does not apply): {_example(case, root)}")
    more = max(0, len(fires) - _MAX_FIRES) + max(0, len(not_fires) - _MAX_NOT)
    if more:
        lines.append(f"- … und {more} weitere Fälle (and {more} more cases)")
    if fires or not_fires:
        lines.append("")
    return "\n".join(lines)


def _land_page(land: str, rules: Sequence[Rule], rule_base: RuleBase, cases: Sequence[RuleCase],
               order: Mapping[str, tuple[list[str], list[str]]]) -> str:
    name = LANDS.get(land, land)
    by_rule = _cases_by_rule(cases)
    statute = [r for r in rules if r.municipality is None]
    local = [r for r in rules if r.municipality is not None]
    lines = [
        f"# Regelkatalog {name} (Rule catalogue: {name})", "",
        "<!-- Generated by `beschluss-rules rules docs` from the rule files; do not edit by hand. -->", "",
        (f"{len(statute)} Regeln des Landes, {len(local)} örtliche Delegationen aus Gemeindeprofilen. "
         "Jede Regel: was sie entscheidet, die Norm im Wortlaut, Geltung, Vorrang nach der "
         "Rangfolge des Auflösers ([legal-model.md](../legal-model.md)) und Beispiele aus ihren "
         "Testfällen (`tests/cases/`)."), "",
        "## Übersicht (Contents)", "",
        "| Regel (rule) | Art (kind) | Zuständig (competent) | Geltung (validity) | Titel (title) |",
        "|---|---|---|---|---|",
    ]
    for rule in list(statute) + list(local):
        anchor = rule.id.replace(".", "").lower()
        valid = f"{rule.valid.start} – {rule.valid.end}" if rule.valid.end else f"ab {rule.valid.start}"
        bodies = ", ".join(rule.competent) or "—"
        lines.append(f"| [`{rule.id}`](#{anchor}) | {rule.kind} | {bodies} | {valid} | {rule.title.de} |")
    lines.append("")
    lines += _open_points(list(statute) + list(local))
    if statute:
        lines += ["## Regeln des Landes (statute rules)", ""]
        for rule in statute:
            lines += [rule_section(rule, rule_base, cases=_rule_cases(rule.id, by_rule), order=order,
                                  heading="###"), ""]
    if local:
        lines += ["## Örtliche Delegationen (local delegations)", ""]
        for rule in local:
            lines += [rule_section(rule, rule_base, cases=_rule_cases(rule.id, by_rule), order=order,
                                  heading="###"), ""]
    return "\n".join(lines).rstrip() + "\n"


def _open_points(rules: Sequence[Rule]) -> list[str]:
    """The references that say their wording was not found or that cite a whole law on purpose."""
    rows = []
    for rule in rules:
        for ref in rule.references:
            if ref.wording or ref.citation:
                what = " + ".join(w for w in (
                    "Wortlaut nicht gefunden" if ref.wording == "not-found" else "",
                    "ganzes Gesetz zitiert" if ref.citation == "whole-law" else "") if w)
                anchor = rule.id.replace(".", "").lower()
                rows.append(f"| [`{rule.id}`](#{anchor}) | {ref.cite()} | {what} |")
    if not rows:
        return []
    return ["## Offene Punkte (open points)", "",
            (f"{len(rows)} Fundstellen sagen ausdrücklich, dass der Wortlaut der geltenden Fassung "
             "nicht gefunden wurde (`wording: not-found`) oder dass sie bewusst ein ganzes Gesetz "
             "zitieren (`citation: whole-law`); ihre Anmerkung sagt, was gesucht wurde und worauf "
             "die Regel beruht. `rules lint` meldet sie als `info` (`lint.wording-not-found`, "
             "`lint.whole-law`), solange die Regel selbst vorsichtig ist, ein Hinweis ihre ganze "
             "Geltung abdeckt oder sie eine Delegation ohne Wortlaut ist (höchstens `competent` mit "
             "Warnung)."), "",
            "| Regel (rule) | Fundstelle (reference) | offen (open) |", "|---|---|---|", *rows, ""]


def _rule_cases(rule_id: str, by_rule: Mapping[str, tuple[list[RuleCase], list[RuleCase]]]) -> list[RuleCase]:
    fires, not_fires = by_rule.get(rule_id, ([], []))
    seen: dict[int, RuleCase] = {}
    for case in fires + not_fires:
        seen.setdefault(id(case), case)
    return list(seen.values())


def catalogue_pages(rule_base: RuleBase, cases: Sequence[RuleCase] = ()) -> dict[str, str]:
    """File name → Markdown text of every catalogue page (``index.md`` and one per Land)."""
    by_land: dict[str, list[Rule]] = defaultdict(list)
    for rule in sorted(rule_base.rules, key=lambda r: r.id):
        by_land[rule.land].append(rule)
    order = precedence(rule_base.rules, rule_base.vocabulary.private_forms)
    pages: dict[str, str] = {}
    index = [
        "# Regelkatalog (Rule catalogue)", "",
        "<!-- Generated by `beschluss-rules rules docs` from the rule files; do not edit by hand. -->", "",
        ("Der Katalog wird aus den Regeldateien erzeugt (`beschluss-rules rules docs`); ein Test "
         "schlägt fehl, wenn er veraltet ist. Eine einzelne Regel zeigt `beschluss-rules rule ID`."), "",
        "| Land | Regeln (rules) | örtliche Delegationen (local delegations) | Seite (page) |",
        "|---|---|---|---|",
    ]
    for land in sorted(by_land, key=lambda code: list(LANDS).index(code) if code in LANDS else 99):
        rules = by_land[land]
        pages[f"{land}.md"] = _land_page(land, rules, rule_base, cases, order)
        statute = sum(1 for r in rules if r.municipality is None)
        index.append(f"| {LANDS.get(land, land)} (`{land}`) | {statute} | {len(rules) - statute} | [{land}.md]({land}.md) |")
    pages["index.md"] = "\n".join(index) + "\n"
    return pages


def write_catalogue(rule_base: RuleBase, directory: str | os.PathLike[str], cases: Sequence[RuleCase] = ()
                    ) -> list[Path]:
    """Write the catalogue into ``directory`` (removing pages of Länder no longer present)."""
    out = Path(directory)
    out.mkdir(parents=True, exist_ok=True)
    pages = catalogue_pages(rule_base, cases)
    written = []
    for old in out.glob("*.md"):
        if old.name not in pages:
            old.unlink()
    for name, text in sorted(pages.items()):
        path = out / name
        if not path.exists() or path.read_text(encoding="utf-8") != text:
            path.write_text(text, encoding="utf-8")
        written.append(path)
    return written


def describe_rule(rule_base: RuleBase, rule_id: str, cases: Sequence[RuleCase] = (), lang: str = "de") -> str:
    """The catalogue section of one rule, for the terminal (``beschluss-rules rule ID``)."""
    rule = rule_base.rule(rule_id)
    same_land = [r for r in rule_base.rules if r.land == rule.land]
    order = precedence(same_land, rule_base.vocabulary.private_forms)
    mine = [c for c in cases if rule.id in (c.expect.get("fires") or []) or rule.id in (c.expect.get("not_fires") or [])
            or c.expect.get("deciding") == rule.id]
    return rule_section(rule, rule_base, cases=mine, order=order, heading="#", lang=lang).rstrip() + "\n"

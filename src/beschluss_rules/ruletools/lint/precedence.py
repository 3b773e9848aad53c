"""Rules that apply together and the resolver's precedence: ``lint.conflict`` (two exclusive rules
shut each other's bodies out) and ``lint.overridden`` (a rule that always loses)."""

from __future__ import annotations

from ...model import Level, Message, decision_rank
from ...rulebase.conditions import All, negate
from ...rulebase.types import Rule
from ..solver import Undecided, solve
from .context import Context, RuleCheck, compatible, is_exclusive, validity_within
from .findings import Check, LintFinding, markdown
from .wording import bodies, cite, witness_message

CONFLICT = Check(
    "conflict", Level.ERROR,
    Message("zwei ausschließliche Regeln nennen für denselben Punkt verschiedene Organe",
            "two exclusive rules name different bodies for the same item"),
    what=markdown("""
        Zwei Regeln gleicher Priorität geben für **dieselbe Angelegenheit, dieselben Merkmale
        und denselben Tag** verschiedenen Organen **ausschließliche** Zuständigkeit (wie die
        „unique hit policy“ von DMN). Ausschließlich sind `reserved` und `assigned` mit
        `exclusive: true`; der Auflöser behandelt sie gleich (jede schließt jedes Organ aus, das sie
        nicht nennt), deshalb gelten sie hier als gleichrangig. Gemeldet wird am Ort der ersten Regel,
        beide IDs in der Meldung, die zweite auch unter `related`, mit einem Beispielpunkt.
    """),
    why=markdown("""
        Das Ergebnis wäre für jedes der beiden Organe `not-competent` – die Regeln schließen
        sich gegenseitig aus, und welche Meldung erscheint, hinge nur von Rang und Name ab.
    """),
    example=markdown("""
        eine zusätzliche Regel „Satzungen bis 5.000 EUR erlässt der Bürgermeister“
        (`assigned`, `exclusive: true`):

        ```text
        rules/nw/go/41-1-2-f-satzungen.yaml:36:1: error lint.conflict nw.go.41-1-2-f-satzungen (Rat) und nw.go.99-satzungen-buergermeister (Bürgermeister) geben verschiedenen Organen ausschließliche Zuständigkeit für dieselben Punkte (z. B. Angelegenheit „Erlass, Änderung oder Aufhebung einer Satzung“ (satzung), Betrag 0 EUR, am 2019-01-01); jede schließt das Organ der anderen aus
        ```
    """),
    fix=markdown("""
        die Bedingungen abgrenzen (z. B. `not:` in der einen), eine der Regeln nicht
        ausschließlich machen, oder die Rechtslage klären.
    """),
)

OVERRIDDEN = Check(
    "overridden", Level.WARNING,
    Message("Regel entscheidet nie: eine andere gilt stets mit und geht vor",
            "rule never decides: another always applies with it and takes precedence"),
    what=markdown("""
        Eine Regel entscheidet **nie**, weil immer, wenn sie greift, eine andere Regel mitgreift
        (ihre Bedingungen und Geltung umfassen die der ersten) und nach der Rangfolge des Auflösers
        ([legal-model.md](legal-model.md#wie-das-ergebnis-entsteht)) vorgeht: eine sichere
        ausschließliche Regel vor jeder Zuweisung, Delegation oder `delegable`-Regel; von zwei gleichartigen
        Regeln mit denselben Organen die erste nach Rang und ID; eine sichere vor einer unsicheren.
        Die Prüfung ist sicher (kein Fehlalarm), aber nicht vollständig: eine Regel, die erst durch
        *mehrere* andere zusammen verdrängt wird, findet sie nicht – das zeigt die Abdeckung
        „entscheidet“ von `beschluss-rules rules test`.
    """),
    why=markdown("""
        Eine stets verdrängte Regel ist toter Code; ihre Fundstelle erscheint nie als Grund.
    """),
    example=markdown("""
        So stand es für eine frühere Regel zu § 71 GO NRW, die jetzt zweite Fundstelle von lit. c ist:

        ```text
        rules/nw/go/71-1-beigeordnete.yaml:1:1: warning lint.overridden nw.go.71-1-beigeordnete entscheidet nie: wann immer sie greift, greift auch nw.go.41-1-2-c-wahl-beigeordnete (§ 41 Abs. 1 S. 2 lit. c GO NRW) und geht vor – sie steht in der Rangfolge des Auflösers vor ihr und nennt dieselben Organe. Zusammenlegen (zweite Fundstelle) oder die Bedingungen abgrenzen
        ```
    """),
    fix=markdown("""
        die Regeln zusammenlegen (die zweite Norm als weitere Fundstelle) oder ihre
        Bedingungen abgrenzen.
    """),
    reference="[legal-model.md](legal-model.md#wie-das-ergebnis-entsteht): die Rangfolge des Auflösers.",
)


def _check_conflicts(ctx: Context) -> list[LintFinding]:
    out = []
    exclusive = [r for r in ctx.rules if is_exclusive(r)]
    for i, a in enumerate(exclusive):
        for b in exclusive[i + 1:]:
            if set(a.competent) == set(b.competent) or not compatible(a, b):
                continue
            world = ctx.world(a if a.municipality else b, single=True)
            try:
                witness = solve(All((ctx.condition(a), ctx.condition(b))), world)
            except Undecided:
                out.append(ctx.finding(CONFLICT, a, Message(
                    f"{a.id} und {b.id} könnten sich widersprechen (die Prüfung war zu aufwendig)",
                    f"{a.id} and {b.id} may conflict (the check ran out of budget)"),
                    key="competent", level=Level.WARNING, related=[b]))
                continue
            if witness is None:
                continue
            wde, wen = witness_message(witness, ctx.labels)
            out.append(ctx.finding(CONFLICT, a, Message(
                f"{a.id} ({bodies(a, 'de')}) und {b.id} ({bodies(b, 'de')}) geben verschiedenen "
                f"Organen ausschließliche Zuständigkeit für dieselben Punkte{wde}; jede schließt das "
                "Organ der anderen aus",
                f"{a.id} ({bodies(a, 'en')}) and {b.id} ({bodies(b, 'en')}) give different bodies "
                f"exclusive competence for the same items{wen}; each shuts out the other's body"),
                key="competent", related=[b], example=witness))
    return out


def _grant_group(rule: Rule) -> str | None:
    if rule.kind in ("general", "delegation") or (rule.kind == "assigned" and not rule.exclusive):
        return "grant"
    if is_exclusive(rule):
        return "exclusive"
    if rule.kind in ("urgency", "delegable"):
        return rule.kind
    return None


def _order(rule: Rule) -> tuple[int, str]:
    return (decision_rank(rule.kind), rule.id)


def _dominates(s: Rule, r: Rule) -> str | None:
    """Why ``s`` wins over ``r`` on every item on which both apply (the resolver's order), or None.

    Sound, not complete: only the cases in which ``s`` alone decides before ``r`` whatever else
    matches and whichever body the item names.
    """
    gs, gr = _grant_group(s), _grant_group(r)
    if gs is None or gr is None:
        return None
    same_bodies = set(s.competent) >= set(r.competent) and (s.kind == "delegation") == (r.kind == "delegation")
    if gs == "exclusive" and s.certainty == "settled" and gr in ("grant", "delegable") and r.kind != "delegation":
        return "exclusive"
    if gs == gr == "exclusive" and set(s.competent) == set(r.competent) and _order(s) < _order(r) and (
            s.certainty == "settled" or r.certainty == "uncertain"):
        return "same"
    if gs == gr == "grant" and same_bodies and (
            (s.certainty == "settled" and r.certainty == "uncertain")
            or (s.certainty == r.certainty and _order(s) < _order(r))):
        return "same"
    if gr == "delegable" and gs == "grant" and same_bodies:
        return "grant"
    if gs == gr == "delegable" and same_bodies and _order(s) < _order(r):
        return "same"
    if gs == gr == "urgency" and same_bodies and (
            (s.certainty == "settled" and r.certainty == "uncertain")
            or (s.certainty == r.certainty and _order(s) < _order(r))):
        return "same"
    return None


def _check_overridden(ctx: Context) -> list[LintFinding]:
    out = []
    for r in ctx.rules:
        if r.kind == "caution":
            continue
        for s in ctx.rules:
            if s is r or s.land != r.land or s.municipality not in (None, r.municipality):
                continue
            if not validity_within(r, s):
                continue
            why = _dominates(s, r)
            if why is None:
                continue
            try:
                world = ctx.world(r)
                if solve(All((ctx.condition(r), negate(ctx.condition(s)))), world) is not None:
                    continue
                if solve(ctx.condition(r), world) is None:
                    continue
            except Undecided:
                continue
            reason_de = {"exclusive": "sie schließt als ausschließliche Regel jede andere Zuweisung aus",
                         "same": "sie steht in der Rangfolge des Auflösers vor ihr und nennt dieselben Organe",
                         "grant": "sie macht dieselben Organe zuständig, ohne dass eine Delegation nötig ist"}[why]
            reason_en = {"exclusive": "as an exclusive rule it shuts out every other assignment",
                         "same": "it comes first in the resolver's order and names the same bodies",
                         "grant": "it makes the same bodies competent without a delegation"}[why]
            out.append(ctx.finding(OVERRIDDEN, r, Message(
                f"{r.id} entscheidet nie: wann immer sie greift, greift auch {s.id} ({cite(s)}) und "
                f"geht vor – {reason_de}. Zusammenlegen (zweite Fundstelle) oder die Bedingungen "
                "abgrenzen",
                f"{r.id} never decides: whenever it applies, {s.id} ({cite(s)}) applies too and takes "
                f"precedence — {reason_en}. Merge them (a second reference) or tell their conditions "
                "apart"), related=[s]))
            break
    return out



CONFLICTS = RuleCheck((CONFLICT,), _check_conflicts)
OVERRIDES = RuleCheck((OVERRIDDEN,), _check_overridden)

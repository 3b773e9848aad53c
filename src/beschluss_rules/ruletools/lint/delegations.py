"""Municipality profiles: ``lint.void-delegation``, a local delegation of a matter the Land reserves
to the council."""

from __future__ import annotations

import attrs

from ...model import Level, Message
from ...rulebase.conditions import All, Any_, Condition, atoms, negate
from ..solver import Undecided, solve
from .context import Context, RuleCheck, compatible, is_exclusive, is_statute, overlap
from .findings import Check, LintFinding, markdown
from .wording import cite, span, witness_message

VOID_DELEGATION = Check(
    "void-delegation", Level.ERROR,
    Message("örtliche Delegation einer dem Rat vorbehaltenen Angelegenheit",
            "local delegation of a matter reserved to the council"),
    levels=markdown("""
        error (ganz unwirksam) bzw. warning (teilweise)
    """),
    what=markdown("""
        Eine örtliche Delegation (Gemeindeprofil: Hauptsatzung, Zuständigkeitsordnung)
        überträgt eine Angelegenheit, die das Land dem Rat vorbehält – d. h. es gibt einen Punkt dieser
        Gemeinde (eine Angelegenheit, ein Tag in beider Geltung), auf den die Delegation **und** eine
        sichere (`settled`) Vorbehaltsregel (`reserved` oder `assigned` mit `exclusive: true`) zutreffen.

        - **error**, wenn die Delegation die Angelegenheit ausdrücklich nennt (`matter: …`) und jeder
          Punkt dieser Angelegenheit, den sie erfasst, vorbehalten ist: die Klausel ist insoweit ganz
          unwirksam.
        - **warning**, wenn sie nur teilweise in den Vorbehalt fällt (etwa Beitritte zu Vereinigungen,
          vorbehalten nur bei privater Rechtsform, § 41 Abs. 1 S. 2 lit. m GO NRW) oder gar keine
          Angelegenheit nennt und deshalb auch vorbehaltene erfasst. Die Meldung nennt einen Beispielpunkt.
    """),
    why=markdown("""
        Der Rat kann vorbehaltene Angelegenheiten nicht übertragen (NRW: § 41 Abs. 1 S. 2 GO);
        eine solche Klausel ist nichtig. Die Prüfung übergeht sie und sagt es (`core.delegation-void`) –
        aber die Gemeinde soll das vorher wissen, mit Klausel und Norm.
    """),
    example=markdown("""
        Klausel `§ 2 Abs. 1 lit. b` „Der Haupt- und Finanzausschuss beschließt Satzungen“:

        ```text
        rules/municipalities/nw/heinsberg.yaml:34:3: error lint.void-delegation die örtliche Delegation local.heinsberg.zusto-2-1-b-satzungen (§ 2 Abs. 1 lit. b Zuständigkeitsordnung der Stadt Heinsberg) überträgt die Angelegenheit „Erlass, Änderung oder Aufhebung einer Satzung“ (satzung), die § 41 Abs. 1 S. 2 lit. f GO NRW (nw.go.41-1-2-f-satzungen) dem Rat vorbehält (ab 2020-01-01); die Delegation ist unwirksam und bleibt bei der Prüfung außer Betracht (core.delegation-void)
        ```

        Das Beispielprofil `examples/heinsberg-profil-mit-delegation.yaml` (Beitritte an den HFA) erhält
        die Warnung „… auch dort, wo § 41 Abs. 1 S. 2 lit. m GO NRW sie dem Rat vorbehält (z. B. …
        Rechtsform ev …)“.
    """),
    fix=markdown("""
        die Klausel streichen, oder ihre Bedingungen so fassen, dass der Vorbehalt
        ausgenommen ist (z. B. `legal_form_private: false`).
    """),
)


def _named_matters(cond: Condition | None) -> list[str]:
    if cond is None:
        return []
    return sorted({a.prop[len("matter__"):] for a in atoms(cond)
                   if a.prop.startswith("matter__") and a.op == "eq" and a.value is True})


def _check_void_delegations(ctx: Context) -> list[LintFinding]:
    out = []
    for d in ctx.rules:
        if d.kind != "delegation":
            continue
        reserved = [s for s in ctx.rules if is_exclusive(s) and s.certainty == "settled" and is_statute(s)
                    and compatible(d, s)]
        if not reserved:
            continue
        cd = ctx.condition(d)
        named = _named_matters(d.when)
        clause = f"{d.id} ({cite(d)})"
        try:
            for matter in named:
                world = attrs.evolve(ctx.world(d), exact_matters=frozenset({matter}))
                hits = [(s, solve(All((cd, ctx.condition(s))), world)) for s in reserved]
                hits = [(s, w) for s, w in hits if w is not None]
                if not hits:
                    continue
                rest = solve(All((cd, negate(Any_(tuple(ctx.condition(s) for s, _ in hits))))), world)
                norms = "; ".join(f"{cite(s)} ({s.id})" for s, _ in hits)
                both = overlap(d, hits[0][0])
                assert both is not None, "compatible() keeps only reservations valid on a day of the delegation"
                label = ctx.labels.get(matter)
                shown_de = f"„{label.de}“ ({matter})" if label else matter
                shown_en = f"\"{label.en}\" ({matter})" if label else matter
                if rest is None:
                    out.append(ctx.finding(VOID_DELEGATION, d, Message(
                        f"die örtliche Delegation {clause} überträgt die Angelegenheit {shown_de}, die "
                        f"{norms} dem Rat vorbehält ({span(*both, 'de')}); die Delegation ist "
                        "unwirksam und bleibt bei der Prüfung außer Betracht (core.delegation-void)",
                        f"the local delegation {clause} delegates the matter {shown_en}, which {norms} "
                        f"reserves to the council ({span(*both, 'en')}); the delegation is void and "
                        "ignored when checking (core.delegation-void)"),
                        related=[s for s, _ in hits], example=hits[0][1]))
                else:
                    wde, wen = witness_message(hits[0][1], ctx.labels)
                    out.append(ctx.finding(VOID_DELEGATION, d, Message(
                        f"die örtliche Delegation {clause} überträgt die Angelegenheit {shown_de} auch "
                        f"dort, wo {norms} sie dem Rat vorbehält{wde}; insoweit ist sie unwirksam "
                        "(core.delegation-void) – die Bedingungen der Delegation sollten den Vorbehalt "
                        "ausnehmen",
                        f"the local delegation {clause} delegates the matter {shown_en} also where "
                        f"{norms} reserves it to the council{wen}; to that extent it is void "
                        "(core.delegation-void) — its conditions should leave the reserved cases out"),
                        level=Level.WARNING, related=[s for s, _ in hits], example=hits[0][1]))
            world = ctx.world(d, single=True)
            unnamed = []
            for s in reserved:
                witness = solve(All((cd, ctx.condition(s))), world)
                if witness is None:
                    continue
                if any(witness.get(f"matter__{m}") is True for m in named):
                    continue
                unnamed.append((s, witness))
            if unnamed:
                norms = "; ".join(f"{cite(s)} ({s.id})" for s, _ in unnamed[:5])
                more = len(unnamed) - 5
                norms += (f" und {more} weitere" if more > 0 else "")
                norms_en = norms.replace(" und ", " and ").replace(" weitere", " more")
                wde, wen = witness_message(unnamed[0][1], ctx.labels)
                out.append(ctx.finding(VOID_DELEGATION, d, Message(
                    f"die örtliche Delegation {clause} erfasst auch Angelegenheiten, die dem Rat "
                    f"vorbehalten sind: {norms}{wde}; insoweit ist sie unwirksam (core.delegation-void)",
                    f"the local delegation {clause} also covers matters reserved to the council: "
                    f"{norms_en}{wen}; to that extent it is void (core.delegation-void)"),
                    level=Level.WARNING, related=[s for s, _ in unnamed], example=unnamed[0][1]))
        except Undecided:
            out.append(ctx.finding(VOID_DELEGATION, d, Message(
                f"ob die örtliche Delegation {clause} eine vorbehaltene Angelegenheit überträgt, ließ "
                "sich nicht entscheiden (zu aufwendig)",
                f"whether the local delegation {clause} delegates a reserved matter could not be "
                "decided (too costly)"), level=Level.WARNING))
    return out



DELEGATIONS = RuleCheck((VOID_DELEGATION,), _check_void_delegations)

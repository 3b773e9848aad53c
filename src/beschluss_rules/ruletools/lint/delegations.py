"""Municipality profiles: ``lint.void-delegation``, a local delegation of a matter the Land reserves
to the council."""

from __future__ import annotations

import attrs

from ...model import Level, Message
from ...rulebase.conditions import All, Any_, Condition, atoms, negate
from ...rulebase.yamlfile import LineDict
from ..solver import Undecided, solve
from .context import Context, RuleCheck, compatible, is_exclusive, is_statute, overlap
from .findings import Check, LintFinding, markdown
from .wording import bodies, cite, span, witness_message

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



DELEGATION_OVERLAP = Check(
    "delegation-overlap", Level.ERROR,
    Message("zwei örtliche Delegationen erfassen dieselben Punkte: für verschiedene Organe widersprüchlich "
            "(Fehler), für dasselbe doppelt (Warnung)",
            "two local delegations cover the same items: contradictory for different bodies (error), "
            "redundant for the same body (warning)"),
    levels=markdown("""
        error (verschiedene Organe) bzw. warning (dasselbe Organ)
    """),
    what=markdown("""
        Zwei Delegationen eines Gemeindeprofils treffen am selben Tag auf denselben Punkt zu. Nennen sie
        verschiedene Organe, widerspricht sich das Profil (welches Organ entscheidet?); nennen sie dasselbe,
        ist eine überflüssig. Die Ergänzung „oberhalb der Wertgrenze“ einer Klausel zählt nicht mit: sie
        überträgt nichts.
    """),
    why=markdown("""
        Eine Hauptsatzung grenzt die Zuständigkeiten ihrer Ausschüsse gegeneinander ab (Angelegenheit,
        Wertgrenze). Überschneiden sich zwei Klauseln im Profil, ist das Profil ungenau abgeschrieben, und
        die Prüfung könnte das falsche Organ für zuständig halten.
    """),
    example=markdown("""
        `vergabe` bis 200.000 € an den Bauausschuss (`bau`) und `vergabe` über 100.000 € an den
        Haupt- und Finanzausschuss (`hfa`): bei 150.000 € wären beide zuständig.

        ```text
        profil.yaml:38:5: error lint.delegation-overlap local.wertgrenzen-test.bau-vergabe (bau) und local.wertgrenzen-test.hfa-vergabe (hfa) übertragen dieselben Punkte verschiedenen Organen (z. B. Angelegenheit „Vergabe eines Auftrags“ (vergabe), Betrag 100.000,01 EUR, kreisangehörige Gemeinde, am 2020-01-01); die Satzung grenzt sie gewiss ab (Angelegenheit, Wertgrenze) – die Bedingungen des Profils sollten das auch tun
        ```
    """),
    fix=markdown("""
        die Bedingungen so fassen, wie die Satzung die Klauseln abgrenzt (Angelegenheit, `limit`).
    """),
)

LAND_BODY = Check(
    "land-body", Level.ERROR,
    Message("Gremium einer Art, die es in diesem Land (oder dieser Gemeinde) nicht gibt",
            "body of a kind this Land (or this municipality) does not have"),
    levels=markdown("""
        error
    """),
    what=markdown("""
        Ein Gremium des Profils hat eine Art, die die Gemeindeordnung des Landes nicht kennt: einen
        Gemeindevorstand (Magistrat) gibt es nur in Hessen, Bezirksvertretungen nur in kreisfreien
        Städten Nordrhein-Westfalens (§ 35 Abs. 1 GO NRW), Ortschafts- und Ortsräte nicht in NRW.
    """),
    why=markdown("""
        Die Art eines Gremiums entscheidet, welche Regeln greifen. Eine Art, die das Land nicht kennt,
        ist ein Abschreibfehler im Profil und kann zu einem Urteil nach fremdem Recht führen.
    """),
    example=markdown("""
        Ein Ortschaftsrat im Profil einer kreisangehörigen Gemeinde in NRW:

        ```text
        profil.yaml:11:3: error lint.land-body Gremium or1 (Ortschaftsrat Nord) hat die Art ortschaftsrat: Ortschafts- oder Ortsräte kennt die GO NRW nicht (dort: Bezirksausschüsse, Ortsvorsteher, § 39 GO NRW); Stadt Wertgrenzentest liegt in NW, kreisangehörig
        ```
    """),
    fix=markdown("""
        die Art nach der Hauptsatzung richtigstellen (z. B. `fachausschuss`).
    """),
)

#: Body kinds a Land's municipal law does not have (or, for NRW's Bezirksvertretungen, has only
#: in kreisfreie Städte, § 35 Abs. 1 GO NRW). Deliberately a short list of clear cases: the
#: names of committees vary, their kinds in law do not.
_FOREIGN_KINDS: dict[str, Message] = {
    "gemeindevorstand": Message("einen Gemeindevorstand (Magistrat) kennt nur die HGO (Hessen)",
                                "only the HGO (Hesse) has a Gemeindevorstand (Magistrat)"),
    "bezirksvertretung": Message("Bezirksvertretungen kennt nur die GO NRW, und nur in kreisfreien Städten "
                                 "(§ 35 Abs. 1 GO NRW)",
                                 "only the GO NRW has Bezirksvertretungen, and only in kreisfreie Städte "
                                 "(§ 35 Abs. 1 GO NRW)"),
    "ortschaftsrat": Message("Ortschafts- oder Ortsräte kennt die GO NRW nicht (dort: Bezirksausschüsse, "
                             "Ortsvorsteher, § 39 GO NRW)",
                             "the GO NRW has no Ortschafts- or Ortsräte (it has Bezirksausschüsse and "
                             "Ortsvorsteher, § 39 GO NRW)"),
}


def _foreign(kind: str, land: str, kreisfrei: bool) -> bool:
    if kind == "gemeindevorstand":
        return land != "he"
    if kind == "bezirksvertretung":
        return land != "nw" or not kreisfrei
    if kind == "ortschaftsrat":
        return land == "nw"
    return False


def _check_delegation_overlap(ctx: Context) -> list[LintFinding]:
    """Two delegations of one profile whose conditions hold on the same item on the same day:
    for different bodies the profile contradicts itself (which body decides?); for the same body
    one of them is redundant. Outside-the-limit companions are left out (they never grant)."""
    out = []
    grants = [r for r in ctx.rules if r.kind == "delegation" and r.limit_side != "outside"]
    for i, a in enumerate(grants):
        for b in grants[i + 1:]:
            if a.municipality != b.municipality or not compatible(a, b):
                continue
            try:
                witness = solve(All((ctx.condition(a), ctx.condition(b))), ctx.world(a, single=True))
            except Undecided:
                continue
            if witness is None:
                continue
            wde, wen = witness_message(witness, ctx.labels)
            if set(a.competent) == set(b.competent):
                out.append(ctx.finding(DELEGATION_OVERLAP, a, Message(
                    f"{a.id} und {b.id} übertragen {bodies(a, 'de')} dieselben Punkte{wde}; eine der "
                    "beiden ist überflüssig oder ihre Bedingungen sind zu weit",
                    f"{a.id} and {b.id} delegate the same items to {bodies(a, 'en')}{wen}; one of them "
                    "is redundant or their conditions are too wide"),
                    key="when", level=Level.WARNING, related=[b], example=witness))
                continue
            out.append(ctx.finding(DELEGATION_OVERLAP, a, Message(
                f"{a.id} ({bodies(a, 'de')}) und {b.id} ({bodies(b, 'de')}) übertragen dieselben Punkte "
                f"verschiedenen Organen{wde}; die Satzung grenzt sie gewiss ab (Angelegenheit, Wertgrenze) "
                "– die Bedingungen des Profils sollten das auch tun",
                f"{a.id} ({bodies(a, 'en')}) and {b.id} ({bodies(b, 'en')}) delegate the same items to "
                f"different bodies{wen}; the statute surely tells them apart (matter, value limit) - the "
                "profile's conditions should too"),
                key="when", related=[b], example=witness))
    return out


def _check_land_bodies(ctx: Context) -> list[LintFinding]:
    out = []
    locator = ctx.locator
    for profile in ctx.profiles:
        muni = profile.municipality
        seen: set[tuple[str, str]] = set()
        for body in muni.bodies:
            for kind in body.kinds:
                if (body.key or body.name, kind) in seen or not _foreign(kind, muni.land, muni.kreisfrei):
                    continue
                seen.add((body.key or body.name, kind))
                data = locator._load(profile.path)
                line = 1
                if isinstance(data, LineDict) and isinstance(data.get("bodies"), LineDict):
                    line = data["bodies"].line_of(body.key) if body.key in data["bodies"] else data.line_of("bodies")
                why = _FOREIGN_KINDS[kind]
                out.append(LintFinding("land-body", LAND_BODY.level, Message(
                    f"Gremium {body.key or body.name} ({body.name}) hat die Art {kind}: {why.de}; "
                    f"{muni.name} liegt in {muni.land.upper()}" + ("" if muni.kreisfrei else ", kreisangehörig"),
                    f"body {body.key or body.name} ({body.name}) has the kind {kind}: {why.en}; "
                    f"{muni.name} is in {muni.land.upper()}" + ("" if muni.kreisfrei else ", not kreisfrei")),
                    profile.path, line, locator.column(profile.path, line, body.key)))
    return out


DELEGATIONS = RuleCheck((VOID_DELEGATION, DELEGATION_OVERLAP), lambda ctx: _check_void_delegations(ctx)
                        + _check_delegation_overlap(ctx))
LAND_BODIES = RuleCheck((LAND_BODY,), _check_land_bodies)

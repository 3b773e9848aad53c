"""``lint.gap``: matters for which no rule of a Land decides competence on some day of the range the
rule base covers for it."""

from __future__ import annotations

import datetime as dt
from typing import Any

from ...engine.facts import date_number
from ...model import Level, Message
from ...rulebase.conditions import All, negate
from ..solver import Undecided, World, solve
from .context import DAY, Context, RuleCheck, is_statute
from .findings import Check, LintFinding, markdown
from .wording import span, witness_message

GAP = Check(
    "gap", Level.WARNING,
    Message("Angelegenheit ohne entscheidende Regel an einem Tag des abgedeckten Zeitraums",
            "matter without a deciding rule on a day of the covered range"),
    what=markdown("""
        Für eine Angelegenheit des Vokabulars entscheidet in einem Land an einem Tag **keine
        Regel** über die Zuständigkeit: es gibt einen Punkt mit genau dieser Angelegenheit (irgendein
        Gremium, irgendeine Rechtsform, Betrag, Eilbezeichnung, Gemeindeart), auf den keine Regel der Art
        `general`, `reserved` oder `assigned` zutrifft. Geprüft wird der Zeitraum, den die Regelbasis für
        das Land **abdeckt**: ab dem Beginn seiner frühesten Grundregel (`general`, Allzuständigkeit) bis
        zum Ende der letzten (offen, wenn eine offen ist). Hat ein Land Regeln, aber keine Grundregel,
        wird das gemeldet und der Zeitraum ab seiner frühesten Regel geprüft. Tage, an denen für keine
        Angelegenheit eine Regel entscheidet, ergeben einen Befund für den ganzen Zeitraum;
        aufeinanderfolgende Zeiträume mit denselben Angelegenheiten werden zusammengefasst.
    """),
    why=markdown("""
        Eine solche Lücke ergibt für einen Ausschuss `conditional` ohne Rückfall-Zuständigen,
        für den Rat `not-competent` (`core.no-competence`) – obwohl das Gesetz ihn (oder ein anderes
        Organ) zuständig macht. Typische Ursache: eine Grundregel mit `until` und eine Nachfolgefassung,
        die erst später beginnt, oder eine Grundregel mit einschränkender Bedingung.
    """),
    example=markdown("""
        Grundregel mit `when: {not: {matter: vergabe}}`:

        ```text
        rules/nw/go/41-1-1-allzustaendigkeit.yaml:1:1: warning lint.gap Land nw: für die Angelegenheit vergabe („Vergabe eines Auftrags“) entscheidet ab 2019-01-01 keine Regel über die Zuständigkeit (z. B. kreisangehörige Gemeinde, am 2019-01-01)
        ```

        (In kreisfreien Städten entschiede § 37 Abs. 1 über die Bezirksvertretung, deshalb nennt das
        Beispiel eine kreisangehörige Gemeinde.) Vor dem Beginn der Grundregel eines Landes meldet der
        Linter keine Lücken – dort meldet `lint.unreachable` Regeln, die nur dann gelten.
    """),
    fix=markdown("""
        die Grundregel oder ihre Nachfolgefassung so fassen, dass sie die Tage und die
        Angelegenheit erfasst, oder eine Regel für die Angelegenheit ergänzen.
    """),
)


_DECIDING_KINDS = ("general", "reserved", "assigned")


def _check_gaps(ctx: Context) -> list[LintFinding]:
    matters = ctx.matters
    if not matters:
        return []
    out = []
    lands = sorted({r.land for r in ctx.rules if is_statute(r)})
    for land in lands:
        statute = [r for r in ctx.rules if r.land == land and is_statute(r)]
        general = [r for r in statute if r.kind == "general"]
        anchor = general[0] if general else statute[0]
        if not general:
            out.append(ctx.finding(GAP, anchor, Message(
                f"Land {land} hat {len(statute)} Regeln, aber keine Grundregel (general, "
                "Allzuständigkeit): jede Angelegenheit, die keine andere Regel entscheidet, bleibt ohne "
                "zuständiges Organ; als abgedeckter Zeitraum gilt der ab der frühesten Regel",
                f"Land {land} has {len(statute)} rules but no general rule (general competence): every "
                "matter no other rule decides has no competent body; the covered range is taken from "
                "its earliest rule")))
        scope = general or statute
        start = min(r.valid.start for r in scope)
        ends = [r.valid.end for r in scope if r.valid.end is not None]
        end = max(ends) if len(ends) == len(scope) else None  # open if any rule of the scope is
        deciding = [r for r in statute if r.kind in _DECIDING_KINDS]
        points = {start}
        for r in deciding:
            points.add(r.valid.start)
            if r.valid.end is not None:
                points.add(r.valid.end + DAY)
        cuts = sorted(p for p in points if p >= start and (end is None or p <= end))
        segments = [(a, (b - DAY) if b is not None else end) for a, b in zip(cuts, cuts[1:] + [None])]
        negations = [(r, negate(ctx.condition(r))) for r in deciding]
        # Per date segment: the matters some item of which no deciding rule covers; consecutive
        # segments with the same matters become one finding.
        runs: list[tuple[dt.date, dt.date | None, tuple[str, ...], dict[str, Any]]] = []
        undecided: list[str] = []
        for seg_start, seg_end in segments:
            number = date_number(seg_start)
            live = [n for r, n in negations if r.valid.covers(seg_start)]
            missing: list[str] = []
            example: dict[str, Any] = {}
            for matter in matters:
                world = World(ctx.private_forms, exact_matters=frozenset({matter})).with_fixed(
                    land=land, date=number)
                try:
                    witness = solve(All(tuple(live)), world)
                except Undecided:
                    undecided.append(matter)
                    continue
                if witness is not None:
                    missing.append(matter)
                    example = example or witness
            if not missing:
                continue
            key = tuple(missing)
            if runs and runs[-1][2] == key and runs[-1][1] is not None and runs[-1][1] + DAY == seg_start:
                runs[-1] = (runs[-1][0], seg_end, key, runs[-1][3])
            else:
                runs.append((seg_start, seg_end, key, example))
        for seg_start, seg_end, run_matters, witness in runs:
            shown = {k: v for k, v in witness.items() if not k.startswith("matter__") and k != "land"}
            wde, wen = witness_message(shown, ctx.labels)
            if len(run_matters) == len(matters):
                out.append(ctx.finding(GAP, anchor, Message(
                    f"Land {land}: {span(seg_start, seg_end, 'de')} entscheidet keine Regel über die "
                    "Zuständigkeit, für keine Angelegenheit",
                    f"Land {land}: {span(seg_start, seg_end, 'en')} no rule decides competence, for "
                    "any matter"), example=witness))
                continue
            if len(run_matters) == 1:
                matter = run_matters[0]
                label = ctx.labels.get(matter)
                out.append(ctx.finding(GAP, anchor, Message(
                    f"Land {land}: für die Angelegenheit {matter}"
                    + (f" („{label.de}“)" if label else "")
                    + f" entscheidet {span(seg_start, seg_end, 'de')} keine Regel über die Zuständigkeit{wde}",
                    f"Land {land}: no rule decides competence for the matter {matter}"
                    + (f" (\"{label.en}\")" if label else "")
                    + f" {span(seg_start, seg_end, 'en')}{wen}"), example=witness))
                continue
            listed = ", ".join(run_matters[:8]) + (", …" if len(run_matters) > 8 else "")
            out.append(ctx.finding(GAP, anchor, Message(
                f"Land {land}: {span(seg_start, seg_end, 'de')} entscheidet für {len(run_matters)} von "
                f"{len(matters)} Angelegenheiten keine Regel über die Zuständigkeit: {listed}{wde}",
                f"Land {land}: {span(seg_start, seg_end, 'en')} no rule decides competence for "
                f"{len(run_matters)} of {len(matters)} matters: {listed}{wen}"), example=witness))
        for matter in sorted(set(undecided)):
            out.append(ctx.finding(GAP, anchor, Message(
                f"Land {land}: ob für {matter} stets eine Regel entscheidet, ließ sich nicht prüfen (zu aufwendig)",
                f"Land {land}: whether a rule always decides {matter} could not be checked (too costly)"),
                level=Level.INFO))
    return out



GAPS = RuleCheck((GAP,), _check_gaps)

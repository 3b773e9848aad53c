"""``lint.unreachable``: rules whose conditions never hold, or that are valid only outside their
Land's general rule."""

from __future__ import annotations

from collections import defaultdict

from ...model import Level, Message
from ...rulebase.conditions import Atom, Condition, atoms
from ...rulebase.types import Rule
from ..solver import TRUE, Undecided, World, partial, solve
from .context import Context, RuleCheck, is_statute, overlap
from .findings import Check, LintFinding, markdown
from .wording import validity

UNREACHABLE = Check(
    "unreachable", Level.ERROR,
    Message("Bedingungen können nie zugleich gelten, oder Geltung außerhalb der Grundregel",
            "conditions can never hold, or validity outside the general rule"),
    levels=markdown("""
        error (Bedingungen nie erfüllbar) bzw. warning (Geltung außerhalb der Grundregel)
    """),
    what=markdown("""
        - **error:** Die Bedingungen der Regel können nie zugleich gelten – widersprüchliche Werte
          (`legal_form: ev` und `legal_form: gmbh` in `all`), ein leerer Betragsbereich (`{gt: 100000,
          lt: 50000}`), ein Betrag unter null (`{lt: 0}`), eine Delegation, die `kreisfrei` anders
          verlangt, als ihre Gemeinde ist. Die Meldung nennt die Merkmale, die sich widersprechen.
        - **warning:** Die Regel gilt nur an Tagen, an denen keine Grundregel (`general`) ihres Landes
          gilt – außerhalb des Zeitraums, den die Regelbasis für das Land abdeckt (etwa Regeln alten
          Rechts ohne dessen Grundregel). Ausgenommen sind Hinweise (`caution`): sie greifen auch
          ohne Grundregel und erklären dann neben `core.no-law-for-date`, warum das Ergebnis
          unbekannt bleibt (so `ni.ngo.geltung-ngo-nicht-erfasst` für die NGO vor 1996).
    """),
    why=markdown("""
        Eine Regel, die nie greift, täuscht Abdeckung vor: Leser glauben die Norm erfasst.
    """),
    example=markdown("""
        ```text
        rules/nw/go/99-zuschuss.yaml:7:1: error lint.unreachable die Bedingungen auf amount_eur widersprechen sich; die Regel kann nie greifen
        rules/ni/ngo/40-1-satzungen-1990.yaml:9:1: warning lint.unreachable gilt nur 1990-01-01 – 1996-08-21, außerhalb jeder Grundregel (general) des Landes ni (1996-08-22 – 2011-10-31, ab 2011-11-01): an diesen Tagen deckt die Regelbasis das Land nicht ab
        ```
    """),
    fix=markdown("""
        die Bedingungen berichtigen. Bei Regeln alten Rechts: die Grundregel dieses Rechts ergänzen,
        oder die Warnung stehen lassen, wenn die Regelbasis das alte Recht bewusst nicht abdeckt.
    """),
)


_PROP_KEYS = {"amount_cents": "amount_eur", "has_amount": "amount_eur",
              "legal_form_private": "legal_form", "municipality": "kreisfrei"}


def _prop_key(prop: str) -> str:
    if prop.startswith("matter__"):
        return "matter"
    if prop.startswith("body__"):
        return "body"
    return _PROP_KEYS.get(prop, prop)


def _keep(cond: Condition, keys: set[str]) -> Condition:
    """``cond`` with every atom outside ``keys`` relaxed to true (weaker, still NNF)."""
    if isinstance(cond, Atom):
        return cond if _prop_key(cond.prop) in keys else TRUE
    return partial(type(cond)(tuple(_keep(c, keys) for c in cond.children)), {})


def _check_unreachable(ctx: Context) -> list[LintFinding]:
    out = []
    general: dict[str, list[Rule]] = defaultdict(list)
    for rule in ctx.rules:
        if rule.kind == "general" and is_statute(rule):
            general[rule.land].append(rule)
    for rule in ctx.rules:
        world = ctx.world(rule)
        try:
            witness = solve(ctx.condition(rule), world)
        except Undecided:
            continue
        if witness is None:
            out.append(_unreachable_finding(ctx, rule, world))
            continue
        # A caution needs no general rule: it fires beside core.no-law-for-date and says why the
        # rule base has no law for that day (ni.ngo.geltung-ngo-nicht-erfasst, tests/cases/ni/ngo).
        if rule.kind not in ("general", "caution") and general.get(rule.land) and not any(
                overlap(rule, g) for g in general[rule.land]):
            ranges = ", ".join(dict.fromkeys(validity(g, "de") for g in general[rule.land]))
            ranges_en = ", ".join(dict.fromkeys(validity(g, "en") for g in general[rule.land]))
            out.append(ctx.finding(UNREACHABLE, rule, Message(
                f"gilt nur {validity(rule, 'de')}, außerhalb jeder Grundregel (general) des Landes "
                f"{rule.land} ({ranges}): an diesen Tagen deckt die Regelbasis das Land nicht ab",
                f"valid only {validity(rule, 'en')}, outside every general rule of Land {rule.land} "
                f"({ranges_en}): the rule base does not cover the Land on those days"),
                key="valid", level=Level.WARNING))
    return out


def _unreachable_finding(ctx: Context, rule: Rule, world: World) -> LintFinding:
    words = _contradiction(rule.when, world) if rule.when is not None else None
    de, en = words or _never_fits(ctx, rule)
    return ctx.finding(UNREACHABLE, rule, Message(de, en), key="when" if rule.when is not None else None)


def _contradiction(when: Condition, world: World) -> tuple[str, str] | None:
    """Which conditions of ``when`` contradict each other (German, English), or ``None`` if
    ``when`` alone can hold (then the rule's date or municipality is what never fits)."""
    amounts = [a for a in atoms(when) if a.prop == "amount_cents" and isinstance(a.value, int)
               and (a.op in ("lt", "lte", "eq") and a.value < (1 if a.op == "lt" else 0))]
    try:
        when_alone = solve(when, world)
    except Undecided:
        return None
    if when_alone is not None:
        return None
    keys = sorted({_prop_key(a.prop) for a in atoms(when)})
    culprits = []
    for k in keys:
        try:
            if solve(_keep(when, {k}), world) is None:
                culprits.append(k)
        except Undecided:
            pass
    if amounts and "amount_eur" in culprits:
        return ("die Bedingung auf amount_eur verlangt einen Betrag unter null; Beträge sind nie "
                "negativ, die Regel kann nie greifen",
                "the condition on amount_eur asks for an amount below zero; amounts are never negative, so the rule never applies")
    if culprits:
        return (f"die Bedingungen auf {', '.join(culprits)} widersprechen sich; die Regel kann nie greifen",
                f"the conditions on {', '.join(culprits)} contradict each other; the rule never applies")
    return (f"die Bedingungen ({', '.join(keys)}) können nie zugleich gelten; die Regel kann nie greifen",
            f"the conditions ({', '.join(keys)}) can never hold together; the rule never applies")


def _never_fits(ctx: Context, rule: Rule) -> tuple[str, str]:
    """Why a rule whose conditions can hold in general never applies: its municipality or its dates."""
    if rule.municipality is not None and rule.municipality in ctx.kreisfrei:
        state = "kreisfrei" if ctx.kreisfrei[rule.municipality] else "kreisangehörig"
        return (f"die Bedingungen passen nie auf die Gemeinde {rule.municipality} ({state}), für die "
                "die Delegation gilt; die Regel kann nie greifen",
                f"the conditions never fit municipality {rule.municipality} ({state}), for which the "
                "delegation holds; the rule never applies")
    if rule.municipality is not None:
        return ("die Bedingungen passen nie auf eine Gemeinde mit Profil (kreisfrei: unbekannt gibt es dort nicht)",
                "the conditions never fit a municipality with a profile (there kreisfrei is never unbekannt)")
    return (f"die Bedingungen können {validity(rule, 'de')} nie gelten; die Regel kann nie greifen",
            f"the conditions can never hold {validity(rule, 'en')}; the rule never applies")



REACHABILITY = RuleCheck((UNREACHABLE,), _check_unreachable)

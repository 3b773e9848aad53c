"""Default logic: from the rules that matched an item to one verdict, with reasons.

The engines only say which rules' conditions hold. Which of them decides is legal reasoning in the
style of default logic (as in Catala): a base rule and its exceptions.

1. The council's general competence (``general``; NRW: § 41 Abs. 1 S. 1 GO NRW) is the base.
2. A reserved matter (``reserved``, or ``assigned`` with ``exclusive: true``) shuts every other
   body out: ``not-competent`` — or ``conditional`` where the rule is marked ``uncertain`` (the law
   is unsettled, or a fact such as the counterpart's legal form is missing).
3. The statutory urgency route (``urgency``; NRW: § 60 Abs. 1 GO NRW) is the exception to 2: the
   Hauptausschuss may decide a council matter as Eilentscheidung, to be approved by the council.
   Such a verdict is ``competent`` at warning level, because the approval must follow; where the
   urgency rule itself is ``uncertain`` (a version of the norm not captured), ``conditional``.
4. A statutory assignment (``assigned``, not exclusive) or a local delegation (``delegation``)
   makes its body ``competent``. A local delegation of a reserved matter is void: it is ignored
   and said so.
5. A body that may receive a delegation (``delegable``; NRW: § 41 Abs. 2 GO NRW) but has none known
   is ``conditional``, or ``not-competent`` when the municipality's list of delegations is complete.
   A general competence of a body other than the council (NI: the Hauptausschuss's residual
   competence, § 76 Abs. 2 NKomVG) is ``conditional`` when the item's matter was not recognised:
   it holds only for matters not reserved to the council, and an unrecognised one may be.
6. Anything else is ``not-competent``; with no applicable rule at all (no law known for that Land
   and date), or no recognised body, the verdict is ``unknown`` — never a silent pass.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence

from ..model import (
    BODY_KIND_LABELS,
    DecisionItem,
    Finding,
    FindingId,
    ItemResult,
    Level,
    Message,
    Municipality,
    Reference,
    Verdict,
    decision_rank,
)
from ..rulebase.types import Rule

__all__ = ["body_label", "resolve"]

def body_label(key: str, municipality: Municipality | None) -> Message:
    if key in BODY_KIND_LABELS:
        return BODY_KIND_LABELS[key]
    if municipality is not None:
        for body in municipality.bodies:
            if body.key == key:
                return Message(body.name, body.name)
    return Message(key, key)


def _first(rules: Iterable[Rule]) -> Rule:
    return min(rules, key=lambda r: (decision_rank(r.kind), r.id))


def _grants(rule: Rule, item: DecisionItem) -> bool:
    body = item.body
    if body is None:
        return False
    if rule.kind == "delegation":
        return body.key in rule.competent
    return any(kind in body.kinds for kind in rule.competent)


def _join(keys: Sequence[str], municipality: Municipality | None) -> Message:
    labels = [body_label(k, municipality) for k in keys]
    if not labels:
        return Message("—", "—")
    return Message(
        de=" oder ".join(label.de for label in labels),
        en=" or ".join(label.en for label in labels),
    )


#: What the resolver adds to a reserving rule's message when the named body is shut out.
_SHUT_OUT = Message("{body} ist daher nicht zuständig.", "{body} is therefore not competent.")
_OPEN = Message("Ob {body} zuständig ist, bleibt offen.", "Whether {body} is competent remains open.")
_RESIDUAL_UNCLASSIFIED = Message(
    "Die Angelegenheit ließ sich nicht einordnen: {body} ist nur zuständig, wenn sie nicht dem Rat "
    "vorbehalten ist.",
    "The matter could not be classified: {body} is competent only if it is not reserved to the council.")
#: The body kind of the council, whose general competence needs no matter to be known.
_COUNCIL = "rat"


def _rule_finding(rule: Rule, item: DecisionItem, level: Level, municipality: Municipality | None,
                  competent: Sequence[str], extra: Message | None = None) -> Finding:
    body = item.body.name if item.body else "?"
    names = _join(competent, municipality)
    message = Message(
        de=rule.message.de.format(body=body, competent=names.de),
        en=rule.message.en.format(body=body, competent=names.en),
    )
    if rule.certainty == "uncertain" and rule.uncertainty:
        message = Message(message.de + " Unsicher: " + rule.uncertainty.strip(),
                          message.en + " Uncertain: " + rule.uncertainty.strip())
    if extra is not None:
        extra = extra.format(body=body)
        message = Message(message.de + " " + extra.de, message.en + " " + extra.en)
    return Finding(rule.id, level, message, rule.references, item.line, item.column)


_PARAPHRASE = Message(
    "Der Wortlaut der Klausel lag nicht vor; ihr Inhalt ist aus den Angaben der Gemeinde übernommen "
    "(siehe Fundstelle).",
    "The wording of the clause was not seen; its content is taken from the municipality's own statements "
    "(see the reference).")


def _euros(cents: int, lang: str) -> str:
    whole = f"{cents // 100:,}".replace(",", "." if lang == "de" else ",")
    return f"{whole} EUR"


def _limit_doubt(rule: Rule, item: DecisionItem) -> Message | None:
    """Why an amount inside a delegation's value limit does not settle the matter, or ``None``."""
    limit = rule.limit
    if limit is None:
        return None
    wanted = {"net": "netto", "gross": "brutto"}.get(limit.basis)
    if wanted and item.amount_basis != wanted:
        said = {"netto": ("netto", "net"), "brutto": ("brutto", "gross")}.get(item.amount_basis or "", ("", ""))
        return Message(
            f"Die Wertgrenze ({limit.describe('de')}) gilt {wanted}; der Betrag der Vorlage ist "
            + (f"{said[0]} angegeben." if said[0] else "nicht als netto oder brutto bezeichnet."),
            f"The value limit ({limit.describe('en')}) is {limit.basis}; the paper's amount is "
            + (f"stated {said[1]}." if said[1] else "not stated as net or gross."))
    if limit.per == "year" and not item.recurring:
        return Message(
            f"Die Wertgrenze ({limit.describe('de')}) gilt für den Jahresbetrag; ob der Betrag der Vorlage "
            "ein Jahresbetrag ist, sagt sie nicht.",
            f"The value limit ({limit.describe('en')}) is a yearly amount; the paper does not say whether its "
            "amount is one.")
    return None


def _outside_limit(item: DecisionItem, outside: Sequence[Rule], decisive: Sequence[Rule],
                   council: Sequence[str], municipality: Municipality | None,
                   done: Callable[[Verdict, Rule | None, Sequence[str], Finding | None], ItemResult]
                   ) -> ItemResult:
    """The body has a delegation for the matter, but the item's amount is missing or outside its
    value limit: ``not-competent`` where the profile's delegations of the matter are complete
    (the body the amount falls to is named), else ``conditional``; always with the limit named."""
    rule = _first(outside)
    limit = rule.limit
    assert limit is not None
    body = item.body.name if item.body else "?"
    cite = rule.references[0].cite() if rule.references else rule.id
    scope_de, scope_en = limit.describe("de"), limit.describe("en")
    if item.amount_cents is None:
        return done(Verdict.CONDITIONAL, rule, rule.competent, _core(
            rule.id, Level.WARNING,
            f"{body} ist nach {cite} zuständig für Beträge {scope_de}; die Vorlage nennt keinen Betrag, "
            "an dem sich das prüfen ließe.",
            f"{body} is competent under {cite} for amounts {scope_en}; the paper states no amount to check "
            "that against.", item, rule.references))
    amount_de, amount_en = _euros(item.amount_cents, "de"), _euros(item.amount_cents, "en")
    doubt = _limit_doubt(rule, item)
    if doubt is not None or not limit.complete:
        extra = doubt or Message(
            "Die Delegationen des Profils für diese Angelegenheit sind nicht als vollständig markiert; ob "
            "eine andere Übertragung greift, bleibt offen.",
            "The profile does not mark its delegations of this matter as complete; whether another "
            "delegation applies remains open.")
        return done(Verdict.CONDITIONAL, rule, rule.competent, _core(
            rule.id, Level.WARNING,
            f"{body} ist nach {cite} zuständig für Beträge {scope_de}; der Betrag der Vorlage "
            f"({amount_de}) liegt außerhalb. {extra.de}",
            f"{body} is competent under {cite} for amounts {scope_en}; the paper's amount ({amount_en}) "
            f"lies outside. {extra.en}", item, rule.references))
    others = sorted({k for r in decisive if r.kind == "delegation" and r.limit_side == "within"
                     and not _grants(r, item) for k in r.competent})
    competent = others or list(council)
    names = _join(competent, municipality)
    return done(Verdict.NOT_COMPETENT, rule, competent, _core(
        rule.id, Level.ERROR,
        f"{body} ist nicht zuständig: nach {cite} entscheidet {body} nur über Beträge {scope_de}, der "
        f"Betrag der Vorlage ({amount_de}) liegt außerhalb; zuständig: {names.de}.",
        f"{body} is not competent: under {cite} {body} decides only amounts {scope_en}; the paper's "
        f"amount ({amount_en}) lies outside; competent: {names.en}.", item, rule.references))


def council_of(decisive: Sequence[Rule]) -> list[str]:
    """The bodies of the general-competence rules among ``decisive`` (the council)."""
    return sorted({k for r in decisive if r.kind == "general" for k in r.competent})


def _core(rule_id: str, level: Level, de: str, en: str, item: DecisionItem,
          references: tuple[Reference, ...] = ()) -> Finding:
    return Finding(rule_id, level, Message(de, en), references, item.line, item.column)


def resolve(
    item: DecisionItem,
    matched: Iterable[Rule],
    *,
    municipality: Municipality | None,
    land: str | None,
    date_text: str | None,
) -> ItemResult:
    """The verdict on ``item`` given the rules whose conditions hold (see module docstring)."""
    rules = sorted(matched, key=lambda r: r.id)
    matched_ids = tuple(r.id for r in rules)
    cautions = [r for r in rules if r.kind == "caution"]
    decisive = [r for r in rules if r.kind != "caution"]
    findings: list[Finding] = []

    def done(verdict: Verdict, deciding: Rule | None, competent: Sequence[str], main: Finding | None
             ) -> ItemResult:
        out = ([main] if main else []) + findings
        out += [_rule_finding(r, item, r.level, municipality, competent) for r in cautions]
        overridden = tuple(r.id for r in decisive if deciding is None or r.id != deciding.id)
        return ItemResult(item, verdict, tuple(competent), tuple(out), matched_ids,
                          deciding.id if deciding else None, overridden)

    if item.body is None and item.body_source == "unrecognised":
        return done(Verdict.UNKNOWN, None, (), _core(
            FindingId.BODY_UNKNOWN, Level.WARNING,
            "Der Punkt nennt ein beschließendes Gremium, das nicht erkannt wurde; die Beratungsfolge "
            "ersetzt es nicht. Bitte den Namen prüfen.",
            "The item names a deciding body that was not recognised; the Beratungsfolge does not "
            "stand in for it. Check the name.", item))
    if item.body is None:
        return done(Verdict.UNKNOWN, None, (), _core(
            FindingId.BODY_UNKNOWN, Level.WARNING,
            "Kein beschließendes Gremium erkannt: der Punkt nennt keines, und die Beratungsfolge "
            "auch nicht.",
            "No deciding body recognised: neither the item nor the Beratungsfolge names one.", item))
    # A value limit's outside companion is no law of its own: alone it says nothing.
    if not [r for r in decisive if r.limit_side != "outside"]:
        return done(Verdict.UNKNOWN, None, (), _core(
            FindingId.NO_LAW_FOR_DATE, Level.WARNING,
            f"Für Land {land or '?'} am {date_text or '?'} kennt die Regelbasis keine "
            "Zuständigkeitsregel; keine Aussage möglich.",
            f"The rule base knows no competence rule for Land {land or '?'} on {date_text or '?'}; "
            "no verdict possible.", item))

    exclusive = [r for r in decisive if r.kind == "reserved" or (r.kind == "assigned" and r.exclusive)]
    supports = [r for r in exclusive if _grants(r, item)]
    forbids = [r for r in exclusive if not _grants(r, item) and r.certainty == "settled"]
    doubts = [r for r in exclusive if not _grants(r, item) and r.certainty == "uncertain"]
    urgency = [r for r in decisive if r.kind == "urgency" and _grants(r, item) and r.certainty == "settled"]
    urgency_doubts = [r for r in decisive if r.kind == "urgency" and _grants(r, item) and r.certainty == "uncertain"]
    settled_reserved = [r for r in exclusive if r.certainty == "settled"]
    delegations = [r for r in decisive if r.kind == "delegation"]
    void = [d for d in delegations if settled_reserved]
    for delegation in void:
        reason = _first(settled_reserved)
        findings.append(_core(
            FindingId.DELEGATION_VOID, Level.WARNING,
            f"Die örtliche Delegation {delegation.id} ist unwirksam und bleibt außer Betracht: sie "
            f"überträgt eine Angelegenheit, die nach {reason.references[0].cite()} dem Rat "
            "vorbehalten ist.",
            f"The local delegation {delegation.id} is void and ignored: it delegates a matter "
            f"that {reason.references[0].cite()} reserves to the council.",
            item, reason.references))
    grants = [r for r in decisive if r.kind in ("assigned", "general", "delegation")
              and not (r.kind == "assigned" and r.exclusive) and r not in void and _grants(r, item)
              and r.limit_side != "outside"]
    outside = [r for r in decisive if r.limit_side == "outside" and r not in void and _grants(r, item)]
    doubtful = {r.id: _limit_doubt(r, item) for r in grants if r.limit is not None}
    delegable = [r for r in decisive if r.kind == "delegable" and _grants(r, item)]

    if forbids and not urgency and not urgency_doubts:
        rule = _first(forbids)
        return done(Verdict.NOT_COMPETENT, rule, rule.competent,
                    _rule_finding(rule, item, Level.ERROR, municipality, rule.competent, _SHUT_OUT))
    if (forbids or doubts) and urgency:
        rule = _first(urgency)
        return done(Verdict.COMPETENT, rule, rule.competent,
                    _rule_finding(rule, item, Level.WARNING, municipality, rule.competent))
    if (forbids or doubts) and urgency_doubts:
        rule = _first(urgency_doubts)
        return done(Verdict.CONDITIONAL, rule, rule.competent,
                    _rule_finding(rule, item, Level.WARNING, municipality, rule.competent))
    bounded = [r for r in grants if r.kind == "delegation" and r.limit_side == "within"
               and r.certainty == "settled" and not doubtful.get(r.id) and any(ref.text for ref in r.references)]
    if doubts and bounded and not forbids:
        # An uncertain reservation (e.g. "von erheblicher wirtschaftlicher Bedeutung") is drawn by
        # the value limits of the local statute: the council itself set where it begins.
        rule = _first(bounded)
        reason = _first(doubts)
        return done(Verdict.COMPETENT, rule, rule.competent, _rule_finding(
            rule, item, Level.WARNING, municipality, rule.competent, Message(
                f"Der Vorbehalt nach {reason.references[0].cite()} hängt von einer Wertung ab; die "
                "Wertgrenze der örtlichen Satzung grenzt ihn ab.",
                f"The reservation of {reason.references[0].cite()} depends on an assessment; the value "
                "limit of the local statute draws its line.")))
    if doubts and outside and not grants and not forbids:
        return _outside_limit(item, outside, decisive, council_of(decisive), municipality, done)
    if doubts:
        rule = _first(doubts)
        return done(Verdict.CONDITIONAL, rule, rule.competent,
                    _rule_finding(rule, item, Level.WARNING, municipality, rule.competent, _OPEN))
    if supports:
        rule = _first(supports)
        return done(Verdict.COMPETENT, rule, rule.competent,
                    _rule_finding(rule, item, Level.INFO, municipality, rule.competent))
    settled = [r for r in grants if r.certainty == "settled" and not doubtful.get(r.id)]
    if settled:
        rule = _first(settled)
        if rule.kind == "general" and not item.matters and _COUNCIL not in rule.competent:
            # A residual competence (NI: the Hauptausschuss decides what is not reserved to the
            # council, § 76 Abs. 2 NKomVG) holds only where the matter is not reserved; a matter
            # that was not recognised may be.
            return done(Verdict.CONDITIONAL, rule, rule.competent,
                        _rule_finding(rule, item, Level.WARNING, municipality, rule.competent, _RESIDUAL_UNCLASSIFIED))
        if rule.kind == "delegation" and not any(ref.text for ref in rule.references):
            # The clause is known from a paraphrase only: competent, but said at warning level.
            return done(Verdict.COMPETENT, rule, rule.competent,
                        _rule_finding(rule, item, Level.WARNING, municipality, rule.competent, _PARAPHRASE))
        return done(Verdict.COMPETENT, rule, rule.competent,
                    _rule_finding(rule, item, Level.INFO, municipality, rule.competent))
    if urgency:
        rule = _first(urgency)
        return done(Verdict.COMPETENT, rule, rule.competent,
                    _rule_finding(rule, item, Level.WARNING, municipality, rule.competent))
    if urgency_doubts:
        rule = _first(urgency_doubts)
        return done(Verdict.CONDITIONAL, rule, rule.competent,
                    _rule_finding(rule, item, Level.WARNING, municipality, rule.competent))
    council = sorted({k for r in decisive if r.kind == "general" for k in r.competent})
    if not item.matters and not grants:
        return done(Verdict.UNKNOWN, None, council, _core(
            FindingId.MATTER_UNKNOWN, Level.WARNING,
            "Die Angelegenheit ließ sich nicht einordnen; ob "
            f"{item.body.name} zuständig ist, hängt davon ab, ob sie dem Rat vorbehalten ist und "
            "ob eine Delegation sie erfasst.",
            f"The matter could not be classified; whether {item.body.name} is competent depends "
            "on whether it is reserved to the council and whether a delegation covers it.", item))
    if outside and not grants:
        return _outside_limit(item, outside, decisive, council_of(decisive), municipality, done)
    if grants:
        rule = _first(grants)
        return done(Verdict.CONDITIONAL, rule, council,
                    _rule_finding(rule, item, Level.WARNING, municipality, rule.competent, doubtful.get(rule.id)))
    if delegable:
        rule = _first(delegable)
        if municipality is not None and municipality.delegations_complete:
            return done(Verdict.NOT_COMPETENT, rule, council, _core(
                FindingId.NO_DELEGATION, Level.ERROR,
                f"{item.body.name} ist nicht zuständig: die Angelegenheit ist übertragbar, aber die "
                f"vollständige Liste der Delegationen von {municipality.name} überträgt sie ihm "
                "nicht.",
                f"{item.body.name} is not competent: the matter may be delegated, but the complete "
                f"list of delegations of {municipality.name} does not delegate it to this body.",
                item, rule.references))
        return done(Verdict.CONDITIONAL, rule, council,
                    _rule_finding(rule, item, Level.WARNING, municipality, council))
    general = [r for r in decisive if r.kind == "general"]
    rule = _first(general or decisive)
    names = _join(council or rule.competent, municipality)
    return done(Verdict.NOT_COMPETENT, rule, council, _core(
        FindingId.NO_COMPETENCE, Level.ERROR,
        f"{item.body.name} hat für diese Angelegenheit keine Zuständigkeit; zuständig: {names.de}.",
        f"{item.body.name} has no competence for this matter; competent: {names.en}.",
        item, rule.references))

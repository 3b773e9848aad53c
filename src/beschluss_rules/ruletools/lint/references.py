"""References: ``lint.citation`` (no § / Art.), ``lint.quoted-text`` (no quoted wording) and the
two open points a reference may state explicitly: ``lint.wording-not-found`` (the wording of the
version in force was searched for and not seen) and ``lint.whole-law`` (a whole law is cited on
purpose).

A reference that states such an open point is accepted (an ``info`` finding keeps it visible) only
when the rule does not judge confidently on its own: the rule is itself a caution or uncertain, or
a caution of the same Land (or municipality) applies wherever the rule applies, so that every
verdict resting on it carries that caution. Otherwise the warning stays.
"""

from __future__ import annotations

from ...model import Level, Message
from ...rulebase.types import Rule
from ..solver import Undecided, implies
from .context import Context, RuleCheck, validity_within
from .findings import Check, LintFinding, markdown

CITATION = Check(
    "citation", Level.WARNING, Message("Fundstelle ohne § / Art.", "reference without § / Art."),
    what=markdown("""
        Eine Fundstelle nennt nur ein Gesetz, keinen Paragraphen oder Artikel (`section`), und
        sagt nicht ausdrücklich, warum (`citation: whole-law`) – oder sie sagt es, aber die Regel
        urteilt allein sicher (siehe `lint.whole-law`).
    """),
    why=markdown("""
        Das Ergebnis zitiert die Norm („§ 41 Abs. 1 S. 2 lit. m GO NRW“); ein Zitat „GO NRW“
        allein lässt Leser die Stelle suchen und ist kaum nachprüfbar.
    """),
    example=markdown("""
        `reference: {law: GO NRW, note: …}` →
        `… warning lint.citation Fundstelle 1 (GO NRW) nennt keinen § / Art.; bitte die Vorschrift genau zitieren (section, paragraph, sentence, letter)`
    """),
    fix=markdown("""
        `section`, `paragraph`, `sentence`, `letter`/`number` ergänzen. Ist die Stelle nicht
        bestimmbar oder geht es um das Gesetz als Ganzes: `citation: whole-law` mit einer `note`,
        die den Grund nennt, und die Regel vorsichtig halten (siehe `lint.whole-law`).
    """),
    reference="[rule-format.md](rule-format.md), Schlüssel `reference`.",
)

QUOTED_TEXT = Check(
    "quoted-text", Level.WARNING, Message("Fundstelle ohne zitierten Normtext", "reference without the quoted norm"),
    what=markdown("""
        Eine Fundstelle hat keinen zitierten Wortlaut (`text`), nur eine Anmerkung (`note`), und
        sagt nicht ausdrücklich, dass der Wortlaut gesucht und nicht gefunden wurde (`wording:
        not-found`) – oder sie sagt es, aber die Regel urteilt allein sicher (siehe
        `lint.wording-not-found`). (Eine Fundstelle ohne beides lehnt schon der Lader ab →
        `lint.schema`.)
    """),
    why=markdown("""
        Juristen prüfen eine Regel am Wortlaut der Norm; der Bericht zeigt ihn. Eine `note`
        erklärt, warum er fehlt – bleibt aber eine offene Aufgabe.
    """),
    example=markdown("""
        Ohne Markierung heißt es „Fundstelle N (…) zitiert den Normtext nicht (nur eine
        Anmerkung); Juristen prüfen die Regel am Wortlaut“. Aus der mitgelieferten Regelbasis, eine
        als nicht gefunden markierte Fundstelle einer sicher urteilenden Regel (der Wortlaut des
        § 34 GO NRW ist erst ab 26.04.2022 belegt, die Regel gilt ab 2019):

        ```text
        rules/nw/go/41-1-2-d-ehrenbuergerrecht.yaml:17:1: warning lint.quoted-text Fundstelle 2 (§ 34 Abs. 1 GO NRW): Wortlaut als nicht gefunden markiert (wording: not-found), aber die Regel urteilt allein sicher: sie ist weder Hinweis noch unsicher, und kein Hinweis des Landes greift überall, wo sie greift
        ```
    """),
    fix=markdown("""
        den Wortlaut der Fassung, die im Geltungszeitraum der Regel galt, aus einer amtlichen
        Quelle als `text` eintragen (Gesetzestext ist gemeinfrei, § 5 UrhG), `url` angeben. Ist
        er nicht zu finden: `wording: not-found` und in der `note` sagen, was gesucht wurde und
        worauf die Regel beruht; die Regel muss dann vorsichtig sein (siehe
        `lint.wording-not-found`).
    """),
)

_CAUTIOUS_WHAT = """
    Die Fundstelle wird nur als offener Punkt (`info`) angenommen, wenn die Regel nicht allein
    sicher urteilt: Sie ist selbst ein Hinweis (`kind: caution`) oder unsicher (`certainty:
    uncertain`, Ergebnis `conditional`), oder ein Hinweis (`caution`) desselben Landes (bei
    örtlichen Delegationen: des Landes oder derselben Gemeinde) greift überall, wo die Regel
    greift – an jedem Tag ihrer Geltung und bei jedem Punkt, auf den sie passt (geprüft wie
    `lint.overridden`: die Bedingungen der Regel schließen die des Hinweises ein). Dann trägt
    jedes Ergebnis, das auf ihr beruht, diesen Hinweis. Ebenso eine Delegation eines
    Gemeindeprofils ohne Wortlaut: die Prüfung gibt sie innerhalb ihrer Wertgrenze nur als
    `competent` mit Warnung aus, außerhalb als `conditional`, solange die Delegationen der
    Angelegenheit nicht vollständig sind. Sonst bleibt es bei der Warnung (`lint.quoted-text`
    bzw. `lint.citation`).
"""

WORDING_NOT_FOUND = Check(
    "wording-not-found", Level.INFO,
    Message("Wortlaut der geltenden Fassung nicht gefunden (offener Punkt)",
            "wording of the version in force not found (open point)"),
    what=markdown("""
        Eine Fundstelle sagt ausdrücklich, dass der Wortlaut der Fassung, die im
        Geltungszeitraum der Regel galt, gesucht und nicht gefunden wurde (`wording:
        not-found`); ihre `note` sagt, was gesucht wurde und worauf die kodierte Substanz beruht.
    """ + _CAUTIOUS_WHAT),
    why=markdown("""
        Ein fehlender Wortlaut ist eine offene Aufgabe, kein Fehler der Regel – wenn das Ergebnis
        ihn nicht verschweigt. Die Meldung hält den offenen Punkt sichtbar (`rules lint`, der
        Regelkatalog unter „Offene Punkte“), ohne dass er als unerklärte Warnung zählt.
    """),
    example=markdown("""
        Aus der mitgelieferten Regelbasis:

        ```text
        rules/ni/ngo/40-1-abgaben.yaml:17:1: info lint.wording-not-found Fundstelle 1 (§ 40 Abs. 1 NGO): Wortlaut der geltenden Fassung nicht gefunden (wording: not-found); jedes Ergebnis trägt den Hinweis ni.ngo.wortlaut-nicht-verglichen
        ```
    """),
    fix=markdown("""
        den Wortlaut finden, als `text` eintragen und `wording` streichen. Solange er fehlt:
        nichts zu tun; fehlt der vorsichtige Rahmen, meldet `lint.quoted-text` eine Warnung –
        dann einen Hinweis (`caution`) für den Zeitraum ergänzen oder die Regel `certainty:
        uncertain` machen.
    """),
    reference="[rule-format.md](rule-format.md), Schlüssel `reference.wording`.",
)

WHOLE_LAW = Check(
    "whole-law", Level.INFO,
    Message("Fundstelle nennt bewusst das ganze Gesetz", "reference names a whole law on purpose"),
    what=markdown("""
        Eine Fundstelle nennt ausdrücklich das ganze Gesetz oder die ganze Satzung, keinen § /
        Art. (`citation: whole-law`); ihre `note` sagt warum (etwa: die Regel betrifft die
        Geltung des Gesetzes als Ganzes, oder die genaue Vorschrift ist nicht gesehen).
    """ + _CAUTIOUS_WHAT),
    why=markdown("""
        Ein Hinweis auf ein Gesetz als Ganzes ist manchmal genau richtig („für diese Zeit ist das
        alte Gesetz nicht erfasst“); eine nicht bestimmte Vorschrift bleibt ein offener Punkt. Die
        Meldung hält beides sichtbar, ohne dass es als unerklärte Warnung zählt.
    """),
    example=markdown("""
        Aus der mitgelieferten Regelbasis:

        ```text
        rules/ni/ngo/wortlaut-nicht-verglichen.yaml:19:1: info lint.whole-law Fundstelle 1 (NGO) nennt bewusst das ganze Gesetz (citation: whole-law); die Regel ist selbst ein Hinweis (caution)
        ```
    """),
    fix=markdown("""
        ist die Vorschrift bestimmbar: `section` usw. eintragen und `citation` streichen.
    """),
    reference="[rule-format.md](rule-format.md), Schlüssel `reference.citation`.",
)


def _cautious_by(ctx: Context, rule: Rule, cautions: list[Rule]) -> tuple[str, str] | None:
    """Why ``rule`` does not judge confidently on its own (German, English), or ``None``."""
    if rule.kind == "caution":
        return "die Regel ist selbst ein Hinweis (caution)", "the rule is itself a caution"
    if rule.certainty == "uncertain":
        return ("die Regel ist selbst unsicher (certainty: uncertain → conditional)",
                "the rule is itself uncertain (certainty: uncertain → conditional)")
    if rule.kind == "delegation" and not any(ref.text for ref in rule.references):
        # The checker never lets a paraphrased clause judge alone: within it is ``competent`` at
        # warning level ("der Wortlaut der Klausel lag nicht vor"), outside its value limit
        # ``conditional`` unless the profile marks the matter's delegations complete.
        if rule.limit_side != "outside":
            return ("eine Delegation ohne Wortlaut ergibt höchstens `competent` mit Warnung",
                    "a delegation without its wording gives at most `competent` with a warning")
        if rule.limit is not None and not rule.limit.complete:
            return ("außerhalb der Wertgrenze ergibt sie `conditional` (Delegationen nicht vollständig)",
                    "outside its value limit it gives `conditional` (delegations not complete)")
    world = ctx.world(rule)
    for caution in cautions:
        if (caution.land != rule.land or caution.municipality not in (None, rule.municipality)
                or not validity_within(rule, caution)):
            continue
        try:
            if implies(ctx.condition(rule), ctx.condition(caution), world):
                return (f"jedes Ergebnis trägt den Hinweis {caution.id}",
                        f"every verdict carries the caution {caution.id}")
        except Undecided:
            continue
    return None


def check_references(ctx: Context) -> list[LintFinding]:
    out = []
    cautions = [r for r in ctx.rules if r.kind == "caution"]
    for rule in ctx.rules:
        marked = [ref for ref in rule.references if ref.wording or ref.citation]
        why = _cautious_by(ctx, rule, cautions) if marked else None
        for number, ref in enumerate(rule.references, 1):
            label = ref.cite()
            if not ref.section and ref.citation and why is not None:
                out.append(ctx.finding(WHOLE_LAW, rule, Message(
                    f"Fundstelle {number} ({label}) nennt bewusst das ganze Gesetz (citation: whole-law); {why[0]}",
                    f"reference {number} ({label}) names the whole law on purpose (citation: whole-law); {why[1]}"),
                    key="reference"))
            elif not ref.section and ref.citation:
                out.append(ctx.finding(CITATION, rule, Message(
                    f"Fundstelle {number} ({label}) nennt bewusst keinen § / Art. (citation: whole-law), "
                    "aber die Regel urteilt allein sicher: sie ist weder Hinweis noch unsicher, und kein "
                    "Hinweis des Landes greift überall, wo sie greift",
                    f"reference {number} ({label}) names no § / Art. on purpose (citation: whole-law), but "
                    "the rule judges confidently on its own: it is neither a caution nor uncertain, and no "
                    "caution of the Land applies wherever it applies"), key="reference"))
            elif not ref.section:
                out.append(ctx.finding(CITATION, rule, Message(
                    f"Fundstelle {number} ({label}) nennt keinen § / Art.; bitte die Vorschrift genau "
                    "zitieren (section, paragraph, sentence, letter)",
                    f"reference {number} ({label}) names no § / Art.; cite the provision exactly "
                    "(section, paragraph, sentence, letter)"), key="reference"))
            if ref.text:
                continue
            if ref.wording and why is not None:
                out.append(ctx.finding(WORDING_NOT_FOUND, rule, Message(
                    f"Fundstelle {number} ({label}): Wortlaut der geltenden Fassung nicht gefunden "
                    f"(wording: not-found); {why[0]}",
                    f"reference {number} ({label}): wording of the version in force not found "
                    f"(wording: not-found); {why[1]}"), key="reference"))
            elif ref.wording:
                out.append(ctx.finding(QUOTED_TEXT, rule, Message(
                    f"Fundstelle {number} ({label}): Wortlaut als nicht gefunden markiert (wording: "
                    "not-found), aber die Regel urteilt allein sicher: sie ist weder Hinweis noch unsicher, "
                    "und kein Hinweis des Landes greift überall, wo sie greift",
                    f"reference {number} ({label}): wording marked as not found (wording: not-found), but "
                    "the rule judges confidently on its own: it is neither a caution nor uncertain, and no "
                    "caution of the Land applies wherever it applies"), key="reference"))
            else:
                out.append(ctx.finding(QUOTED_TEXT, rule, Message(
                    f"Fundstelle {number} ({label}) zitiert den Normtext nicht (nur eine Anmerkung); "
                    "Juristen prüfen die Regel am Wortlaut",
                    f"reference {number} ({label}) does not quote the norm (only a note); legal "
                    "staff check the rule against the wording"), key="reference"))
    return out


REFERENCES = RuleCheck((CITATION, QUOTED_TEXT, WORDING_NOT_FOUND, WHOLE_LAW), check_references)

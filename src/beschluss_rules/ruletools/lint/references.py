"""References: ``lint.citation`` (no § / Art.) and ``lint.quoted-text`` (no quoted wording)."""

from __future__ import annotations

from ...model import Level, Message
from .context import Context, RuleCheck
from .findings import Check, LintFinding, markdown

CITATION = Check(
    "citation", Level.WARNING, Message("Fundstelle ohne § / Art.", "reference without § / Art."),
    what=markdown("""
        Eine Fundstelle nennt nur ein Gesetz, keinen Paragraphen oder Artikel (`section`).
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
        `section`, `paragraph`, `sentence`, `letter`/`number` ergänzen.
    """),
    reference="[rule-format.md](rule-format.md), Schlüssel `reference`.",
)

QUOTED_TEXT = Check(
    "quoted-text", Level.WARNING, Message("Fundstelle ohne zitierten Normtext", "reference without the quoted norm"),
    what=markdown("""
        Eine Fundstelle hat keinen zitierten Wortlaut (`text`), nur eine Anmerkung (`note`). (Eine
        Fundstelle ohne beides lehnt schon der Lader ab → `lint.schema`.)
    """),
    why=markdown("""
        Juristen prüfen eine Regel am Wortlaut der Norm; der Bericht zeigt ihn. Eine `note`
        erklärt, warum er fehlt – bleibt aber eine offene Aufgabe.
    """),
    example=markdown("""
        Aus der mitgelieferten Regelbasis:

        ```text
        rules/nw/go/41-1-2-d-ehrenbuergerrecht.yaml:17:1: warning lint.quoted-text Fundstelle 2 (§ 34 Abs. 1 GO NRW) zitiert den Normtext nicht (nur eine Anmerkung); Juristen prüfen die Regel am Wortlaut
        ```
    """),
    fix=markdown("""
        den Wortlaut aus einer amtlichen Quelle als `text` eintragen (Gesetzestext ist
        gemeinfrei, § 5 UrhG), `url` angeben.
    """),
)


def check_references(ctx: Context) -> list[LintFinding]:
    out = []
    for rule in ctx.rules:
        for number, ref in enumerate(rule.references, 1):
            label = ref.cite()
            if not ref.section:
                out.append(ctx.finding(CITATION, rule, Message(
                    f"Fundstelle {number} ({label}) nennt keinen § / Art.; bitte die Vorschrift genau "
                    "zitieren (section, paragraph, sentence, letter)",
                    f"reference {number} ({label}) names no § / Art.; cite the provision exactly "
                    "(section, paragraph, sentence, letter)"), key="reference"))
            if not ref.text:
                out.append(ctx.finding(QUOTED_TEXT, rule, Message(
                    f"Fundstelle {number} ({label}) zitiert den Normtext nicht (nur eine Anmerkung); "
                    "Juristen prüfen die Regel am Wortlaut",
                    f"reference {number} ({label}) does not quote the norm (only a note); legal "
                    "staff check the rule against the wording"), key="reference"))
    return out


REFERENCES = RuleCheck((CITATION, QUOTED_TEXT), check_references)

"""Descriptions of the finding ids the checker produces itself (not from rule files).

SARIF needs a description for every rule a result names; rule files carry their own, these are the
rest. Keep this list in step with ``docs/report-format.md`` ("Eingebaute Befund-IDs").
"""

from __future__ import annotations

from ..model import FindingId, Message

__all__ = ["BUILTIN_RULES"]

#: id -> (short description, full description), German and English.
BUILTIN_RULES: dict[str, tuple[Message, Message]] = {
    FindingId.NO_LAND: (
        Message("Land unbekannt", "Land unknown"),
        Message("Ohne Land ist nicht bekannt, welche Gemeindeordnung gilt; --land angeben oder ein "
                "Gemeindeprofil wählen.",
                "Without the Land the municipal code is unknown; pass --land or choose a "
                "municipality profile."),
    ),
    FindingId.NO_DATE: (
        Message("Sitzungsdatum unbekannt", "Session date unknown"),
        Message("Das Sitzungs- bzw. Beschlussdatum wählt die geltende Rechtslage; ohne Datum kein "
                "Ergebnis. --date angeben oder das Datum in die Vorlage schreiben.",
                "The session or decision date selects the law in force; without it there is no "
                "verdict. Pass --date or state the date in the paper."),
    ),
    FindingId.BODY_UNKNOWN: (
        Message("Kein beschließendes Gremium erkannt", "No deciding body recognised"),
        Message("Weder der Punkt noch die Beratungsfolge nennen ein Gremium, das die Regelbasis "
                "kennt.",
                "Neither the item nor the Beratungsfolge names a body the rule base knows."),
    ),
    FindingId.SPOOFED_NAME: (
        Message("Gremienname mit täuschenden Zeichen", "Body name with deceptive characters"),
        Message("Ein Gremienname mischt Schriften (z. B. kyrillisches „а“ in „Rat“) oder enthält "
                "Steuerzeichen für die Schreibrichtung, unsichtbare oder Ersatzzeichen.",
                "A body name mixes scripts (e.g. a Cyrillic \"а\" in \"Rat\") or contains bidi "
                "controls, invisible or compatibility characters."),
    ),
    FindingId.NO_LAW_FOR_DATE: (
        Message("Keine Zuständigkeitsregel für Land und Datum", "No competence rule for Land and date"),
        Message("Die Regelbasis kennt für dieses Land an diesem Datum keine Zuständigkeitsregel.",
                "The rule base has no competence rule for this Land on this date."),
    ),
    FindingId.MATTER_UNKNOWN: (
        Message("Angelegenheit nicht eingeordnet", "Matter not classified"),
        Message("Die Angelegenheit des Punktes ließ sich keinem Eintrag des Vokabulars zuordnen; "
                "ob das Gremium zuständig ist, bleibt offen.",
                "The item's matter matched no vocabulary entry; whether the body is competent "
                "stays open."),
    ),
    FindingId.NO_DELEGATION: (
        Message("Keine Delegation in der vollständigen Liste", "No delegation in the complete list"),
        Message("Die Angelegenheit ist übertragbar, aber die als vollständig erklärte Liste der "
                "örtlichen Delegationen überträgt sie dem Gremium nicht.",
                "The matter may be delegated, but the municipality's list of delegations, declared "
                "complete, does not delegate it to this body."),
    ),
    FindingId.NO_COMPETENCE: (
        Message("Keine Zuständigkeit", "No competence"),
        Message("Keine Regel gibt dem genannten Gremium die Zuständigkeit für diese Angelegenheit.",
                "No rule makes the named body competent for this matter."),
    ),
    FindingId.DELEGATION_VOID: (
        Message("Unwirksame örtliche Delegation", "Void local delegation"),
        Message("Eine örtliche Delegation überträgt eine dem Rat vorbehaltene Angelegenheit; sie ist "
                "unwirksam und bleibt außer Betracht.",
                "A local delegation hands over a matter reserved to the council; it is void and "
                "ignored."),
    ),
    FindingId.COUNTERPART_LEGAL_FORM: (
        Message("Rechtsform aus der Liste bekannter Organisationen",
                "Legal form from the list of known organisations"),
        Message("Die Vorlage nennt die Rechtsform des Gegenübers nicht; sie stammt aus "
                "rules/vocab/organisations.yaml.",
                "The paper does not state the counterpart's legal form; it comes from "
                "rules/vocab/organisations.yaml."),
    ),
    FindingId.ENGINE_DISAGREEMENT: (
        Message("Interner Fehler: Auswerter uneinig", "Internal error: evaluators disagree"),
        Message("durable_rules und der Python-Auswerter kamen zu verschiedenen Ergebnissen; kein "
                "Urteil. Bitte als Fehler melden.",
                "durable_rules and the Python evaluator disagree; no verdict given. Please report "
                "this bug."),
    ),
    FindingId.NO_PROPOSAL: (
        Message("Kein Beschlussvorschlag gefunden", "No Beschlussvorschlag found"),
        Message("Die Datei enthält keine Überschrift „Beschlussvorschlag“ (oder eine Variante); "
                "es gibt keine Punkte zu prüfen.",
                "The file has no heading \"Beschlussvorschlag\" (or a variant); there are no items "
                "to check."),
    ),
    FindingId.UNREADABLE: (
        Message("Vorlage nicht lesbar", "Paper unreadable"),
        Message("Die Datei fehlt, ist leer, binär, zu groß oder nicht UTF-8; der Lauf endet mit "
                "Exit-Code 2.",
                "The file is missing, empty, binary, too large or not UTF-8; the run ends with "
                "exit code 2."),
    ),
    FindingId.WAIVER_EXPIRED: (
        Message("Ausnahme abgelaufen", "Waiver expired"),
        Message("Das Ablaufdatum (expires) der Ausnahme ist überschritten; der Befund zählt wieder.",
                "The waiver's expiry date has passed; the finding counts again."),
    ),
    FindingId.WAIVER_UNUSED: (
        Message("Ausnahme ohne Befund", "Unused waiver"),
        Message("Die Ausnahme trifft keinen Befund ihrer Vorlage, oder die Vorlage gibt es nicht; "
                "sie sollte entfernt werden.",
                "The waiver matches no finding of its paper, or the paper does not exist; it "
                "should be removed."),
    ),
}

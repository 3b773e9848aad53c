"""``lint.schema``: files the loader would reject, with as many problems per file as can be found."""

from __future__ import annotations

import functools
import os
from pathlib import Path
from typing import Any

from ...errors import BeschlussRulesError, RuleFileError
from ...model import LANDS, Level, Message
from ...rulebase.fields import Where
from ...rulebase.loader import load_rule_file, parse_delegation, parse_rule, placeholder_errors, rule_id_for
from ...rulebase.types import Rule
from ...rulebase.vocabulary import Vocabulary
from ...rulebase.yamlfile import LineDict, load_yaml_file
from .findings import Check, LintFinding, markdown
from .locator import Locator
from .repair import collect

SCHEMA = Check(
    "schema", Level.ERROR,
    Message("Datei lädt nicht (Schlüssel, Typen, Daten, Vokabular)",
            "file does not load (keys, types, dates, vocabulary)"),
    what=markdown("""
        Meldet jede Datei, die der Lader ablehnen würde – unbekannte Schlüssel
        (mit „meinten Sie …?“), fehlende Pflichtschlüssel, falsche Typen, falsche oder umgekehrte Daten
        (`until` vor `from`), unbekannte Angelegenheiten, Gremienarten, Rechtsformen, Platzhalter, YAML-
        Fehler, doppelte Schlüssel, zwei Profile mit demselben AGS. Anders als der Lader bricht der Linter
        nicht beim ersten Fehler ab: er meldet **jede** fehlerhafte Datei und **mehrere Fehler je Datei**
        (er repariert die Fundstelle gedanklich – etwa `wenn:` als `when:` gelesen – und prüft weiter).
    """),
    why=markdown("""
        Eine fehlerhafte Datei verhindert, dass die Regelbasis überhaupt lädt; jeder
        Prüflauf endet dann mit Exit-Code 2. Alle Fehler auf einmal zu sehen spart Runden.
    """),
    example=markdown("""
        `113-2-vertreter.yaml` mit `wenn:` statt `when:` und `from: 01.01.2019`:

        ```text
        rules/nw/go/113-2-vertreter.yaml:46:3: error lint.schema Schlüssel 'from': muss ein Datum JJJJ-MM-TT sein, ist '01.01.2019'
        rules/nw/go/113-2-vertreter.yaml:47:1: error lint.schema Schlüssel 'wenn': unbekannter Schlüssel; erlaubt: kind, level, title, description, message, reference, valid, when, competent, exclusive, certainty, uncertainty (meinten Sie 'when'?)
        ```
    """),
    fix=markdown("""
        wie gemeldet. Ist das Vokabular selbst fehlerhaft, entfallen die inhaltlichen Prüfungen
        (Befund der Stufe `info`).
    """),
    reference="[rule-format.md](rule-format.md): alle Schlüssel und Werte einer Regeldatei.",
)


def schema_finding(error: BeschlussRulesError, locator: Locator, default_path: str) -> LintFinding:
    path = error.path or default_path
    line = error.line or 1
    column = locator.column(path, line, error.key) if os.path.isfile(path) else 1
    en = error.render("en")
    de = error.render("de")
    prefix = path + (f":{error.line}" if error.line else "") + ": "
    en = en.removeprefix(prefix)
    de = de.removeprefix(prefix)
    return LintFinding(SCHEMA.code, SCHEMA.level, Message(de, en), path, line, column)


def rule_file_problems(root: Path, path: Path, vocabulary: Vocabulary) -> list[RuleFileError]:
    rule_id = rule_id_for(root, path)
    land = rule_id.split(".", 1)[0]
    try:
        data = load_yaml_file(path)
    except RuleFileError as exc:
        return [exc]
    if land not in LANDS:
        try:
            load_rule_file(root, path, vocabulary)
        except RuleFileError as exc:
            return [exc]
    return collect(data, lambda d: parse_rule(d, rule_id=rule_id, path=str(path), land=land,
                                               vocabulary=vocabulary), ["rat"])


def _parse_delegation(data: Any, *, path: str, key: Any, land: str, vocabulary: Vocabulary,
                      grantees: list[str]) -> list[Rule]:
    """One delegation entry of a profile as the loader reads it (a clause with a value limit
    gives the delegation and its outside-the-limit companion)."""
    return parse_delegation(data, Where(path, data), rule_id=f"local.x.{key}", path=path, land=land,
                            vocabulary=vocabulary, municipality="00000000", grantees=grantees)


def profile_problems(path: Path, vocabulary: Vocabulary, first: RuleFileError) -> list[RuleFileError]:
    errors = [first]
    try:
        data = load_yaml_file(path)
    except RuleFileError:
        return errors
    if not isinstance(data, dict):
        return errors
    for error in placeholder_errors(data, str(path)):
        if not any(e.render("en") == error.render("en") for e in errors):
            errors.append(error)
    bodies = data.get("bodies")
    grantees = [str(k) for k in bodies] if isinstance(bodies, dict) else []
    muni = data.get("municipality")
    land = muni.get("land") if isinstance(muni, dict) else None
    land = land if land in LANDS else "nw"
    entries = data.get("delegations")
    if not isinstance(entries, dict) or not grantees:
        return errors
    for key, entry in entries.items():
        if not isinstance(entry, LineDict):
            continue
        found = collect(entry, functools.partial(_parse_delegation, path=str(path), key=key, land=land,
                                                 vocabulary=vocabulary, grantees=grantees), grantees[:1])
        for error in found:
            if not any(e.render("en") == error.render("en") for e in errors):
                errors.append(error)
    return errors


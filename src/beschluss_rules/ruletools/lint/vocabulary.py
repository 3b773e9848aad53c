"""``lint.vocabulary``: terms and patterns that two entries of one vocabulary file claim."""

from __future__ import annotations

import os
import re
from collections import defaultdict

from ...errors import RuleFileError
from ...model import Level, Message
from ...rulebase.yamlfile import LineDict, load_yaml_file
from ...text.normalize import fold
from .findings import Check, LintFinding, Related, markdown
from .locator import Locator

VOCABULARY = Check(
    "vocabulary", Level.ERROR,
    Message("zwei Vokabulareinträge beanspruchen denselben Begriff",
            "two vocabulary entries claim the same term"),
    levels=markdown("""
        error (Gremien, Rechtsformen, Organisationen, Eilwerte) bzw. warning (Angelegenheiten)
    """),
    what=markdown("""
        Zwei Einträge einer Vokabulardatei beanspruchen denselben Begriff (`terms`, verglichen in
        gefalteter Schreibweise, ohne `*`, ohne Leerzeichen und Bindestriche) oder dasselbe Muster
        (`patterns`). Gremienbegriffe mit disjunkten `lands` stören sich nicht.
    """),
    why=markdown("""
        Bei Gremien gewinnt bei gleich langen Treffern der frühere Eintrag – der spätere ist
        für diesen Begriff tot, und die Gremienart hängt von der Reihenfolge ab. Bei Angelegenheiten
        erhält jeder Punkt mit dem Begriff beide Angelegenheiten; das kann gewollt sein, ist aber meist
        ein Versehen.
    """),
    example=markdown("""
        `Hauptausschuss` zusätzlich beim Eintrag `finanzausschuss`:

        ```text
        rules/vocab/bodies.yaml:38:5: error lint.vocabulary Begriff 'hauptausschuss' wird von zwei Einträgen beansprucht: 'hauptausschuss' (Zeile 30) und 'finanzausschuss'
        ```
    """),
    fix=markdown("""
        den Begriff nur bei einem Eintrag führen; Gremienbegriffe, die nur in einzelnen Ländern
        gelten, mit `lands` abgrenzen.
    """),
)


_VOCAB_FILES = (("matters.yaml", "matters", Level.WARNING), ("bodies.yaml", "bodies", Level.ERROR),
                ("legal_forms.yaml", "legal_forms", Level.ERROR),
                ("organisations.yaml", "organisations", Level.ERROR), ("urgency.yaml", "urgency", Level.ERROR))


def _claim(term: str) -> str:
    return re.sub(r"[\s\-]+", "", fold(term.rstrip("*")))


def check_vocabulary_files(directory: str | os.PathLike[str], locator: Locator | None = None
                           ) -> list[LintFinding]:
    """Terms and patterns that two entries of one vocabulary file claim.

    Terms are compared after folding (case, umlauts, ß), without a trailing ``*`` and ignoring
    blanks and hyphens (``Haupt- und`` and ``Haupt und`` match the same text). Body terms limited
    to disjoint ``lands`` do not clash. Two matters sharing a term give every such item both
    matters (a warning); two bodies, legal forms, organisations or urgency values sharing a term
    make the later entry dead or the reading ambiguous (an error).
    """
    locator = locator or Locator()
    findings: list[LintFinding] = []
    for name, top, level in _VOCAB_FILES:
        path = os.path.join(os.fspath(directory), name)
        try:
            data = load_yaml_file(path)
        except RuleFileError:
            continue
        entries = data.get(top) if isinstance(data, dict) else None
        if not isinstance(entries, LineDict):
            continue
        claims: dict[tuple[str, str], list[tuple[str, int, frozenset[str]]]] = defaultdict(list)
        for key, entry in entries.items():
            if not isinstance(entry, LineDict):
                continue
            lands = frozenset(entry.get("lands") or ()) if isinstance(entry.get("lands") or (), list) else frozenset()
            for field in ("terms", "patterns"):
                values = entry.get(field) or []
                values = [values] if isinstance(values, str) else values
                if not isinstance(values, list):
                    continue
                for value in values:
                    if not isinstance(value, str):
                        continue
                    claim = _claim(value) if field == "terms" else value
                    claims[(field, claim)].append((str(key), entry.line_of(field), lands))
        for (field, claim), owners in sorted(claims.items()):
            seen: list[tuple[str, int, frozenset[str]]] = []
            for owner in owners:
                for other in seen:
                    if other[0] == owner[0]:
                        continue
                    if owner[2] and other[2] and not owner[2] & other[2]:
                        continue
                    what_de = "Begriff" if field == "terms" else "Muster"
                    what_en = "term" if field == "terms" else "pattern"
                    findings.append(LintFinding(
                        VOCABULARY.code, level, Message(
                            f"{what_de} {claim!r} wird von zwei Einträgen beansprucht: '{other[0]}' "
                            f"(Zeile {other[1]}) und '{owner[0]}'",
                            f"{what_en} {claim!r} is claimed by two entries: '{other[0]}' "
                            f"(line {other[1]}) and '{owner[0]}'"),
                        path, owner[1], locator.column(path, owner[1], field), None,
                        (Related(None, path, other[1]),)))
                    break
                seen.append(owner)
    return findings


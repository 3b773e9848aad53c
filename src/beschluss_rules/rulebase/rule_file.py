"""One rule file: its id from its path, and the validation of its mapping into a :class:`Rule`.

Every rule file is read with the strict safe YAML loader; every key is checked (unknown keys
with "did you mean"), every error names file, line and key. Municipality profiles reuse
:func:`parse_rule` for their delegations (:mod:`.loader`).
"""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from ..errors import RuleFileError, UsageError, did_you_mean
from ..model import BODY_KINDS, LANDS, Level, Message, Reference, Validity
from .conditions import parse_condition
from .fields import Where, as_bool, as_date, as_list, as_map, as_str, check_keys
from .types import CERTAINTIES, KINDS, Rule
from .vocabulary import Vocabulary
from .yamlfile import load_yaml_file

__all__ = ["default_rules_dir", "load_rule_file", "parse_rule", "rule_id_for"]


_DEFAULT_LEVEL = {"caution": Level.WARNING}
_RULE_KEYS = (
    "kind", "level", "title", "description", "message", "reference", "valid", "when",
    "competent", "exclusive", "certainty", "uncertainty",
)
_REFERENCE_KEYS = (
    "law", "section", "article", "paragraph", "sentence", "letter", "number", "text", "url", "note",
    "wording", "citation",
)
#: The values of a reference's ``wording`` key: the wording of the version in force was searched
#: for and not seen (docs/rule-format.md, "Wortlaut nicht gefunden").
WORDING_VALUES = ("not-found",)
#: The values of a reference's ``citation`` key: the reference names a whole law on purpose.
CITATION_VALUES = ("whole-law",)
_PLACEHOLDERS = {"body": "Rat", "competent": "Rat"}


def default_rules_dir() -> Path:
    """The shipped rules: inside the installed package, or ``rules/`` of a source checkout."""
    package = Path(__file__).resolve().parent.parent
    for candidate in (package / "rules", package.parent.parent / "rules"):
        if (candidate / "vocab").is_dir():
            return candidate
    raise UsageError(
        "the shipped rule base was not found (neither in the package nor in the source tree)",
        message_de="die mitgelieferte Regelbasis fehlt (weder im Paket noch im Quellbaum)",
    )


def _message(where: Where, value: Any, key: str, *, placeholders: bool = False) -> Message:
    mapping = as_map(where, value, key)
    inner = where.inner(mapping)
    check_keys(inner, ("de", "en"), ("de", "en"), key)
    message = Message(de=as_str(inner, mapping["de"], "de"), en=as_str(inner, mapping["en"], "en"))
    if placeholders:
        for lang in ("de", "en"):
            try:
                message.get(lang).format(**_PLACEHOLDERS)
            except (KeyError, IndexError, ValueError) as exc:
                raise inner.error(
                    f"unknown placeholder {exc}; allowed: {{body}}, {{competent}}",
                    f"unbekannter Platzhalter {exc}; erlaubt: {{body}}, {{competent}}",
                    key=lang,
                ) from None
    return message


def _reference(where: Where, value: Any) -> Reference:
    mapping = as_map(where, value, "reference")
    inner = where.inner(mapping)
    check_keys(inner, _REFERENCE_KEYS, ("law",), "reference")
    fields: dict[str, Any] = {}
    for key in _REFERENCE_KEYS:
        if key in mapping:
            if key == "article":
                fields[key] = as_bool(inner, mapping[key], key)
            else:
                raw = mapping[key]
                if isinstance(raw, int) and not isinstance(raw, bool):
                    raw = str(raw)
                fields[key] = as_str(inner, raw, key).strip()
    _check_marker(inner, fields, "wording", WORDING_VALUES, "text",
                  "a reference marked 'wording: not-found' cannot quote a 'text'",
                  "eine Fundstelle mit 'wording: not-found' kann keinen 'text' zitieren",
                  "what was searched and what the rule rests on",
                  "was gesucht wurde und worauf die Regel beruht")
    _check_marker(inner, fields, "citation", CITATION_VALUES, "section",
                  "a reference marked 'citation: whole-law' cannot name a 'section'",
                  "eine Fundstelle mit 'citation: whole-law' kann keinen 'section' nennen",
                  "why the whole law is cited and not a § / Art.",
                  "warum das ganze Gesetz und kein § / Art. zitiert wird")
    return Reference(**fields)


def _check_marker(where: Where, fields: dict[str, Any], key: str, values: tuple[str, ...], excluded: str,
                  clash_en: str, clash_de: str, reason_en: str, reason_de: str) -> None:
    """A reference's explicit marker (``wording``, ``citation``): one of ``values``, not together
    with ``excluded``, and only with a ``note`` that gives the reason."""
    if key not in fields:
        return
    value = fields[key]
    if value not in values:
        raise where.error(
            f"unknown value {value!r}; allowed: {', '.join(values)}",
            f"unbekannter Wert {value!r}; erlaubt: {', '.join(values)}",
            key=key, suggestion=did_you_mean(value, values),
        )
    if fields.get(excluded):
        raise where.error(clash_en, clash_de, key=key)
    if not fields.get("note"):
        raise where.error(
            f"'{key}: {value}' needs a 'note' saying {reason_en}",
            f"'{key}: {value}' braucht eine 'note': {reason_de}",
            key=key,
        )


def _validity(where: Where, value: Any) -> Validity:
    mapping = as_map(where, value, "valid")
    inner = where.inner(mapping)
    check_keys(inner, ("from", "until"), ("from",), "valid")
    start = as_date(inner, mapping["from"], "from")
    end = as_date(inner, mapping["until"], "until") if mapping.get("until") is not None else None
    if end is not None and end < start:
        raise inner.error(
            f"valid.until {end} lies before valid.from {start}",
            f"valid.until {end} liegt vor valid.from {start}",
            key="until",
        )
    return Validity(start, end)


def parse_rule(
    data: Any,
    *,
    rule_id: str,
    path: str,
    land: str,
    vocabulary: Vocabulary,
    municipality: str | None = None,
    grantees: Sequence[str] | None = None,
    default_kind: str | None = None,
) -> Rule:
    """Validate one rule mapping. ``grantees`` overrides the body kinds allowed in ``competent``
    (a profile's delegations name the profile's body ids instead); ``default_kind`` is the kind
    when the mapping does not say (``delegation`` inside a profile)."""
    where = Where(path, data)
    mapping = as_map(where, data, rule_id)
    required = ("title", "description", "message", "reference", "valid")
    check_keys(where, _RULE_KEYS, required if default_kind else ("kind",) + required)
    kind = as_str(where, mapping.get("kind", default_kind), "kind")
    if kind not in KINDS:
        raise where.error(f"unknown kind {kind!r}; kinds: {', '.join(KINDS)}",
                          f"unbekannte Art {kind!r}; Arten: {', '.join(KINDS)}",
                          key="kind", suggestion=did_you_mean(kind, KINDS))
    if kind == "delegation" and municipality is None:
        raise where.error("delegations belong in a municipality profile",
                          "Delegationen gehören in ein Gemeindeprofil", key="kind")
    level_name = mapping.get("level", _DEFAULT_LEVEL.get(kind, Level.ERROR).value)
    if level_name not in ("info", "warning", "error"):
        raise where.error(f"unknown level {level_name!r}; levels: info, warning, error",
                          f"unbekannte Stufe {level_name!r}; Stufen: info, warning, error",
                          key="level", suggestion=did_you_mean(str(level_name), ("info", "warning", "error")))
    raw_refs = mapping["reference"]
    raw_refs = [raw_refs] if isinstance(raw_refs, dict) else as_list(where, raw_refs, "reference")
    references = tuple(_reference(where, r) for r in raw_refs)
    for ref in references:
        if not ref.text and not ref.note:
            raise where.error(
                "every reference needs the quoted norm ('text') or a 'note' saying why it is missing",
                "jede Fundstelle braucht den zitierten Normtext ('text') oder eine 'note', warum er fehlt",
                key="reference",
            )
    competent: tuple[str, ...] = ()
    allowed = tuple(grantees) if grantees is not None else BODY_KINDS
    if kind == "caution":
        if "competent" in mapping:
            raise where.error("a caution never decides: remove 'competent'",
                              "ein Hinweis entscheidet nie: 'competent' entfernen", key="competent")
    else:
        if "competent" not in mapping:
            raise where.error("required key missing", "Pflichtschlüssel fehlt", key="competent")
        competent = tuple(as_str(where, k, "competent") for k in as_list(where, mapping["competent"], "competent"))
        for body in competent:
            if body not in allowed:
                raise where.error(
                    f"unknown body {body!r}; allowed: {', '.join(allowed)}",
                    f"unbekanntes Gremium {body!r}; erlaubt: {', '.join(allowed)}",
                    key="competent", suggestion=did_you_mean(body, allowed),
                )
    if kind == "assigned" and "exclusive" not in mapping:
        raise where.error("an assigned rule must say whether it is exclusive (true/false)",
                          "eine Zuweisung muss sagen, ob sie ausschließlich ist (true/false)",
                          key="exclusive")
    if "exclusive" in mapping and kind != "assigned":
        raise where.error("'exclusive' belongs to assigned rules only",
                          "'exclusive' gibt es nur bei Zuweisungen (assigned)", key="exclusive")
    certainty = mapping.get("certainty", "settled")
    if certainty not in CERTAINTIES:
        raise where.error(f"unknown certainty {certainty!r}; allowed: settled, uncertain",
                          f"unbekannte Gewissheit {certainty!r}; erlaubt: settled, uncertain",
                          key="certainty", suggestion=did_you_mean(str(certainty), CERTAINTIES))
    if certainty == "uncertain" and not mapping.get("uncertainty"):
        raise where.error("an uncertain rule must say what is uncertain ('uncertainty')",
                          "eine unsichere Regel muss sagen, was unsicher ist ('uncertainty')",
                          key="uncertainty")
    if certainty == "settled" and "uncertainty" in mapping:
        raise where.error("'uncertainty' belongs to rules with certainty: uncertain",
                          "'uncertainty' gehört zu Regeln mit certainty: uncertain", key="uncertainty")
    uncertainty = as_str(where, mapping["uncertainty"], "uncertainty") if "uncertainty" in mapping else None
    if "level" in mapping and kind != "caution":
        raise where.error("only a caution sets its level; a verdict sets the level of the others",
                          "nur ein Hinweis (caution) setzt seine Stufe; sonst bestimmt das Ergebnis die Stufe",
                          key="level")
    exclusive = as_bool(where, mapping["exclusive"], "exclusive") if "exclusive" in mapping else False
    when = None
    if "when" in mapping:
        when = parse_condition(where, mapping["when"], frozenset(vocabulary.matters))
    elif kind not in ("general", "delegable"):
        raise where.error("required key missing: only general and delegable rules apply to every matter",
                          "Pflichtschlüssel fehlt: nur general- und delegable-Regeln gelten für jede Angelegenheit",
                          key="when")
    return Rule(
        id=rule_id,
        path=path,
        kind=kind,
        level=Level(level_name),
        title=_message(where, mapping["title"], "title"),
        description=as_str(where, mapping["description"], "description"),
        message=_message(where, mapping["message"], "message", placeholders=True),
        references=references,
        valid=_validity(where, mapping["valid"]),
        when=when,
        competent=competent,
        land=land,
        exclusive=exclusive,
        certainty=certainty,
        uncertainty=uncertainty,
        municipality=municipality,
        line=where.line() or 1,
    )


def rule_id_for(root: Path, path: Path) -> str:
    """The id of the rule file ``path`` under ``root``: ``nw/go/41-1-1.yaml`` → ``nw.go.41-1-1``."""
    relative = path.relative_to(root).with_suffix("")
    return ".".join(relative.parts)


def load_rule_file(root: Path, path: Path, vocabulary: Vocabulary, *,
                   load: Callable[[str | os.PathLike[str]], Any] = load_yaml_file) -> Rule:
    rule_id = rule_id_for(root, path)
    land = rule_id.split(".", 1)[0]
    if land not in LANDS:
        raise RuleFileError(
            f"rule files live under a Land directory ({', '.join(LANDS)}), not '{land}'",
            message_de=f"Regeldateien liegen unter einem Land-Verzeichnis ({', '.join(LANDS)}), nicht '{land}'",
            path=str(path), suggestion=did_you_mean(land, LANDS),
        )
    data = load(path)
    return parse_rule(data, rule_id=rule_id, path=str(path), land=land, vocabulary=vocabulary)


#: Kinds a profile may give a body only when the Land's vocabulary reads its name so: one
#: council, one main committee, one mayor hold the powers the law reserves.

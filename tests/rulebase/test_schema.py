"""The shipped JSON Schema of rule files (for editors) agrees with the loader."""

from __future__ import annotations

import json

import pytest

from beschluss_rules.rulebase.loader import default_rules_dir
from beschluss_rules.rulebase.yamlfile import load_yaml_file

jsonschema = pytest.importorskip("jsonschema")

ROOT = default_rules_dir()
SCHEMA = json.loads((ROOT / "schema.json").read_text(encoding="utf-8"))
RULE_FILES = sorted(p for p in ROOT.rglob("*.yaml") if p.relative_to(ROOT).parts[0] not in ("vocab", "municipalities"))


def test_schema_is_a_valid_json_schema():
    jsonschema.Draft202012Validator.check_schema(SCHEMA)


@pytest.mark.parametrize("path", RULE_FILES, ids=[p.stem for p in RULE_FILES])
def test_every_shipped_rule_file_validates(path):
    jsonschema.validate(json.loads(json.dumps(load_yaml_file(path))), SCHEMA)


@pytest.mark.parametrize("change", [
    lambda d: d.update(competnet=d.pop("competent")),
    lambda d: d.update(kind="reservd"),
    lambda d: d.pop("reference"),
    lambda d: d["valid"].update({"from": "1.1.2019"}),
    lambda d: d.update(when={"mater": "satzung"}),
])
def test_schema_rejects_what_the_loader_rejects(change):
    data = json.loads(json.dumps(load_yaml_file(ROOT / "nw/go/41-1-2-f-satzungen.yaml")))
    change(data)
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(data, SCHEMA)


@pytest.mark.parametrize("ref", [
    {"law": "GO NRW", "section": "41", "wording": "not-fond", "note": "x"},
    {"law": "GO NRW", "section": "41", "wording": "not-found", "text": "x", "note": "x"},
    {"law": "GO NRW", "section": "41", "wording": "not-found", "text": "x"},
    {"law": "GO NRW", "section": "41", "citation": "whole-law", "note": "x"},
])
def test_schema_rejects_what_the_loader_rejects_in_reference_markers(ref):
    data = json.loads(json.dumps(load_yaml_file(ROOT / "nw/go/41-1-2-f-satzungen.yaml")))
    data["reference"] = [ref]
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(data, SCHEMA)

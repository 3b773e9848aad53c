"""Where a rule, or one key of it, is written: path, line and column in its YAML file."""

from __future__ import annotations

import os
import re
from collections.abc import Sequence
from typing import Any

from ...errors import BeschlussRulesError
from ...rulebase.types import Profile, Rule
from ...rulebase.yamlfile import LineDict, load_yaml_file


class Locator:
    """Finds the line and column of a key in a data file (YAML mappings remember key lines)."""

    def __init__(self, profiles: Sequence[Profile] = ()) -> None:
        self._data: dict[str, Any] = {}
        self._lines: dict[str, list[str]] = {}
        self._profiles = {p.path: p for p in profiles}

    def _load(self, path: str) -> Any:
        if path not in self._data:
            try:
                self._data[path] = load_yaml_file(path)
                with open(path, encoding="utf-8") as handle:
                    self._lines[path] = handle.read().splitlines()
            except (OSError, BeschlussRulesError, UnicodeDecodeError):
                self._data[path] = None
                self._lines[path] = []
        return self._data[path]

    def column(self, path: str, line: int, key: str | None) -> int:
        self._load(path)
        lines = self._lines.get(path) or []
        if not 1 <= line <= len(lines):
            return 1
        text = lines[line - 1]
        if key:
            found = re.search(r"(?<![\w-])" + re.escape(str(key)) + r"\s*:", text)
            if found:
                return found.start() + 1
        return len(text) - len(text.lstrip()) + 1

    def _mapping(self, rule: Rule) -> Any:
        data = self._load(rule.path)
        if rule.municipality is None:
            return data
        if not isinstance(data, dict) or not isinstance(data.get("delegations"), dict):
            return None
        profile = self._profiles.get(rule.path)
        prefix = f"local.{profile.id}." if profile else None
        for key, entry in data["delegations"].items():
            if prefix and rule.id == prefix + str(key):
                return entry
            if prefix is None and rule.id.endswith("." + str(key)):
                return entry
        return None

    def rule(self, rule: Rule, key: str | None = None) -> tuple[str, int, int]:
        """Where ``rule`` (or its ``key``) is written: path, line, column."""
        if not os.path.isfile(rule.path):
            return rule.path, rule.line, 1
        mapping = self._mapping(rule)
        line = rule.line
        if isinstance(mapping, LineDict):
            line = mapping.line_of(key) if key and key in mapping else mapping.line
            if rule.municipality is not None and not (key and key in mapping):
                parent = self._load(rule.path)["delegations"]
                entry_key = next((k for k, v in parent.items() if v is mapping), None)
                if entry_key is not None:
                    line = parent.line_of(entry_key)
                    return rule.path, line, self.column(rule.path, line, entry_key)
        return rule.path, line, self.column(rule.path, line, key)


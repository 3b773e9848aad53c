"""The linter tests copy the NRW part of the shipped rule base (vocabularies, ``rules/nw``, the
Heinsberg profile) into a temporary folder, plant one kind of fault and assert the finding: its
check, level, location and that the message names what a rule author needs (both rule ids, the
local clause and the norm, ...)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from beschluss_rules.rulebase.loader import default_rules_dir

SHIPPED = default_rules_dir()


@pytest.fixture
def base(tmp_path: Path) -> Path:
    """A copy of the NRW part of the shipped rule base."""
    root = tmp_path / "rules"
    shutil.copytree(SHIPPED / "vocab", root / "vocab")
    shutil.copytree(SHIPPED / "nw", root / "nw")
    (root / "municipalities" / "nw").mkdir(parents=True)
    shutil.copy(SHIPPED / "municipalities" / "nw" / "heinsberg.yaml", root / "municipalities" / "nw")
    return root

"""The built wheel carries the rule base and an installed package finds it (not the source tree)."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import zipfile

import pytest

from .conftest import EXAMPLE, ROOT


@pytest.fixture(scope="module")
def wheel(tmp_path_factory):
    try:
        import hatchling  # noqa: F401
    except ImportError:
        pytest.skip("hatchling not installed (pip install -e '.[test]' brings it)")
    out = tmp_path_factory.mktemp("wheel")
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q",
                    "-w", str(out), str(ROOT)], check=True, timeout=300)
    (path,) = out.glob("beschluss_rules-*.whl")
    return path


def test_wheel_contains_rules_vocab_and_profiles(wheel):
    names = set(zipfile.ZipFile(wheel).namelist())
    assert "beschluss_rules/rules/nw/go/41-1-1-allzustaendigkeit.yaml" in names
    assert "beschluss_rules/rules/vocab/matters.yaml" in names
    assert "beschluss_rules/rules/municipalities/nw/heinsberg.yaml" in names
    assert "beschluss_rules/cli/app.py" in names
    assert "beschluss_rules/report/report-v1.schema.json" in names
    # The directory of municipalities (evidence of a paper's Land) ships with its attribution.
    assert {"beschluss_rules/data/gemeindeverzeichnis.tsv.gz", "beschluss_rules/data/NOTICE"} <= names
    assert "beschluss_rules/rules/schema.json" in names
    assert "beschluss_rules/py.typed" in names
    # The rule test cases and their test-only profiles (issue 18: `rules test` from a wheel).
    assert "beschluss_rules/testdata/cases/nw/go/113-2-vertreter.yaml" in names
    assert "beschluss_rules/testdata/fixtures/profiles/kreisfreie-teststadt.yaml" in names
    assert any(name.endswith(".dist-info/licenses/LICENSE") for name in names)
    assert any(name.endswith(".dist-info/licenses/NOTICE") for name in names)


def test_installed_wheel_runs_the_rule_test_cases_it_ships(wheel, tmp_path):
    site = tmp_path / "site"
    zipfile.ZipFile(wheel).extractall(site)
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    env["PYTHONPATH"] = str(site)
    run = subprocess.run([sys.executable, "-m", "beschluss_rules", "rules", "test", "--min-coverage", "100",
                          "--format", "json"], cwd=tmp_path, env=env, capture_output=True, text=True, timeout=600)
    assert run.returncode == 0, run.stdout[-2000:] + run.stderr
    data = json.loads(run.stdout)
    shipped = sum(1 for _ in (ROOT / "tests" / "cases").rglob("*.yaml"))
    assert data["cases"] > shipped and data["failed"] == []


def test_installed_wheel_checks_heinsberg_from_its_own_rules(wheel, tmp_path):
    site = tmp_path / "site"
    zipfile.ZipFile(wheel).extractall(site)
    paper = tmp_path / "paper.txt"
    shutil.copy(EXAMPLE, paper)
    script = (
        "import json, beschluss_rules, beschluss_rules.rulebase.loader as l;"
        "from beschluss_rules.cli.app import main;"
        "print(json.dumps({'pkg': beschluss_rules.__file__, 'rules': str(l.default_rules_dir())}))"
    )
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    env["PYTHONPATH"] = str(site)
    # Run from an unrelated directory so that nothing of the source tree is on the path.
    probe = subprocess.run([sys.executable, "-c", script], cwd=tmp_path, env=env,
                           capture_output=True, text=True, check=True, timeout=120)
    where = json.loads(probe.stdout)
    assert where["pkg"].startswith(str(site))
    assert where["rules"].startswith(str(site))
    run = subprocess.run([sys.executable, "-m", "beschluss_rules", "check", "--format", "json",
                          "--date", "2021-09-01", str(paper)], cwd=tmp_path, env=env,
                         capture_output=True, text=True, timeout=120)
    assert run.returncode == 0, run.stderr
    verdicts = [i["verdict"] for i in json.loads(run.stdout)["papers"][0]["items"]]
    assert verdicts == ["conditional", "competent"]

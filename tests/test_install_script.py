"""Tests of scripts/install_durable_rules.py.

Fast unit tests of its pure parts run everywhere. The end-to-end test builds the patched
durable-rules in a fresh Python 3.13 venv; it needs PyPI and ~15-30 s, so it only runs when
BESCHLUSS_TEST_PY313=1 is set (CI sets it) and a Python 3.13 interpreter is found.
"""

from __future__ import annotations

import glob
import importlib.util
import io
import json
import os
import shutil
import subprocess
import sys
import tarfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SCRIPT = ROOT / "scripts" / "install_durable_rules.py"


def _load_script():
    spec = importlib.util.spec_from_file_location("install_durable_rules", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


idr = _load_script()

# A cut-down rules.c: two calls to the removed API, plus identifiers that only contain it.
FIXTURE = """\
static unsigned int storeMessageCallback(void *context) {
    result = PyEval_CallObject(callback, arglist);
    Py_DECREF(arglist);
}
static unsigned int deleteMessageCallback(void *context) {
    result = PyEval_CallObject(callback, arglist);
}
/* MyPyEval_CallObject and PyEval_CallObjectWithKeywords are other names */
"""


# --------------------------------------------------------------------------- patch_text

def test_patch_text_replaces_whole_identifiers_and_counts():
    new, count = idr.patch_text(FIXTURE)
    assert count == 2
    assert new.count("result = PyObject_CallObject(callback, arglist);") == 2
    assert "PyEval_CallObject(" not in new
    # Longer identifiers that merely contain the name are left alone.
    assert "MyPyEval_CallObject" in new
    assert "PyEval_CallObjectWithKeywords" in new
    assert "PyObject_CallObjectWithKeywords" not in new


def test_patch_text_is_idempotent():
    once, n1 = idr.patch_text(FIXTURE)
    twice, n2 = idr.patch_text(once)
    assert n1 == 2 and n2 == 0
    assert twice == once


def test_patch_text_without_occurrence_changes_nothing():
    text = "int main(void) { return PyObject_CallObject(f, NULL) == NULL; }\n"
    assert idr.patch_text(text) == (text, 0)


# --------------------------------------------------------------------------- patch_source_tree

def _make_tree(root: Path) -> None:
    (root / "src" / "rulespy").mkdir(parents=True)
    (root / "src" / "rules").mkdir(parents=True)
    (root / "src" / "rulespy" / "rules.c").write_text(FIXTURE.replace(
        "/* MyPyEval_CallObject and PyEval_CallObjectWithKeywords are other names */\n", ""))
    # CRLF line endings and a non-UTF-8 byte must survive byte for byte.
    (root / "src" / "rules" / "compat.h").write_bytes(
        b"#define CALL(f, a) PyEval_CallObject(f, a)\r\n/* \xe9 latin-1 */\r\n")
    (root / "src" / "rules" / "json.c").write_text("int json(void) { return 0; }\n")
    (root / "setup.py").write_text("# PyEval_CallObject in a non-C file is not touched\n")


def test_patch_source_tree_patches_c_and_h_files(tmp_path):
    _make_tree(tmp_path)
    counts = idr.patch_source_tree(tmp_path)
    assert counts == {"src/rules/compat.h": 1, "src/rulespy/rules.c": 2}
    rules_c = (tmp_path / "src" / "rulespy" / "rules.c").read_text()
    assert "PyEval_CallObject" not in rules_c
    assert rules_c.count("PyObject_CallObject(callback, arglist)") == 2
    assert (tmp_path / "src" / "rules" / "compat.h").read_bytes() == (
        b"#define CALL(f, a) PyObject_CallObject(f, a)\r\n/* \xe9 latin-1 */\r\n")
    assert "PyEval_CallObject" in (tmp_path / "setup.py").read_text()


def test_patch_source_tree_refuses_a_second_run_and_leaves_files_alone(tmp_path):
    _make_tree(tmp_path)
    idr.patch_source_tree(tmp_path)
    before = {p: p.read_bytes() for p in tmp_path.rglob("*") if p.is_file()}
    with pytest.raises(idr.InstallError, match="no PyEval_CallObject found"):
        idr.patch_source_tree(tmp_path)
    assert {p: p.read_bytes() for p in tmp_path.rglob("*") if p.is_file()} == before


def test_patch_source_tree_refuses_when_nothing_to_patch(tmp_path):
    (tmp_path / "a.c").write_text("int a;\n")
    with pytest.raises(idr.InstallError, match="no PyEval_CallObject found"):
        idr.patch_source_tree(tmp_path)
    with pytest.raises(idr.InstallError):
        idr.patch_source_tree(tmp_path / "empty-dir-that-does-not-exist")


def test_patch_source_tree_reports_other_removed_api(tmp_path):
    (tmp_path / "a.c").write_text(
        "x = PyEval_CallObject(f, a);\ny = PyEval_CallObjectWithKeywords(f, a, k);\n")
    with pytest.raises(idr.InstallError, match="a.c: PyEval_CallObjectWithKeywords"):
        idr.patch_source_tree(tmp_path)


# --------------------------------------------------------------------------- small helpers

@pytest.mark.parametrize("version, expected", [
    ((3, 11, 7), False), ((3, 12, 1), False), ((3, 13, 0), True), ((3, 14, 2), True), ((4, 0), True),
])
def test_needs_patch(version, expected):
    assert idr.needs_patch(version) is expected


def test_compat_env_appends_to_cppflags_and_keeps_cflags():
    env = idr.compat_env({"CPPFLAGS": "-I/opt/x", "CFLAGS": "-O2", "PATH": "/bin"}, platform="linux")
    assert env["CPPFLAGS"].split() == ["-I/opt/x", *idr.OPT_FLAGS, *idr.COMPAT_FLAGS]
    assert env["CFLAGS"] == "-O2" and env["PATH"] == "/bin"
    assert idr.compat_env({}, platform="linux")["CPPFLAGS"].split() == [*idr.OPT_FLAGS, *idr.COMPAT_FLAGS]
    assert idr.OPT_FLAGS == ("-O2",)
    assert all(flag.startswith("-Wno-error=") for flag in idr.COMPAT_FLAGS)


def test_compat_env_sets_nothing_on_windows():
    assert idr.compat_env({"PATH": "C:\\"}, platform="win32") == {"PATH": "C:\\"}


def _tar_gz(path: Path, members: dict[str, bytes]) -> Path:
    with tarfile.open(path, "w:gz") as tar:
        for name, data in members.items():
            info = tarfile.TarInfo(name)
            info.size = len(data)
            tar.addfile(info, io.BytesIO(data))
    return path


def test_find_and_unpack_sdist(tmp_path):
    download = tmp_path / "download"
    download.mkdir()
    _tar_gz(download / "durable_rules-2.0.28.tar.gz", {
        "durable_rules-2.0.28/setup.py": b"print('hi')\n",
        "durable_rules-2.0.28/src/rulespy/rules.c": b"r = PyEval_CallObject(c, a);\n",
    })
    archive = idr.find_sdist(download)
    assert archive.name == "durable_rules-2.0.28.tar.gz"
    source = idr.unpack_sdist(archive, tmp_path / "src")
    assert source == tmp_path / "src" / "durable_rules-2.0.28"
    assert idr.patch_source_tree(source) == {"src/rulespy/rules.c": 1}


def test_find_sdist_rejects_other_versions(tmp_path):
    _tar_gz(tmp_path / "durable_rules-2.0.27.tar.gz", {"x/setup.py": b""})
    with pytest.raises(idr.InstallError, match="durable_rules-2.0.27.tar.gz"):
        idr.find_sdist(tmp_path)


def test_unpack_sdist_refuses_path_traversal(tmp_path):
    archive = _tar_gz(tmp_path / "durable_rules-2.0.28.tar.gz", {
        "durable_rules-2.0.28/setup.py": b"",
        "../evil.c": b"int evil;\n",
    })
    with pytest.raises(idr.InstallError):
        idr.unpack_sdist(archive, tmp_path / "src")
    assert not (tmp_path / "evil.c").exists()


# --------------------------------------------------------------------------- verification logic

GOOD_REPORT = {"python": "3.x", "version": "2.0.28", "assert_code": 0,
               "fired": ["r_big", "r_hello"], "deferred_code": 3, "callback_calls": [["a"]]}


def _fake_check(monkeypatch, report=None, code=None):
    if code is None:
        code = f"print({json.dumps(json.dumps(report))})"
    monkeypatch.setattr(idr, "VERIFY_CODE", code)


def test_verify_accepts_a_good_report(monkeypatch):
    _fake_check(monkeypatch, GOOD_REPORT)
    assert "error" not in idr.verify()


@pytest.mark.parametrize("change, message", [
    ({"fired": ["r_hello"]}, "did not fire"),
    ({"assert_code": 1}, "did not fire"),
    ({"version": "2.0.27"}, "not 2.0.28"),
    ({"callback_calls": []}, "callback"),
])
def test_verify_rejects_bad_reports(monkeypatch, change, message):
    _fake_check(monkeypatch, {**GOOD_REPORT, **change})
    assert message in idr.verify()["error"]


def test_verify_reports_a_crash(monkeypatch):
    _fake_check(monkeypatch, code="import sys; sys.stderr.write('Segmentation fault\\n'); sys.exit(139)")
    assert idr.verify()["error"] == "check crashed: Segmentation fault"


def test_check_failure_is_one_line_and_exit_1(monkeypatch, capsys):
    _fake_check(monkeypatch, {"python": "3.x", "error": "import durable_rules_engine failed: boom"})
    assert idr.main(["--check"]) == 1
    err = capsys.readouterr().err
    assert err == "install_durable_rules: error: import durable_rules_engine failed: boom\n"


def test_check_of_the_real_engine_in_this_interpreter():
    """The test environment has durable-rules installed (a project dependency): it must work."""
    proc = subprocess.run([sys.executable, str(SCRIPT), "--check"], capture_output=True, text=True,
                          timeout=120)
    assert proc.returncode == 0, proc.stderr
    assert "fact fired r_big, r_hello" in proc.stdout


def test_dry_run_of_the_patched_path_prints_steps_and_changes_nothing():
    proc = subprocess.run([sys.executable, str(SCRIPT), "--dry-run", "--patch"],
                          capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0, proc.stderr
    out = proc.stdout
    assert "pip download --no-deps --no-binary durable-rules durable-rules==2.0.28" in out
    assert "PyEval_CallObject -> PyObject_CallObject" in out
    assert "--force-reinstall" in out and idr.SDIST_SHA256 in out
    assert "$ " not in out  # nothing was run


def test_unknown_option_exits_nonzero():
    proc = subprocess.run([sys.executable, str(SCRIPT), "--bogus"], capture_output=True, text=True,
                          timeout=60)
    assert proc.returncode != 0


# --------------------------------------------------------------------------- end to end, 3.13

def find_python313() -> str | None:
    """A working Python 3.13 interpreter (pyenv shims that refuse to run are skipped)."""
    candidates = [shutil.which("python3.13"),
                  *sorted(glob.glob("/root/.pyenv/versions/3.13.*/bin/python"), reverse=True)]
    for candidate in filter(None, candidates):
        try:
            proc = subprocess.run([candidate, "-c", "import sys; print(sys.version_info[:2])"],
                                  capture_output=True, text=True, timeout=30)
        except (OSError, subprocess.TimeoutExpired):
            continue
        if proc.returncode == 0 and proc.stdout.strip() == "(3, 13)":
            return candidate
    return None


FIRE_CHECK = r"""
import json
import durable_rules_engine as dre
h = dre.create_ruleset("e2e", json.dumps({"big_amount": {"all": [{"m": {"$gt": {"amount": 1000}}}]}}))
code, offset = dre.assert_fact(h, json.dumps({"sid": "t1", "item_id": 7, "amount": 5000}))
state, messages = dre.start_action_for_state(h, offset)
assert dre.complete_and_start_action(h, offset) is None
print(json.dumps({"code": code, "messages": json.loads(messages)}))
"""


@pytest.mark.skipif(os.environ.get("BESCHLUSS_TEST_PY313") != "1",
                    reason="set BESCHLUSS_TEST_PY313=1 to build durable-rules on Python 3.13")
def test_end_to_end_install_on_python313(tmp_path):
    python313 = find_python313()
    if python313 is None:
        pytest.skip("no working Python 3.13 interpreter found")
    venv = tmp_path / "v313"
    subprocess.run([python313, "-m", "venv", str(venv)], check=True, timeout=300)
    py = str(venv / "bin" / "python")

    proc = subprocess.run([py, str(SCRIPT)], capture_output=True, text=True, timeout=900)
    assert proc.returncode == 0, proc.stdout[-3000:] + proc.stderr[-3000:]
    assert "replaced PyEval_CallObject -> PyObject_CallObject 5 times" in proc.stdout
    assert "OK: durable-rules 2.0.28 works on Python 3.13" in proc.stdout

    # Independently of the script's own check: import, assert a fact, the rule fires.
    proc = subprocess.run([py, "-c", FIRE_CHECK], capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    result = json.loads(proc.stdout)
    assert result["code"] == 0
    assert result["messages"] == {"big_amount": {"m": {"sid": "t1", "item_id": 7, "amount": 5000}}}

    # The installed 2.0.28 satisfies beschluss-rules' pin without a rebuild.
    proc = subprocess.run([py, "-m", "pip", "install", "--no-index", "--no-deps",
                           "durable-rules==2.0.28"], capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0 and "already satisfied" in proc.stdout, proc.stdout + proc.stderr

    # A second run finds the working install and does nothing.
    proc = subprocess.run([py, str(SCRIPT)], capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0 and "nothing to do" in proc.stdout, proc.stdout + proc.stderr

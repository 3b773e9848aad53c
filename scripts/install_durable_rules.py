#!/usr/bin/env python3
"""Install durable-rules 2.0.28 into the interpreter that runs this script.

Usage::

    python scripts/install_durable_rules.py            # install (and verify)
    python scripts/install_durable_rules.py --check    # only verify what is installed
    python scripts/install_durable_rules.py --dry-run  # print the steps, change nothing

Why this exists
---------------
beschluss-rules depends on ``durable-rules==2.0.28``, the last release (2020). It ships
only as a source distribution, so every install compiles its C engine.

* Python 3.11 / 3.12: the release builds and works; this script simply runs
  ``python -m pip install durable-rules==2.0.28``.
* Python 3.13+: CPython 3.13 removed ``PyEval_CallObject``. The release still compiles
  with GCC 12 (implicit declaration, only a warning), but ``import durable_rules_engine``
  then fails with "undefined symbol: PyEval_CallObject"; with GCC 14 (where implicit
  declarations are errors) it does not even compile. Upstream fixed this in
  jruizgit/rules PR #403 (never released) by calling ``PyObject_CallObject`` instead,
  which has the same meaning (callable plus argument tuple or NULL) and exists in every
  Python 3. So on 3.13+ this script downloads the 2.0.28 sdist from PyPI, checks its
  SHA-256, applies that same substitution to the C sources (5 call sites in
  ``src/rulespy/rules.c``) and pip-installs the patched tree. The version stays 2.0.28,
  so a later ``pip install -e .`` of beschluss-rules finds its requirement satisfied.

Compiler flags
--------------
durable-rules' ``setup.py`` *overwrites* ``CFLAGS`` (``environ['CFLAGS'] = '-std=c99
-D_GNU_SOURCE'``), so flags passed in ``CFLAGS`` never reach the compiler. ``CPPFLAGS``
is appended by setuptools to every compile command, so the patched build passes
``-Wno-error=implicit-function-declaration -Wno-error=int-conversion
-Wno-error=incompatible-pointer-types`` there (appended to any ``CPPFLAGS`` you set).
With the patch applied GCC 12 emits none of these diagnostics (also checked with them
turned into errors, as GCC 14 does), so the flags change nothing there; they are a safety
net for stricter compilers. GCC ignores unknown ``-Wno-*`` options and clang knows all
three; on Windows (MSVC) they are not set. ``--no-compat-flags`` leaves them out.

Verification
------------
After installing (and with ``--check``) a subprocess of the same interpreter imports
``durable_rules_engine``, creates a tiny ruleset with the low-level API
(``create_ruleset(name, json)``), asserts one fact (``assert_fact(handle, json)`` ->
``(code, state_offset)``), checks that both matching rules fire, and triggers a queue
callback, which goes through one of the patched ``PyObject_CallObject`` call sites.

Exit status: 0 on success, 1 on any failure (a one-line message on stderr).
Only the standard library is used, so the script runs before anything is installed.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import re
import shlex
import subprocess
import sys
import tarfile
import tempfile
import time
from pathlib import Path

PROG = "install_durable_rules"
DIST_NAME = "durable-rules"
VERSION = "2.0.28"
REQUIREMENT = f"{DIST_NAME}=={VERSION}"
# SHA-256 of durable_rules-2.0.28.tar.gz as served by PyPI (files there are immutable).
SDIST_SHA256 = "053b26f5e48d312d4fa27995243f954671be6eece477f150c059c364eb4d7d61"

# The first CPython version without PyEval_CallObject.
PATCH_FROM = (3, 13)
OLD_CALL = "PyEval_CallObject"
NEW_CALL = "PyObject_CallObject"
# Whole identifier only: PyEval_CallObjectWithKeywords must not become the
# non-existent PyObject_CallObjectWithKeywords.
_OLD_CALL_RE = re.compile(r"\b" + re.escape(OLD_CALL) + r"\b")
# Any PyEval_Call* API left after patching (all of them are gone in 3.13).
_REMOVED_API_RE = re.compile(r"\bPyEval_Call(?:Object|ObjectWithKeywords|Function|Method)\b")
C_SUFFIXES = (".c", ".h")

# Downgrade (never add) errors that newer compilers raise for old C code.
COMPAT_FLAGS = (
    "-Wno-error=implicit-function-declaration",
    "-Wno-error=int-conversion",
    "-Wno-error=incompatible-pointer-types",
)

# durable-rules' setup.py overwrites CFLAGS, so current setuptools compiles the engine without
# any optimisation; -O2 (through CPPFLAGS, which still reaches gcc) makes its C work about 1.8x
# faster (measured: 14.4 -> 7.4 µs per item for assert, drain and retract).
OPT_FLAGS = ("-O2",)

# Runs in a subprocess of the target interpreter; prints one JSON line.
VERIFY_CODE = r"""
import json, sys
out = {"python": sys.version.split()[0]}
try:
    import durable_rules_engine as dre
except Exception as exc:
    out["error"] = "import durable_rules_engine failed: %s: %s" % (type(exc).__name__, exc)
    print(json.dumps(out)); sys.exit(0)
try:
    from importlib.metadata import version
    out["version"] = version("durable-rules")
except Exception as exc:
    out["version"] = None
rules = {
    "r_hello": {"all": [{"m": {"subject": "World"}}]},
    "r_big": {"all": [{"m": {"$gt": {"amount": 100}}}]},
    "r_never": {"all": [{"m": {"subject": "Nobody"}}]},
}
h = dre.create_ruleset("install_check", json.dumps(rules))
code, offset = dre.assert_fact(h, json.dumps({"sid": "s1", "subject": "World", "amount": 500}))
out["assert_code"] = code
fired = []
step = dre.start_action_for_state(h, offset)
messages = step[1] if step else None
while messages:
    fired.extend(json.loads(messages))
    messages = dre.complete_and_start_action(h, offset)
out["fired"] = sorted(fired)
# A queue-message callback on a fresh sid is called through PyObject_CallObject
# (one of the call sites the 3.13 patch changes); the assert is then deferred (3).
calls = []
def on_queue(*args):
    calls.append(list(args))
    return 0
h2 = dre.create_ruleset("install_check_cb", json.dumps(rules))
dre.set_queue_message_callback(h2, on_queue)
out["deferred_code"] = dre.assert_fact(h2, json.dumps({"sid": "s2", "subject": "World"}))[0]
out["callback_calls"] = calls
print(json.dumps(out))
"""


class InstallError(Exception):
    """A failure reported to the user as one line."""


# --------------------------------------------------------------------------- pure parts

def needs_patch(version_info: tuple[int, ...] = tuple(sys.version_info)) -> bool:
    """True when the released sources do not work on this Python (3.13 and later)."""
    return tuple(version_info[:2]) >= PATCH_FROM


def patch_text(text: str) -> tuple[str, int]:
    """Replace every ``PyEval_CallObject`` identifier; return (new text, count).

    Idempotent: patched text contains no ``PyEval_CallObject``, so a second call
    returns it unchanged with count 0.
    """
    return _OLD_CALL_RE.subn(NEW_CALL, text)


def patch_source_tree(root: Path) -> dict[str, int]:
    """Patch all .c/.h files under ``root`` in place; return {relative path: count}.

    Raises InstallError when nothing was replaced (wrong tree, or already patched) or
    when a removed ``PyEval_Call*`` API is still used afterwards.
    """
    root = Path(root)
    counts: dict[str, int] = {}
    leftovers: list[str] = []
    for path in sorted(p for p in root.rglob("*") if p.suffix in C_SUFFIXES and p.is_file()):
        # surrogateescape + newline="" round-trips any bytes and line endings unchanged.
        with open(path, encoding="utf-8", errors="surrogateescape", newline="") as fh:
            text = fh.read()
        new_text, n = patch_text(text)
        rel = path.relative_to(root).as_posix()
        if n:
            with open(path, "w", encoding="utf-8", errors="surrogateescape", newline="") as fh:
                fh.write(new_text)
            counts[rel] = n
        leftovers += [f"{rel}: {m}" for m in sorted(set(_REMOVED_API_RE.findall(new_text)))]
    if not counts:
        raise InstallError(f"no {OLD_CALL} found in the .c/.h files under {root} "
                           "(not the durable-rules 2.0.28 sources, or already patched)")
    if leftovers:
        raise InstallError("API removed in Python 3.13 still used after patching: "
                           + ", ".join(leftovers))
    return counts


def compat_env(base: dict[str, str] | None = None, platform: str = sys.platform) -> dict[str, str]:
    """Environment for the build: OPT_FLAGS and COMPAT_FLAGS appended to CPPFLAGS (not on Windows).

    CPPFLAGS, not CFLAGS, because durable-rules' setup.py overwrites CFLAGS.
    """
    env = dict(os.environ if base is None else base)
    if platform != "win32":
        env["CPPFLAGS"] = " ".join(filter(None, [env.get("CPPFLAGS", "").strip(), *OPT_FLAGS, *COMPAT_FLAGS]))
    return env


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(1 << 16), b""):
            digest.update(block)
    return digest.hexdigest()


def find_sdist(directory: Path) -> Path:
    """The one durable-rules 2.0.28 sdist that ``pip download`` left in ``directory``."""
    found = sorted(p for p in Path(directory).iterdir()
                   if re.fullmatch(rf"durable[-_]rules-{re.escape(VERSION)}\.tar\.gz", p.name))
    if len(found) != 1:
        names = ", ".join(p.name for p in Path(directory).iterdir()) or "nothing"
        raise InstallError(f"expected one durable_rules-{VERSION}.tar.gz, found: {names}")
    return found[0]


def unpack_sdist(archive: Path, dest: Path) -> Path:
    """Unpack ``archive`` into ``dest``; return the directory holding setup.py."""
    dest = Path(dest)
    dest.mkdir(parents=True, exist_ok=True)
    try:
        with tarfile.open(archive, "r:gz") as tar:
            if hasattr(tarfile, "data_filter"):
                tar.extractall(dest, filter="data")
            else:  # Pythons without extraction filters: refuse unsafe members ourselves.
                for member in tar.getmembers():
                    target = (dest / member.name).resolve()
                    if not (member.isfile() or member.isdir()) or not str(target).startswith(
                            str(dest.resolve()) + os.sep):
                        raise InstallError(f"unsafe member in {archive.name}: {member.name}")
                tar.extractall(dest)
    except (tarfile.TarError, OSError) as exc:
        raise InstallError(f"cannot unpack {Path(archive).name}: {exc}") from None
    tops = [p for p in dest.iterdir() if (p / "setup.py").is_file()]
    if len(tops) != 1:
        raise InstallError(f"{archive.name} does not contain one source tree with setup.py")
    return tops[0]


# --------------------------------------------------------------------------- running

def _fmt(cmd: list[str]) -> str:
    return " ".join(shlex.quote(str(c)) for c in cmd)


def run(cmd: list[str], what: str, env: dict[str, str] | None = None) -> float:
    """Run ``cmd`` (output goes to the terminal); return seconds taken."""
    print(f"[{PROG}] $ {_fmt(cmd)}", flush=True)
    start = time.monotonic()
    try:
        proc = subprocess.run(cmd, env=env)
    except OSError as exc:
        raise InstallError(f"{what}: cannot run {cmd[0]}: {exc}") from None
    seconds = time.monotonic() - start
    if proc.returncode != 0:
        raise InstallError(f"{what} failed (exit {proc.returncode}); see the pip output above")
    return seconds


def verify(python: str = sys.executable) -> dict:
    """Run VERIFY_CODE in ``python``; return its report (with "error" on failure)."""
    try:
        proc = subprocess.run([python, "-c", VERIFY_CODE], capture_output=True, text=True,
                              timeout=120)
    except (OSError, subprocess.TimeoutExpired) as exc:
        return {"error": f"could not run the check: {exc}"}
    lines = proc.stdout.strip().splitlines()
    try:
        report = json.loads(lines[-1]) if lines else {}
    except ValueError:
        report = {}
    if proc.returncode != 0 or not report:
        last = (proc.stderr.strip().splitlines() or [f"exit {proc.returncode}"])[-1]
        return {**report, "error": f"check crashed: {last}"}
    if "error" in report:
        return report
    problems = []
    if report.get("version") != VERSION:
        problems.append(f"installed version is {report.get('version')}, not {VERSION}")
    if report.get("assert_code") != 0 or report.get("fired") != ["r_big", "r_hello"]:
        problems.append(f"fact did not fire r_big and r_hello (code {report.get('assert_code')}, "
                        f"fired {report.get('fired')})")
    if report.get("deferred_code") != 3 or len(report.get("callback_calls") or []) != 1:
        problems.append("queue callback (PyObject_CallObject path) was not called once")
    if problems:
        report["error"] = "; ".join(problems)
    return report


def describe(report: dict) -> str:
    return (f"durable-rules {report.get('version')} works on Python {report.get('python')}: "
            f"fact fired {', '.join(report.get('fired', []))}; callback called")


def install(python: str, force_patch: bool, compat_flags: bool, dry_run: bool,
            keep: Path | None, verbose: bool = False, reinstall: bool = False) -> None:
    pip = [python, "-m", "pip"] + (["-v"] if verbose else [])
    if not (force_patch or needs_patch()):
        # Built from source here with the flags above; --no-cache-dir so that a wheel pip built
        # earlier without optimisation is not reused.
        cmd = pip + ["install", "--no-cache-dir", "--no-binary", DIST_NAME] + (
            ["--force-reinstall"] if reinstall else []) + [REQUIREMENT]
        env = compat_env() if compat_flags else dict(os.environ)
        if dry_run:
            print(f"[{PROG}] would run: {_fmt(cmd)}")
            return
        seconds = run(cmd, "pip install", env=env)
        print(f"[{PROG}] pip install took {seconds:.1f} s")
        return

    env = compat_env() if compat_flags else dict(os.environ)
    if dry_run:
        tmp = "<TMP>"
        print(f"[{PROG}] Python {sys.version.split()[0]}: building a patched {REQUIREMENT}")
        download_cmd = pip + ["download", "--no-deps", "--no-binary", DIST_NAME, REQUIREMENT,
                              "-d", tmp]
        print(f"[{PROG}] would run: {_fmt(download_cmd)}")
        print(f"[{PROG}] would check sha256 {SDIST_SHA256}, unpack it, and replace "
              f"{OLD_CALL} -> {NEW_CALL} in its .c/.h files")
        if compat_flags and "CPPFLAGS" in env:
            print(f"[{PROG}] would set CPPFLAGS={shlex.quote(env['CPPFLAGS'])}")
        install_cmd = pip + ["install", "--no-cache-dir", "--no-deps", "--force-reinstall",
                             f"{tmp}/durable_rules-{VERSION}"]
        print(f"[{PROG}] would run: {_fmt(install_cmd)}")
        return

    with tempfile.TemporaryDirectory(prefix="durable-rules-") as tmpdir:
        work = Path(keep) if keep else Path(tmpdir)
        work.mkdir(parents=True, exist_ok=True)
        download = work / "download"
        download.mkdir(exist_ok=True)
        # "--no-binary durable-rules", not ":all:": the latter also forces the build
        # backend (setuptools) of pip's isolated metadata step to be built from source
        # (9 s instead of 5.6 s here, and one more thing that can fail). durable-rules
        # has no wheels on PyPI, so both fetch the same sdist (sha256 checked below).
        seconds = run(pip + ["download", "--no-deps", "--no-binary", DIST_NAME, REQUIREMENT,
                             "-d", str(download)], "pip download")
        print(f"[{PROG}] download took {seconds:.1f} s")
        archive = find_sdist(download)
        digest = sha256_of(archive)
        if digest != SDIST_SHA256:
            raise InstallError(f"{archive.name} has sha256 {digest}, expected {SDIST_SHA256}")
        source = unpack_sdist(archive, work / "src")
        counts = patch_source_tree(source)
        total = sum(counts.values())
        detail = ", ".join(f"{path}: {n}" for path, n in counts.items())
        print(f"[{PROG}] replaced {OLD_CALL} -> {NEW_CALL} {total} times ({detail})")
        if compat_flags and "CPPFLAGS" in env:
            print(f"[{PROG}] CPPFLAGS={env['CPPFLAGS']}")
        # --no-cache-dir: a wheel cached under this throw-away path would never be reused.
        seconds = run(pip + ["install", "--no-cache-dir", "--no-deps", "--force-reinstall",
                             str(source)], "pip install of the patched sources", env=env)
        print(f"[{PROG}] build and install (compile) took {seconds:.1f} s")
        if keep:
            print(f"[{PROG}] patched sources kept in {source}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog=PROG,
        description=f"Install {REQUIREMENT} into this interpreter ({sys.executable}); "
                    "on Python 3.13+ build it from the sdist with the PyEval_CallObject fix.")
    parser.add_argument("--check", action="store_true",
                        help="only check that durable_rules_engine imports and fires a rule")
    parser.add_argument("--dry-run", action="store_true", help="print the steps, change nothing")
    parser.add_argument("--force", action="store_true",
                        help="(re)install even if a working durable-rules 2.0.28 is present")
    parser.add_argument("--patch", action="store_true",
                        help="build the patched sdist even on Python < 3.13")
    parser.add_argument("--no-compat-flags", action="store_true",
                        help="do not add the -Wno-error=... flags to CPPFLAGS")
    parser.add_argument("--keep", metavar="DIR", type=Path,
                        help="download, unpack and patch in DIR and keep it")
    parser.add_argument("-v", "--verbose", action="store_true",
                        help="pass -v to pip (shows the compiler commands)")
    args = parser.parse_args(argv)

    try:
        if args.check:
            report = verify()
            if "error" in report:
                raise InstallError(report["error"])
            print(f"[{PROG}] OK: {describe(report)}")
            return 0

        if not args.force and not args.dry_run:
            report = verify()
            if "error" not in report:
                print(f"[{PROG}] already installed, nothing to do: {describe(report)}")
                return 0

        install(sys.executable, force_patch=args.patch, compat_flags=not args.no_compat_flags,
                dry_run=args.dry_run, keep=args.keep, verbose=args.verbose, reinstall=args.force)
        if args.dry_run:
            print(f"[{PROG}] would then verify: import durable_rules_engine, assert a fact, "
                  "expect two rules to fire and the queue callback to be called")
            return 0

        report = verify()
        if "error" in report:
            raise InstallError(f"installed, but the check failed: {report['error']}")
        print(f"[{PROG}] OK: {describe(report)}")
        return 0
    except InstallError as exc:
        print(f"{PROG}: error: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print(f"{PROG}: error: interrupted", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())

"""Run every fuzz target for a while: ``python fuzz/run.py [--seconds 15] [--targets text,oparl]``.

Each target runs in its own process (libFuzzer via atheris), on a fresh corpus seeded from the
test fixtures (:func:`targets.seeds`). A crash leaves ``fuzz/crashes/crash-<target>-*`` (the
input) and makes this script exit 1; turn it into a regression test in
``tests/test_fuzz_regressions.py``. Without atheris (e.g. on a Python it does not support yet)
the script says so and exits 0: the Hypothesis properties still run in the test suite.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--seconds", type=int, default=15)
    parser.add_argument("--targets", default="text,markdown,oparl,docx")
    args = parser.parse_args()
    try:
        import atheris  # noqa: F401
    except ImportError:
        print("fuzz: atheris is not installed for this Python; fuzz targets skipped "
              "(pip install atheris)")
        return 0
    sys.path.insert(0, str(HERE))
    from targets import seeds

    crashes = HERE / "crashes"
    crashes.mkdir(exist_ok=True)
    failed = []
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [str(HERE), os.environ.get("PYTHONPATH")]))}
    for name in args.targets.split(","):
        with tempfile.TemporaryDirectory(prefix=f"fuzz-{name}-") as corpus:
            for index, seed in enumerate(seeds(name)):
                Path(corpus, f"seed-{index}").write_bytes(seed)
            command = [sys.executable, str(HERE / f"fuzz_{name}.py"), f"-max_total_time={args.seconds}",
                       "-rss_limit_mb=3072", "-timeout=20", f"-artifact_prefix={crashes}/crash-{name}-",
                       "-print_final_stats=1", corpus]
            run = subprocess.run(command, env=env, capture_output=True, text=True, check=False)
            stats = [line for line in run.stderr.splitlines() if line.startswith(("stat::number_of_executed_units",
                                                                                   "#"))]
            print(f"fuzz {name}: exit {run.returncode}; {stats[-1] if stats else ''}")
            if run.returncode != 0:
                failed.append(name)
                print(run.stderr[-4000:])
    if failed:
        print(f"fuzz: crashes in {', '.join(failed)}; inputs in {crashes}")
        return 1
    print("fuzz: no crash")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

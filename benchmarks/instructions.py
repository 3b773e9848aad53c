"""Engine cost in CPU instructions per item: a measure a busy machine cannot disturb.

Wall-clock figures on a shared machine move by up to 2× from one minute to the next (see
``bench.py``). ``valgrind --tool=callgrind`` counts the instructions a process executes, which is
the same for the same binary and input whatever else the machine does. This script runs itself
under callgrind once per path with no items (the set-up: imports, rule base, ruleset) and once
with ``--items`` generated items, and prints the difference per item for durable_rules and the
reference evaluator, and their ratio.

    python benchmarks/instructions.py              # 3,000 items per path (about 4 minutes)
    python benchmarks/instructions.py --papers     # per corpus paper, end to end (about 3 minutes)
    python benchmarks/instructions.py --jobs       # --jobs 1 against --jobs 2, per paper (about 10 minutes)
    python benchmarks/instructions.py --pickle     # pickling a result and back, per result (about 1 minute)
    python benchmarks/instructions.py --quick      # no valgrind: runs each path once (for tests)

``--papers`` counts what checking a paper costs, reading included: every sixth paper of the
corpus samples (Karlsruhe, Nordstemmen; text and OParl JSON), each seen for the first time after a
warm-up on other corpus papers (lazily compiled patterns, the rule base), minus the warm-up alone.

``--jobs`` counts what ``--jobs 2`` costs beside ``--jobs 1`` (the corpus samples once, after the
parent has checked them once, so that both start warm): the parent's own instructions and each
worker's. A forked worker's count starts from its parent's at the fork; the parent's count at
the fork is taken as that of a run that stops there (``jobs0``), so a worker's own share is its
count minus that (a slight overestimate: the stopping run's count includes its interpreter's
exit).

``--pickle`` counts what sending a result from a worker to the parent costs: the results of
every corpus paper (checked here, without valgrind, and handed to the counted runs in a file)
pickled in chunks of 64 as the workers send them, and unpickled; only ``pickle.dumps`` and
``pickle.loads`` are counted (callgrind's ``--toggle-collect``), so the rest of the run does not
matter.

Needs valgrind (``apt install valgrind``); without it the script says so and exits 0.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PATHS = ("durable", "reference")


def run_path(path: str, count: int) -> None:
    """Child mode: set up, then match ``count`` generated items on ``path``."""
    sys.path.insert(0, str(ROOT / "src"))
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from bench import facts_for, generated_items
    from beschluss_rules.rulebase.loader import load_rule_base
    from beschluss_rules.verdict.checker import Checker

    rule_base = load_rule_base()
    checker = Checker(rule_base)
    facts = facts_for(rule_base, checker.matcher.compiled, generated_items(rule_base, 3000))[:count]
    match = checker.matcher.durable.match if path == "durable" else checker.matcher.reference.match
    for fact in facts:
        match(fact)


def sample_papers() -> tuple[list[str], list[str]]:
    """The measured papers (every sixth corpus paper) and the warm-up papers (others)."""
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from bench import corpus_papers

    papers = corpus_papers()
    # Per town, its text files, then its OParl JSON (so that a paper's two files are not both
    # in the sample, one after the other).
    ordered = [p for town in ("karlsruhe", "nordstemmen") for suffix in (".txt", ".json")
               for p in papers if Path(p).parent.parent.name == town and p.endswith(suffix)]
    return ordered[::6], ordered[3::6]


def run_papers(count: int) -> None:
    """Child mode: set up, warm up on other papers, then check the sample ``count`` times."""
    import datetime as dt

    sys.path.insert(0, str(ROOT / "src"))
    from beschluss_rules.verdict.batch import check_many
    from beschluss_rules.verdict.checker import Checker, CheckOptions

    sample, warm = sample_papers()
    checker, options = Checker(), CheckOptions(date=dt.date(2021, 6, 1))
    check_many(warm, options=options, checker=checker)
    for _ in range(count):
        check_many(sample, options=options, checker=checker)


def run_jobs(jobs: int) -> None:
    """Child mode: check the corpus samples once (warm-up), then again with ``jobs`` jobs (0: not)."""
    import datetime as dt

    sys.path.insert(0, str(ROOT / "src"))
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from bench import corpus_papers
    from beschluss_rules.verdict.batch import check_many
    from beschluss_rules.verdict.checker import Checker, CheckOptions

    papers = corpus_papers()
    checker, options = Checker(), CheckOptions(date=dt.date(2021, 6, 1))
    check_many(papers, options=options, checker=checker)
    if jobs:
        check_many(papers, jobs=jobs, options=options, checker=checker)


def run_pickle(results_file: str) -> None:
    """Child mode: pickle the results in ``results_file`` in chunks of 64, then unpickle them."""
    import pickle

    sys.path.insert(0, str(ROOT / "src"))
    with open(results_file, "rb") as stream:
        per_file = pickle.load(stream)
    chunks = [per_file[start:start + 64] for start in range(0, len(per_file), 64)]
    blobs = [pickle.dumps(chunk) for chunk in chunks]
    if [pickle.loads(blob) for blob in blobs] != chunks:
        raise SystemExit("a result did not come back equal")


def measure_pickle() -> None:
    import datetime as dt
    import pickle
    import tempfile

    sys.path.insert(0, str(ROOT / "src"))
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from bench import corpus_papers
    from beschluss_rules.verdict.checker import Checker, CheckOptions

    papers = corpus_papers(sources=("karlsruhe", "nordstemmen", "huertgenwald"))
    if not papers:
        print("no corpus (set BESCHLUSS_CORPUS): nothing to measure")
        return
    checker, options = Checker(), CheckOptions(date=dt.date(2021, 6, 1))
    per_file = [checker.check_file(paper, options) for paper in papers]
    count = sum(len(results) for results in per_file)
    with tempfile.TemporaryDirectory() as scratch:
        results_file = os.path.join(scratch, "results.pickle")
        with open(results_file, "wb") as stream:
            pickle.dump(per_file, stream)
        size = sum(len(pickle.dumps(per_file[start:start + 64])) for start in range(0, len(per_file), 64))
        counts = {}
        for function in ("_pickle_dumps", "_pickle_loads"):
            done = subprocess.run(
                ["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null", "--collect-atstart=no",
                 f"--toggle-collect={function}", sys.executable, __file__, "--child", "pickle", results_file],
                capture_output=True, text=True, check=True)
            found = re.search(r"Collected\s*:\s*(\d+)", done.stderr)
            counts[function] = int(found.group(1)) if found else 0
    if not all(counts.values()):
        print("callgrind counted nothing: the pickle module has no symbols to toggle on here")
        return
    print(f"# pickling a result and back (callgrind), {count} results of {len(papers)} corpus files, chunks of 64")
    print(f"  pickle.dumps: {counts['_pickle_dumps'] / count:,.0f} instructions per result")
    print(f"  pickle.loads: {counts['_pickle_loads'] / count:,.0f} instructions per result")
    print(f"  {size / count:,.0f} bytes per result")


def process_counts(child: list[str]) -> dict[int, int]:
    """Instructions callgrind counts for every process of a child run, by process id, the first
    process (the parent) first."""
    done = subprocess.run(
        ["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null", sys.executable, __file__, "--child", *child],
        capture_output=True, text=True, check=True, env=dict(os.environ, BESCHLUSS_RULES_NO_CACHE="1"),
    )
    counts = {int(pid): int(count) for pid, count in re.findall(r"==(\d+)== Collected\s*:\s*(\d+)", done.stderr)}
    first = re.search(r"==(\d+)==", done.stderr)
    parent = int(first.group(1)) if first else min(counts)
    return {parent: counts.pop(parent), **counts}


def measure_jobs() -> None:
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from bench import corpus_papers

    count = len(corpus_papers())
    if not count:
        print("no corpus (set BESCHLUSS_CORPUS): nothing to measure")
        return
    (base,) = process_counts(["jobs", "0"]).values()
    (one,) = process_counts(["jobs", "1"]).values()
    two = process_counts(["jobs", "2"])
    parent = two.pop(next(iter(two))) - base
    workers = [total - base for total in two.values()]
    single = one - base
    print(f"# instructions per paper, --jobs 1 against --jobs 2 (callgrind), {count} corpus papers after a warm-up")
    print(f"  --jobs 1: {single / count / 1e6:.2f} M")
    print(f"  --jobs 2: {(parent + sum(workers)) / count / 1e6:.2f} M = parent {parent / count / 1e6:.2f} M + "
          f"workers {' + '.join(f'{w / count / 1e6:.2f} M' for w in workers)}")
    print(f"  ratio 2 jobs / 1 job: {(parent + sum(workers)) / single:.3f} (workers alone {sum(workers) / single:.3f})")


def instructions(path: str, count: int) -> int:
    """Instructions callgrind counts for a child run of ``path`` with ``count`` items."""
    done = subprocess.run(
        ["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null", sys.executable,
         __file__, "--child", path, str(count)],
        capture_output=True, text=True, check=True,
        env=dict(os.environ, BESCHLUSS_RULES_NO_CACHE="1"),
    )
    found = re.search(r"Collected\s*:\s*(\d+)", done.stderr)
    if not found:
        raise SystemExit(f"callgrind printed no count:\n{done.stderr[-2000:]}")
    return int(found.group(1))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--items", type=int, default=3000, help="items per path (at most 3000)")
    parser.add_argument("--quick", action="store_true", help="no valgrind: run each path once on 20 items")
    parser.add_argument("--papers", action="store_true", help="instructions per corpus paper, end to end")
    parser.add_argument("--jobs", action="store_true", help="instructions of --jobs 2 against --jobs 1")
    parser.add_argument("--pickle", action="store_true", help="instructions to pickle a result and back")
    parser.add_argument("--child", nargs=2, metavar=("PATH", "COUNT"), help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        if args.child[0] == "papers":
            run_papers(int(args.child[1]))
        elif args.child[0] == "jobs":
            run_jobs(int(args.child[1]))
        elif args.child[0] == "pickle":
            run_pickle(args.child[1])
        else:
            run_path(args.child[0], int(args.child[1]))
        return 0
    if args.pickle and shutil.which("valgrind") is not None:
        measure_pickle()
        return 0
    if args.jobs and shutil.which("valgrind") is not None:
        measure_jobs()
        return 0
    if args.papers and shutil.which("valgrind") is not None:
        sample = sample_papers()[0]
        if not sample:
            print("no corpus (set BESCHLUSS_CORPUS): nothing to measure")
            return 0
        base, total = instructions("papers", 0), instructions("papers", 1)
        print(f"# instructions per paper, end to end (callgrind): {(total - base) / len(sample) / 1e6:.2f} M "
              f"over {len(sample)} corpus papers (set-up and warm-up {base:,})")
        return 0
    if args.quick:
        for path in PATHS:
            run_path(path, 20)
        print("ran both paths on 20 items (no instruction counts with --quick)")
        return 0
    if shutil.which("valgrind") is None:
        print("valgrind is not installed: nothing to measure (apt install valgrind)")
        return 0
    count = max(1, min(args.items, 3000))
    print(f"# instructions per item, {count:,} generated items, shipped rule base (callgrind)")
    per_item = {}
    for path in PATHS:
        base = instructions(path, 0)
        total = instructions(path, count)
        per_item[path] = (total - base) / count
        print(f"  {path:10s} {per_item[path]:>10,.0f} instructions/item  (set-up {base:,})")
    print(f"  ratio durable / reference: {per_item['durable'] / per_item['reference']:.2f}×")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Benchmarks of beschluss-rules: engine throughput, end to end, memory, scaling.

    python benchmarks/bench.py            # everything, full size (a few minutes on 2 cores)
    python benchmarks/bench.py engine     # one section: engine, e2e, memory, scaling
    python benchmarks/bench.py jobs       # only --jobs 1 against --jobs 2 (10,000 papers; --papers N)
    python benchmarks/bench.py --quick    # tiny sizes (what the test suite runs)

Every section prints its figures and the ratios between the paths it compares, measured in the
same run on the same inputs. Results of the compared paths are checked to be identical.
"""

from __future__ import annotations

import argparse
import datetime as dt
import gc
import os
import platform
import random
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import attrs

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from beschluss_rules.engine._durable import DurableEvaluator  # noqa: E402
from beschluss_rules.engine.compile import compile_rules  # noqa: E402
from beschluss_rules.engine.facts import make_fact  # noqa: E402
from beschluss_rules.engine.reference import NaiveEvaluator, ReferenceEvaluator  # noqa: E402
from beschluss_rules.model import BODY_KINDS, LEGAL_FORMS, URGENCY_VALUES, Body, DecisionItem  # noqa: E402
from beschluss_rules.rulebase.loader import load_rule_base  # noqa: E402
from beschluss_rules.verdict.checker import Checker, CheckOptions  # noqa: E402

EXAMPLE = ROOT / "examples" / "heinsberg-beitritt-netzwerk-innenstadt.txt"
#: A corpus of real council papers: $BESCHLUSS_CORPUS, else the folder CI keeps beside the project.
CORPUS = Path(os.environ.get("BESCHLUSS_CORPUS", ROOT.parent / "shared" / "corpus"))
DAY = dt.date(2021, 6, 1)


def rss_mb() -> float:
    """Resident memory now (Linux /proc), in MiB."""
    try:
        with open("/proc/self/statm") as handle:
            return int(handle.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20
    except OSError:
        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def generated_items(rule_base, count: int, seed: int = 7) -> list[DecisionItem]:
    rnd = random.Random(seed)
    matters = sorted(rule_base.vocabulary.matters)
    items = []
    for _ in range(count):
        items.append(DecisionItem(
            index=1, text="", body=Body("Gremium", (rnd.choice(BODY_KINDS),)),
            matters=tuple(rnd.sample(matters, rnd.choice((0, 1, 1, 1, 2)))),
            legal_form=rnd.choice(LEGAL_FORMS),
            amount_cents=rnd.choice((None, rnd.randrange(0, 10**9))),
            urgency=rnd.choice(URGENCY_VALUES),
        ))
    return items


def facts_for(rule_base, compiled, items, ags=None):
    rnd = random.Random(3)
    return [make_fact(item, land="nw", day=DAY + dt.timedelta(days=rnd.randrange(0, 1500)),
                      municipality=ags, kreisfrei=False, matters=compiled.matters,
                      private_forms=rule_base.vocabulary.private_forms) for item in items]


def timed(function, facts, repeat: int = 3) -> tuple[float, list]:
    """Best of ``repeat`` runs: seconds, and the results of the last run."""
    best = float("inf")
    results: list = []
    for _ in range(repeat):
        gc.collect()
        start = time.perf_counter()
        results = [function(fact) for fact in facts]
        best = min(best, time.perf_counter() - start)
    return best, results


def interleaved(paths: dict, facts, repeat: int) -> tuple[dict[str, float], dict[str, list]]:
    """Best time of each path over ``repeat`` rounds that run every path once, in turn.

    On a shared machine the speed changes from second to second (measured here: the same path
    1.9× apart in runs a minute apart); taking every path's best over the same rounds keeps their
    ratio fair even when the absolute figures move.
    """
    best = dict.fromkeys(paths, float("inf"))
    results: dict[str, list] = {}
    for _ in range(repeat):
        for name, function in paths.items():
            seconds, results[name] = timed(function, facts, repeat=1)
            best[name] = min(best[name], seconds)
    return best, results


def section_engine(quick: bool) -> None:
    print("\n## Engine throughput (shipped rule base, generated items, one core)")
    rule_base = load_rule_base()
    checker = Checker(rule_base)
    compiled = checker.matcher.compiled
    items = generated_items(rule_base, 500 if quick else 20_000)
    facts = facts_for(rule_base, compiled, items)
    rounds = 2 if quick else 7
    print(f"  (best of {rounds} interleaved rounds; each round runs every path once over the same items)")
    paths = {
        "durable_rules (production engine)": checker.matcher.durable.match,
        "reference evaluator (indexed Python)": checker.matcher.reference.match,
        "naive Python loop over the rules": NaiveEvaluator(compiled).match,
        "production path (durable + cross-check)": checker.matcher.match,
    }
    times, results = interleaved(paths, facts, repeat=rounds)
    for name, seconds in times.items():
        print(f"  {name:44s} {len(facts) / seconds:>11,.0f} items/s  {seconds / len(facts) * 1e6:7.1f} µs/item")
    first = next(iter(results.values()))
    assert all(r == first for r in results.values()), "the evaluators disagree"
    durable = times["durable_rules (production engine)"]
    print(f"  ratio durable / reference time: {durable / times['reference evaluator (indexed Python)']:.2f}×; "
          f"durable / naive: {durable / times['naive Python loop over the rules']:.2f}×")
    print(f"  {len(compiled.rules)} rules; results identical on {len(facts):,} items")
    text = EXAMPLE.read_text(encoding="utf-8")
    options = CheckOptions(date=DAY)
    latencies = []
    for _ in range(50 if quick else 2000):
        start = time.perf_counter()
        checker.check_text(text, "heinsberg.txt", options)
        latencies.append(time.perf_counter() - start)
    latencies.sort()
    print(f"  single paper (Heinsberg, read + check): p50 {statistics.median(latencies) * 1e3:.2f} ms, "
          f"p99 {latencies[int(len(latencies) * 0.99) - 1] * 1e3:.2f} ms")


def corpus_papers(limit: int | None = None, sources: tuple[str, ...] = ("karlsruhe", "nordstemmen")) -> list[str]:
    """The corpus papers (text and OParl JSON) in the order `beschluss-rules check <folder>` takes
    them: sorted by path, so a paper's JSON and its text file come one after the other."""
    papers: list[str] = []
    for source in sources:
        folder = CORPUS / source / "papers"
        if folder.is_dir():
            papers += sorted(str(p) for p in folder.iterdir() if p.suffix in (".txt", ".json"))
    return papers[:limit] if limit else papers


def repeated_papers(papers: list[str], count: int, folder: Path) -> list[str]:
    """``count`` papers in ``folder``: the files of ``papers`` again and again, as symbolic links
    (copies where links are not possible). A paper's text beside its OParl JSON keeps its name
    (``r03-<source>-<name>.txt`` next to ``r03-<source>-<name>.json``), so the JSON finds it."""
    out: list[str] = []
    round_ = 0
    while len(out) < count:
        for paper in papers:
            if len(out) >= count:
                break
            source = Path(paper).parent.parent.name
            target = folder / f"r{round_:03d}-{source}-{Path(paper).name}"
            try:
                target.symlink_to(paper)
            except OSError:
                target.write_bytes(Path(paper).read_bytes())
            out.append(str(target))
        round_ += 1
    return out


def _cpu_now() -> tuple[float, float]:
    """CPU seconds (user + system) of this process and of its finished child processes."""
    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime, children.ru_utime + children.ru_stime


def _cold_start(env: dict, runs: int) -> float:
    """Median wall time of `beschluss-rules check --date ... one-paper.txt` in a fresh process."""
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run([sys.executable, "-m", "beschluss_rules", "check", "--date", "2021-09-01", str(EXAMPLE)],
                       env=env, capture_output=True, check=False)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def _cli_folder(env: dict, runs: int) -> None:
    """`beschluss-rules check <corpus folder> --format json` in a fresh process, as a user runs it:
    start-up, the rule base from its cache, compiling the patterns a run needs, the folder walk
    and the JSON report included. Best of ``runs`` by CPU time (user + system of the child)."""
    import json

    command = [sys.executable, "-m", "beschluss_rules", "check", "--date", DAY.isoformat(), "--format", "json",
               str(CORPUS)]
    best_cpu = best_wall = float("inf")
    papers = 0
    for _ in range(runs):
        before = _cpu_now()[1]
        start = time.perf_counter()
        run = subprocess.run(command, env=env, capture_output=True, check=False)
        best_wall = min(best_wall, time.perf_counter() - start)
        best_cpu = min(best_cpu, _cpu_now()[1] - before)
        try:
            papers = json.loads(run.stdout)["summary"]["papers"]
        except (ValueError, KeyError, TypeError):
            print(f"  the CLI over the corpus folder gave no JSON report (exit {run.returncode})")
            return
    print(f"  `beschluss-rules check <corpus folder> --format json` in a fresh process (best of {runs}): "
          f"{papers / best_cpu:,.0f} papers/s by CPU time, {papers / best_wall:,.0f} by wall time "
          f"({papers} papers, {best_cpu:.2f} s CPU, {best_wall:.2f} s wall; start-up and compiling included)")


def section_e2e(quick: bool) -> None:
    from beschluss_rules.verdict.batch import check_many

    print("\n## End to end (beschluss-rules check over the corpus samples)")
    papers = corpus_papers(20 if quick else None)
    if not papers:
        print("  no corpus (set BESCHLUSS_CORPUS): using 200 copies of the Heinsberg example")
        folder = Path(tempfile.mkdtemp())
        papers = []
        for index in range(20 if quick else 200):
            path = folder / f"p{index}.txt"
            path.write_text(EXAMPLE.read_text(encoding="utf-8"), encoding="utf-8")
            papers.append(str(path))
    options = CheckOptions(date=DAY)
    checker = Checker()
    check_many(papers[:5], options=options, checker=checker)  # warm caches
    # One process (one core), by kind of input: best of three runs by CPU time (this process's,
    # which other load on the machine disturbs less than the wall clock), wall time beside it.
    print("  one process (papers per second on one core; best of "
          f"{1 if quick else 3} runs; CPU time of this process, wall time beside it):")
    # "all" counts files: a paper's JSON and its text file in turn, so its text is read twice.
    # "paper (folder walk)" counts papers as `beschluss-rules check <folder>` takes them: a JSON
    # with its text beside it is one paper, read once (cli/discover.py).
    records = {p[:-5] for p in papers if p.endswith(".json")}
    walked = [p for p in papers if not (p.endswith(".txt") and p[:-4] in records)]
    kinds = [("text", papers, ".txt"), ("OParl JSON + text", papers, ".json"), ("all", papers, ""),
             ("paper (folder walk)", walked, "")]
    without_text = corpus_papers(10 if quick else None, ("huertgenwald",))
    if without_text:
        kinds.append(("OParl JSON, no text", without_text, ".json"))
    for kind, pool, suffix in kinds:
        chosen = [p for p in pool if p.endswith(suffix)]
        if not chosen:
            continue
        best_cpu = best_wall = float("inf")
        for _ in range(1 if quick else 3):
            wall, cpu = time.perf_counter(), time.process_time()
            check_many(chosen, options=options, checker=checker)
            best_cpu = min(best_cpu, time.process_time() - cpu)
            best_wall = min(best_wall, time.perf_counter() - wall)
        print(f"    {kind:>20}: {len(chosen) / best_cpu:>7,.0f} papers/s by CPU time, "
              f"{len(chosen) / best_wall:>7,.0f} by wall time  ({len(chosen)} papers, {best_cpu:.2f} s CPU, "
              f"{best_wall:.2f} s wall)")
    _jobs(papers, 200 if quick else 10_000, options, checker)
    repeat = 3 if quick else 10
    start = time.perf_counter()
    subprocess.run([sys.executable, "-c", "pass"], capture_output=True, check=False)
    bare = time.perf_counter() - start
    env = dict(os.environ, PYTHONPATH=str(ROOT / "src"))
    with tempfile.TemporaryDirectory() as scratch:
        # As installed: byte code cached (pip writes it), the rule-base cache filled by a first run.
        installed = dict(env, PYTHONPYCACHEPREFIX=os.path.join(scratch, "pyc"),
                         BESCHLUSS_RULES_CACHE_DIR=os.path.join(scratch, "cache"))
        installed.pop("PYTHONDONTWRITEBYTECODE", None)
        _cold_start(installed, 1)
        warm = _cold_start(installed, repeat)
        no_cache = _cold_start(dict(installed, BESCHLUSS_RULES_NO_CACHE="1"), repeat)
        if CORPUS.is_dir() and not quick:
            _cli_folder(installed, 3)
    here = _cold_start(env, repeat)
    print(f"  cold start of `beschluss-rules check one-paper.txt` (median of {repeat}): {warm:.3f} s "
          f"with byte code and rule-base cache, {no_cache:.3f} s without the rule-base cache, "
          f"{here:.3f} s in this environment (PYTHONDONTWRITEBYTECODE="
          f"{os.environ.get('PYTHONDONTWRITEBYTECODE', '')!r}); bare interpreter {bare:.3f} s")


def _jobs(papers: list[str], count: int, options: CheckOptions, checker: Checker) -> None:
    """``--jobs 1`` against ``--jobs 2`` over ``count`` papers (the corpus files repeated): wall
    time, CPU time of this process and of its workers, and how many cores the run had on average
    (CPU seconds / wall seconds).

    The wall-clock speed-up is the CPU ratio times the cores the two jobs got: on a machine where
    other processes are busy, two workers do not get two cores, whatever the program does. Each
    run starts after a full garbage collection, and the first run's results are kept as their
    JSON text only (the forked workers would otherwise inherit 10,000 result objects)."""
    from beschluss_rules.report.report import render_json
    from beschluss_rules.verdict.batch import check_many

    print(f"  --jobs 1 against --jobs 2 over {count:,} papers (the corpus files, repeated):")
    runs = {}
    with tempfile.TemporaryDirectory() as scratch:
        many = repeated_papers(papers, count, Path(scratch))
        for jobs in (1, 2):
            gc.collect()
            load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
            (own, children), start = _cpu_now(), time.perf_counter()
            results = check_many(many, jobs=jobs, options=options, checker=checker)  # as the CLI does
            seconds = time.perf_counter() - start
            own_after, children_after = _cpu_now()
            cpu = (own_after - own) + (children_after - children)
            runs[jobs] = (seconds, cpu, render_json(results))
            del results
            print(f"    --jobs {jobs}: {len(many) / seconds:>7,.0f} papers/s by wall time ({seconds:.2f} s); "
                  f"CPU {own_after - own:.2f} s this process + {children_after - children:.2f} s workers = "
                  f"{cpu:.2f} s, {len(many) / cpu:,.0f} papers/s per core; {cpu / seconds:.2f} cores busy on "
                  f"average; load average before {load:.2f}")
    (wall1, cpu1, json1), (wall2, cpu2, json2) = runs[1], runs[2]
    print(f"    speed-up with 2 jobs by wall time: {wall1 / wall2:.2f}× = CPU ratio 1 job / 2 jobs "
          f"{cpu1 / cpu2:.2f} × cores the 2 jobs had {cpu2 / wall2:.2f} / cores 1 job had {cpu1 / wall1:.2f} "
          f"(on 2 otherwise idle cores at most {2 * cpu1 / cpu2:.2f}×); identical output: {json1 == json2}")


def section_jobs(quick: bool, count: int | None = None) -> None:
    """The ``--jobs`` comparison of the e2e section on its own, with a fresh checker."""
    print("\n## --jobs (beschluss-rules check over the corpus samples, repeated)")
    papers = corpus_papers(20 if quick else None)
    if not papers:
        print("  no corpus (set BESCHLUSS_CORPUS): nothing to measure")
        return
    options, checker = CheckOptions(date=DAY), Checker()
    from beschluss_rules.verdict.batch import check_many

    check_many(papers[:5], options=options, checker=checker)  # warm caches
    _jobs(papers, count or (200 if quick else 10_000), options, checker)


def _cpu_seconds(function) -> float:
    start = time.process_time()
    function()
    return time.process_time() - start


def section_memory(quick: bool) -> None:
    print("\n## Memory (resident set growth in one process)")
    rule_base = load_rule_base()
    checker = Checker(rule_base)
    compiled = checker.matcher.compiled
    items = generated_items(rule_base, 1000)
    facts = facts_for(rule_base, compiled, items)
    total = 10_000 if quick else 1_000_000
    for fact in facts:
        checker.matcher.match(fact)
    gc.collect()
    before = rss_mb()
    for index in range(total):
        checker.matcher.match(facts[index % len(facts)])
    gc.collect()
    after = rss_mb()
    print(f"  {total:,} item checks: {before:.1f} → {after:.1f} MiB (growth {after - before:+.2f} MiB)")
    text = EXAMPLE.read_text(encoding="utf-8")
    options = CheckOptions(date=DAY)
    papers = 500 if quick else 10_000
    for _ in range(300):  # warm-up: lazily compiled patterns and allocator pools settle first
        checker.check_text(text, "p.txt", options)
    gc.collect()
    before = rss_mb()
    for _ in range(papers):
        checker.check_text(text, "p.txt", options)
    gc.collect()
    after = rss_mb()
    print(f"  {papers:,} paper checks: {before:.1f} → {after:.1f} MiB (growth {after - before:+.2f} MiB)")
    print(f"  facts left in the durable state: {len(checker.matcher.durable.pending_facts())}")


def section_scaling(quick: bool) -> None:
    print("\n## Scaling (time per item against rule count; time per paper against paper size)")
    rule_base = load_rule_base()
    base_rules = [r for r in rule_base.rules if r.municipality is None and r.land == "nw"]
    template = next(r for r in rule_base.rules if r.kind == "delegation")
    matters = sorted(rule_base.vocabulary.matters)
    items = generated_items(rule_base, 300 if quick else 5000)
    previous = None
    for factor in (1, 10, 100):
        rules = list(base_rules)
        per_municipality = len(matters[: len(base_rules) // 2])
        wanted = (factor - 1) * len(base_rules) // max(1, per_municipality)
        # durable_rules takes at most 4096 rules in one ruleset (the compiler refuses more).
        wanted = min(wanted, (4000 - len(base_rules)) // max(1, per_municipality))
        municipalities = [f"{5_000_000 + n:08d}" for n in range(wanted)]
        for n, ags in enumerate(municipalities):
            for k, _matter in enumerate(matters[: len(base_rules) // 2]):
                rules.append(attrs.evolve(
                    template, id=f"local.bench{n}.r{k}", municipality=ags, competent=("x",),
                    when=next(r for r in rule_base.rules if r.when is not None and r.kind == "reserved").when,
                ))
        compiled = compile_rules(rules, rule_base.vocabulary.matters, f"scale{factor}-{len(rules)}")
        durable = DurableEvaluator(compiled)
        reference = ReferenceEvaluator(compiled)
        ags = municipalities[0] if municipalities else None
        facts = facts_for(rule_base, compiled, items, ags=ags)
        times, res = interleaved({"durable": durable.match, "reference": reference.match}, facts,
                                 repeat=1 if quick else 3)
        d_time, r_time = times["durable"], times["reference"]
        assert res["durable"] == res["reference"]
        per_item = d_time / len(facts) * 1e6
        growth = f" ({per_item / previous:.2f}× the previous)" if previous else ""
        print(f"  ×{factor:<3d} {len(rules):5d} rules: durable {per_item:7.1f} µs/item{growth}, "
              f"reference {r_time / len(facts) * 1e6:6.1f} µs/item")
        previous = per_item
    checker = Checker(rule_base)
    text = EXAMPLE.read_text(encoding="utf-8")
    body, proposal = text.split("Beschlussvorschlaq:")
    options = CheckOptions(date=DAY)
    previous = None
    for repeat in (1, 10, 100):
        paper = body * repeat + "Beschlussvorschlaq:" + proposal
        start = time.perf_counter()
        for _ in range(20 if quick else 50):
            checker.check_text(paper, "p.txt", options)
        per_paper = (time.perf_counter() - start) / (20 if quick else 50)
        growth = f" ({per_paper / previous:.1f}× the previous)" if previous else ""
        print(f"  paper of {len(paper) / 1024:7.1f} KiB: {per_paper * 1e3:7.2f} ms{growth}")
        previous = per_paper


SECTIONS = {"engine": section_engine, "e2e": section_e2e, "memory": section_memory, "scaling": section_scaling}
#: Run only when named (the e2e section measures the same as part of it).
EXTRA_SECTIONS = {"jobs": section_jobs}


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sections", nargs="*", metavar="SECTION", help=f"any of {', '.join(SECTIONS)}")
    parser.add_argument("--quick", action="store_true", help="tiny sizes (for the test suite)")
    parser.add_argument("--papers", type=int, default=None, help="papers for the jobs section (default 10,000)")
    args = parser.parse_args(argv)
    print(f"# beschluss-rules benchmarks — Python {platform.python_version()}, {os.cpu_count()} cores, "
          f"{platform.machine()}")
    known = {**SECTIONS, **EXTRA_SECTIONS}
    unknown = [name for name in args.sections if name not in known]
    if unknown:
        parser.error(f"unknown section(s) {', '.join(unknown)}; choose from {', '.join(known)}")
    for name in args.sections or SECTIONS:
        if name == "jobs":
            section_jobs(args.quick, args.papers)
        else:
            known[name](args.quick)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

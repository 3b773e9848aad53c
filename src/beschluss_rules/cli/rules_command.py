"""``beschluss-rules rules lint|test|docs|list|search|site`` and ``beschluss-rules rule ID``: tooling for the rule base.

- ``rules lint [PATH...]``: static checks of rule files, vocabularies and municipality profiles
  (:mod:`beschluss_rules.lint`); ``path:line:col: level lint.<check> message`` or ``--format json``.
  Exit 1 when a finding reaches ``--fail-level`` (default ``error``).
- ``rules test [PATH...]``: runs the rule test cases (YAML, ``tests/cases/`` of a checkout by
  default, with the test-only profiles in ``tests/fixtures/profiles/``) and reports rule-level
  coverage: which rules no case makes fire, which never decide. Exit 1 when a case fails or fire
  coverage is below ``--min-coverage``.
- ``rules docs [--output DIR]``: writes the rule catalogue (:mod:`beschluss_rules.catalogue`),
  by default into ``docs/rules/`` of the checkout; ``--check`` only says whether it is current.
- ``rules site --output DIR``: the catalogue as a static HTML site (:mod:`beschluss_rules.ruletools.site`).
- ``rules list [--land nw] [--format json]``, ``rules search WORD...``: the rules, or those whose
  citation, matter, title or quoted norm text holds every word (:mod:`beschluss_rules.ruletools.finder`);
  a search without a hit exits 1.
- ``rule ID``: one rule's catalogue section in the terminal; a part of an id that only one rule
  has names that rule (``rule 41-1-2-m``), several or none give a list or a suggestion (exit 2).

Exit code 2 for usage errors and files that cannot be read, as everywhere in the CLI.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path
from typing import Any

from ..model import ExitCode
from ..rulebase.types import RuleBase
from .settings import FAIL_LEVELS

__all__ = ["describe", "register", "run"]



def _profile_land(rule_base: RuleBase, municipality: str | None) -> str | None:
    """The Land of the profile a case names (``None`` without a known profile)."""
    profile = rule_base.profile_for(municipality) if municipality else None
    return profile.municipality.land if profile is not None else None


def register(commands: argparse._SubParsersAction[Any]) -> None:
    """Add the ``rules`` command (with ``lint``, ``test``, ``docs``) to the CLI's subcommands."""
    rules = commands.add_parser("rules", help="lint, test and document the rule base / Regelbasis prüfen")
    sub = rules.add_subparsers(dest="rules_command", parser_class=type(rules))

    lint = sub.add_parser("lint", help="static checks of rule files and profiles / Regeldateien prüfen")
    lint.add_argument("paths", nargs="*", metavar="PATH",
                      help="rule base, rule files or folders in one, or municipality profiles (default: the shipped rule base)")
    lint.add_argument("--rules", metavar="DIR", help="rule base for profiles given outside one (default: shipped)")
    lint.add_argument("--format", choices=("text", "json"), default="text")
    lint.add_argument("--lang", choices=("de", "en"), default="de")
    lint.add_argument("--fail-level", choices=FAIL_LEVELS, default="error",
                      help="exit 1 if a finding reaches this level (default error)")
    lint.add_argument("--select", action="append", default=[], metavar="CHECK",
                      help="only these checks (e.g. conflict); repeatable")
    lint.add_argument("--ignore", action="append", default=[], metavar="CHECK",
                      help="leave out these checks (e.g. quoted-text); repeatable")

    test = sub.add_parser("test", help="run rule test cases with coverage / Testfälle mit Abdeckung")
    test.add_argument("paths", nargs="*", metavar="PATH",
                      help="case files or folders (default: tests/cases of the source checkout)")
    test.add_argument("--rules", metavar="DIR", help="use this rule base instead of the shipped one")
    test.add_argument("--profile", action="append", default=None, metavar="FILE",
                      help="extra municipality profiles the cases may name (default with no PATH: "
                      "tests/fixtures/profiles/*.yaml)")
    test.add_argument("--min-coverage", type=float, default=None, metavar="PCT",
                      help="exit 1 if fewer than PCT %% of the rules fire in some case")
    test.add_argument("--format", choices=("text", "json"), default="text")
    test.add_argument("--lang", choices=("de", "en"), default="de")
    test.add_argument("--engine", choices=("durable", "reference"), default="durable", help=argparse.SUPPRESS)

    listing = sub.add_parser("list", help="list the rules / Regeln auflisten")
    search = sub.add_parser("search", help="find rules by norm, matter or quoted text / Regeln suchen")
    search.add_argument("words", nargs="+", metavar="WORD",
                        help="words that must all occur (citation, matter, title, quoted norm text)")
    for finder in (listing, search):
        finder.add_argument("--land", help="only the rules of this Land (nw, bw, ni, ...)")
        finder.add_argument("--rules", metavar="DIR", help="use this rule base instead of the shipped one")
        finder.add_argument("--format", choices=("text", "json"), default="text")
        finder.add_argument("--lang", choices=("de", "en"), default="de")

    site = sub.add_parser("site", help="build the catalogue as a static HTML site / Katalog als HTML")
    site.add_argument("--output", metavar="DIR", required=True,
                      help="target folder (replaced), e.g. build/site")
    site.add_argument("--rules", metavar="DIR", help="use this rule base instead of the shipped one")
    site.add_argument("--cases", metavar="DIR", help="test cases for the examples (default: tests/cases)")

    docs = sub.add_parser("docs", help="write the rule catalogue / Regelkatalog erzeugen")
    docs.add_argument("--output", metavar="DIR", help="target folder (default: docs/rules of the checkout)")
    docs.add_argument("--rules", metavar="DIR", help="use this rule base instead of the shipped one")
    docs.add_argument("--cases", metavar="DIR", help="test cases for the examples (default: tests/cases)")
    docs.add_argument("--check", action="store_true", help="write nothing; exit 1 if the catalogue is stale")
    docs.add_argument("--lang", choices=("de", "en"), default="de")


def _say(lang: str, de: str, en: str) -> str:
    return en if lang == "en" else de


def _checkout() -> Path | None:
    from ..rulebase.loader import default_rules_dir

    root = default_rules_dir().parent
    return root if (root / "tests").is_dir() or (root / "docs").is_dir() else None


def _lint(args: argparse.Namespace) -> int:
    from ..model import Level
    from ..ruletools.lint import CHECKS, LintReport, lint_paths, render_json, render_text

    for name in args.select + args.ignore:
        if name.removeprefix("lint.") not in CHECKS:
            from ..errors import UsageError, did_you_mean

            raise UsageError(f"unknown check {name!r}; checks: {', '.join(CHECKS)}",
                             message_de=f"unbekannte Prüfung {name!r}; Prüfungen: {', '.join(CHECKS)}",
                             suggestion=did_you_mean(name, CHECKS))
    report = lint_paths(args.paths, rules_dir=args.rules)
    selected = {n.removeprefix("lint.") for n in args.select} or set(CHECKS)
    ignored = {n.removeprefix("lint.") for n in args.ignore}
    kept = tuple(f for f in report.findings if f.check in selected and f.check not in ignored)
    report = LintReport(kept, report.root, report.rules, report.profiles, report.files)
    out = render_json(report, args.lang) if args.format == "json" else render_text(report, args.lang)
    sys.stdout.write(out)
    threshold = Level(args.fail_level).rank
    return ExitCode.FINDINGS if any(f.level.rank >= threshold for f in report.findings) else ExitCode.OK


def _test(args: argparse.Namespace) -> int:
    from ..errors import UsageError
    from ..rulebase.loader import load_rule_base
    from ..ruletools.cases import (
        coverage,
        default_cases_dir,
        evaluate_case,
        iter_case_files,
        load_cases,
    )
    from ..verdict.checker import Checker

    lang = args.lang
    paths = [Path(p) for p in args.paths]
    profiles = args.profile
    if not paths:
        default = default_cases_dir()
        if default is None:
            raise UsageError("no test cases given and no tests/cases folder found (installed package?)",
                             message_de="keine Testfälle angegeben und kein Ordner tests/cases gefunden "
                             "(installiertes Paket?)")
        paths = [default]
        if profiles is None:
            profiles = sorted(str(p) for p in (default.parent / "fixtures" / "profiles").glob("*.yaml"))
    for path in paths:
        if not path.exists():
            raise UsageError(f"{path}: no such file or directory", message_de=f"{path}: Datei oder Verzeichnis fehlt")
    rule_base = load_rule_base(args.rules) if args.rules else load_rule_base()
    checker = Checker(rule_base, profiles=profiles or (), engine=args.engine)
    cases = [case for path in paths for file in iter_case_files(path) for case in load_cases(file)]
    outcomes = [evaluate_case(checker, case) for case in cases]
    if args.paths:
        lands = {case.land or _profile_land(checker.rule_base, case.municipality) for case in cases}
        scope = [r for r in checker.rule_base.rules if r.land in lands]
    else:
        scope = list(checker.rule_base.rules)
    cov = coverage(scope, outcomes)
    failed = [o for o in outcomes if not o.passed]
    below = args.min_coverage is not None and cov.fire_percent + 1e-9 < args.min_coverage
    if args.format == "json":
        data = {
            "schema": "beschluss-rules/rule-tests/v1",
            "cases": len(outcomes),
            "passed": len(outcomes) - len(failed),
            "failed": [{"path": _rel(o.case.path), "line": o.case.line, "name": o.case.name,
                        "problems": list(o.problems)} for o in failed],
            "coverage": cov.to_json(),
            "min_coverage": args.min_coverage,
        }
        sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2, sort_keys=True) + "\n")
    else:
        lines = []
        for outcome in failed:
            for problem in outcome.problems:
                lines.append(f"{_rel(outcome.case.path)}:{outcome.case.line}:1: error case-failed "
                             f"{outcome.case.name} — {problem}")
        lines.append(_say(lang, f"{len(outcomes)} Fälle: {len(outcomes) - len(failed)} bestanden, {len(failed)} fehlgeschlagen.",
                          f"{len(outcomes)} cases: {len(outcomes) - len(failed)} passed, {len(failed)} failed."))
        fired = len(cov.rules) - len(cov.never_fired)
        decided = len(cov.decidable) - len(cov.never_decided)
        lines.append(_say(lang, f"Abdeckung: {fired}/{len(cov.rules)} Regeln greifen in einem Fall ({cov.fire_percent:.1f} %); "
                                f"{decided}/{len(cov.decidable)} entscheiden einen Fall ({cov.decide_percent:.1f} %).",
                          f"Coverage: {fired}/{len(cov.rules)} rules fire in some case ({cov.fire_percent:.1f} %); "
                          f"{decided}/{len(cov.decidable)} decide some case ({cov.decide_percent:.1f} %)."))
        if cov.never_fired:
            lines.append(_say(lang, "Greifen in keinem Fall:", "Fire in no case:"))
            lines += [f"  {r}" for r in cov.never_fired]
        if cov.never_decided:
            lines.append(_say(lang, "Entscheiden keinen Fall:", "Decide no case:"))
            lines += [f"  {r}" for r in cov.never_decided]
        if below:
            lines.append(_say(lang, f"Abdeckung {cov.fire_percent:.1f} % liegt unter --min-coverage {args.min_coverage:g} %.",
                              f"Coverage {cov.fire_percent:.1f} % is below --min-coverage {args.min_coverage:g} %."))
        sys.stdout.write("\n".join(lines) + "\n")
    return ExitCode.FINDINGS if failed or below else ExitCode.OK


def _rel(path: str) -> str:
    rel = os.path.relpath(path)
    return path if rel.startswith("..") else rel


def _docs(args: argparse.Namespace) -> int:
    from ..errors import UsageError
    from ..rulebase.loader import load_rule_base
    from ..ruletools.catalogue import catalogue_pages, load_all_cases, write_catalogue

    rule_base = load_rule_base(args.rules) if args.rules else load_rule_base()
    cases = load_all_cases(args.cases)
    if args.output:
        target = Path(args.output)
    else:
        checkout = _checkout()
        if checkout is None:
            raise UsageError("no --output given and no source checkout with docs/ found",
                             message_de="kein --output angegeben und kein Quellbaum mit docs/ gefunden")
        target = checkout / "docs" / "rules"
    if args.check:
        pages = catalogue_pages(rule_base, cases)
        present = {p.name: p.read_text(encoding="utf-8") for p in target.glob("*.md")} if target.is_dir() else {}
        stale = sorted(name for name in set(pages) | set(present) if pages.get(name) != present.get(name))
        for name in stale:
            sys.stdout.write(_say(args.lang, f"{target / name}: veraltet\n", f"{target / name}: stale\n"))
        if stale:
            sys.stdout.write(_say(args.lang, "Katalog neu erzeugen: beschluss-rules rules docs\n",
                                  "Regenerate the catalogue: beschluss-rules rules docs\n"))
        return ExitCode.FINDINGS if stale else ExitCode.OK
    written = write_catalogue(rule_base, target, cases)
    for path in written:
        sys.stdout.write(f"{_rel(str(path))}\n")
    return ExitCode.OK


def _find(args: argparse.Namespace) -> int:
    """``rules list`` and ``rules search``: one line a rule (id, kind, citation, title) or JSON."""
    from ..rulebase.loader import load_rule_base
    from ..ruletools.finder import rule_rows, search_rules

    rule_base = load_rule_base(args.rules) if args.rules else load_rule_base()
    land = args.land.lower() if args.land else None
    if args.rules_command == "search":
        rows = search_rules(rule_base, args.words, land=land, lang=args.lang)
    else:
        rows = rule_rows(rule_base, land=land, lang=args.lang)
    if args.format == "json":
        data = {"schema": "beschluss-rules/rule-list/v1", "rules": [row.to_json() for row in rows]}
        sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")
    else:
        width = max((len(row.id) for row in rows), default=0)
        for row in rows:
            sys.stdout.write(f"{row.id:<{width}}  {row.kind:<11} {row.citation} — {row.title}\n")
        sys.stderr.write(_say(args.lang, f"{len(rows)} Regel(n)\n", f"{len(rows)} rule(s)\n"))
    if args.rules_command == "search" and not rows:
        return ExitCode.FINDINGS
    return ExitCode.OK


def _site(args: argparse.Namespace) -> int:
    from ..rulebase.loader import load_rule_base
    from ..ruletools.catalogue import load_all_cases
    from ..ruletools.site import write_site

    rule_base = load_rule_base(args.rules) if args.rules else load_rule_base()
    written = write_site(rule_base, args.output, load_all_cases(args.cases, strict=False))
    sys.stdout.write(f"{args.output}: {len(written)} Seiten (pages)\n")
    return ExitCode.OK


def run(args: argparse.Namespace) -> int:
    """Run ``beschluss-rules rules ...``; errors of the library propagate to the CLI's handler."""
    command = getattr(args, "rules_command", None)
    if command == "site":
        return _site(args)
    if command in ("list", "search"):
        return _find(args)
    if command == "lint":
        return _lint(args)
    if command == "test":
        return _test(args)
    if command == "docs":
        return _docs(args)
    sys.stderr.write("beschluss-rules rules: lint | test | docs | list | search | site (see --help)\n")
    return ExitCode.ERROR


def describe(args: argparse.Namespace) -> str:
    """``beschluss-rules rule ID``: the rule's catalogue section."""
    from ..rulebase.loader import load_rule_base
    from ..ruletools.catalogue import describe_rule, load_all_cases
    from ..ruletools.finder import resolve_rule_id

    rule_base = load_rule_base(args.rules) if getattr(args, "rules", None) else load_rule_base()
    rule_id = resolve_rule_id(rule_base, args.rule_id)
    return describe_rule(rule_base, rule_id, load_all_cases(strict=False), lang=getattr(args, "lang", None) or "de")

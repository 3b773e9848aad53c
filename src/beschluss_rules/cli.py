"""The command line: ``beschluss-rules check``, ``explain`` and ``rule``.

Exit codes: 0 no finding at error level; 1 error-level findings (e.g. a ``not-competent``
verdict); 2 usage, rule-file or unreadable-input error (one line, no traceback).
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from collections.abc import Sequence

from .errors import BeschlussRulesError

__all__ = ["main"]

EXIT_OK, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        self.print_usage(sys.stderr)
        sys.stderr.write(f"{self.prog}: error: {message}\n")
        raise SystemExit(EXIT_ERROR)


def _date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"not a date YYYY-MM-DD: {text!r} / kein Datum JJJJ-MM-TT"
        ) from None


def _parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="beschluss-rules",
        description="Prüft, ob das in einer Beschlussvorlage genannte Gremium zuständig ist, "
        "mit Fundstelle. / Checks whether the body named in a council paper is competent.",
    )
    from . import __version__

    parser.add_argument("--version", action="version", version=f"beschluss-rules {__version__}")
    commands = parser.add_subparsers(dest="command", parser_class=_Parser)

    def paper_options(sub: argparse.ArgumentParser) -> None:
        sub.add_argument("paths", nargs="+", metavar="PATH", help="paper files (plain text)")
        sub.add_argument("--land", help="Land code: nw, bw, by, ni, he, sn")
        sub.add_argument("--municipality", help="municipality profile: id, name or AGS (e.g. heinsberg)")
        sub.add_argument("--date", type=_date, help="session/decision date YYYY-MM-DD; selects the law in force")
        sub.add_argument("--profile", action="append", default=[], metavar="FILE",
                         help="a local municipality profile (YAML) with its delegations")
        sub.add_argument("--rules", metavar="DIR", help="use this rule base instead of the shipped one")
        sub.add_argument("--lang", choices=("de", "en"), default="de", help="report language (default de)")
        sub.add_argument("--jobs", type=int, default=1, metavar="N",
                         help="worker processes for many papers (0 = one per CPU; default 1)")
        sub.add_argument("--engine", choices=("durable", "reference"), default="durable",
                         help=argparse.SUPPRESS)

    check = commands.add_parser("check", help="check papers / Vorlagen prüfen")
    paper_options(check)
    check.add_argument("--format", choices=("text", "json"), default="text")
    explain = commands.add_parser("explain", help="show the chain of rules per item / Begründungskette")
    paper_options(explain)
    rule = commands.add_parser("rule", help="describe one rule / eine Regel beschreiben")
    rule.add_argument("rule_id", metavar="ID")
    rule.add_argument("--rules", metavar="DIR")
    rule.add_argument("--lang", choices=("de", "en"), default="de")
    return parser


def _describe_rule(args: argparse.Namespace) -> str:
    from .loader import load_rule_base

    rule = load_rule_base(args.rules).rule(args.rule_id)
    lang = args.lang
    level = f"   level: {rule.level.value}" if rule.kind == "caution" else ""
    lines = [rule.id, rule.title.get(lang), "", f"kind: {rule.kind}{level}   certainty: {rule.certainty}",
             f"valid: {rule.valid.start}" + (f" .. {rule.valid.end}" if rule.valid.end else " .."),
             f"competent: {', '.join(rule.competent) or '—'}", "", rule.description.strip(), ""]
    if rule.uncertainty:
        lines += [("Unsicher: " if lang == "de" else "Uncertain: ") + rule.uncertainty.strip(), ""]
    for ref in rule.references:
        lines.append(ref.cite())
        if ref.text:
            lines.append("  „" + ref.text + "“")
        if ref.note:
            lines.append("  " + ref.note)
        if ref.url:
            lines.append("  " + ref.url)
    lines.append(f"\n{rule.path}")
    return "\n".join(lines) + "\n"


def _run(args: argparse.Namespace) -> int:
    from .check import CheckOptions, Checker
    from .loader import load_rule_base
    from .output import render_json, render_text

    rule_base = load_rule_base(args.rules) if args.rules else None
    checker = Checker(rule_base, profiles=args.profile, engine=args.engine)
    options = CheckOptions(land=args.land, municipality=args.municipality, date=args.date)
    from .batch import check_many, terminal_progress

    progress = terminal_progress() if len(args.paths) > 20 and getattr(args, "format", "text") == "text" else None
    results = check_many(args.paths, jobs=args.jobs, options=options, rules=args.rules,
                         profiles=args.profile, engine=args.engine, checker=checker, progress=progress)
    if args.command == "check" and args.format == "json":
        sys.stdout.write(render_json(results, lang=args.lang, rule_base=checker.rule_base.digest[:16]))
    else:
        labels = {m.id: m.label for m in checker.rule_base.vocabulary.matters.values()}
        sys.stdout.write(render_text(results, lang=args.lang, explain=args.command == "explain",
                                     matter_labels=labels,
                                     rules={r.id: r for r in checker.rule_base.rules}))
    if any(r.errors and r.paper is None for r in results):
        for result in results:
            for error in result.errors:
                if result.paper is None:
                    sys.stderr.write(f"beschluss-rules: {error.get(args.lang)}\n")
        return EXIT_ERROR
    errors = any(f.level.value == "error" for r in results for i in r.items for f in i.findings)
    return EXIT_FINDINGS if errors else EXIT_OK


def main(argv: Sequence[str] | None = None) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    if args.command is None:
        parser.print_help(sys.stderr)
        return EXIT_ERROR
    lang = getattr(args, "lang", "de")
    try:
        if args.command == "rule":
            sys.stdout.write(_describe_rule(args))
            return EXIT_OK
        return _run(args)
    except BeschlussRulesError as exc:
        sys.stderr.write(f"beschluss-rules: {exc.render(lang)}\n")
        return EXIT_ERROR
    except KeyboardInterrupt:
        return 130

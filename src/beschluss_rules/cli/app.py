"""The command line: ``beschluss-rules check``, ``explain``, ``rule``, ``rules``, ``serve`` and ``oparl``.

Exit codes: 0 no finding at or above ``--fail-level`` (default ``error``; ``--exit-zero`` always
0); 1 such findings (e.g. a ``not-competent`` verdict); 2 usage, configuration, rule-file,
waiver-file or unreadable-input error (one line, no traceback).
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import re
import sys
from collections.abc import Sequence

from ..errors import BeschlussRulesError
from ..model import ExitCode
from ..report.registry import FORMAT_NAMES
from .settings import FAIL_LEVELS

__all__ = ["main"]



class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        self.print_usage(sys.stderr)
        sys.stderr.write(f"{self.prog}: error: {message}\n")
        raise SystemExit(ExitCode.ERROR)


#: A German date: "1.6.2021", "01.06.2021" (day, month, four-digit year).
_GERMAN_DATE = re.compile(r"(\d{1,2})\.(\d{1,2})\.(\d{4})")


def _date(text: str) -> dt.date:
    """An ISO date (2021-06-01) or a German one (1.6.2021, 01.06.2021)."""
    text = text.strip()
    try:
        german = _GERMAN_DATE.fullmatch(text)
        if german:
            day, month, year = (int(part) for part in german.groups())
            return dt.date(year, month, day)
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"not a date YYYY-MM-DD or DD.MM.YYYY: {text!r} / kein Datum JJJJ-MM-TT oder TT.MM.JJJJ"
        ) from None


def _parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="beschluss-rules",
        description="Prüft, ob das in einer Beschlussvorlage genannte Gremium zuständig ist, "
        "mit Fundstelle. / Checks whether the body named in a council paper is competent.",
    )
    from .._version import __version__

    parser.add_argument("--version", action="version", version=f"beschluss-rules {__version__}")
    commands = parser.add_subparsers(dest="command", parser_class=_Parser)

    def paper_options(sub: argparse.ArgumentParser) -> None:
        sub.add_argument("paths", nargs="+", metavar="PATH",
                         help="paper files or directories (walked for .txt .md .json .docx .pdf); "
                         "- reads one paper from standard input")
        sub.add_argument("--stdin-filename", metavar="NAME",
                         help="the name of the paper read from - in reports, waivers and format "
                         "detection (default: -)")
        sub.add_argument("--land", help="Land: any of the 16, as code in any case (nw, NW, rp), NRW, "
                         "or name (Nordrhein-Westfalen)")
        sub.add_argument("--municipality", help="municipality profile: id, name or AGS (e.g. heinsberg)")
        sub.add_argument("--date", type=_date, help="session/decision date YYYY-MM-DD or DD.MM.YYYY (1.6.2021); selects the law in force")
        sub.add_argument("--profile", action="append", default=[], metavar="FILE",
                         help="a local municipality profile (YAML) with its delegations")
        sub.add_argument("--rules", metavar="DIR", help="use this rule base instead of the shipped one")
        sub.add_argument("--lang", choices=("de", "en"), default=None, help="report language (default de)")
        sub.add_argument("--jobs", type=int, default=1, metavar="N",
                         help="worker processes for many papers (0 = one per CPU; default 1)")
        sub.add_argument("--engine", choices=("durable", "reference"), default="durable",
                         help=argparse.SUPPRESS)
        # CI options (issue 6): fail level, configuration, exclusions, waivers; see docs/ci.md.
        sub.add_argument("--fail-level", choices=FAIL_LEVELS, default=None,
                         help="exit 1 if a finding at or above this level is not waived (default error)")
        sub.add_argument("--exit-zero", action="store_true",
                         help="exit 0 even with findings (2 for usage or input errors stays)")
        sub.add_argument("--time-budget", type=float, default=120.0, metavar="SECONDS",
                         help="seconds one paper may take; a paper over it is reported as an error and the "
                              "run goes on (default 120; checked between reading stages and items)")
        sub.add_argument("--follow-symlinks", action="store_true",
                         help="follow symbolic links that lead outside the walked folder (default: skip them with a note)")
        sub.add_argument("--exclude", action="append", default=[], metavar="GLOB",
                         help="leave out matching papers/directories (replaces the configured list)")
        sub.add_argument("--config", metavar="FILE",
                         help="configuration file (default: .beschluss-rules.toml or pyproject.toml "
                         "[tool.beschluss-rules], searched upward)")
        sub.add_argument("--waivers", metavar="FILE",
                         help="waiver file (default: .beschluss-rules-waivers.yaml beside the configuration)")

    check = commands.add_parser("check", help="check papers / Vorlagen prüfen")
    paper_options(check)
    check.add_argument("--format", choices=FORMAT_NAMES, default=None,
                       help="output format (default text; github when GITHUB_ACTIONS is set)")
    check.add_argument("--output-file", metavar="FILE",
                       help="write the --format report to FILE (UTF-8, replaced); the terminal "
                       "gets the text report")
    check.add_argument("--catalogue-url", metavar="URL",
                       help="base URL of the rule catalogue site (rules site); SARIF helpUri links "
                       "to URL/rules/ID.html")
    check.add_argument("--show-level", choices=FAIL_LEVELS, default=None,
                       help="lowest level the line and gitlab formats list (default: the fail level)")
    explain = commands.add_parser("explain", help="show the chain of rules per item / Begründungskette")
    paper_options(explain)
    rule = commands.add_parser("rule", help="describe one rule / eine Regel beschreiben")
    rule.add_argument("rule_id", metavar="ID")
    rule.add_argument("--rules", metavar="DIR")
    rule.add_argument("--lang", choices=("de", "en"), default="de")
    from .completion import register as register_completion
    from .profile_command import register as register_profile_commands
    from .rules_command import register as register_rules_commands

    register_rules_commands(commands)
    register_profile_commands(commands)
    from .web_commands import register as register_web_commands

    register_web_commands(commands)
    register_completion(commands)  # last: completion and man page cover every command above
    return parser


def _run(args: argparse.Namespace) -> int:
    """check/explain: configuration, directory walking, jobs, waivers, formats and the exit code
    live in :mod:`beschluss_rules.runner`."""
    from .check_command import run

    return run(args)


def _encodable_streams() -> None:
    """stdout and stderr that cannot encode every character (a C locale, ``PYTHONIOENCODING=ascii``,
    a Windows code page) write what they cannot as ``\\xfc`` escapes instead of crashing after
    the whole check (issue 12)."""
    for stream in (sys.stdout, sys.stderr):
        encoding = (getattr(stream, "encoding", None) or "").lower().replace("-", "")
        reconfigure = getattr(stream, "reconfigure", None)
        if encoding not in ("utf8", "utf8sig") and reconfigure is not None:
            try:
                reconfigure(errors="backslashreplace")
            except (ValueError, OSError):  # a stream that cannot be changed any more
                pass


def main(argv: Sequence[str] | None = None) -> int:
    _encodable_streams()
    parser = _parser()
    args = parser.parse_args(argv)
    if args.command is None:
        parser.print_help(sys.stderr)
        return ExitCode.ERROR
    lang = getattr(args, "lang", None) or "de"
    try:
        if args.command == "rule":
            from .rules_command import describe

            sys.stdout.write(describe(args))
            return ExitCode.OK
        if args.command == "profile":
            from .profile_command import run as run_profile_command

            return run_profile_command(args)
        if args.command in ("completion", "man"):
            from .completion import completion_script, manpage

            sys.stdout.write(completion_script(parser, args.shell) if args.command == "completion"
                             else manpage(parser))
            return ExitCode.OK
        if args.command == "rules":
            from .rules_command import run as run_rules_command

            return run_rules_command(args)
        if args.command in ("serve", "oparl"):
            from .web_commands import run_oparl, run_serve

            return run_serve(args) if args.command == "serve" else run_oparl(args)
        return _run(args)
    except BeschlussRulesError as exc:
        from .check_command import _github_actions
        from .streams import WorkflowSafe

        err = WorkflowSafe(sys.stderr, one_line=True) if _github_actions(os.environ) else sys.stderr
        err.write(f"beschluss-rules: {exc.render(lang)}\n")
        return ExitCode.ERROR
    except KeyboardInterrupt:
        return ExitCode.INTERRUPTED
    except BrokenPipeError:
        # The reader of the output went away (``| head``): stop quietly, as Unix tools do.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return ExitCode.OK

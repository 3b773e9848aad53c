"""``beschluss-rules serve`` (the web page and HTTP API) and ``beschluss-rules oparl BODY_URL``
(every paper of a council's OParl server), plus papers given to ``check`` as OParl URLs.

Hosts: ``oparl`` and ``check URL`` fetch from any host with a public address; loopback and
private addresses only when named with ``--allow-host`` or in ``BESCHLUSS_RULES_OPARL_HOSTS``
(comma-separated). ``serve`` fetches only from the hosts named with ``--oparl-host``.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sys
from collections.abc import Sequence
from typing import Any, TextIO

from ..model import ExitCode, PaperResult
from ..report.registry import FORMAT_NAMES
from .settings import FAIL_LEVELS

__all__ = ["check_urls", "register", "run_oparl", "run_serve"]

HOSTS_ENV = "BESCHLUSS_RULES_OPARL_HOSTS"


def _date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date YYYY-MM-DD: {text!r} / kein Datum JJJJ-MM-TT") from None


def register(commands: argparse._SubParsersAction[Any]) -> None:
    serve = commands.add_parser("serve", help="web page and HTTP API / Webseite und HTTP-API")
    serve.add_argument("--host", default="127.0.0.1", help="address to bind (default 127.0.0.1: this machine only)")
    serve.add_argument("--port", type=int, default=8000)
    serve.add_argument("--workers", type=int, default=2, metavar="N",
                       help="checks at once per process (one Checker each)")
    serve.add_argument("--processes", type=int, default=1, metavar="N",
                       help="worker processes sharing the port (use the cores; default 1)")
    serve.add_argument("--max-pending", type=int, default=64, metavar="N",
                       help="requests at work at once before answering 503")
    serve.add_argument("--timeout", type=float, default=30.0, metavar="SECONDS", help="time limit per request")
    serve.add_argument("--max-request-mb", type=int, default=21, metavar="MB", help="largest request body")
    serve.add_argument("--oparl-host", action="append", default=[], metavar="HOST",
                       help="a host the server may fetch OParl data from (repeatable; none: no fetching)")
    serve.add_argument("--rules", metavar="DIR", help="use this rule base instead of the shipped one")
    serve.add_argument("--profile", action="append", default=[], metavar="FILE",
                       help="a local municipality profile (YAML)")

    oparl = commands.add_parser("oparl", help="check the papers of an OParl body / Papiere eines OParl-Servers prüfen")
    oparl.add_argument("body_url", metavar="BODY_URL", help="the OParl Body URL (…/body/1)")
    oparl.add_argument("--since", type=_date, help="papers dated on or after YYYY-MM-DD")
    oparl.add_argument("--organization", metavar="NAME", help="only papers decided by this organization")
    oparl.add_argument("--limit", type=int, default=None, metavar="N", help="at most N papers")
    oparl.add_argument("--format", choices=FORMAT_NAMES, default="text")
    oparl.add_argument("--lang", choices=("de", "en"), default="de")
    oparl.add_argument("--land")
    oparl.add_argument("--municipality")
    oparl.add_argument("--date", type=_date, help="decision date for every paper (default: each paper's own)")
    oparl.add_argument("--profile", action="append", default=[], metavar="FILE")
    oparl.add_argument("--rules", metavar="DIR")
    oparl.add_argument("--allow-host", action="append", default=[], metavar="HOST",
                       help="also fetch from this host even if its address is loopback or private")
    oparl.add_argument("--cache", metavar="DIR", default=None,
                       help="revalidating response cache (default: ~/.cache/beschluss-rules/oparl)")
    oparl.add_argument("--no-cache", action="store_true", help="no response cache")
    oparl.add_argument("--timeout", type=float, default=20.0, metavar="SECONDS")
    oparl.add_argument("--fail-level", choices=FAIL_LEVELS, default="error")
    oparl.add_argument("--exit-zero", action="store_true")


def run_serve(args: argparse.Namespace) -> int:
    try:
        from ..serve.run import run
        from ..serve.settings import ServeSettings
    except ImportError as exc:
        sys.stderr.write(f"beschluss-rules serve: {exc.name} is missing; install the extra: "
                         "pip install 'beschluss-rules[serve]'\n")
        return ExitCode.ERROR
    if args.host not in ("127.0.0.1", "localhost", "::1"):
        sys.stderr.write(f"beschluss-rules serve: listening on {args.host}: reachable from other machines; "
                         "put a TLS proxy with authentication in front / von anderen Rechnern erreichbar\n")
    run(ServeSettings(host=args.host, port=args.port, workers=args.workers, max_pending=args.max_pending,
                      request_timeout=args.timeout, max_request_bytes=args.max_request_mb * 1024 * 1024,
                      oparl_hosts=tuple(args.oparl_host), rules=args.rules, profiles=tuple(args.profile)),
        processes=args.processes)
    return ExitCode.OK


def _hosts(extra: Sequence[str] = ()) -> frozenset[str]:
    """Hosts the command line may fetch from although their addresses are not public."""
    return frozenset(h.strip().lower() for h in [*os.environ.get(HOSTS_ENV, "").split(","), *extra] if h.strip())


def _client(allow: Sequence[str] = (), *, cache: str | None = None, timeout: float = 20.0):  # type: ignore[no-untyped-def]
    from ..oparl import HostPolicy, OParlClient

    return OParlClient(HostPolicy(also=_hosts(allow)), timeout=timeout, cache_dir=cache)


def _default_cache() -> str:
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return os.path.join(base, "beschluss-rules", "oparl")


def check_urls(checker, urls: Sequence[str], options) -> list[PaperResult]:  # type: ignore[no-untyped-def]
    """``check https://…/paper/123``: each paper fetched and checked (no cache: one paper is
    read fresh)."""
    try:
        from ..oparl import check_url
    except ImportError as exc:
        from ..errors import UsageError

        raise UsageError(f"reading OParl URLs needs {exc.name}: pip install 'beschluss-rules[serve]'",
                         message_de=f"OParl-URLs lesen braucht {exc.name}: pip install 'beschluss-rules[serve]'"
                         ) from None
    with _client() as client:
        return [result for url in urls for result in check_url(checker, client, url, options)]


def run_oparl(args: argparse.Namespace, *, stdout: TextIO | None = None, stderr: TextIO | None = None) -> int:
    from ..oparl import check_body
    from ..report.registry import render, use_color
    from ..report.report import Report
    from ..rulebase.loader import load_rule_base
    from ..verdict.checker import Checker, CheckOptions

    out = stdout or sys.stdout
    err = stderr or sys.stderr
    base = load_rule_base(args.rules) if args.rules else None
    checker = Checker(base, profiles=args.profile)
    options = CheckOptions(land=args.land, municipality=args.municipality, date=args.date)
    cache = None if args.no_cache else (args.cache or _default_cache())
    tty = getattr(err, "isatty", lambda: False)()

    def progress(count: int, url: str) -> None:
        if tty:
            err.write(f"\r{count} Papiere geprüft / papers checked: {url[-60:]:<60}")
            err.flush()

    results: list[PaperResult] = []
    with _client(args.allow_host, cache=cache, timeout=args.timeout) as client:
        for result in check_body(checker, client, args.body_url, options, since=args.since,
                                 organization=args.organization, progress=progress):
            results.append(result)
            if args.limit is not None and len(results) >= args.limit:
                break
    if tty:
        err.write("\n")
    from ..model import Level

    report = Report(results, lang=args.lang, rules={r.id: r for r in checker.rule_base.rules},
                    rule_base=checker.rule_base.digest[:16], fail_level=Level(args.fail_level),
                    matter_labels={m.id: m.label for m in checker.rule_base.vocabulary.matters.values()})
    out.write(render(args.format, report, color=args.format == "text" and use_color(out)))
    out.flush()
    if report.unreadable:
        for result in results:
            if result.paper is None:
                for error in result.errors:
                    err.write(f"beschluss-rules: {error.get(args.lang)}\n")
        return ExitCode.ERROR
    if report.failing() and not args.exit_zero:
        return ExitCode.FINDINGS
    return ExitCode.OK

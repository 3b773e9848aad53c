"""One ``check`` or ``explain`` run: configuration, paper discovery, checking, waivers, output,
exit code.

Precedence of every setting: command line > configuration file (``[tool.beschluss-rules]`` or
``.beschluss-rules.toml``) > environment (``GITHUB_ACTIONS`` picks the ``github`` format) >
built-in default. Exit codes: 0 nothing at or above the fail level (or ``--exit-zero``), 1
findings at or above it, 2 usage, configuration, rule-file, waiver-file or unreadable-input error.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sys
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, BinaryIO, TextIO

import attrs

from ..model import ExitCode, Level, PaperResult
from .discover import Discovery
from .settings import Config, discover_config, load_config
from .streams import WorkflowSafe

if TYPE_CHECKING:
    from ..report.waivers import Waiver
    from ..verdict.checker import Checker, CheckOptions

__all__ = ["Settings", "resolve_settings", "run"]


def _github_actions(environ: Mapping[str, str]) -> bool:
    return environ.get("GITHUB_ACTIONS", "").strip().lower() not in ("", "0", "false", "no")


def _shown(path: str) -> str:
    """A file found by this program (the waiver file) named relative to the working directory,
    so that reports do not depend on where the checkout lies."""
    if not os.path.isabs(path):
        return path
    try:
        return os.path.relpath(path)
    except ValueError:  # another drive on Windows
        return path


@attrs.frozen
class Settings:
    """The effective settings of one ``check``/``explain`` run, each from the first source that
    gives it: command line, configuration, environment, built-in default."""

    lang: str
    format: str
    fail_level: Level
    land: str | None
    municipality: str | None
    profiles: tuple[str, ...]
    rules: str | None
    date: dt.date | None
    #: The configured date, for papers that state none (``--date`` overrides every paper's).
    default_date: dt.date | None
    exclude: tuple[str, ...]
    #: The directory exclude patterns are relative to (the configuration's, or the working one).
    exclude_base: str
    waivers: str | None
    #: Where the ``format`` report goes (``None``: standard output); the terminal then gets ``text``.
    output_file: str | None = None
    #: The lowest level the ``line`` and ``gitlab`` formats list (``None``: the fail level).
    show_level: Level | None = None
    #: The name of a paper read from standard input (``-``).
    stdin_filename: str = "-"
    #: Base URL of the rule catalogue site, for SARIF ``helpUri``.
    catalogue_url: str | None = None


def _level(name: str | None) -> Level | None:
    return Level(name) if name else None


def resolve_settings(args: argparse.Namespace, config: Config,
                     environ: Mapping[str, str] | None = None) -> Settings:
    """The effective settings of a run from the command line, the configuration and the
    environment (exposed for tests)."""
    env = os.environ if environ is None else environ
    fmt = getattr(args, "format", None)
    if args.command == "explain":
        fmt = "text"
    elif fmt is None:
        fmt = config.format or ("github" if _github_actions(env) else "text")
    return Settings(
        lang=args.lang or config.lang or "de",
        format=fmt,
        fail_level=Level(args.fail_level or config.fail_level or "error"),
        land=_land_option(args.land) or config.land,
        municipality=args.municipality or config.municipality,
        profiles=tuple(args.profile) if args.profile else tuple(config.profiles),
        rules=args.rules or config.rules,
        date=args.date,
        default_date=config.date,
        exclude=tuple(args.exclude) if args.exclude else tuple(config.exclude),
        exclude_base=os.getcwd() if args.exclude else config.root,
        waivers=args.waivers or config.waivers,
        output_file=getattr(args, "output_file", None),
        show_level=_level(getattr(args, "show_level", None) or config.show_level),
        stdin_filename=getattr(args, "stdin_filename", None) or "-",
        catalogue_url=getattr(args, "catalogue_url", None) or config.catalogue_url,
    )


def _land_option(value: str | None) -> str | None:
    """``--land`` in any spelling ("NW", "NRW", "Nordrhein-Westfalen", "rp") as its code; an
    unknown value is passed on as given and refused with the list of Länder."""
    if value is None:
        return None
    from ..model import land_code

    return land_code(value) or value


#: The path that stands for standard input.
STDIN = "-"


def _read_stdin(stdin: BinaryIO | None) -> bytes:
    from ..reader import MAX_PAPER_BYTES

    stream = stdin if stdin is not None else sys.stdin.buffer
    return stream.read(MAX_PAPER_BYTES + 1)


def _check(checker: Checker, paths: Sequence[str], options: CheckOptions, settings: Settings,
           args: argparse.Namespace, stdin: BinaryIO | None = None) -> list[PaperResult]:
    """The results of ``paths`` in their order; ``-`` is the paper on standard input (read once,
    named :attr:`Settings.stdin_filename`)."""
    from ..verdict.batch import check_many, terminal_progress

    progress = terminal_progress() if len(paths) > 20 and settings.format == "text" else None

    def files(segment: Sequence[str]) -> list[PaperResult]:
        return check_many(segment, jobs=getattr(args, "jobs", 1), options=options, rules=settings.rules,
                          profiles=settings.profiles, engine=args.engine, checker=checker,
                          progress=progress) if segment else []

    results: list[PaperResult] = []
    segment: list[str] = []
    for path in paths:
        if path == STDIN:
            results += files(segment)
            segment = []
            results += checker.check_bytes(_read_stdin(stdin), settings.stdin_filename, options)
        else:
            segment.append(path)
    return results + files(segment)


def _drop_skipped(results: list[PaperResult], discovery: Discovery, lang: str, err: TextIO) -> list[PaperResult]:
    """Results without the files a folder walk found that hold no paper, each named on stderr."""
    kept = []
    for result in results:
        if result.not_a_paper and result.path in discovery.walked:
            err.write(f"beschluss-rules: {_shown(result.path)}: " + (
                "skipped: JSON without an OParl Paper (e.g. an organization list beside the papers)\n"
                if lang == "en" else
                "übersprungen: JSON ohne OParl-Paper (z. B. eine Organisationsliste neben den Vorlagen)\n"))
        else:
            kept.append(result)
    return kept


def _load_waivers(settings: Settings, config: Config, results: Sequence[PaperResult],
                  known: list[str]) -> tuple[list[Waiver], bool]:
    from ..report.waivers import WAIVER_FILE, load_waiver_file, waivers_from_front_matter

    waivers: list[Waiver] = []
    path = settings.waivers
    if path is None:
        default = os.path.join(config.root, WAIVER_FILE)
        path = default if os.path.isfile(default) else None
    if path is not None:
        waivers.extend(load_waiver_file(_shown(path), known_rules=known))
    for result in results:
        # Hook for papers with front matter (Markdown drafts): the parser exposes the mapping as
        # Paper.front_matter; its ``waivers:`` list acknowledges findings of that paper.
        front_matter = getattr(result.paper, "front_matter", None)
        if front_matter:
            waivers.extend(waivers_from_front_matter(front_matter, result.path, known_rules=known))
    return waivers, path is not None or bool(waivers)


def _write_file(path: str, text: str) -> None:
    from ..errors import UsageError

    try:
        with open(path, "w", encoding="utf-8", newline="\n") as handle:
            handle.write(text)
    except OSError as exc:
        raise UsageError(f"--output-file {path}: cannot write: {exc.strerror}",
                         message_de=f"--output-file {path}: nicht schreibbar: {exc.strerror}") from None


def _width(stream: TextIO) -> int:
    """The width of the text report: the terminal's (``COLUMNS`` overrides it), at least 40;
    100 when writing to a file or pipe, so that saved reports do not depend on a window."""
    import shutil

    isatty = getattr(stream, "isatty", None)
    try:
        tty = bool(isatty and isatty())
    except (ValueError, OSError):
        tty = False
    if not tty:
        return 100
    return max(40, shutil.get_terminal_size((100, 24)).columns - 1)


def run(args: argparse.Namespace, *, stdout: TextIO | None = None, stderr: TextIO | None = None,
        stdin: BinaryIO | None = None) -> int:
    """Run ``check``/``explain`` as parsed by the CLI; returns the exit code."""
    from ..report.registry import render, use_color
    from ..report.report import Report
    from ..report.waivers import BUILTIN_RULE_IDS, apply_waivers
    from ..rulebase.loader import load_rule_base
    from ..verdict.checker import Checker, CheckOptions
    from .discover import Exclude, discover

    out = stdout or sys.stdout
    err = stderr or sys.stderr
    github = _github_actions(os.environ)
    if github:
        err = WorkflowSafe(err, one_line=True)
    config = load_config(args.config) if getattr(args, "config", None) else discover_config()
    settings = resolve_settings(args, config)
    if github and settings.format != "github":
        out = WorkflowSafe(out, one_line=False)
    lang = settings.lang
    # OParl paper URLs (https://…/paper/123) are fetched and checked beside the files.
    urls = [path for path in args.paths if path.startswith(("https://", "http://"))]
    discovery = discover([p for p in args.paths if p not in urls], [Exclude(settings.exclude, settings.exclude_base)],
                         follow_symlinks=getattr(args, "follow_symlinks", False))
    for link in discovery.outside_links:
        err.write(f"beschluss-rules: {_shown(link)}: " + (
            "skipped: symbolic link to a file outside the checked folder (--follow-symlinks follows it)\n"
            if lang == "en" else
            "übersprungen: symbolischer Link auf eine Datei außerhalb des geprüften Ordners "
            "(--follow-symlinks folgt ihm)\n"))
    for folder in discovery.unreadable_dirs:
        err.write(f"beschluss-rules: {_shown(folder)}: " + (
            "folder not readable; its papers were not checked\n" if lang == "en" else
            "Ordner nicht lesbar; seine Vorlagen wurden nicht geprüft\n"))
    for name in discovery.excluded_named:
        err.write(f"beschluss-rules: {_shown(name)}: " + (
            "excluded by the configuration; not checked\n" if lang == "en" else
            "durch die Konfiguration ausgeschlossen; nicht geprüft\n"))
    papers = list(discovery.papers)
    if not papers and not urls and discovery.walked_folders and discovery.walk_excluded:
        # exclude = ["*"] in a repository's configuration must not pass the CI gate (issue 12).
        err.write("beschluss-rules: " + (
            "nothing checked: exclude left out every paper of the folders named" if lang == "en" else
            "nichts geprüft: exclude hat jede Vorlage der genannten Ordner ausgeschlossen") + "\n")
        return ExitCode.ERROR
    if not papers and not urls:
        err.write("beschluss-rules: " + ("no papers found (all excluded or none with a paper extension)"
                                         if lang == "en" else
                                         "keine Vorlagen gefunden (alle ausgeschlossen oder keine mit "
                                         "Vorlagen-Endung)") + "\n")

    rule_base = load_rule_base(settings.rules) if settings.rules else None
    checker = Checker(rule_base, profiles=settings.profiles, engine=args.engine)
    options = CheckOptions(land=settings.land, municipality=settings.municipality, date=settings.date,
                           default_date=settings.default_date,
                           time_budget=getattr(args, "time_budget", None) or None)
    results = _check(checker, papers, options, settings, args, stdin)
    results = _drop_skipped(results, discovery, lang, err)
    if urls:
        from .web_commands import check_urls

        results += check_urls(checker, urls, options)

    known = [rule.id for rule in checker.rule_base.rules] + list(BUILTIN_RULE_IDS)
    waivers, in_use = _load_waivers(settings, config, results, known)
    outcome = apply_waivers(results, waivers) if in_use else None

    report = Report(
        results,
        lang=lang,
        rules={rule.id: rule for rule in checker.rule_base.rules},
        rule_base=checker.rule_base.digest[:16],
        waivers=outcome,
        fail_level=settings.fail_level,
        matter_labels={m.id: m.label for m in checker.rule_base.vocabulary.matters.values()},
        show_level=settings.show_level,
        catalogue_url=settings.catalogue_url,
        width=_width(out),
    )
    fmt = settings.format
    explain = args.command == "explain"
    if settings.output_file is not None:
        # One format to the file, the readable report to the terminal (one run in a pipeline).
        _write_file(settings.output_file, render(fmt, attrs.evolve(report, width=100), explain=explain))
        fmt = "text"
    color = fmt == "text" and use_color(out)
    out.write(render(fmt, report, explain=explain, color=color))
    out.flush()
    if report.unreadable or discovery.unreadable_dirs:
        for result in results:
            if result.paper is None:
                for error in result.errors:
                    err.write(f"beschluss-rules: {error.get(lang)}\n")
        return ExitCode.ERROR
    if report.failing() and not args.exit_zero:
        return ExitCode.FINDINGS
    return ExitCode.OK

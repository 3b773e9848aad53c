"""``beschluss-rules profile draft`` and ``beschluss-rules profile lint``: a municipality's own
statutes as a profile (see docs/gemeindeprofil.md).

``profile draft STATUTE`` reads a Hauptsatzung or Zuständigkeitsordnung (PDF, DOCX or text) and
writes a draft profile; ``profile lint PROFILE`` runs the profile checks of ``rules lint`` on one
profile (loading, void delegations of reserved matters, overlapping or contradictory delegations,
limits that do not parse, bodies the Land does not have).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from ..model import ExitCode, Level

__all__ = ["register", "run"]


def register(commands: argparse._SubParsersAction[Any]) -> None:
    """Add the ``profile`` command (with ``draft`` and ``lint``) to the CLI's subcommands."""
    profile = commands.add_parser("profile", help="municipality profiles from local statutes / Gemeindeprofile")
    sub = profile.add_subparsers(dest="profile_command", parser_class=type(profile))

    draft = sub.add_parser("draft", help="draft a profile from a Hauptsatzung or Zuständigkeitsordnung / "
                           "Profilentwurf aus einer Satzung")
    draft.add_argument("statute", metavar="STATUTE", help="the statute as PDF, DOCX or text")
    draft.add_argument("--law", default=None,
                       help='name of the statute as cited, e.g. "Hauptsatzung der Stadt Karlsruhe" '
                       "(default: Hauptsatzung, or Zuständigkeitsordnung if the text says so)")
    draft.add_argument("--land", default=None, help="Land (bw, nw, ni, ...): which body names count")
    draft.add_argument("--profile", default=None, metavar="ID_OR_FILE",
                       help="an existing profile (shipped id or file) whose bodies the draft uses")
    draft.add_argument("--rules", metavar="DIR", help="use this rule base instead of the shipped one")
    draft.add_argument("--output", "-o", metavar="FILE", help="write the draft here (default: standard output)")

    lint = sub.add_parser("lint", help="check a profile / ein Profil prüfen")
    lint.add_argument("profiles", nargs="+", metavar="PROFILE", help="profile files")
    lint.add_argument("--rules", metavar="DIR", help="rule base the profile is checked against (default: shipped)")
    lint.add_argument("--format", choices=("text", "json"), default="text")
    lint.add_argument("--lang", choices=("de", "en"), default="de")
    lint.add_argument("--fail-level", choices=("info", "warning", "error"), default="error",
                      help="exit 1 if a finding reaches this level (default error)")


def _statute_text(path: str) -> str:
    from ..reader.office import extract_text
    from ..reader.source import decode_text, detect_format, read_bytes

    raw = read_bytes(path)
    kind = detect_format(raw, path)
    if kind in ("pdf", "docx"):
        return extract_text(raw, path, kind)[0]
    return decode_text(raw, path)[0]


def _draft(args: argparse.Namespace) -> ExitCode:
    from ..errors import UsageError
    from ..rulebase.loader import load_profile, load_rule_base
    from ..ruletools.draft import draft_profile
    from ..text.normalize import fold

    rule_base = load_rule_base(args.rules) if args.rules else load_rule_base()
    profile = None
    if args.profile:
        profile = rule_base.profile_for(args.profile)
        if profile is None:
            if not Path(args.profile).is_file():
                raise UsageError(f"{args.profile}: neither a shipped profile nor a file",
                                 message_de=f"{args.profile}: weder ein mitgeliefertes Profil noch eine Datei")
            profile = load_profile(args.profile, rule_base.vocabulary)
    text = _statute_text(args.statute)
    law = args.law or ("Zuständigkeitsordnung" if "zustandigkeitsordnung" in fold(text[:2000]) else "Hauptsatzung")
    land = args.land or (profile.municipality.land if profile else None)
    draft = draft_profile(text, rule_base.vocabulary, law=law, land=land, profile=profile,
                          source=Path(args.statute).name)
    if args.output:
        Path(args.output).write_text(draft.yaml, encoding="utf-8")
    else:
        sys.stdout.write(draft.yaml)
    sys.stderr.write(f"{draft.recognised} Klauseln erkannt, {draft.needing_hand} davon mit offenen Punkten "
                     "(PRÜFEN).\n")
    return ExitCode.OK


def _lint(args: argparse.Namespace) -> ExitCode:
    from ..ruletools.lint import lint_paths, render_json, render_text

    report = lint_paths(args.profiles, rules_dir=args.rules)
    out = render_json(report, args.lang) if args.format == "json" else render_text(report, args.lang)
    sys.stdout.write(out)
    threshold = Level(args.fail_level).rank
    return ExitCode.FINDINGS if any(f.level.rank >= threshold for f in report.findings) else ExitCode.OK


def run(args: argparse.Namespace) -> ExitCode:
    """Run ``beschluss-rules profile ...``; library errors propagate to the CLI's handler."""
    command = getattr(args, "profile_command", None)
    if command == "draft":
        return _draft(args)
    if command == "lint":
        return _lint(args)
    sys.stderr.write("beschluss-rules profile: draft | lint (see --help)\n")
    return ExitCode.ERROR

"""Running the linter: the semantic checks on loaded rules, and whole rule bases, files and
municipality profiles from disk."""

from __future__ import annotations

import os
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path

from ...errors import BeschlussRulesError, RuleFileError, UsageError
from ...model import Level, Message
from ...rulebase.loader import default_rules_dir, load_profile, load_rule_file
from ...rulebase.types import Profile, Rule
from ...rulebase.vocabulary import load_vocabulary
from ...rulebase.yamlfile import load_yaml_file
from .context import Context
from .findings import LintFinding, LintReport, Related, sorted_findings
from .locator import Locator
from .registry import REGISTRY, RULE_CHECKS
from .schema import SCHEMA, profile_problems, rule_file_problems, schema_finding
from .vocabulary import check_vocabulary_files


def check_rules(
    rules: Sequence[Rule],
    *,
    private_forms: Iterable[str],
    matters: Sequence[str] | Mapping[str, Message] = (),
    profiles: Sequence[Profile] = (),
    checks: Iterable[str] | None = None,
    locator: Locator | None = None,
) -> list[LintFinding]:
    """The semantic checks on loaded (or generated) rules.

    ``matters`` are the vocabulary's matter ids (a mapping gives their labels for messages);
    ``profiles`` tell each delegation's municipality whether it is kreisfrei. ``checks`` limits
    the run to some check names.
    """
    labels = dict(matters) if isinstance(matters, Mapping) else {}
    ctx = Context(rules, frozenset(private_forms), profiles, labels, locator or Locator(profiles), sorted(matters))
    wanted = set(checks) if checks is not None else {c.code for c in REGISTRY}
    out: list[LintFinding] = []
    for rule_check in RULE_CHECKS:
        if rule_check.codes & wanted:
            out += [f for f in rule_check.run(ctx) if f.check in wanted]
    return sorted(out, key=LintFinding.sort_key)


def _base_of(path: Path) -> Path | None:
    """The rule base ``path`` lies in: the nearest folder above it whose ``vocab/`` holds the
    vocabulary (``matters.yaml`` or ``bodies.yaml``). Any folder named ``vocab`` is not enough: a
    profile under a directory that happens to have one (a scratch ``/tmp/vocab``) would be linted
    as part of a rule base that is none, and its delegations not against the shipped law."""
    for candidate in [path, *path.parents] if path.is_dir() else list(path.parents):
        vocab = candidate / "vocab"
        if (vocab / "matters.yaml").is_file() or (vocab / "bodies.yaml").is_file():
            return candidate
    return None


def _is_profile(path: Path) -> bool:
    try:
        data = load_yaml_file(path)
    except RuleFileError:
        return "municipalities" in path.parts
    return isinstance(data, dict) and "municipality" in data


def _yaml_files(directory: Path) -> list[Path]:
    return sorted(p for p in directory.rglob("*.yaml") if p.is_file())


def lint_base(base: Path, extra_profiles: Sequence[Path] = ()) -> LintReport:
    """Lint the rule base under ``base`` (and ``extra_profiles`` loaded on top of it)."""
    findings: list[LintFinding] = []
    locator = Locator()
    files = 0
    try:
        vocabulary = load_vocabulary(base / "vocab")
    except BeschlussRulesError as exc:
        findings.append(schema_finding(exc, locator, str(base / "vocab")))
        findings.append(LintFinding(SCHEMA.code, Level.INFO, Message(
            "Vokabular fehlerhaft: die inhaltlichen Prüfungen entfallen",
            "vocabulary broken: the semantic checks are skipped"), str(base / "vocab"), 1, 1))
        return LintReport(sorted_findings(findings), str(base), 0, 0, 1)
    findings += check_vocabulary_files(base / "vocab", locator)
    rules: list[Rule] = []
    profiles: list[Profile] = []
    paths = [p for p in _yaml_files(base) if p.relative_to(base).parts[0] != "vocab"]
    for path in paths:
        files += 1
        if path.relative_to(base).parts[0] == "municipalities":
            try:
                profiles.append(load_profile(path, vocabulary))
            except RuleFileError as exc:
                findings += [schema_finding(e, locator, str(path)) for e in profile_problems(path, vocabulary, exc)]
            continue
        problems = rule_file_problems(base, path, vocabulary)
        if problems:
            findings += [schema_finding(e, locator, str(path)) for e in problems]
            continue
        rules.append(load_rule_file(base, path, vocabulary))
    for extra in extra_profiles:
        files += 1
        try:
            profile = load_profile(extra, vocabulary)
        except RuleFileError as exc:
            findings += [schema_finding(e, locator, str(extra)) for e in profile_problems(extra, vocabulary, exc)]
            continue
        profiles = [p for p in profiles if p.municipality.ags != profile.municipality.ags] + [profile]
    seen: dict[str, str] = {}
    for profile in profiles:
        ags = profile.municipality.ags
        if ags in seen:
            findings.append(LintFinding(SCHEMA.code, SCHEMA.level, Message(
                f"zwei Profile für AGS {ags} (auch {seen[ags]})", f"two profiles for AGS {ags} (also {seen[ags]})"),
                profile.path, 1, 1, None, (Related(None, seen[ags], 1),)))
            continue
        seen[ags] = profile.path
        rules.extend(profile.delegations)
    locator = Locator(profiles)
    labels = {m.id: m.label for m in vocabulary.matters.values()}
    findings += check_rules(rules, private_forms=vocabulary.private_forms, matters=labels,
                            profiles=profiles, locator=locator)
    return LintReport(sorted_findings(findings), str(base), len(rules),
                      len(profiles), files)


def lint_paths(paths: Sequence[str | os.PathLike[str]] = (), *, rules_dir: str | os.PathLike[str] | None = None
               ) -> LintReport:
    """Lint what ``paths`` name: a rule base directory, files or folders inside one, or municipality
    profiles outside any rule base (linted on top of ``rules_dir`` or the shipped rule base).

    Findings are limited to the files named (and to findings that relate to them).
    """
    if not paths:
        base = Path(rules_dir) if rules_dir else default_rules_dir()
        return lint_base(base.resolve())
    bases: dict[Path, list[Path]] = defaultdict(list)
    extra: list[Path] = []
    for raw in paths:
        path = Path(raw).resolve()
        if not path.exists():
            raise UsageError(f"{raw}: no such file or directory", message_de=f"{raw}: Datei oder Verzeichnis fehlt")
        found = _base_of(path)
        if found is None:
            if path.is_file() and _is_profile(path):
                extra.append(path)
                continue
            raise UsageError(
                f"{raw} is not inside a rule base (no vocab/ directory above it) and is not a municipality profile",
                message_de=f"{raw} liegt in keiner Regelbasis (kein vocab/ darüber) und ist kein Gemeindeprofil")
        bases[found].append(path)
    if extra:
        base = Path(rules_dir).resolve() if rules_dir else default_rules_dir().resolve()
        bases[base].extend(extra)
    findings: list[LintFinding] = []
    rules = profiles = files = 0
    roots = []
    for base, targets in sorted(bases.items()):
        report = lint_base(base, [t for t in targets if t in extra])
        roots.append(str(base))
        rules += report.rules
        profiles += report.profiles
        files += report.files

        def wanted(path: str, targets: list[Path] = targets) -> bool:
            p = Path(path).resolve()
            return any(p == t or t in p.parents for t in targets)

        findings += [f for f in report.findings
                     if wanted(f.path) or any(wanted(r.path) for r in f.related)]
    return LintReport(sorted_findings(findings), os.pathsep.join(roots), rules,
                      profiles, files)



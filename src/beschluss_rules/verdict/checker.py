"""Checking papers: read, classify, match every item against the rules, resolve the verdict.

The date that selects the law is the paper's session or decision date (``--date`` or found in
the paper), never the system clock; without one, every item's verdict is ``unknown``.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Iterable, Sequence
from typing import Any

import attrs

from ..engine.evaluate import Matcher, build_matcher
from ..engine.facts import make_fact
from ..errors import (
    BeschlussRulesError,
    InternalError,
    NotAPaperError,
    TimeBudgetError,
    UsageError,
    check_time,
    time_budget,
)
from ..model import (
    LANDS,
    DecisionItem,
    Finding,
    FindingId,
    ItemResult,
    Level,
    Message,
    Municipality,
    Paper,
    PaperResult,
    Verdict,
    land_code,
)
from ..reader import ParsedText, parse_text, read_papers, read_papers_from_bytes
from ..rulebase.loader import load_profile, load_rule_base
from ..rulebase.types import Profile, RuleBase
from ..text.spoofing import shown, suspicion
from .decide import resolve

__all__ = ["CheckOptions", "Checker"]


def _land_option(value: str | None) -> str | None:
    """A Land as users type it ("NRW", "rp", "Rheinland-Pfalz") as its code; anything else is kept
    and refused by the validator with the list of Länder."""
    return (land_code(value) or value) if isinstance(value, str) else value


@attrs.frozen
class CheckOptions:
    """What the caller knows better than the paper: Land, municipality profile, decision date.

    ``date`` overrides every date the paper states (``--date``); ``default_date`` applies only to
    papers that state none (a project's configured date for its drafts).
    """

    land: str | None = attrs.field(default=None, converter=_land_option)
    municipality: str | None = None
    date: dt.date | None = None
    default_date: dt.date | None = None
    #: Seconds one paper may take (reading and checking); ``None``: no limit. A paper over its
    #: budget gets a per-paper error and the run goes on (see :func:`errors.time_budget`).
    time_budget: float | None = None

    @land.validator
    def _known_land(self, attribute: attrs.Attribute[Any], value: str | None) -> None:
        if value is not None and value not in LANDS:
            from ..errors import did_you_mean

            raise UsageError(
                f"unknown Land {value!r}; known: {', '.join(LANDS)} (codes in any case, \"NRW\", or the name)",
                message_de=f"unbekanntes Land {value!r}; bekannt: {', '.join(LANDS)} (Kürzel in jeder "
                "Schreibweise, „NRW“ oder der Name)",
                suggestion=did_you_mean(value, [*LANDS, *LANDS.values()]),
            )


#: The options of a check that states nothing beyond the paper (CheckOptions is frozen).
DEFAULT_OPTIONS = CheckOptions()


class Checker:
    """Checks papers against one rule base; build once, use for many papers (one per process)."""

    def __init__(
        self,
        rule_base: RuleBase | None = None,
        *,
        profiles: Sequence[str | os.PathLike[str]] = (),
        engine: str = "durable",
    ) -> None:
        base = rule_base or load_rule_base()
        self.explicit_profiles: list[Profile] = []
        for path in profiles:
            profile = load_profile(path, base.vocabulary)
            base = base.with_profile(profile)
            self.explicit_profiles.append(profile)
        self.rule_base = base
        self._rules = {rule.id: rule for rule in base.rules}
        self._lands_with_rules = frozenset(rule.land for rule in base.rules)
        self.matcher: Matcher = build_matcher(
            base.rules, base.vocabulary.matters, base.digest, engine=engine
        )

    def _profile(self, options: CheckOptions) -> Profile | None:
        if options.municipality:
            profile = self.rule_base.profile_for(options.municipality)
            if profile is None:
                from ..errors import did_you_mean

                names = [p.municipality.name for p in self.rule_base.profiles] + [p.id for p in self.rule_base.profiles]
                raise UsageError(
                    f"no municipality profile '{options.municipality}'; known: {', '.join(sorted(names))}",
                    message_de=f"kein Gemeindeprofil '{options.municipality}'; bekannt: {', '.join(sorted(names))}",
                    suggestion=did_you_mean(options.municipality, names),
                )
            return profile
        if len(self.explicit_profiles) == 1:
            return self.explicit_profiles[0]
        return None

    def check_path(self, path: str | os.PathLike[str], options: CheckOptions = DEFAULT_OPTIONS) -> PaperResult:
        """Check one paper file; unreadable input becomes the result's ``errors``.

        A file with several papers (an OParl list) gives the first here, with an error saying
        so; :meth:`check_file` gives all of them.
        """
        results = self.check_file(path, options)
        if len(results) == 1:
            return results[0]
        first = results[0]
        return attrs.evolve(first, path=os.fspath(path), errors=first.errors + (Message(
            f"Die Datei enthält {len(results)} Papiere; hier ist nur das erste geprüft "
            "(Checker.check_file prüft alle).",
            f"The file holds {len(results)} papers; only the first is checked here "
            "(Checker.check_file checks all of them).",
        ),))

    def check_file(self, path: str | os.PathLike[str], options: CheckOptions = DEFAULT_OPTIONS) -> list[PaperResult]:
        """Check every paper in a file: one, or each Paper of an OParl list (named
        ``path#reference``); an unreadable file gives one result with ``errors``."""
        return self._check_read(os.fspath(path), None, options)

    def check_bytes(self, raw: bytes, name: str, options: CheckOptions = DEFAULT_OPTIONS) -> list[PaperResult]:
        """Check every paper in ``raw``, a paper without a file (standard input) that reports
        call ``name``; as :meth:`check_file` otherwise."""
        return self._check_read(name, raw, options)

    def _check_read(self, name: str, raw: bytes | None, options: CheckOptions) -> list[PaperResult]:
        profile = self._profile(options)
        with time_budget(options.time_budget):
            try:
                if raw is None:
                    papers = read_papers(name, self.rule_base.lexicon, land=options.land, profile=profile)
                else:
                    papers = read_papers_from_bytes(raw, name, self.rule_base.lexicon, land=options.land,
                                                    profile=profile)
                if len(papers) == 1:
                    return [self._check_parsed(papers[0], name, options, profile)]
                return [self._check_parsed(parsed, f"{name}#{parsed.reference or index}", options, profile)
                        for index, parsed in enumerate(papers, start=1)]
            except UsageError:
                raise
            except BeschlussRulesError as exc:
                if isinstance(exc, TimeBudgetError) and not exc.path:
                    exc.path = name
                return [PaperResult(name, None, (), (Message(exc.render("de"), exc.render("en")),),
                                    not_a_paper=isinstance(exc, NotAPaperError))]

    def check_text(self, text: str, path: str = "<text>", options: CheckOptions = DEFAULT_OPTIONS) -> PaperResult:
        """Check a paper given as plain text (``path`` only names it in the report)."""
        profile = self._profile(options)
        parsed = parse_text(text, self.rule_base.lexicon, land=options.land, profile=profile)
        return self._check_parsed(parsed, path, options, profile)

    def _check_parsed(self, parsed: ParsedText, path: str, options: CheckOptions,
                      chosen: Profile | None = None) -> PaperResult:
        profile = parsed.profile
        land = options.land or parsed.land or (profile.municipality.land if profile else None)
        if options.land and profile and profile.municipality.land != options.land and profile is not chosen:
            # The paper names a town of another Land: this paper's problem, not the run's.
            return PaperResult(path, None, (), (Message(
                f"{path}: die Vorlage nennt {profile.municipality.name} (Land {profile.municipality.land}), "
                f"geprüft wird aber für Land {options.land}; nicht geprüft.",
                f"{path}: the paper names {profile.municipality.name} (Land {profile.municipality.land}), "
                f"but the check is for Land {options.land}; not checked.",
            ),))
        if options.land and profile and profile.municipality.land != options.land:
            raise UsageError(
                f"--land {options.land} contradicts the profile of {profile.municipality.name} "
                f"(Land {profile.municipality.land})",
                message_de=f"--land {options.land} widerspricht dem Profil von {profile.municipality.name} "
                f"(Land {profile.municipality.land})",
            )
        day = options.date
        if day is None and parsed.date is not None:
            try:
                day = dt.date(*parsed.date)
            except ValueError:
                day = None
        if day is None and parsed.has_proposal:
            day = options.default_date
        paper = Paper(
            path=path,
            title=parsed.title,
            items=parsed.items,
            land=land,
            municipality=profile.municipality if profile else None,
            municipality_name=parsed.municipality_name,
            date=day,
            reference=parsed.reference,
            notes=parsed.notes,
            front_matter=parsed.front_matter,
        )
        if not parsed.has_proposal:
            # Archives often hold an attachment (a contract, a plan, a form) where the Vorlage
            # should be; nothing in it names the deciding body, so say where to look instead.
            return PaperResult(path, paper, (), (Message(
                "Kein Beschlussvorschlag gefunden (erwartet z. B. eine Überschrift "
                "„Beschlussvorschlag:“ oder „Beschlussantrag“). Ist die Datei eine Anlage und "
                "nicht die Vorlage selbst, prüfen Sie die Vorlage: aus einer Anlage lässt sich "
                "das beschließende Gremium nicht ablesen.",
                "No Beschlussvorschlag found (expected e.g. a heading \"Beschlussvorschlag:\" or "
                "\"Beschlussantrag\"). If the file is an attachment rather than the Vorlage itself, "
                "check the Vorlage: an attachment does not say which body decides.",
            ),))
        return PaperResult(path, paper, tuple(self.evaluate(paper)))

    def evaluate(self, paper: Paper) -> Iterable[ItemResult]:
        """Verdicts for every item of ``paper`` (its land, date and municipality set)."""
        for item in paper.items:
            check_time(paper.path)
            yield self.evaluate_item(item, land=paper.land, day=paper.date,
                                     municipality=paper.municipality)

    def evaluate_item(self, item: DecisionItem, *, land: str | None, day: dt.date | None,
                      municipality: Municipality | None = None) -> ItemResult:
        result = self._evaluate_item(item, land=land, day=day, municipality=municipality)
        if item.suspicious_name is not None:
            result = attrs.evolve(result, findings=(_spoofed(item),) + result.findings)
        return result

    @staticmethod
    def _no_rules_for(item: DecisionItem, land: str) -> ItemResult:
        """``unknown`` for a Land the rule base has no rules for: never another Land's law."""
        name = LANDS.get(land, land)
        return ItemResult(item, Verdict.UNKNOWN, (), (Finding(FindingId.NO_LAW_FOR_DATE, Level.WARNING, Message(
            f"Für {name} gibt es noch keine Regeln; keine Aussage (nie nach dem Recht eines anderen "
            "Landes).",
            f"No rules for {name} yet; no verdict (never by another Land's law).",
        ), (), item.line, item.column),))

    def _evaluate_item(self, item: DecisionItem, *, land: str | None, day: dt.date | None,
                       municipality: Municipality | None = None) -> ItemResult:
        # A Land without rules is said first: no date would help, so asking for one misleads.
        if land is not None and land not in self._lands_with_rules:
            return self._no_rules_for(item, land)
        if land is None or day is None:
            missing = Message(
                "Land unbekannt: bitte --land angeben oder ein Gemeindeprofil wählen."
                if land is None else "Sitzungsdatum unbekannt: bitte --date JJJJ-MM-TT angeben; "
                "das Datum wählt die geltende Rechtslage.",
                "Land unknown: pass --land or choose a municipality profile."
                if land is None else "Session date unknown: pass --date YYYY-MM-DD; the date "
                "selects the law in force.",
            )
            rule = FindingId.NO_LAND if land is None else FindingId.NO_DATE
            return ItemResult(item, Verdict.UNKNOWN, (), (Finding(rule, Level.WARNING, missing, (), item.line, item.column),))
        fact = make_fact(
            item, land=land, day=day,
            municipality=municipality.ags if municipality else None,
            kreisfrei=municipality.kreisfrei if municipality else None,
            matters=self.matcher.compiled.matters,
            private_forms=self.rule_base.vocabulary.private_forms,
        )
        try:
            matched = self.matcher.match(fact)
        except InternalError as exc:
            return ItemResult(item, Verdict.UNKNOWN, (), (Finding(
                FindingId.ENGINE_DISAGREEMENT, Level.ERROR,
                Message(exc.render("de") + " Bitte als Fehler melden; kein Urteil.",
                        exc.render("en") + " Please report this bug; no verdict given."),
                (), item.line, item.column),))
        result = resolve(item, [self._rules[rule_id] for rule_id in matched],
                         municipality=municipality, land=land, date_text=day.isoformat())
        if item.counterpart:
            result = attrs.evolve(result, findings=result.findings + (self._counterpart_note(item),))
        return result

    def _counterpart_note(self, item: DecisionItem) -> Finding:
        """Say where a legal form the paper does not state came from (the organisations list)."""
        source = next((o.source for o in self.rule_base.vocabulary.organisations
                       if o.name == item.counterpart), "")
        return Finding(FindingId.COUNTERPART_LEGAL_FORM, Level.INFO, Message(
            f"Rechtsform von „{item.counterpart}“: {item.legal_form} (aus der Liste bekannter "
            f"Organisationen, rules/vocab/organisations.yaml). Quelle: {source.strip()}",
            f"Legal form of \"{item.counterpart}\": {item.legal_form} (from the list of known "
            f"organisations, rules/vocab/organisations.yaml). Source: {source.strip()}",
        ), (), item.line, item.column)


def _spoofed(item: DecisionItem) -> Finding:
    """The error a body name written to deceive gets (mixed scripts, bidi controls, ...)."""
    name = item.suspicious_name or ""
    why = suspicion(name) or ("verdächtige Zeichen", "suspicious characters")
    written = shown(name)
    return Finding(FindingId.SPOOFED_NAME, Level.ERROR, Message(
        f"Der Gremienname „{written}“ enthält {why[0]}: so schreibt ihn kein ehrliches Dokument. "
        "Das Urteil gilt dem Namen, wie er gelesen aussieht; bitte den Text der Vorlage prüfen.",
        f"The body name \"{written}\" contains {why[1]}: no honest paper writes it so. The verdict "
        "is about the name as it reads; check the paper's text.",
    ), (), item.line, item.column)

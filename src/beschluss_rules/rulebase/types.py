"""The rule base's types: a rule, a municipality profile, the whole rule base, and the
reader's lexicon.

They live apart from the YAML loader so that the engine, the verdict code, the reader and the
tools can name them without importing the loader.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence

import attrs

from ..errors import RuleFileError, UsageError, did_you_mean
from ..model import RULE_KINDS, Level, Message, Municipality, Reference, Validity
from .conditions import Condition
from .vocabulary import Vocabulary

__all__ = [
    "CERTAINTIES", "EPIDEMIC_PERIOD_RULES", "KINDS", "Lexicon", "Limit", "Profile", "Rule", "RuleBase",
    "check_epidemic_delegations", "file_digest",
]


def file_digest(path: str) -> str:
    """The SHA-256 of a file's bytes (rule-base and profile digests are built from it)."""
    with open(path, "rb") as handle:
        return hashlib.sha256(handle.read()).hexdigest()


#: The rule kinds (defined once, with their rank, in :data:`beschluss_rules.model.RULE_KINDS`).
KINDS = tuple(RULE_KINDS)
CERTAINTIES = ("settled", "uncertain")


@attrs.frozen
class Limit:
    """The value limit (Wertgrenze) of a local delegation, as the statute states it.

    ``low_cents``/``high_cents`` bound the amount (``None``: open); ``low_inclusive`` says whether
    the lower bound belongs to the range ("von 60.000 EUR" yes, "von mehr als 500.000 Euro" no);
    the upper bound is always inclusive ("bis 2.000.000 Euro"; "unter X" is written as X - 1).
    ``per`` is ``case`` (Einzelfall) or ``year`` (jährlich); ``basis`` is ``net``, ``gross`` or
    ``unstated`` (the statute does not say whether VAT is included). ``complete`` is true when the
    profile says its delegations of this matter are complete: only then does an amount outside
    the limit make the body ``not-competent``.
    """

    low_cents: int | None
    low_inclusive: bool
    high_cents: int | None
    per: str = "case"
    basis: str = "unstated"
    complete: bool = False

    def describe(self, lang: str = "de") -> str:
        def eur(cents: int) -> str:
            whole = f"{cents // 100:,}".replace(",", "." if lang == "de" else ",")
            return f"{whole} EUR"
        parts = []
        if self.low_cents is not None:
            if lang == "de":
                parts.append(("ab " if self.low_inclusive else "über ") + eur(self.low_cents))
            else:
                parts.append(("from " if self.low_inclusive else "above ") + eur(self.low_cents))
        if self.high_cents is not None:
            parts.append(("bis " if lang == "de" else "up to ") + eur(self.high_cents))
        text = " ".join(parts)
        if self.per == "year":
            text += " im Jahr" if lang == "de" else " a year"
        if self.basis != "unstated":
            text += {"net": (" netto", " net"), "gross": (" brutto", " gross")}[self.basis][lang != "de"]
        return text


@attrs.frozen
class Rule:
    """One rule: a kind, its conditions, the bodies it makes competent, and its legal source.

    A local delegation with a value limit is loaded as two rules: ``limit_side`` ``within``
    (matter and amount inside the limit: the delegation grants) and ``outside`` (the matter
    without an amount, or with one outside the limit: the resolver says why the delegation does
    not carry the decision). Both carry the same ``limit``.
    """

    id: str
    path: str
    kind: str
    level: Level
    title: Message
    description: str
    message: Message
    references: tuple[Reference, ...]
    valid: Validity
    when: Condition | None
    competent: tuple[str, ...]
    land: str
    exclusive: bool = False
    certainty: str = "settled"
    uncertainty: str | None = None
    municipality: str | None = None
    line: int = 1
    limit: Limit | None = None
    limit_side: str | None = None


@attrs.frozen
class Profile:
    """A municipality profile: the municipality, its bodies and its local delegations."""

    id: str
    path: str
    municipality: Municipality
    aliases: tuple[str, ...]
    delegations: tuple[Rule, ...]


@attrs.frozen
class Lexicon:
    """What the reader needs of the rule base: the vocabulary and the municipality profiles.

    The reader recognises matters, body names and municipalities with it; it never sees rules,
    so reading a paper cannot depend on which rules exist.
    """

    vocabulary: Vocabulary
    profiles: tuple[Profile, ...] = ()

    def profile_for(self, name_or_ags: str) -> Profile | None:
        """The profile whose id, AGS, name or alias is ``name_or_ags`` (case-insensitive)."""
        wanted = name_or_ags.casefold().strip()
        for profile in self.profiles:
            names = {profile.id, profile.municipality.ags, profile.municipality.name, *profile.aliases}
            if wanted in {n.casefold() for n in names}:
                return profile
        return None

    def profile_for_url(self, url: str) -> Profile | None:
        """The profile whose ``source`` is ``url`` or a start of it (an OParl ``body`` given as its
        URL: "https://ris.example.de/oparl/v1.0/body/1" matches a source with that URL)."""
        wanted = url.strip().rstrip("/").casefold()
        if not wanted.startswith(("http://", "https://")):
            return None
        for profile in self.profiles:
            source = (profile.municipality.source or "").strip().rstrip("/").casefold()
            if source and (wanted == source or wanted.startswith(source + "/")):
                return profile
        return None


@attrs.frozen
class RuleBase:
    """Rules, vocabularies and profiles of one rule-base version, named by its content hash."""

    rules: tuple[Rule, ...]
    vocabulary: Vocabulary
    profiles: tuple[Profile, ...]
    digest: str
    root: str

    def rule(self, rule_id: str) -> Rule:
        for rule in self.rules:
            if rule.id == rule_id:
                return rule
        raise UsageError(
            f"no rule with id '{rule_id}'",
            message_de=f"keine Regel mit der Kennung '{rule_id}'",
            suggestion=did_you_mean(rule_id, [r.id for r in self.rules]),
        )

    @property
    def lexicon(self) -> Lexicon:
        """The vocabulary and profiles, as the reader takes them."""
        return Lexicon(self.vocabulary, self.profiles)

    def profile_for(self, name_or_ags: str) -> Profile | None:
        """The profile whose id, AGS, name or alias is ``name_or_ags`` (case-insensitive)."""
        return self.lexicon.profile_for(name_or_ags)

    def profile_for_url(self, url: str) -> Profile | None:
        """The profile whose ``source`` the OParl body URL ``url`` is (see :class:`Lexicon`)."""
        return self.lexicon.profile_for_url(url)

    def with_profile(self, profile: Profile) -> RuleBase:
        """This rule base plus a profile loaded from elsewhere (it replaces one with its AGS)."""
        kept = tuple(p for p in self.profiles if p.municipality.ags != profile.municipality.ags)
        dropped = {r.id for p in self.profiles if p not in kept for r in p.delegations}
        rules = tuple(r for r in self.rules if r.id not in dropped) + profile.delegations
        check_epidemic_delegations(rules, (profile,))
        digest = hashlib.sha256((self.digest + file_digest(profile.path)).encode()).hexdigest()
        return RuleBase(
            tuple(sorted(rules, key=lambda r: r.id)), self.vocabulary, kept + (profile,),
            digest, self.root,
        )


#: The rules holding the periods in which the Landtag had declared an epidemic situation, so that
#: a council's delegation to the Hauptausschuss under § 60 GO NRW could work (one rule per version
#: of § 60). A profile's recorded delegation must lie inside one of them.
EPIDEMIC_PERIOD_RULES = ("nw.go.60-1-2-epidemie-delegation-2020-04", "nw.go.60-2-epidemie-delegation-2020")


def check_epidemic_delegations(rules: Sequence[Rule], profiles: Sequence[Profile]) -> None:
    """A profile's recorded transfers to the Hauptausschuss (``epidemie_delegation``) must lie
    inside a period in which the Landtag had declared an epidemic situation."""
    periods = [r.valid for r in rules if r.id in EPIDEMIC_PERIOD_RULES]
    for profile in profiles:
        for rule in profile.delegations:
            if rule.kind != "urgency":
                continue
            inside = any(p.start <= rule.valid.start and p.end is not None and rule.valid.end is not None
                         and rule.valid.end <= p.end for p in periods)
            if not inside:
                spans = ", ".join(f"{p.start} – {p.end}" for p in periods)
                raise RuleFileError(
                    f"epidemie_delegation {rule.valid.start} – {rule.valid.end} lies outside the periods in "
                    f"which the Landtag had declared an epidemic situation ({spans})",
                    message_de=f"epidemie_delegation {rule.valid.start} – {rule.valid.end} liegt außerhalb der "
                    f"Zeiträume, in denen der Landtag eine epidemische Lage festgestellt hatte ({spans})",
                    path=profile.path,
                )

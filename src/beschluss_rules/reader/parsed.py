"""What the reader of a paper's text returns, and what a container tells it beforehand."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import attrs

from ..model import Body, DecisionItem, Message
from ..rulebase.types import Profile
from .consultation import Consultation

__all__ = ["Hints", "ParsedText", "note"]


@attrs.frozen
class ParsedText:
    """What the reader found; :mod:`beschluss_rules.check` turns it into a Paper.

    ``deciding`` are the bodies that decide the paper according to its Beratungsfolge (or the
    OParl record, or the front matter); ``notes`` say how the paper was read where that is worth
    knowing (encoding guessed, Land taken from the cited law, no text layer ...).
    """

    title: str | None
    items: tuple[DecisionItem, ...]
    profile: Profile | None
    municipality_name: str | None
    date: tuple[int, int, int] | None
    has_proposal: bool
    land: str | None = None
    reference: str | None = None
    notes: tuple[Message, ...] = ()
    consultations: tuple[Consultation, ...] = ()
    deciding: tuple[Body, ...] = ()
    front_matter: Mapping[str, Any] | None = None
    format: str = "text"


@attrs.frozen
class Hints:
    """What a paper's container states outright (front matter, OParl record), over the text.

    ``deciding``: the bodies that decide (OParl's authoritative consultation, front matter
    ``body``); they replace every body the text only implies. ``item_bodies``: the deciding body
    of single items (front matter ``items``), 1-based, over everything.
    """

    title: str | None = None
    reference: str | None = None
    date: tuple[int, int, int] | None = None
    #: A date to use when the text names none (an OParl paper's own date).
    fallback_date: tuple[int, int, int] | None = None
    municipality: str | None = None
    land: str | None = None
    deciding: tuple[Body, ...] = ()
    #: Where ``deciding`` comes from, for the items' ``body_source`` (``oparl``, ``front-matter``).
    deciding_source: str | None = None
    item_bodies: Mapping[int, Body] = attrs.field(factory=dict)
    consultations: tuple[Consultation, ...] = ()
    notes: tuple[Message, ...] = ()
    front_matter: Mapping[str, Any] | None = None
    format: str = "text"


def note(de: str, en: str) -> Message:
    return Message(de=de, en=en)

"""A body named in a text, and who a sentence says decides: the reader's two small records.

:class:`Mention` is where a body's name stands in a folded text; :class:`Subject` is what the
sentence makes of it - the deciding body, or the body recommended to with the recommender
(:mod:`.recommendations`), or nobody when a template leaves the choice open.
"""

from __future__ import annotations

import re

import attrs

from ..model import Body
from ..text.normalize import fold

__all__ = ["GENERIC_NAME", "Mention", "Subject"]


#: A name without the body's identity (folded): "der Ausschuss", "das Gremium".
GENERIC_NAME = re.compile(r"(?:ausschuss|ausschusses|gremium|gremiums)")


@attrs.frozen
class Mention:
    """A body named in a folded text: where (folded offsets), the name as written, its kinds."""

    start: int
    end: int
    name: str
    body: Body


@attrs.frozen
class Subject:
    """Who a sentence says decides: ``body`` (``None`` when a recommendation names nobody)."""

    body: Body | None
    mention: Mention
    recommended_by: Body | None = None
    #: "Der Gemeinderat oder Ausschuss beschließt" (an unfilled template): no body can be named.
    ambiguous: bool = False

    @property
    def generic(self) -> bool:
        """A name without the body's identity: "der Ausschuss", "das Gremium"."""
        return bool(GENERIC_NAME.fullmatch(fold(self.mention.name)))

"""A locality council's statement in the hearing on the council's matter.

Locality councils (Ortschaftsrat, Ortsrat, Bezirksvertretung, Stadtbezirksrat) are heard on the
council's matters that concern their locality (§ 70 Abs. 1 GemO BW, § 94 NKomVG, § 37 Abs. 5 GO
NRW and their counterparts); they enact no bylaws, budgets or plans themselves. Their decision in
such a hearing is a statement: "Der Ortschaftsrat Durlach stimmt der Neufassung der Marktsatzung
zu" in a paper titled "… – Anhörung des Ortschaftsrates Durlach", or "Der Ortsrat Kreiensen stimmt
der Satzungsänderung mit der Maßgabe zu, …" in the Ortsrat's minutes. The item keeps its subject
and is a position taken (``positionierung``); the classes that yield to a position go, as the
vocabulary has them yield.
"""

from __future__ import annotations

import re

from ..model import Body
from ..rulebase.vocabulary import Vocabulary
from ..text.normalize import fold

__all__ = ["hearing_statement"]

_LOCALITY_KINDS = frozenset({"ortschaftsrat", "bezirksvertretung"})
#: A title that names its paper a locality council's hearing ("… – Anhörung des Ortschaftsrates Durlach").
_HEARING_TITLE = re.compile(r"(?<![a-z])anhorung (?:des|der|im|durch den|durch die) (?:\S+ ){0,1}"
                            r"(?:ortschaftsrat|ortsrat|ortsbeirat|bezirksbeirat|bezirksvertretung|stadtbezirksrat)")
#: Consent or support given ("stimmt der Satzungsänderung … zu", "befürwortet").
_CONSENTS = re.compile(r"(?<![a-z])(?:stimmt|stimmen)\s(?:[^.;:]*\s)?zu(?![a-z])|(?<![a-z])befurwortet")
#: What a locality council never enacts itself.
_COUNCILS_OWN = frozenset({"satzung", "haushaltssatzung", "bauleitplanung_abschluss"})


def hearing_statement(matters: tuple[str, ...], body: Body | None, title: str, folded_item: str,
                      vocabulary: Vocabulary) -> tuple[str, ...]:
    """``matters`` read as a locality council's statement when the item is one (see the module
    docstring), else unchanged."""
    if not matters or body is None or _LOCALITY_KINDS.isdisjoint(body.kinds):
        return matters
    if not ((title and _HEARING_TITLE.search(fold(title))) or (
            _COUNCILS_OWN.intersection(matters) and _CONSENTS.search(folded_item))):
        return matters
    return tuple(sorted({"positionierung", *(
        m for m in matters if "positionierung" not in vocabulary.matters[m].yields_to)}))

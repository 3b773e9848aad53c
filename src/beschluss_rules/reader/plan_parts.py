"""Items that belong to the final decision on a Bauleitplan in the same proposal.

A Satzungsbeschluss (or the adoption of a Flächennutzungsplan change) is proposed with the
items that make it up: the weighing of the objections received during the public display ("Die
Stellungnahmen … sollen entsprechend der Abwägung … berücksichtigt werden", "Es wird
festgestellt, dass … keine Anregungen vorgebracht wurden") and the mayor's instruction to
publish the plan or to apply for its approval ("… die Bekanntmachung gemäß § 10 Absatz 3 BauGB
zu veranlassen", "… die Genehmigung beim Landkreis zu beantragen"). The weighing is part of the
final decision: the body that adopts the plan must weigh the interests itself (§ 1 Abs. 7, § 10
BauGB), and the instruction carries the adopted plan out. Read alone, such an item is only a
procedural step, whose body may be a delegate; read with its sibling it is the final decision's
matter, which the Gemeindeordnungen reserve to the council.

Only an item decided by the same kind of body as the final item is joined to it, so the verdict
can only become the one the final item has; an item that takes note, starts a procedure
("Aufstellung") or lays a draft out is never joined.
"""

from __future__ import annotations

import attrs

from ..model import DecisionItem, Message
from ..text.normalize import fold
from ..text.prefilter import Guarded

__all__ = ["FINAL_PLAN", "join_final_plan_parts"]

#: The matter of the final decision on a Bauleitplan (vocabulary class).
FINAL_PLAN = "bauleitplanung_abschluss"

_PART = Guarded(
    r"(?<![a-z])(abwagung\w*|abgewogen|abzuwagen)(?![a-z])"
    r"|(?<![a-z])(anregungen|stellungnahmen|einwendungen|bedenken|hinweise) (\S+ ){0,30}"
    r"(unberucksichtigt|berucksichtigt|zuruckgewiesen|vorgebracht|eingegangen|abgegeben)(?![a-z])"
    r"|(?<![a-z])bekanntmachung (\S+ ){0,3}§ ?10 (abs\.?|absatz) ?3 baugb"
    r"|(?<![a-z])genehmigung (\S+ ){0,6}(zu beantragen|beantragen|einzuholen|vorzulegen)(?![a-z])"
)
_NOT_A_PART = Guarded(
    r"(?<![a-z])(aufstellung\w*|aufzustellen|offenlage\w*|auszulegen|auslegungsbeschluss\w*|einzuleiten"
    r"|fruhzeitige\w* (\S+ ){0,3}(beteiligung|unterrichtung) (\S+ ){0,6}(durchzufuhren|durchgefuhrt werden))(?![a-z])"
)
_JOINABLE = frozenset({"bauleitplanung_verfahren", "auftrag_verwaltung", "buergerbeteiligung"})


def join_final_plan_parts(items: list[DecisionItem], notes: list[Message]) -> list[DecisionItem]:
    """``items`` with the weighing and execution items of a final plan decision given its matter."""
    finals = [item for item in items if FINAL_PLAN in item.matters and item.body is not None]
    if not finals or len(items) < 2:
        return items
    result: list[DecisionItem] = []
    for item in items:
        final = next((f for f in finals if f is not item and item.body is not None
                      and f.body is not None and f.body.kinds == item.body.kinds), None)
        if final is not None and FINAL_PLAN not in item.matters and "kenntnisnahme" not in item.matters \
                and item.matters and set(item.matters) <= _JOINABLE:
            folded = fold(item.text)
            if _PART.search(folded) and not _NOT_A_PART.search(folded):
                item = attrs.evolve(item, matters=(*item.matters, FINAL_PLAN))
                notes.append(Message(
                    f"Punkt {item.index} gehört zum abschließenden Beschluss über den Bauleitplan in "
                    f"Punkt {final.index} (Abwägung oder Vollzug): dieselbe Angelegenheit.",
                    f"Item {item.index} belongs to the final decision on the land-use plan in item "
                    f"{final.index} (weighing or execution): the same matter.",
                ))
        result.append(item)
    return result

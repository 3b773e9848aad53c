"""Which Land a paper is from: only evidence that identifies it, never a guess (issue 13).

Evidence, strongest first (the caller has already used ``--land``, the profile and OParl's AGS):

- an Amtlicher Gemeindeschlüssel printed in the paper ("AGS 07315000");
- a statute name only one Land uses ("GO NRW", "NKomVG", "§ 40 NGO", "GemO BW", "GemO RP" ...;
  :func:`.attributes.land_from_text`);
- the municipality's name in the official directory of municipalities, where the name is unique
  or the paper names its Kreis (:mod:`.municipal_directory`).

A bare "GemO" (Baden-Württemberg or Rheinland-Pfalz), a name found in several Länder and a mere
mention of a Land are no evidence; two pieces of evidence that contradict each other give no Land.
Every outcome leaves a note on the paper saying which evidence decided, or why none did.
"""

from __future__ import annotations

import re

from ..model import AGS_LANDS, LANDS, Message
from ..text.prefilter import Guarded
from .attributes import land_from_text, shared_signs
from .municipal_directory import land_for_name
from .parsed import note as _note

__all__ = ["land_evidence"]

_AGS_IN_TEXT = Guarded(r"(?:\bAGS|Gemeindeschlüssel|Gemeindekennziffer)\W{0,3}(\d{2})\s?(\d)\s?(\d{2})\s?(\d{3})\b")
_KIND_WORDS = re.compile(r"^(?:Stadt|Gemeinde|Markt|Samtgemeinde|Verbandsgemeinde|Ortsgemeinde|Amt|"
                         r"Landeshauptstadt|Hansestadt|Kreisstadt|Große Kreisstadt|Flecken)\s+", re.IGNORECASE)


def land_evidence(text: str, municipality: str | None, notes: list[Message]) -> str | None:
    """The paper's Land from evidence that identifies it, with a note saying which; ``None``
    (and a note why) when there is none or it contradicts itself. Never a guess.

    Evidence, strongest first: an AGS printed in the paper; a statute name that belongs to one
    Land ("GO NRW", "NKomVG", "GemO BW"); the municipality's name in the official directory of
    municipalities, where the name is unique or the paper names its Kreis. A name that exists
    in several Länder, and a statute name several Länder use ("GemO"), are no evidence alone.
    """
    ags = _AGS_IN_TEXT.search(text)
    if ags and ags.group(1) in AGS_LANDS:
        land = AGS_LANDS[ags.group(1)]
        notes.append(_note(f"Land {LANDS[land]} aus dem Gemeindeschlüssel {''.join(ags.groups())} der Vorlage.",
                           f"Land {LANDS[land]} from the paper's municipality key (AGS) {''.join(ags.groups())}."))
        return land
    statute_land, sign = land_from_text(text)
    place = _KIND_WORDS.sub("", municipality.strip()) if municipality else ""
    named = land_for_name(place, text) if place else None
    name_land = named.land if named else None
    if statute_land and name_land and statute_land != name_land:
        notes.append(_note(
            f"Land unklar: die Vorlage zitiert {sign} ({LANDS[statute_land]}), „{place}“ liegt laut "
            f"Gemeindeverzeichnis aber in {LANDS[name_land]}; bitte --land angeben.",
            f"Land unclear: the paper cites {sign} ({LANDS[statute_land]}), but the directory of "
            f"municipalities puts \"{place}\" in {LANDS[name_land]}; pass --land.",
        ))
        return None
    if statute_land:
        notes.append(_note(
            f"Land {LANDS[statute_land]} aus der zitierten Rechtsgrundlage ({sign}) geschlossen.",
            f"Land {LANDS[statute_land]} inferred from the law the paper cites ({sign}).",
        ))
        return statute_land
    if named is not None and name_land is not None:
        entry = next(e for e in named.candidates if e.land == name_land)
        how_de, how_en = {
            "unique": ("einziger Eintrag", "the only entry"),
            "one-land": ("alle Einträge dieses Namens liegen in diesem Land", "every entry of that name lies in this Land"),
            "kreis": (f"bestätigt durch den Kreis {entry.kreis}", f"confirmed by the Kreis {entry.kreis}"),
            "full-name": (f"bestätigt durch den vollen Namen {entry.full_name}", f"confirmed by the full name {entry.full_name}"),
        }[named.how]
        notes.append(_note(
            f"Land {LANDS[name_land]} aus dem Gemeindeverzeichnis des Statistischen Bundesamts: "
            f"„{place}“ (AGS {entry.ags}; {how_de}).",
            f"Land {LANDS[name_land]} from the Federal Statistical Office's directory of "
            f"municipalities: \"{place}\" (AGS {entry.ags}; {how_en}).",
        ))
        return name_land
    for shared, lands in shared_signs(text):
        names = " oder ".join(LANDS[code] for code in lands)
        notes.append(_note(
            f"Land unklar: „{shared}“ heißt die Gemeindeordnung in {names}; die Vorlage sagt nicht, "
            "welche gemeint ist. Bitte --land angeben oder ein Gemeindeprofil wählen.",
            f"Land unclear: \"{shared}\" is the municipal code of {' or '.join(LANDS[c] for c in lands)}; "
            "the paper does not say which. Pass --land or choose a municipality profile.",
        ))
    if named is not None and named.how == "ambiguous":
        names = ", ".join(LANDS[code] for code in named.lands)
        notes.append(_note(
            f"„{place}“ gibt es laut Gemeindeverzeichnis in mehreren Ländern ({names}); "
            "ohne Kreis oder Landesgesetz ist das kein Nachweis des Landes.",
            f"\"{place}\" exists in several Länder according to the directory of municipalities "
            f"({', '.join(LANDS[c] for c in named.lands)}); without its Kreis or a Land statute that "
            "is no evidence of the Land.",
        ))
    return None

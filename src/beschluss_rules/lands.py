"""The 16 Länder: their codes, names, the AGS prefix of each, and the spellings users type.

A leaf of the domain (it imports nothing of the package): the reader, the rule base and the
command line all name Länder the same way.
"""

from __future__ import annotations

__all__ = ["AGS_LANDS", "LANDS", "land_code"]

#: All 16 Länder with their names, by their ISO 3166-2:DE code in lower case. A rule base need
#: not cover all: a paper of a Land without rules gets ``unknown`` ("no rules for ... yet"),
#: never another Land's law.
LANDS: dict[str, str] = {
    "nw": "Nordrhein-Westfalen",
    "bw": "Baden-Württemberg",
    "by": "Bayern",
    "ni": "Niedersachsen",
    "he": "Hessen",
    "sn": "Sachsen",
    "rp": "Rheinland-Pfalz",
    "sh": "Schleswig-Holstein",
    "bb": "Brandenburg",
    "mv": "Mecklenburg-Vorpommern",
    "st": "Sachsen-Anhalt",
    "th": "Thüringen",
    "sl": "Saarland",
    "be": "Berlin",
    "hh": "Hamburg",
    "hb": "Bremen",
}

#: The Land part of the Amtlicher Gemeindeschlüssel (its first two digits).
AGS_LANDS: dict[str, str] = {
    "01": "sh", "02": "hh", "03": "ni", "04": "hb", "05": "nw", "06": "he", "07": "rp", "08": "bw",
    "09": "by", "10": "sl", "11": "be", "12": "bb", "13": "mv", "14": "sn", "15": "st", "16": "th",
}

#: Other spellings users type for a Land (compared case-insensitively, umlauts folded).
_LAND_ALIASES: dict[str, str] = {
    "nrw": "nw", "rlp": "rp", "bawue": "bw", "bwue": "bw", "lsa": "st", "mvp": "mv", "m-v": "mv",
    "saar": "sl", "thueringen": "th", "baden-wuerttemberg": "bw",
}


def _fold_land(text: str) -> str:
    folded = " ".join(text.strip().lower().split())
    for umlaut, plain in (("ä", "ae"), ("ö", "oe"), ("ü", "ue"), ("ß", "ss")):
        folded = folded.replace(umlaut, plain)
    return folded.replace(" ", "-")


def land_code(text: str) -> str | None:
    """The Land ``text`` names: a code in any case ("NW", "rp"), a common abbreviation ("NRW",
    "RLP") or the name ("Nordrhein-Westfalen", "baden-württemberg"); ``None`` if none."""
    folded = _fold_land(text)
    if folded in LANDS:
        return folded
    if folded in _LAND_ALIASES:
        return _LAND_ALIASES[folded]
    for code, name in LANDS.items():
        if _fold_land(name) == folded:
            return code
    return None

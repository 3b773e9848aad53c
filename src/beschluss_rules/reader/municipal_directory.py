"""The official directory of German municipalities, as evidence of a paper's Land.

A paper rarely states its Land; it names its municipality ("Gemeinde Nordstemmen", "Stadt
Mainz"). The Gemeindeverzeichnis of the Statistisches Bundesamt (state of 31 December 2020,
shipped as ``data/gemeindeverzeichnis.tsv.gz``, licence dl-de/by-2-0, see ``data/NOTICE``) lists
every municipality with its Amtlicher Gemeindeschlüssel (AGS), Kreis and Gemeindeverband; the
AGS's first two digits are the Land.

A name is evidence of a Land only when it identifies one:

- every municipality (or Gemeindeverband) of that name lies in the same Land, or
- the name exists in several Länder, but the paper also names the Kreis of exactly one of
  them ("Landkreis Hildesheim", "Kreis Gütersloh") or its full official name with the
  distinguishing addition ("Halle (Westf.)").

A name found in several Länder and not confirmed is no evidence: :func:`land_for_name` says so
(``ambiguous``), and the caller must not guess. A name that is not in the directory is no
evidence either (the directory is dated: municipalities merged or renamed since 2021 are missing
or carry their old names).

The file is read on first use only (about 100 kB compressed, a few milliseconds), so a check
that already knows its Land from a profile, ``--land`` or the AGS never pays for it.
"""

from __future__ import annotations

import functools
import gzip
import re
from importlib import resources

import attrs

from ..model import AGS_LANDS, LANDS

__all__ = ["DirectoryEntry", "NameEvidence", "land_for_name", "lookup_name", "municipality_from_host", "search"]

#: The additions behind the official name: "Heinsberg, Stadt", "Peiting, M", "Celle, St".
_SUFFIX = re.compile(r",.*$")
#: A distinguishing addition in brackets or after a slash: "Halle (Westf.)", "Neustadt/ Westerwald".
_ADDITION = re.compile(r"\s*(?:\(.*\)|/.*)$")


def _key(name: str) -> str:
    return " ".join(name.lower().replace("\u00a0", " ").split())


@attrs.frozen
class DirectoryEntry:
    """One municipality or Gemeindeverband of the directory."""

    ags: str
    name: str
    kreis: str
    verband: bool = False

    @property
    def land(self) -> str:
        return AGS_LANDS[self.ags[:2]]

    @property
    def full_name(self) -> str:
        """The official name without its suffix: "Halle (Westf.)" of "Halle (Westf.), Stadt"."""
        return _SUFFIX.sub("", self.name).strip()


@attrs.frozen
class NameEvidence:
    """What the directory says about a municipality's name: the Land (or none) and why."""

    name: str
    land: str | None
    candidates: tuple[DirectoryEntry, ...]
    how: str  # "unique", "one-land", "kreis", "full-name", "ambiguous", "not-found"

    @property
    def lands(self) -> tuple[str, ...]:
        return tuple(sorted({entry.land for entry in self.candidates}))


@functools.lru_cache(maxsize=1)
def _directory() -> tuple[str, str]:
    """The directory's text, one municipality a line (``ags TAB name TAB kreis TAB verband``),
    and the same in lower case for searching."""
    raw = resources.files("beschluss_rules").joinpath("data", "gemeindeverzeichnis.tsv.gz").read_bytes()
    text = gzip.decompress(raw).decode("utf-8")
    return text, text.lower()


@functools.lru_cache(maxsize=1024)
def lookup_name(name: str) -> tuple[DirectoryEntry, ...]:
    """Every municipality or Gemeindeverband called ``name`` ("Halle" finds Halle (Saale),
    Halle (Westf.) and two Gemeinden Halle in Niedersachsen).

    A substring search of the text per lookup (well under a millisecond) instead of an index of
    11,000 names built at start-up: a paper needs one or two lookups. The answers are remembered
    (a run over one town's papers asks for the same name again and again; entries are frozen)."""
    key = _key(_SUFFIX.sub("", name))
    if not key:
        return ()
    text, lower = _directory()
    found: list[DirectoryEntry] = []
    seen_verbands: set[str] = set()
    needle = "\t" + key
    at = lower.find(needle)
    while at >= 0:
        start = lower.rfind("\n", 0, at) + 1
        end = lower.find("\n", at)
        fields = text[start:end if end >= 0 else len(text)].split("\t")
        column = lower.count("\t", start, at)  # 0: the tab before the name, 2: before the verband
        if len(fields) == 4 and column == 0:
            entry = DirectoryEntry(fields[0], fields[1], fields[2])
            if key in (_key(entry.full_name), _key(_ADDITION.sub("", entry.full_name))):
                found.append(entry)
        elif len(fields) == 4 and column == 2:
            # A Samtgemeinde/Verbandsgemeinde/Amt also issues papers; it lies in its members' Land.
            verband = fields[3].removesuffix(" (VGem)").strip()
            if _key(verband) == key and fields[0][:5] not in seen_verbands:
                seen_verbands.add(fields[0][:5])
                found.append(DirectoryEntry(fields[0][:5] + "000", verband, fields[2], True))
        at = lower.find(needle, at + 1)
    return tuple(found)


def _kreis_named(entry: DirectoryEntry, text: str) -> bool:
    """Whether ``text`` names the Kreis ``entry`` lies in ("Landkreis Hildesheim", "Kreis
    Heinsberg", "Hochsauerlandkreis"); a kreisfreie Stadt has no Kreis to name."""
    kreis = _SUFFIX.sub("", entry.kreis).strip()
    if not kreis or "kreisfreie Stadt" in entry.kreis or "Stadtkreis" in entry.kreis or kreis == entry.full_name:
        return False
    if kreis.lower().endswith("kreis") or kreis.startswith(("Region ", "Städteregion ")):
        pattern = re.escape(kreis)
    else:
        pattern = r"(?:Land)?[Kk]reis(?:es)?\s+" + re.escape(kreis)
    return re.search(pattern + r"(?![a-zäöüß])", text) is not None


def land_for_name(name: str, text: str = "") -> NameEvidence:
    """The Land the municipality ``name`` identifies, confirmed by ``text`` (the paper) where
    the name exists in several Länder; ``land`` is ``None`` when the name is not evidence."""
    candidates = lookup_name(name)
    if not candidates:
        return NameEvidence(name, None, (), "not-found")
    lands = {entry.land for entry in candidates}
    if len(lands) == 1:
        return NameEvidence(name, candidates[0].land, candidates, "unique" if len(candidates) == 1 else "one-land")
    bare = _SUFFIX.sub("", name).strip()
    # The full official name ("Halle (Westf.)") first, then the Kreis the paper names.
    by_full_name = {e.land for e in candidates if e.full_name != bare and e.full_name in text}
    if len(by_full_name) == 1:
        return NameEvidence(name, by_full_name.pop(), candidates, "full-name")
    by_kreis = {e.land for e in candidates if _kreis_named(e, text)}
    if len(by_kreis) == 1:
        return NameEvidence(name, by_kreis.pop(), candidates, "kreis")
    return NameEvidence(name, None, candidates, "ambiguous")


def land_names(codes: tuple[str, ...]) -> str:
    """"Niedersachsen, Nordrhein-Westfalen" for ("ni", "nw")."""
    return ", ".join(LANDS.get(code, code) for code in codes)


#: Host labels that name software, hosting or a generic part of an address, never a municipality.
_GENERIC_LABELS = frozenset({
    "www", "web", "ris", "ratsinfo", "buergerinfo", "bürgerinfo", "sessionnet", "oparl", "allris",
    "sitzungsdienst", "ratsinformation", "ratsinfomanagement", "politik", "service", "services",
    "webservice", "api", "daten", "open", "opendata", "info", "stadt", "gemeinde", "rathaus",
})
_KIND_PREFIX = re.compile(r"^(?:stadt|gemeinde|markt|samtgemeinde|verbandsgemeinde|hansestadt)-")


def search(query: str, limit: int = 20) -> tuple[DirectoryEntry, ...]:
    """Municipalities whose AGS starts with ``query`` (digits) or whose name contains it
    (case-insensitive), in directory order, at most ``limit`` (for a search box)."""
    key = _key(query)
    if not key:
        return ()
    text, lower = _directory()
    found: list[DirectoryEntry] = []
    for line, folded in zip(text.splitlines(), lower.splitlines()):
        fields = line.split("\t")
        if len(fields) != 4:
            continue
        if fields[0].startswith(key) if key.isdigit() else key in folded.split("\t")[1]:
            found.append(DirectoryEntry(fields[0], fields[1], fields[2]))
            if len(found) >= limit:
                break
    return tuple(found)


def municipality_from_host(url: str) -> str | None:
    """The municipality an OParl server's address names ("https://web1.karlsruhe.de/oparl/..."
    → "Karlsruhe", "https://nordstemmen.ratsinfomanagement.net/..." → "Nordstemmen"), if exactly
    one label of the host is a name the directory ties to one Land; else ``None``.

    Labels of software and hosting providers are skipped; a label that names several
    municipalities in different Länder, or two labels naming different places, give nothing."""
    found = re.match(r"^[a-z]+://([^/:?#]+)", url.strip().lower())
    if not found:
        return None
    labels = found.group(1).split(".")[:-1]  # without the top-level domain
    names: dict[str, DirectoryEntry] = {}
    for label in labels:
        label = _KIND_PREFIX.sub("", label)
        if len(label) < 3 or label in _GENERIC_LABELS or re.search(r"\d", label):
            continue
        evidence = land_for_name(label)
        if evidence.land is not None:
            names[label] = next(e for e in evidence.candidates if e.land == evidence.land)
    if len(names) != 1:
        return None
    entry = next(iter(names.values()))
    return entry.full_name

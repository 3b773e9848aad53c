"""OParl 1.1 ``Paper`` records: who decides comes from the consultations, what from the text.

Accepted: one ``Paper`` object, a JSON list of them (other OParl objects in the list, such as the
``Organization`` objects a paper refers to, are used for names and otherwise skipped), or an
OParl list page ``{"data": [...], "pagination": ...}``.

The deciding body: the consultation with ``"authoritative": true`` — when several are, those
whose ``role`` decides ("Entscheidung", "Beschlussfassung", "Beschluss"); without any
authoritative one, a consultation with such a role (the spec's own example marks
"Beschlussfassung" as not authoritative). The first organization of a consultation leads.
Organization names come from embedded ``Organization`` objects, the non-standard
``organization_name`` list some servers add, Organization objects in the same file, or an
``organizations.json`` next to the paper or one directory up (an id → name mapping, a list of
Organization objects, or a list page); they are mapped to body kinds through the municipality
profile and the vocabulary. Real servers call the council "Stadtrat" with ``organizationType:
"Hauptorgan"``, not the spec's "Parlament": a Hauptorgan whose name the vocabulary does not know
is taken for the council.

The text: a ``.txt`` next to the ``.json`` with the same name (the paper's main file as text),
else ``text`` of the main file; the Beschlussvorschlag in it gives the items and their matters.
Without text, the paper's name is its one item.
"""

from __future__ import annotations

import functools
import json
import os
import re
from collections.abc import Mapping
from stat import S_ISREG
from typing import Any

import attrs

from ..errors import InputError, NotAPaperError
from ..model import AGS_LANDS, Body, Message
from ..rulebase.types import Lexicon, Profile
from ..text.normalize import fold
from ..text.spoofing import has_lone_surrogate
from .bodies import resolve_body
from .consultation import Consultation
from .municipal_directory import municipality_from_host
from .source import MAX_PAPER_BYTES, decode_text
from .text import Hints, ParsedText, parse_text

__all__ = ["DECIDING_ROLES", "decides", "holds_no_paper", "read_oparl", "role_kind"]

#: Consultation roles that decide (folded); everything else advises or takes note.
DECIDING_ROLES = ("entscheidung", "beschlussfassung", "beschluss", "entscheidend", "beschliessend",
                  "endgultige beschlussfassung")
#: The words of a role in the forms council information systems print them ("Beratung und
#: Beschlussfassung", "Entscheidung (öffentlich)", "beschließend", "vorberatend",
#: "Beschlussempfehlung", "zur Kenntnis", "abschließende Beratung"): a role that names a
#: preliminary step, a recommendation, a hearing or taking note does not decide, whatever else it
#: says; each such word gives the role's kind.
_DECIDES = re.compile(r"entscheid|beschluss|beschliess|endgultig|abschliessend")
_ADVISES = (("vorberat", "vorberatung"), ("empfehl", "vorberatung"), ("vorbereit", "vorberatung"),
            ("kenntnis", "kenntnisnahme"), ("information", "kenntnisnahme"), ("mitteilung", "kenntnisnahme"),
            ("bericht", "kenntnisnahme"), ("anhor", "anhoerung"), ("stellungnahme", "anhoerung"))


def decides(role: str) -> bool:
    """Whether a consultation's role (folded) is the decision: one of :data:`DECIDING_ROLES`, or
    a role with a word of deciding and none of advising."""
    if role in DECIDING_ROLES:
        return True
    return _DECIDES.search(role) is not None and not any(word in role for word, _ in _ADVISES)


def role_kind(role: str) -> str | None:
    """The kind of a consultation's role (folded): "entscheidung", "vorberatung", "beratung",
    "anhoerung", "kenntnisnahme", or None when it says nothing known."""
    if decides(role):
        return "entscheidung"
    return next((kind for word, kind in _ADVISES if word in role), "beratung" if "beratung" in role else None)
#: AGS prefix (first two digits) → Land code, for the Länder the rule base may know.
_COUNCIL_CLASSES = ("parlament", "stadtrat", "gemeinderat", "rat", "stadtverordnetenversammlung",
                    "gemeindevertretung", "marktgemeinderat")


def _fail(path: str, en: str, de: str, line: int | None = None) -> InputError:
    return InputError(en, message_de=de, path=path, line=line)


def _is_type(obj: Any, name: str) -> bool:
    return isinstance(obj, Mapping) and str(obj.get("type", "")).rstrip("/").endswith("/" + name)


def _looks_like_paper(obj: Any) -> bool:
    if not isinstance(obj, Mapping):
        return False
    if "type" in obj:
        return _is_type(obj, "Paper")
    return "consultation" in obj or "paperType" in obj or ("reference" in obj and "name" in obj)


def holds_no_paper(raw: bytes) -> bool:
    """Whether ``raw`` is well-formed JSON that holds no OParl Paper (an organization list, a
    name map, a body or meeting record: the companions of papers in an OParl archive).

    Anything else (a Paper, a list with one, or text that is not JSON at all) is for the reader
    to read or to refuse with a message; only a clean "no Paper here" is an answer.
    """
    try:
        data = json.loads(raw.decode("utf-8-sig"))
    except (UnicodeDecodeError, ValueError, RecursionError):
        return False
    if isinstance(data, Mapping) and isinstance(data.get("data"), list):
        data = data["data"]
    objects = data if isinstance(data, list) else [data]
    return not any(_looks_like_paper(obj) for obj in objects)


_ID_PARAMETER = re.compile(r"[?&]id=([^&]+)")


def _key(url: str) -> list[str]:
    """Ways an organization may be keyed: the full URL, its last path segment, an ``id=`` value."""
    keys = [url]
    tail = url.rstrip("/").rsplit("/", 1)[-1]
    keys.append(tail)
    found = _ID_PARAMETER.search(url)
    if found:
        keys.append(found.group(1))
    return keys


class _Organizations:
    """Organization names and types by URL (or short id)."""

    def __init__(self) -> None:
        self.names: dict[str, str] = {}
        self.objects: dict[str, Mapping[str, Any]] = {}

    def add_object(self, obj: Mapping[str, Any]) -> None:
        if not obj.get("id") or not obj.get("name"):
            return
        for key in _key(str(obj["id"])):
            self.names.setdefault(key, str(obj["name"]))
            self.objects.setdefault(key, obj)

    def add_mapping(self, mapping: Mapping[str, Any]) -> None:
        for key, value in mapping.items():
            if isinstance(value, str):
                self.names.setdefault(str(key), value)
            elif isinstance(value, Mapping) and value.get("name"):
                self.names.setdefault(str(key), str(value["name"]))
                self.objects.setdefault(str(key), value)

    def lookup(self, ref: Any) -> tuple[str | None, Mapping[str, Any] | None]:
        if isinstance(ref, Mapping):
            self.add_object(ref)
            return (str(ref["name"]) if ref.get("name") else None), ref
        if not isinstance(ref, str):
            return None, None
        for key in _key(ref):
            if key in self.names:
                name = self.names[key]
                return (None if name.strip().isdigit() else name), self.objects.get(key)
        return None, None


_BROKEN = object()


@functools.lru_cache(maxsize=4)
def _side_json(path: str, size: int, mtime_ns: int) -> Any:
    """The parsed ``organizations.json`` at ``path`` (``_BROKEN`` if unreadable). Every paper of
    an OParl dump shares one such file: it is parsed once while its size and time stay the same.
    (Nothing changes the parsed data; readers only look names up in it.)"""
    try:
        with open(path, encoding="utf-8") as handle:
            return json.loads(handle.read())
    except (OSError, UnicodeDecodeError, ValueError, RecursionError):
        return _BROKEN


@functools.lru_cache(maxsize=4)
def _side_organizations(path: str, size: int, mtime_ns: int) -> _Organizations | None:
    """The names of the ``organizations.json`` at ``path`` (``None`` if unreadable), built once
    for all the papers beside it."""
    data = _side_json(path, size, mtime_ns)
    if data is _BROKEN:
        return None
    organizations = _Organizations()
    if isinstance(data, Mapping) and isinstance(data.get("data"), list):
        data = data["data"]
    if isinstance(data, list):
        for obj in data:
            if isinstance(obj, Mapping):
                organizations.add_object(obj)
    elif isinstance(data, Mapping):
        organizations.add_mapping(data)
    return organizations


def _real_directory(path: str) -> str:
    """``os.path.dirname(os.path.realpath(path))`` (as ``Path(path).resolve().parent``), with the
    directories' resolution remembered: a folder of papers resolves one directory again and again,
    and resolving looks at every component of the path. A file that is itself a link is resolved
    whole."""
    if os.path.islink(path):
        return os.path.dirname(os.path.realpath(path))
    directory = os.path.dirname(path) or "."
    # (a relative directory is resolved from the working directory, which may change; ".." after
    # a link is resolved after the link, as realpath does, so no lexical abspath first)
    return _resolved_directory(directory, "" if os.path.isabs(directory) else os.getcwd())


@functools.lru_cache(maxsize=256)
def _resolved_directory(directory: str, working_directory: str) -> str:
    return os.path.realpath(os.path.join(working_directory, directory) if working_directory else directory)


def _load_organizations(path: str, objects: list[Any]) -> _Organizations:
    organizations = _Organizations()
    for obj in objects:
        if _is_type(obj, "Organization"):
            organizations.add_object(obj)
    here = _real_directory(path)
    for directory in (here, os.path.dirname(here)):
        candidate = os.path.join(directory, "organizations.json")
        try:
            stat = os.stat(candidate)
        except OSError:
            continue
        if not S_ISREG(stat.st_mode) or stat.st_size > MAX_PAPER_BYTES:
            continue
        side = _side_organizations(candidate, stat.st_size, stat.st_mtime_ns)
        if side is None:
            continue  # a broken side file must not make the paper unreadable
        # The paper's own objects first (they win), then the side file's: as adding them in turn.
        organizations.names = {**side.names, **organizations.names}
        organizations.objects = {**side.objects, **organizations.objects}
        break
    return organizations


class _ReaderFault(Exception):
    """An exception of the text reader while it read an OParl record's text or title."""

    def __init__(self, original: Exception) -> None:
        super().__init__(str(original))
        self.original = original


def _read_text(text: str, lexicon: Lexicon, **options: Any) -> ParsedText:
    """``parse_text`` whose own failures are kept apart from the record's wrong field types."""
    try:
        return parse_text(text, lexicon, **options)
    except (TypeError, AttributeError, ValueError, KeyError, IndexError) as exc:
        raise _ReaderFault(exc) from exc


def _role(consultation: Mapping[str, Any]) -> str:
    return fold(str(consultation.get("role") or "")).strip()


def _deciding(consultations: list[Mapping[str, Any]]) -> tuple[list[Mapping[str, Any]], str]:
    """The consultations that decide, and how that was established."""
    authoritative = [c for c in consultations if c.get("authoritative") is True]
    deciding_role = [c for c in authoritative if decides(_role(c))]
    if deciding_role:
        return deciding_role, "authoritative"
    if authoritative:
        return authoritative, "authoritative"
    by_role = [c for c in consultations if decides(_role(c))]
    if by_role:
        return by_role, "role"
    return [], "none"


_ISO_DATE = re.compile(r"(\d{4})-(\d{2})-(\d{2})")


def _date(value: Any) -> tuple[int, int, int] | None:
    if not isinstance(value, str):
        return None
    found = _ISO_DATE.match(value)
    if not found:
        return None
    return int(found.group(1)), int(found.group(2)), int(found.group(3))


def _body_for(name: str | None, obj: Mapping[str, Any] | None, lexicon: Lexicon,
              profile: Profile | None, land: str | None) -> Body | None:
    if not name:
        return None
    body = resolve_body(name, lexicon, profile, land)
    if body is None and obj is not None:
        kind = fold(str(obj.get("organizationType") or ""))
        classification = fold(str(obj.get("classification") or ""))
        if kind == "hauptorgan" or classification in _COUNCIL_CLASSES:
            body = Body(name, ("rat",))
    return body


#: A JSON escape of a UTF-16 surrogate: only then can a decoded string hold a lone surrogate.
_SURROGATE_ESCAPE = re.compile(r"\\u[dD][89a-fA-F]")


def read_oparl(raw: bytes, path: str, lexicon: Lexicon, *, land: str | None = None,
               profile: Profile | None = None) -> tuple[ParsedText, ...]:
    """Every Paper in the OParl JSON ``raw`` read from ``path`` (see module docstring)."""
    text, notes = decode_text(raw, path)
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise _fail(path, f"malformed JSON: {exc.msg} (line {exc.lineno}, column {exc.colno})",
                    f"fehlerhaftes JSON: {exc.msg} (Zeile {exc.lineno}, Spalte {exc.colno})", exc.lineno) from None
    except RecursionError:
        raise _fail(path, "malformed JSON: nested too deeply", "fehlerhaftes JSON: zu tief verschachtelt") from None
    except ValueError as exc:  # an integer of more than 4,300 digits (int_max_str_digits)
        raise _fail(path, f"malformed JSON: {str(exc)[:80]}", f"fehlerhaftes JSON: {str(exc)[:80]}") from None
    if _SURROGATE_ESCAPE.search(text) and has_lone_surrogate(data):
        raise _fail(path, "malformed JSON: a \\uD800-\\uDFFF escape without its pair (no Unicode character)",
                    "fehlerhaftes JSON: eine \\uD800-\\uDFFF-Folge ohne ihr Gegenstück (kein Unicode-Zeichen)")
    if isinstance(data, Mapping) and isinstance(data.get("data"), list):
        objects = list(data["data"])
    elif isinstance(data, list):
        objects = list(data)
    elif isinstance(data, Mapping):
        objects = [data]
    else:
        raise NotAPaperError("not an OParl record: expected a Paper object, a list or a list page with 'data'",
                             message_de="kein OParl-Datensatz: erwartet ein Paper-Objekt, eine Liste oder eine "
                             "Listenseite mit 'data'", path=path)
    papers = [obj for obj in objects if _looks_like_paper(obj)]
    if not papers:
        kinds = sorted({str(obj.get("type", "?")).rsplit("/", 1)[-1] for obj in objects if isinstance(obj, Mapping)})
        what = f" (found: {', '.join(kinds)})" if kinds else ""
        raise NotAPaperError(f"no OParl Paper in this file{what}",
                             message_de=f"kein OParl-Paper in dieser Datei{what.replace('found', 'gefunden')}",
                             path=path)
    try:
        organizations = _load_organizations(path, objects)
        side_text = _side_text(path) if len(papers) == 1 else None
        return tuple(_paper(paper, index, path, organizations, side_text, notes, lexicon, land, profile)
                     for index, paper in enumerate(papers, start=1))
    except _ReaderFault as fault:
        # The text reader failed on strings the record supplied: a defect of the reader, to be
        # reported as an internal error, never blamed on the file.
        raise fault.original from None
    except (TypeError, AttributeError, ValueError, KeyError, IndexError) as exc:
        # A field of the wrong type ("consultation": true, "name": 5): an input error of this
        # file, not an internal one (found by fuzzing, issue 12).
        raise _fail(path, f"malformed OParl record: a field has the wrong type ({type(exc).__name__})",
                    f"fehlerhafter OParl-Datensatz: ein Feld hat den falschen Typ ({type(exc).__name__})") from None


def _side_text(path: str) -> str | None:
    """The text of the paper's main file: ``<name>.txt`` next to ``<name>.json``."""
    candidate = os.path.splitext(path)[0] + ".txt"
    if not os.path.isfile(candidate) or os.path.getsize(candidate) > MAX_PAPER_BYTES:
        return None
    try:
        with open(candidate, "rb") as handle:
            raw = handle.read()
        return decode_text(raw, candidate)[0] if raw.strip() else None
    except (OSError, InputError):
        return None


def _paper(paper: Mapping[str, Any], index: int, path: str, organizations: _Organizations,
           side_text: str | None, notes: tuple[Message, ...], lexicon: Lexicon, land: str | None,
           profile: Profile | None) -> ParsedText:
    notes_list = list(notes)
    consultations_raw = [c for c in paper.get("consultation") or [] if isinstance(c, Mapping)]
    if not isinstance(paper.get("consultation", []), list):
        raise _fail(path, f"paper {index}: 'consultation' must be a list", f"Paper {index}: 'consultation' muss eine Liste sein")
    body_obj = paper.get("body") if isinstance(paper.get("body"), Mapping) else None
    ags = str(body_obj.get("ags") or "") if body_obj else ""
    if profile is None and ags:
        profile = lexicon.profile_for(ags)
    if profile is None and body_obj and body_obj.get("name"):
        profile = lexicon.profile_for(str(body_obj["name"]))
    # The body as its URL (what a paper of an OParl server holds; or the body object's id):
    # the profile whose source it is.
    body_url = paper.get("body") if isinstance(paper.get("body"), str) else (body_obj or {}).get("id")
    if profile is None and isinstance(body_url, str):
        profile = lexicon.profile_for_url(body_url)
        if profile is not None:
            notes_list.append(Message(
                f"Gemeindeprofil „{profile.municipality.name}“ nach der Adresse des OParl-Servers ({body_url}).",
                f"Municipality profile \"{profile.municipality.name}\" found by the OParl server's address ({body_url}).",
            ))
    paper_land = land or (profile.municipality.land if profile else None) or AGS_LANDS.get(ags[:2])
    host_name = None
    if paper_land is None and profile is None and not (body_obj and body_obj.get("name")):
        # The server's address often names the municipality (karlsruhe.de, nordstemmen.ratsinfo...);
        # the text reader then checks that name against the directory and the cited statutes.
        address = paper.get("body") if isinstance(paper.get("body"), str) else paper.get("id")
        host_name = municipality_from_host(str(address)) if address else None
        if host_name:
            notes_list.append(Message(
                f"Gemeindename „{host_name}“ aus der Adresse des OParl-Servers ({address}).",
                f"Municipality name \"{host_name}\" taken from the OParl server's address ({address}).",
            ))

    consultations = []
    for consultation in consultations_raw:
        refs = consultation.get("organization") or []
        if not isinstance(refs, list):
            refs = [refs]
        names = list(consultation.get("organization_name") or [])
        name, obj = organizations.lookup(refs[0]) if refs else (None, None)
        if name is None and names:
            name = str(names[0])
        body = _body_for(name, obj, lexicon, profile, paper_land)
        role_text = _role(consultation)
        role = role_kind(role_text)
        meeting = consultation.get("meeting")
        day = _date(meeting.get("start")) if isinstance(meeting, Mapping) else None
        role_decides = True if role == "entscheidung" else (False if role else None)
        consultations.append((consultation, Consultation(name or (refs[0] if refs and isinstance(refs[0], str) else "?"),
                                                         body, role, role_decides, day, None)))

    deciding_raw, how = _deciding(consultations_raw)
    deciding_rows = [row for raw_c, row in consultations if any(raw_c is d for d in deciding_raw)]
    deciding = tuple(row.body for row in deciding_rows if row.body is not None)
    unnamed = [row.name for row in deciding_rows if row.body is None]
    if unnamed:
        notes_list.append(Message(
            f"Entscheidendes Gremium {', '.join(unnamed)}: Name oder Art unbekannt (organizations.json "
            "neben das Paper legen oder Gremium im Gemeindeprofil eintragen).",
            f"Deciding organization {', '.join(unnamed)}: name or kind unknown (put organizations.json "
            "next to the paper or add the body to the municipality profile).",
        ))
    if how == "none":
        notes_list.append(Message(
            "Keine Beratung ist als maßgeblich (authoritative) oder entscheidend markiert; das "
            "entscheidende Gremium wird dem Text entnommen.",
            "No consultation is marked authoritative or deciding; the deciding body is taken from the text.",
        ))
    elif how == "role":
        notes_list.append(Message(
            "Keine Beratung ist als maßgeblich (authoritative) markiert; entschieden hat die mit der "
            "Rolle „Entscheidung/Beschlussfassung“.",
            "No consultation is marked authoritative; the one with the deciding role is taken.",
        ))

    main_file = paper.get("mainFile") if isinstance(paper.get("mainFile"), Mapping) else None
    text = side_text or (str(main_file.get("text")) if main_file and main_file.get("text") else None)
    title = str(paper.get("name") or "").strip() or None
    paper_date = _date(paper.get("date"))
    decision_date = next((row.date for row in reversed(deciding_rows) if row.date), None)
    hints = Hints(
        title=title,
        reference=str(paper.get("reference") or "").strip() or None,
        date=decision_date or (paper_date if how != "none" or not text else None),
        fallback_date=paper_date,
        municipality=(profile.municipality.name if profile else None) or (str(body_obj.get("name")) if body_obj and body_obj.get("name") else None) or host_name,
        land=paper_land,
        deciding=deciding,
        deciding_source="oparl",
        # Without a deciding consultation the printed Beratungsfolge of the text says more.
        consultations=tuple(row for _, row in consultations) if (how != "none" or not text) else (),
        notes=tuple(notes_list),
        format="oparl",
    )
    parsed = _read_text(text or "", lexicon, land=land, profile=profile, hints=hints)
    if parsed.items or not title:
        return parsed
    # No text, or no Beschlussvorschlag in it: the paper's name is its one item.
    # On the heading's line: a title that begins with a heading word ("Sachstandsbericht …",
    # "Klimaschutzkonzept …", "Anlage eines Spielplatzes") would end the proposal on a line of its own.
    fallback = _read_text("Beschlussvorschlag: " + title.strip() + "\n", lexicon, land=land, profile=profile,
                          hints=attrs.evolve(hints, notes=tuple(notes_list) + (Message(
                              "Kein Beschlusstext verfügbar; der Titel des Papers wird als Beschlusspunkt gelesen.",
                              "No decision text available; the paper's name is read as its decision item.",
                          ),)))
    items = tuple(attrs.evolve(item, line=1, column=1) for item in fallback.items)
    return attrs.evolve(parsed, items=items, has_proposal=bool(items), notes=fallback.notes)

"""OParl papers from a live server, checked by the same :class:`~beschluss_rules.verdict.checker.Checker`
as papers on disk.

A paper is fetched with what deciding needs: its consultations (embedded or linked), their
organizations (names and types) and meetings (the decision date), the body (AGS and name select
the municipality profile) and the main file's text (``text``, else the file itself — PDF, DOCX or
plain text — downloaded and read). The result is written as an OParl record with everything
embedded plus the text beside it into a private temporary directory and read there by the
ordinary reader, so that a paper read from a server and the same paper read from an archive give
the same verdicts. The report names the paper by its URL.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import tempfile
from collections.abc import Callable, Iterator, Mapping
from typing import Any

import attrs

from ..errors import BeschlussRulesError
from ..model import Message, PaperResult
from ..reader.oparl import decides
from ..text.normalize import fold
from ..verdict.checker import DEFAULT_OPTIONS, Checker, CheckOptions
from .client import FetchError, OParlClient

__all__ = ["FetchedPaper", "PaperFetcher", "check_fetched", "is_url", "object_type"]

#: Consultations per paper read at most (real papers have a handful).
MAX_CONSULTATIONS = 50


def is_url(text: str) -> bool:
    return text.startswith(("https://", "http://"))


def object_type(obj: Mapping[str, Any]) -> str:
    """``Paper``, ``Body``, ``System``, ... (the last segment of the OParl ``type`` URL)."""
    return str(obj.get("type") or "").rstrip("/").rsplit("/", 1)[-1]


@attrs.frozen
class FetchedPaper:
    """A paper as fetched: the record with consultations, organizations, meetings and body
    embedded, the main file's text (if any), and notes on what could not be fetched."""

    url: str
    record: Mapping[str, Any]
    text: str | None
    notes: tuple[Message, ...] = ()


def _keep(obj: Mapping[str, Any], keys: tuple[str, ...]) -> dict[str, Any]:
    return {key: obj[key] for key in keys if key in obj}


class PaperFetcher:
    """Fetches papers from one client, remembering organizations, meetings and bodies for the run."""

    def __init__(self, client: OParlClient) -> None:
        self.client = client
        self._objects: dict[str, Mapping[str, Any] | None] = {}

    def _linked(self, ref: Any, notes: list[Message], what: Message) -> Mapping[str, Any] | None:
        if isinstance(ref, Mapping):
            return ref
        if not isinstance(ref, str):
            return None
        if ref not in self._objects:
            try:
                self._objects[ref] = self.client.get_object(ref)
            except FetchError as exc:
                self._objects[ref] = None
                notes.append(Message(f"{what.de} nicht abrufbar: {exc.render('de')}",
                                     f"{what.en} not fetched: {exc.render('en')}"))
        return self._objects[ref]

    def fetch(self, ref: str | Mapping[str, Any]) -> FetchedPaper:
        """The paper at ``ref`` (a URL, or a Paper object from a list page)."""
        paper = self.client.get_object(ref)
        url = ref if isinstance(ref, str) else str((paper or {}).get("id") or "<oparl>")
        if paper is None or object_type(paper) != "Paper":
            found = object_type(paper) if paper else "?"
            raise FetchError(f"not an OParl Paper (found: {found or 'no type'})", url=url,
                             message_de=f"kein OParl-Paper (gefunden: {found or 'ohne Typ'})")
        notes: list[Message] = []
        record = dict(paper)
        body = self._linked(paper.get("body"), notes, Message("Körperschaft", "Body"))
        if body is not None:
            record["body"] = _keep(body, ("id", "type", "name", "shortName", "ags", "rgs"))
        consultations = []
        raw = paper.get("consultation") or []
        for ref_c in raw[:MAX_CONSULTATIONS] if isinstance(raw, list) else []:
            consultation = self._linked(ref_c, notes, Message("Beratung", "Consultation"))
            if consultation is None:
                continue
            consultation = dict(consultation)
            orgs = consultation.get("organization") or []
            orgs = orgs if isinstance(orgs, list) else [orgs]
            consultation["organization"] = [
                _keep(org, ("id", "type", "name", "shortName", "organizationType", "classification"))
                if (org := self._linked(o, notes, Message("Gremium", "Organization"))) is not None else o
                for o in orgs[:5]]
            meeting = self._linked(consultation.get("meeting"), notes, Message("Sitzung", "Meeting"))
            if meeting is not None:
                consultation["meeting"] = _keep(meeting, ("id", "type", "name", "start", "end"))
            consultations.append(consultation)
        record["consultation"] = consultations
        text = self._main_text(paper, notes)
        return FetchedPaper(url, record, text, tuple(notes))

    def _main_text(self, paper: Mapping[str, Any], notes: list[Message]) -> str | None:
        main = self._linked(paper.get("mainFile"), notes, Message("Hauptdatei", "Main file"))
        if main is None:
            return None
        if isinstance(main.get("text"), str) and main["text"].strip():
            return str(main["text"])
        for key in ("accessUrl", "downloadUrl"):
            link = main.get(key)
            if not isinstance(link, str) or not is_url(link):
                continue
            try:
                response = self.client.get(link)
                return _file_text(response.content, str(main.get("fileName") or link),
                                  str(main.get("mimeType") or response.content_type))
            except BeschlussRulesError as exc:
                notes.append(Message(f"Hauptdatei nicht lesbar: {exc.render('de')}",
                                     f"Main file not readable: {exc.render('en')}"))
                return None
        return None

    def body_papers(self, body_url: str, *, since: dt.date | None = None,
                    organization: str | None = None) -> Iterator[Mapping[str, Any]]:
        """The Paper objects of the body at ``body_url`` (``since``: dated on or after;
        ``organization``: with a deciding consultation of an organization of that name)."""
        body = self.client.get_object(body_url)
        if body is None or object_type(body) != "Body":
            found = object_type(body) if body else "?"
            raise FetchError(f"not an OParl Body (found: {found or 'no type'})", url=body_url,
                             message_de=f"keine OParl-Körperschaft (gefunden: {found or 'ohne Typ'})")
        list_url = body.get("paper")
        if not isinstance(list_url, str):
            raise FetchError("the body lists no papers", message_de="die Körperschaft nennt keine Papiere",
                             url=body_url)
        params = {"modified_since": f"{since.isoformat()}T00:00:00+00:00"} if since else None
        wanted = fold(organization).strip() if organization else None
        for paper in self.client.iterate_list(list_url, params=params):
            if object_type(paper) not in ("Paper", ""):
                continue
            if since is not None:
                day = str(paper.get("date") or paper.get("modified") or "")[:10]
                if day and day < since.isoformat():
                    continue
            if wanted and not self._decided_by(paper, wanted):
                continue
            yield paper

    def _decided_by(self, paper: Mapping[str, Any], wanted: str) -> bool:
        notes: list[Message] = []
        rows = [c for c in (self._linked(r, notes, Message("Beratung", "Consultation"))
                            for r in (paper.get("consultation") or [])[:MAX_CONSULTATIONS]) if c]
        deciding = [c for c in rows if c.get("authoritative") is True
                    or decides(fold(str(c.get("role") or "")).strip())] or rows
        for consultation in deciding:
            orgs = consultation.get("organization") or []
            for ref in orgs if isinstance(orgs, list) else [orgs]:
                org = self._linked(ref, notes, Message("Gremium", "Organization"))
                if org and wanted in fold(str(org.get("name") or "")):
                    return True
        return False


def _file_text(raw: bytes, name: str, mime: str) -> str:
    from ..reader.office import extract_text
    from ..reader.source import decode_text, detect_format

    kind = detect_format(raw, name)
    if kind in ("pdf", "docx"):
        return extract_text(raw, name, kind)[0]
    if "pdf" in mime.lower():
        return extract_text(raw, name, "pdf")[0]
    return decode_text(raw, name)[0]


def check_fetched(checker: Checker, fetched: FetchedPaper, options: CheckOptions = DEFAULT_OPTIONS,
                  ) -> list[PaperResult]:
    """Check a fetched paper with ``checker``; results are named by the paper's URL."""
    with tempfile.TemporaryDirectory(prefix="beschluss-oparl-") as top:
        # One level down: the reader also looks one directory up for organizations.json.
        directory = os.path.join(top, "paper")
        os.mkdir(directory)
        path = os.path.join(directory, "paper.json")
        with open(path, "w", encoding="utf-8") as handle:
            json.dump(fetched.record, handle, ensure_ascii=False)
        if fetched.text:
            with open(os.path.join(directory, "paper.txt"), "w", encoding="utf-8") as handle:
                handle.write(fetched.text)
        results = checker.check_file(path, options)
    out = []
    for result in results:
        paper = result.paper
        if paper is not None:
            paper = attrs.evolve(paper, path=fetched.url, notes=paper.notes + fetched.notes)
        errors = tuple(Message(e.de.replace(path, fetched.url), e.en.replace(path, fetched.url))
                       for e in result.errors)
        out.append(attrs.evolve(result, path=fetched.url, paper=paper, errors=errors))
    return out


def check_url(checker: Checker, client: OParlClient, url: str, options: CheckOptions = DEFAULT_OPTIONS,
              ) -> list[PaperResult]:
    """Fetch and check the paper at ``url``; a fetch failure is the result's error (as for an
    unreadable file)."""
    try:
        fetched = PaperFetcher(client).fetch(url)
    except BeschlussRulesError as exc:
        return [PaperResult(url, None, (), (Message(exc.render("de"), exc.render("en")),))]
    return check_fetched(checker, fetched, options)


def check_body(checker: Checker, client: OParlClient, body_url: str, options: CheckOptions = DEFAULT_OPTIONS,
               *, since: dt.date | None = None, organization: str | None = None,
               progress: Callable[[int, str], None] | None = None) -> Iterator[PaperResult]:
    """Check every paper of a body, one after the other (``progress(count, url)`` after each)."""
    fetcher = PaperFetcher(client)
    count = 0
    for paper in fetcher.body_papers(body_url, since=since, organization=organization):
        url = str(paper.get("id") or body_url)
        try:
            results = check_fetched(checker, fetcher.fetch(paper), options)
        except BeschlussRulesError as exc:
            results = [PaperResult(url, None, (), (Message(exc.render("de"), exc.render("en")),))]
        count += 1
        yield from results
        if progress is not None:
            progress(count, url)

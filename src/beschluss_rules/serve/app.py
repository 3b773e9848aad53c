"""The ASGI application of ``beschluss-rules serve``: the HTTP API under ``/v1`` and the web page.

Every check runs in a worker thread with a Checker borrowed from a :class:`~.pool.CheckerPool`
— the same Checker, reader and report code as the command line; the server has no logic of its
own. Limits (docs/serve.md): request size (413), time per request (504), work at once (503),
distinct inline profiles (503). Errors are ``application/problem+json`` (RFC 9457). No file path
is ever taken from a client: uploads are written under names the server chooses, into a private
temporary directory, and the upload's own file name only names the paper in the report.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import logging
import os
import re
import tempfile
import threading
from collections.abc import Callable, Mapping
from importlib.resources import files
from typing import TYPE_CHECKING, Any, Literal

import anyio
import attrs
from fastapi import FastAPI, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.openapi.utils import get_openapi
from fastapi.responses import JSONResponse, Response
from pydantic import BaseModel, ConfigDict, Field
from starlette.exceptions import HTTPException as StarletteHTTPException

from .._version import __version__
from ..errors import BeschlussRulesError, InputError, UsageError
from ..model import LANDS, Message, PaperResult
from ..report.registry import FORMAT_NAMES, render
from ..report.report import Report, report_json, report_schema
from ..verdict.checker import Checker, CheckOptions
from .explain import EXPLAIN_SCHEMA, explain_json
from .http import PROBLEM, Limits, Problem, problem_response
from .pool import CheckerPool
from .settings import ServeSettings

__all__ = ["create_app"]

_UPLOAD_SUFFIXES = (".txt", ".md", ".markdown", ".json", ".docx", ".pdf")
#: Media types of the formats that are not plain text (every other format is).
_MEDIA = {"json": "application/json", "sarif": "application/sarif+json", "junit": "application/xml",
          "gitlab": "application/json"}
_TEXT = "text/plain; charset=utf-8"
_STATIC = {"app.js": "text/javascript; charset=utf-8", "app.css": "text/css; charset=utf-8",
           "favicon.svg": "image/svg+xml"}
# --- models (the OpenAPI document describes them) ----------------------------------------------

Lang = Literal["de", "en"]
if TYPE_CHECKING:
    LandCode = str
    FormatName = str
else:  # enumerations in the OpenAPI document, from the model's and the format registry's tables
    LandCode = Literal[tuple(LANDS)]
    FormatName = Literal[FORMAT_NAMES]


class ProblemModel(BaseModel):
    type: str = "about:blank"
    title: str
    status: int
    detail: str


class CheckRequest(BaseModel):
    """A paper as text, with what the caller knows better than the paper."""

    model_config = ConfigDict(extra="forbid")
    text: str = Field(min_length=1, max_length=5_000_000, description="the paper's text (plain or Markdown)")
    name: str | None = Field(default=None, max_length=200, description="names the paper in the report")
    land: LandCode | None = Field(default=None, description="Land code: " + ", ".join(LANDS))
    municipality: str | None = Field(default=None, max_length=200, description="profile id, name or AGS")
    date: dt.date | None = Field(default=None, description="session date; selects the law in force")
    profile: str | None = Field(default=None, max_length=200_000, description="an inline municipality profile (YAML)")


class OParlCheckRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")
    url: str = Field(min_length=8, max_length=2000, pattern=r"^https?://", description="a Paper or Body URL")
    since: dt.date | None = Field(default=None, description="for a body: papers dated on or after")
    organization: str | None = Field(default=None, max_length=200, description="for a body: deciding organization")
    land: LandCode | None = None
    municipality: str | None = Field(default=None, max_length=200)
    date: dt.date | None = None


class JobModel(BaseModel):
    id: str
    status: str
    url: str
    papers_done: int
    error: str | None = None
    offset: int = 0
    results: list[dict[str, Any]] = []
    stream: str


_ERRORS = {code: {"model": ProblemModel, "content": {PROBLEM: {}}, "description": text} for code, text in (
    (400, "bad request"), (403, "OParl host not allowed or OParl not configured"), (404, "not found"), (413, "request too large"), (415, "unsupported media type"),
    (422, "invalid input or unreadable paper"), (502, "the OParl server failed"), (503, "busy: too much work at once"),
    (504, "the request took too long"))}


def _responses(*codes: int, ok: Mapping[int | str, Any] | None = None) -> dict[int | str, Any]:
    out: dict[int | str, Any] = {code: _ERRORS[code] for code in codes}
    out.update(ok or {})
    return out


_PAPER_CODES = (400, 413, 415, 422, 503, 504)
_FORMAT_RE = "^(" + "|".join(FORMAT_NAMES) + ")$"


# --- the application ---------------------------------------------------------------------------

class _Service:
    """State of one application: the Checker pool, limits, inline-profile Checkers, jobs."""

    def __init__(self, settings: ServeSettings) -> None:
        from ..rulebase.loader import load_rule_base

        self.settings = settings
        base = load_rule_base(settings.rules) if settings.rules else None
        self.pool = CheckerPool(settings.workers, rule_base=base, profiles=settings.profiles,
                                engine=settings.engine)
        self.limiter = anyio.CapacityLimiter(settings.workers)
        self.pending = 0
        self._inline: dict[str, CheckerPool] = {}
        self._inline_lock = threading.Lock()
        self.jobs: dict[str, Any] = {}
        self.rules = {rule.id: rule for rule in self.pool.rule_base.rules}

    # -- running work in threads, within the limits --

    async def run(self, work: Callable[[], Any]) -> Any:
        if self.pending >= self.settings.max_pending:
            raise Problem(503, "Busy", "Too many requests at once; try again shortly.")
        self.pending += 1
        try:
            with anyio.fail_after(self.settings.request_timeout):
                return await anyio.to_thread.run_sync(work, limiter=self.limiter, abandon_on_cancel=True)
        except TimeoutError:
            raise Problem(504, "Timeout", f"The request took longer than {self.settings.request_timeout:g} s.") from None
        finally:
            self.pending -= 1

    def inline_pool(self, profile_yaml: str) -> CheckerPool:
        digest = hashlib.sha256(profile_yaml.encode("utf-8")).hexdigest()
        with self._inline_lock:
            found = self._inline.get(digest)
            if found is not None:
                return found
            if len(self._inline) >= self.settings.max_inline_profiles:
                raise Problem(503, "Too many inline profiles",
                              "This server has compiled as many distinct inline profiles as it may; "
                              "configure the profile on the server (serve --profile FILE).")
            with tempfile.TemporaryDirectory(prefix="beschluss-profile-") as directory:
                path = os.path.join(directory, "profile.yaml")
                with open(path, "w", encoding="utf-8") as handle:
                    handle.write(profile_yaml)
                try:
                    pool = CheckerPool(1, rule_base=self.pool.rule_base, profiles=[path],
                                       engine=self.settings.engine)
                except BeschlussRulesError as exc:
                    raise Problem(422, "Invalid profile", _scrub(exc.render("en"), path, "profile")) from None
            self._inline[digest] = pool
            return pool

    # -- reports --

    def report(self, checker: Checker, results: list[PaperResult], lang: str) -> Report:
        base = checker.rule_base
        return Report(results, lang=lang, rules={rule.id: rule for rule in base.rules},
                      rule_base=base.digest[:16],
                      matter_labels={m.id: m.label for m in base.vocabulary.matters.values()})


def _scrub(text: str, path: str, name: str) -> str:
    """A message about a file the server wrote, naming it as the client did."""
    return text.replace(path, name)


def _display_name(name: str | None, default: str) -> str:
    """The upload's own file name, without directories or control characters (it only names the
    paper in the report)."""
    if not name:
        return default
    base = re.split(r"[\\/]", name)[-1]
    base = re.sub(r"[\x00-\x1f\x7f]", "", base).strip()[:200]
    return base or default


def _options(land: str | None, municipality: str | None, date: dt.date | None) -> CheckOptions:
    try:
        return CheckOptions(land=land or None, municipality=municipality or None, date=date)
    except UsageError as exc:
        raise Problem(400, "Bad request", exc.render("en")) from None


def _parse_date(value: str | None) -> dt.date | None:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise Problem(400, "Bad request", f"not a date YYYY-MM-DD: {value!r}") from None


@attrs.frozen
class _Paper:
    """A paper as the client sent it: text, or bytes of an upload with its display name."""

    name: str
    text: str | None = None
    raw: bytes | None = None
    suffix: str = ".txt"
    options: CheckOptions = CheckOptions()
    profile: str | None = None


def _check_paper(checker: Checker, paper: _Paper) -> list[PaperResult]:
    if paper.text is not None and paper.suffix == ".txt":
        return [checker.check_text(paper.text, paper.name, paper.options)]
    raw = paper.raw if paper.raw is not None else (paper.text or "").encode("utf-8")
    from ..reader import sniff

    try:
        oparl = sniff(raw, "paper" + paper.suffix) == "oparl"
    except InputError:
        oparl = False  # check_bytes says what is wrong with it
    if not oparl:
        # Read from memory, under the name "paper<suffix>" so that no client name reaches the
        # reader; the report names the upload.
        results = checker.check_bytes(raw, "paper" + paper.suffix, paper.options)
        return [_renamed(result, "paper" + paper.suffix, paper.name) for result in results]
    with tempfile.TemporaryDirectory(prefix="beschluss-upload-") as top:
        # One level down: the OParl reader also looks one directory up for organizations.json,
        # and that directory must be private too.
        directory = os.path.join(top, "upload")
        os.mkdir(directory)
        path = os.path.join(directory, "paper" + paper.suffix)
        with open(path, "wb") as handle:
            handle.write(raw)
        results = checker.check_file(path, paper.options)
    return [_renamed(result, path, paper.name if len(results) == 1
                     else f"{paper.name}#{result.path.rsplit('#', 1)[-1] or index + 1}", paper.name)
            for index, result in enumerate(results)]


def _renamed(result: PaperResult, path: str, name: str, display: str | None = None) -> PaperResult:
    """``result`` named ``name``, with the server's own file name ``path`` replaced in messages."""
    shown = display or name
    errors = tuple(Message(_scrub(e.de, path, shown), _scrub(e.en, path, shown)) for e in result.errors)
    paper = attrs.evolve(result.paper, path=name) if result.paper is not None else None
    return attrs.evolve(result, path=name, paper=paper, errors=errors)


async def _read_paper(request: Request) -> _Paper:
    kind = request.headers.get("content-type", "").split(";")[0].strip().lower()
    if kind == "application/json":
        raw = await request.body()
        try:
            json.loads(raw)
        except (ValueError, RecursionError):
            raise Problem(422, "Invalid JSON", "The request body is not valid JSON.") from None
        try:
            # Strict: a date is an ISO date string, never a number of seconds.
            req = CheckRequest.model_validate_json(raw, strict=True)
        except ValueError as exc:
            raise Problem(422, "Invalid request", _validation_text(exc)) from None
        name = _display_name(req.name, "vorlage.txt")
        suffix = ".md" if name.lower().endswith((".md", ".markdown")) else ".txt"
        return _Paper(name, text=req.text, suffix=suffix, options=_options(req.land, req.municipality, req.date),
                      profile=req.profile)
    if kind == "multipart/form-data":
        try:
            form = await request.form(max_files=2, max_fields=10, max_part_size=21 * 1024 * 1024)
        except Exception:  # python-multipart raises several kinds for malformed bodies
            raise Problem(422, "Invalid form", "The multipart form cannot be read.") from None
        upload = form.get("file")
        fields: dict[str, str] = {}
        for key in ("land", "municipality", "date", "text", "profile", "name"):
            value = form.get(key)
            if isinstance(value, str):
                fields[key] = value[:5_000_000]
            elif value is not None and key == "profile" and hasattr(value, "read"):
                fields[key] = (await value.read(200_001)).decode("utf-8", "replace")
        if len(fields.get("profile", "")) > 200_000:
            raise Problem(413, "Profile too large", "An inline profile may have at most 200,000 characters.")
        options = _options(fields.get("land"), fields.get("municipality"), _parse_date(fields.get("date")))
        profile = fields.get("profile") or None
        if upload is not None and hasattr(upload, "read"):
            raw = await upload.read()
            name = _display_name(getattr(upload, "filename", None), "upload")
            lower = name.lower()
            suffix = next((s for s in _UPLOAD_SUFFIXES if lower.endswith(s)), "")
            if not raw.strip():
                raise Problem(422, "Unreadable paper", f"{name}: the file is empty / die Datei ist leer")
            return _Paper(name, raw=raw, suffix=suffix or ".bin", options=options, profile=profile)
        if fields.get("text", "").strip():
            return _Paper(_display_name(fields.get("name"), "vorlage.txt"), text=fields["text"],
                          options=options, profile=profile)
        raise Problem(422, "No paper", "Send a file in the field 'file' or the text in the field 'text'.")
    raise Problem(415, "Unsupported media type",
                  "Send the paper as multipart/form-data (field 'file') or as application/json.")


def _validation_text(exc: Exception) -> str:
    errors = getattr(exc, "errors", None)
    if callable(errors):
        parts = []
        for error in errors()[:5]:
            where = ".".join(str(x) for x in error.get("loc", ()) if x != "body")
            parts.append(f"{where or 'body'}: {error.get('msg', 'invalid')}")
        return "; ".join(parts)
    return str(exc)


def _lang(value: str | None) -> str:
    return "en" if value == "en" else "de"


def _unreadable(results: list[PaperResult], lang: str) -> None:
    bad = [r for r in results if r.paper is None and r.errors]
    if bad and len(bad) == len(results):
        raise Problem(422, "Unreadable paper" if lang == "en" else "Papier nicht lesbar",
                      " ".join(e.get(lang) for r in bad for e in r.errors))


def _static(name: str) -> bytes:
    return files("beschluss_rules.serve").joinpath("static", name).read_bytes()


def _report_components() -> dict[str, Any]:
    """The JSON report's schema as OpenAPI components (``Report`` and ``Report_<def>``)."""
    schema = report_schema()
    text = json.dumps(schema).replace('"#/$defs/', '"#/components/schemas/Report_')
    schema = json.loads(text)
    out = {f"Report_{name}": value for name, value in schema.pop("$defs", {}).items()}
    for key in ("$schema", "$id"):
        schema.pop(key, None)
    out["Report"] = schema
    return out


def create_app(settings: ServeSettings | None = None) -> FastAPI:
    """The application; builds the Checker pool at once (so the first request is not slow)."""
    settings = settings or ServeSettings()
    service = _Service(settings)
    app = FastAPI(title="beschluss-rules", version=__version__,
                  description="Prüft, ob das in einer Beschlussvorlage genannte Gremium zuständig ist, "
                  "mit Fundstelle. / Checks whether the body named in a council paper is competent, "
                  "citing the norm.", docs_url=None, redoc_url=None)
    app.state.service = service

    async def problem_handler(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, Problem)
        return problem_response(exc.status, exc.title, exc.detail, **exc.extra)

    async def http_handler(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, StarletteHTTPException)
        response = problem_response(exc.status_code, str(exc.detail) if exc.status_code != 404 else "Not found",
                                    str(exc.detail))
        response.headers.update(exc.headers or {})  # e.g. Allow on 405
        return response

    async def validation_handler(request: Request, exc: Exception) -> Response:
        return problem_response(422, "Invalid request", _validation_text(exc))

    async def error_handler(request: Request, exc: Exception) -> Response:
        logging.getLogger("beschluss_rules.serve").exception("internal error")
        return problem_response(500, "Internal error", "An internal error occurred; it has been logged.")

    app.add_exception_handler(Problem, problem_handler)
    app.add_exception_handler(StarletteHTTPException, http_handler)
    app.add_exception_handler(RequestValidationError, validation_handler)
    app.add_exception_handler(Exception, error_handler)

    paper_body = {"requestBody": {"required": True, "content": {
        "application/json": {"schema": {"$ref": "#/components/schemas/CheckRequest"}},
        "multipart/form-data": {"schema": {"type": "object", "required": ["file"], "properties": {
            "file": {"type": "string", "format": "binary", "description": "txt, md, docx, pdf or OParl JSON"},
            "land": {"type": "string"}, "municipality": {"type": "string"},
            "date": {"type": "string", "format": "date"}, "profile": {"type": "string"}}}},
    }}}

    async def _checked(request: Request, lang: str) -> tuple[list[PaperResult], Report]:
        paper = await _read_paper(request)
        pool = service.pool
        if paper.profile:
            pool = await service.run(lambda: service.inline_pool(paper.profile or ""))

        def work() -> tuple[list[PaperResult], Report]:
            with pool.checker() as checker:
                try:
                    results = _check_paper(checker, paper)
                except UsageError as exc:
                    raise Problem(400, "Bad request", exc.render(lang)) from None
                except InputError as exc:
                    raise Problem(422, "Unreadable paper", exc.render(lang)) from None
                return results, service.report(checker, results, lang)

        results, report = await service.run(work)
        _unreadable(results, lang)
        return results, report

    @app.post("/v1/check", summary="Check a paper / Vorlage prüfen", openapi_extra=paper_body,
              responses=_responses(*_PAPER_CODES, ok={200: {
                  "description": "the report in the chosen format: `json` the report (schema "
                  "beschluss-rules/report/v1, the bytes `check --format json` writes), `gitlab` GitLab "
                  "Code Quality (a JSON array), `sarif` SARIF 2.1.0, `junit` JUnit XML, others text",
                  "content": {"application/json": {"schema": {"anyOf": [
                      {"$ref": "#/components/schemas/Report"},
                      {"type": "array", "items": {"type": "object"}, "description": "format=gitlab"}]}},
                              "application/sarif+json": {}, "application/xml": {}, "text/plain": {}}}}))
    async def check(request: Request, format: FormatName = "json", lang: Lang = "de") -> Response:
        _results, report = await _checked(request, _lang(lang))
        return Response(render(format, report), media_type=_MEDIA.get(format, _TEXT))

    @app.post("/v1/explain", summary="The chain of rules per item / Begründungskette", openapi_extra=paper_body,
              responses=_responses(*_PAPER_CODES, ok={200: {"description": f"schema {EXPLAIN_SCHEMA}", "content": {
                  "application/json": {"schema": {"type": "object", "required": ["schema", "report", "papers"]}}}}}))
    async def explain(request: Request, lang: Lang = "de") -> Response:
        language = _lang(lang)
        results, report = await _checked(request, language)
        body = explain_json(results, report_json(results, lang=language, rule_base=report.rule_base),
                            service.rules, language, report.matter_labels)
        return JSONResponse(body)

    def _rule_json(rule: Any, lang: str) -> dict[str, Any]:
        return {"id": rule.id, "kind": rule.kind, "land": rule.land, "level": rule.level.value,
                "title": rule.title.get(lang), "certainty": rule.certainty,
                "competent": list(rule.competent), "municipality": rule.municipality,
                "valid": {"from": rule.valid.start.isoformat(),
                          "until": rule.valid.end.isoformat() if rule.valid.end else None},
                "references": [ref.to_json() for ref in rule.references]}

    @app.get("/v1/rules", summary="The rule catalogue / Regelkatalog", responses=_responses(400))
    async def rules(land: LandCode | None = None, lang: Lang = "de") -> list[dict[str, Any]]:
        return [_rule_json(rule, _lang(lang)) for rule in service.pool.rule_base.rules if land in (None, rule.land)]

    @app.get("/v1/rules/{rule_id}", summary="One rule / eine Regel", responses=_responses(404))
    async def rule(rule_id: str, lang: Lang = "de") -> dict[str, Any]:
        found = service.rules.get(rule_id)
        if found is None:
            raise Problem(404, "Not found", f"no rule with id {rule_id!r}")
        out = _rule_json(found, _lang(lang))
        out["description"] = found.description
        return out

    @app.get("/v1/laender", summary="The Länder / die Länder")
    async def laender() -> list[dict[str, Any]]:
        counts: dict[str, int] = {}
        for r in service.pool.rule_base.rules:
            counts[r.land] = counts.get(r.land, 0) + 1
        return [{"code": code, "name": name, "rules": counts.get(code, 0)} for code, name in LANDS.items()]

    @app.get("/v1/municipalities", summary="Municipality profiles, and a search of the municipality "
             "directory by name or AGS / Gemeindeprofile und Suche im Gemeindeverzeichnis")
    async def municipalities(q: str | None = Query(default=None, max_length=100)) -> list[dict[str, Any]]:
        """Without ``q``: every municipality profile. With ``q``: the profiles whose id, name,
        alias or AGS contains it, then (``q`` of three characters or more) up to 20 entries of the
        official municipality directory (``profile: false``: Land and AGS known, no local
        delegations)."""
        wanted = (q or "").casefold().strip()
        out: list[dict[str, Any]] = []
        for profile in service.pool.rule_base.profiles:
            m = profile.municipality
            names = [profile.id, m.ags, m.name, *profile.aliases]
            if wanted and not any(wanted in n.casefold() for n in names):
                continue
            out.append({"id": profile.id, "name": m.name, "ags": m.ags, "land": m.land, "kreisfrei": m.kreisfrei,
                        "profile": True, "bodies": [b.to_json() for b in m.bodies],
                        "delegations": len(profile.delegations), "delegations_complete": m.delegations_complete})
        if len(wanted) >= 3:
            from ..reader.municipal_directory import search

            known = {entry["ags"] for entry in out}
            for entry in search(wanted):
                if entry.ags not in known:
                    out.append({"id": None, "name": entry.full_name, "ags": entry.ags, "land": entry.land,
                                "kreis": entry.kreis, "profile": False})
        return out

    from .oparl_routes import add_oparl_routes

    add_oparl_routes(app, service)

    @app.get("/healthz", include_in_schema=False)
    async def healthz() -> dict[str, str]:
        return {"status": "ok", "version": __version__}

    @app.get("/", include_in_schema=False)
    async def page(lang: str = "de") -> Response:
        html = _static("index.html").decode("utf-8")
        if lang == "en":
            html = html.replace('<html lang="de">', '<html lang="en">', 1)
        return Response(html, media_type="text/html; charset=utf-8")

    @app.get("/static/{name}", include_in_schema=False)
    async def static(name: str) -> Response:
        media = _STATIC.get(name)  # a fixed list: never a path from the client
        if media is None:
            raise Problem(404, "Not found", "no such asset")
        return Response(_static(name), media_type=media, headers={"Cache-Control": "max-age=3600"})

    def openapi() -> dict[str, Any]:
        if app.openapi_schema:
            return app.openapi_schema
        schema = get_openapi(title=app.title, version=app.version, description=app.description, routes=app.routes)
        components = schema.setdefault("components", {}).setdefault("schemas", {})
        components.update(_report_components())
        components["CheckRequest"] = CheckRequest.model_json_schema(ref_template="#/components/schemas/{model}")
        components.setdefault("ProblemModel", ProblemModel.model_json_schema())
        # Every error answer is application/problem+json, the request validation errors too.
        for operations in schema.get("paths", {}).values():
            for operation in operations.values():
                for code, response in operation.get("responses", {}).items():
                    if str(code).startswith(("4", "5")):
                        response["content"] = {PROBLEM: {"schema": {"$ref": "#/components/schemas/ProblemModel"}}}
                if "parameters" in operation or "requestBody" in operation:
                    operation["responses"].setdefault("422", {
                        "description": _ERRORS[422]["description"],
                        "content": {PROBLEM: {"schema": {"$ref": "#/components/schemas/ProblemModel"}}}})
        app.openapi_schema = schema
        return schema

    app.openapi = openapi  # type: ignore[method-assign]
    app.add_middleware(Limits, settings=settings)
    return app

"""``POST /v1/oparl/check`` and the jobs that check a whole body (``/v1/jobs/{id}``).

A paper URL is fetched and checked within the request. A body URL starts a job — a whole body
outlasts one request — whose progress and paged results are read from ``/v1/jobs/{id}`` or
streamed as NDJSON from ``/v1/jobs/{id}/stream``. Jobs live in the memory of the process (a
restart forgets them); at most ``max_jobs`` are kept, finished ones are dropped first.

The server fetches only from the hosts of its allow-list (``--oparl-host``); with none configured
it fetches nothing (403).
"""

from __future__ import annotations

import json
import threading
import uuid
from collections.abc import AsyncIterator
from typing import Any

import anyio
from fastapi import FastAPI
from fastapi.responses import JSONResponse, StreamingResponse

from ..errors import BeschlussRulesError
from ..model import PaperResult
from ..oparl import FetchError, HostPolicy, OParlClient, PaperFetcher, check_fetched, object_type
from ..report.report import report_json
from .app import JobModel, Lang, OParlCheckRequest, _options, _responses
from .http import Problem

__all__ = ["add_oparl_routes"]


class _Job:
    def __init__(self, url: str, lang: str) -> None:
        self.id = uuid.uuid4().hex
        self.url = url
        self.lang = lang
        self.status = "running"
        self.error: str | None = None
        self.papers: list[dict[str, Any]] = []
        self.lock = threading.Lock()

    def add(self, paper: dict[str, Any]) -> None:
        with self.lock:
            self.papers.append(paper)

    def view(self, offset: int, limit: int) -> dict[str, Any]:
        with self.lock:
            return {"id": self.id, "status": self.status, "url": self.url, "papers_done": len(self.papers),
                    "error": self.error, "offset": offset, "results": self.papers[offset:offset + limit],
                    "stream": f"/v1/jobs/{self.id}/stream"}


def add_oparl_routes(app: FastAPI, service: Any) -> None:
    problem = Problem
    responses = _responses
    settings = service.settings
    state: dict[str, Any] = {"client": None}
    jobs: dict[str, _Job] = {}
    jobs_lock = threading.Lock()

    def client() -> OParlClient:
        if not settings.oparl_hosts:
            raise problem(403, "OParl fetching not configured",
                          "This server fetches from no OParl host; start it with --oparl-host HOST.")
        if state["client"] is None:
            state["client"] = OParlClient(HostPolicy(frozenset(settings.oparl_hosts)), timeout=settings.oparl_timeout,
                                          retries=settings.oparl_retries, min_interval=settings.oparl_min_interval)
        return state["client"]  # type: ignore[no-any-return]

    def fetch_problem(exc: BeschlussRulesError, lang: str) -> Exception:
        if isinstance(exc, FetchError) and exc.refused:
            return problem(403, "Host not allowed", exc.render(lang))
        if isinstance(exc, FetchError):
            return problem(502, "OParl server error", exc.render(lang))
        return problem(422, "Not an OParl paper", exc.render(lang))

    def run_job(job: _Job, options: Any, since: Any, organization: str | None) -> None:
        fetcher = PaperFetcher(client())
        try:
            count = 0
            for paper in fetcher.body_papers(job.url, since=since, organization=organization):
                if count >= settings.max_job_papers:
                    break
                url = str(paper.get("id") or job.url)
                try:
                    fetched = fetcher.fetch(paper)
                    with service.pool.checker() as checker:
                        results = check_fetched(checker, fetched, options)
                except BeschlussRulesError as exc:
                    from ..model import Message

                    results = [PaperResult(url, None, (), (Message(exc.render("de"), exc.render("en")),))]
                for result in results:
                    job.add(report_json([result], lang=job.lang)["papers"][0])
                count += 1
            job.status = "done"
        except BeschlussRulesError as exc:
            job.error = exc.render(job.lang)
            job.status = "failed"
        except Exception:  # noqa: BLE001 - a job must end with a status, whatever happened
            import logging

            logging.getLogger("beschluss_rules.serve").exception("job %s failed", job.id)
            job.error = "internal error"
            job.status = "failed"

    def new_job(url: str, lang: str) -> _Job:
        with jobs_lock:
            if len(jobs) >= settings.max_jobs:
                finished = [j for j in jobs.values() if j.status != "running"]
                if not finished:
                    raise problem(503, "Busy", "Too many body checks are running; try again later.")
                del jobs[finished[0].id]
            job = _Job(url, lang)
            jobs[job.id] = job
            return job

    ok: dict[int | str, Any] = {200: {"description": "the report of the paper (as POST /v1/check)",
                "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Report"}}}},
          202: {"description": "a job checking every paper of the body", "model": JobModel}}

    @app.post("/v1/oparl/check", summary="Check a paper or a body of an OParl server",
              responses=responses(400, 403, 413, 422, 502, 503, 504, ok=ok))
    async def oparl_check(request: OParlCheckRequest, lang: Lang = "de") -> Any:
        lang = "en" if lang == "en" else "de"
        options = _options(request.land, request.municipality, request.date)
        oparl = client()

        def fetch_first() -> Any:
            try:
                return oparl.get_object(request.url)
            except BeschlussRulesError as exc:
                raise fetch_problem(exc, lang) from None

        obj = await service.run(fetch_first)
        kind = object_type(obj) if obj is not None else ""
        if kind == "Body":
            job = new_job(request.url, lang)
            threading.Thread(target=run_job, args=(job, options, request.since, request.organization),
                             daemon=True, name=f"oparl-job-{job.id[:8]}").start()
            return JSONResponse(job.view(0, 0), status_code=202, headers={"Location": f"/v1/jobs/{job.id}"})
        if kind != "Paper":
            raise problem(422, "Not an OParl Paper or Body",
                          f"The URL gives an OParl {kind or 'object without type'}; give a Paper or a Body URL.")

        def work() -> Any:
            try:
                fetched = PaperFetcher(oparl).fetch(obj)
            except BeschlussRulesError as exc:
                raise fetch_problem(exc, lang) from None
            with service.pool.checker() as checker:
                results = check_fetched(checker, fetched, options)
                return service.report(checker, results, lang)

        report = await service.run(work)
        from ..report.registry import render

        return JSONResponse(json.loads(render("json", report)))

    @app.get("/v1/jobs/{job_id}", summary="A body check: progress and paged results", response_model=JobModel,
             responses=responses(404))
    async def job_status(job_id: str, offset: int = 0, limit: int = 50) -> Any:
        job = jobs.get(job_id)
        if job is None:
            raise problem(404, "Not found", f"no job {job_id!r}")
        return job.view(max(0, offset), max(0, min(limit, 500)))

    @app.get("/v1/jobs/{job_id}/stream", summary="A body check's results as NDJSON, as they come",
             responses=responses(404, ok={200: {"description": "one JSON object per line: a paper of the report, "
                                                "then a last line with the job's status",
                                                "content": {"application/x-ndjson": {}}}}))
    async def job_stream(job_id: str) -> StreamingResponse:
        job = jobs.get(job_id)
        if job is None:
            raise problem(404, "Not found", f"no job {job_id!r}")

        async def lines() -> AsyncIterator[bytes]:
            sent = 0
            while True:
                with job.lock:
                    fresh = job.papers[sent:]
                    status = job.status
                for paper in fresh:
                    yield (json.dumps(paper, ensure_ascii=False) + "\n").encode("utf-8")
                sent += len(fresh)
                if status != "running" and not fresh:
                    yield (json.dumps({"status": status, "papers_done": sent, "error": job.error}) + "\n").encode()
                    return
                if not fresh:
                    await anyio.sleep(0.1)

        return StreamingResponse(lines(), media_type="application/x-ndjson")

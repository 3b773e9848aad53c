"""A local OParl 1.1 server for the tests, on 127.0.0.1 (no traffic leaves the machine).

It serves, as a real council information system would: a System, a Body (Stadt Karlsruhe, with
its AGS) whose paper list is paged (``links.next``), the Karlsruhe corpus papers of
``../shared/corpus`` with their URLs rewritten to this server, their organizations and meetings
as linked objects, each paper's main file as a linked File whose ``accessUrl`` downloads the
text; the Heinsberg example as a Paper of Stadt Heinsberg whose main file is a PDF; ETag
revalidation (304); and the awkward endpoints: ``/oparl/slow`` (answers after 3 s),
``/oparl/fail`` (always 500), ``/oparl/flaky`` (503 once, then the Heinsberg paper),
``/oparl/redirect-out`` (a redirect to a host that is not allowed).
"""

from __future__ import annotations

import hashlib
import json
import threading
import time
from collections import Counter
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

ROOT = Path(__file__).resolve().parent.parent.parent
SHARED = ROOT.parent / "shared"
CORPUS = SHARED / "corpus" / "karlsruhe"
EXAMPLE = ROOT / "examples" / "heinsberg-beitritt-netzwerk-innenstadt.txt"
KA = "https://web1.karlsruhe.de/oparl/bodies/0001"
PAGE_SIZE = 4


def corpus_available() -> bool:
    return (CORPUS / "papers").is_dir() and (CORPUS / "organizations.json").is_file()


class OParlFixture:
    """The served data and the request counts (``hits[path]``)."""

    def __init__(self, base: str, papers: int = 10) -> None:
        self.base = base
        self.hits: Counter[str] = Counter()
        self.flaky_served = False
        self.papers: dict[str, dict[str, Any]] = {}
        self.texts: dict[str, str] = {}
        self.organizations: dict[str, str] = {}
        if corpus_available():
            self.organizations = json.loads((CORPUS / "organizations.json").read_text(encoding="utf-8"))
            for path in sorted((CORPUS / "papers").glob("*.json"))[:papers]:
                ref = path.stem
                text = path.read_text(encoding="utf-8").replace(KA, f"{base}/oparl/ka")
                paper = json.loads(text)
                paper["id"] = f"{base}/oparl/paper/{ref}"
                paper["body"] = f"{base}/oparl/body/1"
                side = path.with_suffix(".txt")
                if side.is_file():
                    self.texts[ref] = side.read_text(encoding="utf-8")
                    paper["mainFile"] = f"{base}/oparl/file/{ref}"
                self.papers[ref] = paper

    def body(self) -> dict[str, Any]:
        return {"id": f"{self.base}/oparl/body/1", "type": "https://schema.oparl.org/1.1/Body",
                "name": "Stadt Karlsruhe", "ags": "08212000", "paper": f"{self.base}/oparl/body/1/papers"}

    def heinsberg(self) -> dict[str, Any]:
        return {"id": f"{self.base}/oparl/hs/paper/1", "type": "https://schema.oparl.org/1.1/Paper",
                "name": 'Beitritt der Stadt Heinsberg zum "Netzwerk Innenstadt NRW"', "reference": "2021/123",
                "paperType": "Beschlussvorlage",
                "body": {"id": f"{self.base}/oparl/hs/body", "type": "https://schema.oparl.org/1.1/Body",
                         "name": "Stadt Heinsberg", "ags": "05370016"},
                "mainFile": {"id": f"{self.base}/oparl/hs/file/1", "type": "https://schema.oparl.org/1.1/File",
                             "name": "Vorlage", "fileName": "vorlage.pdf", "mimeType": "application/pdf",
                             "accessUrl": f"{self.base}/oparl/hs/download/vorlage.pdf"}}

    def route(self, path: str, query: dict[str, list[str]]) -> tuple[int, str, bytes, dict[str, str]]:
        """(status, content type, body, extra headers) for ``path``."""
        def js(obj: Any, status: int = 200) -> tuple[int, str, bytes, dict[str, str]]:
            return status, "application/json", json.dumps(obj, ensure_ascii=False).encode("utf-8"), {}

        if path == "/oparl/system":
            return js({"id": f"{self.base}/oparl/system", "type": "https://schema.oparl.org/1.1/System",
                       "oparlVersion": "https://schema.oparl.org/1.1/", "body": f"{self.base}/oparl/bodies"})
        if path == "/oparl/body/1":
            return js(self.body())
        if path == "/oparl/body/1/papers":
            page = int(query.get("page", ["1"])[0])
            refs = sorted(self.papers)
            chunk = refs[(page - 1) * PAGE_SIZE: page * PAGE_SIZE]
            links = {"first": f"{self.base}/oparl/body/1/papers?page=1"}
            if page * PAGE_SIZE < len(refs):
                links["next"] = f"/oparl/body/1/papers?page={page + 1}"  # relative, as some servers write it
            return js({"data": [self.papers[r] for r in chunk], "pagination": {"totalElements": len(refs)},
                       "links": links})
        if path.startswith("/oparl/paper/") and path.rsplit("/", 1)[-1] in self.papers:
            return js(self.papers[path.rsplit("/", 1)[-1]])
        if path.startswith("/oparl/file/"):
            ref = path.rsplit("/", 1)[-1]
            if ref in self.texts:
                return js({"id": f"{self.base}{path}", "type": "https://schema.oparl.org/1.1/File",
                           "name": "Vorlage", "fileName": f"{ref}.txt", "mimeType": "text/plain",
                           "accessUrl": f"{self.base}/oparl/download/{ref}.txt"})
        if path.startswith("/oparl/download/") and path.endswith(".txt"):
            ref = path.rsplit("/", 1)[-1][:-4]
            if ref in self.texts:
                return 200, "text/plain; charset=utf-8", self.texts[ref].encode("utf-8"), {}
        if path.startswith("/oparl/ka/organizations/"):
            key = path.rstrip("/").rsplit("/", 1)[-1]
            if key in self.organizations:
                return js({"id": f"{self.base}{path}", "type": "https://schema.oparl.org/1.1/Organization",
                           "name": self.organizations[key], "organizationType": "Gremium"})
        if path.startswith("/oparl/ka/meetings/"):
            # The decision date: the date of the paper that links this meeting.
            url = f"{self.base}{path}"
            for paper in self.papers.values():
                for consultation in paper.get("consultation") or []:
                    if isinstance(consultation, dict) and consultation.get("meeting") == url:
                        return js({"id": url, "type": "https://schema.oparl.org/1.1/Meeting",
                                   "name": "Sitzung", "start": f"{paper['date']}T17:00:00+02:00"})
        if path == "/oparl/hs/paper/1":
            return js(self.heinsberg())
        if path == "/oparl/hs/download/vorlage.pdf":
            from tests.reader.test_formats import make_pdf

            lines = EXAMPLE.read_text(encoding="utf-8").splitlines()
            return 200, "application/pdf", make_pdf(lines), {}
        if path == "/oparl/slow":
            time.sleep(3)
            return js(self.heinsberg())
        if path == "/oparl/fail":
            return js({"error": "internal"}, 500)
        if path == "/oparl/flaky":
            if not self.flaky_served:
                self.flaky_served = True
                return 503, "application/json", b"{}", {"Retry-After": "0"}
            return js(self.heinsberg())
        if path == "/oparl/redirect-out":
            return 302, "text/plain", b"", {"Location": "https://example.org/oparl/paper/1"}
        if path == "/oparl/not-json":
            return 200, "text/html", b"<html>maintenance</html>", {}
        return js({"error": "not found"}, 404)


class _Handler(BaseHTTPRequestHandler):
    fixture: OParlFixture

    def log_message(self, format: str, *args: Any) -> None:  # quiet
        pass

    def do_GET(self) -> None:  # noqa: N802 - http.server's name
        parts = urlsplit(self.path)
        fixture = self.server.fixture  # type: ignore[attr-defined]
        fixture.hits[parts.path] += 1
        status, kind, body, headers = fixture.route(parts.path, parse_qs(parts.query))
        etag = '"' + hashlib.sha256(body).hexdigest()[:16] + '"'
        if status == 200 and self.headers.get("If-None-Match") == etag:
            self.send_response(304)
            self.send_header("ETag", etag)
            self.end_headers()
            return
        self.send_response(status)
        self.send_header("Content-Type", kind)
        self.send_header("Content-Length", str(len(body)))
        if status == 200:
            self.send_header("ETag", etag)
        for key, value in headers.items():
            self.send_header(key, value)
        self.end_headers()
        self.wfile.write(body)


class _Server(ThreadingHTTPServer):
    def handle_error(self, request: Any, client_address: Any) -> None:
        pass  # a client that gave up (the slow endpoint's timeout) is no error of the server


class LocalOParlServer:
    """``with LocalOParlServer() as server: server.base`` — the server runs in a thread."""

    def __init__(self, papers: int = 10) -> None:
        self.httpd = _Server(("127.0.0.1", 0), _Handler)
        self.httpd.daemon_threads = True
        self.base = f"http://127.0.0.1:{self.httpd.server_address[1]}"
        self.fixture = OParlFixture(self.base, papers)
        self.httpd.fixture = self.fixture  # type: ignore[attr-defined]
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    def __enter__(self) -> LocalOParlServer:
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()

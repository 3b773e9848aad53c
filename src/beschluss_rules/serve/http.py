"""HTTP plumbing of the server: errors as ``application/problem+json`` (RFC 9457), security
headers, and the middleware that limits the request size and writes one access log line per
request."""

from __future__ import annotations

import logging
import time
from collections.abc import Awaitable, Callable, MutableMapping
from typing import Any

from fastapi.responses import JSONResponse

from .settings import ServeSettings

__all__ = ["ACCESS_LOG", "PROBLEM", "Limits", "Problem", "problem_response"]

ACCESS_LOG = logging.getLogger("beschluss_rules.serve.access")
PROBLEM = "application/problem+json"
_SECURITY_HEADERS = [
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"no-referrer"),
    (b"content-security-policy",
     b"default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
     b"connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'"),
]


class Problem(Exception):
    """An error answer: ``status``, a short ``title`` and a ``detail`` (RFC 9457)."""

    def __init__(self, status: int, title: str, detail: str, **extra: Any) -> None:
        super().__init__(detail)
        self.status = status
        self.title = title
        self.detail = detail
        self.extra = extra


def problem_response(status: int, title: str, detail: str, **extra: Any) -> JSONResponse:
    body = {"type": "about:blank", "title": title, "status": status, "detail": detail, **extra}
    headers = {"Retry-After": "1"} if status in (429, 503) else None
    return JSONResponse(body, status_code=status, media_type=PROBLEM, headers=headers)


Scope = MutableMapping[str, Any]
Message_ = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message_]]
Send = Callable[[Message_], Awaitable[None]]


class Limits:
    """ASGI middleware: request size limit (413, read up front), security headers, one access
    log line per request (client, method, path, status, bytes, milliseconds)."""

    def __init__(self, app: Callable[[Scope, Receive, Send], Awaitable[None]], settings: ServeSettings) -> None:
        self.app = app
        self.settings = settings

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = time.perf_counter()
        status = [0]
        sent = [0]

        async def send_logged(message: Message_) -> None:
            if message["type"] == "http.response.start":
                status[0] = message["status"]
                headers = list(message.get("headers", []))
                headers.extend(_SECURITY_HEADERS)
                message = dict(message, headers=headers)
            elif message["type"] == "http.response.body":
                sent[0] += len(message.get("body", b""))
            await send(message)

        try:
            limit = self.settings.max_request_bytes
            declared = dict(scope.get("headers", [])).get(b"content-length", b"")
            if declared.isdigit() and int(declared) > limit:
                await self._too_large(scope, receive, send_logged)
                return
            body = bytearray()
            more = scope["method"] in ("POST", "PUT", "PATCH")
            while more:
                message = await receive()
                if message["type"] == "http.disconnect":
                    return
                body.extend(message.get("body", b""))
                if len(body) > limit:
                    await self._too_large(scope, receive, send_logged)
                    return
                more = message.get("more_body", False)
            replayed = [False]

            async def replay() -> Message_:
                if not replayed[0]:
                    replayed[0] = True
                    return {"type": "http.request", "body": bytes(body), "more_body": False}
                return await receive()

            await self.app(scope, replay, send_logged)
        finally:
            client = scope.get("client") or ("-", 0)
            ACCESS_LOG.info('%s "%s %s" %d %d %.1fms', client[0], scope.get("method", "-"), scope.get("path", "-"),
                            status[0], sent[0], (time.perf_counter() - started) * 1000)

    async def _too_large(self, scope: Scope, receive: Receive, send: Send) -> None:
        limit = self.settings.max_request_bytes
        response = problem_response(413, "Request too large",
                                    f"The request body is larger than {limit // (1024 * 1024)} MiB.")
        await response(scope, receive, send)

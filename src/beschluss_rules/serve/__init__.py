"""``beschluss-rules serve``: the HTTP API (``/v1``, OpenAPI at ``/openapi.json``) and the web page
for legal staff (``/``), both on the same Checker as the command line. See docs/serve.md.

Needs the optional extra ``serve`` (FastAPI, uvicorn, httpx, python-multipart).
"""

from __future__ import annotations

__all__ = ["create_app", "run"]


def create_app(settings=None):  # type: ignore[no-untyped-def]
    from .app import create_app as _create

    return _create(settings)


def run(settings=None) -> None:  # type: ignore[no-untyped-def]
    from .run import run as _run

    _run(settings)

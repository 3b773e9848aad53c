"""Running the application on uvicorn, bound to 127.0.0.1 unless told otherwise.

With ``processes`` > 1 uvicorn starts that many worker processes (each with its own Checker
pool) sharing the port; they receive their settings through the environment variable
:data:`SETTINGS_ENV` and build the application with :func:`app_from_environment`.
"""

from __future__ import annotations

import json
import logging
import os
import sys
from typing import Any

import attrs

from .settings import ServeSettings

__all__ = ["SETTINGS_ENV", "app_from_environment", "run"]

SETTINGS_ENV = "BESCHLUSS_RULES_SERVE_SETTINGS"


def app_from_environment():  # type: ignore[no-untyped-def]
    """The application of one worker process (uvicorn factory)."""
    from .app import create_app

    data = json.loads(os.environ.get(SETTINGS_ENV, "{}"))
    return create_app(ServeSettings(**data))


def run(settings: ServeSettings | None = None, *, processes: int = 1) -> None:
    import uvicorn

    settings = settings or ServeSettings()
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(name)s %(message)s", stream=sys.stderr)
    where = f"http://{settings.host}:{settings.port}/"
    sys.stderr.write(f"beschluss-rules serve: {where} (Strg+C beendet / Ctrl+C stops)\n")
    # uvicorn's own access log is off: the application writes one line per request itself.
    options: dict[str, Any] = dict(host=settings.host, port=settings.port, access_log=False, log_level="info",
                                   timeout_keep_alive=5, limit_concurrency=max(settings.max_pending * 2, 16))
    if processes > 1:
        os.environ[SETTINGS_ENV] = json.dumps(attrs.asdict(settings))
        uvicorn.run("beschluss_rules.serve.run:app_from_environment", factory=True, workers=processes, **options)
        return
    from .app import create_app

    uvicorn.run(create_app(settings), **options)

"""Running the application on uvicorn, bound to 127.0.0.1 unless told otherwise."""

from __future__ import annotations

import logging
import sys

from .settings import ServeSettings

__all__ = ["run"]


def run(settings: ServeSettings | None = None) -> None:
    import uvicorn

    from .app import create_app

    settings = settings or ServeSettings()
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(name)s %(message)s", stream=sys.stderr)
    app = create_app(settings)
    where = f"http://{settings.host}:{settings.port}/"
    sys.stderr.write(f"beschluss-rules serve: {where} (Strg+C beendet / Ctrl+C stops)\n")
    # uvicorn's own access log is off: the application writes one line per request itself.
    uvicorn.run(app, host=settings.host, port=settings.port, access_log=False, log_level="info",
                timeout_keep_alive=5, limit_concurrency=max(settings.max_pending * 2, 16))

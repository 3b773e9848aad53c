"""The web server's settings: where it listens and the limits it keeps (docs/serve.md)."""

from __future__ import annotations

import attrs

__all__ = ["ServeSettings"]


def _hosts(value: object) -> tuple[str, ...]:
    if isinstance(value, str):
        value = value.split(",")
    return tuple(sorted({str(h).strip().lower() for h in value if str(h).strip()}))  # type: ignore[attr-defined]


@attrs.frozen
class ServeSettings:
    """Everything ``beschluss-rules serve`` can be told.

    ``workers``: checks running at once (one Checker each, :mod:`.pool`); ``max_pending``:
    requests waiting for or doing work at once before the server answers 503;
    ``request_timeout``: seconds a request may take before the server answers 504;
    ``max_request_bytes``: largest request body (413 beyond); ``oparl_hosts``: the hosts the
    server may fetch OParl data from (empty: no OParl fetching at all); ``rules``/``profiles``: as
    for ``check``; ``max_inline_profiles``: distinct inline profiles compiled per process (each
    costs a compiled rule set that is never freed).
    """

    host: str = "127.0.0.1"
    port: int = 8000
    workers: int = attrs.field(default=2, validator=attrs.validators.ge(1))
    max_pending: int = attrs.field(default=64, validator=attrs.validators.ge(1))
    request_timeout: float = attrs.field(default=30.0, validator=attrs.validators.gt(0))
    max_request_bytes: int = attrs.field(default=21 * 1024 * 1024, validator=attrs.validators.ge(1024))
    oparl_hosts: tuple[str, ...] = attrs.field(default=(), converter=_hosts)
    oparl_timeout: float = 20.0
    oparl_retries: int = 2
    oparl_min_interval: float = 0.1
    max_jobs: int = attrs.field(default=8, validator=attrs.validators.ge(1))
    max_job_papers: int = 10_000
    max_inline_profiles: int = 16
    rules: str | None = None
    profiles: tuple[str, ...] = attrs.field(default=(), converter=tuple)
    engine: str = "durable"

"""The HTTP API fuzzed against its own OpenAPI document (schemathesis): no 5xx, and every response
valid against the document (status code documented, content type documented, body valid against
the response schema — the report schema for reports —, headers, Allow on 405)."""

from __future__ import annotations

import pytest

pytest.importorskip("fastapi")
schemathesis = pytest.importorskip("schemathesis")

from hypothesis import HealthCheck, settings  # noqa: E402
from schemathesis.checks import (  # noqa: E402
    content_type_conformance,
    not_a_server_error,
    response_headers_conformance,
    response_schema_conformance,
    status_code_conformance,
    unsupported_method,
)

from beschluss_rules.serve.app import create_app  # noqa: E402
from beschluss_rules.serve.settings import ServeSettings  # noqa: E402

# No OParl hosts configured: the fuzzer's URLs are refused with 403 before anything is fetched.
APP = create_app(ServeSettings(workers=1, max_request_bytes=256 * 1024))
schema = schemathesis.openapi.from_asgi("/openapi.json", APP)

# What the responses must be; how strict the server is with odd but schema-valid input (a PNG
# upload is schema-valid and still no paper: 422) is the business of tests/serve/test_api.py.
CHECKS = [not_a_server_error, status_code_conformance, content_type_conformance, response_schema_conformance,
          response_headers_conformance, unsupported_method]


@schema.parametrize()
@settings(max_examples=15, deadline=None, derandomize=True, suppress_health_check=list(HealthCheck))
def test_the_api_keeps_its_own_contract(case):
    case.call_and_validate(checks=CHECKS)

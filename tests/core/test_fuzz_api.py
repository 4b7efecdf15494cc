"""Schemathesis over the platform API: no input gives a 5xx, every answer
matches the OpenAPI document (issue 10)."""

import pytest
import schemathesis
from django.core.signals import request_finished, request_started
from django.db import close_old_connections
from hypothesis import HealthCheck, settings
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import (
    response_schema_conformance,
    status_code_conformance,
)

from tillit.wsgi import application

schema = schemathesis.openapi.from_wsgi("/api/openapi.json", application)
schema.config.generation.update(max_examples=25, deterministic=True, database="none")


@pytest.fixture
def wsgi_in_test_transaction():
    """Keep the test's connection open across requests, as Django's test client
    does: the WSGI handler would close it at the end of every request."""
    request_started.disconnect(close_old_connections)
    request_finished.disconnect(close_old_connections)
    yield
    request_started.connect(close_old_connections)
    request_finished.connect(close_old_connections)


@schema.parametrize()
@settings(suppress_health_check=list(HealthCheck))
def test_api_operation(case, api_key, english_account, wsgi_in_test_transaction):
    case.call_and_validate(
        headers={"Authorization": f"Bearer {api_key}"},
        checks=[
            not_a_server_error,
            status_code_conformance,
            response_schema_conformance,
        ],
    )

"""Schemathesis over the platform API (issue 10): whatever it sends, no answer
is a 5xx and every answer matches the OpenAPI document. Runs on SQLite and, in
CI, on PostgreSQL, which is the one to refuse NUL characters and text longer
than its column."""

import zlib

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

# Bounded and derandomized: the same cases on every run, no example database.
schema = schemathesis.openapi.from_wsgi("/api/openapi.json", application)
schema.config.generation.update(max_examples=20, deterministic=True, database="none")
CHECKS = [not_a_server_error, status_code_conformance, response_schema_conformance]


@pytest.fixture
def wsgi_in_test_transaction():
    """Keep the test's connection open across requests, as Django's test client
    does: the WSGI handler would close it at the end of every request."""
    request_started.disconnect(close_old_connections)
    request_finished.disconnect(close_old_connections)
    yield
    request_started.connect(close_old_connections)
    request_finished.connect(close_old_connections)


def _string_slots(value, slots, container=None, key=None):
    """Collect (container, key) of every string inside value."""
    if isinstance(value, str) and container is not None:
        slots.append((container, key))
    elif isinstance(value, dict):
        for k, v in value.items():
            _string_slots(v, slots, value, k)
    elif isinstance(value, list):
        for i, v in enumerate(value):
            _string_slots(v, slots, value, i)
    return slots


def put_a_nul_in_one_string(case) -> bool:
    """Put a NUL inside one string the case sends, chosen from its content
    (so the same on every run); return whether there was one. Random text
    seldom holds a NUL, and it was the most common 500 (#10); one field at a
    time, so that it is not refused for another field first."""
    slots = []
    for part in (case.body, case.path_parameters, case.query):
        if isinstance(part, dict | list):
            _string_slots(part, slots)
    if not slots:
        return False
    container, key = slots[zlib.crc32(repr(slots).encode()) % len(slots)]
    text = container[key]
    container[key] = text[: len(text) // 2] + "\x00" + text[len(text) // 2 :]
    return True


@schema.parametrize()
@settings(suppress_health_check=list(HealthCheck))
def test_api_operation(case, api_key, english_account, wsgi_in_test_transaction):
    auth = {"Authorization": f"Bearer {api_key}"}
    case.call_and_validate(headers=auth, checks=CHECKS)
    if put_a_nul_in_one_string(case):
        case.call_and_validate(headers=auth, checks=CHECKS)

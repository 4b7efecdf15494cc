"""PostgreSQL connections come from one pool per process, sized by the
environment, and a request that cannot get one in time is told to retry
(issue #10)."""

import json
import os
import re
import subprocess
import sys
import threading

import pytest
from django.core.exceptions import ImproperlyConfigured
from django.db import connection
from django.test import Client
from psycopg_pool import PoolTimeout

from tillit.core.database import pool_options
from tillit.intake.models import Report

POSTGRES_URL = "postgres://tillit@db.example:5432/tillit"


def database_settings(**env) -> dict:
    """DATABASES["default"] as the production settings make it from env; the
    settings connect to nothing."""
    code = (
        "import json, tillit.settings as s; "
        "print(json.dumps(s.DATABASES['default'], default=str))"
    )
    environ = {k: v for k, v in os.environ.items() if not k.startswith("TILLIT_DB")}
    done = subprocess.run(
        [sys.executable, "-c", code],
        env={**environ, **env},
        capture_output=True,
        text=True,
        check=True,
    )
    return json.loads(done.stdout)


def test_production_settings_pool_postgresql_connections():
    """On PostgreSQL each process gets a pool of TILLIT_DB_POOL_MAX connections
    and keeps none past its request."""
    db = database_settings(DATABASE_URL=POSTGRES_URL, TILLIT_DB_POOL_MAX="6")
    assert db["OPTIONS"]["pool"] == {
        "min_size": 1,
        "max_size": 6,
        "timeout": 10.0,
        "max_idle": 60.0,
    }
    assert db["CONN_MAX_AGE"] == 0


def test_pooling_can_be_left_to_pgbouncer():
    """TILLIT_DB_POOL=0: no pool, and still no connection kept past a request."""
    db = database_settings(DATABASE_URL=POSTGRES_URL, TILLIT_DB_POOL="0")
    assert "pool" not in db.get("OPTIONS", {})
    assert db["CONN_MAX_AGE"] == 0


@pytest.mark.parametrize(
    "env, message",
    [
        ({"TILLIT_DB_POOL_MAX": "many"}, "TILLIT_DB_POOL_MAX must be a number"),
        ({"TILLIT_DB_POOL_MAX": "0"}, "TILLIT_DB_POOL_MAX must be at least 1"),
        ({"TILLIT_DB_POOL_TIMEOUT": "-1"}, "TILLIT_DB_POOL_TIMEOUT must be at least"),
        (
            {"TILLIT_DB_POOL_MIN": "5", "TILLIT_DB_POOL_MAX": "2"},
            "TILLIT_DB_POOL_MIN (5) must not exceed TILLIT_DB_POOL_MAX (2)",
        ),
        ({"TILLIT_DB_POOL": "yes"}, "TILLIT_DB_POOL must be 0 or 1"),
    ],
)
def test_a_bad_pool_setting_stops_start_up_with_its_name(env, message):
    with pytest.raises(ImproperlyConfigured, match=re.escape(message)):
        pool_options(env)


@pytest.mark.postgres
@pytest.mark.django_db
def test_this_process_uses_its_pool():
    connection.ensure_connection()
    assert connection.pool is not None
    assert connection.pool.max_size == pool_options(os.environ)["max_size"]


@pytest.fixture
def exhausted_pool(transactional_db, monkeypatch):
    """Hold every connection of this process's pool, and make a request wait
    half a second for one; give them back afterwards."""
    pool = connection.pool
    sizes = pool.min_size, pool.max_size
    pool.resize(min_size=0, max_size=1)
    monkeypatch.setattr(pool, "timeout", 0.5)
    held = []
    try:
        while True:
            held.append(pool.getconn(timeout=0.2))
    except PoolTimeout:
        pass

    def release():
        for conn in held:
            pool.putconn(conn)
        held.clear()
        pool.resize(*sizes)

    yield release
    release()


def in_a_thread(call):
    """Run call in a thread of its own, with a connection of its own (as a
    server's thread would), and return its result."""
    result = []

    def run():
        try:
            result.append(call())
        finally:
            connection.close()

    thread = threading.Thread(target=run)
    thread.start()
    thread.join()
    return result[0]


REPORT = {
    "channel": "in_meeting",
    "category": "harassment",
    "description": "Slurs in the chat.",
    "target": {"type": "meeting", "id": "951000001"},
}


@pytest.mark.postgres
def test_a_request_without_a_free_connection_is_told_to_retry(api_key, exhausted_pool):
    """No connection within the pool's timeout: 503 with Retry-After and
    nothing stored; the same request succeeds once connections are free."""
    auth = {"HTTP_AUTHORIZATION": f"Bearer {api_key}"}

    def post():
        return Client().post(
            "/api/v1/reports", REPORT, content_type="application/json", **auth
        )

    busy = in_a_thread(post)

    assert busy.status_code == 503
    assert busy["Retry-After"] == "5"
    assert busy.json()["code"] == "busy"
    assert Report.objects.count() == 0

    exhausted_pool()
    assert in_a_thread(post).status_code == 201
    assert Report.objects.count() == 1


@pytest.mark.postgres
def test_a_console_page_without_a_free_connection_is_told_to_retry(
    analyst1, exhausted_pool
):
    """The wait can happen before the view (the staff member's language is
    read from the database): still 503 with Retry-After, as a page."""
    client = Client(raise_request_exception=False)
    client.force_login(analyst1)

    busy = in_a_thread(lambda: client.get("/console/"))

    assert busy.status_code == 503
    assert busy["Retry-After"] == "5"
    assert "Tillit is busy" in busy.content.decode()

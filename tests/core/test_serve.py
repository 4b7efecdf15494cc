"""`tillit serve`: granian sized to the database pool (issue #10)."""

import os
from io import StringIO

import pytest
from django.core.management import CommandError, call_command

from tillit.core.database import connections_per_process


def serve(*args) -> str:
    out = StringIO()
    call_command("serve", "--dry-run", *args, stdout=out)
    return out.getvalue()


@pytest.mark.django_db
def test_serve_gives_each_worker_one_thread_per_pooled_connection():
    threads = connections_per_process(os.environ)

    printed = serve("--workers", "1", "--port", "8123")

    command = printed.strip().splitlines()[-1]
    assert "granian --interface wsgi --host 127.0.0.1 --port 8123" in command
    assert f"--workers 1 --blocking-threads {threads} " in command
    assert command.endswith("tillit.wsgi:application")


@pytest.mark.postgres
@pytest.mark.django_db
def test_serve_states_the_connection_budget():
    threads = connections_per_process(os.environ)

    printed = serve("--workers", "1")

    assert printed.startswith(
        f"Connections: 1 workers × {threads} connections + 10 reserved "
        f"(TILLIT_DB_RESERVED) = {threads + 10}; PostgreSQL allows "
    )


@pytest.mark.postgres
@pytest.mark.django_db
def test_serve_refuses_more_connections_than_postgresql_allows():
    with pytest.raises(CommandError, match="Too many connections: 50 workers ×"):
        serve("--workers", "50")


@pytest.mark.parametrize(
    "args", [("--workers", "0"), ("--workers", "two"), ("--port", "-1")]
)
def test_serve_rejects_a_bad_number(args):
    with pytest.raises(CommandError, match="give a whole number of 1 or more"):
        serve(*args)

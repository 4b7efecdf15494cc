"""`tillit serve`: the production web server, sized to the database (issue #10)."""

import os
import shutil
import sys
from argparse import ArgumentTypeError
from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db import connection, connections

from tillit.core.database import connections_per_process, reserved_connections


def _positive(value: str) -> int:
    if not value.strip().isdigit() or int(value) < 1:
        raise ArgumentTypeError(f"give a whole number of 1 or more, not {value!r}")
    return int(value)


def _granian() -> str:
    """Return the granian installed next to this Python, else the one on PATH."""
    beside = Path(sys.executable).parent / "granian"
    found = str(beside) if beside.exists() else shutil.which("granian")
    if found is None:
        raise CommandError("granian is not installed (pip install granian).")
    return found


class Command(BaseCommand):
    help = (
        "Serve Tillit with granian: N worker processes, each with as many threads "
        "as it has database connections (TILLIT_DB_POOL_MAX), after checking "
        "that PostgreSQL allows that many. --dry-run prints the command only."
    )

    def add_arguments(self, parser):
        env = os.environ
        parser.add_argument("--host", default=env.get("TILLIT_HOST", "127.0.0.1"))
        parser.add_argument(
            "--port", type=_positive, default=env.get("TILLIT_PORT", "8000")
        )
        parser.add_argument(
            "--workers",
            type=_positive,
            default=env.get("TILLIT_WEB_WORKERS", "2"),
            help="web processes (default TILLIT_WEB_WORKERS, else 2)",
        )
        parser.add_argument(
            "--dry-run",
            action="store_true",
            help="check the connection budget and print the granian command",
        )

    def handle(self, *args, host, port, workers, dry_run, **options):
        threads = self._threads()
        if connection.vendor == "postgresql":
            self.stdout.write(self._check_budget(workers, threads))
        argv = [
            _granian(),
            "--interface",
            "wsgi",
            "--host",
            host,
            "--port",
            str(port),
            "--workers",
            str(workers),
            # One thread per pooled connection: requests beyond them wait for a
            # thread inside granian, never for a database connection.
            "--blocking-threads",
            str(threads),
            "--respawn-failed-workers",
            "--no-ws",
            "tillit.wsgi:application",
        ]
        self.stdout.write(" ".join(argv))
        if dry_run:
            return
        connections.close_all()
        if connection.vendor == "postgresql":
            connection.close_pool()
        sys.stdout.flush()
        os.execv(argv[0], argv)

    def _threads(self) -> int:
        pool = settings.DATABASES["default"].get("OPTIONS", {}).get("pool")
        if isinstance(pool, dict) and pool.get("max_size"):
            return pool["max_size"]
        return connections_per_process(os.environ)

    def _check_budget(self, workers: int, threads: int) -> str:
        """Return the connection arithmetic; raise CommandError when the web
        workers and the reserve would not fit in PostgreSQL's max_connections."""
        with connection.cursor() as cursor:
            cursor.execute(
                "SELECT current_setting('max_connections')::int, "
                "current_setting('superuser_reserved_connections')::int, "
                "coalesce(current_setting('reserved_connections', true), '0')::int"
            )
            limit, superuser, reserved_role = cursor.fetchone()
        allowed = limit - superuser - reserved_role
        reserve = reserved_connections(os.environ)
        needed = workers * threads + reserve
        arithmetic = (
            f"{workers} workers × {threads} connections + {reserve} reserved "
            f"(TILLIT_DB_RESERVED) = {needed}; PostgreSQL allows {allowed} "
            f"(max_connections {limit} − {superuser + reserved_role} reserved)"
        )
        if needed > allowed:
            raise CommandError(
                f"Too many connections: {arithmetic}. Lower --workers or "
                "TILLIT_DB_POOL_MAX, or raise max_connections."
            )
        return f"Connections: {arithmetic}."

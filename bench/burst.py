"""A raid: simultaneous reports of mixed standards about new meetings, over
HTTP, through the documented production command on PostgreSQL (issue #10).

The server is started as docs/operations.md says (`tillit serve`: granian
workers with as many threads as the database pool has connections) on a free
loopback port against a fresh database. BURST_MEETINGS meetings (40) get
BURST_PER_MEETING reports each (30), of six standards in turn, sent at once by
BURST_CLIENTS client threads (100) with an API key. Printed: the responses by
status, how many were 500 or more (the aim is none), whether every 201 is a
report row in its meeting's one case, and the server's connections to the
database: at most during the burst, right after it, and once idle ones have
been closed. The pool's idle time is shortened (TILLIT_DB_POOL_MAX_IDLE) so the
last figure comes in seconds rather than minutes; nothing else is changed.

Run by `make bench` through bench/run.py, or alone: `python bench/burst.py`.
BENCH_BURST_DB names the database (dropped and made again; default
tillit_bench_burst).
"""

import base64
import http.client
import json
import os
import secrets
import subprocess
import sys
import threading
import time
from collections import Counter
from datetime import timedelta
from pathlib import Path

from serving import (
    free_port,
    fresh_database,
    migrated_django,
    release_connections,
    start_server,
    stop_server,
)

ROOT = Path(__file__).resolve().parent.parent
ADMIN_URL = "postgres://postgres@127.0.0.1:5432/postgres"
DB_NAME = os.environ.get("BENCH_BURST_DB", "tillit_bench_burst")
DB_URL = f"postgres://postgres@127.0.0.1:5432/{DB_NAME}"
MEETINGS = int(os.environ.get("BURST_MEETINGS", "40"))
PER_MEETING = int(os.environ.get("BURST_PER_MEETING", "30"))
CLIENTS = int(os.environ.get("BURST_CLIENTS", "100"))
MAX_IDLE = "5"
MEETING_BASE = 30_000_000_000
CATEGORIES = ["harassment", "hate", "disruption", "violence", "child_safety", "other"]
SERVER_LOG = ROOT / "var" / "bench" / "burst-server.log"


def _setup() -> str:
    """Migrate, add the account and the meetings, and return an API key."""
    migrated_django(DB_URL)
    from django.utils import timezone

    from tillit.core.apikeys import create_api_key
    from tillit.directory.services import upsert_account, upsert_meeting

    account, _ = upsert_account(
        account_id="raid",
        name="Raided AB",
        owner_email="owner@raided.example",
        admin_emails=[],
        language="en",
        plan="paid",
        source="bench",
    )
    for m in range(MEETINGS):
        upsert_meeting(
            meeting_id=str(MEETING_BASE + m),
            account=account,
            host_email="host@raided.example",
            topic=f"Meeting {m}",
            starts_at=timezone.now() - timedelta(minutes=10),  # in progress
            duration_minutes=60,
            context="work",
            is_public=False,
            source="bench",
        )
    _row, key = create_api_key(name="burst", scopes=["reports:write"])
    release_connections()
    return key


def _server_command(port: int) -> list[str]:
    return [sys.executable, "-m", "tillit.cli", "serve", "--port", str(port)]


def _start_server(port: int) -> subprocess.Popen:
    env = {
        **os.environ,
        "DATABASE_URL": DB_URL,
        "DJANGO_SETTINGS_MODULE": "tillit.settings",
        "TILLIT_DEBUG": "0",
        "TILLIT_ALLOWED_HOSTS": "127.0.0.1",
        "TILLIT_DB_POOL_MAX_IDLE": MAX_IDLE,
        "PYTHONPATH": str(ROOT / "src"),
    }
    SERVER_LOG.unlink(missing_ok=True)
    return start_server(port, env=env, log=SERVER_LOG)


def _connections(conn) -> int:
    """The database's connections other than the bench's own."""
    return conn.execute(
        "SELECT count(*) FROM pg_stat_activity WHERE datname = %s "
        "AND pid <> pg_backend_pid()",
        (DB_NAME,),
    ).fetchone()[0]


class PeakConnections:
    """Sample the database's connections every 20 ms while the burst runs."""

    def __init__(self, conn):
        self.conn, self.peak, self._stop = conn, 0, threading.Event()

    def _sample(self):
        while not self._stop.wait(0.02):
            self.peak = max(self.peak, _connections(self.conn))

    def __enter__(self):
        self._thread = threading.Thread(target=self._sample, daemon=True)
        self._thread.start()
        return self

    def __exit__(self, *exc):
        self._stop.set()
        self._thread.join()


def _body(i: int) -> dict:
    meeting, n = divmod(i, PER_MEETING)
    return {
        "channel": "in_meeting",
        "category": CATEGORIES[i % len(CATEGORIES)],
        "description": f"Raid on meeting {meeting}: report {n}.",
        "target": {"type": "meeting", "id": str(MEETING_BASE + meeting)},
        # The same participants report in every meeting.
        "reporter": {"email": f"participant{n}@example.org"},
    }


def _burst(port: int, key: str) -> tuple[Counter, dict[int, int], list[str], float]:
    """Send every report, the reports about one meeting side by side; return
    the statuses, the report ids answered 201 (with their meetings), samples
    of failures and the seconds taken."""
    total = MEETINGS * PER_MEETING
    headers = {"Authorization": f"Bearer {key}", "Content-Type": "application/json"}
    statuses: Counter = Counter()
    created: dict[int, int] = {}
    failures: list[str] = []
    lock = threading.Lock()
    queue = iter(range(total))  # meeting by meeting: its reports arrive together
    start = threading.Barrier(CLIENTS)

    def client():
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=120)
        start.wait()
        while True:
            with lock:
                i = next(queue, None)
            if i is None:
                break
            try:
                conn.request("POST", "/api/v1/reports", json.dumps(_body(i)), headers)
                response = conn.getresponse()
                payload = response.read()
                status = response.status
            except (OSError, http.client.HTTPException) as exc:
                conn.close()
                conn = http.client.HTTPConnection("127.0.0.1", port, timeout=120)
                status, payload = 0, f"{type(exc).__name__}: {exc}".encode()
            with lock:
                statuses[status] += 1
                if status == 201:
                    created[json.loads(payload)["id"]] = i // PER_MEETING
                elif len(failures) < 10:
                    failures.append(f"report {i}: {status} {payload[:200]!r}")
        conn.close()

    threads = [threading.Thread(target=client) for _ in range(CLIENTS)]
    began = time.perf_counter()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return statuses, created, failures, time.perf_counter() - began


def _rows(conn, created: dict[int, int]) -> dict:
    """Compare the ids answered 201 with the report rows and their cases."""
    rows = dict(conn.execute("SELECT id, meeting_id FROM intake_report").fetchall())
    cases = conn.execute(
        "SELECT meeting_id, count(DISTINCT case_id) FROM intake_report "
        "GROUP BY meeting_id"
    ).fetchall()
    open_cases = conn.execute(
        "SELECT count(*) FROM cases_case WHERE state <> 'decided'"
    ).fetchone()[0]
    return {
        "answered_201": len(created),
        "rows": len(rows),
        "201_without_row": sum(1 for i in created if i not in rows),
        "rows_without_201": sum(1 for i in rows if i not in created),
        "in_wrong_meeting": sum(
            1
            for i, m in created.items()
            if i in rows and rows[i] != str(MEETING_BASE + m)
        ),
        "meetings_with_one_case": sum(1 for _m, n in cases if n == 1),
        "open_cases": open_cases,
    }


def _released(conn, server: subprocess.Popen, limit_s: float) -> tuple[int, float]:
    """Wait until the pools have closed their idle connections down to their
    minimum, or limit_s; return the connections left and the seconds waited."""
    from tillit.core.database import POOL_MIN

    workers = int(os.environ.get("TILLIT_WEB_WORKERS", "2"))
    began = time.monotonic()
    held = _connections(conn)
    while held > workers * POOL_MIN and time.monotonic() - began < limit_s:
        if server.poll() is not None:
            break
        time.sleep(1)
        held = _connections(conn)
    return held, time.monotonic() - began


def measure() -> dict:
    import psycopg

    # The production settings need a signing key of their own.
    os.environ.setdefault("TILLIT_SECRET_KEY", secrets.token_urlsafe(64))
    os.environ.setdefault(
        "TILLIT_AUDIT_SIGNING_KEY", base64.b64encode(secrets.token_bytes(32)).decode()
    )
    fresh_database(ADMIN_URL, DB_NAME)
    key = _setup()
    port = free_port()
    command = " ".join(["tillit", *_server_command(port)[3:]])
    server = _start_server(port)
    with psycopg.connect(DB_URL, autocommit=True) as conn:
        try:
            granian = SERVER_LOG.read_text(errors="replace").strip().splitlines()
            before = _connections(conn)
            with PeakConnections(conn) as peak:
                statuses, created, failures, seconds = _burst(port, key)
            after = _connections(conn)
            idle, waited = _released(conn, server, limit_s=120)
        finally:
            stop_server(server)
        rows = _rows(conn, created)
        limit = conn.execute("SHOW max_connections").fetchone()[0]
    from raid import _audit  # the same seal-and-verify as the raid

    audit = _audit()
    return {
        "command": command,
        "server_said": granian[:2],
        "reports": MEETINGS * PER_MEETING,
        "meetings": MEETINGS,
        "clients": CLIENTS,
        "seconds": seconds,
        "statuses": dict(sorted(statuses.items())),
        "errors_5xx": sum(n for s, n in statuses.items() if s >= 500 or s == 0),
        "failure_samples": failures,
        "rows": rows,
        "audit": audit,
        "connections": {
            "max_connections": int(limit),
            "before": before,
            "peak": peak.peak,
            "right_after": after,
            "after_idle": idle,
            "idle_wait_s": waited,
            "pool_max_idle_s": float(MAX_IDLE),
        },
    }


def report(f: dict) -> None:
    c, r = f["connections"], f["rows"]
    statuses = ", ".join(f"{s}: {n}" for s, n in f["statuses"].items())
    print(
        f"\nBurst of mixed-standard reports over HTTP · {f['reports']:,} reports, "
        f"{f['reports'] // f['meetings']} on each of {f['meetings']} new meetings, "
        f"{f['clients']} clients at once"
    )
    print(f"  server: {f['command']}")
    for line in f["server_said"]:
        print(f"    {line}")
    print(
        f"  responses by status: {statuses}  ({f['seconds']:.1f} s, "
        f"{f['reports'] / f['seconds']:.0f}/s)"
    )
    print(f"  responses >= 500 (or no response): {f['errors_5xx']} (aim: 0)")
    print(
        f"  201s: {r['answered_201']:,}; report rows: {r['rows']:,}; 201 without a "
        f"row: {r['201_without_row']}; row without a 201: {r['rows_without_201']}; "
        f"in the wrong meeting: {r['in_wrong_meeting']}"
    )
    print(
        f"  cases: {r['open_cases']} open; meetings whose reports are all in one "
        f"case: {r['meetings_with_one_case']} of {f['meetings']}"
    )
    print(
        f"  server's connections to the database (max_connections "
        f"{c['max_connections']}): {c['before']} before, at most {c['peak']} during, "
        f"{c['right_after']} right after, {c['after_idle']} after "
        f"{c['idle_wait_s']:.0f} s idle (pool max idle {c['pool_max_idle_s']:.0f} s)"
    )
    a = f["audit"]
    verdict = "passes" if a["verify_ok"] else f"FAILS: {a['verify_problem']}"
    print(
        f"  audit: {a['sealed_events']:,} events sealed; tillit audit verify "
        f"{verdict} ({a['unsealed']} unsealed)"
    )
    for sample in f["failure_samples"]:
        print(f"    {sample}")


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT / "src"))
    figures = measure()
    report(figures)
    out = ROOT / "var" / "bench-burst.json"
    out.write_text(json.dumps(figures, indent=2, default=str))

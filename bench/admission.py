"""Admission decisions per second (issues #4 and #12), each against a
baseline in the same run:

- in one process, the pure rule against a bare iptocc look-up loop
  (aim: a decision costs at most 20 look-ups);
- over HTTP (`tillit serve`: granian, 2 workers; 8 client threads on
  keep-alive connections, PostgreSQL), admission against `GET /api/v1/health`
  on the same server, which checks the key and nothing else (aim: 0.5x):
  once with the database alone (the gate in one query) and once with the
  shared cache in Redis (no query but the key's), when Redis answers;
- the statements one admission costs, counted in process, cold and warm.

Run by `make bench` through bench/run.py (BENCH_ONLY=admission), or alone:
`python bench/admission.py`. Sizes: BENCH_ADMISSION_PURE (200,000),
BENCH_ADMISSION_HTTP (3,000 requests per figure).
"""

import http.client
import json
import os
import random
import secrets
import sys
import threading
import time
from pathlib import Path

from serving import (
    free_port,
    fresh_database,
    run_threads,
    start_server,
    stop_server,
)

ROOT = Path(__file__).resolve().parent.parent
ADMIN_URL = "postgres://postgres@127.0.0.1:5432/postgres"
DB_NAME = os.environ.get("BENCH_ADMISSION_DB", "tillit_bench_admission")
DB_URL = f"postgres://postgres@127.0.0.1:5432/{DB_NAME}"
REDIS_URL = os.environ.get("BENCH_REDIS_URL", "redis://127.0.0.1:6379/0")
N_PURE = int(os.environ.get("BENCH_ADMISSION_PURE", "200000"))
N_HTTP = int(os.environ.get("BENCH_ADMISSION_HTTP", "3000"))
THREADS = 8
ROUNDS = 4
AIM = 0.5
MEETING = "777777777"
PASSCODE = "Kx7pQ2"
SERVER_LOG = ROOT / "var" / "bench" / "granian-admission.log"
# The server's environment as the operator gave it, before this process sets
# its own.
SERVER_ENV = dict(os.environ)
# A prefix of this run's own in the shared Redis.
PREFIX = f"tillit-bench:{secrets.token_hex(4)}:"


def _addresses(n: int, seed: int = 7) -> list[str]:
    rng = random.Random(seed)
    return [
        f"{rng.randint(1, 223)}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
        for _ in range(n)
    ]


def _redis_answers() -> bool:
    import redis

    try:
        return bool(redis.Redis.from_url(REDIS_URL, socket_timeout=1).ping())
    except redis.RedisError:
        return False


def _setup_django() -> None:
    os.environ["DATABASE_URL"] = DB_URL
    os.environ["DJANGO_SETTINGS_MODULE"] = "tillit.settings"
    os.environ["TILLIT_DEBUG"] = "0"
    os.environ["TILLIT_CACHE_PREFIX"] = PREFIX
    os.environ.pop("TILLIT_CACHE_URL", None)
    import django

    django.setup()
    from django.core.management import call_command

    call_command("migrate", verbosity=0)


def _setup_meeting() -> str:
    """An account, a meeting with a passcode and no waiting room; return a
    platform key with the admission scope."""
    from django.utils import timezone

    from tillit.core.apikeys import create_api_key
    from tillit.directory.services import upsert_account, upsert_meeting
    from tillit.safety.services.settings import update_settings

    account, _ = upsert_account(
        account_id="bench",
        name="Bench",
        owner_email="owner@bench.example",
        admin_emails=[],
        language="en",
        plan="paid",
        source="bench",
    )
    upsert_meeting(
        meeting_id=MEETING,
        account=account,
        host_email="host@bench.example",
        topic="Lecture",
        starts_at=timezone.now(),
        duration_minutes=600,
        context="academic_course",
        is_public=False,
        source="bench",
    )
    update_settings(
        owner=f"meeting:{MEETING}",
        changes={"passcode": PASSCODE, "waiting_room": False},
        source="bench",
    )
    _row, key = create_api_key(name="bench-admission", scopes=["admission"])
    return key


def measure_pure() -> dict:
    import iptocc

    from tillit.safety.admission import Participant, decide
    from tillit.safety.resolve import DEFAULTS

    ips = _addresses(N_PURE)
    settings = {
        **DEFAULTS,
        "waiting_room": False,
        "passcode": PASSCODE,
        "geofence": {"mode": "deny", "countries": ["KP", "RU"]},
        "authenticated_only": True,
        "allowed_domains": ["skola.se"],
    }
    start = time.perf_counter()
    for ip in ips:
        iptocc.country_code(ip)
    lookups = N_PURE / (time.perf_counter() - start)
    start = time.perf_counter()
    for ip in ips:
        decide(
            settings=settings,
            participant=Participant(
                authenticated=True,
                email="elev@skola.se",
                country=iptocc.country_code(ip),
            ),
            passcode=PASSCODE,
        )
    decisions = N_PURE / (time.perf_counter() - start)
    return {
        "lookups_per_s": lookups,
        "decisions_per_s": decisions,
        "cost_in_lookups": lookups / decisions,
    }


def count_queries(cached: bool) -> dict:
    """Statements per admission in this process: the first (cold) and the
    next ones, with joins written behind as in production."""
    from django.conf import settings
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from tillit.safety.services.admission import admit_participant
    from tillit.safety.services.gates import ready_admission_cache

    settings.TILLIT["CACHE_URL"] = REDIS_URL if cached else ""
    if cached:
        ready_admission_cache()
    counts = []
    for i, ip in enumerate(_addresses(3, seed=11 + cached)):
        with CaptureQueriesContext(connection) as queries:
            admit_participant(
                meeting_id=MEETING,
                participant={"authenticated": False, "ip": ip, "name": f"q{i}"},
                passcode=PASSCODE,
                source="bench",
            )
        counts.append(len(queries.captured_queries))
    settings.TILLIT["CACHE_URL"] = ""
    return {"first": counts[0], "next": counts[1:]}


def _requests(port: int, key: str, send, n: int, failures: list) -> float:
    """Send n requests (send(conn, i) -> response) over THREADS keep-alive
    connections; return the requests per second."""
    local = threading.local()

    def work(i):
        if getattr(local, "conn", None) is None:
            local.conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
        try:
            response = send(local.conn, i)
            payload = response.read()
        except (OSError, http.client.HTTPException) as exc:
            local.conn.close()
            local.conn = None
            failures.append(f"{type(exc).__name__}: {exc}")
            return
        if response.status != 200:
            failures.append(f"{response.status} {payload[:160]!r}")

    return n / run_threads(work, n, THREADS)


def measure_http(key: str, *, cached: bool) -> dict:
    """Health, then admission, on one server; the admissions are all allowed
    (right passcode, a fresh address and name each)."""
    env = {
        **SERVER_ENV,
        "DATABASE_URL": DB_URL,
        "DJANGO_SETTINGS_MODULE": "tillit.settings",
        "TILLIT_DEBUG": "0",
        "TILLIT_ALLOWED_HOSTS": "127.0.0.1,localhost",
        "TILLIT_CACHE_URL": REDIS_URL if cached else "",
        "TILLIT_CACHE_PREFIX": PREFIX,
        "PYTHONPATH": str(ROOT / "src"),
    }
    auth = {"Authorization": f"Bearer {key}"}
    headers = {**auth, "Content-Type": "application/json"}
    ips = _addresses(N_HTTP + 400, seed=3 if cached else 5)

    def health(conn, i):
        conn.request("GET", "/api/v1/health", headers=auth)
        return conn.getresponse()

    def admission(conn, i):
        body = {
            "participant": {"authenticated": False, "ip": ips[i], "name": f"h{i}"},
            "passcode": PASSCODE,
        }
        path = f"/api/v1/meetings/{MEETING}/admission"
        conn.request("POST", path, body=json.dumps(body), headers=headers)
        return conn.getresponse()

    port, failures = free_port(), []
    server = start_server(port, env=env, log=SERVER_LOG)
    try:
        # Every worker's connections, imports and (cached) gate warmed first.
        _requests(port, key, health, 200, failures)
        _requests(port, key, lambda c, i: admission(c, N_HTTP + i), 200, failures)
        # In rounds, one of each in turn, so a change in the machine's load
        # (other processes share its cores) weighs on both alike.
        per_round, seconds = N_HTTP // ROUNDS, {"health": 0.0, "admission": 0.0}
        for r in range(ROUNDS):
            seconds["health"] += per_round / _requests(
                port, key, health, per_round, failures
            )
            seconds["admission"] += per_round / _requests(
                port,
                key,
                lambda c, i, r=r: admission(c, r * per_round + i),
                per_round,
                failures,
            )
        health_per_s = ROUNDS * per_round / seconds["health"]
        admission_per_s = ROUNDS * per_round / seconds["admission"]
    finally:
        stop_server(server)
    return {
        "health_per_s": health_per_s,
        "admission_per_s": admission_per_s,
        "ratio": admission_per_s / health_per_s,
        "failures": failures[:3],
        "failed": len(failures),
    }


def measure() -> dict:
    fresh_database(ADMIN_URL, DB_NAME)
    _setup_django()
    key = _setup_meeting()
    redis_up = _redis_answers()
    if redis_up:
        from django.conf import settings

        from tillit.safety.services.gates import ready_admission_cache

        # The epoch a worker would make ready, for the server to trust.
        settings.TILLIT["CACHE_URL"] = REDIS_URL
        ready_admission_cache()
        settings.TILLIT["CACHE_URL"] = ""
    figures = {
        "pure": measure_pure(),
        "queries": {"database": count_queries(cached=False)},
        "http": {"database": measure_http(key, cached=False)},
    }
    if redis_up:
        figures["queries"]["shared_cache"] = count_queries(cached=True)
        figures["http"]["shared_cache"] = measure_http(key, cached=True)
    figures["joins"] = _joins_written(figures)
    return figures


def _joins_written(figures: dict) -> dict:
    """Every admitted participant is on the panel once the servers stopped:
    the joins written behind the decisions, none lost."""
    from tillit.safety.models import LiveParticipant
    from tillit.safety.services.joins import flush_joins

    flush_joins()  # this process's own, from count_queries
    admitted = sum(
        200 + ROUNDS * (N_HTTP // ROUNDS) - served["failed"]
        for served in figures["http"].values()
    ) + 3 * len(figures["queries"])
    return {"admitted": admitted, "written": LiveParticipant.objects.count()}


def report(f: dict) -> None:
    pure = f["pure"]
    cost = pure["cost_in_lookups"]
    print("\nAdmission decisions")
    print(
        f"  pure rule         {pure['decisions_per_s']:12,.0f}/s   bare iptocc look-ups "
        f"{pure['lookups_per_s']:12,.0f}/s   a decision costs {cost:.1f} look-ups "
        f"(aim <= 20: {'met' if cost <= 20 else 'not met'})"
    )
    for name, label in (
        ("database", "database only"),
        ("shared_cache", "shared cache"),
    ):
        served = f["http"].get(name)
        if served is None:
            print(f"  {label:17} not measured: no Redis at {REDIS_URL}")
            continue
        queries = f["queries"][name]
        verdict = "met" if served["ratio"] >= AIM else "not met"
        print(
            f"  HTTP, {label:11} {served['admission_per_s']:8,.0f}/s   health "
            f"{served['health_per_s']:8,.0f}/s   ratio {served['ratio']:.2f} "
            f"(aim >= {AIM}: {verdict})   queries: first {queries['first']}, "
            f"then {queries['next']}"
        )
        if served["failures"]:
            print(f"    {served['failed']} failed:", *served["failures"], sep="\n    ")
    joins = f["joins"]
    print(f"  joins on the panel afterwards: {joins['written']} of {joins['admitted']}")
    print(
        f"  granian, 2 workers; {THREADS} client threads on keep-alive connections; "
        f"{N_HTTP} requests per figure, in {ROUNDS} rounds of each in turn"
    )


if __name__ == "__main__":
    import base64

    sys.path.insert(0, str(ROOT / "src"))
    os.environ.setdefault("TILLIT_SECRET_KEY", secrets.token_urlsafe(64))
    os.environ.setdefault(
        "TILLIT_AUDIT_SIGNING_KEY", base64.b64encode(secrets.token_bytes(32)).decode()
    )
    SERVER_ENV.update(
        {k: os.environ[k] for k in ("TILLIT_SECRET_KEY", "TILLIT_AUDIT_SIGNING_KEY")}
    )
    report(measure())

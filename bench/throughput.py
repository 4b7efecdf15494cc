"""Intake and claim throughput on PostgreSQL with 100,000 open cases (issue #2).

- reports accepted per second over HTTP (granian, 2 workers, 8 client threads)
  against raw single-row inserts of the same rows with psycopg (8 threads);
- claims per second for 8 concurrent claimers through `claim_next_case`
  against a bare `SELECT … FOR UPDATE SKIP LOCKED` loop (8 threads).
"""

import http.client
import json
import os
import socket
import subprocess
import sys
import threading
import time
from datetime import timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ADMIN_URL = "postgres://postgres@127.0.0.1:5432/postgres"
DB_NAME = "tillit_bench"
DB_URL = f"postgres://postgres@127.0.0.1:5432/{DB_NAME}"
OPEN_CASES = int(os.environ.get("BENCH_OPEN_CASES", "100000"))
REPORTS = int(os.environ.get("BENCH_REPORTS", "2000"))
CLAIMS = int(os.environ.get("BENCH_CLAIMS", "3000"))
THREADS = 8


def _fresh_database() -> None:
    import psycopg

    with psycopg.connect(ADMIN_URL, autocommit=True) as conn:
        conn.execute(f"DROP DATABASE IF EXISTS {DB_NAME} WITH (FORCE)")
        conn.execute(f"CREATE DATABASE {DB_NAME}")


def _setup_django() -> None:
    os.environ["DATABASE_URL"] = DB_URL
    os.environ["DJANGO_SETTINGS_MODULE"] = "tillit.settings"
    os.environ["TILLIT_DEBUG"] = "0"
    import django

    django.setup()
    from django.core.management import call_command

    call_command("migrate", verbosity=0)


def _load_open_cases(n: int) -> None:
    """Bulk-load n open tier-1..3 cases about meetings 1e10+i, and an account
    with meetings for the reports to target."""
    import psycopg
    from django.utils import timezone

    from tillit.directory.services import upsert_account

    upsert_account(
        account_id="bench",
        name="Bench AB",
        owner_email="owner@bench.example",
        admin_emails=[],
        language="en",
        plan="paid",
        source="bench",
    )
    now = timezone.now()
    with psycopg.connect(DB_URL) as conn, conn.cursor() as cur:
        with cur.copy(
            "COPY cases_case (target_type, target_id, account_id, standard_id, context, "
            "tier, state, lane, priority, priority_reasons, tier_rules, due_at, "
            "report_count, reporter_count, opened_at, imminent_risk) FROM STDIN"
        ) as copy:
            for i in range(n):
                tier = 1 if i % 10 else 2 if i % 20 else 3
                copy.write_row(
                    (
                        "meeting",
                        str(10_000_000_000 + i),
                        "bench",
                        "harassment",
                        "work",
                        tier,
                        "open",
                        "normal",
                        (i * 7919) % 1500,
                        "[]",
                        "[]",
                        now + timedelta(minutes=i % 5000),
                        1,
                        1,
                        now,
                        False,
                    )
                )
        cur.execute(
            "INSERT INTO directory_meeting (id, account_id, host_email, topic, starts_at,"
            " duration_minutes, context, is_public, updated_at) "
            "SELECT (20000000000 + g)::text, 'bench', 'host@bench.example', 'Bench', "
            "%s, 60, 'work', false, now() FROM generate_series(0, %s) g",
            (now + timedelta(days=2), REPORTS),
        )
        conn.commit()
        cur.execute("ANALYZE")
        conn.commit()


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _start_server(port: int) -> subprocess.Popen:
    env = {
        **os.environ,
        "DATABASE_URL": DB_URL,
        "TILLIT_DEBUG": "0",
        "TILLIT_ALLOWED_HOSTS": "127.0.0.1,localhost",
        "PYTHONPATH": str(ROOT / "src"),
    }
    server = subprocess.Popen(
        [
            str(Path(sys.executable).parent / "granian"),
            "--interface",
            "wsgi",
            "--workers",
            "2",
            "--host",
            "127.0.0.1",
            "--port",
            str(port),
            "--log-level",
            "warning",
            "tillit.wsgi:application",
        ],
        env=env,
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        try:
            conn = http.client.HTTPConnection("127.0.0.1", port, timeout=2)
            conn.request("GET", "/api/openapi.json")
            if conn.getresponse().status == 200:
                return server
        except OSError:
            time.sleep(0.3)
    server.kill()
    raise RuntimeError(
        "granian did not start: " + server.stderr.read().decode()[-2000:]
    )


def _report_body(i: int) -> dict:
    # One in five joins an existing open case; the rest open new cases.
    target = str(10_000_000_000 + i) if i % 5 == 0 else str(20_000_000_000 + i)
    return {
        "channel": "in_meeting",
        "category": "harassment",
        "description": f"Bench report {i}: insults in the chat.",
        "target": {"type": "meeting", "id": target},
        "reporter": {"email": f"r{i}@example.org"},
    }


def _run_threads(work, n: int) -> float:
    """Run work(index) for n indexes over THREADS threads; return seconds."""
    counter = iter(range(n))
    lock = threading.Lock()

    def loop():
        while True:
            with lock:
                i = next(counter, None)
            if i is None:
                return
            work(i)

    threads = [threading.Thread(target=loop) for _ in range(THREADS)]
    start = time.perf_counter()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return time.perf_counter() - start


def measure_intake() -> dict:
    import psycopg

    from tillit.core.apikeys import create_api_key
    from tillit.intake.models import Report

    _row, key = create_api_key(name="bench")
    port = _free_port()
    server = _start_server(port)
    failures: list[str] = []
    local = threading.local()
    try:

        def post(i):
            if not hasattr(local, "conn"):
                local.conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
            local.conn.request(
                "POST",
                "/api/v1/reports",
                body=json.dumps(_report_body(i)),
                headers={
                    "Authorization": f"Bearer {key}",
                    "Content-Type": "application/json",
                },
            )
            response = local.conn.getresponse()
            body = response.read()
            if response.status != 201:
                failures.append(f"{response.status} {body[:200]!r}")

        http_seconds = _run_threads(post, REPORTS)
    finally:
        server.terminate()
        server.wait(10)
    accepted = Report.objects.count()

    case_ids = list(
        Report.objects.values_list("case_id", flat=True).order_by("pk")[:REPORTS]
    )
    columns = (
        "channel, category_id, description, target_type, target_id, offender, "
        "reporter_email, reporter_name, reporter_user_id, language, case_id, "
        "request_fingerprint, created_at"
    )
    conns = threading.local()

    def insert(i):
        if not hasattr(conns, "conn"):
            conns.conn = psycopg.connect(DB_URL, autocommit=True)
        body = _report_body(i)
        conns.conn.execute(
            f"INSERT INTO intake_report ({columns}) VALUES "
            "(%s, %s, %s, %s, %s, '', %s, '', '', 'en', %s, '', now())",
            (
                "in_meeting",
                "harassment",
                body["description"],
                "meeting",
                body["target"]["id"],
                body["reporter"]["email"],
                case_ids[i % len(case_ids)],
            ),
        )

    raw_seconds = _run_threads(insert, REPORTS)
    return {
        "reports": REPORTS,
        "accepted": accepted,
        "failures": failures[:5],
        "http_per_s": REPORTS / http_seconds,
        "raw_per_s": REPORTS / raw_seconds,
    }


def _claimer(user_id: int, budget, results, bare: bool) -> None:
    """One claimer process: claim until the shared budget is spent."""
    import psycopg
    from django.contrib.auth import get_user_model
    from django.db import connection

    from tillit.cases.services import claim_next_case

    ids = []
    user = get_user_model().objects.select_related("staff").get(pk=user_id)
    conn = psycopg.connect(DB_URL) if bare else None
    while True:
        with budget.get_lock():
            if budget.value <= 0:
                break
            budget.value -= 1
        if bare:
            with conn.transaction():
                row = conn.execute(
                    "SELECT id FROM cases_case WHERE tier = 1 AND state = 'open' "
                    "ORDER BY priority DESC, due_at, id LIMIT 1 FOR UPDATE SKIP LOCKED"
                ).fetchone()
                conn.execute(
                    "UPDATE cases_case SET state = 'claimed', assignee_id = %s, "
                    "lease_expires_at = now() + interval '10 minutes' WHERE id = %s",
                    (user_id, row[0]),
                )
            ids.append(row[0])
        else:
            ids.append(claim_next_case(reviewer=user, tier=1).pk)
    if conn is not None:
        conn.close()
    connection.close()
    results.put(ids)


def _claim_in_processes(user_ids: list[int], bare: bool) -> tuple[list[int], float]:
    import multiprocessing

    from django.db import connections

    connections.close_all()  # children must not share the parent's connection
    ctx = multiprocessing.get_context("fork")
    budget, results = ctx.Value("i", CLAIMS), ctx.Queue()
    processes = [
        ctx.Process(target=_claimer, args=(uid, budget, results, bare))
        for uid in user_ids
    ]
    start = time.perf_counter()
    for p in processes:
        p.start()
    claimed = [i for _ in processes for i in results.get()]
    for p in processes:
        p.join()
    return claimed, time.perf_counter() - start


def measure_claims() -> dict:
    """Eight claimer processes, as eight analysts' web workers would be."""
    from django.contrib.auth import get_user_model

    from tillit.cases.models import Case
    from tillit.core.models import Role, StaffProfile

    user_ids = []
    for i in range(THREADS):
        user = get_user_model().objects.create_user(
            f"claimer{i}", f"c{i}@x.example", "x-pass-1"
        )
        StaffProfile.objects.create(user=user, role=Role.ANALYST, tier=1)
        user_ids.append(user.pk)
    claimed, django_seconds = _claim_in_processes(user_ids, bare=False)
    bare, bare_seconds = _claim_in_processes(user_ids, bare=True)
    return {
        "claims": len(claimed),
        "duplicates": len(claimed) - len(set(claimed)) + len(set(claimed) & set(bare)),
        "still_open": Case.objects.filter(tier=1, state="open").count(),
        "django_per_s": len(claimed) / django_seconds,
        "bare_per_s": len(bare) / bare_seconds,
    }


def measure() -> dict:
    started = time.perf_counter()
    _fresh_database()
    _setup_django()
    _load_open_cases(OPEN_CASES)
    setup = time.perf_counter() - started
    return {
        "open_cases": OPEN_CASES,
        "setup_s": setup,
        "intake": measure_intake(),
        "claims": measure_claims(),
    }


def report(f: dict) -> None:
    intake, claims = f["intake"], f["claims"]
    ratio_i = intake["http_per_s"] / intake["raw_per_s"]
    ratio_c = claims["django_per_s"] / claims["bare_per_s"]
    print(
        f"\nIntake and claims, PostgreSQL, {f['open_cases']:,} open cases "
        f"(setup {f['setup_s']:.0f} s; {THREADS} client threads, {THREADS} claimer processes)"
    )
    print(
        f"  reports over HTTP   {intake['http_per_s']:8.1f}/s   raw psycopg inserts "
        f"{intake['raw_per_s']:8.1f}/s   ratio {ratio_i:.2f}  "
        f"(aim >= 0.50: {'met' if ratio_i >= 0.5 else 'not met'})"
    )
    print(
        f"  claims (service)    {claims['django_per_s']:8.1f}/s   bare SKIP LOCKED    "
        f"{claims['bare_per_s']:8.1f}/s   ratio {ratio_c:.2f}  "
        f"(aim >= 0.50: {'met' if ratio_c >= 0.5 else 'not met'})"
    )
    print(
        f"  {intake['accepted']:,} of {intake['reports']:,} reports accepted; "
        f"{claims['claims']:,} claims, {claims['duplicates']} claimed twice"
    )
    if intake["failures"]:
        print("  failures:", *intake["failures"], sep="\n    ")

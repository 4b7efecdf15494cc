"""Intake and claim throughput on PostgreSQL with 100,000 open cases (issue #2).

Each figure is set against a baseline measured in the same run:

- reports accepted per second over HTTP (granian, 2 workers, 8 client threads
  on keep-alive connections) against raw single-row inserts of the same rows
  with psycopg (8 threads, autocommit);
- claims per second for 8 concurrent claimers through `claim_next_case`
  against a bare `SELECT … FOR UPDATE SKIP LOCKED` loop: 8 threads, as the aim
  is stated, and 8 processes for comparison (the GIL's share of the gap);
- the SQL statements one report and one claim cost, counted in process.

Run by `make bench` through bench/run.py, or alone: `python bench/throughput.py`.
Sizes: BENCH_OPEN_CASES (100,000), BENCH_REPORTS (2,000), BENCH_CLAIMS (4,000)
per run, BENCH_CLAIM_ROUNDS (3) runs of the service and of the bare loop in turn.
"""

import http.client
import json
import multiprocessing
import os
import platform
import subprocess
import sys
import threading
import time
from datetime import timedelta
from pathlib import Path

from serving import (
    free_port,
    fresh_database,
    percentile,
    run_threads,
    start_server,
    stop_server,
)

ROOT = Path(__file__).resolve().parent.parent
ADMIN_URL = "postgres://postgres@127.0.0.1:5432/postgres"
DB_NAME = os.environ.get("BENCH_THROUGHPUT_DB", "tillit_bench")
DB_URL = f"postgres://postgres@127.0.0.1:5432/{DB_NAME}"
OPEN_CASES = int(os.environ.get("BENCH_OPEN_CASES", "100000"))
REPORTS = int(os.environ.get("BENCH_REPORTS", "2000"))
CLAIMS = int(os.environ.get("BENCH_CLAIMS", "4000"))
CLAIM_ROUNDS = int(os.environ.get("BENCH_CLAIM_ROUNDS", "3"))
THREADS = 8
# The server's environment as the operator gave it: the bench process's own
# pool is widened for its claimer threads below, the server's is not.
SERVER_ENV = dict(os.environ)
AIM = 0.5
SERVER_LOG = ROOT / "var" / "bench" / "granian.log"

# Meeting ids: the loaded open cases are about JOIN_BASE + i; reports that open
# new cases name NEW_BASE + i. Both are 11 digits, as meeting ids may be.
JOIN_BASE = 10_000_000_000
NEW_BASE = 20_000_000_000
JOIN_EVERY = 5  # one report in five joins an existing open case


# --- Setup -------------------------------------------------------------------


def _setup_django() -> None:
    os.environ["DATABASE_URL"] = DB_URL
    # THREADS claimers at once, each holding a connection for its whole loop.
    os.environ["TILLIT_DB_POOL_MAX"] = str(2 * THREADS)
    os.environ["DJANGO_SETTINGS_MODULE"] = "tillit.settings"
    os.environ["TILLIT_DEBUG"] = "0"
    import django

    django.setup()
    from django.core.management import call_command

    call_command("migrate", verbosity=0)


def _tier(i: int) -> int:
    """90% of the cases at tier 1, 5% at tier 2, 5% at tier 3."""
    return 1 if i % 10 else 2 if i % 20 else 3


def _load_open_cases(n: int) -> int:
    """Bulk-load n open cases about meetings JOIN_BASE + i, each with one
    report from its own reporter, plus an account and the meetings reports
    name; ANALYZE. Return how many cases are open."""
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
    starts_at = now + timedelta(days=2)
    ends_at = starts_at + timedelta(minutes=60)
    # The cases reports join, and the targets of new cases, are real meetings.
    with_meeting = min(n, REPORTS + 1)
    with psycopg.connect(DB_URL) as conn, conn.cursor() as cur:
        for base, count in ((JOIN_BASE, with_meeting), (NEW_BASE, REPORTS + 1)):
            cur.execute(
                "INSERT INTO directory_meeting (id, account_id, host_email, topic, "
                "starts_at, duration_minutes, context, is_public, updated_at) "
                "SELECT (%s + g)::text, 'bench', 'host@bench.example', 'Bench', "
                "%s, 60, 'work', false, now() FROM generate_series(0, %s) g",
                (base, starts_at, count - 1),
            )
        with cur.copy(
            "COPY cases_case (target_type, target_id, account_id, meeting_id, "
            "standard_id, context, tier, state, lane, priority, priority_reasons, "
            "tier_rules, due_at, starts_at, ends_at, report_count, reporter_count, "
            "opened_at, imminent_risk) FROM STDIN"
        ) as copy:
            for i in range(n):
                meeting = str(JOIN_BASE + i) if i < with_meeting else None
                copy.write_row(
                    (
                        "meeting",
                        str(JOIN_BASE + i),
                        "bench",
                        meeting,
                        "harassment",
                        "work",
                        _tier(i),
                        "open",
                        "normal",
                        (i * 7919) % 1500,
                        "[]",
                        "[]",
                        now + timedelta(minutes=i % 5000),
                        starts_at if meeting else None,
                        ends_at if meeting else None,
                        1,
                        1,
                        now - timedelta(minutes=i % 10_000),
                        False,
                    )
                )
        cur.execute(
            "INSERT INTO intake_reporter (key, email, upheld_count, not_upheld_count, "
            "bad_faith, created_at) SELECT 'email:seed' || target_id || "
            "'@example.org', 'seed' || target_id || '@example.org', 0, 0, false, "
            "opened_at FROM cases_case"
        )
        cur.execute(
            "INSERT INTO intake_report (channel, category_id, description, "
            "target_type, target_id, account_id, meeting_id, offender, reporter_id, "
            "reporter_email, reporter_name, reporter_user_id, language, case_id, "
            "request_fingerprint, client_key, created_at) "
            "SELECT 'web_form', c.standard_id, 'Seed report.', c.target_type, "
            "c.target_id, c.account_id, c.meeting_id, '', r.id, r.email, '', '', "
            "'en', c.id, '', '', c.opened_at FROM cases_case c JOIN intake_reporter r "
            "ON r.key = 'email:seed' || c.target_id || '@example.org'"
        )
        conn.commit()
        conn.autocommit = True
        cur.execute("VACUUM ANALYZE")
        cur.execute("SELECT count(*) FROM cases_case WHERE state = 'open'")
        return cur.fetchone()[0]


def _environment() -> dict:
    import django
    import psycopg

    with psycopg.connect(DB_URL) as conn:
        version = conn.execute("SHOW server_version").fetchone()[0]
    granian = subprocess.run(
        [str(Path(sys.executable).parent / "granian"), "--version"],
        capture_output=True,
        text=True,
    ).stdout.strip()
    return {
        "cpus": os.cpu_count(),
        "python": platform.python_version(),
        "django": django.get_version(),
        "postgresql": version,
        "granian": granian,
    }


# --- Helpers shared with the other benchmarks ----------------------------------


def _start_server(port: int) -> subprocess.Popen:
    """Start the production server (`tillit serve`: granian, 2 WSGI workers)
    on the bench database; wait until it answers. Its output goes to
    var/bench/granian.log."""
    env = {
        **SERVER_ENV,
        "DATABASE_URL": DB_URL,
        "DJANGO_SETTINGS_MODULE": "tillit.settings",
        "TILLIT_DEBUG": "0",
        "TILLIT_ALLOWED_HOSTS": "127.0.0.1,localhost",
        # The per-key limit is counted (its cost is measured) but never reached.
        "TILLIT_RATE_LIMITS": "api_report=1000000/m",
        "PYTHONPATH": str(ROOT / "src"),
    }
    return start_server(port, env=env, log=SERVER_LOG)


class Observer:
    """While a measurement runs: the machine's CPU use (from /proc/stat) and,
    sampled every 20 ms, how many of the bench database's backends are active
    and how many wait on a lock, and in which statement."""

    QUERY = (
        "SELECT wait_event_type = 'Lock', regexp_replace(left(query, 300), "
        "'^.*?(FROM|INTO|UPDATE) \"?(\\w+).*$', '\\1 \\2') FROM pg_stat_activity "
        "WHERE datname = %s AND state = 'active' AND pid <> pg_backend_pid()"
    )

    def __init__(self):
        self.samples = 0
        self.active = self.waiting = 0
        self.waits: dict[str, int] = {}
        self._stop = threading.Event()

    @staticmethod
    def _cpu() -> tuple[int, int]:
        with open("/proc/stat") as f:
            ticks = [int(x) for x in f.readline().split()[1:]]
        return sum(ticks), ticks[3] + ticks[4]  # total, idle + iowait

    def _sample(self) -> None:
        import psycopg

        with psycopg.connect(DB_URL, autocommit=True) as conn:
            while not self._stop.wait(0.02):
                rows = conn.execute(self.QUERY, (DB_NAME,)).fetchall()
                self.samples += 1
                self.active += len(rows)
                for waiting, where in rows:
                    if waiting:
                        self.waiting += 1
                        self.waits[where] = self.waits.get(where, 0) + 1

    def __enter__(self):
        self._cpu_start = self._cpu()
        self._thread = threading.Thread(target=self._sample, daemon=True)
        self._thread.start()
        return self

    def __exit__(self, *exc):
        self._stop.set()
        self._thread.join()
        total, idle = (b - a for a, b in zip(self._cpu_start, self._cpu(), strict=True))
        n = self.samples or 1
        self.figures = {
            "cpu_busy": 1 - idle / total if total else 0.0,
            "db_active": self.active / n,
            "db_lock_waits": self.waiting / n,
            "lock_waits_in": dict(sorted(self.waits.items(), key=lambda kv: -kv[1])),
        }


# --- Reports -----------------------------------------------------------------


def _report_body(i: int) -> dict:
    join = i % JOIN_EVERY == 0
    target = JOIN_BASE + i % OPEN_CASES if join else NEW_BASE + i
    return {
        "channel": "in_meeting",
        "category": "harassment",
        "description": f"Bench report {i}: insults in the chat.",
        "target": {"type": "meeting", "id": str(target)},
        "reporter": {"email": f"r{i}@example.org"},
    }


REPORT_COLUMNS = (
    "channel, category_id, description, target_type, target_id, account_id, "
    "meeting_id, offender, reporter_id, reporter_email, reporter_name, "
    "reporter_user_id, language, detection_confidence, case_id, "
    "request_fingerprint, client_key"
)


def measure_intake(key: str) -> dict:
    import psycopg

    from tillit.cases.models import Case
    from tillit.intake.models import Report

    last_seed = Report.objects.order_by("-pk").values_list("pk", flat=True).first()
    cases_before = Case.objects.count()
    port = free_port()
    server = _start_server(port)
    failures: list[str] = []
    latencies: list[float] = []
    local = threading.local()
    headers = {"Authorization": f"Bearer {key}", "Content-Type": "application/json"}
    try:

        def post(i):
            if getattr(local, "conn", None) is None:
                local.conn = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
            body = json.dumps(_report_body(i))
            started = time.perf_counter()
            try:
                local.conn.request("POST", "/api/v1/reports", body, headers)
                response = local.conn.getresponse()
                payload = response.read()
            except (OSError, http.client.HTTPException) as exc:
                local.conn.close()
                local.conn = None
                failures.append(f"report {i}: {type(exc).__name__}: {exc}")
                return
            latencies.append(time.perf_counter() - started)
            if response.status != 201:
                failures.append(f"report {i}: {response.status} {payload[:300]!r}")

        with Observer() as seen:
            http_seconds = run_threads(post, REPORTS, THREADS)

        # The ceiling any endpoint has on this server and client: a key
        # checked, nothing else (GET /api/v1/health), as many requests.
        health_failures: list[str] = []

        def health(i):
            if getattr(local, "conn", None) is None:
                local.conn = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
            local.conn.request("GET", "/api/v1/health", headers=headers)
            response = local.conn.getresponse()
            response.read()
            if response.status != 200:
                health_failures.append(f"health {i}: {response.status}")

        health_seconds = run_threads(health, REPORTS, THREADS)
    finally:
        stop_server(server)

    created = Report.objects.filter(pk__gt=last_seed)
    stored = created.count()
    opened = Case.objects.count() - cases_before
    # The baseline inserts the very rows the service stored, one per commit.
    with psycopg.connect(DB_URL) as conn:
        rows = conn.execute(
            f"SELECT {REPORT_COLUMNS} FROM intake_report WHERE id > %s ORDER BY id",
            (last_seed,),
        ).fetchall()
    placeholders = ", ".join(["%s"] * len(rows[0])) if rows else ""
    insert = (
        f"INSERT INTO intake_report ({REPORT_COLUMNS}, created_at) "
        f"VALUES ({placeholders}, now())"
    )
    conns: list = []
    raw = threading.local()

    def insert_row(i):
        if getattr(raw, "conn", None) is None:
            raw.conn = psycopg.connect(DB_URL, autocommit=True)
            conns.append(raw.conn)
        raw.conn.execute(insert, rows[i])

    try:
        with Observer() as raw_seen:
            raw_seconds = run_threads(insert_row, len(rows), THREADS)
    finally:
        for conn in conns:
            conn.close()
    http_per_s = (REPORTS - len(failures)) / http_seconds
    raw_per_s = len(rows) / raw_seconds if rows else 0.0
    return {
        "reports": REPORTS,
        "accepted": REPORTS - len(failures),
        "stored": stored,
        "cases_opened": opened,
        "joined": stored - opened,
        "failures": len(failures),
        "failure_samples": failures[:10],
        "http_seconds": http_seconds,
        "http_per_s": http_per_s,
        "latency_ms": {
            "p50": 1000 * percentile(latencies, 0.5),
            "p95": 1000 * percentile(latencies, 0.95),
            "max": 1000 * max(latencies, default=0.0),
        },
        "observed": seen.figures,
        "raw_observed": raw_seen.figures,
        "raw_rows": len(rows),
        "raw_per_s": raw_per_s,
        "ratio": http_per_s / raw_per_s if raw_per_s else 0.0,
        "health_per_s": (REPORTS - len(health_failures)) / health_seconds,
        "health_failures": health_failures[:10],
        "health_ratio": (REPORTS - len(health_failures)) / health_seconds / raw_per_s
        if raw_per_s
        else 0.0,
    }


# --- Claims ------------------------------------------------------------------

BARE_SELECT = (
    "SELECT id FROM cases_case WHERE tier = 1 AND state = 'open' "
    "ORDER BY priority DESC, due_at, id LIMIT 1 FOR UPDATE SKIP LOCKED"
)
BARE_UPDATE = (
    "UPDATE cases_case SET state = 'claimed', assignee_id = %s, "
    "lease_expires_at = now() + interval '10 minutes' WHERE id = %s"
)


def _bare_claim(conn, user_id: int) -> int | None:
    with conn.transaction():
        row = conn.execute(BARE_SELECT).fetchone()
        if row is None:
            return None
        conn.execute(BARE_UPDATE, (user_id, row[0]))
    return row[0]


def _claim_loop(user_id: int, take, bare: bool) -> list[int]:
    """Claim until take() says the shared budget is spent; return the ids.
    Closes its connections: run it in its own thread or process."""
    import psycopg
    from django.contrib.auth import get_user_model
    from django.db import connection

    from tillit.cases.services.claims import claim_next_case

    ids: list[int] = []
    try:
        if bare:
            with psycopg.connect(DB_URL) as conn:
                while take():
                    case_id = _bare_claim(conn, user_id)
                    if case_id is None:
                        break
                    ids.append(case_id)
        else:
            user = get_user_model().objects.select_related("staff").get(pk=user_id)
            while take():
                case = claim_next_case(reviewer=user, tier=1)
                if case is None:
                    break
                ids.append(case.pk)
    finally:
        connection.close()
    return ids


def _claim_in_threads(user_ids: list[int], bare: bool) -> tuple[list[int], float]:
    lock, left = threading.Lock(), [CLAIMS]

    def take() -> bool:
        with lock:
            left[0] -= 1
            return left[0] >= 0

    claimed: list[int] = []
    errors: list[BaseException] = []

    def run(user_id):
        try:
            claimed.extend(_claim_loop(user_id, take, bare))
        except BaseException as exc:  # re-raised in the main thread
            errors.append(exc)

    threads = [threading.Thread(target=run, args=(uid,)) for uid in user_ids]
    start = time.perf_counter()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    seconds = time.perf_counter() - start
    if errors:
        raise errors[0]
    return claimed, seconds


def _claimer_process(user_id: int, budget, results, bare: bool) -> None:
    def take() -> bool:
        with budget.get_lock():
            budget.value -= 1
            return budget.value >= 0

    try:
        results.put(_claim_loop(user_id, take, bare))
    except BaseException as exc:
        results.put(repr(exc))
        raise


def _claim_in_processes(user_ids: list[int], bare: bool) -> tuple[list[int], float]:
    from django.db import connection, connections

    # Children must not share the parent's connections, pooled ones included.
    connections.close_all()
    connection.close_pool()
    ctx = multiprocessing.get_context("fork")
    budget, results = ctx.Value("i", CLAIMS), ctx.Queue()
    processes = [
        ctx.Process(target=_claimer_process, args=(uid, budget, results, bare))
        for uid in user_ids
    ]
    start = time.perf_counter()
    for p in processes:
        p.start()
    outcomes = [results.get() for _ in processes]
    seconds = time.perf_counter() - start
    for p in processes:
        p.join()
    failed = [o for o in outcomes if isinstance(o, str)]
    if failed:
        raise RuntimeError(f"a claimer process failed: {failed[0]}")
    return [i for ids in outcomes for i in ids], seconds


def _reopen(case_ids: list[int]) -> None:
    """Put claimed cases back in the queue and vacuum, so the next run sees a
    queue of the same size and no dead index entries."""
    import psycopg

    with psycopg.connect(DB_URL, autocommit=True) as conn:
        conn.execute(
            "UPDATE cases_case SET state = 'open', assignee_id = NULL, "
            "lease_expires_at = NULL WHERE id = ANY(%s)",
            (case_ids,),
        )
        conn.execute("VACUUM ANALYZE cases_case")


def _open_tier1() -> int:
    from tillit.cases.models import Case

    return Case.objects.filter(tier=1, state=Case.State.OPEN).count()


def _claim_run(user_ids: list[int], *, bare: bool, processes: bool) -> dict:
    queue = _open_tier1()
    run = _claim_in_processes if processes else _claim_in_threads
    with Observer() as seen:
        claimed, seconds = run(user_ids, bare)
    from tillit.cases.models import Case

    held = Case.objects.filter(state=Case.State.CLAIMED).count()
    _reopen(claimed)
    return {
        "queue": queue,
        "claims": len(claimed),
        "claimed_twice": len(claimed) - len(set(claimed)),
        "claimed_in_db": held,
        "seconds": seconds,
        "per_s": len(claimed) / seconds,
        "observed": seen.figures,
    }


def make_claimers() -> list[int]:
    from django.contrib.auth import get_user_model

    from tillit.core.models import Role, StaffProfile

    user_ids = []
    for i in range(THREADS):
        user = get_user_model().objects.create_user(
            f"claimer{i}", f"claimer{i}@bench.example", "bench-pass-1"
        )
        StaffProfile.objects.create(user=user, role=Role.ANALYST, tier=1)
        user_ids.append(user.pk)
    return user_ids


def _combine(runs: list[dict]) -> dict:
    """One figure from several rounds: claims over seconds, all of them."""
    claims = sum(r["claims"] for r in runs)
    seconds = sum(r["seconds"] for r in runs)
    return {
        "queue": runs[0]["queue"],
        "claims": claims,
        "claimed_twice": sum(r["claimed_twice"] for r in runs),
        "claimed_in_db": runs[-1]["claimed_in_db"],
        "seconds": seconds,
        "per_s": claims / seconds,
        "rounds": [r["per_s"] for r in runs],
        "observed": runs[-1]["observed"],
    }


def measure_claims(user_ids: list[int]) -> dict:
    """The service and the bare loop in CLAIM_ROUNDS rounds, in turn and
    each round's order swapped, so that a loaded machine's swings fall on
    both sides of the ratio."""
    _reopen([])  # vacuum after intake
    figures = {}
    for mode in ("threads", "processes"):
        runs = {False: [], True: []}
        for round_ in range(CLAIM_ROUNDS):
            for bare in (False, True) if round_ % 2 == 0 else (True, False):
                runs[bare].append(
                    _claim_run(user_ids, bare=bare, processes=mode == "processes")
                )
        service, bare = _combine(runs[False]), _combine(runs[True])
        figures[mode] = {
            "service": service,
            "bare": bare,
            "ratio": service["per_s"] / bare["per_s"],
        }
    return figures


# --- Queries per operation -----------------------------------------------------


def _summarise(queries: list[dict]) -> dict:
    sql = [q["sql"] for q in queries]
    return {
        "queries": len(sql),
        "audit_events": sum('INSERT INTO "core_auditevent"' in s for s in sql),
        # #12: an audit event is one INSERT; nothing of the audit log is locked.
        "audit_locks": sum("core_audit" in s and "FOR " in s for s in sql),
        "sql": [s[:160] for s in sql],
    }


def count_queries(key: str, user_id: int) -> dict:
    """The statements one API report (opening a case, or joining one) and one
    claim cost, through the same code paths as above, in this process."""
    from django.contrib.auth import get_user_model
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    from tillit.cases.services.claims import claim_next_case

    client = Client(HTTP_HOST="127.0.0.1", HTTP_AUTHORIZATION=f"Bearer {key}")
    counted = {}
    # Untouched targets: NEW_BASE + REPORTS (its meeting exists) and the open
    # tier-1 case about JOIN_BASE + 1 (its meeting exists too).
    bodies = {
        "report_new_case": _report_body(1) | {"reporter": {"email": "q1@x.org"}},
        "report_joining": _report_body(1) | {"reporter": {"email": "q2@x.org"}},
    }
    bodies["report_new_case"]["target"] = {
        "type": "meeting",
        "id": str(NEW_BASE + REPORTS),
    }
    bodies["report_joining"]["target"] = {"type": "meeting", "id": str(JOIN_BASE + 1)}
    for name, body in bodies.items():
        with CaptureQueriesContext(connection) as ctx:
            response = client.post(
                "/api/v1/reports", json.dumps(body), content_type="application/json"
            )
        if response.status_code != 201:
            raise RuntimeError(f"{name}: {response.status_code} {response.content!r}")
        counted[name] = _summarise(ctx.captured_queries)
    user = get_user_model().objects.select_related("staff").get(pk=user_id)
    with CaptureQueriesContext(connection) as ctx:
        case = claim_next_case(reviewer=user, tier=1)
    counted["claim"] = _summarise(ctx.captured_queries)
    _reopen([case.pk])
    return counted


# --- The benchmark -------------------------------------------------------------


def measure_sealing() -> dict:
    """Seal the audit events the runs above wrote and verify the log (#12):
    how fast one sealer and one verification get through a backlog."""
    from tillit.core.audit_seals import seal_audit_log
    from tillit.core.audit_verify import verify_audit_log

    started = time.perf_counter()
    seals = seal_audit_log(wait=60)
    sealed_s = time.perf_counter() - started
    started = time.perf_counter()
    report = verify_audit_log()
    verify_s = time.perf_counter() - started
    if not report.ok:
        raise SystemExit(f"the audit log does not verify: {report.problem}")
    return {
        "events": sum(seal.count for seal in seals),
        "seals": len(seals),
        "seal_s": sealed_s,
        "verify_s": verify_s,
        "unsealed": report.unsealed,
    }


def measure() -> dict:
    started = time.perf_counter()
    fresh_database(ADMIN_URL, DB_NAME)
    _setup_django()
    from tillit.core.apikeys import create_api_key

    open_cases = _load_open_cases(OPEN_CASES)
    setup = time.perf_counter() - started
    _row, key = create_api_key(name="bench", scopes=["reports:write"])
    user_ids = make_claimers()
    return {
        "environment": _environment(),
        "open_cases": open_cases,
        "setup_s": setup,
        "intake": measure_intake(key),
        "claims": measure_claims(user_ids),
        "per_operation": count_queries(key, user_ids[0]),
        "sealing": measure_sealing(),
    }


def _verdict(ratio: float) -> str:
    met = "met" if ratio >= AIM else "not met"
    return f"ratio {ratio:4.2f}  (aim >= {AIM:.2f}: {met})"


def _observed(o: dict) -> str:
    line = (
        f"CPU {100 * o['cpu_busy']:3.0f}% busy, {o['db_active']:4.1f} backends "
        f"active, {o['db_lock_waits']:4.1f} waiting on a lock"
    )
    if o["lock_waits_in"]:
        where, count = next(iter(o["lock_waits_in"].items()))
        share = count / sum(o["lock_waits_in"].values())
        line += f" ({100 * share:.0f}% in {where})"
    return line


def report(f: dict) -> None:
    env, intake, claims = f["environment"], f["intake"], f["claims"]
    print(
        f"\nIntake and claims · PostgreSQL {env['postgresql']} · {env['cpus']} CPUs"
        f" · Python {env['python']} · Django {env['django']} · {env['granian']}\n"
        f"  setup: {f['open_cases']:,} open cases in {f['setup_s']:.1f} s "
        "(fresh database, migrate, COPY, VACUUM ANALYZE)\n"
    )
    rows = [
        (
            "reports over HTTP",
            intake["http_per_s"],
            "raw psycopg inserts",
            intake["raw_per_s"],
            intake["ratio"],
        )
    ]
    for mode in ("threads", "processes"):
        c = claims[mode]
        rows.append(
            (
                f"claims, {THREADS} {mode}",
                c["service"]["per_s"],
                "bare SKIP LOCKED",
                c["bare"]["per_s"],
                c["ratio"],
            )
        )
    for label, ours, base_label, base, ratio in rows:
        print(
            f"  {label:<20} {ours:8.1f}/s   {base_label:<20} {base:8.1f}/s   "
            f"{_verdict(ratio)}"
        )
    print(
        f"  {'health over HTTP':<20} {intake['health_per_s']:8.1f}/s   "
        f"{'raw psycopg inserts':<20} {intake['raw_per_s']:8.1f}/s   "
        f"ratio {intake['health_ratio']:4.2f}  (the ceiling: a key checked, "
        "nothing else)"
    )
    lat = intake["latency_ms"]
    print(
        f"\n  reports: {intake['accepted']:,} of {intake['reports']:,} answered 201, "
        f"{intake['failures']} failed; {intake['cases_opened']:,} opened a case, "
        f"{intake['joined']:,} joined one; latency p50 {lat['p50']:.0f} ms, "
        f"p95 {lat['p95']:.0f} ms, max {lat['max']:.0f} ms"
    )
    twice = sum(
        claims[m][k]["claimed_twice"]
        for m in claims
        for k in claims[m]
        if k in ("service", "bare")
    )
    print(
        f"  claims: {CLAIMS:,} per run, {CLAIM_ROUNDS} runs of each in turn, "
        "from a tier-1 queue of "
        f"{claims['threads']['service']['queue']:,} (reopened between runs); "
        f"cases claimed twice: {twice}"
    )
    print("  statements per operation (in process, django.test.Client):")
    for name, o in f["per_operation"].items():
        print(
            f"    {name.replace('_', ' '):<16} {o['queries']:3d} statements, "
            f"{o['audit_events']} audit events, {o['audit_locks']} audit locks"
        )
    sealing = f["sealing"]
    print(
        f"  audit log: {sealing['events']:,} events sealed in {sealing['seals']} "
        f"seals in {sealing['seal_s']:.1f} s, verified in {sealing['verify_s']:.1f} s "
        f"({sealing['unsealed']} left unsealed)"
    )
    print("  while measuring:")
    observed = [
        ("reports over HTTP", intake["observed"]),
        ("raw inserts", intake["raw_observed"]),
    ] + [
        (f"claims {m} {k}", claims[m][k]["observed"])
        for m in ("threads", "processes")
        for k in ("service", "bare")
    ]
    for label, o in observed:
        print(f"    {label:<24} {_observed(o)}")
    if intake["failures"]:
        print(f"  {intake['failures']} failed reports, for example:")
        for sample in intake["failure_samples"]:
            print(f"    {sample}")


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT / "src"))
    figures = measure()
    report(figures)
    out = ROOT / "var" / "bench-throughput.json"
    out.write_text(json.dumps(figures, indent=2, default=str))

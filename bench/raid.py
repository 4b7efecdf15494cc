"""A raid (issue #12): 100 clients send 1,000 in-meeting reports about one
1,000-person public event in progress, at once, over HTTP, through the
production server (`tillit serve`) on PostgreSQL.

Printed: the responses by status (the aim: 1,000 answered 201, none lost,
none 5xx), latency percentiles (p50, p95, p99, max), the one case they land
in with its report count, reporter count, tier, lane and priority, and
whether `tillit audit verify` passes once the sealer has sealed the raid.

Run by `make bench` through bench/run.py, or alone: `python bench/raid.py`.
RAID_REPORTS (1000) and RAID_CLIENTS (100) change the size; BENCH_RAID_DB
names the database (dropped and made again; default tillit_bench_raid).
"""

import base64
import http.client
import json
import os
import secrets
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
    percentile,
    release_connections,
    start_server,
    stop_server,
)

ROOT = Path(__file__).resolve().parent.parent
ADMIN_URL = "postgres://postgres@127.0.0.1:5432/postgres"
DB_NAME = os.environ.get("BENCH_RAID_DB", "tillit_bench_raid")
DB_URL = f"postgres://postgres@127.0.0.1:5432/{DB_NAME}"
REPORTS = int(os.environ.get("RAID_REPORTS", "1000"))
CLIENTS = int(os.environ.get("RAID_CLIENTS", "100"))
MEETING = "40000000001"
SERVER_LOG = ROOT / "var" / "bench" / "raid-server.log"
# What people report in a raid, in turn.
CATEGORIES = ("disruption", "harassment", "hate", "sexual", "disruption")


def _setup() -> str:
    """Migrate, add the account and the event in progress; return an API key."""
    migrated_django(DB_URL)
    from django.utils import timezone

    from tillit.core.apikeys import create_api_key
    from tillit.directory.services import upsert_account, upsert_meeting

    account, _ = upsert_account(
        account_id="raided",
        name="Open Lectures AB",
        owner_email="owner@lectures.example",
        admin_emails=[],
        language="en",
        plan="paid",
        source="bench",
    )
    upsert_meeting(
        meeting_id=MEETING,
        account=account,
        host_email="host@lectures.example",
        topic="Open lecture: the history of the internet",
        starts_at=timezone.now() - timedelta(minutes=20),
        duration_minutes=120,
        context="public_event",
        is_public=True,
        source="bench",
    )
    _row, key = create_api_key(name="meeting-client", scopes=["reports:write"])
    release_connections()
    return key


def _body(i: int) -> dict:
    # Every participant reports once, from their own address.
    return {
        "channel": "in_meeting",
        "category": CATEGORIES[i % len(CATEGORIES)],
        "description": f"Participant {i}: someone is screaming and sharing porn.",
        "target": {"type": "meeting", "id": MEETING},
        "reporter": {
            "user_id": f"participant-{i}",
            "ip": f"10.{i // 65536 % 256}.{i // 256 % 256}.{i % 256}",
        },
    }


def _raid(port: int, key: str) -> tuple[Counter, list[float], list[str], float]:
    """Send every report from CLIENTS clients released together; return the
    statuses, the latencies, samples of failures and the seconds taken."""
    headers = {"Authorization": f"Bearer {key}", "Content-Type": "application/json"}
    statuses: Counter = Counter()
    latencies: list[float] = []
    failures: list[str] = []
    lock = threading.Lock()
    queue = iter(range(REPORTS))
    start = threading.Barrier(CLIENTS)

    def client():
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=120)
        start.wait()
        while True:
            with lock:
                i = next(queue, None)
            if i is None:
                break
            began = time.perf_counter()
            try:
                conn.request("POST", "/api/v1/reports", json.dumps(_body(i)), headers)
                response = conn.getresponse()
                payload, status = response.read(), response.status
            except (OSError, http.client.HTTPException) as exc:
                conn.close()
                conn = http.client.HTTPConnection("127.0.0.1", port, timeout=120)
                status, payload = 0, f"{type(exc).__name__}: {exc}".encode()
            with lock:
                latencies.append(time.perf_counter() - began)
                statuses[status] += 1
                if status != 201 and len(failures) < 10:
                    failures.append(f"report {i}: {status} {payload[:200]!r}")
        conn.close()

    threads = [threading.Thread(target=client) for _ in range(CLIENTS)]
    began = time.perf_counter()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return statuses, latencies, failures, time.perf_counter() - began


def _case() -> dict:
    from tillit.cases.models import Case
    from tillit.intake.models import Report

    cases = list(Case.objects.filter(target_type="meeting", target_id=MEETING))
    case = cases[0] if len(cases) == 1 else None
    return {
        "cases": len(cases),
        "report_rows": Report.objects.filter(target_id=MEETING).count(),
        "report_count": case.report_count if case else None,
        "reporter_count": case.reporter_count if case else None,
        "tier": case.tier if case else None,
        "tier_rules": case.tier_rules if case else None,
        "lane": case.lane if case else None,
        "priority": case.priority if case else None,
        "reasons": case.priority_reasons if case else None,
    }


def _audit() -> dict:
    """Seal what the raid wrote (as the worker would) and verify the log."""
    from tillit.core.audit_seals import seal_audit_log
    from tillit.core.audit_verify import verify_audit_log

    began = time.perf_counter()
    seals = seal_audit_log(wait=60)
    sealed_s = time.perf_counter() - began
    report = verify_audit_log()
    return {
        "sealed_events": sum(seal.count for seal in seals),
        "seal_s": sealed_s,
        "verify_ok": report.ok,
        "verify_problem": report.problem,
        "unsealed": report.unsealed,
    }


def measure() -> dict:
    os.environ.setdefault("TILLIT_SECRET_KEY", secrets.token_urlsafe(64))
    os.environ.setdefault(
        "TILLIT_AUDIT_SIGNING_KEY", base64.b64encode(secrets.token_bytes(32)).decode()
    )
    fresh_database(ADMIN_URL, DB_NAME)
    key = _setup()
    port = free_port()
    env = {
        **os.environ,
        "DATABASE_URL": DB_URL,
        "DJANGO_SETTINGS_MODULE": "tillit.settings",
        "TILLIT_DEBUG": "0",
        "TILLIT_ALLOWED_HOSTS": "127.0.0.1",
        "PYTHONPATH": str(ROOT / "src"),
    }
    SERVER_LOG.unlink(missing_ok=True)
    server = start_server(port, env=env, log=SERVER_LOG)
    try:
        statuses, latencies, failures, seconds = _raid(port, key)
    finally:
        stop_server(server)
    return {
        "reports": REPORTS,
        "clients": CLIENTS,
        "seconds": seconds,
        "per_s": REPORTS / seconds,
        "statuses": {str(s): n for s, n in sorted(statuses.items())},
        "answered_201": statuses[201],
        "errors_5xx": sum(n for s, n in statuses.items() if s >= 500 or s == 0),
        "latency_ms": {
            name: 1000 * percentile(latencies, q)
            for name, q in (("p50", 0.5), ("p95", 0.95), ("p99", 0.99))
        }
        | {"max": 1000 * max(latencies, default=0.0)},
        "failure_samples": failures,
        "case": _case(),
        "audit": _audit(),
    }


def report(f: dict) -> None:
    c, a, lat = f["case"], f["audit"], f["latency_ms"]
    statuses = ", ".join(f"{s}: {n}" for s, n in f["statuses"].items())
    print(
        f"\nRaid on one public event in progress · {f['reports']:,} in-meeting "
        f"reports from {f['clients']} clients at once, over HTTP (tillit serve)"
    )
    print(
        f"  answered 201: {f['answered_201']:,} of {f['reports']:,} "
        f"(aim: all); by status: {statuses}; 5xx or no answer: {f['errors_5xx']}"
    )
    print(
        f"  {f['seconds']:.1f} s, {f['per_s']:.0f} reports/s; latency p50 "
        f"{lat['p50']:.0f} ms, p95 {lat['p95']:.0f} ms, p99 {lat['p99']:.0f} ms, "
        f"max {lat['max']:.0f} ms"
    )
    print(
        f"  cases about the event: {c['cases']} (aim: 1); its report_count "
        f"{c['report_count']} (rows: {c['report_rows']}), reporters "
        f"{c['reporter_count']}, tier {c['tier']} {c['tier_rules']}, lane "
        f"{c['lane']}, priority {c['priority']}"
    )
    if c["reasons"]:
        reasons = ", ".join(f"{r['code']} {r['points']}" for r in c["reasons"])
        print(f"    priority from: {reasons}")
    verdict = "passes" if a["verify_ok"] else f"FAILS: {a['verify_problem']}"
    print(
        f"  audit: {a['sealed_events']:,} events sealed in {a['seal_s']:.2f} s; "
        f"tillit audit verify {verdict} ({a['unsealed']} unsealed)"
    )
    for sample in f["failure_samples"]:
        print(f"    {sample}")


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT / "src"))
    figures = measure()
    report(figures)
    out = ROOT / "var" / "bench-raid.json"
    out.write_text(json.dumps(figures, indent=2, default=str))

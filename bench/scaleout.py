"""Scale-out on one PostgreSQL (issue #12): one web process and one task
worker, then two of each, on loopback, the same work for both.

Each layout starts on a fresh database: WEB web processes (`tillit serve
--workers 1`, each on its own port, as separate machines would be) and WORKERS
`tillit worker run` processes. SCALE_REPORTS reports (1,500), each about a new
meeting and from its own address, are sent by 16 clients spread over the web
processes; every report opens a case and queues an acknowledgement that the
workers deliver (to files, one per message, named by the outbox's id). Then 8
claimers, each a staff member with an API key, claim the tier-I queue through
`POST /api/v1/queues/1/claim` until it is empty.

Printed per layout: reports/s and claims/s, the cases claimed twice (by the
claimers' answers and by the audit trail), the messages delivered and those
delivered twice, and `tillit audit verify`. On a 2-core machine two of each
share the same cores as one of each: the figures show that nothing breaks and
what the database's row locks cost, not a speed-up the hardware cannot give.
"""

import base64
import http.client
import json
import os
import secrets
import shutil
import subprocess
import sys
import threading
import time
from collections import Counter
from pathlib import Path

from serving import free_port, fresh_database, start_server, stop_server

ROOT = Path(__file__).resolve().parent.parent
ADMIN_URL = "postgres://postgres@127.0.0.1:5432/postgres"
DB_NAME = os.environ.get("BENCH_SCALE_DB", "tillit_bench_scale")
DB_URL = f"postgres://postgres@127.0.0.1:5432/{DB_NAME}"
REPORTS = int(os.environ.get("SCALE_REPORTS", "1500"))
CLIENTS, CLAIMERS = 16, 8
MEETING_BASE = 50_000_000_000
OUT = ROOT / "var" / "bench" / "scaleout"
LAYOUTS = ((1, 1), (2, 2))


def _env(var: Path) -> dict:
    return {
        **os.environ,
        "DATABASE_URL": DB_URL,
        "DJANGO_SETTINGS_MODULE": "tillit.settings",
        "TILLIT_DEBUG": "0",
        "TILLIT_ALLOWED_HOSTS": "127.0.0.1",
        "TILLIT_VAR": str(var),
        "TILLIT_RATE_LIMITS": "api_report=1000000/m",
        "PYTHONPATH": str(ROOT / "src"),
    }


def _setup(env: dict) -> tuple[str, list[str]]:
    """Fresh database: migrate, an account, the meetings; return a reporting
    key and one moderation key per claimer (tier I staff)."""
    fresh_database(ADMIN_URL, DB_NAME)
    script = f"""
import django, json
django.setup()
from django.core.management import call_command
from django.utils import timezone
from datetime import timedelta
from tillit.core.apikeys import create_api_key
from tillit.core.models import StaffProfile
from django.contrib.auth import get_user_model
from tillit.directory.models import Meeting
from tillit.directory.services import upsert_account
call_command("migrate", verbosity=0)
upsert_account(account_id="scale", name="Scale AB", owner_email="o@scale.example",
    admin_emails=[], language="en", plan="paid", source="bench")
starts = timezone.now() + timedelta(days=3)
Meeting.objects.bulk_create([Meeting(id=str({MEETING_BASE} + i), account_id="scale",
    host_email="h@scale.example", topic="Bench", starts_at=starts,
    duration_minutes=60, context="work", is_public=False) for i in range({REPORTS})])
keys = [create_api_key(name="platform", scopes=["reports:write"])[1]]
for i in range({CLAIMERS}):
    user = get_user_model().objects.create(username=f"claimer{{i}}")
    StaffProfile.objects.create(user=user, role="analyst", tier=1)
    keys.append(create_api_key(name=f"claimer{{i}}", scopes=["moderation:write"],
        staff=user.username)[1])
print(json.dumps(keys))
"""
    done = subprocess.run(
        [sys.executable, "-c", script],
        env=env,
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    )
    keys = json.loads(done.stdout.strip().splitlines()[-1])
    return keys[0], keys[1:]


def _fan_out(ports: list[int], n: int, clients: int, send) -> tuple[float, list]:
    """Run send(conn, i) for i < n over `clients` threads, each on one port in
    turn; return the seconds and what send returned."""
    lock, queue, results = threading.Lock(), iter(range(n)), []
    barrier = threading.Barrier(clients)

    def client(k):
        conn = http.client.HTTPConnection("127.0.0.1", ports[k % len(ports)], 120)
        barrier.wait()
        while True:
            with lock:
                i = next(queue, None)
            if i is None:
                break
            result = send(conn, i, k)
            with lock:
                results.append(result)
            if result == "stop":
                break
        conn.close()

    threads = [threading.Thread(target=client, args=(k,)) for k in range(clients)]
    began = time.perf_counter()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return time.perf_counter() - began, results


def _post(conn, path: str, key: str, body: dict | None) -> tuple[int, bytes]:
    headers = {"Authorization": f"Bearer {key}", "Content-Type": "application/json"}
    try:
        conn.request("POST", path, json.dumps(body) if body else "", headers)
        response = conn.getresponse()
        return response.status, response.read()
    except (OSError, http.client.HTTPException) as exc:
        conn.close()
        return 0, str(exc).encode()


def _reports(ports: list[int], key: str) -> dict:
    def send(conn, i, _k):
        body = {
            "channel": "in_meeting",
            "category": "harassment",
            "description": f"Scale report {i}: insults in the chat.",
            "target": {"type": "meeting", "id": str(MEETING_BASE + i)},
            "reporter": {"email": f"r{i}@example.org"},
        }
        return _post(conn, "/api/v1/reports", key, body)[0]

    seconds, statuses = _fan_out(ports, REPORTS, CLIENTS, send)
    return {"seconds": seconds, "statuses": dict(Counter(statuses))}


def _claims(ports: list[int], keys: list[str]) -> dict:
    def send(conn, _i, k):
        status, payload = _post(conn, "/api/v1/queues/1/claim", keys[k], None)
        if status == 200:
            return json.loads(payload)["id"]
        return "stop" if status == 204 else f"status {status}"

    # As many tries as cases, plus one per claimer to find the queue empty.
    seconds, results = _fan_out(ports, REPORTS + CLAIMERS, CLAIMERS, send)
    ids = [r for r in results if isinstance(r, int)]
    return {
        "seconds": seconds,
        "claimed": len(ids),
        "claimed_twice": sum(1 for n in Counter(ids).values() if n > 1),
        "errors": [r for r in results if isinstance(r, str) and r != "stop"][:5],
    }


def _delivered(mail_dir: Path, expected: int, limit_s: float = 180) -> dict:
    """Wait until `expected` messages were delivered (or limit_s); count each
    outbox id's deliveries."""
    began = time.monotonic()
    ids: Counter = Counter()
    while time.monotonic() - began < limit_s:
        ids = Counter()
        for path in mail_dir.glob("*.log") if mail_dir.exists() else []:
            for line in path.read_text(errors="replace").splitlines():
                if line.startswith("X-Tillit-Outbox-Id:"):
                    ids[line.split(":", 1)[1].strip()] += 1
        if sum(ids.values()) >= expected:
            break
        time.sleep(1)
    return {
        "delivered": len(ids),
        "delivered_twice": sum(1 for n in ids.values() if n > 1),
        "wait_s": time.monotonic() - began,
    }


def _audit(env: dict) -> dict:
    done = subprocess.run(
        [sys.executable, "-m", "tillit.cli", "audit", "verify"],
        env=env,
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    audited = subprocess.run(
        [
            sys.executable,
            "-c",
            "import django; django.setup(); from collections import Counter; "
            "from tillit.core.models import AuditEvent as A; "
            "c = Counter(A.objects.filter(verb='case.claimed')"
            ".values_list('target_id', flat=True)); "
            "print(sum(1 for n in c.values() if n > 1))",
        ],
        env=env,
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    return {
        "verify_ok": done.returncode == 0,
        "verify_said": (done.stdout + done.stderr).strip().splitlines()[-1:],
        "claimed_twice_in_audit": int(audited.stdout.strip() or -1),
    }


def _layout(web: int, workers: int) -> dict:
    var = OUT / f"{web}web-{workers}workers"
    shutil.rmtree(var, ignore_errors=True)
    var.mkdir(parents=True)
    env = _env(var)
    report_key, claim_keys = _setup(env)
    ports = [free_port() for _ in range(web)]
    servers = [
        start_server(p, env=env, log=var / f"web-{p}.log", workers=1) for p in ports
    ]
    worker_logs = [(var / f"worker-{n}.log").open("ab") for n in range(workers)]
    command = [sys.executable, "-m", "tillit.cli", "worker", "run", "--no-reload"]
    procs = [
        subprocess.Popen(
            command + ["--interval", "0.2"], env=env, cwd=ROOT, stdout=log, stderr=log
        )
        for log in worker_logs
    ]
    try:
        reports = _reports(ports, report_key)
        claims = _claims(ports, claim_keys)
        mail = _delivered(var / "mail", expected=reports["statuses"].get(201, 0))
    finally:
        for server in servers:
            stop_server(server)
        for proc in procs:
            stop_server(proc)
        for log in worker_logs:
            log.close()
    return {
        "web": web,
        "workers": workers,
        "reports": reports,
        "reports_per_s": REPORTS / reports["seconds"],
        "claims": claims,
        "claims_per_s": claims["claimed"] / claims["seconds"],
        "mail": mail,
        "audit": _audit(env),
    }


def measure() -> dict:
    os.environ.setdefault("TILLIT_SECRET_KEY", secrets.token_urlsafe(64))
    os.environ.setdefault(
        "TILLIT_AUDIT_SIGNING_KEY", base64.b64encode(secrets.token_bytes(32)).decode()
    )
    runs = [_layout(web, workers) for web, workers in LAYOUTS]
    return {"reports": REPORTS, "runs": runs}


def report(f: dict) -> None:
    print(
        f"\nScale-out on one PostgreSQL · {f['reports']:,} reports (each a new case "
        f"and an acknowledgement), then {CLAIMERS} claimers empty the tier-I queue"
    )
    base = f["runs"][0]
    for run in f["runs"]:
        r, c, m, a = run["reports"], run["claims"], run["mail"], run["audit"]
        statuses = ", ".join(f"{s}: {n}" for s, n in sorted(r["statuses"].items()))
        print(
            f"  {run['web']} web + {run['workers']} workers: reports "
            f"{run['reports_per_s']:6.1f}/s ({run['reports_per_s'] / base['reports_per_s']:.2f}×; "
            f"{statuses}), claims {run['claims_per_s']:6.1f}/s "
            f"({run['claims_per_s'] / base['claims_per_s']:.2f}×; {c['claimed']:,} claimed)"
        )
        print(
            f"      cases claimed twice: {c['claimed_twice']} by the answers, "
            f"{a['claimed_twice_in_audit']} in the audit trail; messages delivered "
            f"{m['delivered']:,}, delivered twice: {m['delivered_twice']} "
            f"(waited {m['wait_s']:.0f} s); tillit audit verify "
            f"{'passes' if a['verify_ok'] else 'FAILS'} {a['verify_said']}"
        )
        for error in c["errors"]:
            print(f"      {error}")


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT / "src"))
    figures = measure()
    report(figures)
    (ROOT / "var" / "bench-scaleout.json").write_text(
        json.dumps(figures, indent=2, default=str)
    )

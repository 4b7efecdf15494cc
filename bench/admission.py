"""Admission decisions per second (issue #4): in one process against a bare
iptocc look-up loop in the same run, and over HTTP on PostgreSQL.

Aim: a decision costs at most 20 look-ups; over HTTP, approach the busiest
hour of a global meeting service (about 17,000 joins per second).
"""

import http.client
import json
import os
import random
import threading
import time

import throughput as tp

N_PURE = int(os.environ.get("BENCH_ADMISSION_PURE", "200000"))
N_HTTP = int(os.environ.get("BENCH_ADMISSION_HTTP", "2000"))


def _addresses(n: int) -> list[str]:
    rng = random.Random(7)
    return [
        f"{rng.randint(1, 223)}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
        for _ in range(n)
    ]


def measure_pure() -> dict:
    import iptocc

    from tillit.safety.admission import Participant, decide
    from tillit.safety.resolve import DEFAULTS

    ips = _addresses(N_PURE)
    settings = {
        **DEFAULTS,
        "waiting_room": False,
        "passcode": "Kx7pQ2",
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
            passcode="Kx7pQ2",
        )
    decisions = N_PURE / (time.perf_counter() - start)
    return {
        "lookups_per_s": lookups,
        "decisions_per_s": decisions,
        "cost_in_lookups": lookups / decisions,
    }


def measure_service_and_http() -> dict:
    from django.utils import timezone

    from tillit.core.apikeys import create_api_key
    from tillit.directory.models import Account
    from tillit.directory.services import upsert_meeting
    from tillit.safety.services.admission import admit_participant
    from tillit.safety.services.settings import update_settings

    account = Account.objects.get(pk="bench")
    upsert_meeting(
        meeting_id="777777777",
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
        owner="meeting:777777777",
        changes={"passcode": "Kx7pQ2", "waiting_room": False},
        source="bench",
    )
    ips = _addresses(N_HTTP)
    start = time.perf_counter()
    for i, ip in enumerate(ips[:500]):
        admit_participant(
            meeting_id="777777777",
            participant={"authenticated": False, "ip": ip, "name": f"p{i}"},
            passcode="Kx7pQ2",
            source="bench",
        )
    service = 500 / (time.perf_counter() - start)

    _row, key = create_api_key(name="bench-admission", scopes=["admission"])
    port = tp._free_port()
    server = tp._start_server(port)
    local, failures = threading.local(), []
    try:

        def join(i):
            if not hasattr(local, "conn"):
                local.conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
            body = {
                "participant": {"authenticated": False, "ip": ips[i], "name": f"h{i}"},
                "passcode": "Kx7pQ2",
            }
            local.conn.request(
                "POST",
                "/api/v1/meetings/777777777/admission",
                body=json.dumps(body),
                headers={
                    "Authorization": f"Bearer {key}",
                    "Content-Type": "application/json",
                },
            )
            response = local.conn.getresponse()
            payload = response.read()
            if response.status != 200:
                failures.append(f"{response.status} {payload[:120]!r}")

        seconds = tp._run_threads(join, N_HTTP)
    finally:
        server.terminate()
        server.wait(10)
    return {
        "service_per_s": service,
        "http_per_s": N_HTTP / seconds,
        "failures": failures[:3],
    }


def measure() -> dict:
    tp._fresh_database()
    tp._setup_django()
    tp._load_open_cases(1000)
    return {"pure": measure_pure(), "served": measure_service_and_http()}


def report(f: dict) -> None:
    pure, served = f["pure"], f["served"]
    cost = pure["cost_in_lookups"]
    print("\nAdmission decisions")
    print(
        f"  in one process    {pure['decisions_per_s']:12,.0f}/s   bare iptocc look-ups "
        f"{pure['lookups_per_s']:12,.0f}/s   a decision costs {cost:.1f} look-ups "
        f"(aim <= 20: {'met' if cost <= 20 else 'not met'})"
    )
    print(
        f"  full service (DB) {served['service_per_s']:12,.0f}/s   one process, PostgreSQL"
    )
    print(
        f"  over HTTP         {served['http_per_s']:12,.0f}/s   granian, 2 workers, 8 clients "
        f"(busiest hour of a global service: ~17,000/s; ratio "
        f"{served['http_per_s'] / 17000:.3f})"
    )
    if served["failures"]:
        print("  failures:", *served["failures"], sep="\n    ")

"""Server time of the console's queue page and case page with 1,000 and with
100,000 open cases on PostgreSQL, and their ratio (issue #3: aim under 2).

Run by `make bench` through bench/run.py, or alone: `python bench/pages.py`.
"""

import os
import statistics
import sys
import time
from datetime import timedelta

ADMIN_URL = "postgres://postgres@127.0.0.1:5432/postgres"
DB_NAME = "tillit_bench_pages"
SMALL, LARGE = 1_000, 100_000
REQUESTS = int(os.environ.get("BENCH_PAGE_REQUESTS", "40"))


def _fresh_database() -> None:
    import psycopg

    with psycopg.connect(ADMIN_URL, autocommit=True) as conn:
        conn.execute(f"DROP DATABASE IF EXISTS {DB_NAME} WITH (FORCE)")
        conn.execute(f"CREATE DATABASE {DB_NAME}")


def _setup_django() -> None:
    os.environ["DATABASE_URL"] = f"postgres://postgres@127.0.0.1:5432/{DB_NAME}"
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "tillit.settings")
    os.environ["TILLIT_DEBUG"] = "0"
    import django

    django.setup()
    from django.core.management import call_command

    call_command("migrate", verbosity=0)


def _add_open_cases(start: int, count: int) -> None:
    from django.utils import timezone

    from tillit.cases.models import Case
    from tillit.policy.models import Standard

    standards = list(Standard.objects.all())
    lanes = ["normal"] * 8 + ["expedited", "live"]
    contexts = [
        "work",
        "family",
        "academic_course",
        "public_event",
        "one_to_one",
        "other",
    ]
    now = timezone.now()
    batch = []
    for i in range(start, start + count):
        standard = standards[i % len(standards)]
        batch.append(
            Case(
                target_type="meeting",
                target_id=str(100_000_000_000 - i)[:11],
                standard=standard,
                tier=1 + (i % 10 == 0) + (i % 50 == 0),
                context=contexts[i % len(contexts)],
                lane=lanes[i % len(lanes)],
                priority=(i * 7919) % 1500,
                due_at=now + timedelta(minutes=i % 5000),
                opened_at=now - timedelta(minutes=i % 10_000),
                report_count=1,
                reporter_count=1,
            )
        )
        if len(batch) == 5000:
            Case.objects.bulk_create(batch)
            batch = []
    if batch:
        Case.objects.bulk_create(batch)


def _seed_history(analyst) -> int:
    """A real case with reports, and 500 decided cases for the register and
    precedents; return the id of the case page to measure."""
    from django.utils import timezone

    from tillit.cases.services.claims import claim_next_case
    from tillit.cases.services.decisions import decide_case
    from tillit.cases.services.filing import submit_report
    from tillit.directory.services import upsert_account, upsert_meeting
    from tillit.intake.services import ReporterIdentity, ReportInput

    account, _ = upsert_account(
        account_id="bench",
        name="Bench AB",
        owner_email="owner@bench.example",
        admin_emails=[],
        language="sv",
        plan="paid",
        source="bench",
    )
    texts = [
        "Participants flooded the chat with slurs during the lecture",
        "Crypto giveaway asking attendees to send money to a wallet",
        "Someone shared explicit images on screen in a family call",
        "Host recorded the meeting and posted it publicly without consent",
    ]
    for i in range(500):
        meeting_id = str(200_000_000 + i)
        upsert_meeting(
            meeting_id=meeting_id,
            account=account,
            host_email="host@bench.example",
            topic=f"Meeting {i}",
            starts_at=timezone.now() + timedelta(days=3),
            duration_minutes=60,
            context="work",
            is_public=False,
            source="bench",
        )
        submit_report(
            data=ReportInput(
                channel="web_form",
                category="harassment",
                description=texts[i % 4],
                target_type="meeting",
                target_id=meeting_id,
                reporter=ReporterIdentity(email=f"r{i}@example.org"),
            ),
            source="bench",
        )
    from tillit.cases.models import Case

    # Decide these 500 (they are the only cases yet).
    for _ in range(500):
        case = claim_next_case(reviewer=analyst, tier=1)
        decide_case(
            case_id=case.pk,
            reviewer=analyst,
            outcome="violation",
            standard="harassment",
            actions=["warning"],
            rationale="Warning for " + texts[case.pk % 4],
        )
    upsert_meeting(
        meeting_id="299999999",
        account=account,
        host_email="host@bench.example",
        topic="Measured meeting",
        starts_at=timezone.now() + timedelta(hours=2),
        duration_minutes=60,
        context="academic_course",
        is_public=False,
        source="bench",
    )
    for i in range(3):
        report, _ = submit_report(
            data=ReportInput(
                channel="in_meeting",
                category="harassment",
                description="Slurs in the chat during the lecture, again and again",
                target_type="meeting",
                target_id="299999999",
                reporter=ReporterIdentity(email=f"student{i}@example.org"),
            ),
            source="bench",
        )
    Case.objects.filter(pk=report.case_id).update(priority=-1)  # not claimed by tests
    return report.case_id


def _time(client, url: str) -> float:
    timings = []
    for _ in range(5):
        assert client.get(url).status_code == 200, url
    for _ in range(REQUESTS):
        start = time.perf_counter()
        response = client.get(url)
        timings.append((time.perf_counter() - start) * 1000)
        assert response.status_code == 200, url
    return statistics.median(timings)


def measure() -> dict:
    _fresh_database()
    _setup_django()
    from django.contrib.auth import get_user_model
    from django.db import connection
    from django.test import Client

    from tillit.cases.models import Case
    from tillit.core.models import Role, StaffProfile

    analyst = get_user_model().objects.create_user("bench", "b@x.example", "bench-pass")
    StaffProfile.objects.create(user=analyst, role=Role.ANALYST, tier=3)
    case_id = _seed_history(analyst)
    client = Client(SERVER_NAME="127.0.0.1")
    client.force_login(analyst)
    urls = {
        "queue page": "/console/queues/1/",
        "case page": f"/console/cases/{case_id}/",
    }

    results = {}
    for size in (SMALL, LARGE):
        have = Case.objects.filter(state="open").count()
        _add_open_cases(have, size - have)
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")
        results[size] = {name: _time(client, url) for name, url in urls.items()}
    return {
        name: {
            "small_ms": results[SMALL][name],
            "large_ms": results[LARGE][name],
            "ratio": results[LARGE][name] / results[SMALL][name],
        }
        for name in urls
    }


def report(figures: dict) -> None:
    print(f"\nConsole pages, server time (median of {REQUESTS} requests, PostgreSQL)")
    print(f"  {'page':<12}{SMALL:>10,} open{LARGE:>12,} open{'ratio':>9}   aim")
    for name, f in figures.items():
        verdict = "met" if f["ratio"] < 2 else "not met"
        print(
            f"  {name:<12}{f['small_ms']:>12.1f} ms{f['large_ms']:>12.1f} ms"
            f"{f['ratio']:>9.2f}   < 2: {verdict}"
        )


if __name__ == "__main__":
    sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "src"))
    report(measure())

"""Reports that arrive at the same moment about the same targets (issue #10).

PostgreSQL only: each thread has its own connection, so the transactions really
interleave under READ COMMITTED.
"""

import threading
import time

import pytest
from django.db import connections, transaction
from django.utils import timezone

from tests.helpers import fire_at_once
from tillit.cases.models import Case
from tillit.cases.services.filing import submit_report
from tillit.cases.services.notes import add_case_note
from tillit.cases.services.queue import SEVERITY_RANK, open_or_join_case, refresh_case
from tillit.intake.models import Report, Reporter
from tillit.intake.services import ReporterIdentity, ReportInput
from tillit.policy.models import Standard

pytestmark = pytest.mark.postgres

# Every severity, so later reports keep raising the case's standard.
CATEGORIES = ["other", "harassment", "hate", "disruption", "violence", "child_safety"]


def _report(meeting_id: str, i: int):
    def call():
        report, _created = submit_report(
            data=ReportInput(
                channel="in_meeting",
                category=CATEGORIES[i % len(CATEGORIES)],
                description=f"Raid in the meeting ({i}).",
                target_type="meeting",
                target_id=meeting_id,
                # Reporters repeat, so their rows are created concurrently too.
                reporter=ReporterIdentity(email=f"participant{i % 3}@example.org"),
            ),
            source="test",
        )
        return report.pk

    return call


@pytest.mark.django_db(transaction=True)
def test_simultaneous_reports_of_mixed_standards_all_join_one_case(
    english_account, make_meeting
):
    """Many reports of different standards about a few new meetings, all at
    once: each is stored and joins its meeting's one open case, whose standard
    is the most severe reported."""
    meetings = [make_meeting(f"9300000{n:02d}", english_account) for n in range(3)]
    calls = [_report(m.pk, i) for m in meetings for i in range(8)]

    report_ids, errors = fire_at_once(calls)

    assert errors == []
    assert sorted(report_ids) == sorted(Report.objects.values_list("pk", flat=True))
    assert Reporter.objects.count() == 3
    for meeting in meetings:
        reports = Report.objects.filter(meeting=meeting).select_related("category")
        case = Case.objects.get(target_type="meeting", target_id=meeting.pk)
        assert {r.case_id for r in reports} == {case.pk}
        assert case.report_count == len(reports) == 8
        assert case.reporter_count == 3
        worst = min(SEVERITY_RANK[r.category.severity] for r in reports)
        assert SEVERITY_RANK[case.standard.severity] == worst


def _wait_until_blocked_on_a_lock() -> None:
    """Return once some backend of this database waits for a row lock."""
    with connections["default"].cursor() as cursor:
        for _poll in range(2000):
            cursor.execute(
                "SELECT count(*) FROM pg_stat_activity "
                "WHERE datname = current_database() AND wait_event_type = 'Lock'"
            )
            if cursor.fetchone()[0]:
                return
            time.sleep(0.005)
    raise AssertionError("nobody waited for the lock")


@pytest.mark.django_db(transaction=True)
def test_a_note_waiting_while_a_report_raises_the_standard_lands(
    english_account, make_meeting, make_staff, file_report
):
    """An analyst's note that waits for the case while a report of a graver
    standard joins it is written once that report commits (no "no such
    case")."""
    meeting = make_meeting("930000100", english_account)
    case = file_report(meeting.pk, category="other").case
    analyst = make_staff("senior", tier=3)
    graver = Standard.objects.get(slug="child_safety")
    joined, release = threading.Event(), threading.Event()

    def join_with_graver_report():
        with transaction.atomic():
            joining = open_or_join_case(
                target_type="meeting",
                target_id=meeting.pk,
                standard=graver,
                account=english_account,
                meeting=meeting,
                event=None,
                reporter=None,
                detection_confidence=None,
                now=timezone.now(),
            )
            refresh_case(case=joining, now=timezone.now())
            joined.set()
            release.wait(timeout=60)

    def write_note():
        joined.wait(timeout=60)
        return add_case_note(case_id=case.pk, author=analyst, body="Seen it.")

    def commit_when_the_note_waits():
        joined.wait(timeout=60)
        _wait_until_blocked_on_a_lock()
        release.set()

    _results, errors = fire_at_once(
        [join_with_graver_report, write_note, commit_when_the_note_waits]
    )

    assert errors == []
    case.refresh_from_db()
    assert case.standard_id == "child_safety"
    assert list(case.notes.values_list("body", flat=True)) == ["Seen it."]

"""The platform syncs the same new directory row from several places at once."""

from datetime import timedelta

import pytest
from django.utils import timezone

from tests.helpers import fire_at_once
from tillit.cases.services.filing import submit_report
from tillit.core.models import AuditEvent
from tillit.directory.models import Meeting
from tillit.directory.services import upsert_meeting
from tillit.intake.models import Report
from tillit.intake.services import ReportInput

pytestmark = pytest.mark.postgres


def _upsert(meeting_id, account, i):
    def call():
        _meeting, created = upsert_meeting(
            meeting_id=meeting_id,
            account=account,
            host_email="host@acme.example",
            topic=f"Topic {i}",
            starts_at=timezone.now() + timedelta(days=1),
            duration_minutes=60,
            context="work",
            is_public=False,
            source="test",
        )
        return created

    return call


@pytest.mark.django_db(transaction=True)
def test_simultaneous_upserts_of_a_new_meeting_all_succeed(english_account):
    """Ten upserts of one new meeting at once: one creates it, the others
    update it, none fails, and the row holds one of the topics sent."""
    calls = [_upsert("940000001", english_account, i) for i in range(10)]

    created, errors = fire_at_once(calls)

    assert errors == []
    assert sorted(created) == [False] * 9 + [True]
    meeting = Meeting.objects.get(pk="940000001")
    assert meeting.topic in {f"Topic {i}" for i in range(10)}
    assert AuditEvent.objects.filter(verb="meeting.created").count() == 1


@pytest.mark.django_db(transaction=True)
def test_a_meeting_updated_while_reports_about_it_arrive(english_account, make_meeting):
    """The platform syncs a meeting while it is being reported: every update
    and every report succeeds (no deadlock between the meeting's lock and the
    reports that refer to it)."""
    meeting = make_meeting("940000002", english_account)

    def report():
        submit_report(
            data=ReportInput(
                channel="in_meeting",
                category="harassment",
                description="Spam in the chat.",
                target_type="meeting",
                target_id=meeting.pk,
            ),
            source="test",
        )

    calls = []
    for i in range(8):
        calls += [_upsert(meeting.pk, english_account, i), report]

    _results, errors = fire_at_once(calls)

    assert errors == []
    assert Report.objects.filter(meeting=meeting).count() == 8
    meeting.refresh_from_db()
    assert meeting.topic in {f"Topic {i}" for i in range(8)}

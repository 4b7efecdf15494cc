"""The platform syncs the same new directory row from several places at once."""

from datetime import timedelta

import pytest
from django.utils import timezone

from tests.helpers import fire_at_once
from tillit.core.models import AuditEvent
from tillit.directory.models import Meeting
from tillit.directory.services import upsert_meeting

pytestmark = pytest.mark.postgres


@pytest.mark.django_db(transaction=True)
def test_simultaneous_upserts_of_a_new_meeting_all_succeed(english_account):
    """Ten upserts of one new meeting at once: one creates it, the others
    update it, none fails, and the row holds one of the topics sent."""
    starts_at = timezone.now() + timedelta(days=1)

    def upsert(i):
        def call():
            _meeting, created = upsert_meeting(
                meeting_id="940000001",
                account=english_account,
                host_email="host@acme.example",
                topic=f"Topic {i}",
                starts_at=starts_at,
                duration_minutes=60,
                context="work",
                is_public=False,
                source="test",
            )
            return created

        return call

    created, errors = fire_at_once([upsert(i) for i in range(10)])

    assert errors == []
    assert sorted(created) == [False] * 9 + [True]
    meeting = Meeting.objects.get(pk="940000001")
    assert meeting.topic in {f"Topic {i}" for i in range(10)}
    assert AuditEvent.objects.filter(verb="meeting.created").count() == 1

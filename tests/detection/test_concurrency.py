"""The same leaked post arriving several times at once (issue #10)."""

import pytest

from tests.helpers import fire_at_once
from tillit.cases.models import Case
from tillit.detection.models import AtRiskNotice, Sighting
from tillit.detection.services import process_post

pytestmark = pytest.mark.postgres

POST = {
    "id": "post-raid",
    "text": "raid my class at 10 https://zoom.us/j/81234567890 rename yourself",
    "url": "https://social.example/@x/7",
}


@pytest.mark.django_db(transaction=True)
def test_one_post_pushed_at_once_from_many_places_is_one_sighting(meeting):
    """Eight pushes of one post at the same moment: one sighting, one notice,
    one at-risk case, and no failure."""
    calls = [lambda: process_post(post=POST, source="push") for _ in range(8)]

    scans, errors = fire_at_once(calls)

    assert errors == []
    assert sum(len(scan.sightings) for scan in scans) == 1
    assert Sighting.objects.filter(post_id="post-raid").count() == 1
    assert AtRiskNotice.objects.count() == 1
    assert Case.objects.filter(target_id=meeting.pk).count() == 1


@pytest.mark.django_db(transaction=True)
def test_one_event_scanned_by_many_workers_at_once_is_one_scan_and_one_report(
    english_account,
):
    """Eight sweeps of the same changed listing at the same moment (#14): one
    scan row, one ai_scan report, one case, and no failure."""
    from django.utils import timezone

    from tillit.detection.models import EventScan
    from tillit.detection.scanning import scan_event
    from tillit.directory.services import upsert_event
    from tillit.intake.models import Report

    upsert_event(
        event_id="ev-race",
        account=english_account,
        title="Cocaine, MDMA and weed delivered to your door",
        description="Top quality coke and pills, discreet delivery in 30 min. "
        "DM for the menu, cash only, no questions asked.",
        starts_at=timezone.now(),
        ticket_type="free",
        source="test",
    )
    results, errors = fire_at_once(
        [lambda: scan_event(event_id="ev-race") for _ in range(8)]
    )

    assert errors == []
    assert sum(scanned_now for _scan, scanned_now in results) == 1
    assert EventScan.objects.count() == 1
    assert Report.objects.filter(channel="ai_scan").count() == 1
    assert Case.objects.filter(target_id="ev-race").count() == 1


@pytest.mark.django_db(transaction=True)
def test_failures_of_one_listing_counted_at_once_are_one_row_counting_each(
    english_account,
):
    """Eight workers failing on the same listing at the same moment (#14):
    one failure row, every failure counted, no error."""
    from django.utils import timezone

    from tillit.detection.models import ScanFailure
    from tillit.detection.scanning import record_scan_failure
    from tillit.directory.services import upsert_event

    upsert_event(
        event_id="ev-fail",
        account=english_account,
        title="A listing",
        description="",
        starts_at=timezone.now(),
        ticket_type="free",
        source="test",
    )
    error = MemoryError("out of memory")
    _, errors = fire_at_once(
        [lambda: record_scan_failure(event_id="ev-fail", error=error)] * 8
    )

    assert errors == []
    assert ScanFailure.objects.get().attempts == 8

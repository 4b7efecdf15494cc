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

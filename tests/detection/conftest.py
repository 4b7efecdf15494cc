from datetime import timedelta
from io import StringIO

import pytest
from django.core.management import call_command

from tillit.safety.services.settings import update_settings


@pytest.fixture
def meeting(swedish_account, make_meeting):
    """A class meeting of ours two hours away, with no waiting room."""
    m = make_meeting(
        "81234567890",
        swedish_account,
        starts_in=timedelta(hours=2),
        context="academic_course",
    )
    update_settings(
        owner="meeting:81234567890",
        changes={"waiting_room": False, "passcode": "Kx7pQ2"},
        source="test",
    )
    return m


@pytest.fixture
def run_notifier(db):
    """Run `tillit notifier run` until it has scanned so many posts (or 20 s
    have passed, so a broken source fails the test instead of hanging it);
    return what it printed."""

    def run(max_posts: int) -> str:
        out = StringIO()
        call_command(
            "notifier",
            "run",
            *("--max-posts", str(max_posts), "--backoff", "0.05", "--seconds", "20"),
            stdout=out,
        )
        return out.getvalue()

    return run

from datetime import timedelta

import pytest
from django.utils import timezone

from tillit.directory.models import Account, Event, Meeting

ACCOUNT = {
    "name": "Lunds Folkhögskola",
    "owner_email": "rektor@skola.se",
    "admin_emails": ["it@skola.se"],
    "language": "sv",
    "plan": "paid",
}


def iso(delta):
    return (timezone.now() + delta).isoformat()


@pytest.mark.django_db
def test_upserts_create_then_update(api):
    assert api.put("/api/v1/accounts/acc-1", ACCOUNT).status_code == 201
    updated = api.put("/api/v1/accounts/acc-1", {**ACCOUNT, "plan": "free"})
    assert updated.status_code == 200 and updated.json()["plan"] == "free"
    assert Account.objects.get().plan == "free"

    meeting = {
        "account_id": "acc-1",
        "host_email": "larare@skola.se",
        "topic": "Svenska 2",
        "starts_at": iso(timedelta(hours=3)),
        "duration_minutes": 60,
        "context": "academic_course",
        "is_public": False,
    }
    assert api.put("/api/v1/meetings/81234567890", meeting).status_code == 201
    assert api.put("/api/v1/meetings/81234567890", meeting).status_code == 200
    assert Meeting.objects.get().context == "academic_course"

    event = {
        "account_id": "acc-1",
        "title": "Öppen föreläsning",
        "description": "Välkomna",
        "starts_at": iso(timedelta(days=2)),
        "ticket_type": "free",
    }
    assert api.put("/api/v1/events/ev-1", event).status_code == 201
    assert Event.objects.get().ticket_type == "free"


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("path", "body", "field"),
    [
        ("/api/v1/accounts/acc-1", {**ACCOUNT, "language": "de"}, "language"),
        ("/api/v1/accounts/acc-1", {**ACCOUNT, "owner_email": "nope"}, "owner_email"),
        (
            "/api/v1/meetings/12",
            {
                "account_id": "acc-1",
                "host_email": "a@b.se",
                "topic": "x",
                "starts_at": "2026-12-01T10:00:00+01:00",
            },
            "meeting_id",
        ),
        (
            "/api/v1/meetings/123456789",
            {
                "account_id": "acc-1",
                "host_email": "a@b.se",
                "topic": "x",
                "starts_at": "2026-12-01T10:00:00",
            },  # no offset
            "starts_at",
        ),
        (
            "/api/v1/meetings/123456789",
            {
                "account_id": "missing",
                "host_email": "a@b.se",
                "topic": "x",
                "starts_at": "2026-12-01T10:00:00Z",
            },
            "account_id",
        ),
    ],
)
def test_bad_directory_input_is_named_and_not_stored(api, path, body, field):
    response = api.put(path, body)
    assert response.status_code == 422, response.content
    assert field in response.json()["fields"]
    assert not Meeting.objects.exists()
    assert not Account.objects.exists()


@pytest.mark.django_db
def test_queue_and_case_endpoints(api, file_report, english_account, make_meeting):
    make_meeting("123456789", english_account, starts_in=timedelta(days=7))
    make_meeting("223456789", english_account, starts_in=timedelta(minutes=30))
    later = file_report("123456789")
    soon = file_report("223456789")
    queue = api.get("/api/v1/queues/1").json()
    assert [c["id"] for c in queue] == [soon.case_id, later.case_id]
    case = api.get(f"/api/v1/cases/{soon.case_id}").json()
    assert case["category"] == "harassment"
    assert case["tier"] == 1 and case["state"] == "open" and case["report_count"] == 1
    assert api.get("/api/v1/cases/999999").status_code == 404
    assert api.get("/api/v1/queues/7").status_code == 422


@pytest.mark.django_db
def test_openapi_docs_are_served(client):
    assert client.get("/api/docs").status_code == 200
    schema = client.get("/api/openapi.json").json()
    assert "/api/v1/reports" in schema["paths"]

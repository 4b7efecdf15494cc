"""Bad input at every entry point gets a clear error, and nothing is stored."""

from datetime import timedelta

import pytest
import time_machine
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone

from tillit.cases.models import Case
from tillit.core.models import AuditEvent, OutboxMessage
from tillit.intake.links import status_token
from tillit.intake.models import Evidence, Report

GOOD = {
    "channel": "web_form",
    "category": "harassment",
    "description": "Insults",
    "target": {"type": "meeting", "id": "123456789"},
}


def nothing_stored():
    assert not Report.objects.exists()
    assert not Case.objects.exists()
    assert not Evidence.objects.exists()
    assert not OutboxMessage.objects.exists()
    assert not AuditEvent.objects.filter(verb__startswith="report.").exists()


@pytest.mark.django_db
def test_malformed_json_is_400(api):
    response = api.post("/api/v1/reports", raw='{"channel": "web_form",')
    assert response.status_code == 400
    assert response.json()["code"] == "malformed_json"
    nothing_stored()


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"channel": "carrier_pigeon"}, "channel"),
        ({"category": "rudeness"}, "category"),
        ({"target": {"type": "planet", "id": "x"}}, "target.type"),
        ({"target": {"type": "meeting", "id": "12ab"}}, "target.id"),
        ({"target": {"type": "meeting", "id": ""}}, "target.id"),
        ({"reporter": {"email": "not-an-email"}}, "reporter.email"),
        ({"detection_confidence": 1.5}, "detection_confidence"),
        ({"description": "x" * 10_001}, "description"),
    ],
)
def test_bad_fields_are_named(api, change, field):
    response = api.post("/api/v1/reports", {**GOOD, **change})
    assert response.status_code == 422, response.content
    body = response.json()
    assert body["code"] == "invalid_input"
    assert field in body["fields"], body
    nothing_stored()


@pytest.mark.django_db
@pytest.mark.parametrize("missing", ["channel", "category", "target"])
def test_missing_fields_are_named(api, missing):
    body = {k: v for k, v in GOOD.items() if k != missing}
    response = api.post("/api/v1/reports", body)
    assert response.status_code == 422
    assert missing in response.json()["fields"]
    nothing_stored()


@pytest.mark.django_db
def test_missing_or_wrong_key_is_401(client):
    for headers in ({}, {"HTTP_AUTHORIZATION": "Bearer tlt_dead_beef"}):
        response = client.post(
            "/api/v1/reports", GOOD, content_type="application/json", **headers
        )
        assert response.status_code == 401
        assert response.json()["code"] == "unauthorized"
    nothing_stored()


@pytest.mark.django_db
def test_idempotency_key_replays_and_refuses_another_body(api, client):
    first = api.post("/api/v1/reports", GOOD, HTTP_IDEMPOTENCY_KEY="k-1")
    again = api.post("/api/v1/reports", GOOD, HTTP_IDEMPOTENCY_KEY="k-1")
    assert (first.status_code, again.status_code) == (201, 200)
    # The status link is signed with the time it was made: a replay a second
    # later carries a fresh link to the same report.
    link = "status_url"
    assert {**first.json(), link: None} == {**again.json(), link: None}
    assert client.get(again.json()[link]).status_code == 200
    other = api.post(
        "/api/v1/reports",
        {**GOOD, "description": "changed"},
        HTTP_IDEMPOTENCY_KEY="k-1",
    )
    assert other.status_code == 409
    assert other.json()["code"] == "idempotency_key_reused"
    assert Report.objects.count() == 1
    assert Case.objects.get().report_count == 1


def _form(**extra):
    return {
        "category": "harassment",
        "description": "Insults",
        "target_type": "meeting",
        "target_id": "123456789",
        **extra,
    }


@pytest.mark.django_db
def test_oversized_evidence_is_refused(client, settings):
    big = SimpleUploadedFile(
        "big.png", b"\x89PNG\r\n\x1a\n" + b"\x00" * (20 * 1024 * 1024 + 1)
    )
    response = client.post("/report/", _form(evidence=[big]))
    assert response.status_code == 422
    assert "larger than 20 MB" in response.text
    nothing_stored()


@pytest.mark.django_db
def test_disallowed_evidence_is_refused_whatever_its_name(client):
    exe = SimpleUploadedFile(
        "cat.png", b"MZ\x90\x00\x03\x00\x00\x00" + bytes(range(256))
    )
    response = client.post("/report/", _form(evidence=[exe]))
    assert response.status_code == 422
    assert "not an accepted kind of file" in response.text
    nothing_stored()


@pytest.mark.django_db
def test_web_form_shows_field_errors_and_keeps_input(client):
    response = client.post("/report/", _form(target_id="12", description="Kept text"))
    assert response.status_code == 422
    assert "9 to 11 digits" in response.text
    assert "Kept text" in response.text
    response = client.post("/report/", _form(category="nope"))
    assert response.status_code == 422
    nothing_stored()


@pytest.mark.django_db
def test_forged_status_link_is_refused(client, file_report):
    report = file_report("123456789")
    token = status_token(report)
    forged = token[:-3] + ("aaa" if not token.endswith("aaa") else "bbb")
    response = client.get(f"/status/{forged}/")
    assert response.status_code == 404
    assert "not valid" in response.text
    assert client.get("/status/nonsense/").status_code == 404


@pytest.mark.django_db
def test_expired_status_link_is_refused(client, file_report, settings):
    report = file_report("123456789")
    token = status_token(report)
    with time_machine.travel(timezone.now() + timedelta(days=366)):
        response = client.get(f"/status/{token}/")
    assert response.status_code == 410
    assert "expired" in response.text


@pytest.mark.django_db
def test_forged_email_form_link_is_refused(client):
    response = client.get("/report/?t=forged:token")
    assert response.status_code == 404
    response = client.post("/report/", {**_form(), "t": "forged:token"})
    assert response.status_code == 404
    nothing_stored()


@pytest.mark.django_db
def test_answer_must_belong_to_the_report(client, file_report):
    report = file_report("123456789")
    response = client.post(
        f"/status/{status_token(report)}/", {"question": "999", "answer": "hi"}
    )
    assert response.status_code == 422
    assert "does not belong" in response.text

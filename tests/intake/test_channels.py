"""One end-to-end test per intake channel: the report lands in the right case
and queue, with the right priority."""

import re
from datetime import timedelta
from email.message import EmailMessage
from io import StringIO
from urllib.parse import parse_qs, urlparse

import pytest
from django.contrib.auth import get_user_model
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command

from tillit.cases.models import Case
from tillit.cases.selectors import list_queue
from tillit.intake.models import Evidence, Report

PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 64


def only_report() -> Report:
    report = Report.objects.select_related("case").get()
    return report


@pytest.mark.django_db
def test_in_meeting_report_from_the_meeting_client(api, swedish_account, make_meeting):
    make_meeting(
        "81234567890",
        swedish_account,
        starts_in=timedelta(minutes=-5),
        context="academic_course",
    )
    response = api.post(
        "/api/v1/reports",
        {
            "channel": "in_meeting",
            "category": "disruption",
            "description": "Zoombombing: porn on screen share.",
            "target": {"type": "meeting", "id": "81234567890"},
            "reporter": {"user_id": "u-77", "name": "Teacher"},
            "offender": "xXtrollXx",
        },
    )
    assert response.status_code == 201
    report = only_report()
    assert (report.channel, report.offender, report.reporter.key) == (
        "in_meeting",
        "xXtrollXx",
        "user:u-77",
    )
    case = report.case
    assert case.lane == Case.Lane.LIVE  # in progress: first of all
    reasons = {r["code"]: r["points"] for r in case.priority_reasons}
    assert reasons["in_progress"] == 1200 and reasons["severity"] == 150
    assert case.priority == pytest.approx(sum(reasons.values()))
    assert case.context == "academic_course"
    assert [c.pk for c in list_queue(tier=1)] == [case.pk]
    assert response.json()["case_id"] == case.pk


@pytest.mark.django_db
def test_web_form_report_with_evidence_no_login(
    client, english_account, make_meeting, deliver
):
    make_meeting("123456789", english_account)
    page = client.get("/report/")
    assert page.status_code == 200 and "evidence" in page.text
    response = client.post(
        "/report/",
        {
            "category": "hate",
            "description": "Slurs in the chat.",
            "target_type": "meeting",
            "target_id": "123 456 789",  # pasted with spaces
            "reporter_email": "Someone@Example.org",
            "evidence": [SimpleUploadedFile("shot.png", PNG, "image/png")],
        },
    )
    assert response.status_code == 302
    report = only_report()
    assert response["Location"].startswith("/status/")
    assert (report.channel, report.target_id, report.reporter_email) == (
        "web_form",
        "123456789",
        "someone@example.org",
    )
    evidence = Evidence.objects.get()
    assert (evidence.content_type, evidence.original_name) == ("image/png", "shot.png")
    assert report.case.tier == 1 and report.case.standard_id == "hate"
    status = client.get(response["Location"])
    assert report.reference in status.text
    assert deliver()[0].to == ["someone@example.org"]


@pytest.mark.django_db
def test_portal_meeting_list_reports_a_meeting(client, english_account, make_meeting):
    mine = make_meeting("223456789", english_account, starts_in=timedelta(hours=2))
    make_meeting("323456789", english_account, starts_in=timedelta(days=-1))
    user = get_user_model().objects.create_user("host", mine.host_email, "pw-host-123")
    client.force_login(user)
    listing = client.get("/portal/")
    assert "223456789" in listing.text and "323456789" in listing.text
    assert "/portal/meetings/223456789/report/" in listing.text
    response = client.post(
        "/portal/meetings/223456789/report/",
        {"category": "privacy", "description": "Someone recorded without consent."},
    )
    assert response.status_code == 302
    report = only_report()
    assert (report.channel, report.target_id, report.reporter_email) == (
        "portal",
        "223456789",
        mine.host_email,
    )
    assert report.case.lane == Case.Lane.EXPEDITED  # starts in two hours
    assert report.case.standard.severity == "high"
    assert {r["code"] for r in report.case.priority_reasons} >= {
        "starts_soon",
        "severity",
    }


@pytest.mark.django_db
def test_portal_refuses_a_meeting_that_is_not_yours(
    client, english_account, make_meeting
):
    make_meeting("423456789", english_account)
    user = get_user_model().objects.create_user(
        "other", "other@x.example", "pw-other-123"
    )
    client.force_login(user)
    response = client.post(
        "/portal/meetings/423456789/report/",
        {"category": "privacy", "description": "x"},
    )
    assert response.status_code == 404
    assert not Report.objects.exists()


@pytest.mark.django_db
def test_report_this_event_from_the_foot_of_the_event_page(
    client, english_account, make_event
):
    make_event("ev-1", english_account, starts_in=timedelta(hours=4))
    page = client.get("/events/ev-1/")
    assert 'id="report-this-event"' in page.text
    assert page.text.index("report-this-event") > page.text.index("</main>")
    response = client.post(
        "/events/ev-1/report/", {"category": "fraud", "description": "Crypto scam."}
    )
    assert response.status_code == 302
    report = only_report()
    assert (report.channel, report.target_type, report.target_id) == (
        "event_page",
        "event",
        "ev-1",
    )
    assert report.case.context == "public_event"
    assert report.case.lane == Case.Lane.EXPEDITED


@pytest.mark.django_db
def test_event_can_also_be_reported_on_the_web_form(
    client, english_account, make_event
):
    make_event("ev-2", english_account)
    response = client.post(
        "/report/",
        {
            "category": "fraud",
            "description": "Scam",
            "target_type": "event",
            "target_id": "http://127.0.0.1:8000/events/ev-2/",
        },
    )
    assert response.status_code == 302
    assert only_report().event_id == "ev-2"


def _eml(**headers) -> bytes:
    message = EmailMessage()
    message["From"] = headers.pop("From", "Maria Svensson <maria@example.se>")
    message["To"] = "trust@tillit.example"
    message["Subject"] = headers.pop("Subject", "Störande deltagare i mötet")
    for k, v in headers.items():
        message[k.replace("_", "-")] = v
    message.set_content(
        "Hej! Någon störde vårt möte och jag vill anmäla det.\n"
        "Meeting ID: 812 3456 7890\nDet var mycket obehagligt."
    )
    return bytes(message)


@pytest.mark.django_db
def test_email_to_the_trust_mailbox_gets_a_prefilled_form_link(
    client, swedish_account, make_meeting, deliver, monkeypatch
):
    make_meeting("81234567890", swedish_account)
    monkeypatch.setattr(
        "sys.stdin", type("S", (), {"buffer": __import__("io").BytesIO(_eml())})
    )
    out = StringIO()
    call_command("intake", "email", stdout=out)
    assert '"target_id": "81234567890"' in out.getvalue()
    answer = deliver()[0]
    assert answer.to == ["maria@example.se"]
    link = re.search(r"http://\S+/report/\?t=\S+", answer.body).group(0)
    form = client.get(urlparse(link).path + "?" + urlparse(link).query)
    assert form.status_code == 200
    assert 'value="81234567890"' in form.text
    assert 'value="maria@example.se"' in form.text
    assert "Någon störde vårt möte" in form.text
    token = parse_qs(urlparse(link).query)["t"][0]
    response = client.post(
        "/report/",
        {
            "t": token,
            "category": "disruption",
            "description": "Någon störde vårt möte.",
            "target_type": "meeting",
            "target_id": "81234567890",
            "reporter_email": "maria@example.se",
        },
    )
    assert response.status_code == 302
    report = only_report()
    assert (report.channel, report.meeting_id) == ("email", "81234567890")


@pytest.mark.django_db
def test_automatic_replies_to_the_mailbox_are_not_answered(deliver, monkeypatch):
    raw = _eml(Auto_Submitted="auto-replied")
    monkeypatch.setattr(
        "sys.stdin", type("S", (), {"buffer": __import__("io").BytesIO(raw)})
    )
    out = StringIO()
    call_command("intake", "email", stdout=out)
    assert '"answered": false' in out.getvalue()
    assert deliver() == []


@pytest.mark.django_db
@pytest.mark.parametrize("channel", ["ai_scan", "at_risk_scan"])
def test_internal_scan_channels(api, english_account, make_event, channel):
    make_event("ev-scan", english_account, starts_in=timedelta(days=3))
    response = api.post(
        "/api/v1/reports",
        {
            "channel": channel,
            "category": "violent_extremism",
            "description": "Classifier flagged the description.",
            "target": {"type": "event", "id": "ev-scan"},
            "detection_confidence": 0.93,
        },
    )
    assert response.status_code == 201
    case = only_report().case
    assert case.tier == 3  # violent extremism enters at tier III
    assert case.detection_confidence == pytest.approx(0.93)
    assert any(r["code"] == "detection" for r in case.priority_reasons)
    assert list(list_queue(tier=1)) == []
    assert [c.pk for c in list_queue(tier=3)] == [case.pk]


@pytest.mark.django_db
def test_reports_about_one_target_join_its_open_case(
    file_report, english_account, make_meeting
):
    make_meeting("523456789", english_account)
    first = file_report("523456789", email="a@example.org")
    file_report("523456789", email="b@example.org")
    file_report("523456789", email="a@example.org", category="hate")
    case = Case.objects.get()
    assert first.case_id == case.pk
    assert (case.report_count, case.reporter_count) == (3, 2)
    assert case.standard_id == "hate"  # the most severe category wins
    reasons = {r["code"]: r for r in case.priority_reasons}
    assert reasons["reporters"]["detail"] == "2"


@pytest.mark.django_db
def test_meeting_client_uploads_evidence_after_the_report(
    api, client, api_key, file_report
):
    report = file_report("123456789")
    auth = {"HTTP_AUTHORIZATION": f"Bearer {api_key}"}
    url = f"/api/v1/reports/{report.pk}/evidence"
    ok = client.post(
        url, {"file": [SimpleUploadedFile("s.png", PNG, "image/png")]}, **auth
    )
    assert ok.status_code == 201, ok.content
    assert ok.json()[0]["content_type"] == "image/png"
    bad = client.post(
        url, {"file": [SimpleUploadedFile("x.png", b"MZ\x90\x00", "image/png")]}, **auth
    )
    assert bad.status_code == 422
    assert "not an accepted kind of file" in bad.json()["fields"]["evidence"][0]
    missing = client.post(
        "/api/v1/reports/999999/evidence",
        {"file": [SimpleUploadedFile("s.png", PNG)]},
        **auth,
    )
    assert missing.status_code == 422
    assert Evidence.objects.count() == 1

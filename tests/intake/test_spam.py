"""The report form is neither a spam cannon nor a mail cannon (issue 10, #5):
clients and targets are rate-limited, one client is one reporter however many
reports it sends, and a stranger cannot make us mail an address many times."""

import re
from datetime import timedelta
from email.message import EmailMessage
from io import BytesIO, StringIO

import pytest
import time_machine
from django.core.management import call_command
from django.utils import timezone

from tillit.cases.models import Case
from tillit.cases.services.claims import claim_next_case
from tillit.cases.services.decisions import decide_case
from tillit.core.models import AuditEvent
from tillit.intake.models import Report

FAMILY_MEETING = "512345678"


def web_report(
    client, target_id=FAMILY_MEETING, *, ip="198.51.100.7", headers=None, **fields
):
    return client.post(
        "/report/",
        {
            "category": "harassment",
            "description": "They shouted at grandma all through the call.",
            "target_type": "meeting",
            "target_id": target_id,
            **fields,
        },
        REMOTE_ADDR=ip,
        headers=headers,
    )


@pytest.fixture
def family_meeting(english_account, make_meeting):
    return make_meeting(FAMILY_MEETING, english_account, context="family")


# --- Rate limits -------------------------------------------------------------


@pytest.mark.django_db
def test_the_report_form_refuses_an_eleventh_report_in_an_hour_with_429(
    client, family_meeting
):
    """Ten reports an hour from one client; the eleventh is 429 with
    Retry-After, a page that says why, and no report."""
    for i in range(10):
        assert web_report(client, description=f"Report {i}").status_code == 302
    refused = web_report(client, description="Report 11")
    assert refused.status_code == 429
    assert 0 < int(refused["Retry-After"]) <= 3600
    assert "You have sent many reports in a short time." in refused.text
    assert "Try again in" in refused.text
    assert Report.objects.count() == 10
    # Another client is not held back, and reading the form is free.
    assert web_report(client, ip="198.51.100.8").status_code == 302
    assert client.get("/report/", REMOTE_ADDR="198.51.100.7").status_code == 200


@pytest.mark.django_db
def test_the_429_page_speaks_the_readers_language(client, family_meeting, rate_limits):
    rate_limits(report="1/h")
    web_report(client)
    refused = web_report(client, headers={"Accept-Language": "sv"})
    assert refused.status_code == 429
    assert "Du har skickat många anmälningar på kort tid." in refused.text
    assert "Försök igen om" in refused.text


@pytest.mark.django_db
def test_the_limit_opens_again_when_its_window_ends(client, family_meeting):
    with time_machine.travel(timezone.now(), tick=False) as clock:
        for _ in range(10):
            web_report(client)
        refused = web_report(client)
        assert refused.status_code == 429
        clock.shift(timedelta(seconds=int(refused["Retry-After"])))
        assert web_report(client).status_code == 302
    assert Report.objects.count() == 11


@pytest.mark.django_db
def test_one_target_takes_twenty_anonymous_reports_an_hour(client, family_meeting):
    """However many addresses they come from, anonymous reports about one
    target stop at 20 an hour; another target is not affected."""
    for i in range(20):
        assert web_report(client, ip=f"198.51.100.{i + 1}").status_code == 302
    refused = web_report(client, ip="198.51.100.200")
    assert refused.status_code == 429 and "Retry-After" in refused
    assert "already with our reviewers" in refused.text
    assert Report.objects.count() == 20
    assert web_report(client, "612345678", ip="198.51.100.200").status_code == 302


@pytest.mark.django_db
def test_report_this_event_is_rate_limited_per_client(
    client, english_account, make_event, rate_limits
):
    rate_limits(report="2/h")
    make_event("ev-1", english_account)
    data = {"category": "hate", "description": "Slurs in the event description."}
    for _ in range(2):
        assert client.post("/events/ev-1/report/", data).status_code == 302
    refused = client.post("/events/ev-1/report/", data)
    assert refused.status_code == 429 and refused["Retry-After"]
    assert Report.objects.count() == 2


@pytest.mark.django_db
def test_the_report_api_is_limited_per_key_with_json_and_retry_after(
    api, family_meeting, rate_limits
):
    rate_limits(api_report="3/m")
    body = {
        "channel": "in_meeting",
        "category": "harassment",
        "target": {"type": "meeting", "id": FAMILY_MEETING},
    }
    for i in range(3):
        response = api.post(
            "/api/v1/reports", {**body, "reporter": {"user_id": f"u-{i}"}}
        )
        assert response.status_code == 201
    refused = api.post("/api/v1/reports", {**body, "reporter": {"user_id": "u-9"}})
    assert refused.status_code == 429
    payload = refused.json()
    assert payload["code"] == "rate_limited"
    assert payload["retry_after"] == int(refused["Retry-After"])
    assert 0 < payload["retry_after"] <= 60
    assert "This API key has filed many reports" in payload["message"]
    assert Report.objects.count() == 3


@pytest.mark.django_db
def test_the_report_api_is_limited_per_target(
    api, english_account, make_meeting, family_meeting, rate_limits
):
    rate_limits(api_report_target="2/10m")
    make_meeting("612345678", english_account)

    def send(target):
        return api.post(
            "/api/v1/reports",
            {
                "channel": "in_meeting",
                "category": "harassment",
                "target": {"type": "meeting", "id": target},
            },
        )

    assert [send(FAMILY_MEETING).status_code for _ in range(3)] == [201, 201, 429]
    assert send("612345678").status_code == 201
    assert 0 < int(send(FAMILY_MEETING)["Retry-After"]) <= 600


PUBLIC_POSTS = [
    "/report/",
    "/events/ev-1/report/",
    "/guidelines/suggest/",
    "/consultation/not-a-token/",
    "/appeal/not-a-token/",
    "/status/not-a-token/",
    "/answer/not-a-token/",
    "/at-risk/not-a-token/",
]


@pytest.mark.django_db
@pytest.mark.parametrize("path", PUBLIC_POSTS)
def test_every_public_post_is_rate_limited_per_client(client, rate_limits, path):
    """Every POST counts, bad ones too: a client cannot hammer any public form
    (here with empty bodies and forged links, which change nothing)."""
    rate_limits(report="3/h", public_form="3/h")
    answers = [client.post(path, {}).status_code for _ in range(3)]
    assert all(code < 500 and code != 429 for code in answers), answers
    refused = client.post(path, {})
    assert refused.status_code == 429 and int(refused["Retry-After"]) > 0
    assert not Report.objects.exists()


@pytest.mark.django_db
def test_a_signed_in_host_reporting_their_meeting_is_limited_per_client(
    client, english_account, make_meeting, rate_limits
):
    from django.contrib.auth import get_user_model

    rate_limits(report="1/h")
    meeting = make_meeting("223456789", english_account)
    host = get_user_model().objects.create_user("host", meeting.host_email, "pw-h-12")
    client.force_login(host)
    data = {"category": "privacy", "description": "Recorded without consent."}
    path = "/portal/meetings/223456789/report/"
    assert client.post(path, data).status_code == 302
    assert client.post(path, data).status_code == 429
    assert Report.objects.count() == 1


# --- One client is one reporter -----------------------------------------------


@pytest.mark.django_db
@pytest.mark.parametrize("addresses", ["none", "one", "thirty"])
def test_thirty_reports_from_one_client_weigh_as_one_reporter(
    client, family_meeting, rate_limits, addresses
):
    """The finding: one client's burst pushed a family meeting to tier III.
    Thirty reports from one client, typing no address, one address or a new
    one each time, leave the case's priority and tier as for the first."""
    rate_limits(report="1000/h", report_target="1000/h")

    def email(i):
        return {"none": "", "one": "me@example.org", "thirty": f"me{i}@example.org"}[
            addresses
        ]

    web_report(client, reporter_email=email(0))
    case = Case.objects.get()
    first = (case.priority, case.tier, case.reporter_count)
    for i in range(1, 30):
        assert web_report(client, reporter_email=email(i)).status_code == 302
    case.refresh_from_db()
    assert case.report_count == 30
    assert (case.priority, case.tier, case.reporter_count) == first
    assert case.tier == 1 and case.reporter_count == 1
    assert not AuditEvent.objects.filter(verb="case.escalated").exists()


@pytest.mark.django_db
def test_reports_from_different_clients_still_add_up(client, family_meeting):
    """Distinct clients are distinct reporters: priority grows with them."""
    web_report(client, ip="198.51.100.1")
    one = Case.objects.get().priority
    web_report(client, ip="198.51.100.2")
    web_report(client, ip="2001:db8:1:2::1")
    web_report(client, ip="2001:db8:1:2::ffff")  # the same IPv6 /64: one client
    case = Case.objects.get()
    assert case.reporter_count == 3 and case.report_count == 4
    assert case.priority > one


@pytest.mark.django_db
def test_the_platform_can_name_an_anonymous_reporters_address(
    api, family_meeting, rate_limits
):
    """In-meeting reports from a participant who is not signed in carry no
    user; the platform may send the address it saw, and one address (or one
    IPv6 /64) is then one reporter."""
    rate_limits(api_report_target="1000/m")

    def send(ip):
        return api.post(
            "/api/v1/reports",
            {
                "channel": "in_meeting",
                "category": "harassment",
                "target": {"type": "meeting", "id": FAMILY_MEETING},
                "reporter": {"ip": ip},
            },
        )

    for _ in range(30):
        assert send("203.0.113.9").status_code == 201
    assert send("2001:db8:7::1").status_code == 201
    assert send("2001:db8:7::2").status_code == 201
    case = Case.objects.get()
    assert (case.report_count, case.reporter_count, case.tier) == (32, 2, 1)
    assert "203.0.113.9" not in set(Report.objects.values_list("client_key", flat=True))


@pytest.mark.django_db
@pytest.mark.parametrize(
    "ip", ["not-an-address", "999.1.1.1", "", "203.0.113.0/24", ["203.0.113.9"]]
)
def test_a_malformed_reporter_address_is_422_and_files_nothing(api, family_meeting, ip):
    response = api.post(
        "/api/v1/reports",
        {
            "channel": "in_meeting",
            "category": "harassment",
            "target": {"type": "meeting", "id": FAMILY_MEETING},
            "reporter": {"ip": ip},
        },
    )
    assert response.status_code == 422
    assert "reporter.ip" in response.json()["fields"]
    assert not Report.objects.exists()


# --- The mail cannon ----------------------------------------------------------


@pytest.mark.django_db
def test_an_address_gets_three_acknowledgements_a_day(
    client, english_account, make_meeting, deliver, rate_limits
):
    """A stranger types someone else's address into five reports: all five are
    filed, three acknowledgements go out, and the fourth confirmation page
    shows its status link instead."""
    for i in range(5):
        make_meeting(f"71234567{i}", english_account)
    pages = [
        web_report(
            client,
            f"71234567{i}",
            ip=f"198.51.100.{i + 1}",
            reporter_email="Victim@Example.org",
        )
        for i in range(5)
    ]
    assert [p.status_code for p in pages] == [302] * 5
    assert Report.objects.count() == 5
    mail = [m for m in deliver() if m.to == ["victim@example.org"]]
    assert len(mail) == 3
    fourth = Report.objects.order_by("pk")[3]
    assert fourth.acknowledged_at is None
    confirmation = client.get(pages[3]["Location"])
    assert "We sent no email about it" in confirmation.text
    assert re.search(r"http://\S+" + re.escape(pages[3]["Location"]), confirmation.text)
    assert AuditEvent.objects.filter(
        verb="report.submitted", target_id=str(fourth.pk), data__acknowledged=False
    ).exists()
    # A new day, a new share.
    with time_machine.travel(timezone.now() + timedelta(days=1)):
        web_report(
            client, "712345670", ip="198.51.100.9", reporter_email="victim@example.org"
        )
        assert len([m for m in deliver() if m.to == ["victim@example.org"]]) == 4


@pytest.mark.django_db
def test_no_outcome_mail_to_an_address_whose_report_was_not_acknowledged(
    file_report, analyst1, english_account, make_meeting, deliver
):
    """The cap holds later too: a report that was not acknowledged does not get
    its outcome by email (the reporter has the status page)."""
    for i in range(4):
        make_meeting(f"81234567{i}", english_account)
        file_report(f"81234567{i}", email="victim@example.org")
    deliver().clear()
    for _ in range(4):
        case = claim_next_case(reviewer=analyst1, tier=1)
        decide_case(
            case_id=case.pk,
            reviewer=analyst1,
            outcome="no_violation",
            standard="harassment",
            actions=[],
            rationale="Nothing against the guidelines.",
        )
    outcomes = [m for m in deliver() if "outcome" in m.subject.lower()]
    assert len(outcomes) == 3
    unacknowledged = Report.objects.get(acknowledged_at__isnull=True)
    assert all(unacknowledged.reference not in m.subject for m in outcomes)


def _forged(sender: str) -> bytes:
    message = EmailMessage()
    message["From"] = sender
    message["To"] = "trust@tillit.example"
    message["Subject"] = "Disruption"
    message.set_content("Someone disrupted Meeting ID: 812 3456 7890")
    return bytes(message)


@pytest.mark.django_db
def test_the_trust_mailbox_answers_a_forged_sender_three_times_a_day(
    deliver, monkeypatch
):
    for _ in range(5):
        monkeypatch.setattr(
            "sys.stdin",
            type("S", (), {"buffer": BytesIO(_forged("Victim <victim@example.org>"))}),
        )
        call_command("intake", "email", stdout=StringIO())
    assert len([m for m in deliver() if m.to == ["victim@example.org"]]) == 3
    assert (
        AuditEvent.objects.filter(
            verb="intake.email_ignored", data__reason="mail_cap"
        ).count()
        == 2
    )

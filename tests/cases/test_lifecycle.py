"""The whole life of a case, from report to enforcement and notices."""

import json
import re
from datetime import timedelta

import pytest
import time_machine
from django.core.management import call_command
from django.core.management.base import CommandError
from django.utils import timezone
from standardwebhooks.webhooks import Webhook

from tillit.cases.errors import ApproverTierTooLow, SelfApproval
from tillit.cases.models import Case, Decision
from tillit.cases.services.claims import claim_next_case
from tillit.cases.services.decisions import approve_decision, decide_case
from tillit.cases.services.questions import request_information
from tillit.core.models import AuditEvent
from tillit.enforcement.models import EnforcementAction, StatementOfReasons
from tillit.policy.models import Standard


def status_path(email_body: str) -> str:
    return re.search(r"http://[^/\s]+(/status/[^\s]+/)", email_body).group(1)


@pytest.mark.seals
@pytest.mark.django_db
def test_life_of_a_case_from_report_to_webhook(
    api,
    client,
    analyst2,
    make_staff,
    swedish_account,
    make_meeting,
    deliver,
    webhook_receiver,
):
    meeting = make_meeting("81234567890", swedish_account, starts_in=timedelta(days=2))
    response = api.post(
        "/api/v1/reports",
        {
            "channel": "in_meeting",
            "category": "harassment",
            "description": "A participant keeps shouting insults at the students.",
            "target": {"type": "meeting", "id": meeting.pk},
            "reporter": {"email": "elev@student.se", "name": "Elev"},
            "offender": "Troll 42",
            "language": "sv",
        },
    )
    assert response.status_code == 201, response.content
    created = response.json()
    assert re.fullmatch(r"TS-\d{4}-\d{6}", created["reference"])
    ack = deliver()[-1]
    assert ack.to == ["elev@student.se"]
    assert created["reference"] in ack.subject
    assert "Vi har tagit emot" in ack.subject  # the reporter wrote in Swedish

    # Tier II analyst claims with "Next case".
    case = claim_next_case(reviewer=analyst2, tier=1)
    assert case.pk == created["case_id"]
    assert case.state == Case.State.CLAIMED

    # Ask the reporter for more; the case waits.
    request_information(
        case_id=case.pk,
        actor=analyst2,
        recipient="reporter",
        question="Which name did the participant use?",
        deadline=timezone.now() + timedelta(days=2),
    )
    case.refresh_from_db()
    assert case.state == Case.State.WAITING
    question_mail = deliver()[-1]
    assert "Which name did the participant use?" in question_mail.body

    # The reporter answers on the status page; the case is back in the queue.
    page = client.get(status_path(question_mail.body))
    assert page.status_code == 200
    assert "Which name did the participant use?" in page.text
    question_id = case.info_requests.get().pk
    answered = client.post(
        status_path(question_mail.body),
        {"question": question_id, "answer": "He called himself Troll 42."},
    )
    assert answered.status_code == 302
    case.refresh_from_db()
    assert case.state == Case.State.OPEN
    assert case.info_requests.get().answer == "He called himself Troll 42."

    # Claim again and decide a suspension: it waits for a second approver.
    assert claim_next_case(reviewer=analyst2, tier=1).pk == case.pk
    decision = decide_case(
        case_id=case.pk,
        reviewer=analyst2,
        outcome="violation",
        standard="harassment",
        actions=[{"type": "suspend_account", "days": 7}],
        rationale="Repeated insults aimed at students in a course meeting.",
    )
    assert decision.status == Decision.Status.PENDING_APPROVAL
    assert not EnforcementAction.objects.exists()
    with pytest.raises(SelfApproval):
        approve_decision(decision_id=decision.pk, approver=analyst2)
    with pytest.raises(ApproverTierTooLow):
        approve_decision(decision_id=decision.pk, approver=make_staff("junior", tier=1))

    second = make_staff("lead", tier=3)
    approve_decision(decision_id=decision.pk, approver=second, note="Agreed.")
    decision.refresh_from_db()
    case.refresh_from_db()
    assert decision.status == Decision.Status.IN_FORCE
    assert case.state == Case.State.DECIDED
    action = EnforcementAction.objects.get()
    assert (action.kind, action.target_id, action.days) == (
        "suspend_account",
        "acc-sv",
        7,
    )

    mail = deliver()
    statement = next(m for m in mail if "rektor@skola.se" in m.to)
    assert statement.to == ["rektor@skola.se", "it@skola.se"]
    assert "Åtgärd" in statement.subject  # Swedish account: Swedish statement
    assert "stängde av kontot i 7 dagar" in statement.body
    assert "Repeated insults" in statement.body
    assert "överklaga" in statement.body.lower()
    assert StatementOfReasons.objects.get().language == "sv"
    outcome = next(m for m in mail if m.subject.startswith("Resultatet av din anmälan"))
    assert outcome.to == ["elev@student.se"]
    assert created["reference"] in outcome.subject
    assert "vidtog åtgärder" in outcome.body

    # The reporter's status page shows the outcome.
    page = client.get(status_path(question_mail.body))
    assert "vidtog åtgärder" in page.text or "took action" in page.text

    # The platform received a webhook with a valid Standard Webhooks signature.
    assert len(webhook_receiver.received) == 1
    headers, body = webhook_receiver.received[0]
    payload = Webhook(webhook_receiver.endpoint.secret).verify(body, headers)
    assert payload["type"] == "enforcement.action"
    assert payload["data"]["action"] == "suspend_account"
    assert payload["data"]["target"] == {"type": "account", "id": "acc-sv"}
    assert payload["data"]["days"] == 7

    # The audit log is sealed and verifies, and fails once a sealed row is altered.
    call_command("audit", "seal", "--wait", "30")
    call_command("audit", "verify")
    verbs = list(AuditEvent.objects.order_by("id").values_list("verb", flat=True))
    for verb in (
        "report.submitted",
        "case.claimed",
        "case.information_requested",
        "case.information_received",
        "decision.made",
        "decision.approved",
        "enforcement.action_taken",
        "enforcement.statement_sent",
    ):
        assert verb in verbs
    tampered = AuditEvent.objects.get(verb="decision.made")
    AuditEvent.objects.filter(pk=tampered.pk).update(
        data={**tampered.data, "outcome": "no_violation"}
    )
    with pytest.raises(CommandError, match=f"event #{tampered.pk} was edited"):
        call_command("audit", "verify")


@pytest.mark.django_db
def test_webhook_retries_until_the_platform_accepts(
    file_report, analyst2, english_account, make_meeting, deliver, webhook_receiver
):
    """A refused webhook stays in the outbox and is delivered on a later attempt."""
    from tillit.core.models import OutboxMessage, WebhookDelivery

    make_meeting("123456789", english_account)
    file_report("123456789")
    webhook_receiver.status = 503
    case = claim_next_case(reviewer=analyst2, tier=1)
    decide_case(
        case_id=case.pk,
        reviewer=analyst2,
        outcome="violation",
        standard="harassment",
        actions=["cancel_meeting"],
        rationale="Cancelled before it starts.",
    )
    deliver()
    hook = OutboxMessage.objects.get(kind="webhook")
    assert hook.status == "pending" and hook.attempts == 1
    webhook_receiver.status = 200
    deliver()  # not due yet: nothing is sent
    assert len(webhook_receiver.received) == 1
    with time_machine.travel(timezone.now() + timedelta(seconds=11)):
        deliver()
    hook.refresh_from_db()
    assert hook.status == "sent" and hook.attempts == 2
    assert list(
        WebhookDelivery.objects.order_by("pk").values_list("status_code", "ok")
    ) == [
        (503, False),
        (200, True),
    ]
    assert len(webhook_receiver.received) == 2
    body = json.loads(webhook_receiver.received[1][1])
    assert body["data"]["action"] == "cancel_meeting"


@pytest.mark.django_db
def test_owner_is_told_before_the_meeting_starts(
    file_report, analyst2, english_account, make_meeting, deliver
):
    make_meeting("223456789", english_account, starts_in=timedelta(hours=3))
    file_report("223456789", category="hate")
    case = claim_next_case(reviewer=analyst2, tier=1)
    assert case.lane == Case.Lane.EXPEDITED
    decide_case(
        case_id=case.pk,
        reviewer=analyst2,
        outcome="violation",
        standard="hate",
        actions=["cancel_meeting"],
        rationale="The meeting was announced as a hate rally.",
    )
    statement = next(m for m in deliver() if "owner@acme.example" in m.to)
    assert "before your meeting" in statement.body
    assert "We cancelled the meeting." in statement.body


@pytest.mark.django_db
def test_no_violation_tells_the_reporter_and_takes_no_action(
    file_report, analyst1, english_account, make_meeting, deliver
):
    make_meeting("323456789", english_account)
    report = file_report("323456789", email="r@example.org")
    case = claim_next_case(reviewer=analyst1, tier=1)
    decide_case(
        case_id=case.pk,
        reviewer=analyst1,
        outcome="no_violation",
        standard="harassment",
        actions=[],
        rationale="A heated but civil discussion.",
    )
    mail = deliver()
    assert not EnforcementAction.objects.exists()
    assert [m.to for m in mail] == [["r@example.org"], ["r@example.org"]]
    assert "did not find a violation" in mail[-1].body
    report.reporter.refresh_from_db()
    assert report.reporter.not_upheld_count == 1


@pytest.mark.django_db
def test_a_decision_teaches_the_standard_its_median_review_time(
    file_report, analyst1, english_account, make_meeting, deliver
):
    """The time from opening to decision, in whole minutes (at least one):
    the queue's priority reads it (docs/review.md)."""
    make_meeting("323456789", english_account)
    file_report("323456789", email="r@example.org")
    Standard.objects.filter(pk="harassment").update(median_review_seconds=1800)
    case = Case.objects.get()
    Case.objects.filter(pk=case.pk).update(
        opened_at=timezone.now() - timedelta(minutes=42, seconds=20)
    )
    claimed = claim_next_case(reviewer=analyst1, tier=1)
    decide_case(
        case_id=claimed.pk,
        reviewer=analyst1,
        outcome="no_violation",
        standard="harassment",
        actions=[],
        rationale="A heated but civil discussion.",
    )
    assert Standard.objects.get(pk="harassment").median_review_seconds == 42 * 60

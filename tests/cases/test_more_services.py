import re
from datetime import timedelta

import pytest
import time_machine
from django.utils import timezone

from tillit.cases.errors import ApproverTierTooLow
from tillit.cases.models import Case
from tillit.cases.services.claims import (
    claim_case,
    claim_next_case,
    reassign_case,
    return_lapsed_claims,
)
from tillit.cases.services.questions import request_information
from tillit.cases.services.queue import reprioritise_open_cases
from tillit.core.errors import InvalidInput
from tillit.core.models import AuditEvent
from tillit.intake.services import mark_reporter_bad_faith


@pytest.mark.django_db
def test_a_case_moves_to_the_expedited_lane_as_its_meeting_draws_near(
    file_report, english_account, make_meeting
):
    meeting = make_meeting("700000001", english_account, starts_in=timedelta(hours=10))
    case = file_report("700000001").case
    assert case.lane == Case.Lane.NORMAL
    assert reprioritise_open_cases() == 0
    with time_machine.travel(meeting.starts_at - timedelta(hours=1)):
        assert reprioritise_open_cases() == 1
        case.refresh_from_db()
        assert case.lane == Case.Lane.EXPEDITED
    with time_machine.travel(meeting.starts_at + timedelta(minutes=5)):
        reprioritise_open_cases()
        case.refresh_from_db()
        assert case.lane == Case.Lane.LIVE
    with time_machine.travel(meeting.ends_at + timedelta(minutes=5)):
        reprioritise_open_cases()
        case.refresh_from_db()
        assert case.lane == Case.Lane.NORMAL


@pytest.mark.django_db
def test_bad_faith_reporters_weigh_less(
    file_report, analyst1, english_account, make_meeting
):
    make_meeting("700000002", english_account)
    make_meeting("700000003", english_account)
    troll = file_report("700000002", email="troll@example.org")
    honest = file_report("700000003", email="honest@example.org")
    assert troll.case.priority == honest.case.priority
    with pytest.raises(InvalidInput):
        mark_reporter_bad_faith(
            reporter_id=troll.reporter_id, actor=analyst1, reason=""
        )
    mark_reporter_bad_faith(
        reporter_id=troll.reporter_id, actor=analyst1, reason="Forty false reports"
    )
    file_report("700000002", email="troll@example.org", description="again")
    troll.case.refresh_from_db()
    assert troll.case.priority < honest.case.priority


@pytest.mark.django_db
def test_ask_the_host_who_answers_through_the_signed_link(
    client, file_report, analyst1, swedish_account, make_meeting, deliver
):
    make_meeting("700000004", swedish_account)
    case = file_report("700000004").case
    claim_case(case_id=case.pk, reviewer=analyst1)
    with pytest.raises(InvalidInput) as bad:
        request_information(
            case_id=case.pk,
            actor=analyst1,
            recipient="host",
            question="",
            deadline=timezone.now() + timedelta(minutes=5),
        )
    assert set(bad.value.fields) == {"question", "deadline"}
    request_information(
        case_id=case.pk,
        actor=analyst1,
        recipient="host",
        question="Did you invite the participant called Troll?",
        deadline=timezone.now() + timedelta(days=1),
    )
    mail = deliver()[-1]
    assert mail.to == ["host@skola.se"]
    path = re.search(r"http://[^/\s]+(/answer/\S+/)", mail.body).group(1)
    assert "Troll" in client.get(path).text
    assert client.post(path, {"answer": ""}).status_code == 422  # nothing saved
    assert Case.objects.get().state == Case.State.WAITING
    client.post(path, {"answer": "No, we did not."})
    case.refresh_from_db()
    assert case.state == Case.State.OPEN
    assert case.info_requests.get().answer == "No, we did not."


@pytest.mark.django_db
def test_an_unanswered_question_returns_the_case_after_its_deadline(
    file_report, analyst1, english_account, make_meeting
):
    make_meeting("700000005", english_account)
    case = file_report("700000005", email="r@example.org").case
    claim_case(case_id=case.pk, reviewer=analyst1)
    request_information(
        case_id=case.pk,
        actor=analyst1,
        recipient="reporter",
        question="When?",
        deadline=timezone.now() + timedelta(hours=2),
    )
    assert claim_next_case(reviewer=analyst1, tier=1) is None
    with time_machine.travel(timezone.now() + timedelta(hours=3)):
        # The worker's sweep (return_lapsed_claims_task) gives it back.
        assert return_lapsed_claims() == 1
        assert AuditEvent.objects.filter(verb="case.wait_expired").exists()
        assert claim_next_case(reviewer=analyst1, tier=1).pk == case.pk


@pytest.mark.django_db
def test_reassign_is_for_leads(
    file_report, analyst1, analyst2, make_staff, english_account, make_meeting
):
    make_meeting("700000006", english_account)
    case = file_report("700000006").case
    other = make_staff("other1", tier=1)
    with pytest.raises(ApproverTierTooLow):
        reassign_case(case_id=case.pk, actor=analyst1, to=other)
    reassign_case(case_id=case.pk, actor=analyst2, to=other)
    case.refresh_from_db()
    assert (case.state, case.assignee) == (Case.State.CLAIMED, other)

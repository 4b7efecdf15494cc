"""What the console does with a service's outcome on a case: an escalation
goes back to the queue it left; a refusal is a 4xx page and changes nothing."""

import pytest

from tests.helpers import appeal_link
from tillit.appeals.services import file_appeal
from tillit.cases.models import Case, Decision, InfoRequest
from tillit.cases.services.claims import claim_case
from tillit.core.models import AuditEvent


@pytest.mark.django_db
def test_an_escalated_case_leaves_for_the_next_tier(
    client, analyst1, file_report, english_account, make_meeting
):
    make_meeting("600000001", english_account)
    case = file_report("600000001").case
    claim_case(case_id=case.pk, reviewer=analyst1)
    client.force_login(analyst1)
    page = client.get(f"/console/cases/{case.pk}/").text
    assert f'action="/console/cases/{case.pk}/decide/"' in page
    response = client.post(
        f"/console/cases/{case.pk}/escalate/", {"reason": "Needs a lead's eye."}
    )
    assert response.status_code == 302
    assert response["Location"] == "/console/queues/1/"
    assert "The case went up to the next tier." in client.get("/console/queues/1/").text
    case.refresh_from_db()
    assert (case.tier, case.state, case.assignee) == (2, Case.State.OPEN, None)
    assert AuditEvent.objects.filter(verb="case.escalated").count() == 1


@pytest.fixture
def held_appeal_case(client, panel, suspension, deliver):
    """An appeal case, claimed by a member of its panel who is signed in."""
    decision, *_ = suspension
    statement = next(m for m in deliver() if "rektor@skola.se" in m.to)
    token = appeal_link(statement.body).rstrip("/").rsplit("/", 1)[1]
    appeal = file_appeal(token=token, statement="Please look again.")
    case = Case.objects.get(target_type="decision", target_id=str(decision.pk))
    member = appeal.seats.select_related("member__user").first().member.user
    claim_case(case_id=case.pk, reviewer=member)
    client.force_login(member)
    return case


def assert_unchanged(case):
    case.refresh_from_db()
    assert case.state == Case.State.CLAIMED and case.tier == 4
    assert not Decision.objects.filter(case=case).exists()
    assert not InfoRequest.objects.filter(case=case).exists()
    assert not AuditEvent.objects.filter(
        target_type="cases.case", target_id=str(case.pk), verb="case.escalated"
    ).exists()


@pytest.mark.django_db
def test_the_console_refuses_a_decision_or_a_question_on_an_appeal_case(
    client, held_appeal_case
):
    """The case page hides "Decide" on an appeal; posting it anyway, or a
    question, is refused by the service: appeals are decided by vote."""
    case = held_appeal_case
    page = client.get(f"/console/cases/{case.pk}/").text
    assert f'action="/console/cases/{case.pk}/decide/"' not in page
    posts = {
        f"/console/cases/{case.pk}/decide/": {
            "outcome": "no_violation",
            "standard": "harassment",
            "actions": ["none"],
            "rationale": "Overrule the original.",
        },
        f"/console/cases/{case.pk}/request-information/": {
            "recipient": "host",
            "question": "Who was there?",
            "deadline": "2030-01-01T10:00",
        },
    }
    for url, data in posts.items():
        refused = client.post(url, data)
        assert refused.status_code == 403, url
        assert "the panel decides it by vote" in refused.text, url
        as_json = client.post(url, data, HTTP_ACCEPT="application/json")
        assert as_json.json()["code"] == "appeal_decided_by_vote", url
    assert_unchanged(case)


@pytest.mark.django_db
def test_a_case_at_the_top_tier_is_not_escalated(client, held_appeal_case):
    case = held_appeal_case
    refused = client.post(f"/console/cases/{case.pk}/escalate/", {"reason": "Up!"})
    assert refused.status_code == 409
    assert "already at the highest tier" in refused.text
    assert_unchanged(case)

"""What the panel decides is what happens (#10, finding 12a–b): an overturned
decision leaves force, its actions are lifted and it is no strike; a modified
one is replaced by the panel's actions."""

import json
from datetime import timedelta

import pytest
import time_machine
from django.utils import timezone

from tests.helpers import appeal_link
from tillit.appeals.errors import NotAppealable
from tillit.appeals.models import Appeal
from tillit.appeals.services import file_appeal, vote_on_appeal
from tillit.cases.links import appeal_url
from tillit.cases.models import Case, Decision
from tillit.cases.selectors import count_strikes, get_target_history
from tillit.core.errors import InvalidInput
from tillit.intake.models import Reporter


def token_of(url: str) -> str:
    return url.rstrip("/").rsplit("/", 1)[1]


@pytest.fixture
def appeal(panel, suspension):
    decision, *_ = suspension
    url = appeal_url(decision, appellant="owner", email="rektor@skola.se")
    return file_appeal(token=token_of(url), statement="Wrong account.")


def voters(appeal):
    return [s.member.user for s in appeal.seats.select_related("member__user")]


def hooks(receiver):
    return [json.loads(body) for _headers, body in receiver.received]


@pytest.mark.django_db
def test_an_overturned_decision_leaves_force_lifts_its_actions_and_is_no_strike(
    client,
    appeal,
    deliver,
    webhook_receiver,
    make_staff,
    file_report,
    make_meeting,
    swedish_account,
):
    decision = appeal.decision
    assert count_strikes(account_id="acc-sv") == 1
    assert Reporter.objects.get(email="elev@skola.se").upheld_count == 1
    deliver()
    webhook_receiver.received.clear()
    first, second, _third = voters(appeal)
    vote_on_appeal(
        appeal_id=appeal.pk, member_user=first, vote="overturned", reasons="Wrong."
    )
    vote_on_appeal(
        appeal_id=appeal.pk, member_user=second, vote="overturned", reasons="Agreed."
    )

    decision.refresh_from_db()
    assert decision.status == Decision.Status.OVERTURNED
    action = decision.enforcement_actions.get()
    assert action.kind == "suspend_account" and action.lifted_at is not None
    assert count_strikes(account_id="acc-sv") == 0
    reporter = Reporter.objects.get(email="elev@skola.se")
    assert (reporter.upheld_count, reporter.not_upheld_count) == (0, 1)
    deliver()
    restore = [h for h in hooks(webhook_receiver) if h["type"] == "enforcement.restore"]
    assert [h["data"]["action_id"] for h in restore] == [action.pk]
    assert restore[0]["data"]["appeal_id"] == appeal.pk

    # The next case about the account shows no strike, and the register says why.
    make_meeting("812345679", swedish_account)
    new = file_report("812345679").case
    lead = make_staff("lead3", tier=3)
    assert get_target_history(case=new, viewer=lead)["strikes"] == 0
    client.force_login(lead)
    assert "0 strikes" in client.get(f"/console/cases/{new.pk}/").text
    assert "Overturned on appeal" in client.get("/console/register/").text


@pytest.mark.django_db
def test_a_modified_outcome_replaces_the_decisions_actions(
    appeal, deliver, webhook_receiver
):
    """Two panel members vote to downgrade the 7-day suspension to a warning:
    the suspension is lifted, the warning enforced and explained."""
    original = appeal.decision
    deliver()
    webhook_receiver.received.clear()
    first, second, _third = voters(appeal)
    for member in (first, second):
        vote_on_appeal(
            appeal_id=appeal.pk,
            member_user=member,
            vote="modified",
            reasons="A first offence: a warning is enough.",
            actions=["warning"],
        )
    appeal.refresh_from_db()
    assert (appeal.status, appeal.outcome) == ("decided", "modified")
    original.refresh_from_db()
    assert original.status == Decision.Status.SUPERSEDED
    replacement = original.superseded_by
    assert replacement.status == Decision.Status.IN_FORCE
    assert replacement.actions == [{"type": "warning"}]
    assert replacement.source == f"appeal:{appeal.pk}"
    assert replacement.policy_version_id == original.policy_version_id
    assert original.enforcement_actions.get().lifted_at is not None
    assert [a.kind for a in replacement.enforcement_actions.all()] == ["warning"]
    assert count_strikes(account_id="acc-sv") == 1  # the warning, not both

    mail = deliver()
    types = [(h["type"], h["data"]["action"]) for h in hooks(webhook_receiver)]
    assert ("enforcement.restore", "suspend_account") in types
    assert ("enforcement.action", "warning") in types
    statement = replacement.statement
    assert statement.recipients == ["rektor@skola.se", "it@skola.se"]
    assert any(m.body == statement.body for m in mail)
    assert "varning" in statement.body.lower() and "/appeal/" not in statement.body
    assert f"beslut {original.pk}" in statement.body  # "replaces decision N"
    # The panel's decision is final.
    with pytest.raises(NotAppealable):
        file_appeal(
            token=token_of(
                appeal_url(replacement, appellant="owner", email="rektor@skola.se")
            ),
            statement="Again",
        )


@pytest.mark.django_db
def test_a_shortened_suspension_counts_from_the_original_start(
    appeal, deliver, webhook_receiver
):
    original = appeal.decision
    started = original.enforcement_actions.get().starts_at
    deliver()
    webhook_receiver.received.clear()
    later = timezone.now() + timedelta(days=1)
    with time_machine.travel(later):
        for member in voters(appeal)[:2]:
            vote_on_appeal(
                appeal_id=appeal.pk,
                member_user=member,
                vote="modified",
                reasons="Three days are proportionate.",
                actions=[{"type": "suspend_account", "days": 3}],
            )
        deliver()
    row = Decision.objects.get(supersedes=original).enforcement_actions.get()
    assert (row.kind, row.days) == ("suspend_account", 3)
    assert row.starts_at == started and row.ends_at == started + timedelta(days=3)
    action = next(
        h for h in hooks(webhook_receiver) if h["type"] == "enforcement.action"
    )
    assert action["data"]["days"] == 3


@pytest.mark.django_db
def test_modify_votes_need_the_same_actions_and_valid_ones(client, appeal):
    first, second, third = voters(appeal)
    for bad in ([], ["none"], [{"type": "suspend_account", "days": 7}], ["bogus"]):
        with pytest.raises(InvalidInput):
            vote_on_appeal(
                appeal_id=appeal.pk,
                member_user=first,
                vote="modified",
                reasons="Change it.",
                actions=bad,
            )
    assert not appeal.seats.exclude(vote="").exists()
    # Over HTTP, a vote to modify with no action is refused and nothing is stored.
    client.force_login(first)
    client.post(
        f"/console/appeals/{appeal.pk}/vote/",
        {"vote": "modified", "reasons": "Change it."},
    )
    assert not appeal.seats.exclude(vote="").exists()
    client.post(
        f"/console/appeals/{appeal.pk}/vote/",
        {"vote": "modified", "reasons": "A warning.", "actions": ["warning"]},
    )
    vote_on_appeal(
        appeal_id=appeal.pk,
        member_user=second,
        vote="modified",
        reasons="Shorter.",
        actions=[{"type": "suspend_account", "days": 2}],
    )
    vote_on_appeal(appeal_id=appeal.pk, member_user=third, vote="upheld", reasons="-")
    appeal.refresh_from_db()
    # Three different votes: no majority, so the decision stands.
    assert (appeal.status, appeal.outcome) == ("decided", "upheld")
    original = Decision.objects.get(pk=appeal.decision_id)
    assert original.status == Decision.Status.IN_FORCE
    assert original.enforcement_actions.get().lifted_at is None


@pytest.mark.django_db
def test_an_overturned_no_violation_goes_back_to_the_queue(
    panel, file_report, make_staff, english_account, make_meeting, deliver
):
    make_meeting("700000002", english_account)
    file_report("700000002", email="r@example.org")
    analyst = make_staff("a2", tier=2)
    case = Case.objects.get()
    from tillit.cases.services.claims import claim_case
    from tillit.cases.services.decisions import decide_case

    claim_case(case_id=case.pk, reviewer=analyst)
    decision = decide_case(
        case_id=case.pk,
        reviewer=analyst,
        outcome="no_violation",
        standard="harassment",
        actions=[],
        rationale="Heated, not abusive.",
    )
    outcome_mail = next(m for m in deliver() if "outcome" in m.subject.lower())
    appeal = file_appeal(
        token=token_of(appeal_link(outcome_mail.body)), statement="It was abusive."
    )
    for member in voters(appeal)[:2]:
        vote_on_appeal(
            appeal_id=appeal.pk,
            member_user=member,
            vote="overturned",
            reasons="It was abusive.",
        )
    decision.refresh_from_db()
    case.refresh_from_db()
    assert decision.status == Decision.Status.OVERTURNED
    assert case.state == Case.State.OPEN and case.decided_at is None
    assert Reporter.objects.get(email="r@example.org").not_upheld_count == 0
    assert Appeal.objects.get().outcome == "overturned"

"""Every case service decides who may act, whoever calls it (STYLE R11, #11):
called directly as a user without the right, each raises its domain error
and changes nothing."""

from datetime import timedelta

import pytest
from django.utils import timezone

from tillit.cases.errors import (
    ApproverTierTooLow,
    CaseNotClaimable,
    NotCaseHolder,
    SelfApproval,
    TierForbidden,
)
from tillit.cases.models import Case, CaseNote, Decision, InfoRequest
from tillit.cases.services.claims import (
    claim_case,
    claim_next_case,
    escalate_case,
    reassign_case,
    release_case,
)
from tillit.cases.services.decisions import approve_decision, decide_case
from tillit.cases.services.notes import add_case_note
from tillit.cases.services.questions import request_information
from tillit.core.models import AuditEvent, Role


@pytest.fixture
def tier3_case(analyst3, file_report, english_account, make_event):
    """A child-safety case (tier III) held by a tier III analyst."""
    make_event("ev-perm", english_account)
    report = file_report(
        "ev-perm", target_type="event", category="child_safety", description="x"
    )
    assert report.case.tier == 3
    return claim_next_case(reviewer=analyst3, tier=3)


def _unchanged(case, events_before):
    fresh = Case.objects.get(pk=case.pk)
    assert (fresh.state, fresh.assignee_id, fresh.tier) == (
        case.state,
        case.assignee_id,
        case.tier,
    )
    assert AuditEvent.objects.count() == events_before
    assert not Decision.objects.filter(case=case).exists()
    assert not CaseNote.objects.filter(case=case).exists()
    assert not InfoRequest.objects.filter(case=case).exists()


def _tier_one_actions(case, user):
    deadline = timezone.now() + timedelta(days=2)
    return {
        "claim": lambda: claim_case(case_id=case.pk, reviewer=user),
        "release": lambda: release_case(case_id=case.pk, reviewer=user),
        "escalate": lambda: escalate_case(case_id=case.pk, actor=user, reason="r"),
        "note": lambda: add_case_note(case_id=case.pk, author=user, body="a note"),
        "ask": lambda: request_information(
            case_id=case.pk,
            actor=user,
            recipient="host",
            question="Who was there?",
            deadline=deadline,
        ),
        "decide": lambda: decide_case(
            case_id=case.pk,
            reviewer=user,
            outcome="violation",
            standard="child_safety",
            actions=["warning"],
            rationale="Not mine to decide.",
        ),
    }


@pytest.mark.django_db
@pytest.mark.parametrize(
    "action", ["claim", "release", "escalate", "note", "ask", "decide"]
)
def test_a_tier_one_analyst_gets_tier_forbidden_on_a_tier_three_case(
    tier3_case, analyst1, action
):
    before = AuditEvent.objects.count()
    with pytest.raises(TierForbidden):
        _tier_one_actions(tier3_case, analyst1)[action]()
    _unchanged(tier3_case, before)


@pytest.mark.django_db
@pytest.mark.parametrize("action", ["release", "escalate", "note", "ask", "decide"])
def test_someone_without_a_staff_profile_is_refused_everything(
    tier3_case, django_user_model, action
):
    outsider = django_user_model.objects.create_user("outsider", "o@x.example", "pw")
    before = AuditEvent.objects.count()
    with pytest.raises(TierForbidden):
        _tier_one_actions(tier3_case, outsider)[action]()
    _unchanged(tier3_case, before)


@pytest.mark.django_db
def test_a_policy_lead_may_not_claim_from_any_queue(make_staff, tier3_case):
    lead = make_staff("lead", role=Role.POLICY, tier=3)
    before = AuditEvent.objects.count()
    with pytest.raises(TierForbidden):
        claim_next_case(reviewer=lead, tier=3)
    _unchanged(tier3_case, before)


@pytest.mark.django_db
def test_a_reviewer_of_the_tier_who_does_not_hold_the_case_cannot_decide_it(
    tier3_case, make_staff
):
    other = make_staff("other3", tier=3)
    before = AuditEvent.objects.count()
    with pytest.raises(NotCaseHolder):
        decide_case(
            case_id=tier3_case.pk,
            reviewer=other,
            outcome="no_violation",
            standard="child_safety",
            actions=[],
            rationale="Someone else's case.",
        )
    with pytest.raises(CaseNotClaimable):
        claim_case(case_id=tier3_case.pk, reviewer=other)
    _unchanged(tier3_case, before)


@pytest.mark.django_db
def test_reassigning_is_for_leads(
    file_report, english_account, make_meeting, make_staff
):
    make_meeting("910000009", english_account)
    file_report("910000009")
    holder = make_staff("holder1", tier=1)
    colleague = make_staff("colleague1", tier=1)
    case = claim_next_case(reviewer=holder, tier=1)
    before = AuditEvent.objects.count()
    with pytest.raises(ApproverTierTooLow):
        reassign_case(case_id=case.pk, actor=colleague, to=colleague)
    _unchanged(case, before)


@pytest.mark.django_db
def test_the_analyst_who_decided_cannot_approve_their_own_suspension(
    tier3_case, analyst3
):
    decision = decide_case(
        case_id=tier3_case.pk,
        reviewer=analyst3,
        outcome="violation",
        standard="child_safety",
        actions=[{"type": "suspend_account", "days": 30}],
        rationale="Grooming in the chat.",
    )
    before = AuditEvent.objects.count()
    with pytest.raises(SelfApproval):
        approve_decision(decision_id=decision.pk, approver=analyst3)
    decision.refresh_from_db()
    assert decision.status == Decision.Status.PENDING_APPROVAL
    assert AuditEvent.objects.count() == before

"""Tiers bound every read and every action, in the services (#10, finding 6):
approvals, the register, precedents, history, and appeal cases."""

import pytest

from tests.helpers import appeal_link
from tillit.appeals.services import file_appeal
from tillit.cases.errors import AppealDecidedByVote, OutsideYourTier, TierForbidden
from tillit.cases.models import Case, Decision, InfoRequest
from tillit.cases.selectors import (
    get_target_history,
    list_pending_approvals,
    list_similar_decisions,
    search_decisions,
)
from tillit.cases.services.claims import claim_case, claim_next_case
from tillit.cases.services.decisions import (
    approve_decision,
    decide_case,
    reject_decision,
)
from tillit.cases.services.questions import request_information
from tillit.core.models import Role

TIER3_RATIONALE = "Grooming of a child in the chat; the host account must stop."
TIER1_RATIONALE = "Crude jokes in the chat of a work meeting; a warning."


@pytest.fixture
def tier3_pending(analyst3, file_report, english_account, make_event):
    """A suspension awaiting approval on a tier III child-safety case."""
    make_event("ev-child", english_account)
    report = file_report(
        "ev-child",
        target_type="event",
        category="child_safety",
        description="Grooming of a child in the chat.",
    )
    assert report.case.tier == 3
    case = claim_next_case(reviewer=analyst3, tier=3)
    return decide_case(
        case_id=case.pk,
        reviewer=analyst3,
        outcome="violation",
        standard="child_safety",
        actions=[{"type": "suspend_account", "days": 30}],
        rationale=TIER3_RATIONALE,
    )


@pytest.fixture
def tier1_decision(make_staff, file_report, english_account, make_meeting):
    """A warning in force on a tier I case about the same account."""
    decider = make_staff("decider1", tier=1)
    make_meeting("910000001", english_account)
    file_report("910000001", description="Crude jokes about a child in the chat.")
    case = claim_next_case(reviewer=decider, tier=1)
    return decide_case(
        case_id=case.pk,
        reviewer=decider,
        outcome="violation",
        standard="harassment",
        actions=["warning"],
        rationale=TIER1_RATIONALE,
    )


@pytest.mark.django_db
def test_a_tier_two_lead_cannot_approve_a_suspension_on_a_tier_three_case(
    client, analyst2, tier3_pending, make_staff
):
    """The exact finding: approving (or rejecting) a decision on a case the
    approver cannot open is refused, and the decision stays pending."""
    with pytest.raises(OutsideYourTier):
        approve_decision(decision_id=tier3_pending.pk, approver=analyst2)
    with pytest.raises(OutsideYourTier):
        reject_decision(decision_id=tier3_pending.pk, approver=analyst2, note="No.")
    client.force_login(analyst2)
    response = client.post(f"/console/approvals/{tier3_pending.pk}/approve/")
    assert response.status_code == 403
    assert "tier you do not review" in response.text
    assert (
        client.post(
            f"/console/approvals/{tier3_pending.pk}/reject/", {"note": "No."}
        ).status_code
        == 403
    )
    tier3_pending.refresh_from_db()
    assert tier3_pending.status == Decision.Status.PENDING_APPROVAL
    assert tier3_pending.approved_by is None
    assert tier3_pending.case.state == Case.State.PENDING_APPROVAL
    assert not tier3_pending.enforcement_actions.exists()

    # A second tier III analyst may.
    approve_decision(decision_id=tier3_pending.pk, approver=make_staff("c3", tier=3))
    tier3_pending.refresh_from_db()
    assert tier3_pending.status == Decision.Status.IN_FORCE


@pytest.mark.django_db
def test_the_panel_is_no_second_approver_of_an_analysts_decision(
    tier3_pending, make_staff
):
    """Panel members review tier IV only; approving would also make them
    'involved' and keep them off the appeal of the same decision."""
    member = make_staff("panelist", role=Role.APPEALS_PANEL, tier=4)
    with pytest.raises(OutsideYourTier):
        approve_decision(decision_id=tier3_pending.pk, approver=member)
    tier3_pending.refresh_from_db()
    assert tier3_pending.status == Decision.Status.PENDING_APPROVAL


@pytest.mark.django_db
def test_approvals_and_register_show_only_the_viewers_tiers(
    client, analyst1, analyst2, analyst3, make_staff, tier3_pending, tier1_decision
):
    """Tier I sees no pending approval above their tier and no tier III
    rationale in the register; the same through the selectors."""
    for user in (analyst1, analyst2):
        assert list_pending_approvals(viewer=user) == []
        client.force_login(user)
        page = client.get("/console/approvals/")
        assert page.status_code == 200
        assert TIER3_RATIONALE not in page.text and 'id="no-approvals"' in page.text
        register = client.get("/console/register/").text
        assert TIER1_RATIONALE in register and TIER3_RATIONALE not in register
        assert TIER3_RATIONALE not in client.get("/console/register/?q=Grooming").text
        assert [d.pk for d in search_decisions(viewer=user)] == [tier1_decision.pk]

    approver = make_staff("c3", tier=3)
    assert [d.pk for d in list_pending_approvals(viewer=approver)] == [tier3_pending.pk]
    client.force_login(approver)
    assert TIER3_RATIONALE in client.get("/console/approvals/").text
    assert TIER3_RATIONALE in client.get("/console/register/").text
    # The analyst who decided does not see their own decision to approve.
    assert list_pending_approvals(viewer=analyst3) == []

    # Policy and legal staff read up to the tier on their profile, and act on none.
    policy = make_staff("pol", role=Role.POLICY, tier=1)
    client.force_login(policy)
    register = client.get("/console/register/").text
    assert TIER1_RATIONALE in register and TIER3_RATIONALE not in register
    assert list_pending_approvals(viewer=policy) == []
    page = client.get(f"/console/cases/{tier1_decision.case_id}/")
    assert page.status_code == 200 and 'action="/console/cases/' not in page.text
    assert client.get(f"/console/cases/{tier3_pending.case_id}/").status_code == 403


@pytest.mark.django_db
def test_precedents_and_history_leave_out_cases_above_the_viewers_tier(
    client,
    analyst1,
    tier3_pending,
    tier1_decision,
    make_staff,
    file_report,
    make_meeting,
    english_account,
):
    approve_decision(decision_id=tier3_pending.pk, approver=make_staff("c3", tier=3))
    make_meeting("910000002", english_account)
    new = file_report(
        "910000002", description="Grooming of a child in the chat again."
    ).case
    assert new.tier == 1
    similar = list_similar_decisions(case=new, viewer=analyst1)
    assert tier3_pending.pk not in [d.pk for d, _score in similar]
    history = get_target_history(case=new, viewer=analyst1)
    assert [c.pk for c in history["earlier"]] == [tier1_decision.case_id]
    # Strikes are a count, not content: the tier III suspension counts.
    assert history["strikes"] == 2
    client.force_login(analyst1)
    page = client.get(f"/console/cases/{new.pk}/").text
    assert TIER3_RATIONALE[:60] not in page
    assert f'href="/console/cases/{tier3_pending.case_id}/"' not in page
    assert f'href="/console/cases/{tier1_decision.case_id}/"' in page
    assert "2 strikes" in page

    lead = make_staff("c3b", tier=3)
    similar = list_similar_decisions(case=new, viewer=lead)
    assert tier3_pending.pk in [d.pk for d, _score in similar]
    earlier = get_target_history(case=new, viewer=lead)["earlier"]
    assert tier3_pending.case_id in [c.pk for c in earlier]


@pytest.fixture
def appeal_case(panel, suspension, deliver):
    decision, *_ = suspension
    statement = next(m for m in deliver() if "rektor@skola.se" in m.to)
    token = appeal_link(statement.body).rstrip("/").rsplit("/", 1)[1]
    appeal = file_appeal(token=token, statement="Please look again.")
    case = Case.objects.get(target_type="decision", target_id=str(decision.pk))
    return appeal, case


@pytest.mark.django_db
def test_no_decision_is_recorded_on_an_appeal_case(client, appeal_case, make_staff):
    """Appeals are decided by the panel's votes: decide_case refuses an appeal
    case whoever holds it, and an analyst (even one with tier 4 on their
    profile) cannot claim or decide it at all."""
    appeal, case = appeal_case
    analyst = make_staff("a4", tier=4)
    with pytest.raises(TierForbidden):
        claim_case(case_id=case.pk, reviewer=analyst)
    with pytest.raises(TierForbidden):
        decide_case(
            case_id=case.pk,
            reviewer=analyst,
            outcome="no_violation",
            standard="harassment",
            actions=[],
            rationale="Overrule the original.",
        )
    client.force_login(analyst)
    assert client.get(f"/console/cases/{case.pk}/").status_code == 403
    assert client.get("/console/queues/4/").status_code == 403

    member = appeal.seats.select_related("member__user").first().member.user
    claim_case(case_id=case.pk, reviewer=member)
    with pytest.raises(AppealDecidedByVote):
        decide_case(
            case_id=case.pk,
            reviewer=member,
            outcome="no_violation",
            standard="harassment",
            actions=[],
            rationale="Overrule the original.",
        )
    with pytest.raises(AppealDecidedByVote):
        request_information(
            case_id=case.pk,
            actor=member,
            recipient="host",
            question="Who was there?",
            deadline=case.opened_at.replace(year=case.opened_at.year + 1),
        )
    client.force_login(member)
    response = client.post(
        f"/console/cases/{case.pk}/decide/",
        {
            "outcome": "no_violation",
            "standard": "harassment",
            "actions": ["none"],
            "rationale": "Overrule the original.",
        },
    )
    assert response.status_code == 403
    assert not Decision.objects.filter(case=case).exists()
    assert not InfoRequest.objects.exists()
    case.refresh_from_db()
    assert case.state == Case.State.CLAIMED


@pytest.mark.django_db
def test_the_panel_opens_the_original_case_of_an_appeal_it_sits_on(client, appeal_case):
    """The appeals page links to the original case: the panel, at the top tier,
    reads every tier, but works only its own queue."""
    appeal, _case = appeal_case
    member = appeal.seats.select_related("member__user").first().member.user
    client.force_login(member)
    original = appeal.decision.case
    page = client.get(f"/console/cases/{original.pk}/")
    assert page.status_code == 200 and "Slurs in class." in page.text
    with pytest.raises(TierForbidden):
        claim_case(case_id=original.pk, reviewer=member)

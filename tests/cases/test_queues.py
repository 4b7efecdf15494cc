"""Queues, claims, leases, escalation and tiers."""

from datetime import timedelta
from functools import partial

import pytest
import time_machine
from django.db import connection
from django.utils import timezone

from tests.helpers import fire_at_once
from tillit.cases.errors import CaseNotClaimable, NotCaseHolder, TierForbidden
from tillit.cases.models import Case
from tillit.cases.services.claims import (
    claim_case,
    claim_next_case,
    escalate_case,
    release_case,
    return_lapsed_claims,
)
from tillit.cases.services.decisions import decide_case
from tillit.core.errors import InvalidInput
from tillit.core.models import AuditEvent
from tillit.policy.models import Standard


@pytest.mark.django_db
def test_expedited_lane_orders_the_queue(
    file_report, analyst1, english_account, make_meeting
):
    """Of two harassment reports, the meeting in 30 minutes goes before the older
    one about next week; a meeting in progress goes before both (S10)."""
    make_meeting("100000001", english_account, starts_in=timedelta(days=7))
    make_meeting("100000002", english_account, starts_in=timedelta(minutes=30))
    make_meeting(
        "100000003", english_account, starts_in=timedelta(minutes=-10), minutes=60
    )
    with time_machine.travel(timezone.now() - timedelta(hours=2)):
        next_week = file_report("100000001")
    soon = file_report("100000002")
    live = file_report("100000003")
    order = [claim_next_case(reviewer=analyst1, tier=1).pk for _ in range(3)]
    assert order == [live.case_id, soon.case_id, next_week.case_id]
    assert claim_next_case(reviewer=analyst1, tier=1) is None


@pytest.mark.django_db
def test_a_tier_one_analyst_cannot_touch_a_tier_three_case(
    client, file_report, analyst1, analyst3, english_account, make_event
):
    make_event("ev-x", english_account)
    report = file_report("ev-x", target_type="event", category="child_safety")
    case = report.case
    assert case.tier == 3
    with pytest.raises(TierForbidden):
        claim_next_case(reviewer=analyst1, tier=3)
    with pytest.raises(TierForbidden):
        claim_case(case_id=case.pk, reviewer=analyst1)
    assert claim_next_case(reviewer=analyst1, tier=1) is None
    client.force_login(analyst1)
    assert client.get(f"/console/cases/{case.pk}/").status_code == 403
    assert client.post(f"/console/cases/{case.pk}/claim/").status_code == 403
    assert client.get("/console/queues/3/").status_code == 403
    assert client.post("/console/queues/3/next/").status_code == 403
    claim_case(case_id=case.pk, reviewer=analyst3)
    decide = client.post(
        f"/console/cases/{case.pk}/decide/",
        {"outcome": "violation", "standard": "child_safety", "rationale": "x"},
    )
    assert decide.status_code == 403
    assert not case.decisions.exists()


@pytest.mark.django_db
def test_lease_lapses_back_to_the_queue(
    file_report, analyst1, analyst2, english_account, make_meeting
):
    make_meeting("100000004", english_account)
    report = file_report("100000004")
    first = claim_next_case(reviewer=analyst1, tier=1)
    assert claim_next_case(reviewer=analyst2, tier=1) is None
    with pytest.raises(CaseNotClaimable):
        claim_case(case_id=first.pk, reviewer=analyst2)
    later = timezone.now() + timedelta(minutes=11)
    with time_machine.travel(later):
        # Until the worker's sweep gives it back, the lapsed claim is not next.
        assert claim_next_case(reviewer=analyst2, tier=1) is None
        assert return_lapsed_claims() == 1
        assert AuditEvent.objects.filter(verb="case.lease_lapsed").count() == 1
        again = claim_next_case(reviewer=analyst2, tier=1)
        assert again.pk == report.case_id and again.assignee == analyst2
        with pytest.raises(NotCaseHolder):
            decide_case(
                case_id=again.pk,
                reviewer=analyst1,
                outcome="no_violation",
                standard="harassment",
                actions=[],
                rationale="late",
            )


@pytest.mark.django_db
def test_release_and_escalate(
    file_report, analyst1, analyst2, english_account, make_meeting
):
    make_meeting("100000005", english_account)
    case = file_report("100000005").case
    claim_case(case_id=case.pk, reviewer=analyst1)
    release_case(case_id=case.pk, reviewer=analyst1)
    assert Case.objects.get().state == Case.State.OPEN
    claim_case(case_id=case.pk, reviewer=analyst1)
    with pytest.raises(InvalidInput):
        escalate_case(case_id=case.pk, actor=analyst1, reason="  ")
    escalate_case(case_id=case.pk, actor=analyst1, reason="Ambiguous satire")
    case.refresh_from_db()
    assert (case.tier, case.state, case.assignee_id) == (2, Case.State.OPEN, None)
    assert claim_next_case(reviewer=analyst1, tier=1) is None
    assert claim_next_case(reviewer=analyst2, tier=2).pk == case.pk


@pytest.mark.django_db
def test_critical_report_about_a_live_meeting_enters_tier_two(
    file_report, english_account, make_meeting
):
    make_meeting("100000006", english_account, starts_in=timedelta(minutes=-1))
    case = file_report("100000006", category="self_harm").case
    assert case.tier == 2 and case.lane == Case.Lane.LIVE


def _bulk_cases(n: int) -> None:
    standard = Standard.objects.get(slug="harassment")
    now = timezone.now()
    Case.objects.bulk_create(
        Case(
            target_type="meeting",
            target_id=str(200000000 + i),
            standard=standard,
            tier=1,
            priority=i % 97,
            due_at=now + timedelta(minutes=i),
        )
        for i in range(n)
    )


def _claim_concurrently(reviewers):
    def work(reviewer):
        claimed = []
        while (case := claim_next_case(reviewer=reviewer, tier=1)) is not None:
            claimed.append(case.pk)
        return claimed

    results, errors = fire_at_once([partial(work, r) for r in reviewers])
    return [pk for claimed in results for pk in claimed], errors


@pytest.mark.django_db(transaction=True)
def test_eight_concurrent_claimers_claim_every_case_exactly_once(make_staff):
    """On PostgreSQL SKIP LOCKED, on SQLite IMMEDIATE transactions: no case twice."""
    n = 500 if connection.vendor == "postgresql" else 120
    _bulk_cases(n)
    reviewers = [make_staff(f"claimer{i}") for i in range(8)]
    claimed, errors = _claim_concurrently(reviewers)
    assert errors == []
    assert len(claimed) == n
    assert len(set(claimed)) == n
    assert Case.objects.filter(state=Case.State.CLAIMED).count() == n


@pytest.mark.django_db
def test_typed_filters_claim_the_matching_case_without_filling_the_cache(
    file_report, analyst1, english_account, make_meeting
):
    from tillit.cases.services.claims import _claim_statement

    make_meeting("100000021", english_account)
    make_meeting("100000022", english_account)
    file_report("100000021", category="harassment")
    spam = file_report("100000022", category="fraud")
    cached = _claim_statement.cache_info().currsize
    for standard in ("hate", "no such standard " * 50):
        assert (
            claim_next_case(reviewer=analyst1, tier=1, filters={"standard": standard})
            is None
        )
    case = claim_next_case(reviewer=analyst1, tier=1, filters={"standard": "fraud"})
    assert case.pk == spam.case_id and case.state == Case.State.CLAIMED
    assert _claim_statement.cache_info().currsize == cached
    # The plain queue is the one kept.
    assert claim_next_case(reviewer=analyst1, tier=1).standard_id == "harassment"
    assert _claim_statement.cache_info().currsize <= cached + 1

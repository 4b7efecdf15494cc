"""Claim next over the API (#12): the first case of a tier's queue, never the
same case to two claimers, 204 when the queue is empty."""

import pytest
from django.db import connection

from tests.cases.test_moderation_api import Moderator
from tests.helpers import fire_at_once, make_key_holder
from tillit.cases.models import Case
from tillit.core.models import AuditEvent


def _cases(swedish_account, make_meeting, file_report, n):
    for i in range(n):
        make_meeting(f"81234567{i}", swedish_account)
        file_report(f"81234567{i}", email=f"elev{i}@skola.se")
    return list(Case.objects.order_by("-priority", "due_at", "pk"))


@pytest.mark.django_db
def test_claim_next_takes_the_first_case_then_says_the_queue_is_empty(
    client, swedish_account, make_meeting, file_report
):
    cases = _cases(swedish_account, make_meeting, file_report, 2)
    tier = cases[0].tier
    make_key_holder("claimer", tier=tier)
    claimer = Moderator(client, "claimer")
    taken = [claimer.post(f"/api/v1/queues/{tier}/claim") for _ in range(3)]
    assert [r.status_code for r in taken] == [200, 200, 204]
    assert [r.json()["id"] for r in taken[:2]] == [c.pk for c in cases]
    assert taken[0].json()["state"] == "claimed"
    assert taken[0].json()["lease_expires_at"]
    assert taken[2].content == b""
    assert set(Case.objects.values_list("assignee__username", flat=True)) == {"claimer"}


@pytest.mark.django_db
@pytest.mark.parametrize("tier", ["0", "5", "one"])
def test_a_tier_that_does_not_exist_is_422_and_claims_nothing(
    client, swedish_account, make_meeting, file_report, tier
):
    _cases(swedish_account, make_meeting, file_report, 1)
    make_key_holder("claimer", tier=1)
    response = Moderator(client, "claimer").post(f"/api/v1/queues/{tier}/claim")
    assert response.status_code == 422
    assert not Case.objects.filter(state=Case.State.CLAIMED).exists()


@pytest.mark.django_db
def test_a_tier_the_person_does_not_review_is_403_and_claims_nothing(
    client, swedish_account, make_meeting, file_report
):
    _cases(swedish_account, make_meeting, file_report, 1)
    make_key_holder("claimer", tier=1)
    response = Moderator(client, "claimer").post("/api/v1/queues/3/claim")
    assert response.status_code == 403
    assert response.json()["code"] == "tier_forbidden"
    assert not AuditEvent.objects.filter(verb="case.claimed").exists()


@pytest.mark.django_db
def test_a_key_bound_to_no_one_cannot_claim(client, api_key):
    response = client.post(
        "/api/v1/queues/1/claim", HTTP_AUTHORIZATION=f"Bearer {api_key}"
    )
    assert response.status_code in (401, 403)


@pytest.mark.django_db(transaction=True)
def test_claimers_at_once_never_get_the_same_case(
    client, swedish_account, make_meeting, file_report
):
    if connection.vendor != "postgresql":
        pytest.skip("SQLite runs writers one at a time: nothing races")
    cases = _cases(swedish_account, make_meeting, file_report, 6)
    tier = cases[0].tier
    claimers = []
    for i in range(8):
        make_key_holder(f"claimer{i}", tier=tier)
        claimers.append(Moderator(client.__class__(), f"claimer{i}"))
    results, errors = fire_at_once(
        [lambda m=m: m.post(f"/api/v1/queues/{tier}/claim") for m in claimers]
    )
    assert errors == []
    statuses = sorted(r.status_code for r in results)
    assert statuses == [200] * 6 + [204] * 2
    claimed = [r.json()["id"] for r in results if r.status_code == 200]
    assert sorted(claimed) == sorted(c.pk for c in cases)
    assert AuditEvent.objects.filter(verb="case.claimed").count() == 6

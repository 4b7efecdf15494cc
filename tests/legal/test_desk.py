"""The legal desk: verification, outcome, and the two-person rule."""

from datetime import timedelta

import pytest
from django.utils import timezone

from tillit.core.errors import InvalidInput
from tillit.core.models import AuditEvent, Role
from tillit.legal.errors import (
    NotLegalTeam,
    SecondReviewerRequired,
    WrongRequestState,
)
from tillit.legal.models import Disclosure, LegalRequest
from tillit.legal.selectors import list_legal_queue
from tillit.legal.services.desk import (
    approve_legal_outcome,
    record_legal_outcome,
    return_legal_outcome,
    verify_requester,
)

pytestmark = pytest.mark.django_db


def test_the_queue_puts_emergencies_first_then_the_nearest_deadline(submit):
    now = timezone.now()
    late = submit(due_at=now + timedelta(days=20))
    soon = submit(due_at=now + timedelta(days=2))
    emergency = submit(kind="emergency", due_at=now + timedelta(days=30))
    assert list(list_legal_queue()) == [emergency, soon, late]


def test_only_the_legal_team_works_the_desk(submit, analyst3, make_staff):
    row = submit()
    for user in (
        analyst3,
        make_staff("panelist", role=Role.APPEALS_PANEL, tier=4),
        make_staff("policy", role=Role.POLICY),
        make_staff("admin", role=Role.ADMIN, tier=4),
    ):
        with pytest.raises(NotLegalTeam):
            verify_requester(request_id=row.pk, actor=user)
    assert LegalRequest.objects.get().status == LegalRequest.Status.RECEIVED


def test_nothing_is_disclosed_until_a_second_reviewer_approves(
    submit, lawyers, swedish_account
):
    first, second = lawyers
    row = submit()
    verify_requester(request_id=row.pk, actor=first, note="Called the desk.")
    record_legal_outcome(
        request_id=row.pk,
        actor=first,
        outcome="complied_in_full",
        reason="Valid court order.",
    )
    assert not Disclosure.objects.exists()
    with pytest.raises(SecondReviewerRequired):
        approve_legal_outcome(request_id=row.pk, actor=first)
    assert not Disclosure.objects.exists()
    approve_legal_outcome(request_id=row.pk, actor=second)
    row.refresh_from_db()
    assert row.status == LegalRequest.Status.APPROVED
    assert (row.reviewed_by, row.approved_by) == (first, second)
    assert Disclosure.objects.filter(request=row).exists()
    with pytest.raises(WrongRequestState):
        approve_legal_outcome(request_id=row.pk, actor=second)
    assert AuditEvent.objects.filter(verb="legal.outcome_approved").count() == 1


def test_a_narrowed_outcome_keeps_only_what_was_chosen(submit, lawyers):
    first, _second = lawyers
    row = submit(
        targets=[{"type": "account", "id": "acc-sv"}, {"type": "user", "id": "u-1"}]
    )
    verify_requester(request_id=row.pk, actor=first)
    with pytest.raises(InvalidInput):
        record_legal_outcome(
            request_id=row.pk, actor=first, outcome="narrowed", reason="Too wide."
        )
    record_legal_outcome(
        request_id=row.pk,
        actor=first,
        outcome="narrowed",
        reason="Only the account's subscriber data.",
        targets=[("account", "acc-sv")],
        data=["subscriber_info", "passwords"],
    )
    row.refresh_from_db()
    assert row.approved_targets == [{"type": "account", "id": "acc-sv"}]
    assert row.approved_data == ["subscriber_info"]


def test_a_rejection_sends_its_reason_to_the_officer_in_their_language(
    submit, lawyers, deliver
):
    first, _second = lawyers
    row = submit()
    verify_requester(request_id=row.pk, actor=first)
    record_legal_outcome(
        request_id=row.pk,
        actor=first,
        outcome="rejected",
        reason="Ett beslut av en domstol krävs för dessa uppgifter.",
    )
    row.refresh_from_db()
    assert row.status == LegalRequest.Status.REJECTED
    mail = [m for m in deliver() if "utredare@polisen.se" in m.to]
    assert len(mail) == 1
    assert row.reference in mail[0].subject
    assert "avvisades" in mail[0].subject  # Swedish, the officer's language
    assert "Ett beslut av en domstol" in mail[0].body
    assert not Disclosure.objects.exists()


def test_the_second_reviewer_may_send_it_back(submit, lawyers):
    first, second = lawyers
    row = submit()
    verify_requester(request_id=row.pk, actor=first)
    record_legal_outcome(
        request_id=row.pk, actor=first, outcome="complied_in_full", reason="ok"
    )
    with pytest.raises(InvalidInput):
        return_legal_outcome(request_id=row.pk, actor=second, note="")
    return_legal_outcome(request_id=row.pk, actor=second, note="Check the date.")
    row.refresh_from_db()
    assert row.status == LegalRequest.Status.IN_REVIEW and row.outcome == ""


def test_an_unverified_agency_cannot_be_verified_as_requester(submit, lawyers, agency):
    row = submit()
    agency.verified = False
    agency.save(update_fields=["verified"])
    with pytest.raises(Exception) as caught:
        verify_requester(request_id=row.pk, actor=lawyers[0])
    assert caught.value.code == "agency_not_verified"


def test_the_desk_registers_and_verifies_agencies_and_creates_officers(
    client, lawyers, analyst3
):
    from tillit.legal.models import Agency, Officer

    client.force_login(lawyers[0])
    url = "/console/legal/agencies/"
    client.post(url, {"form": "agency", "name": "BKA", "country": "XX", "domains": ""})
    assert not Agency.objects.exists()
    client.post(
        url, {"form": "agency", "name": "BKA", "country": "de", "domains": "bka.de"}
    )
    agency = Agency.objects.get()
    assert (agency.country, agency.email_domains, agency.verified) == (
        "DE",
        ["bka.de"],
        False,
    )
    client.post(url, {"form": "verify", "agency": agency.pk, "verified": "1"})
    agency.refresh_from_db()
    assert agency.verified
    officer = {"form": "officer", "agency": agency.pk, "password": "long-enough-1"}
    client.post(url, officer | {"email": "k@gmail.com"})
    client.post(url, officer | {"email": "k@bka.de", "password": "short"})
    assert not Officer.objects.exists()
    client.post(url, officer | {"email": "K@bka.de"})
    assert Officer.objects.get().user.email == "k@bka.de"
    client.force_login(analyst3)
    response = client.post(
        url, {"form": "agency", "name": "X", "country": "SE", "domains": "x.se"}
    )
    assert response.status_code == 403 and Agency.objects.count() == 1


def test_a_request_without_its_document_cannot_be_verified(api, agency, lawyers):
    from .conftest import api_body

    row_id = api.post("/api/v1/legal/requests", api_body()).json()["id"]
    with pytest.raises(InvalidInput) as caught:
        verify_requester(request_id=row_id, actor=lawyers[0])
    assert "document" in caught.value.fields
    assert LegalRequest.objects.get().status == LegalRequest.Status.RECEIVED

"""Requests come in from the portal and the API; bad input changes nothing."""

import json
from datetime import timedelta

import pytest
from django.utils import timezone

from tillit.core.apikeys import create_api_key
from tillit.core.errors import InvalidInput
from tillit.core.models import ApiScope, AuditEvent
from tillit.legal.models import LegalRequest
from tillit.legal.services.intake import create_officer, submit_legal_request

from .conftest import api_body, pdf, request_input

pytestmark = pytest.mark.django_db


def test_an_officers_request_is_stored_with_its_reference_and_audited(submit):
    row = submit()
    assert row.reference == f"LR-{timezone.now().year}-{row.pk:06d}"
    assert row.status == LegalRequest.Status.RECEIVED
    assert row.document_sha256 and row.document.name.endswith(".pdf")
    assert AuditEvent.objects.filter(
        verb="legal.request_received", target_id=str(row.pk)
    ).exists()


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"country": "XX"}, "country"),
        ({"legal_basis": "  "}, "legal_basis"),
        ({"due_at": timezone.now() - timedelta(hours=1)}, "due_at"),
        ({"kind": "wiretap"}, "kind"),
        ({"targets": []}, "targets"),
        ({"targets": [{"type": "phone", "id": "1"}]}, "targets.0.type"),
        ({"data_requested": ["passwords"]}, "data_requested"),
    ],
)
def test_bad_input_names_the_field_and_stores_nothing(officer, changes, field):
    with pytest.raises(InvalidInput) as caught:
        submit_legal_request(
            data=request_input(**changes),
            officer=officer,
            source="portal",
            document=pdf(),
        )
    assert field in caught.value.fields
    assert not LegalRequest.objects.exists()
    assert not AuditEvent.objects.filter(verb="legal.request_received").exists()


def test_a_document_that_is_not_a_pdf_is_refused(officer):
    with pytest.raises(InvalidInput) as caught:
        submit_legal_request(
            data=request_input(),
            officer=officer,
            source="portal",
            document=pdf("order.pdf", b"<html>not a pdf</html>"),
        )
    assert caught.value.fields["document"] == ["The document must be a PDF."]
    assert not LegalRequest.objects.exists()


def test_a_document_over_the_limit_is_refused(officer, settings):
    settings.TILLIT = {**settings.TILLIT, "LEGAL_DOCUMENT_MAX_BYTES": 100}
    with pytest.raises(InvalidInput) as caught:
        submit_legal_request(
            data=request_input(),
            officer=officer,
            source="portal",
            document=pdf(content=b"%PDF-" + b"x" * 200),
        )
    assert "larger" in caught.value.fields["document"][0]


def test_an_officer_must_be_on_the_agencys_domain(agency):
    with pytest.raises(InvalidInput) as caught:
        create_officer(
            agency_id=agency.pk,
            email="someone@gmail.com",
            password="pw-stranger-1",
            actor=None,
        )
    assert "email" in caught.value.fields


# --- The API ---------------------------------------------------------------


def test_the_api_answers_201_with_id_reference_and_status(api, agency):
    response = api.post("/api/v1/legal/requests", api_body())
    assert response.status_code == 201, response.content
    body = response.json()
    row = LegalRequest.objects.get()
    assert body == {"id": row.pk, "reference": row.reference, "status": "received"}
    assert row.officer is None and row.source.startswith("api:")


def test_a_key_without_the_legal_scope_gets_403(client, agency):
    _row, key = create_api_key(name="reports only", scopes=[ApiScope.REPORTS_WRITE])
    response = client.post(
        "/api/v1/legal/requests",
        json.dumps(api_body()),
        content_type="application/json",
        HTTP_AUTHORIZATION=f"Bearer {key}",
    )
    assert response.status_code == 403
    assert response.json()["code"] == "scope_missing"
    assert not LegalRequest.objects.exists()


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"country": "ZZ"}, "country"),
        ({"legal_basis": None}, "legal_basis"),
        ({"due_at": "2020-01-01T00:00:00Z"}, "due_at"),
        ({"kind": "wiretap"}, "kind"),
        ({"targets": [{"type": "phone", "id": "1"}]}, "targets.0.type"),
        ({"targets": []}, "targets"),
        ({"agency": "Unknown Bureau"}, "agency"),
    ],
)
def test_the_api_answers_422_with_the_field_and_stores_nothing(
    api, agency, changes, field
):
    response = api.post("/api/v1/legal/requests", api_body(**changes))
    assert response.status_code == 422, response.content
    assert field in response.json()["fields"]
    assert not LegalRequest.objects.exists()


def test_the_document_follows_as_multipart_and_must_be_a_pdf(
    client, api, api_key, agency
):
    row_id = api.post("/api/v1/legal/requests", api_body()).json()["id"]
    url = f"/api/v1/legal/requests/{row_id}/document"
    auth = {"HTTP_AUTHORIZATION": f"Bearer {api_key}"}
    bad = client.post(url, {"file": pdf("x.pdf", b"GIF89a....")}, **auth)
    assert bad.status_code == 422
    assert not LegalRequest.objects.get().document_sha256
    good = client.post(url, {"file": pdf()}, **auth)
    assert good.status_code == 201, good.content
    assert LegalRequest.objects.get().document_sha256
    again = client.post(url, {"file": pdf()}, **auth)
    assert again.status_code == 409


# --- The portal --------------------------------------------------------------


def _portal_form(**changes) -> dict:
    form = {
        "kind": "court_order",
        "country": "SE",
        "legal_basis": "Stockholms tingsrätt B 1234-26",
        "targets": "account acc-sv\nmeeting: 812345678",
        "data_requested": ["subscriber_info", "reports"],
        "due_at": (timezone.localtime() + timedelta(days=3)).strftime("%Y-%m-%dT%H:%M"),
        "document": pdf(),
    }
    form.update(changes)
    return {k: v for k, v in form.items() if v is not None}


def test_the_portal_stores_a_request_and_lists_it(client, officer):
    client.force_login(officer.user)
    response = client.post("/legal/portal/", _portal_form())
    assert response.status_code == 302
    row = LegalRequest.objects.get()
    assert row.targets == [
        {"type": "account", "id": "acc-sv"},
        {"type": "meeting", "id": "812345678"},
    ]
    page = client.get("/legal/portal/").content.decode()
    assert row.reference in page


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"document": pdf("order.pdf", b"MZ\x90\x00 not a pdf")}, "must be a PDF"),
        ({"document": None}, "Attach the legal document"),
        ({"country": "QQ"}, "Unknown country"),
        ({"legal_basis": ""}, "Name the legal basis"),
        ({"due_at": "2020-01-01T10:00"}, "deadline is in the past"),
        ({"targets": "phone 0701234567"}, "Unknown target type"),
    ],
)
def test_the_portal_shows_the_error_and_stores_nothing(
    client, officer, changes, message
):
    client.force_login(officer.user)
    response = client.post("/legal/portal/", _portal_form(**changes))
    assert response.status_code == 422
    assert message in response.content.decode()
    assert not LegalRequest.objects.exists()


def test_a_deadline_without_an_offset_is_read_as_utc(api, agency):
    due = (timezone.now() + timedelta(days=2)).replace(tzinfo=None).isoformat()
    response = api.post("/api/v1/legal/requests", api_body(due_at=due))
    assert response.status_code == 201, response.content


def test_an_officer_sees_their_own_requests_not_a_colleagues(client, officer, submit):
    colleague = create_officer(
        agency_id=officer.agency_id,
        email="kollega@polisen.se",
        password="pw-colleague-1",
        actor=None,
    )
    mine = submit()
    client.force_login(colleague.user)
    assert mine.reference not in client.get("/legal/portal/").content.decode()
    client.force_login(officer.user)
    assert mine.reference in client.get("/legal/portal/").content.decode()

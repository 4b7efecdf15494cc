from datetime import timedelta

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone

from tillit.core.models import Role
from tillit.legal.services.intake import (
    create_officer,
    register_agency,
    submit_legal_request,
)
from tillit.legal.validation import LegalRequestInput

PDF = b"%PDF-1.7\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n"


def pdf(name="order.pdf", content=PDF):
    return SimpleUploadedFile(name, content, content_type="application/pdf")


@pytest.fixture
def agency(db):
    return register_agency(
        name="Polismyndigheten",
        country="SE",
        email_domains="polisen.se",
        verified=True,
        actor=None,
    )


@pytest.fixture
def officer(agency):
    return create_officer(
        agency_id=agency.pk,
        email="utredare@polisen.se",
        password="pw-officer",
        language="sv",
        actor=None,
    )


@pytest.fixture
def lawyers(make_staff):
    """Two members of the legal team: the first reviewer and the second."""
    return (
        make_staff("lawyer1", role=Role.LEGAL),
        make_staff("lawyer2", role=Role.LEGAL),
    )


def request_input(**changes) -> LegalRequestInput:
    fields = {
        "country": "SE",
        "kind": "court_order",
        "legal_basis": "Rättegångsbalken 27 kap.; Stockholms tingsrätt B 1234-26",
        "targets": [{"type": "account", "id": "acc-sv"}],
        "data_requested": ["subscriber_info", "reports", "evidence"],
        "due_at": timezone.now() + timedelta(days=10),
        "nondisclosure_until": None,
    }
    return LegalRequestInput(**(fields | changes))


@pytest.fixture
def submit(officer):
    def make(**changes):
        return submit_legal_request(
            data=request_input(**changes),
            officer=officer,
            source="portal",
            document=pdf(),
        )

    return make


def api_body(**changes) -> dict:
    body = {
        "agency": "Polismyndigheten",
        "country": "SE",
        "kind": "subpoena",
        "legal_basis": "Subpoena 26-0042",
        "targets": [{"type": "meeting", "id": "812345678"}],
        "data_requested": ["subscriber_info"],
        "due_at": (timezone.now() + timedelta(days=5)).isoformat(),
    }
    body.update(changes)
    return {k: v for k, v in body.items() if v is not None}

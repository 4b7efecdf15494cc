"""POST /api/v1/legal/requests: a request from an authority, as a portal such
as Kodex sends it; the PDF follows as multipart on `/document` (docs/legal.md)."""

from datetime import date, datetime

from ninja import File, Router, Schema, Status
from ninja.files import UploadedFile

from tillit.core.api import ApiKeyAuth
from tillit.core.apikeys import require_platform_key
from tillit.core.models import ApiScope
from tillit.core.schemas import RowId, text

from .services.intake import attach_legal_document, submit_legal_request
from .validation import MAX_LEGAL_BASIS, LegalRequestInput

router = Router(tags=["legal"])


class LegalTargetIn(Schema):
    type: text(16)
    id: text(64, strip=True)


class LegalRequestIn(Schema):
    agency: text(200, strip=True)
    country: text(8, strip=True) = ""
    kind: text(32) = ""
    legal_basis: text(MAX_LEGAL_BASIS) = ""
    targets: list[LegalTargetIn] = []
    data_requested: list[text(32)] = []
    due_at: datetime | None = None
    nondisclosure_until: date | None = None


class LegalRequestOut(Schema):
    id: int
    reference: str
    status: str


def _out(row) -> dict:
    return {"id": row.pk, "reference": row.reference, "status": row.status}


def _source(request) -> str:
    """The key that sends: a key of the whole platform, never one limited to
    an account (an authority's request is about any account)."""
    require_platform_key(request.api_key)
    return f"api:{request.api_key.prefix}"


@router.post(
    "/legal/requests",
    response={201: LegalRequestOut},
    auth=ApiKeyAuth(ApiScope.LEGAL_SUBMIT),
)
def post_legal_request(request, payload: LegalRequestIn):
    """Submit a request; 422 names every bad field and stores nothing. Kinds:
    preservation, subpoena, court_order, search_warrant, emergency,
    mutual_legal_assistance; data: subscriber_info, meeting_records, reports,
    evidence."""
    source = _source(request)
    row = submit_legal_request(
        data=LegalRequestInput(
            agency=payload.agency,
            country=payload.country,
            kind=payload.kind,
            legal_basis=payload.legal_basis,
            targets=[t.dict() for t in payload.targets],
            data_requested=list(payload.data_requested),
            due_at=payload.due_at,
            nondisclosure_until=payload.nondisclosure_until,
        ),
        officer=None,
        source=source,
    )
    return Status(201, _out(row))


@router.post(
    "/legal/requests/{request_id}/document",
    response={201: LegalRequestOut},
    auth=ApiKeyAuth(ApiScope.LEGAL_SUBMIT),
)
def post_legal_document(request, request_id: RowId, file: File[UploadedFile]):
    """Attach the legal document (multipart `file`: a PDF, up to 10 MB) to a
    request the same key sent, before the legal team reviews it."""
    source = _source(request)
    row = attach_legal_document(request_id=request_id, document=file, source=source)
    return Status(201, _out(row))

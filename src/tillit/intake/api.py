"""POST /api/v1/reports/{id}/evidence: evidence for a report already filed."""

from ninja import File, Router, Schema, Status
from ninja.files import UploadedFile

from tillit.core.api import ApiKeyAuth
from tillit.core.apikeys import require_account
from tillit.core.models import ApiScope
from tillit.core.schemas import RowId

from .models import Report
from .services import attach_evidence

router = Router(tags=["reports"])


class EvidenceOut(Schema):
    id: int
    name: str
    content_type: str
    size: int
    sha256: str


@router.post(
    "/reports/{report_id}/evidence",
    response={201: list[EvidenceOut]},
    auth=ApiKeyAuth(ApiScope.REPORTS_WRITE),
)
def post_evidence(request, report_id: RowId, file: File[list[UploadedFile]]):
    """Attach evidence to a report (multipart `file`, up to 5 files of 20 MB:
    images, video, PDF or text, recognised by content)."""
    if request.api_key.account_id is not None:
        report = Report.objects.filter(pk=report_id).values("account_id").first()
        if report is not None:
            require_account(request.api_key, report["account_id"])
    rows = attach_evidence(
        report_id=report_id, files=file, source=f"api:{request.api_key.name}"
    )
    return Status(
        201,
        [
            {
                "id": e.pk,
                "name": e.original_name,
                "content_type": e.content_type,
                "size": e.size,
                "sha256": e.sha256,
            }
            for e in rows
        ],
    )

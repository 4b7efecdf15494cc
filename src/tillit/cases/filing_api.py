"""POST /api/v1/reports: the meeting client and the platform file reports
(S1, S36). Beside the filing service it calls (`services/filing.py`)."""

from typing import Annotated, Literal

from ninja import Header, Router, Schema, Status
from pydantic import Field, IPvAnyAddress

from tillit.core.api import ApiKeyAuth
from tillit.core.models import ApiScope
from tillit.core.ratelimit import address_identity, check_rate_limits
from tillit.core.schemas import Email, column_text, text
from tillit.directory.selectors import require_key_reaches
from tillit.intake.links import status_url
from tillit.intake.models import Channel, Report
from tillit.intake.services import ReporterIdentity, ReportInput
from tillit.policy.models import Standard

from .services.filing import submit_report

router = Router(tags=["reports"])


class TargetIn(Schema):
    type: Literal["meeting", "event", "account", "user"]
    id: column_text(Report, "target_id", min_length=1, strip=True)


class ReporterIn(Schema):
    email: Email | None = None
    user_id: column_text(Report, "reporter_user_id") | None = None
    name: column_text(Report, "reporter_name") | None = None
    # The reporter's address as the platform saw it: reports from one address
    # (an IPv6 /64) count as one reporter. Kept only as a keyed hash.
    ip: IPvAnyAddress | None = None


ChannelName = Literal[tuple(Channel.values)]


class ReportIn(Schema):
    channel: ChannelName  # type: ignore[valid-type]
    category: column_text(Standard, "slug", min_length=1)
    description: text(10_000) = ""
    target: TargetIn
    reporter: ReporterIn = Field(default_factory=ReporterIn)
    offender: column_text(Report, "offender") = ""
    language: Literal["en", "sv"] = "en"
    detection_confidence: float | None = Field(None, ge=0, le=1)


class ReportOut(Schema):
    id: int
    reference: str
    case_id: int
    status_url: str


@router.post(
    "/reports",
    response={200: ReportOut, 201: ReportOut},
    auth=ApiKeyAuth(ApiScope.REPORTS_WRITE),
)
def post_report(
    request,
    payload: ReportIn,
    idempotency_key: Annotated[
        column_text(Report, "idempotency_key", min_length=1) | None,
        Header(alias="Idempotency-Key"),
    ] = None,
):
    """File a report. Retrying with the same `Idempotency-Key` returns the first
    report (200); the same key with another body is 409. A key limited to an
    account reports that account's meetings, events and users only. Too many
    reports from one key, or about one target, are 429 with `Retry-After`."""
    require_key_reaches(
        request.api_key, kind=payload.target.type, object_id=payload.target.id
    )
    check_rate_limits(
        [
            ("api_report", f"key:{request.api_key.pk}"),
            ("api_report_target", f"{payload.target.type}:{payload.target.id}"),
        ]
    )
    report, created = submit_report(
        data=_report_input(payload),
        idempotency_key=idempotency_key,
        source=f"api:{request.api_key.name}",
    )
    body = {
        "id": report.pk,
        "reference": report.reference,
        "case_id": report.case_id,
        "status_url": status_url(report),
    }
    return Status(201 if created else 200, body)


def _report_input(payload: ReportIn) -> ReportInput:
    return ReportInput(
        channel=payload.channel,
        category=payload.category,
        description=payload.description,
        target_type=payload.target.type,
        target_id=payload.target.id,
        reporter=ReporterIdentity(
            email=payload.reporter.email or "",
            user_id=payload.reporter.user_id or "",
            name=payload.reporter.name or "",
        ),
        offender=payload.offender,
        language=payload.language,
        detection_confidence=payload.detection_confidence,
        client=address_identity(str(payload.reporter.ip or "")),
    )

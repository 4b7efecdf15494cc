"""Filing a report: stored by intake, joined to its target's case, ranked,
and acknowledged, in one transaction (S1–S6).

The use case lives here rather than in `intake` because joining a case is
the cases desk's rule and intake sits below it (docs/architecture.md)."""

from datetime import datetime

from django.core.files.uploadedfile import UploadedFile
from django.db import IntegrityError, transaction
from django.utils import timezone

from tillit.core.audit import record_audit_event
from tillit.core.ratelimit import claim_mail_allowance
from tillit.directory.selectors import get_target
from tillit.intake.links import status_url
from tillit.intake.models import Report
from tillit.intake.services import (
    ReportInput,
    check_evidence_files,
    check_idempotency_key,
    find_replay,
    get_or_create_reporter,
    record_report,
    validate_report,
)
from tillit.notices.reporters import send_acknowledgement
from tillit.policy.models import Standard
from tillit.policy.positions import is_imminent_self_harm, support_resources

from .queue import open_or_join_case, refresh_case


def submit_report(
    *,
    data: ReportInput,
    evidence: list[UploadedFile] | None = None,
    idempotency_key: str | None = None,
    source: str,
    now: datetime | None = None,
) -> tuple[Report, bool]:
    """File a report and open or join its target's case.

    Return the report and whether it was created now (False when an
    Idempotency-Key replays an earlier request). Raise InvalidInput for bad
    input and IdempotencyKeyReused when the key came with another body.
    The reporter's address is acknowledged only while it is under its daily
    share of mail (`acknowledged_at` stays null past it).
    """
    standard = validate_report(data)
    files = check_evidence_files(evidence or [])
    fingerprint = data.fingerprint([h for *_, h in files])
    if idempotency_key is not None:
        check_idempotency_key(idempotency_key)
        earlier = find_replay(idempotency_key, fingerprint)
        if earlier is not None:
            return earlier, False
    try:
        return _file_report(
            data=data,
            standard=standard,
            files=files,
            fingerprint=fingerprint,
            idempotency_key=idempotency_key,
            source=source,
            now=now or timezone.now(),
        ), True
    except IntegrityError:
        # A concurrent retry with the same key won the race: answer as a replay.
        if idempotency_key is not None:
            earlier = find_replay(idempotency_key, fingerprint)
            if earlier is not None:
                return earlier, False
        raise


@transaction.atomic(durable=True)
def _file_report(
    *,
    data: ReportInput,
    standard: Standard,
    files: list,
    fingerprint: str,
    idempotency_key: str | None,
    source: str,
    now: datetime,
) -> Report:
    account, meeting, event, _user = get_target(data.target_type, data.target_id)
    reporter = get_or_create_reporter(data.reporter)
    # Anyone can type any address: never let a stranger make us mail a third
    # party more than a few times a day (issue 10, #5).
    acknowledge = bool(data.reporter.email) and claim_mail_allowance(
        address=data.reporter.email
    )
    case = open_or_join_case(
        target_type=data.target_type,
        target_id=data.target_id,
        standard=standard,
        account=account,
        meeting=meeting,
        event=event,
        reporter=reporter,
        detection_confidence=data.detection_confidence,
        now=now,
    )
    report = record_report(
        data=data,
        standard=standard,
        case=case,
        target=(account, meeting, event),
        reporter=reporter,
        acknowledged=acknowledge,
        files=files,
        idempotency_key=idempotency_key,
        fingerprint=fingerprint,
        now=now,
    )
    if is_imminent_self_harm(standard.slug, data.description):
        case.imminent_risk = True
    refresh_case(case=case, now=now)
    _record_filed(report, source=source, evidence=len(files))
    return report


def _record_filed(report: Report, *, source: str, evidence: int) -> None:
    """Audit the report and acknowledge it where its address has mail left."""
    acknowledged = report.acknowledged_at is not None
    record_audit_event(
        actor=None,
        source=source,
        verb="report.submitted",
        target=report,
        data={
            "channel": report.channel,
            "category": report.category_id,
            "case": report.case_id,
            "evidence": evidence,
            "acknowledged": acknowledged,
        },
    )
    if acknowledged:
        send_acknowledgement(
            report=report,
            status_url=status_url(report),
            support=support_resources(report.category_id, report.language),
        )

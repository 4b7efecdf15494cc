"""Reports as they come in from every channel (S1–S6): their shape, their
validation, the rows and evidence stored for them, and the reporters' flags.
Filing a report into its case is `cases.services.filing.submit_report`."""

import hashlib
import json
from dataclasses import dataclass, field
from datetime import datetime

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import UploadedFile
from django.core.validators import validate_email
from django.db import connection, transaction
from django.utils.translation import gettext as _

from tillit.core.audit import record_audit_event
from tillit.core.errors import IdempotencyKeyReused, InvalidInput, PermissionDenied
from tillit.directory.models import meeting_id_validator
from tillit.notices.render import language_of
from tillit.policy.models import Standard

from .evidence import check_evidence, clean_file_name, stored_file_name
from .models import Channel, Evidence, Report, Reporter, TargetType
from .permissions import can_mark_reporter_bad_faith

MAX_DESCRIPTION = 10_000
MAX_EVIDENCE_FILES = 5
MAX_IDEMPOTENCY_KEY = 200


@dataclass(frozen=True)
class ReporterIdentity:
    email: str = ""
    user_id: str = ""
    name: str = ""

    @property
    def key(self) -> str:
        if self.user_id:
            return f"user:{self.user_id}"
        if self.email:
            return f"email:{self.email.lower()}"
        return ""


@dataclass
class ReportInput:
    channel: str
    category: str
    description: str
    target_type: str
    target_id: str
    reporter: ReporterIdentity = field(default_factory=ReporterIdentity)
    offender: str = ""
    language: str = "en"
    detection_confidence: float | None = None
    # The public form's client (core.ratelimit.client_identity): one client is
    # one reporter however many addresses it types (issue 10, #5).
    client: str = ""

    def fingerprint(self, evidence_hashes: list[str]) -> str:
        body = {
            "channel": self.channel,
            "category": self.category,
            "description": self.description,
            "target": [self.target_type, self.target_id],
            "reporter": [
                self.reporter.email,
                self.reporter.user_id,
                self.reporter.name,
            ],
            "offender": self.offender,
            "evidence": sorted(evidence_hashes),
        }
        return hashlib.sha256(json.dumps(body, sort_keys=True).encode()).hexdigest()


def validate_report(data: ReportInput) -> Standard:
    """Return the standard the report names; raise InvalidInput naming each
    field that is wrong."""
    errors: dict[str, list[str]] = {}
    if data.channel not in Channel.values:
        errors["channel"] = [
            _("Unknown channel. Use one of: %(choices)s.")
            % {"choices": ", ".join(Channel.values)}
        ]
    standard = Standard.objects.filter(slug=data.category).first()
    if standard is None:
        errors["category"] = [
            _("Unknown category. Use a standard of the Acceptable Use Guidelines.")
        ]
    if data.target_type not in TargetType.values:
        errors["target.type"] = [
            _("Unknown target type. Use one of: %(choices)s.")
            % {"choices": ", ".join(TargetType.values)}
        ]
    if not data.target_id.strip():
        errors["target.id"] = [_("Say which meeting, event, account or user.")]
    elif data.target_type == TargetType.MEETING:
        try:
            meeting_id_validator(data.target_id)
        except ValidationError:
            errors["target.id"] = [_("A meeting id has 9 to 11 digits.")]
    if len(data.target_id) > 64:
        errors["target.id"] = [_("This id is too long.")]
    if len(data.description) > MAX_DESCRIPTION:
        errors["description"] = [
            _("Keep the description under %(n)d characters.") % {"n": MAX_DESCRIPTION}
        ]
    if data.reporter.email:
        try:
            validate_email(data.reporter.email)
        except ValidationError:
            errors["reporter.email"] = [_("Enter a valid email address.")]
    if data.detection_confidence is not None and not (
        0.0 <= data.detection_confidence <= 1.0
    ):
        errors["detection_confidence"] = [_("A confidence lies between 0 and 1.")]
    if errors:
        raise InvalidInput(fields=errors)
    return standard


def check_evidence_files(
    files: list[UploadedFile],
) -> list[tuple[UploadedFile, str, str, str]]:
    """Return (file, name to show, sniffed content type, SHA-256) for each."""
    if len(files) > MAX_EVIDENCE_FILES:
        raise InvalidInput(
            fields={
                "evidence": [
                    _("Attach at most %(n)d files.") % {"n": MAX_EVIDENCE_FILES}
                ]
            }
        )
    checked = []
    for upload in files:
        name = clean_file_name(upload.name)
        head = upload.read(512)
        try:
            content_type = check_evidence(
                name=name,
                size=upload.size,
                head=head,
                max_bytes=settings.TILLIT["EVIDENCE_MAX_BYTES"],
            )
        except ValueError as exc:
            raise InvalidInput(fields={"evidence": [str(exc)]}) from exc
        digest = hashlib.sha256()
        upload.seek(0)
        for chunk in upload.chunks():
            digest.update(chunk)
        upload.seek(0)
        checked.append((upload, name, content_type, digest.hexdigest()))
    return checked


def store_evidence(report: Report, checked) -> list[Evidence]:
    rows = []
    for upload, name, content_type, digest in checked:
        upload.name = stored_file_name(sha256=digest, content_type=content_type)
        rows.append(
            Evidence.objects.create(
                report=report,
                file=upload,
                original_name=name,
                content_type=content_type,
                size=upload.size,
                sha256=digest,
            )
        )
    return rows


def check_idempotency_key(key: str) -> None:
    if not key.strip() or len(key) > MAX_IDEMPOTENCY_KEY:
        raise InvalidInput(
            fields={"Idempotency-Key": [_("Send a key of 1 to 200 characters.")]}
        )


def find_replay(key: str, fingerprint: str) -> Report | None:
    """Return the report an Idempotency-Key filed before, if the same body
    came with it; raise IdempotencyKeyReused if another did."""
    earlier = Report.objects.filter(idempotency_key=key).first()
    if earlier is None:
        return None
    if earlier.request_fingerprint != fingerprint:
        raise IdempotencyKeyReused()
    return earlier


def get_or_create_reporter(identity: ReporterIdentity) -> Reporter | None:
    """The reporter row of a known identity (None for an anonymous report)."""
    if not identity.key:
        return None
    reporter = Reporter.objects.filter(key=identity.key).first()
    if reporter is None:
        reporter = Reporter(key=identity.key, email=identity.email.lower())
        if not _insert_if_new(reporter):
            # The same person's other report made the row a moment ago.
            reporter = Reporter.objects.get(key=identity.key)
    return reporter


def _insert_if_new(reporter: Reporter) -> bool:
    """INSERT the reporter unless its key exists (then waiting for a concurrent
    insert of it to end); return whether it was inserted. One statement and no
    savepoint, where get_or_create takes three."""
    q = connection.ops.quote_name
    columns = ("key", "email", "upheld_count", "not_upheld_count", "bad_faith")
    sql = (
        f"INSERT INTO {q(Reporter._meta.db_table)} "
        f"({', '.join(q(c) for c in (*columns, 'created_at'))}) "
        f"VALUES ({', '.join(['%s'] * (len(columns) + 1))}) "
        f"ON CONFLICT ({q('key')}) DO NOTHING RETURNING {q('id')}"
    )
    values = [getattr(reporter, c) for c in columns]
    created_at = connection.ops.adapt_datetimefield_value(reporter.created_at)
    with connection.cursor() as cursor:
        cursor.execute(sql, [*values, created_at])
        row = cursor.fetchone()
    if row is None:
        return False
    reporter.pk = row[0]
    reporter._state.adding, reporter._state.db = False, connection.alias
    return True


def record_report(
    *,
    data: ReportInput,
    standard: Standard,
    case,
    target: tuple,
    reporter: Reporter | None,
    acknowledged: bool,
    files: list,
    idempotency_key: str | None,
    fingerprint: str,
    now: datetime,
) -> Report:
    """Store the report row and its evidence, inside the filing transaction.
    `target` is (account, meeting, event) as `get_target` found them."""
    account, meeting, event = target
    report = Report.objects.create(
        channel=data.channel,
        category=standard,
        description=data.description,
        target_type=data.target_type,
        target_id=data.target_id,
        account=account,
        meeting=meeting,
        event=event,
        offender=data.offender,
        reporter=reporter,
        reporter_email=data.reporter.email.lower(),
        reporter_name=data.reporter.name,
        reporter_user_id=data.reporter.user_id,
        language=language_of(data.language),
        detection_confidence=data.detection_confidence,
        client_key=data.client[:40],
        acknowledged_at=now if acknowledged else None,
        case=case,
        idempotency_key=idempotency_key,
        request_fingerprint=fingerprint,
        created_at=now,
    )
    store_evidence(report, files)
    return report


@transaction.atomic(durable=True)
def mark_reporter_bad_faith(*, reporter_id: int, actor, reason: str) -> Reporter:
    """Flag a reporter who files reports in bad faith: their reports then weigh
    a tenth of a newcomer's in every priority (they are still read)."""
    if not can_mark_reporter_bad_faith(actor):
        raise PermissionDenied()
    reason = (reason or "").strip()
    if not reason:
        raise InvalidInput(
            fields={"reason": [_("Say why this reporter acts in bad faith.")]}
        )
    reporter = (
        Reporter.objects.select_for_update(no_key=True).filter(pk=reporter_id).first()
    )
    if reporter is None:
        raise InvalidInput(fields={"reporter": [_("There is no such reporter.")]})
    reporter.bad_faith = True
    reporter.save(update_fields=["bad_faith"])
    record_audit_event(
        actor=actor,
        verb="reporter.marked_bad_faith",
        target=reporter,
        data={"reason": reason},
    )
    return reporter


@transaction.atomic(durable=True)
def attach_evidence(
    *, report_id: int, files: list[UploadedFile], source: str
) -> list[Evidence]:
    """Add evidence to a report already filed (the meeting client uploads it
    after the report itself, S1). Raise InvalidInput for a bad file."""
    report = Report.objects.select_for_update(no_key=True).filter(pk=report_id).first()
    if report is None:
        raise InvalidInput(fields={"report": [_("There is no such report.")]})
    if not files:
        raise InvalidInput(fields={"file": [_("Attach a file.")]})
    existing = report.evidence.count()
    if existing + len(files) > MAX_EVIDENCE_FILES:
        raise InvalidInput(
            fields={
                "file": [_("Attach at most %(n)d files.") % {"n": MAX_EVIDENCE_FILES}]
            }
        )
    rows = store_evidence(report, check_evidence_files(files))
    record_audit_event(
        actor=None,
        source=source,
        verb="report.evidence_added",
        target=report,
        data={"files": [e.sha256 for e in rows]},
    )
    return rows

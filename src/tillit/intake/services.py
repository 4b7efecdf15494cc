"""Report intake from every channel (S1–S6)."""

import hashlib
import json
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import UploadedFile
from django.core.validators import validate_email
from django.db import IntegrityError, transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from tillit.core.audit import record_audit_event
from tillit.core.errors import IdempotencyKeyReused, InvalidInput
from tillit.core.links import make_token, read_token
from tillit.core.outbox import enqueue_email
from tillit.core.ratelimit import claim_mail_allowance
from tillit.directory.models import meeting_id_validator
from tillit.directory.selectors import get_target
from tillit.policy.models import Standard
from tillit.policy.positions import SUPPORT_RESOURCES, is_imminent_self_harm

from .evidence import check_evidence, clean_file_name, stored_file_name
from .models import Channel, Evidence, Report, Reporter, TargetType

STATUS_SALT = "tillit.report-status"
MAX_DESCRIPTION = 10_000
MAX_EVIDENCE_FILES = 5


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


def _validate(data: ReportInput) -> Standard:
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


def _check_files(
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


def _store_evidence(report: Report, checked) -> list[Evidence]:
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
    standard = _validate(data)
    files = _check_files(evidence or [])
    fingerprint = data.fingerprint([h for *_, h in files])
    if idempotency_key is not None:
        if not idempotency_key.strip() or len(idempotency_key) > 200:
            raise InvalidInput(
                fields={"Idempotency-Key": [_("Send a key of 1 to 200 characters.")]}
            )
        earlier = _replay(idempotency_key, fingerprint)
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
            earlier = _replay(idempotency_key, fingerprint)
            if earlier is not None:
                return earlier, False
        raise


def _replay(key: str, fingerprint: str) -> Report | None:
    earlier = Report.objects.filter(idempotency_key=key).first()
    if earlier is None:
        return None
    if earlier.request_fingerprint != fingerprint:
        raise IdempotencyKeyReused()
    return earlier


@transaction.atomic(durable=True)
def _file_report(
    *, data, standard, files, fingerprint, idempotency_key, source, now
) -> Report:
    from tillit.cases.services import open_or_join_case, refresh_case

    account, meeting, event, _user = get_target(data.target_type, data.target_id)
    reporter = None
    if data.reporter.key:
        reporter, _created = Reporter.objects.get_or_create(
            key=data.reporter.key, defaults={"email": data.reporter.email.lower()}
        )
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
        language=data.language if data.language in ("en", "sv") else "en",
        detection_confidence=data.detection_confidence,
        client_key=data.client[:40],
        acknowledged_at=now if acknowledge else None,
        case=case,
        idempotency_key=idempotency_key,
        request_fingerprint=fingerprint,
        created_at=now,
    )
    _store_evidence(report, files)
    if is_imminent_self_harm(standard.slug, data.description):
        case.imminent_risk = True
    refresh_case(case=case, now=now)
    record_audit_event(
        actor=None,
        source=source,
        verb="report.submitted",
        target=report,
        data={
            "channel": report.channel,
            "category": standard.slug,
            "case": case.pk,
            "evidence": len(files),
            "acknowledged": acknowledge,
        },
    )
    if acknowledge:
        _acknowledge(report)
    return report


def support_resources(category: str, language: str) -> str:
    """Self-harm notices carry support resources, not only sanctions (S24)."""
    if category != "self_harm":
        return ""
    return SUPPORT_RESOURCES.get(language, SUPPORT_RESOURCES["en"])


def status_token(report: Report) -> str:
    return make_token({"r": report.pk}, salt=STATUS_SALT)


def status_url(report: Report) -> str:
    return settings.SITE_URL + reverse("public:status", args=[status_token(report)])


def get_report_by_status_token(token: str) -> Report:
    """Return the report a status link names; raise InvalidLink or ExpiredLink."""
    from tillit.core.errors import InvalidLink

    days = settings.TILLIT["STATUS_LINK_MAX_AGE_DAYS"]
    payload = read_token(
        token, salt=STATUS_SALT, max_age=timedelta(days=days), shape={"r": int}
    )
    report = (
        Report.objects.select_related("case", "category")
        .filter(pk=payload.get("r"))
        .first()
    )
    if report is None:
        raise InvalidLink()
    return report


def _acknowledge(report: Report) -> None:
    """Tell the reporter we have the report, with its private status link (S6)."""
    with translation.override(report.language):
        context = {
            "report": report,
            "status_url": status_url(report),
            "support": support_resources(report.category_id, report.language),
        }
        enqueue_email(
            to=[report.reporter_email],
            subject=_("We received your report %(ref)s") % {"ref": report.reference},
            body=render_to_string("intake/email/acknowledgement.txt", context),
        )


# --- Questions and outcomes (S6, S13) ------------------------------------------

ANSWER_SALT = "tillit.info-request"


def answer_token(info) -> str:
    return make_token({"q": info.pk}, salt=ANSWER_SALT)


def get_info_request_by_token(token: str):
    """Return the question a host's answer link names."""
    from tillit.cases.models import InfoRequest
    from tillit.core.errors import InvalidLink

    payload = read_token(
        token, salt=ANSWER_SALT, max_age=timedelta(days=31), shape={"q": int}
    )
    info = (
        InfoRequest.objects.select_related("case").filter(pk=payload.get("q")).first()
    )
    if info is None:
        raise InvalidLink()
    return info


def send_information_request(*, info) -> None:
    """Email the question; the reporter answers on their status page, the host
    through a signed link. Called inside the asking transaction."""
    if info.report is not None:
        language, link = info.report.language, status_url(info.report)
        reference = info.report.reference
    else:
        account = info.case.account
        language = account.language if account else "en"
        link = settings.SITE_URL + reverse("public:answer", args=[answer_token(info)])
        reference = f"TS-CASE-{info.case_id}"
    if not info.email:
        return  # an anonymous reporter sees the question on the status page
    with translation.override(language):
        enqueue_email(
            to=[info.email],
            subject=_("A question about %(ref)s") % {"ref": reference},
            body=render_to_string(
                "intake/email/information_request.txt",
                {"info": info, "link": link, "reference": reference},
            ),
        )


def _reporter_appeal_url(decision, report) -> str:
    """A reporter may appeal a "no violation" outcome."""
    from tillit.appeals.services import appeal_url

    if decision.outcome != "no_violation":
        return ""
    return appeal_url(decision, appellant="reporter", email=report.reporter_email)


def notify_reporters_of_outcome(*, case, decision) -> None:
    """Tell every reporter of the case how it ended (S6). An address whose
    report was not acknowledged (past its daily share) is not mailed now
    either: its reporter follows the status page."""
    from tillit.cases.selectors import get_applied_standard_text

    seen = set()
    acknowledged = case.reports.exclude(reporter_email="").filter(
        acknowledged_at__isnull=False
    )
    for report in acknowledged.order_by("created_at"):
        if report.reporter_email in seen:
            continue
        seen.add(report.reporter_email)
        with translation.override(report.language):
            enqueue_email(
                to=[report.reporter_email],
                subject=_("The outcome of your report %(ref)s")
                % {"ref": report.reference},
                body=render_to_string(
                    "intake/email/outcome.txt",
                    {
                        "report": report,
                        "decision": decision,
                        "standard_title": get_applied_standard_text(
                            decision=decision, language=report.language
                        )["title"],
                        "status_url": status_url(report),
                        "appeal_url": _reporter_appeal_url(decision, report),
                        "support": support_resources(
                            decision.standard_id, report.language
                        ),
                    },
                ),
            )
    record_audit_event(
        actor=None,
        source=f"decision:{decision.pk}",
        verb="report.outcome_told",
        target=case,
        data={"emails": len(seen)},
    )


@transaction.atomic(durable=True)
def mark_reporter_bad_faith(*, reporter_id: int, actor, reason: str) -> Reporter:
    """Flag a reporter who files reports in bad faith: their reports then weigh
    a tenth of a newcomer's in every priority (they are still read)."""
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
    rows = _store_evidence(report, _check_files(files))
    record_audit_event(
        actor=None,
        source=source,
        verb="report.evidence_added",
        target=report,
        data={"files": [e.sha256 for e in rows]},
    )
    return rows

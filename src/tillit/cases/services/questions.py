"""Questions to the reporter or the host, with a deadline (S13)."""

from datetime import datetime, timedelta

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from tillit.core.audit import record_audit_event
from tillit.core.errors import InvalidInput
from tillit.intake.links import status_url
from tillit.notices.reporters import send_information_request

from ..errors import AppealDecidedByVote, InfoRequestClosed
from ..links import answer_url
from ..models import Case, InfoRequest
from ..permissions import can_request_information
from .locking import lock_case, require_holder, require_tier

MAX_ANSWER = 10_000


@transaction.atomic(durable=True)
def request_information(
    *,
    case_id: int,
    actor,
    recipient: str,
    question: str,
    deadline: datetime,
    report_id: int | None = None,
    now: datetime | None = None,
) -> InfoRequest:
    """Ask the reporter or the host a question; the case waits for the answer
    or the deadline, then returns to its queue (S13)."""
    now = now or timezone.now()
    question = (question or "").strip()
    errors = _check_question(question, recipient, deadline, now)
    case = lock_case(case_id)
    require_tier(actor, case)
    if not can_request_information(actor, case):
        raise AppealDecidedByVote()
    require_holder(actor, case, now)
    report, email = None, ""
    if not errors:
        report, email = _find_recipient(case, recipient, report_id, errors)
    if errors:
        raise InvalidInput(fields=errors)
    info = InfoRequest.objects.create(
        case=case,
        recipient=recipient,
        report=report,
        email=email,
        question=question,
        deadline=deadline,
        asked_by=actor,
        asked_at=now,
    )
    case.state, case.waiting_until = Case.State.WAITING, deadline
    case.save(update_fields=["state", "waiting_until"])
    record_audit_event(
        actor=actor,
        verb="case.information_requested",
        target=case,
        data={"request": info.pk, "recipient": recipient, "deadline": deadline},
    )
    _send_question(info)
    return info


def _check_question(question: str, recipient: str, deadline, now) -> dict:
    errors = {}
    if not question:
        errors["question"] = [_("Write the question.")]
    if not now + timedelta(hours=1) <= deadline <= now + timedelta(days=30):
        errors["deadline"] = [
            _("Give a deadline between one hour and 30 days from now.")
        ]
    if recipient not in InfoRequest.Recipient.values:
        errors["recipient"] = [_("Ask the reporter or the host.")]
    return errors


def _find_recipient(case: Case, recipient: str, report_id, errors: dict):
    """Return (report, email) of whom to ask; add to `errors` if no one."""
    if recipient == InfoRequest.Recipient.REPORTER:
        reports = case.reports.all()
        if report_id is not None:
            reports = reports.filter(pk=report_id)
        report = reports.order_by("-created_at").first()
        if report is None:
            errors["report"] = [_("This case has no such report.")]
            return None, ""
        return report, report.reporter_email
    email = case.meeting.host_email if case.meeting else ""
    if not email and case.account:
        email = case.account.owner_email
    if not email:
        errors["recipient"] = [_("The platform has not told us who hosts this.")]
    return None, email


def _send_question(info: InfoRequest) -> None:
    """Email the question: the reporter answers on their status page, the host
    through a signed link."""
    if not info.email:
        return  # an anonymous reporter sees the question on the status page
    if info.report is not None:
        language, link = info.report.language, status_url(info.report)
        reference = info.report.reference
    else:
        account = info.case.account
        language = account.language if account else "en"
        link, reference = answer_url(info), f"TS-CASE-{info.case_id}"
    send_information_request(
        info=info, to=info.email, language=language, reference=reference, link=link
    )


@transaction.atomic(durable=True)
def answer_information_request(
    *, request_id: int, answer: str, source: str, now: datetime | None = None
) -> InfoRequest:
    """Record the answer and put the case back in its queue."""
    now = now or timezone.now()
    answer = (answer or "").strip()
    if not answer:
        raise InvalidInput(fields={"answer": [_("Write your answer.")]})
    if len(answer) > MAX_ANSWER:
        raise InvalidInput(
            fields={"answer": [_("Keep the answer under 10,000 characters.")]}
        )
    info = (
        InfoRequest.objects.select_for_update(no_key=True).filter(pk=request_id).first()
    )
    if info is None or info.answered_at is not None:
        raise InfoRequestClosed()
    case = lock_case(info.case_id)
    info.answer, info.answered_at = answer, now
    info.save(update_fields=["answer", "answered_at"])
    if case.state == Case.State.WAITING:
        case.mark_open()
        case.save(
            update_fields=["state", "assignee", "lease_expires_at", "waiting_until"]
        )
    record_audit_event(
        actor=None,
        source=source,
        verb="case.information_received",
        target=case,
        data={"request": info.pk},
    )
    return info

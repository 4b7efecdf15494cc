"""Telling the account: at approval, unless a non-disclosure order delays it
(then on the day the order ends) or an emergency withholds it."""

from datetime import datetime

from django.db import transaction
from django.utils import timezone

from tillit.core.audit import record_audit_event
from tillit.notices.legal import send_legal_request_notice

from ..models import LegalRequest, RequestKind
from ..selectors import list_accounts_of


def _send_now(row, now: datetime) -> int:
    accounts = list_accounts_of(row.approved_targets or row.targets)
    for account in accounts:
        send_legal_request_notice(legal_request=row, account=account)
    row.notice, row.notice_sent_at = LegalRequest.Notice.SENT, now
    row.save(update_fields=["notice", "notice_sent_at"])
    record_audit_event(
        actor=None,
        source="legal",
        verb="legal.account_notified",
        target=row,
        data={"accounts": [a.pk for a in accounts]},
    )
    return len(accounts)


def schedule_account_notice(*, legal_request, now: datetime) -> None:
    """Send the account's notice now, delay it to the order's end, or
    withhold it for an emergency; call inside the approval's transaction."""
    row = legal_request
    today = timezone.localdate(now)
    if row.kind == RequestKind.EMERGENCY:
        row.notice = LegalRequest.Notice.WITHHELD
        row.save(update_fields=["notice"])
        record_audit_event(
            actor=None, source="legal", verb="legal.notice_withheld", target=row
        )
    elif row.nondisclosure_until is not None and row.nondisclosure_until > today:
        row.notice, row.notice_due_on = (
            LegalRequest.Notice.DELAYED,
            row.nondisclosure_until,
        )
        row.save(update_fields=["notice", "notice_due_on"])
        record_audit_event(
            actor=None,
            source="legal",
            verb="legal.notice_delayed",
            target=row,
            data={"until": row.nondisclosure_until},
        )
    else:
        _send_now(row, now)


def send_due_legal_notices(*, now: datetime | None = None) -> int:
    """Send every delayed notice whose order has ended, each request in a
    transaction of its own; return how many requests were notified."""
    now = now or timezone.now()
    today = timezone.localdate(now)
    due = list(
        LegalRequest.objects.filter(
            notice=LegalRequest.Notice.DELAYED, notice_due_on__lte=today
        )
        .order_by("pk")
        .values_list("pk", flat=True)
    )
    sent = 0
    for pk in due:
        with transaction.atomic(durable=True):
            row = (
                LegalRequest.objects.select_for_update(no_key=True)
                .filter(pk=pk, notice=LegalRequest.Notice.DELAYED)
                .first()
            )
            if row is not None:
                _send_now(row, now)
                sent += 1
    return sent

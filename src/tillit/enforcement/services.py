"""Enforcement: actions, statements of reasons, owner notices, webhooks (S14, S15)."""

from datetime import datetime, timedelta

from django.conf import settings
from django.db import transaction
from django.template.loader import render_to_string
from django.utils import translation
from django.utils.translation import gettext as _

from tillit.core.audit import record_audit_event
from tillit.core.outbox import enqueue_email, enqueue_webhook

from .actions import NONE, SUSPEND_ACCOUNT, TERMINATE_ACCOUNT, is_adverse
from .models import EnforcementAction, StatementOfReasons

ACCOUNT_ACTIONS = {SUSPEND_ACCOUNT, TERMINATE_ACCOUNT}


def enforce_decision(*, decision, now: datetime) -> list[EnforcementAction]:
    """Carry out a decision in force: record each action, send the platform a
    signed webhook, and give the account owner a statement of reasons.

    Called inside the deciding transaction, so the rows, the emails and the
    webhooks commit together or not at all.
    """
    case = decision.case
    if decision.outcome != "violation" or not is_adverse(decision.actions):
        return []
    taken = []
    with transaction.atomic():
        for action in decision.actions:
            if action["type"] == NONE:
                continue
            on_account = action["type"] in ACCOUNT_ACTIONS
            days = action.get("days")
            row = EnforcementAction.objects.create(
                decision=decision,
                kind=action["type"],
                account=case.account,
                target_type="account" if on_account else case.target_type,
                target_id=(
                    case.account_id
                    if on_account and case.account_id
                    else case.target_id
                ),
                days=days,
                starts_at=now,
                ends_at=now + timedelta(days=days) if days else None,
            )
            taken.append(row)
            record_audit_event(
                actor=None,
                source=f"decision:{decision.pk}",
                verb="enforcement.action_taken",
                target=row,
                data={"kind": row.kind, "target": f"{row.target_type}:{row.target_id}"},
            )
            enqueue_webhook(
                event_type="enforcement.action",
                data={
                    "action_id": row.pk,
                    "action": row.kind,
                    "target": {"type": row.target_type, "id": row.target_id},
                    "account_id": case.account_id,
                    "days": row.days,
                    "ends_at": row.ends_at,
                    "case_id": case.pk,
                    "decision_id": decision.pk,
                    "standard": decision.standard_id,
                },
            )
        if case.account is not None:
            _send_statement_of_reasons(decision=decision, actions=taken, now=now)
    return taken


def _send_statement_of_reasons(*, decision, actions, now) -> StatementOfReasons:
    from tillit.appeals.services import appeal_url
    from tillit.intake.services import support_resources

    case, account = decision.case, decision.case.account
    before_start = case.starts_at is not None and now < case.starts_at
    with translation.override(account.language):
        context = {
            "account": account,
            "decision": decision,
            "case": case,
            "actions": actions,
            "standard_title": decision.standard.title,
            "standard_body": decision.standard.body,
            "before_start": before_start,
            "meeting": case.meeting,
            "event": case.event,
            "trust_mailbox": settings.TRUST_MAILBOX,
            "site_url": settings.SITE_URL,
            "support": support_resources(decision.standard_id, account.language),
            "appeal_url": appeal_url(
                decision, appellant="owner", email=account.owner_email
            ),
        }
        subject = _("Action taken on your account: %(standard)s") % {
            "standard": decision.standard.title
        }
        body = render_to_string("enforcement/email/statement_of_reasons.txt", context)
    statement = StatementOfReasons.objects.create(
        decision=decision,
        account=account,
        language=account.language,
        recipients=account.notice_recipients,
        subject=subject,
        body=body,
        automated_detection=case.reports.filter(
            channel__in=["ai_scan", "at_risk_scan"]
        ).exists(),
        automated_decision=decision.decided_by_id is None,
        facts=decision.rationale,
        created_at=now,
    )
    enqueue_email(to=account.notice_recipients, subject=subject, body=body)
    record_audit_event(
        actor=None,
        source=f"decision:{decision.pk}",
        verb="enforcement.statement_sent",
        target=statement,
        data={"recipients": statement.recipients, "before_start": before_start},
    )
    return statement

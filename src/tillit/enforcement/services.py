"""Enforcement: actions, statements of reasons, owner notices, webhooks (S14, S15)."""

from datetime import datetime, timedelta

from django.db import transaction

from tillit.core.audit import record_audit_event
from tillit.core.outbox import enqueue_webhook
from tillit.notices.accounts import send_statement_of_reasons
from tillit.policy.positions import support_resources
from tillit.policy.selectors import get_applied_standard_text

from .actions import NONE, SUSPEND_ACCOUNT, TERMINATE_ACCOUNT, is_adverse
from .models import EnforcementAction, StatementOfReasons

ACCOUNT_ACTIONS = {SUSPEND_ACCOUNT, TERMINATE_ACCOUNT}


def enforce_decision(
    *, decision, now: datetime, appeal_url: str | None, replaces=None
) -> list[EnforcementAction]:
    """Carry out a decision in force: record each action, send the platform a
    signed webhook, and give the account owner a statement of reasons, with
    `appeal_url` where the decision can be appealed.

    With `replaces` (the decision an appeal modified), actions the two share
    carry over untouched, the others are lifted, and a new suspension counts
    from when the replaced account action began (#10).

    Called inside the deciding transaction, so the rows, the emails and the
    webhooks commit together or not at all.
    """
    case = decision.case
    wanted = [a for a in decision.actions if a["type"] != NONE]
    if decision.outcome != "violation" or not is_adverse(decision.actions):
        wanted = []
    carried, taken, account_start = [], [], None
    with transaction.atomic():
        if replaces is not None:
            carried, account_start = _carry_over(
                decision=decision, replaces=replaces, wanted=wanted, now=now
            )
        for action in wanted:
            taken.append(
                _take_action(
                    decision=decision,
                    action=action,
                    starts_at=(
                        account_start
                        if account_start and action["type"] in ACCOUNT_ACTIONS
                        else now
                    ),
                    now=now,
                )
            )
        if case.account is not None and (carried or taken):
            _send_statement_of_reasons(
                decision=decision,
                actions=carried + taken,
                now=now,
                appeal_url=appeal_url,
                replaces=replaces,
            )
    return carried + taken


def _carry_over(*, decision, replaces, wanted: list, now: datetime):
    """Move the actions the two decisions share to `decision` (taking them out
    of `wanted`) and lift the rest; return the rows carried over and when the
    replaced account action began."""
    carried = []
    active = list(
        replaces.enforcement_actions.filter(lifted_at__isnull=True).order_by("pk")
    )
    starts = [r.starts_at for r in active if r.kind in ACCOUNT_ACTIONS]
    for row in active:
        same = {"type": row.kind, **({"days": row.days} if row.days else {})}
        if same not in wanted:
            continue
        wanted.remove(same)
        row.decision = decision
        row.save(update_fields=["decision"])
        carried.append(row)
        record_audit_event(
            actor=None,
            source=f"decision:{decision.pk}",
            verb="enforcement.action_carried_over",
            target=row,
            data={"from_decision": replaces.pk},
        )
    lift_actions(decision=replaces, now=now, reason={"replaced_by": decision.pk})
    return carried, (min(starts) if starts else None)


def _take_action(*, decision, action: dict, starts_at, now) -> EnforcementAction:
    case = decision.case
    on_account = action["type"] in ACCOUNT_ACTIONS
    days = action.get("days")
    row = EnforcementAction.objects.create(
        decision=decision,
        kind=action["type"],
        account=case.account,
        target_type="account" if on_account else case.target_type,
        target_id=(
            case.account_id if on_account and case.account_id else case.target_id
        ),
        days=days,
        starts_at=starts_at,
        ends_at=starts_at + timedelta(days=days) if days else None,
    )
    record_audit_event(
        actor=None,
        source=f"decision:{decision.pk}",
        verb="enforcement.action_taken",
        target=row,
        data={"kind": row.kind, "target": f"{row.target_type}:{row.target_id}"},
    )
    if row.ends_at is not None and row.ends_at <= now:
        return row  # a shortened suspension already served: nothing to enforce
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
    return row


def lift_actions(*, decision, now: datetime, reason: dict) -> list[EnforcementAction]:
    """Lift the decision's actions still in force: mark each lifted and send
    the platform a signed `enforcement.restore` webhook. `reason` names why
    (e.g. {"appeal_id": 3}) and goes into the webhook and the audit trail."""
    lifted = []
    for row in decision.enforcement_actions.filter(lifted_at__isnull=True).order_by(
        "pk"
    ):
        row.lifted_at = now
        row.save(update_fields=["lifted_at"])
        record_audit_event(
            actor=None,
            source=f"decision:{decision.pk}",
            verb="enforcement.action_lifted",
            target=row,
            data={"kind": row.kind, **reason},
        )
        enqueue_webhook(
            event_type="enforcement.restore",
            data={
                "action_id": row.pk,
                "action": row.kind,
                "target": {"type": row.target_type, "id": row.target_id},
                "account_id": row.account_id,
                "decision_id": decision.pk,
                **reason,
            },
        )
        lifted.append(row)
    return lifted


def _send_statement_of_reasons(
    *, decision, actions, now, appeal_url: str | None, replaces=None
) -> StatementOfReasons:
    case, account = decision.case, decision.case.account
    before_start = case.starts_at is not None and now < case.starts_at
    notice = send_statement_of_reasons(
        account=account,
        decision=decision,
        actions=actions,
        # Quote the standard as the decision applied it, not as it reads today.
        standard=get_applied_standard_text(
            decision=decision, language=account.language
        ),
        before_start=before_start,
        support=support_resources(decision.standard_id, account.language),
        appeal_url=appeal_url,
        replaces=replaces,
    )
    statement = StatementOfReasons.objects.create(
        decision=decision,
        account=account,
        language=notice.language,
        recipients=account.notice_recipients,
        subject=notice.subject,
        body=notice.body,
        # intake.models.AUTOMATED_CHANNELS (enforcement may not import intake).
        automated_detection=case.reports.filter(
            channel__in=["ai_scan", "at_risk_scan"]
        ).exists(),
        automated_decision=not decision.made_by_person,
        facts=decision.rationale,
        created_at=now,
    )
    record_audit_event(
        actor=None,
        source=f"decision:{decision.pk}",
        verb="enforcement.statement_sent",
        target=statement,
        data={"recipients": statement.recipients, "before_start": before_start},
    )
    return statement

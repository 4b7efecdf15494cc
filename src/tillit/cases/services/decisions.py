"""Decisions on a case: made by its holder, approved by a second person when
they suspend or terminate, then in force: enforced, learnt from and told
(S7, S14–S16; the two-person rule)."""

import statistics
from datetime import datetime

from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from tillit.core.audit import record_audit_event
from tillit.core.errors import InvalidInput
from tillit.core.roles import can_approve_high_impact
from tillit.enforcement.actions import is_high_impact, normalise_actions
from tillit.enforcement.services import enforce_decision
from tillit.intake.links import status_url
from tillit.notices.reporters import send_outcome
from tillit.policy.models import Standard
from tillit.policy.positions import support_resources
from tillit.policy.selectors import get_applied_standard_text, get_version_in_force

from ..errors import (
    AppealDecidedByVote,
    ApproverTierTooLow,
    CaseAlreadyDecided,
    DecisionNotPending,
    OutsideYourTier,
    SelfApproval,
)
from ..links import appeal_url
from ..models import Case, Decision
from ..permissions import can_approve_decision, can_decide_case
from .locking import lock_case, lock_reporters, require_holder, require_tier

MAX_RATIONALE = 5000


@transaction.atomic(durable=True)
def decide_case(
    *,
    case_id: int,
    reviewer,
    outcome: str,
    standard: str,
    actions: list,
    rationale: str,
    now: datetime | None = None,
) -> Decision:
    """Record the reviewer's decision on the case they hold (S7, S16).

    A suspension or termination waits for a second approver; anything else
    is in force at once and enforced.
    """
    now = now or timezone.now()
    standard_row, actions = _check_decision(outcome, standard, actions, rationale)
    case = lock_case(case_id)
    require_tier(reviewer, case)
    if not can_decide_case(reviewer, case):
        raise AppealDecidedByVote()
    require_holder(reviewer, case, now)
    pending = is_high_impact(actions)
    decision = _record_decision(
        case=case,
        reviewer=reviewer,
        outcome=outcome,
        standard=standard_row,
        actions=actions,
        rationale=rationale.strip(),
        pending=pending,
        now=now,
    )
    audit = {"case": case.pk, "outcome": outcome, "standard": standard}
    record_audit_event(
        actor=reviewer,
        verb="decision.made",
        target=decision,
        data={**audit, "actions": actions, "pending_approval": pending},
    )
    if pending:
        case.state, case.lease_expires_at = Case.State.PENDING_APPROVAL, None
        case.save(update_fields=["state", "lease_expires_at"])
    else:
        _put_in_force(decision=decision, case=case, now=now)
    return decision


def _record_decision(
    *, case: Case, reviewer, outcome, standard, actions, rationale, pending, now
) -> Decision:
    """Insert the case's next round; a second decision on the same round (a
    double click, a retry) is CaseAlreadyDecided (STYLE R10)."""
    try:
        with transaction.atomic():
            return Decision.objects.create(
                case=case,
                round=case.decisions.count() + 1,
                outcome=outcome,
                standard=standard,
                actions=actions,
                rationale=rationale,
                context=case.context,
                tier=case.tier,
                decided_by=reviewer,
                decided_at=now,
                policy_version=get_version_in_force(now=now),
                case_text="\n\n".join(
                    case.reports.order_by("created_at").values_list(
                        "description", flat=True
                    )
                )[:4000],
                action_types_text=action_types_text(actions),
                status=(
                    Decision.Status.PENDING_APPROVAL
                    if pending
                    else Decision.Status.IN_FORCE
                ),
            )
    except IntegrityError as exc:
        raise CaseAlreadyDecided() from exc


def _check_decision(outcome: str, standard: str, actions: list, rationale: str):
    """Return the standard's row and the normalised actions; raise
    InvalidInput naming each field that is wrong."""
    errors = {}
    if outcome not in Decision.Outcome.values:
        errors["outcome"] = [_("Choose violation or no violation.")]
    standard_row = Standard.objects.filter(slug=standard).first()
    if standard_row is None:
        errors["standard"] = [_("Choose a standard of the guidelines.")]
    try:
        actions = normalise_actions(actions)
    except ValueError as exc:
        errors["actions"] = [str(exc)]
        actions = []
    if outcome == Decision.Outcome.NO_VIOLATION and any(
        a["type"] != "none" for a in actions
    ):
        errors["actions"] = [_("No violation means no action.")]
    if not (rationale or "").strip():
        errors["rationale"] = [_("Write the rationale: it is kept in the register.")]
    elif len(rationale.strip()) > MAX_RATIONALE:
        errors["rationale"] = [_("Keep the rationale under 5,000 characters.")]
    if errors:
        raise InvalidInput(fields=errors)
    return standard_row, actions


def action_types_text(actions: list) -> str:
    """The register searches action types in this one column: ",suspend,"."""
    return ",".join(["", *[a["type"] for a in actions], ""])


@transaction.atomic(durable=True)
def approve_decision(
    *, decision_id: int, approver, note: str = "", now: datetime | None = None
) -> Decision:
    """Second approval of a suspension or termination: it comes into force."""
    now = now or timezone.now()
    decision = _lock_pending(decision_id, approver)
    case = lock_case(decision.case_id)
    decision.status = Decision.Status.IN_FORCE
    decision.approved_by, decision.approved_at = approver, now
    decision.approval_note = note
    decision.save(
        update_fields=["status", "approved_by", "approved_at", "approval_note"]
    )
    record_audit_event(
        actor=approver, verb="decision.approved", target=decision, data={"note": note}
    )
    _put_in_force(decision=decision, case=case, now=now)
    return decision


@transaction.atomic(durable=True)
def reject_decision(
    *, decision_id: int, approver, note: str, now: datetime | None = None
) -> Decision:
    """The second approver disagrees: the case returns to its queue for a new
    round; the rejected decision stays in the register."""
    now = now or timezone.now()
    if not (note or "").strip():
        raise InvalidInput(fields={"note": [_("Say why you do not approve.")]})
    decision = _lock_pending(decision_id, approver)
    case = lock_case(decision.case_id)
    decision.status = Decision.Status.REJECTED
    decision.approved_by, decision.approved_at = approver, now
    decision.approval_note = note.strip()
    decision.save(
        update_fields=["status", "approved_by", "approved_at", "approval_note"]
    )
    case.mark_open()
    case.save(update_fields=["state", "assignee", "lease_expires_at", "waiting_until"])
    record_audit_event(
        actor=approver, verb="decision.rejected", target=decision, data={"note": note}
    )
    return decision


def _lock_pending(decision_id: int, approver) -> Decision:
    decision = (
        Decision.objects.select_for_update(of=("self",), no_key=True)
        .select_related("case")
        .filter(pk=decision_id)
        .first()
    )
    if decision is None or decision.status != Decision.Status.PENDING_APPROVAL:
        raise DecisionNotPending()
    if decision.decided_by_id == approver.pk:
        raise SelfApproval()
    if not can_approve_high_impact(approver):
        raise ApproverTierTooLow()
    # A tier II lead may not approve on a tier III case they cannot open (#10).
    if not can_approve_decision(approver, decision):
        raise OutsideYourTier()
    return decision


def _put_in_force(*, decision: Decision, case: Case, now: datetime) -> None:
    """Close the case, learn from the decision, enforce it and tell people."""
    case.state, case.decided_at = Case.State.DECIDED, now
    case.assignee_id = case.assignee_id or decision.decided_by_id
    case.lease_expires_at = None
    case.save(update_fields=["state", "decided_at", "assignee", "lease_expires_at"])
    _learn_from(decision=decision, case=case, now=now)
    account = case.account
    enforce_decision(
        decision=decision,
        now=now,
        appeal_url=appeal_url(decision, appellant="owner", email=account.owner_email)
        if account is not None
        else None,
    )
    tell_reporters_the_outcome(case=case, decision=decision)


def _learn_from(*, decision: Decision, case: Case, now: datetime) -> None:
    """Update the reporters' records and the standard's median review time."""
    upheld = decision.outcome == Decision.Outcome.VIOLATION
    field = "upheld_count" if upheld else "not_upheld_count"
    for reporter in lock_reporters(case):
        setattr(reporter, field, getattr(reporter, field) + 1)
        reporter.save(update_fields=[field])
    recent = (
        Case.objects.filter(standard=decision.standard, decided_at__isnull=False)
        .order_by("-decided_at")
        .values_list("opened_at", "decided_at")[:200]
    )
    durations = [(d - o).total_seconds() for o, d in recent if d and o]
    if durations:
        # Whole minutes, written only when they change: every decision on a
        # standard would otherwise lock its row until commit, so decisions on
        # one standard queued behind each other (a row nothing else locks for
        # long, but the last step of every decision).
        minutes = max(round(statistics.median(durations) / 60), 1)
        Standard.objects.filter(pk=decision.standard_id).exclude(
            median_review_seconds=minutes * 60
        ).update(median_review_seconds=minutes * 60)


def tell_reporters_the_outcome(*, case: Case, decision: Decision) -> None:
    """Tell every reporter of the case how it ended (S6), once per address. An
    address whose report was not acknowledged (past its daily share) is not
    mailed now either: its reporter follows the status page."""
    seen = set()
    acknowledged = case.reports.exclude(reporter_email="").filter(
        acknowledged_at__isnull=False
    )
    for report in acknowledged.order_by("created_at"):
        if report.reporter_email in seen:
            continue
        seen.add(report.reporter_email)
        send_outcome(
            report=report,
            decision=decision,
            standard_title=get_applied_standard_text(
                decision=decision, language=report.language
            )["title"],
            status_url=status_url(report),
            # A reporter may appeal a "no violation" outcome (S17).
            appeal_url=appeal_url(
                decision, appellant="reporter", email=report.reporter_email
            )
            if decision.outcome == Decision.Outcome.NO_VIOLATION
            else "",
            support=support_resources(decision.standard_id, report.language),
        )
    record_audit_event(
        actor=None,
        source=f"decision:{decision.pk}",
        verb="report.outcome_told",
        target=case,
        data={"emails": len(seen)},
    )

"""Cases: queues, claims, escalation, questions and decisions (S7–S16)."""

import statistics
from datetime import datetime, timedelta

from django.conf import settings
from django.db import IntegrityError, connection, models, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from tillit.core.audit import record_audit_event
from tillit.core.errors import InvalidInput, ServiceBusy
from tillit.core.roles import can_approve_high_impact, can_review_tier
from tillit.enforcement.actions import is_high_impact, normalise_actions
from tillit.intake.models import Report
from tillit.policy.models import Severity, Standard
from tillit.policy.selectors import get_version_in_force

from . import priority as prio
from .errors import (
    AppealDecidedByVote,
    ApproverTierTooLow,
    CaseAlreadyDecided,
    CaseNotClaimable,
    CaseNotFound,
    DecisionNotInForce,
    DecisionNotPending,
    InfoRequestClosed,
    NotCaseHolder,
    OutsideYourTier,
    SelfApproval,
    TierForbidden,
    TopTier,
)
from .models import Case, CaseNote, Decision, InfoRequest
from .permissions import (
    can_approve_decision,
    can_decide_case,
    can_reassign_case,
    can_request_information,
    can_work_case,
)
from .selectors import filter_queue, list_reporter_weights

SEVERITY_RANK = {s: i for i, s in enumerate(Severity.values)}  # critical first
MAX_TIER = 4
# Each attempt either joins the open case, opens one, or meets one that another
# report opened and committed meanwhile; only a case decided in that instant
# needs another.
OPEN_CASE_ATTEMPTS = 3
MAX_RATIONALE = 5000


def _lease(now: datetime) -> datetime:
    return now + timedelta(minutes=settings.TILLIT["CLAIM_LEASE_MINUTES"])


def _locking_cases():
    """Return a queryset that locks case rows and joins nothing.

    Under READ COMMITTED, PostgreSQL re-checks a locked row that another
    transaction changed against the join rows it read before waiting: once a
    graver report has changed the case's standard, a `select_related("standard")`
    lock finds no row at all (issue #10). The standard loads after the lock.
    """
    return Case.objects.select_for_update(no_key=True)


def _lock_case(case_id: int) -> Case:
    case = _locking_cases().filter(pk=case_id).first()
    if case is None:
        raise CaseNotFound()
    return case


def _require_tier(user, case: Case) -> None:
    """Raise TierForbidden unless the user reviews the case's tier (#10)."""
    if not can_work_case(user, case):
        raise TierForbidden()


def _require_holder(user, case: Case, now: datetime) -> None:
    if case.state == Case.State.DECIDED:
        raise CaseAlreadyDecided()
    if case.state != Case.State.CLAIMED or case.assignee_id != user.pk:
        raise NotCaseHolder()
    if case.lease_expires_at < now:
        raise NotCaseHolder(_("Your claim on this case lapsed. Claim it again."))


# --- Intake joins reports to cases -------------------------------------------


def open_or_join_case(
    *,
    target_type: str,
    target_id: str,
    standard: Standard,
    account,
    meeting,
    event,
    reporter,
    detection_confidence: float | None,
    now: datetime,
) -> Case:
    """Return the target's open case, locked, opening one if there is none.

    Called by intake inside its transaction; `refresh_case` follows once the
    report row exists.
    """
    open_cases = _locking_cases().filter(target_type=target_type, target_id=target_id)
    for _attempt in range(OPEN_CASE_ATTEMPTS):
        case = open_cases.exclude(state=Case.State.DECIDED).first()
        if case is not None:
            break
        when = meeting or event
        try:
            with transaction.atomic():
                case = Case.objects.create(
                    target_type=target_type,
                    target_id=target_id,
                    account=account,
                    meeting=meeting,
                    event=event,
                    standard=standard,
                    context=_context_of(meeting, event),
                    tier=standard.entry_tier,
                    due_at=now,
                    starts_at=when.starts_at if when else None,
                    ends_at=when.ends_at if when else None,
                    opened_at=now,
                )
        except IntegrityError:
            # Another report about the same target opened it a moment ago and
            # has committed (the insert waited for it): join that case.
            continue
        record_audit_event(
            actor=None,
            source="intake",
            verb="case.opened",
            target=case,
            data={"target": f"{target_type}:{target_id}", "standard": standard.slug},
        )
        break
    else:
        raise ServiceBusy()
    if case.standard_id == standard.pk:
        case.standard = standard  # spares the query in the common case
    if SEVERITY_RANK[standard.severity] < SEVERITY_RANK[case.standard.severity]:
        case.standard = standard
    if detection_confidence is not None:
        case.detection_confidence = max(
            case.detection_confidence or 0, detection_confidence
        )
    return case


def _context_of(meeting, event) -> str:
    if meeting is not None:
        return meeting.context
    if event is not None:
        return "public_event"
    return "other"


def refresh_case(*, case: Case, now: datetime) -> Case:
    """Recount the case's reports and reporters and recompute its priority and
    entry tier. Call with the case locked."""
    weights = list_reporter_weights(case=case)
    case.report_count = Report.objects.filter(case=case).count()
    case.reporter_count = len(weights)
    result = prio.compute_priority(
        prio.PriorityInput(
            severity=case.standard.severity,
            now=now,
            starts_at=case.starts_at,
            ends_at=case.ends_at,
            median_review=timedelta(seconds=case.standard.median_review_seconds),
            reporter_weights=weights,
            detection_confidence=case.detection_confidence,
            opened_at=case.opened_at,
            imminent_risk=case.imminent_risk,
        )
    )
    case.priority, case.lane, case.due_at = result.score, result.lane, result.due_at
    case.priority_reasons = [
        {"code": r.code, "points": r.points, "detail": r.detail} for r in result.reasons
    ]
    fields = [
        "standard",
        "imminent_risk",
        "detection_confidence",
        "report_count",
        "reporter_count",
        "priority",
        "lane",
        "due_at",
        "priority_reasons",
    ]
    if case.state == Case.State.OPEN:
        tier, rules = prio.entry_tier(
            standard_tier=case.standard.entry_tier,
            severity=case.standard.severity,
            lane=result.lane,
            context=case.context,
            reporters=case.reporter_count,
        )
        if tier > case.tier:
            record_audit_event(
                actor=None,
                source="rule:" + ",".join(rules or ["standard_entry_tier"]),
                verb="case.escalated",
                target=case,
                data={"from": case.tier, "to": tier, "rules": rules},
            )
            case.tier, case.tier_rules = tier, rules
            fields += ["tier", "tier_rules"]
    case.save(update_fields=fields)
    return case


def reprioritise_open_cases(*, now: datetime | None = None, batch: int = 500) -> int:
    """Recompute the priority of open cases whose urgency has changed with
    time: meetings that now start soon or are in progress, and expedited or
    live cases whose meeting has ended. Return how many were updated."""
    now = now or timezone.now()
    window = now + prio.EXPEDITE_WINDOW
    stale = (
        Case.objects.filter(state=Case.State.OPEN)
        .filter(
            models.Q(lane=Case.Lane.NORMAL, starts_at__lte=window, ends_at__gt=now)
            | models.Q(lane=Case.Lane.EXPEDITED, starts_at__lte=now)
            | models.Q(lane=Case.Lane.LIVE, ends_at__lte=now)
        )
        .values_list("pk", flat=True)[:batch]
    )
    updated = 0
    for pk in list(stale):
        with transaction.atomic():
            case = _locking_cases().filter(pk=pk, state=Case.State.OPEN).first()
            if case is None:
                continue
            before = case.lane
            refresh_case(case=case, now=now)
            if case.lane != before:
                record_audit_event(
                    actor=None,
                    source="rule:urgency",
                    verb="case.reprioritised",
                    target=case,
                    data={"from": before, "to": case.lane, "priority": case.priority},
                )
            updated += 1
    return updated


# --- Claims ------------------------------------------------------------------


def _return_lapsed(now: datetime) -> None:
    """Put lapsed claims and unanswered questions past their deadline back in
    the queue, a few at a time, skipping rows another claimer holds."""
    lapsed = Case.objects.filter(
        state=Case.State.CLAIMED, lease_expires_at__lt=now
    ) | Case.objects.filter(state=Case.State.WAITING, waiting_until__lt=now)
    if connection.features.has_select_for_update_skip_locked:
        lapsed = lapsed.select_for_update(skip_locked=True, no_key=True)
    for case in lapsed.order_by("pk")[:20]:
        verb = (
            "case.lease_lapsed"
            if case.state == Case.State.CLAIMED
            else "case.wait_expired"
        )
        data = {"assignee": case.assignee_id}
        case.mark_open()
        case.save(
            update_fields=["state", "assignee", "lease_expires_at", "waiting_until"]
        )
        record_audit_event(
            actor=None, source="rule:lease", verb=verb, target=case, data=data
        )


@transaction.atomic(durable=True)
def claim_next_case(
    *,
    reviewer,
    tier: int,
    filters: dict | None = None,
    now: datetime | None = None,
) -> Case | None:
    """Claim the first case of the tier's queue for the reviewer, with a lease.

    Two reviewers never get the same case: PostgreSQL skips rows another
    claimer has locked; SQLite's IMMEDIATE transactions run claims one at a
    time. Return None when the queue is empty.
    """
    now = now or timezone.now()
    if not can_review_tier(reviewer, tier):
        raise TierForbidden()
    _return_lapsed(now)
    queue = filter_queue(
        Case.objects.filter(tier=tier, state=Case.State.OPEN), filters or {}
    ).order_by("-priority", "due_at", "pk")
    if connection.features.has_select_for_update_skip_locked:
        queue = queue.select_for_update(skip_locked=True, no_key=True)
    case = queue.first()
    if case is None:
        return None
    case.mark_claimed(by=reviewer, until=_lease(now))
    case.save(update_fields=["state", "assignee", "lease_expires_at"])
    record_audit_event(
        actor=reviewer,
        verb="case.claimed",
        target=case,
        data={"tier": tier, "next": True},
    )
    return case


@transaction.atomic(durable=True)
def claim_case(*, case_id: int, reviewer, now: datetime | None = None) -> Case:
    """Claim one case by id, or renew the reviewer's own claim on it."""
    now = now or timezone.now()
    case = _lock_case(case_id)
    _require_tier(reviewer, case)
    mine = case.state == Case.State.CLAIMED and case.assignee_id == reviewer.pk
    lapsed = case.state == Case.State.CLAIMED and case.lease_expires_at < now
    if not (mine or lapsed or case.state == Case.State.OPEN):
        if case.state == Case.State.DECIDED:
            raise CaseAlreadyDecided()
        raise CaseNotClaimable()
    case.mark_claimed(by=reviewer, until=_lease(now))
    case.save(update_fields=["state", "assignee", "lease_expires_at"])
    record_audit_event(
        actor=reviewer,
        verb="case.claim_renewed" if mine else "case.claimed",
        target=case,
        data={"tier": case.tier},
    )
    return case


@transaction.atomic(durable=True)
def release_case(*, case_id: int, reviewer, now: datetime | None = None) -> Case:
    """Give the case back to its queue."""
    now = now or timezone.now()
    case = _lock_case(case_id)
    _require_tier(reviewer, case)
    _require_holder(reviewer, case, now)
    case.mark_open()
    case.save(update_fields=["state", "assignee", "lease_expires_at", "waiting_until"])
    record_audit_event(actor=reviewer, verb="case.released", target=case)
    return case


@transaction.atomic(durable=True)
def reassign_case(*, case_id: int, actor, to, now: datetime | None = None) -> Case:
    """Hand a case to another reviewer of its tier (a lead's action: tier II+)."""
    now = now or timezone.now()
    case = _lock_case(case_id)
    _require_tier(actor, case)
    if not can_reassign_case(actor, case):
        raise ApproverTierTooLow(_("Reassigning cases is for tier II and above."))
    if case.state in (Case.State.DECIDED, Case.State.PENDING_APPROVAL):
        raise CaseNotClaimable()
    if not can_work_case(to, case):
        raise InvalidInput(fields={"to": [_("This person does not review this tier.")]})
    before = case.assignee_id
    case.mark_claimed(by=to, until=_lease(now))
    case.save(update_fields=["state", "assignee", "lease_expires_at", "waiting_until"])
    record_audit_event(
        actor=actor,
        verb="case.reassigned",
        target=case,
        data={"from": before, "to": to.pk},
    )
    return case


@transaction.atomic(durable=True)
def escalate_case(
    *, case_id: int, actor, reason: str, now: datetime | None = None
) -> Case:
    """Move a difficult or ambiguous case up one tier, back into a queue (S8)."""
    now = now or timezone.now()
    reason = (reason or "").strip()
    if not reason:
        raise InvalidInput(fields={"reason": [_("Say why the case goes up a tier.")]})
    case = _lock_case(case_id)
    _require_tier(actor, case)
    _require_holder(actor, case, now)
    if case.tier >= MAX_TIER:
        raise TopTier()
    before = case.tier
    case.tier += 1
    case.mark_open()
    case.save(
        update_fields=["tier", "state", "assignee", "lease_expires_at", "waiting_until"]
    )
    record_audit_event(
        actor=actor,
        verb="case.escalated",
        target=case,
        data={"from": before, "to": case.tier, "reason": reason},
    )
    return case


# --- Questions ---------------------------------------------------------------


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
    from tillit.intake.services import send_information_request

    now = now or timezone.now()
    question = (question or "").strip()
    errors = {}
    if not question:
        errors["question"] = [_("Write the question.")]
    if not now + timedelta(hours=1) <= deadline <= now + timedelta(days=30):
        errors["deadline"] = [
            _("Give a deadline between one hour and 30 days from now.")
        ]
    if recipient not in InfoRequest.Recipient.values:
        errors["recipient"] = [_("Ask the reporter or the host.")]
    case = _lock_case(case_id)
    _require_tier(actor, case)
    if not can_request_information(actor, case):
        raise AppealDecidedByVote()
    _require_holder(actor, case, now)
    report, email = None, ""
    if recipient == InfoRequest.Recipient.REPORTER and not errors:
        reports = case.reports.all()
        if report_id is not None:
            reports = reports.filter(pk=report_id)
        report = reports.order_by("-created_at").first()
        if report is None:
            errors["report"] = [_("This case has no such report.")]
        else:
            email = report.reporter_email
    elif recipient == InfoRequest.Recipient.HOST and not errors:
        email = case.meeting.host_email if case.meeting else ""
        if not email and case.account:
            email = case.account.owner_email
        if not email:
            errors["recipient"] = [_("The platform has not told us who hosts this.")]
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
    send_information_request(info=info)
    return info


@transaction.atomic(durable=True)
def answer_information_request(
    *, request_id: int, answer: str, source: str, now: datetime | None = None
) -> InfoRequest:
    """Record the answer and put the case back in its queue."""
    now = now or timezone.now()
    answer = (answer or "").strip()
    if not answer:
        raise InvalidInput(fields={"answer": [_("Write your answer.")]})
    if len(answer) > 10_000:
        raise InvalidInput(
            fields={"answer": [_("Keep the answer under 10,000 characters.")]}
        )
    info = (
        InfoRequest.objects.select_for_update(no_key=True).filter(pk=request_id).first()
    )
    if info is None or info.answered_at is not None:
        raise InfoRequestClosed()
    case = _lock_case(info.case_id)
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


# --- Decisions ---------------------------------------------------------------


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
    case = _lock_case(case_id)
    _require_tier(reviewer, case)
    if not can_decide_case(reviewer, case):
        raise AppealDecidedByVote()
    _require_holder(reviewer, case, now)
    pending = is_high_impact(actions)
    try:
        with transaction.atomic():
            decision = Decision.objects.create(
                case=case,
                round=case.decisions.count() + 1,
                outcome=outcome,
                standard=standard_row,
                actions=actions,
                rationale=rationale.strip(),
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
                action_types_text=",".join(["", *[a["type"] for a in actions], ""]),
                status=(
                    Decision.Status.PENDING_APPROVAL
                    if pending
                    else Decision.Status.IN_FORCE
                ),
            )
    except IntegrityError as exc:
        raise CaseAlreadyDecided() from exc
    record_audit_event(
        actor=reviewer,
        verb="decision.made",
        target=decision,
        data={
            "case": case.pk,
            "outcome": outcome,
            "standard": standard,
            "actions": actions,
            "pending_approval": pending,
        },
    )
    if pending:
        case.state, case.lease_expires_at = Case.State.PENDING_APPROVAL, None
        case.save(update_fields=["state", "lease_expires_at"])
    else:
        _put_in_force(decision=decision, case=case, now=now)
    return decision


@transaction.atomic(durable=True)
def approve_decision(
    *, decision_id: int, approver, note: str = "", now: datetime | None = None
) -> Decision:
    """Second approval of a suspension or termination: it comes into force."""
    now = now or timezone.now()
    decision = _lock_pending(decision_id, approver)
    case = _lock_case(decision.case_id)
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
    case = _lock_case(decision.case_id)
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
    from tillit.enforcement.services import enforce_decision
    from tillit.intake.services import notify_reporters_of_outcome

    case.state, case.decided_at = Case.State.DECIDED, now
    case.assignee_id = case.assignee_id or decision.decided_by_id
    case.lease_expires_at = None
    case.save(update_fields=["state", "decided_at", "assignee", "lease_expires_at"])
    _learn_from(decision=decision, case=case, now=now)
    enforce_decision(decision=decision, now=now)
    notify_reporters_of_outcome(case=case, decision=decision)


def _learn_from(*, decision: Decision, case: Case, now: datetime) -> None:
    """Update the reporters' records and the standard's median review time."""
    from tillit.intake.models import Reporter

    upheld = decision.outcome == Decision.Outcome.VIOLATION
    reporter_ids = Report.objects.filter(case=case, reporter__isnull=False).values(
        "reporter_id"
    )
    field = "upheld_count" if upheld else "not_upheld_count"
    for reporter in Reporter.objects.filter(pk__in=reporter_ids).select_for_update(
        no_key=True
    ):
        setattr(reporter, field, getattr(reporter, field) + 1)
        reporter.save(update_fields=[field])
    recent = (
        Case.objects.filter(standard=decision.standard, decided_at__isnull=False)
        .order_by("-decided_at")
        .values_list("opened_at", "decided_at")[:200]
    )
    durations = [(d - o).total_seconds() for o, d in recent if d and o]
    if durations:
        median = int(statistics.median(durations))
        Standard.objects.filter(pk=decision.standard_id).update(
            median_review_seconds=max(median, 60)
        )


# --- Appeal outcomes (#10) ----------------------------------------------------


def _lock_in_force(decision_id: int) -> Decision:
    decision = (
        Decision.objects.select_for_update(of=("self",), no_key=True)
        .select_related("case", "standard", "policy_version")
        .filter(pk=decision_id)
        .first()
    )
    if decision is None or decision.status != Decision.Status.IN_FORCE:
        raise DecisionNotInForce()
    return decision


def overturn_decision(*, decision_id: int, appeal_id: int, now: datetime) -> Decision:
    """The appeals panel overturned the decision: it leaves force (no longer a
    strike), its actions are lifted, the reporters' records are corrected, and
    an overturned "no violation" sends the case back to its queue for a new
    decision. Called inside the appeal's transaction."""
    from tillit.enforcement.services import lift_actions

    decision = _lock_in_force(decision_id)
    source = f"appeal:{appeal_id}"
    decision.mark_overturned()
    decision.save(update_fields=["status"])
    record_audit_event(
        actor=None,
        source=source,
        verb="decision.overturned",
        target=decision,
        data={"appeal": appeal_id},
    )
    lift_actions(decision=decision, now=now, reason={"appeal_id": appeal_id})
    if decision.outcome == Decision.Outcome.VIOLATION:
        _correct_reporter_records(
            case=decision.case,
            remove=Decision.Outcome.VIOLATION,
            add=Decision.Outcome.NO_VIOLATION,
        )
    else:
        # The new round's decision updates the records when it is made.
        _correct_reporter_records(
            case=decision.case, remove=Decision.Outcome.NO_VIOLATION, add=None
        )
        _reopen_for_new_round(case_id=decision.case_id, source=source, now=now)
    return decision


def replace_decision(
    *, decision_id: int, appeal_id: int, actions: list, rationale: str, now: datetime
) -> Decision:
    """The appeals panel modified the decision: a new round on the same case,
    made by the panel, in force at once with the modified actions, replaces it
    (the original is marked superseded and no longer counts as a strike).
    Called inside the appeal's transaction."""
    from tillit.enforcement.services import enforce_decision

    original = _lock_in_force(decision_id)
    case = _lock_case(original.case_id)
    actions = normalise_actions(actions)
    original.mark_superseded()
    original.save(update_fields=["status"])
    source = f"appeal:{appeal_id}"
    record_audit_event(
        actor=None,
        source=source,
        verb="decision.superseded",
        target=original,
        data={"appeal": appeal_id, "actions": actions},
    )
    decision = Decision.objects.create(
        case=case,
        round=case.decisions.count() + 1,
        outcome=Decision.Outcome.VIOLATION,
        standard=original.standard,
        # The panel judges the conduct against the rules that applied to it.
        policy_version=original.policy_version,
        actions=actions,
        rationale=rationale,
        context=original.context,
        tier=MAX_TIER,
        decided_by=None,
        source=source,
        decided_at=now,
        status=Decision.Status.IN_FORCE,
        supersedes=original,
        case_text=original.case_text,
        action_types_text=",".join(["", *[a["type"] for a in actions], ""]),
    )
    record_audit_event(
        actor=None,
        source=source,
        verb="decision.made",
        target=decision,
        data={"case": case.pk, "supersedes": original.pk, "actions": actions},
    )
    if original.outcome != decision.outcome:
        _correct_reporter_records(
            case=case, remove=original.outcome, add=decision.outcome
        )
    enforce_decision(decision=decision, now=now, replaces=original)
    return decision


def _correct_reporter_records(*, case: Case, remove: str | None, add: str | None):
    """Take back what `_learn_from` counted for an outcome, and count another."""
    from tillit.intake.models import Reporter

    field = {
        Decision.Outcome.VIOLATION: "upheld_count",
        Decision.Outcome.NO_VIOLATION: "not_upheld_count",
    }
    reporter_ids = Report.objects.filter(case=case, reporter__isnull=False).values(
        "reporter_id"
    )
    for reporter in Reporter.objects.filter(pk__in=reporter_ids).select_for_update(
        no_key=True
    ):
        changed = []
        if remove is not None:
            name = field[remove]
            setattr(reporter, name, max(getattr(reporter, name) - 1, 0))
            changed.append(name)
        if add is not None:
            name = field[add]
            setattr(reporter, name, getattr(reporter, name) + 1)
            changed.append(name)
        reporter.save(update_fields=changed)


def _reopen_for_new_round(*, case_id: int, source: str, now: datetime) -> None:
    case = _lock_case(case_id)
    try:
        with transaction.atomic():
            case.mark_open()
            case.decided_at, case.due_at = None, now
            case.save(
                update_fields=[
                    "state",
                    "assignee",
                    "lease_expires_at",
                    "waiting_until",
                    "decided_at",
                    "due_at",
                ]
            )
    except IntegrityError:
        # The target already has an open case, which the new decision comes from.
        record_audit_event(
            actor=None,
            source=source,
            verb="case.reopen_skipped",
            target=case,
            data={"reason": "the target has an open case"},
        )
        return
    record_audit_event(actor=None, source=source, verb="case.reopened", target=case)


# --- Notes -------------------------------------------------------------------


@transaction.atomic(durable=True)
def add_case_note(*, case_id: int, author, body: str) -> CaseNote:
    """Add an internal note; any reviewer of the case's tier may write one."""
    body = (body or "").strip()
    if not body:
        raise InvalidInput(fields={"body": [_("Write the note.")]})
    if len(body) > 5000:
        raise InvalidInput(fields={"body": [_("Keep a note under 5,000 characters.")]})
    case = _lock_case(case_id)
    _require_tier(author, case)
    note = CaseNote.objects.create(case=case, author=author, body=body)
    record_audit_event(
        actor=author, verb="case.note_added", target=case, data={"note": note.pk}
    )
    return note


# --- Appeals reach the panel's queue (tier IV) ---------------------------------------


def open_appeal_case(*, decision: Decision, now: datetime) -> Case:
    """Put an appeal in the tier IV queue as a case about the decision, so the
    panel claims it like any case. Called inside the appeal's transaction."""
    original = decision.case
    case = Case.objects.create(
        target_type="decision",
        target_id=str(decision.pk),
        account=original.account,
        meeting=original.meeting,
        event=original.event,
        standard=decision.standard,
        context=decision.context,
        tier=MAX_TIER,
        due_at=now,
        opened_at=now,
    )
    refresh_case(case=case, now=now)
    record_audit_event(
        actor=None,
        source="appeal",
        verb="case.opened",
        target=case,
        data={"appeal_of_decision": decision.pk},
    )
    return case


def close_appeal_case(*, decision: Decision, now: datetime) -> None:
    case = (
        Case.objects.select_for_update(no_key=True)
        .filter(target_type="decision", target_id=str(decision.pk))
        .exclude(state=Case.State.DECIDED)
        .first()
    )
    if case is None:
        return
    case.state, case.decided_at, case.lease_expires_at = Case.State.DECIDED, now, None
    case.save(update_fields=["state", "decided_at", "lease_expires_at"])
    record_audit_event(actor=None, source="appeal", verb="case.closed", target=case)

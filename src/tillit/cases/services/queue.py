"""Cases in their queues: joined by reports, ranked by priority, escalated by
the entry-tier rules and re-ranked as meetings come closer (S7–S10)."""

from datetime import datetime, timedelta

from django.db import IntegrityError, models, transaction
from django.utils import timezone

from tillit.core.audit import record_audit_event
from tillit.core.errors import ServiceBusy
from tillit.policy.models import Severity, Standard

from .. import priority as prio
from ..models import Case
from ..selectors import count_reports_and_reporters
from .locking import locking_cases

SEVERITY_RANK = {s: i for i, s in enumerate(Severity.values)}  # critical first
# Each attempt either joins the open case, opens one, or meets one that another
# report opened and committed meanwhile; only a case decided in that instant
# needs another.
OPEN_CASE_ATTEMPTS = 3


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
    open_cases = locking_cases().filter(target_type=target_type, target_id=target_id)
    for _attempt in range(OPEN_CASE_ATTEMPTS):
        case = open_cases.exclude(state=Case.State.DECIDED).first()
        if case is not None:
            break
        case = _open_case(
            target_type=target_type,
            target_id=target_id,
            standard=standard,
            account=account,
            meeting=meeting,
            event=event,
            now=now,
        )
        if case is not None:
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


def _open_case(
    *, target_type, target_id, standard, account, meeting, event, now
) -> Case | None:
    """Open the target's case; None if another report opened it a moment ago
    and has committed (the insert waited for it), so the caller joins that."""
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
        return None
    record_audit_event(
        actor=None,
        source="intake",
        verb="case.opened",
        target=case,
        data={"target": f"{target_type}:{target_id}", "standard": standard.slug},
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
    case.report_count, weights = count_reports_and_reporters(case=case)
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
    if case.state == Case.State.OPEN and _apply_entry_tier(case):
        fields += ["tier", "tier_rules"]
    case.save(update_fields=fields)
    return case


def _apply_entry_tier(case: Case) -> bool:
    """Raise an open case to the tier its rules now call for; return whether
    it moved (a case never moves down by itself)."""
    tier, rules = prio.entry_tier(
        standard_tier=case.standard.entry_tier,
        severity=case.standard.severity,
        lane=case.lane,
        context=case.context,
        reporters=case.reporter_count,
    )
    if tier <= case.tier:
        return False
    record_audit_event(
        actor=None,
        source="rule:" + ",".join(rules or ["standard_entry_tier"]),
        verb="case.escalated",
        target=case,
        data={"from": case.tier, "to": tier, "rules": rules},
    )
    case.tier, case.tier_rules = tier, rules
    return True


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
            case = locking_cases().filter(pk=pk, state=Case.State.OPEN).first()
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

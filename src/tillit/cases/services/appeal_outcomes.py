"""What the appeals panel's outcome does to a decision (#10): overturned,
its actions are lifted; modified, a panel decision replaces it. An appeal
also enters the tier IV queue as a case about the decision (S17, S18).
Called by `appeals` inside the appeal's transaction, which locks rows in the
order of docs/architecture.md ("Lock order"): the appeal and its seats, the
decision, its case, the appeal's own case, the reporters, the actions."""

from datetime import datetime

from django.db import IntegrityError, transaction

from tillit.core.audit import record_audit_event
from tillit.enforcement.actions import normalise_actions
from tillit.enforcement.services import enforce_decision, lift_actions

from ..errors import DecisionNotInForce
from ..models import Case, Decision
from .decisions import action_types_text
from .locking import MAX_TIER, lock_case, lock_reporters
from .queue import refresh_case


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


def lock_appealed_decision(decision_id: int) -> tuple[Decision, Case]:
    """Lock the decision in force, then its case: before the reporters, and
    before the appeal's own case, which is newer (cases go by id). Raise
    DecisionNotInForce."""
    decision = _lock_in_force(decision_id)
    return decision, lock_case(decision.case_id)


def overturn_decision(*, decision_id: int, appeal_id: int, now: datetime) -> Decision:
    """The appeals panel overturned the decision: it leaves force (no longer a
    strike), its actions are lifted, the reporters' records are corrected, and
    an overturned "no violation" sends the case back to its queue for a new
    decision. Called inside the appeal's transaction."""
    decision, case = lock_appealed_decision(decision_id)
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
    violation = decision.outcome == Decision.Outcome.VIOLATION
    # The reporters before the actions, in the lock order. After a "no
    # violation" the new round's decision counts for them when it is made.
    _correct_reporter_records(
        case=case,
        remove=decision.outcome,
        add=Decision.Outcome.NO_VIOLATION if violation else None,
    )
    lift_actions(decision=decision, now=now, reason={"appeal_id": appeal_id})
    if not violation:
        _reopen_for_new_round(case=case, source=source, now=now)
    return decision


def replace_decision(
    *, decision_id: int, appeal_id: int, actions: list, rationale: str, now: datetime
) -> Decision:
    """The appeals panel modified the decision: a new round on the same case,
    made by the panel, in force at once with the modified actions, replaces it
    (the original is marked superseded and no longer counts as a strike).
    Called inside the appeal's transaction."""
    original, case = lock_appealed_decision(decision_id)
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
    decision = _panel_decision(
        original=original,
        case=case,
        actions=actions,
        rationale=rationale,
        now=now,
        source=source,
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
    # The panel's decision is final: its statement offers no second appeal.
    enforce_decision(decision=decision, now=now, appeal_url=None, replaces=original)
    return decision


def _panel_decision(*, original, case, actions, rationale, source, now) -> Decision:
    """The panel's round on the case, in force at once, superseding `original`."""
    return Decision.objects.create(
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
        action_types_text=action_types_text(actions),
    )


def _correct_reporter_records(*, case: Case, remove: str | None, add: str | None):
    """Take back what `_learn_from` counted for an outcome, and count another."""
    field = {
        Decision.Outcome.VIOLATION: "upheld_count",
        Decision.Outcome.NO_VIOLATION: "not_upheld_count",
    }
    for reporter in lock_reporters(case):
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


def _reopen_for_new_round(*, case: Case, source: str, now: datetime) -> None:
    """Put the decided case, locked, back in its queue for a new round."""
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

"""Claims with a lease, release, reassignment and escalation (S8)."""

from datetime import datetime
from functools import lru_cache

from django.db import connection, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from tillit.core.audit import record_audit_event
from tillit.core.errors import InvalidInput
from tillit.core.roles import can_review_tier

from ..errors import (
    ApproverTierTooLow,
    CaseAlreadyDecided,
    CaseNotClaimable,
    TierForbidden,
    TopTier,
)
from ..models import Case
from ..permissions import can_reassign_case, can_work_case
from ..selectors import filter_queue
from .locking import MAX_TIER, lease_until, lock_case, require_holder, require_tier

LAPSED_BATCH = 200


def return_lapsed_claims(*, now: datetime | None = None) -> int:
    """Put lapsed claims and unanswered questions past their deadline back in
    their queues, in batches that skip rows another transaction holds; return
    how many. The worker runs it (`TILLIT["RECURRING_TASKS"]`), so a claim
    does not pay for the sweep (#12)."""
    now = now or timezone.now()
    returned = 0
    while True:
        with transaction.atomic(durable=True):
            batch = _return_lapsed_batch(now)
        returned += batch
        if batch < LAPSED_BATCH:
            return returned


def _return_lapsed_batch(now: datetime) -> int:
    lapsed = Case.objects.filter(
        state=Case.State.CLAIMED, lease_expires_at__lt=now
    ) | Case.objects.filter(state=Case.State.WAITING, waiting_until__lt=now)
    if connection.features.has_select_for_update_skip_locked:
        lapsed = lapsed.select_for_update(skip_locked=True, no_key=True)
    cases = list(lapsed.order_by("pk")[:LAPSED_BATCH])
    for case in cases:
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
    return len(cases)


@lru_cache(maxsize=256)
def _claim_statement(vendor: str, tier: int, filters: tuple) -> tuple[str, tuple]:
    """Return the UPDATE that claims the first case of one queue, and its
    parameters after the three SET values: compiled once per queue and
    process, since the ORM took longer to compile it than PostgreSQL to run it
    (#12). The subquery picks the row; on PostgreSQL it locks it and skips
    rows other claimers hold, and SQLite's IMMEDIATE transactions run claims
    one at a time."""
    queue = filter_queue(
        Case.objects.filter(tier=tier, state=Case.State.OPEN), dict(filters)
    ).order_by("-priority", "due_at", "pk")
    first = queue.values("pk")[:1]
    if connection.features.has_select_for_update_skip_locked:
        first = first.select_for_update(skip_locked=True, no_key=True)
    pick, params = first.query.get_compiler(connection=connection).as_sql()
    table = connection.ops.quote_name(Case._meta.db_table)
    sql = (
        f"UPDATE {table} SET state = %s, assignee_id = %s, lease_expires_at = %s "
        f"WHERE id = ({pick}) RETURNING *"
    )
    return sql, tuple(params)


@lru_cache(maxsize=8)
def _row_reader(columns: tuple[str, ...]) -> tuple[list[int], list]:
    """For a row of these case columns (the table's order, not the model's),
    return where each model field's value is and its converters, as Django's
    raw queries find them."""
    where = {column: i for i, column in enumerate(columns)}
    order, converters = [], []
    for field in Case._meta.concrete_fields:
        order.append(where[field.column])
        col = field.get_col(Case._meta.db_table)
        found = connection.ops.get_db_converters(col) + field.get_db_converters(
            connection
        )
        converters += [(len(order) - 1, convert, col) for convert in found]
    return order, converters


def _case_from_row(columns: tuple[str, ...], row: tuple) -> Case:
    """Build the case an UPDATE … RETURNING * gave back, without the raw
    query's per-call setup (a claim's hot path, #12)."""
    order, converters = _row_reader(columns)
    values = [row[i] for i in order]
    for i, convert, col in converters:
        values[i] = convert(values[i], col, connection)
    return Case.from_db(
        connection.alias, [f.attname for f in Case._meta.concrete_fields], values
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

    Two reviewers never get the same case. Return None when the queue is
    empty. Lapsed claims come back to the queue with the worker's sweep
    (`return_lapsed_claims`); one may be claimed by id before that.
    """
    now = now or timezone.now()
    if not can_review_tier(reviewer, tier):
        raise TierForbidden()
    chosen = tuple(sorted((filters or {}).items()))
    # Cached for the queues claimed all day (a tier, an account's key); an
    # analyst's typed filters are compiled each time, so they cannot fill the
    # cache with what they post.
    compile_ = (
        _claim_statement
        if {k for k, _ in chosen} <= {"account"}
        else _claim_statement.__wrapped__
    )
    sql, params = compile_(connection.vendor, tier, chosen)
    with connection.cursor() as cursor:
        cursor.execute(
            sql, [Case.State.CLAIMED, reviewer.pk, lease_until(now), *params]
        )
        row = cursor.fetchone()
        if row is None:
            return None
        columns = tuple(column[0] for column in cursor.description)
    case = _case_from_row(columns, row)
    case.assignee = reviewer
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
    case = lock_case(case_id)
    require_tier(reviewer, case)
    mine = case.state == Case.State.CLAIMED and case.assignee_id == reviewer.pk
    lapsed = case.state == Case.State.CLAIMED and case.lease_expires_at < now
    if not (mine or lapsed or case.state == Case.State.OPEN):
        if case.state == Case.State.DECIDED:
            raise CaseAlreadyDecided()
        raise CaseNotClaimable()
    case.mark_claimed(by=reviewer, until=lease_until(now))
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
    case = lock_case(case_id)
    require_tier(reviewer, case)
    require_holder(reviewer, case, now)
    case.mark_open()
    case.save(update_fields=["state", "assignee", "lease_expires_at", "waiting_until"])
    record_audit_event(actor=reviewer, verb="case.released", target=case)
    return case


@transaction.atomic(durable=True)
def reassign_case(*, case_id: int, actor, to, now: datetime | None = None) -> Case:
    """Hand a case to another reviewer of its tier (a lead's action: tier II+)."""
    now = now or timezone.now()
    case = lock_case(case_id)
    require_tier(actor, case)
    if not can_reassign_case(actor, case):
        raise ApproverTierTooLow(_("Reassigning cases is for tier II and above."))
    if case.state in (Case.State.DECIDED, Case.State.PENDING_APPROVAL):
        raise CaseNotClaimable()
    if not can_work_case(to, case):
        raise InvalidInput(fields={"to": [_("This person does not review this tier.")]})
    before = case.assignee_id
    case.mark_claimed(by=to, until=lease_until(now))
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
    case = lock_case(case_id)
    require_tier(actor, case)
    require_holder(actor, case, now)
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

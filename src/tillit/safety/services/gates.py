"""A meeting's gate (#12), kept in step with what it is made of.

Who rewrites it, and when (docs/safety.md says how long a change takes):

- a meeting's own settings, a host's live action, the meeting's upsert in
  the directory: at once, in the same transaction (`refresh_gates`);
- an account's, group's or user's settings, a user's or group's change in
  the directory: the worker, in batches (`schedule_gate_refresh`), since one
  account may hold many meetings.

The gates are derived rows, like a cache: their rewrites are not audited, the
changes that cause them are.
"""

import time
from functools import partial

from django.db import connection, transaction
from django.utils import timezone

from tillit.directory.models import Meeting

from .. import cache as gate_cache
from ..admission import Gate
from ..models import ResolvedMeeting
from ..selectors import GateFacts, list_gate_facts, list_gates_under

BATCH = 500
FIELDS = GateFacts._fields


def gate_of(row: ResolvedMeeting) -> Gate:
    return Gate(
        row.meeting_id,
        row.version,
        row.settings,
        row.host_email,
        row.locked,
        row.waiting_room_now,
        frozenset(row.removed),
    )


def refresh_gates(*, meeting_ids: list[str], create: bool = False) -> list[Gate]:
    """Rewrite the gates of these meetings from their settings hierarchy and
    live state (with `create`, also make the missing ones); return those that
    changed. They reach the shared cache once the transaction commits.

    Each gate is locked before what it is made of is read, so of two rewrites
    at once the later one reads the earlier one's inputs as committed; a
    batch locks its gates in id order, and every other rewrite locks one
    gate, after the rows its own change locked.
    """
    ids = sorted(set(meeting_ids))
    now = timezone.now()
    with transaction.atomic():
        if create:
            known = Meeting.objects.filter(pk__in=ids).values_list("pk", flat=True)
            ResolvedMeeting.objects.bulk_create(
                [ResolvedMeeting(meeting_id=pk) for pk in known],
                ignore_conflicts=True,
            )
        rows = list(
            ResolvedMeeting.objects.select_for_update(no_key=True)
            .filter(pk__in=ids)
            .order_by("pk")
        )
        facts = list_gate_facts(meeting_ids=[row.pk for row in rows])
        changed = [row for row in rows if _apply(row, facts.get(row.pk), now=now)]
        _save(changed)
        gates = [gate_of(row) for row in changed]
        if gates and gate_cache.enabled():
            transaction.on_commit(partial(gate_cache.publish_gates, gates))
    return gates


def _apply(row: ResolvedMeeting, facts: GateFacts | None, *, now) -> bool:
    """Set the row's fields to the facts; return whether any changed."""
    if facts is None or all(
        getattr(row, name) == value for name, value in facts._asdict().items()
    ):
        return False
    for name, value in facts._asdict().items():
        setattr(row, name, value)
    # Newer than the row's last version, and than any gate before it was made
    # (a meeting deleted and synced again starts from the clock).
    row.version = max(row.version + 1, time.time_ns() // 1000)
    row.resolved_at = now
    return True


def _save(rows: list[ResolvedMeeting]) -> None:
    """One UPDATE per row, sent together (executemany). Not bulk_update: its
    CASE per column and row made a batch of 500 cost a second on PostgreSQL."""
    if not rows:
        return
    names = [*FIELDS, "version", "resolved_at"]
    fields = [ResolvedMeeting._meta.get_field(name) for name in names]
    quote = connection.ops.quote_name
    assignments = ", ".join(f"{quote(f.column)} = %s" for f in fields)
    sql = (
        f"UPDATE {quote(ResolvedMeeting._meta.db_table)} SET {assignments} "
        f"WHERE {quote('meeting_id')} = %s"
    )
    params = [
        [f.get_db_prep_save(getattr(row, f.attname), connection) for f in fields]
        + [row.pk]
        for row in rows
    ]
    with connection.cursor() as cursor:
        cursor.executemany(sql, params)


@transaction.atomic(durable=True)
def build_gate(*, meeting_id: str) -> Gate | None:
    """Make the gate of a meeting that has none (synced before #12); return it,
    or None when the directory does not know the meeting."""
    gates = refresh_gates(meeting_ids=[meeting_id], create=True)
    if gates:
        return gates[0]
    row = ResolvedMeeting.objects.filter(pk=meeting_id).first()
    return gate_of(row) if row is not None else None


def schedule_gate_refresh(*, owner: str) -> None:
    """Have the worker rewrite the gates under an account, group or user: the
    task is a row of the caller's transaction, run once it commits (STYLE R5)."""
    from ..tasks import refresh_gates_task  # tasks imports this module

    refresh_gates_task.enqueue(owner=owner)


def refresh_gates_under(*, owner: str) -> int:
    """Rewrite the gates of every meeting under an account, group or user,
    BATCH at a time, each batch in a transaction of its own; return how many
    changed."""
    ids = list_gates_under(owner=owner)
    changed = 0
    for start in range(0, len(ids), BATCH):
        with transaction.atomic(durable=True):
            changed += len(refresh_gates(meeting_ids=ids[start : start + BATCH]))
    return changed


def ready_admission_cache() -> bool:
    """Fill an empty shared cache with the active lock-outs, so it is trusted."""
    return gate_cache.make_ready(now=timezone.now())

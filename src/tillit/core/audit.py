"""The tamper-evident audit log (#12).

A change writes its event with one INSERT, carrying the SHA-256 of the event's
content, and locks no shared row. One sealer at a time (`seal_audit_log`, run
by the worker every few seconds) takes, in id order, the events that no
transaction can still add to below them, and writes a seal: the RFC 6962
Merkle root of their leaves, leaf = SHA-256(0x00 || id || content hash), chained
to the previous seal's hash and signed with a key kept out of the database.
`verify_audit_log` checks the seals and recomputes them from the rows.
docs/architecture.md gives the argument for the sealer's horizon.

This module writes events; `audit_seals` seals them and `audit_verify` checks
them.
"""

import hashlib
import json
from datetime import UTC, datetime

from django.core.serializers.json import DjangoJSONEncoder
from django.db import connection, models, transaction
from django.utils import timezone

from .models import AuditEvent


def iso_utc(at: datetime) -> str:
    return at.astimezone(UTC).isoformat(timespec="microseconds")


def canonical_json(body: dict) -> bytes:
    return json.dumps(
        body, sort_keys=True, separators=(",", ":"), cls=DjangoJSONEncoder
    ).encode()


def content_hash(event: AuditEvent) -> str:
    """Return the SHA-256 (hex) of the event's content: every field but the id,
    which the seal's leaf binds to it."""
    return hashlib.sha256(
        canonical_json(
            {
                "at": iso_utc(event.at),
                "actor": event.actor_id,
                "source": event.source,
                "verb": event.verb,
                "target_type": event.target_type,
                "target_id": event.target_id,
                "data": event.data,
            }
        )
    ).hexdigest()


def _jsonable(data: dict) -> dict:
    # Round-trip so the stored JSON is exactly what was hashed.
    return json.loads(json.dumps(data, cls=DjangoJSONEncoder))


def record_audit_event(
    *,
    actor,
    verb: str,
    target: models.Model | tuple[str, str],
    data: dict | None = None,
    source: str = "",
) -> AuditEvent:
    """Write one event; call inside the transaction of the change.

    Raise RuntimeError outside a transaction. The event is sealed later, by
    `seal_audit_log`.
    """
    if isinstance(target, tuple):
        target_type, target_id = target
    else:
        target_type, target_id = target._meta.label_lower, str(target.pk)
    if not transaction.get_connection().in_atomic_block:
        raise RuntimeError(
            "record_audit_event must run inside the change's transaction"
        )
    event = AuditEvent(
        at=timezone.now(),
        actor_id=getattr(actor, "pk", None),
        source=source,
        verb=verb,
        target_type=target_type,
        target_id=str(target_id),
        data=_jsonable(data or {}),
    )
    event.hash = content_hash(event)
    if connection.vendor == "postgresql":
        _insert_with_xid_first(event)
    else:
        event.save(force_insert=True)
    return event


_COLUMNS = ("at", "actor_id", "source", "verb", "target_type", "target_id", "data")


def _insert_with_xid_first(event: AuditEvent) -> None:
    """INSERT the event, its transaction taking an xid before the row takes
    its id: the sealer's fence relies on it (docs/architecture.md). In one
    statement, the id's nextval() is computed from the row the CTE produces,
    so after pg_current_xact_id()."""
    qn = connection.ops.quote_name
    columns = ", ".join(qn(c) for c in (*_COLUMNS, "hash"))
    sql = (
        "WITH xact AS MATERIALIZED (SELECT pg_current_xact_id() AS xid) "
        f"INSERT INTO {qn(AuditEvent._meta.db_table)} ({columns}) "
        "SELECT %s::timestamptz, %s::bigint, %s, %s, %s, %s, %s::jsonb, %s "
        f"FROM xact WHERE xact.xid IS NOT NULL RETURNING {qn('id')}"
    )
    with connection.cursor() as cursor:
        cursor.execute(
            sql,
            [
                event.at,
                event.actor_id,
                event.source,
                event.verb,
                event.target_type,
                event.target_id,
                json.dumps(event.data),
                event.hash,
            ],
        )
        event.pk = cursor.fetchone()[0]
    event._state.adding = False
    event._state.db = connection.alias

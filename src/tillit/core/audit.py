"""The tamper-evident audit log: every state change, chained by SHA-256."""

import hashlib
import json
from dataclasses import dataclass

from django.core.serializers.json import DjangoJSONEncoder
from django.db import models, transaction
from django.utils import timezone

from .models import AuditChainHead, AuditEvent

GENESIS = "0" * 64


def _canonical(event: AuditEvent) -> bytes:
    body = {
        "seq": event.seq,
        "at": event.at.isoformat(timespec="microseconds"),
        "actor": event.actor_id,
        "source": event.source,
        "verb": event.verb,
        "target_type": event.target_type,
        "target_id": event.target_id,
        "data": event.data,
        "prev": event.prev_hash,
    }
    return json.dumps(
        body, sort_keys=True, separators=(",", ":"), cls=DjangoJSONEncoder
    ).encode()


def _digest(event: AuditEvent) -> str:
    return hashlib.sha256(_canonical(event)).hexdigest()


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
    """Append one event to the chain; call inside the transaction of the change."""
    if isinstance(target, tuple):
        target_type, target_id = target
    else:
        target_type, target_id = target._meta.label_lower, str(target.pk)
    if not transaction.get_connection().in_atomic_block:
        raise RuntimeError(
            "record_audit_event must run inside the change's transaction"
        )
    # Lock the head last thing before commit, so appends wait on each other as
    # briefly as possible.
    head = AuditChainHead.objects.select_for_update(no_key=True).filter(pk=1).first()
    if head is None:
        head, _ = AuditChainHead.objects.get_or_create(pk=1)
        head = AuditChainHead.objects.select_for_update(no_key=True).get(pk=1)
    event = AuditEvent(
        seq=head.last_seq + 1,
        at=timezone.now(),
        actor_id=getattr(actor, "pk", None),
        source=source,
        verb=verb,
        target_type=target_type,
        target_id=str(target_id),
        data=_jsonable(data or {}),
        prev_hash=head.last_hash,
    )
    event.hash = _digest(event)
    event.save(force_insert=True)
    head.last_seq, head.last_hash = event.seq, event.hash
    head.save(update_fields=["last_seq", "last_hash"])
    return event


@dataclass
class ChainReport:
    ok: bool
    checked: int
    broken_seq: int | None = None
    reason: str = ""


def verify_audit_chain() -> ChainReport:
    """Walk the chain in order; name the first event whose link does not hold."""
    prev, expected_seq, checked = GENESIS, 1, 0
    for event in AuditEvent.objects.order_by("seq").iterator(chunk_size=2000):
        if event.seq != expected_seq:
            return ChainReport(False, checked, expected_seq, "missing event")
        if event.prev_hash != prev:
            return ChainReport(False, checked, event.seq, "previous hash differs")
        if _digest(event) != event.hash:
            return ChainReport(False, checked, event.seq, "content was altered")
        prev, expected_seq, checked = event.hash, expected_seq + 1, checked + 1
    head = AuditChainHead.objects.filter(pk=1).first()
    if head and (head.last_seq != checked or head.last_hash != prev):
        return ChainReport(False, checked, checked + 1, "events removed from the end")
    return ChainReport(True, checked)

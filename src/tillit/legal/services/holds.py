"""Preservation holds: a target's reports and evidence are not deleted while
one is active (90 days, renewable once)."""

from datetime import datetime, timedelta

from django.conf import settings
from django.db import connection, transaction
from django.utils import timezone

from tillit.core.audit import record_audit_event

from ..errors import (
    HoldAlreadyRenewed,
    HoldNotActive,
    LegalRequestNotFound,
    NotLegalTeam,
    WrongRequestState,
)
from ..models import LegalRequest, PreservationHold
from ..permissions import can_use_legal_desk

# pg_advisory_xact_lock key shared by retention and new holds (#15).
RETENTION_LOCK = 0x746C_6C67_6C6F  # "tllglo"


def lock_retention_against_holds() -> None:
    """Serialise a retention batch with the placing of holds, inside the
    caller's transaction: a hold committed while a batch decides what to keep
    would otherwise not be seen by it (PostgreSQL reads per statement). SQLite
    runs one writer at a time already."""
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("SELECT pg_advisory_xact_lock(%s)", [RETENTION_LOCK])


def hold_period() -> timedelta:
    return timedelta(days=settings.TILLIT["PRESERVATION_HOLD_DAYS"])


def place_holds_for(*, legal_request, actor, now: datetime) -> list[PreservationHold]:
    """Hold each target of the request that has no active hold of this
    request yet; call inside the caller's transaction."""
    lock_retention_against_holds()
    active = {
        (h.target_type, h.target_id)
        for h in legal_request.holds.filter(
            released_at__isnull=True, expires_at__gt=now
        )
    }
    holds = []
    for target in legal_request.targets:
        if (target["type"], target["id"]) in active:
            continue
        hold = PreservationHold.objects.create(
            request=legal_request,
            target_type=target["type"],
            target_id=target["id"],
            placed_by=actor,
            placed_at=now,
            expires_at=now + hold_period(),
        )
        record_audit_event(
            actor=actor,
            verb="legal.hold_placed",
            target=hold,
            data={
                "request": legal_request.reference,
                "target": [hold.target_type, hold.target_id],
                "expires_at": hold.expires_at,
            },
        )
        holds.append(hold)
    return holds


@transaction.atomic(durable=True)
def place_preservation_holds(
    *, request_id: int, actor, now: datetime | None = None
) -> list[PreservationHold]:
    """Hold every target of a request under review."""
    now = now or timezone.now()
    if not can_use_legal_desk(actor):
        raise NotLegalTeam()
    row = (
        LegalRequest.objects.select_for_update(no_key=True)
        .filter(pk=request_id)
        .first()
    )
    if row is None:
        raise LegalRequestNotFound()
    if row.status == LegalRequest.Status.RECEIVED:
        raise WrongRequestState()
    return place_holds_for(legal_request=row, actor=actor, now=now)


def _locked_hold(hold_id: int, actor) -> PreservationHold:
    if not can_use_legal_desk(actor):
        raise NotLegalTeam()
    hold = (
        PreservationHold.objects.select_for_update(no_key=True)
        .filter(pk=hold_id)
        .first()
    )
    if hold is None:
        raise HoldNotActive()
    return hold


@transaction.atomic(durable=True)
def renew_preservation_hold(
    *, hold_id: int, actor, now: datetime | None = None
) -> PreservationHold:
    """Extend an active hold by another period, once."""
    now = now or timezone.now()
    hold = _locked_hold(hold_id, actor)
    if not hold.is_active(now):
        raise HoldNotActive()
    if hold.renewals >= 1:
        raise HoldAlreadyRenewed()
    hold.renewals, hold.expires_at = hold.renewals + 1, hold.expires_at + hold_period()
    hold.save(update_fields=["renewals", "expires_at"])
    record_audit_event(
        actor=actor,
        verb="legal.hold_renewed",
        target=hold,
        data={"expires_at": hold.expires_at},
    )
    return hold


@transaction.atomic(durable=True)
def release_preservation_hold(
    *, hold_id: int, actor, reason: str = "", now: datetime | None = None
) -> PreservationHold:
    """End a hold now: retention may delete the target's reports again."""
    now = now or timezone.now()
    hold = _locked_hold(hold_id, actor)
    if not hold.is_active(now):
        raise HoldNotActive()
    hold.released_at, hold.released_by = now, actor
    hold.save(update_fields=["released_at", "released_by"])
    record_audit_event(
        actor=actor,
        verb="legal.hold_released",
        target=hold,
        data={"reason": (reason or "").strip()},
    )
    return hold

"""API keys: shown once, kept as a SHA-256 hash, found by their prefix."""

import hashlib
import hmac
import secrets

from django.db import transaction
from django.utils import timezone

from .audit import record_audit_event
from .models import ApiKey


def _hash(secret: str) -> str:
    return hashlib.sha256(secret.encode()).hexdigest()


@transaction.atomic(durable=True)
def create_api_key(*, name: str, actor=None) -> tuple[ApiKey, str]:
    """Return the new key row and the key itself, which is not stored."""
    prefix = secrets.token_hex(4)
    key = f"tlt_{prefix}_{secrets.token_urlsafe(32)}"
    row = ApiKey.objects.create(name=name, prefix=prefix, key_hash=_hash(key))
    record_audit_event(
        actor=actor,
        source="cli",
        verb="apikey.created",
        target=row,
        data={"name": name},
    )
    return row, key


def authenticate_api_key(key: str) -> ApiKey | None:
    parts = (key or "").split("_")
    if len(parts) < 3 or parts[0] != "tlt":
        return None
    row = ApiKey.objects.filter(prefix=parts[1], revoked_at__isnull=True).first()
    if row is None or not hmac.compare_digest(row.key_hash, _hash(key)):
        return None
    return row


@transaction.atomic(durable=True)
def revoke_api_key(*, prefix: str, actor=None) -> ApiKey | None:
    row = ApiKey.objects.select_for_update(no_key=True).filter(prefix=prefix).first()
    if row is not None and row.revoked_at is None:
        row.revoked_at = timezone.now()
        row.save(update_fields=["revoked_at"])
        record_audit_event(actor=actor, source="cli", verb="apikey.revoked", target=row)
    return row

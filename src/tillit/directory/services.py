"""The platform keeps the directory in sync; each upsert is audited."""

from datetime import datetime

from django.db import IntegrityError, transaction
from django.utils import timezone

from tillit.core.audit import record_audit_event

from .models import Account, Event, Meeting, PlatformUser


def _upsert(model, *, pk, fields: dict, source: str, actor=None):
    obj = model.objects.select_for_update(no_key=True).filter(pk=pk).first()
    created = obj is None
    if created:
        obj = model(pk=pk, **fields)
        try:
            with transaction.atomic():
                obj.save(force_insert=True)
        except IntegrityError:
            # A concurrent upsert of the same id inserted it first and has
            # committed (the insert waited for it): update that row (#10).
            obj = model.objects.select_for_update(no_key=True).filter(pk=pk).first()
            if obj is None:
                raise
            created = False
    if created:
        changed = fields
    else:
        changed = {k: v for k, v in fields.items() if getattr(obj, k) != v}
        for k, v in changed.items():
            setattr(obj, k, v)
        if changed:
            obj.updated_at = timezone.now()
            obj.save(update_fields=[*changed, "updated_at"])
    if created or changed:
        verb = f"{model._meta.model_name}.{'created' if created else 'updated'}"
        record_audit_event(
            actor=actor,
            source=source,
            verb=verb,
            target=obj,
            data={"fields": sorted(changed)},
        )
    return obj, created


@transaction.atomic(durable=True)
def upsert_account(
    *,
    account_id: str,
    name: str,
    owner_email: str,
    admin_emails: list[str],
    language: str,
    plan: str,
    source: str,
) -> tuple[Account, bool]:
    """Create or update an account from the platform; return it and whether new."""
    return _upsert(
        Account,
        pk=account_id,
        fields={
            "name": name,
            "owner_email": owner_email.lower(),
            "admin_emails": [e.lower() for e in admin_emails],
            "language": language,
            "plan": plan,
        },
        source=source,
    )


@transaction.atomic(durable=True)
def upsert_platform_user(
    *, user_id: str, account: Account, email: str, name: str, source: str
) -> tuple[PlatformUser, bool]:
    return _upsert(
        PlatformUser,
        pk=user_id,
        fields={"account": account, "email": email.lower(), "name": name},
        source=source,
    )


@transaction.atomic(durable=True)
def upsert_meeting(
    *,
    meeting_id: str,
    account: Account,
    host_email: str,
    topic: str,
    starts_at: datetime,
    duration_minutes: int,
    context: str,
    is_public: bool,
    source: str,
) -> tuple[Meeting, bool]:
    return _upsert(
        Meeting,
        pk=meeting_id,
        fields={
            "account": account,
            "host_email": host_email.lower(),
            "topic": topic,
            "starts_at": starts_at,
            "duration_minutes": duration_minutes,
            "context": context,
            "is_public": is_public,
        },
        source=source,
    )


@transaction.atomic(durable=True)
def upsert_event(
    *,
    event_id: str,
    account: Account,
    title: str,
    description: str,
    starts_at: datetime,
    ticket_type: str,
    source: str,
) -> tuple[Event, bool]:
    return _upsert(
        Event,
        pk=event_id,
        fields={
            "account": account,
            "title": title,
            "description": description,
            "starts_at": starts_at,
            "ticket_type": ticket_type,
        },
        source=source,
    )

"""Emails and webhooks leave through the outbox (ARCHITECTURE: nothing is lost).

`enqueue_*` writes a row inside the caller's transaction and schedules its
delivery task on commit; `deliver_outbox_message` sends it and retries with
back-off; `sweep_outbox`, which the worker runs every minute, enqueues a
delivery for whatever is due with no task to deliver it; `drain_outbox`
sends whatever is due now, by hand.
"""

import base64
import json
import logging
import secrets
import urllib.error
import urllib.request
from datetime import datetime, timedelta
from functools import partial

from django.conf import settings
from django.core.mail import EmailMessage
from django.core.serializers.json import DjangoJSONEncoder
from django.db import transaction
from django.db.models import F
from django.tasks import TaskResultStatus
from django.utils import timezone
from django_tasks_db.models import DBTaskResult
from standardwebhooks.webhooks import Webhook

from .models import OutboxMessage, WebhookDelivery, WebhookEndpoint

log = logging.getLogger("tillit.outbox")

BACKOFF_SECONDS = (10, 30, 120, 600, 1800, 3600, 7200, 14400)
# How long one attempt may take before another sender may try again.
LEASE = timedelta(minutes=5)


def _schedule(message: OutboxMessage) -> None:
    from .tasks import deliver_outbox_message_task  # tasks imports this module

    transaction.on_commit(
        partial(deliver_outbox_message_task.enqueue, message_id=message.pk)
    )


def enqueue_email(
    *, to: list[str], subject: str, body: str, reply_to: list[str] | None = None
) -> OutboxMessage:
    """Queue an email; it is sent once the surrounding transaction commits."""
    message = OutboxMessage.objects.create(
        kind=OutboxMessage.Kind.EMAIL,
        payload={
            "to": list(to),
            "subject": subject,
            "body": body,
            "reply_to": reply_to or [],
        },
    )
    _schedule(message)
    return message


def enqueue_webhook(*, event_type: str, data: dict) -> list[OutboxMessage]:
    """Queue one signed webhook per active endpoint of the platform."""
    messages = []
    for endpoint in WebhookEndpoint.objects.filter(active=True):
        body = {
            "type": event_type,
            "timestamp": timezone.now().isoformat(),
            "data": data,
        }
        message = OutboxMessage.objects.create(
            kind=OutboxMessage.Kind.WEBHOOK,
            endpoint=endpoint,
            payload={
                "id": f"msg_{secrets.token_hex(12)}",
                "body": json.loads(json.dumps(body, cls=DjangoJSONEncoder)),
            },
        )
        _schedule(message)
        messages.append(message)
    return messages


def new_webhook_secret() -> str:
    return "whsec_" + base64.b64encode(secrets.token_bytes(32)).decode()


def _send_email(message: OutboxMessage) -> None:
    p = message.payload
    EmailMessage(
        subject=p["subject"],
        body=p["body"],
        from_email=settings.DEFAULT_FROM_EMAIL,
        to=p["to"],
        reply_to=p.get("reply_to") or None,
        headers={"X-Tillit-Outbox-Id": str(message.pk)},
    ).send()


def _send_webhook(message: OutboxMessage) -> None:
    endpoint = message.endpoint
    data = json.dumps(message.payload["body"], separators=(",", ":"))
    now = timezone.now()
    signature = Webhook(endpoint.secret).sign(message.payload["id"], now, data)
    request = urllib.request.Request(
        endpoint.url,
        data=data.encode(),
        method="POST",
        headers={
            "Content-Type": "application/json",
            "webhook-id": message.payload["id"],
            "webhook-timestamp": str(int(now.timestamp())),
            "webhook-signature": signature,
            "User-Agent": "Tillit-Webhooks/1",
        },
    )
    delivery = WebhookDelivery(message=message)
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            delivery.status_code = response.status
            delivery.ok = 200 <= response.status < 300
    except urllib.error.HTTPError as exc:
        delivery.status_code, delivery.error = exc.code, str(exc)
    except (urllib.error.URLError, OSError) as exc:
        delivery.error = str(exc)
    delivery.save()
    if not delivery.ok:
        raise RuntimeError(delivery.error or f"HTTP {delivery.status_code}")


def deliver_outbox_message(*, message_id: int, holder: str = "") -> bool:
    """Send one message if it is due; on failure schedule the next attempt.

    A sender first takes the message's lease with a compare-and-set, so of
    any number of senders (delivery tasks, the sweep, `tillit outbox drain`)
    only the holder sends it. It sends outside any transaction, so a slow
    receiver holds no lock, and marks the message sent as it gives the lease
    back. A sender that dies mid-way leaves the message leased until the
    lease ends or, when the sender was a worker (`holder` is its id), until
    another worker finds it dead (#10): the message is then sent once more,
    under the same webhook-id. Return True when the message is sent.
    """
    now = timezone.now()
    lease_ends_at = now + LEASE
    leased = OutboxMessage.objects.filter(
        pk=message_id, status=OutboxMessage.Status.PENDING, next_attempt_at__lte=now
    ).update(
        attempts=F("attempts") + 1, next_attempt_at=lease_ends_at, leased_by=holder
    )
    if not leased:  # sent, failed, not due yet, or leased by another sender
        return OutboxMessage.objects.filter(
            pk=message_id, status=OutboxMessage.Status.SENT
        ).exists()
    message = OutboxMessage.objects.select_related("endpoint").get(pk=message_id)
    try:
        if message.kind == OutboxMessage.Kind.EMAIL:
            _send_email(message)
        else:
            _send_webhook(message)
    except Exception as exc:  # delivery failed: keep the message, retry later
        log.warning(
            "outbox %s attempt %s failed: %s", message.pk, message.attempts, exc
        )
        _record_failure(message, exc, lease_ends_at=lease_ends_at)
        return False
    OutboxMessage.objects.filter(
        pk=message.pk, status=OutboxMessage.Status.PENDING
    ).update(status=OutboxMessage.Status.SENT, sent_at=timezone.now(), leased_by="")
    return True


def _record_failure(
    message: OutboxMessage, exc: Exception, *, lease_ends_at: datetime
) -> None:
    """Fail the message or set its next attempt, unless its lease was lost."""
    changes = {"last_error": str(exc)[:2000], "leased_by": ""}
    if message.attempts >= settings.TILLIT["WEBHOOK_MAX_ATTEMPTS"]:
        changes["status"] = OutboxMessage.Status.FAILED
    else:
        delay = BACKOFF_SECONDS[min(message.attempts, len(BACKOFF_SECONDS)) - 1]
        changes["next_attempt_at"] = timezone.now() + timedelta(seconds=delay)
    with transaction.atomic():
        held = OutboxMessage.objects.filter(
            pk=message.pk,
            status=OutboxMessage.Status.PENDING,
            leased_by=message.leased_by,
            next_attempt_at=lease_ends_at,
        ).update(**changes)
        if held and "next_attempt_at" in changes:
            _schedule_retry(message.pk, run_after=changes["next_attempt_at"])


def _schedule_retry(message_id: int, *, run_after: datetime) -> None:
    from .tasks import deliver_outbox_message_task  # tasks imports this module

    transaction.on_commit(
        partial(
            deliver_outbox_message_task.using(run_after=run_after).enqueue,
            message_id=message_id,
        )
    )


def drain_outbox(*, now=None) -> int:
    """Deliver every pending message that is due; return how many were sent."""
    now = now or timezone.now()
    pending = OutboxMessage.objects.filter(
        status=OutboxMessage.Status.PENDING, next_attempt_at__lte=now
    )
    sent = 0
    for pk in pending.order_by("pk").values_list("pk", flat=True):
        sent += deliver_outbox_message(message_id=pk)
    return sent


def sweep_outbox(*, now: datetime | None = None, limit: int = 1000) -> int:
    """Enqueue a delivery for each due message that no task is about to deliver.

    This catches what slipped past the enqueue on commit: a process that died
    between the commit and the enqueue, a delivery task that failed, a lease
    that ended. Return how many deliveries were enqueued.
    """
    from .tasks import deliver_outbox_message_task  # tasks imports this module

    now = now or timezone.now()
    queued = set(
        DBTaskResult.objects.filter(
            task_path=deliver_outbox_message_task.module_path,
            status__in=[TaskResultStatus.READY, TaskResultStatus.RUNNING],
        ).values_list("args_kwargs__kwargs__message_id", flat=True)
    )
    due = OutboxMessage.objects.filter(
        status=OutboxMessage.Status.PENDING, next_attempt_at__lte=now
    ).order_by("next_attempt_at", "pk")
    enqueued = 0
    for pk in due.values_list("pk", flat=True)[:limit]:
        if pk not in queued:
            deliver_outbox_message_task.enqueue(message_id=pk)
            enqueued += 1
    return enqueued

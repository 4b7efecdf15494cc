"""Emails and webhooks leave through the outbox (ARCHITECTURE: nothing is lost).

`enqueue_*` writes a row inside the caller's transaction and schedules its
delivery task on commit; `deliver_outbox_message` sends it and retries with
back-off; `drain_outbox` sends whatever is still due (after a worker died).
"""

import base64
import json
import logging
import secrets
import urllib.error
import urllib.request
from datetime import timedelta
from functools import partial

from django.conf import settings
from django.core.mail import EmailMessage
from django.core.serializers.json import DjangoJSONEncoder
from django.db import transaction
from django.utils import timezone
from standardwebhooks.webhooks import Webhook

from .models import OutboxMessage, WebhookDelivery, WebhookEndpoint

log = logging.getLogger("tillit.outbox")

BACKOFF_SECONDS = (10, 30, 120, 600, 1800, 3600, 7200, 14400)


def _schedule(message: OutboxMessage) -> None:
    from .tasks import deliver_outbox_message_task

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


def deliver_outbox_message(*, message_id: int) -> bool:
    """Send one message if it is due; on failure schedule the next attempt.

    The row is leased in a short transaction and sent outside it, so a slow
    receiver never holds a database lock; a sender that dies mid-way leaves
    the message due again when its lease ends. Return True when it is sent.
    """
    with transaction.atomic():
        message = (
            OutboxMessage.objects.select_for_update(of=("self",), no_key=True)
            .select_related("endpoint")
            .filter(pk=message_id)
            .first()
        )
        if message is None or message.status != OutboxMessage.Status.PENDING:
            return message is not None and message.status == OutboxMessage.Status.SENT
        if message.next_attempt_at > timezone.now() + timedelta(seconds=1):
            return False  # leased by another sender, or not due yet
        message.attempts += 1
        message.next_attempt_at = timezone.now() + timedelta(minutes=5)
        message.save(update_fields=["attempts", "next_attempt_at"])
    try:
        if message.kind == OutboxMessage.Kind.EMAIL:
            _send_email(message)
        else:
            _send_webhook(message)
    except Exception as exc:  # delivery failed: keep the message, retry later
        log.warning(
            "outbox %s attempt %s failed: %s", message.pk, message.attempts, exc
        )
        with transaction.atomic():
            message.last_error = str(exc)[:2000]
            if message.attempts >= settings.TILLIT["WEBHOOK_MAX_ATTEMPTS"]:
                message.status = OutboxMessage.Status.FAILED
            else:
                delay = BACKOFF_SECONDS[min(message.attempts, len(BACKOFF_SECONDS)) - 1]
                message.next_attempt_at = timezone.now() + timedelta(seconds=delay)
                _schedule_retry(message)
            message.save(update_fields=["last_error", "status", "next_attempt_at"])
        return False
    message.status = OutboxMessage.Status.SENT
    message.sent_at = timezone.now()
    message.save(update_fields=["status", "sent_at"])
    return True


def _schedule_retry(message: OutboxMessage) -> None:
    from .tasks import deliver_outbox_message_task

    transaction.on_commit(
        partial(
            deliver_outbox_message_task.using(
                run_after=message.next_attempt_at
            ).enqueue,
            message_id=message.pk,
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

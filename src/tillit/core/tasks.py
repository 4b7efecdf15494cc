from django.tasks import task

from .outbox import deliver_outbox_message, drain_outbox


@task()
def deliver_outbox_message_task(message_id: int) -> bool:
    return deliver_outbox_message(message_id=message_id)


@task()
def drain_outbox_task() -> int:
    return drain_outbox()

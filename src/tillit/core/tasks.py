from django.tasks import TaskContext, task

from .audit_seals import seal_audit_log
from .outbox import deliver_outbox_message, drain_outbox, sweep_outbox


@task(takes_context=True)
def deliver_outbox_message_task(context: TaskContext, message_id: int) -> bool:
    # The lease names the worker, so it is given back as soon as that worker
    # is found dead.
    worker_ids = context.task_result.worker_ids
    return deliver_outbox_message(
        message_id=message_id, holder=worker_ids[-1] if worker_ids else ""
    )


@task()
def drain_outbox_task() -> int:
    return drain_outbox()


@task()
def sweep_outbox_task() -> int:
    """Enqueue what no task is delivering; the worker runs it every minute."""
    return sweep_outbox()


@task()
def seal_audit_log_task() -> int:
    """Seal what can be sealed; the worker runs it every few seconds."""
    return sum(seal.count for seal in seal_audit_log())

from django.tasks import task

from .services.notices import send_due_legal_notices
from .services.retention import apply_retention


@task()
def apply_retention_task() -> dict:
    """Delete report texts and evidence past their retention period; the
    worker runs it daily (`TILLIT["RECURRING_TASKS"]`)."""
    return apply_retention()


@task()
def send_due_legal_notices_task() -> int:
    """Send the account notices whose non-disclosure order has ended; the
    worker runs it hourly, so a notice goes out on the order's last day."""
    return send_due_legal_notices()

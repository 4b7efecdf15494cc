from datetime import timedelta

from django.tasks import task
from django.utils import timezone

from .services import reprioritise_open_cases

INTERVAL = timedelta(minutes=2)


@task()
def reprioritise_open_cases_task(reschedule: bool = True) -> int:
    """Keep queues in step with the clock; runs again every two minutes."""
    updated = reprioritise_open_cases()
    if reschedule:
        reprioritise_open_cases_task.using(
            run_after=timezone.now() + INTERVAL
        ).enqueue()
    return updated

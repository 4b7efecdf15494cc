from django.tasks import task

from .services.queue import reprioritise_open_cases


@task()
def reprioritise_open_cases_task() -> int:
    """Keep queues in step with the clock.

    The worker runs it every two minutes (`TILLIT["RECURRING_TASKS"]`), so a
    worker that dies mid-run does not end the series (#10).
    """
    return reprioritise_open_cases()

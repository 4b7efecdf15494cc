from django.tasks import task

from .services.claims import return_lapsed_claims
from .services.queue import reprioritise_open_cases


@task()
def reprioritise_open_cases_task() -> int:
    """Keep queues in step with the clock.

    The worker runs it every two minutes (`TILLIT["RECURRING_TASKS"]`), so a
    worker that dies mid-run does not end the series (#10).
    """
    return reprioritise_open_cases()


@task()
def return_lapsed_claims_task() -> int:
    """Give lapsed claims and expired questions back to their queues; the
    worker runs it every 30 seconds (#12)."""
    return return_lapsed_claims()

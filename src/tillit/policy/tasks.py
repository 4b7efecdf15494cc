from django.tasks import task

from .services.in_force import bring_guidelines_into_force


@task()
def bring_guidelines_into_force_task() -> int | None:
    """Run at a published version's effective date (enqueued by publishing)."""
    version = bring_guidelines_into_force()
    return version.pk if version else None

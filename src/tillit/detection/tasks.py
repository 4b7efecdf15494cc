from django.tasks import task

from .scanning import scan_changed_events


@task()
def scan_changed_events_task() -> int:
    """Scan the public events created or changed since the last sweep; the
    worker runs it every 5 seconds (#14), so a listing is scanned within
    seconds of its change and never in the request that changed it."""
    return scan_changed_events()

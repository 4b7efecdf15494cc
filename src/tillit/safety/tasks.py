from django.tasks import task

from .services.gates import ready_admission_cache, refresh_gates_under


@task()
def refresh_gates_task(owner: str) -> int:
    """Rewrite the gates under an account, group or user (#12)."""
    return refresh_gates_under(owner=owner)


@task()
def ready_admission_cache_task() -> bool:
    """Make the shared cache trusted again; the worker runs it every few
    seconds while TILLIT_CACHE_URL is set."""
    return ready_admission_cache()

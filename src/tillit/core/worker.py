"""Keep the task queue working when a worker dies (#10).

`tillit worker run` is django-tasks-db's `db_worker` plus an upkeep thread.
The thread beats in `WorkerHeartbeat` every `WORKER_HEARTBEAT_SECONDS`, also
while a long task runs, and on each beat it

- recovers the work of any worker that has not beaten for
  `WORKER_DEAD_AFTER_SECONDS`: its RUNNING tasks go back to the queue and its
  outbox leases are given back, so the message it was sending is sent once
  more, under the same webhook-id;
- enqueues the tasks of `TILLIT["RECURRING_TASKS"]` that are due.

django-tasks-db itself never looks at a RUNNING task again.
"""

import logging
import os
import socket
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime, timedelta

from django.conf import settings
from django.db import close_old_connections, connections, transaction
from django.db.models import Case, Count, F, Max, Min, Q, When
from django.tasks import TaskResultStatus
from django.utils import timezone
from django.utils.module_loading import import_string
from django_tasks_db.models import DBTaskResult, get_date_max

from .models import OutboxMessage, RecurringTask, WorkerHeartbeat

log = logging.getLogger("tillit.worker")

# A task whose worker died this many times is failed rather than run again:
# it may be what kills the workers.
MAX_CLAIMS = 3


class WorkerLost(Exception):
    """The worker running a task stopped beating before the task finished."""


def heartbeat_interval() -> timedelta:
    return timedelta(seconds=settings.TILLIT["WORKER_HEARTBEAT_SECONDS"])


def dead_after() -> timedelta:
    return timedelta(seconds=settings.TILLIT["WORKER_DEAD_AFTER_SECONDS"])


def start_worker(*, worker_id: str, now: datetime | None = None) -> None:
    """Record a starting worker, taking back what a former process of the
    same id left running."""
    now = now or timezone.now()
    with transaction.atomic():
        _recover(worker_ids=[worker_id], now=now)
        _register(worker_id=worker_id, now=now)


def beat(*, worker_id: str, now: datetime | None = None) -> None:
    """Mark the worker alive."""
    now = now or timezone.now()
    if not WorkerHeartbeat.objects.filter(worker_id=worker_id).update(beat_at=now):
        # Another worker found this one silent and took its work back.
        log.warning("worker %s was presumed dead and beats again", worker_id)
        _register(worker_id=worker_id, now=now)


def _register(*, worker_id: str, now: datetime) -> None:
    WorkerHeartbeat.objects.update_or_create(
        worker_id=worker_id,
        defaults={
            "hostname": socket.gethostname()[:255],
            "pid": os.getpid(),
            "started_at": now,
            "beat_at": now,
        },
    )


def stop_worker(*, worker_id: str, now: datetime | None = None) -> None:
    """Forget a worker that stops, giving back what it still holds."""
    with transaction.atomic():
        _recover(worker_ids=[worker_id], now=now or timezone.now())
        WorkerHeartbeat.objects.filter(worker_id=worker_id).delete()


def recover_dead_workers(*, now: datetime | None = None, orphans: bool = False) -> int:
    """Re-queue the tasks and give back the outbox leases of every worker that
    stopped beating; return how many tasks were recovered.

    With `orphans`, also recover the RUNNING tasks of workers that never beat
    (a plain `db_worker`, or a release before #10) once they have run longer
    than a dead worker stays silent. That needs a scan of the task table, so
    workers do it when they start, not on every beat.
    """
    now = now or timezone.now()
    cutoff = now - dead_after()
    with transaction.atomic():
        beats = dict(WorkerHeartbeat.objects.values_list("worker_id", "beat_at"))
        dead = [worker_id for worker_id, at in beats.items() if at < cutoff]
        if orphans:
            dead += [
                row.worker_ids[-1]
                for row in DBTaskResult.objects.running().filter(started_at__lt=cutoff)
                if row.worker_ids and row.worker_ids[-1] not in beats
            ]
        recovered = _recover(worker_ids=dead, now=now)
        WorkerHeartbeat.objects.filter(worker_id__in=dead, beat_at__lt=cutoff).delete()
    for worker_id in dead:
        log.warning("worker %s stopped beating; its work was taken back", worker_id)
    return recovered


def _recover(*, worker_ids: list[str], now: datetime) -> int:
    """Re-queue (or fail) the RUNNING tasks last claimed by these workers and
    give back their outbox leases; return how many tasks."""
    if not worker_ids:
        return 0
    recovered = 0
    # By id: two workers recovering the same dead one lock its tasks in one order.
    for row in DBTaskResult.objects.running().order_by("pk"):
        if not row.worker_ids or row.worker_ids[-1] not in worker_ids:
            continue
        same_claim = DBTaskResult.objects.filter(
            pk=row.pk, status=TaskResultStatus.RUNNING, started_at=row.started_at
        )
        if len(row.worker_ids) >= MAX_CLAIMS:
            recovered += same_claim.update(
                status=TaskResultStatus.FAILED,
                finished_at=now,
                exception_class_path=f"{__name__}.{WorkerLost.__qualname__}",
                traceback=(
                    f"The workers running this task stopped {len(row.worker_ids)} "
                    f"times: {', '.join(row.worker_ids)}\n"
                ),
            )
        else:
            recovered += same_claim.update(
                status=TaskResultStatus.READY, started_at=None
            )
    OutboxMessage.objects.filter(
        status=OutboxMessage.Status.PENDING, leased_by__in=worker_ids
    ).update(leased_by="", next_attempt_at=now)
    return recovered


def enqueue_due_recurring_tasks(*, now: datetime | None = None) -> list[str]:
    """Enqueue each recurring task that is due and has no run waiting or
    running; return the paths enqueued.

    The run is claimed by moving `next_run_at` with a compare-and-set, so two
    workers never enqueue the same run.
    """
    now = now or timezone.now()
    enqueued = []
    for path, seconds in settings.TILLIT["RECURRING_TASKS"].items():
        schedule, _ = RecurringTask.objects.get_or_create(
            task_path=path, defaults={"next_run_at": now}
        )
        if schedule.next_run_at > now or has_live_run(task_path=path, now=now):
            continue
        with transaction.atomic():
            if RecurringTask.objects.filter(
                pk=schedule.pk, next_run_at=schedule.next_run_at
            ).update(next_run_at=now + timedelta(seconds=seconds)):
                import_string(path).enqueue()
                enqueued.append(path)
    return enqueued


def has_live_run(*, task_path: str, now: datetime | None = None) -> bool:
    """Return whether a run of the task waits in the queue or runs on a
    worker that is alive."""
    now = now or timezone.now()
    runs = DBTaskResult.objects.filter(task_path=task_path)
    if runs.filter(status=TaskResultStatus.READY).exists():
        return True
    alive = set(
        WorkerHeartbeat.objects.filter(beat_at__gte=now - dead_after()).values_list(
            "worker_id", flat=True
        )
    )
    return any(
        row.worker_ids and row.worker_ids[-1] in alive
        for row in runs.filter(status=TaskResultStatus.RUNNING)
    )


def tend_queue(*, worker_id: str, now: datetime | None = None) -> None:
    """One beat of the upkeep: beat, recover the dead, enqueue what is due."""
    now = now or timezone.now()
    beat(worker_id=worker_id, now=now)
    recover_dead_workers(now=now)
    enqueue_due_recurring_tasks(now=now)


@contextmanager
def upkeep(*, worker_id: str) -> Iterator[None]:
    """Run the upkeep around a worker's loop: once now, then on every beat
    from a thread of its own."""
    start_worker(worker_id=worker_id)
    recover_dead_workers(orphans=True)
    tend_queue(worker_id=worker_id)
    stopping = threading.Event()

    def loop() -> None:
        try:
            while not stopping.wait(heartbeat_interval().total_seconds()):
                close_old_connections()
                try:
                    tend_queue(worker_id=worker_id)
                except Exception:  # a database hiccup must not stop the beat
                    log.exception("worker upkeep failed; trying again")
            # Signed off from here: the signal that stops the worker may have
            # interrupted the main thread's connection at any point.
            stop_worker(worker_id=worker_id)
        finally:
            connections.close_all()

    thread = threading.Thread(target=loop, name="tillit-worker-upkeep", daemon=True)
    thread.start()
    try:
        yield
    finally:
        stopping.set()
        thread.join()


@dataclass(frozen=True)
class WorkerHealth:
    """What `tillit worker status` and the admins' console show."""

    now: datetime
    workers: int
    last_beat_at: datetime | None
    waiting: int
    oldest_waiting_since: datetime | None
    running: int
    outbox_pending: int
    outbox_failed: int

    @property
    def last_beat_age(self) -> timedelta | None:
        return None if self.last_beat_at is None else self.now - self.last_beat_at

    @property
    def oldest_waiting_age(self) -> timedelta | None:
        if self.oldest_waiting_since is None:
            return None
        return self.now - self.oldest_waiting_since

    def is_alive(self, *, max_age: timedelta | None = None) -> bool:
        """Return whether some worker beat within `max_age` (by default, the
        time after which a worker is presumed dead)."""
        age = self.last_beat_age
        return age is not None and age <= (max_age or dead_after())


def get_worker_health(*, now: datetime | None = None) -> WorkerHealth:
    """Return the workers' last heartbeat, the queue and the outbox, in three
    queries."""
    now = now or timezone.now()
    beats = WorkerHeartbeat.objects.aggregate(
        workers=Count("pk", filter=Q(beat_at__gte=now - dead_after())),
        last=Max("beat_at"),
    )
    date_max = get_date_max()
    tasks = DBTaskResult.objects.aggregate(
        waiting=Count(
            "pk",
            filter=Q(status=TaskResultStatus.READY)
            & (Q(run_after=date_max) | Q(run_after__lte=now)),
        ),
        oldest=Min(
            Case(
                When(run_after=date_max, then=F("enqueued_at")), default=F("run_after")
            ),
            filter=Q(status=TaskResultStatus.READY)
            & (Q(run_after=date_max) | Q(run_after__lte=now)),
        ),
        running=Count("pk", filter=Q(status=TaskResultStatus.RUNNING)),
    )
    outbox = OutboxMessage.objects.aggregate(
        pending=Count("pk", filter=Q(status=OutboxMessage.Status.PENDING)),
        failed=Count("pk", filter=Q(status=OutboxMessage.Status.FAILED)),
    )
    return WorkerHealth(
        now=now,
        workers=beats["workers"],
        last_beat_at=beats["last"],
        waiting=tasks["waiting"],
        oldest_waiting_since=tasks["oldest"],
        running=tasks["running"],
        outbox_pending=outbox["pending"],
        outbox_failed=outbox["failed"],
    )

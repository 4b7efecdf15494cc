import os
import signal
from datetime import timedelta

from django.core.management.base import CommandError
from django.utils.autoreload import DJANGO_AUTORELOAD_ENV
from django_tasks_db.management.commands import db_worker

from tillit.core.worker import dead_after, get_worker_health, upkeep


def _age(delta: timedelta | None) -> str:
    return "none" if delta is None else f"{delta.total_seconds():.0f} s ago"


class Command(db_worker.Command):
    help = (
        "The task worker: `tillit worker run` works the queue (db_worker's options), "
        "takes back the work of dead workers and runs the recurring tasks; "
        "`tillit worker status` shows the last heartbeat, the queue and the outbox, "
        "and exits with 1 when no worker has beaten for --max-age seconds."
    )

    def add_arguments(self, parser):
        parser.add_argument("action", choices=["run", "status"])
        super().add_arguments(parser)
        parser.add_argument(
            "--max-age",
            type=db_worker.valid_interval,
            default=None,
            help="status: the oldest heartbeat that counts as alive, in seconds "
            "(default: WORKER_DEAD_AFTER_SECONDS)",
        )

    def handle(self, *args, action, max_age, **options):
        if action == "status":
            self.status(max_age=None if max_age is None else timedelta(seconds=max_age))
            return
        # With --reload the parent only restarts the child that does the work.
        reloader = options["reload"] and not options["batch"]
        if reloader and os.environ.get(DJANGO_AUTORELOAD_ENV) != "true":
            super().handle(**options)
            return
        # db_worker's handlers turn SIGINT/SIGTERM into sys.exit(0); a batch run
        # inside another process (a test, a command) must not leave them behind.
        stops = [signal.SIGINT, signal.SIGTERM, getattr(signal, "SIGQUIT", None)]
        previous = {s: signal.getsignal(s) for s in stops if s is not None}
        try:
            with upkeep(worker_id=options["worker_id"]):
                super().handle(**options)
        finally:
            for stop, handler in previous.items():
                signal.signal(stop, handler)

    def status(self, *, max_age: timedelta | None) -> None:
        health = get_worker_health()
        oldest = health.oldest_waiting_age
        self.stdout.write(
            f"Workers alive: {health.workers}; "
            f"last heartbeat: {_age(health.last_beat_age)}"
        )
        self.stdout.write(
            f"Tasks waiting: {health.waiting}"
            + (f", oldest {oldest.total_seconds():.0f} s" if oldest is not None else "")
            + f"; running: {health.running}"
        )
        self.stdout.write(
            f"Outbox: {health.outbox_pending} pending, {health.outbox_failed} failed"
        )
        if not health.is_alive(max_age=max_age):
            seconds = (max_age or dead_after()).total_seconds()
            raise CommandError(
                f"No worker heartbeat in the last {seconds:.0f} s: "
                "start `tillit worker run`."
            )

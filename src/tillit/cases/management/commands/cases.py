from django.core.management.base import BaseCommand

from tillit.cases.services.queue import reprioritise_open_cases
from tillit.cases.tasks import reprioritise_open_cases_task
from tillit.core.worker import has_live_run


class Command(BaseCommand):
    help = (
        "Cases: `tillit cases reprioritise` recomputes urgency now; "
        "`tillit cases schedule` queues a run for the worker unless one is "
        "waiting or running (the worker also runs it every two minutes)."
    )

    def add_arguments(self, parser):
        parser.add_argument("action", choices=["reprioritise", "schedule"])

    def handle(self, *args, action, **options):
        if action == "reprioritise":
            self.stdout.write(f"Reprioritised {reprioritise_open_cases()} cases.")
        # A RUNNING row left by a dead worker is not a live run (#10).
        elif has_live_run(task_path=reprioritise_open_cases_task.module_path):
            self.stdout.write("Already scheduled.")
        else:
            reprioritise_open_cases_task.enqueue()
            self.stdout.write("Scheduled: the worker reprioritises every two minutes.")

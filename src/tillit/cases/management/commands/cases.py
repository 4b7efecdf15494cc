from django.core.management.base import BaseCommand

from tillit.cases.services import reprioritise_open_cases
from tillit.cases.tasks import reprioritise_open_cases_task


class Command(BaseCommand):
    help = (
        "Cases: `tillit cases reprioritise` recomputes urgency now; "
        "`tillit cases schedule` starts the recurring task for the worker."
    )

    def add_arguments(self, parser):
        parser.add_argument("action", choices=["reprioritise", "schedule"])

    def handle(self, *args, action, **options):
        if action == "reprioritise":
            self.stdout.write(f"Reprioritised {reprioritise_open_cases()} cases.")
        elif _already_scheduled():
            self.stdout.write("Already scheduled.")
        else:
            reprioritise_open_cases_task.enqueue()
            self.stdout.write("Scheduled: the worker reprioritises every two minutes.")


def _already_scheduled() -> bool:
    from django_tasks_db.models import DBTaskResult

    return DBTaskResult.objects.filter(
        task_path=reprioritise_open_cases_task.module_path,
        status__in=["READY", "RUNNING"],
    ).exists()

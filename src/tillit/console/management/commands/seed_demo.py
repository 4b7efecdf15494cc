from django.core.management.base import BaseCommand

from tillit.console.demo import database_is_empty, demo_logins, seed_demo


class Command(BaseCommand):
    help = "Load demo data. With --if-empty, only when the database has no users."

    def add_arguments(self, parser):
        parser.add_argument("--if-empty", action="store_true")

    def handle(self, *args, if_empty=False, **options):
        if if_empty and not database_is_empty():
            self.stdout.write("The database has data already: demo not loaded again.")
            logins = demo_logins()
        else:
            logins = seed_demo()
            self.stdout.write("Demo data loaded.")
        self.stdout.write(
            "Sign in at http://127.0.0.1:8000/login/ as (unless changed):"
        )
        for username, password, what in logins:
            self.stdout.write(f"  {username:<10} {password:<12} {what}")

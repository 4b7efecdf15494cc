from django.core.management.base import BaseCommand

from tillit.core.models import OutboxMessage
from tillit.core.outbox import drain_outbox


class Command(BaseCommand):
    help = "The outbox: `tillit outbox drain` sends what is due; `status` counts."

    def add_arguments(self, parser):
        parser.add_argument("action", choices=["drain", "status"])

    def handle(self, *args, action, **options):
        if action == "drain":
            self.stdout.write(f"Sent {drain_outbox()} messages.")
        for status in OutboxMessage.Status.values:
            n = OutboxMessage.objects.filter(status=status).count()
            self.stdout.write(f"{status}: {n}")

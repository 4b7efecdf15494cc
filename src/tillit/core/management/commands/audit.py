from django.core.management.base import BaseCommand, CommandError

from tillit.core.audit import verify_audit_chain


class Command(BaseCommand):
    help = "The audit log: `tillit audit verify` checks the hash chain."

    def add_arguments(self, parser):
        parser.add_argument("action", choices=["verify"])

    def handle(self, *args, action, **options):
        report = verify_audit_chain()
        if not report.ok:
            raise CommandError(
                f"Audit chain broken at event #{report.broken_seq}: {report.reason} "
                f"({report.checked} events before it verified)."
            )
        self.stdout.write(f"Audit chain intact: {report.checked} events verified.")

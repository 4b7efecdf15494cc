import json
import sys

from django.core.management.base import BaseCommand, CommandError

from tillit.core.errors import InvalidInput
from tillit.intake.email_intake import answer_trust_mail


class Command(BaseCommand):
    help = "Intake from outside: `tillit intake email < message.eml` (an MTA pipe)."

    def add_arguments(self, parser):
        parser.add_argument("channel", choices=["email"])

    def handle(self, *args, channel, **options):
        raw = sys.stdin.buffer.read()
        if not raw.strip():
            raise CommandError("No message on standard input.")
        try:
            result = answer_trust_mail(raw=raw)
        except InvalidInput as exc:
            raise CommandError(json.dumps(exc.as_dict(), ensure_ascii=False)) from exc
        out = {k: result[k] for k in ("email", "target_type", "target_id", "answered")}
        self.stdout.write(json.dumps(out))

import json
import sys

from django.core.management.base import BaseCommand, CommandError

from tillit.core.errors import InvalidInput
from tillit.intake.email_intake import MAX_MESSAGE_BYTES, answer_trust_mail


class Command(BaseCommand):
    help = (
        "Intake from outside: `tillit intake email < message.eml` (an MTA pipe). "
        "Exits 0 when the message was answered or skipped as automatic, 1 when "
        "it has no valid sender or is too large to read."
    )

    def add_arguments(self, parser):
        parser.add_argument("channel", choices=["email"])

    def handle(self, *args, channel, **options):
        # Read at most one byte past the limit: a larger message is refused
        # without holding it all in memory.
        raw = sys.stdin.buffer.read(MAX_MESSAGE_BYTES + 1)
        if not raw.strip():
            raise CommandError("No message on standard input.")
        if len(raw) > MAX_MESSAGE_BYTES:
            raise CommandError(
                f"The message is larger than {MAX_MESSAGE_BYTES // 2**20} MiB: "
                "not read."
            )
        try:
            result = answer_trust_mail(raw=raw)
        except InvalidInput as exc:
            raise CommandError(json.dumps(exc.as_dict(), ensure_ascii=False)) from exc
        for note in result["notes"]:
            self.stderr.write(f"note: {note}")
        out = {k: result[k] for k in ("email", "target_type", "target_id", "answered")}
        self.stdout.write(json.dumps(out))

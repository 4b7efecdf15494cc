import json
from datetime import date

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from tillit.transparency.errors import DsaSubmitFailed
from tillit.transparency.services import submit_dsa_statements
from tillit.transparency.statements import list_dsa_statements


def _date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError as exc:
        raise CommandError(f"--since must be a date like 2026-07-01: {text!r}") from exc


class Command(BaseCommand):
    help = (
        "DSA statements of reasons: `tillit dsa export [--since DATE]` writes "
        "them as JSON lines; `tillit dsa submit` sends those not yet accepted "
        "to the Transparency Database (TILLIT_DSA_URL, TILLIT_DSA_TOKEN)."
    )

    def add_arguments(self, parser):
        parser.add_argument("action", choices=["export", "submit"])
        parser.add_argument("--since", help="only decisions in force from this day")
        parser.add_argument("--output", help="a file instead of standard output")

    def handle(self, *args, action, since, output, **options):
        if action == "export":
            self._export(since=_date(since) if since else None, output=output)
        else:
            self._submit()

    def _export(self, *, since, output):
        statements = list_dsa_statements(since=since)
        lines = [json.dumps(s.statement, ensure_ascii=False) for s in statements]
        text = "".join(line + "\n" for line in lines)
        if output:
            try:
                with open(output, "w", encoding="utf-8") as file:
                    file.write(text)
            except OSError as exc:
                raise CommandError(f"Cannot write {output}: {exc.strerror}") from exc
            self.stderr.write(f"Wrote {len(lines)} statements to {output}.")
        else:
            self.stdout.write(text, ending="")

    def _submit(self):
        url = settings.TILLIT.get("DSA_SUBMIT_URL", "")
        token = settings.TILLIT.get("DSA_SUBMIT_TOKEN", "")
        if not url or not token:
            raise CommandError("Set TILLIT_DSA_URL and TILLIT_DSA_TOKEN first.")
        try:
            result = submit_dsa_statements(url=url, token=token)
        except DsaSubmitFailed as exc:
            raise CommandError(f"The database refused the token: {exc.fields}") from exc
        for puid, errors in result.errors.items():
            self.stderr.write(f"{puid}: {json.dumps(errors, ensure_ascii=False)}")
        self.stdout.write(
            f"Accepted {result.accepted}, already there {result.already_there}, "
            f"skipped {result.skipped} (accepted before), rejected {result.rejected}, "
            f"failed {result.failed}."
        )
        if result.rejected or result.failed:
            raise CommandError("Some statements were not accepted.")

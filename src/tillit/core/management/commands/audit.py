import json
import sys

from django.core.exceptions import ImproperlyConfigured
from django.core.management.base import BaseCommand, CommandError

from tillit.core.audit_key import key_id, public_key
from tillit.core.audit_seals import (
    get_audit_status,
    list_exported_seals,
    seal_audit_log,
)
from tillit.core.audit_verify import verify_audit_log


def _ago(delta) -> str:
    return f"{max(int(delta.total_seconds()), 0)} s ago"


def _n(count: int, noun: str) -> str:
    return f"{count} {noun}" + ("" if count == 1 else "s")


class Command(BaseCommand):
    help = (
        "The audit log: `seal` seals what can be sealed now, `verify` checks the "
        "seals and the events they cover, `status` shows the unsealed backlog, "
        "`export-seals` writes the seals as JSON lines to anchor them elsewhere."
    )

    def add_arguments(self, parser):
        sub = parser.add_subparsers(dest="action", required=True)
        seal = sub.add_parser("seal", help="Seal the events that are final now.")
        seal.add_argument(
            "--wait",
            type=float,
            default=10.0,
            help="PostgreSQL: seconds to wait for older transactions (default 10).",
        )
        verify = sub.add_parser("verify", help="Check the seals and the events.")
        verify.add_argument(
            "--public-key",
            dest="public_keys",
            action="append",
            default=[],
            metavar="BASE64",
            help="Trust only this public key (repeat for several).",
        )
        verify.add_argument(
            "--anchor",
            metavar="FILE",
            help="Seals exported earlier (JSON lines) that must still be there.",
        )
        status = sub.add_parser("status", help="Show the unsealed backlog.")
        status.add_argument(
            "--max-age",
            type=float,
            metavar="SECONDS",
            help="Exit 1 when the oldest unsealed event is older than this.",
        )
        export = sub.add_parser("export-seals", help="Write the seals as JSON lines.")
        export.add_argument(
            "--after", type=int, default=0, metavar="NUMBER", help="Seals after it."
        )

    def handle(self, *args, action, **options):
        getattr(self, "_" + action.replace("-", "_"))(**options)

    def _seal(self, *, wait, **options):
        if wait < 0:
            raise CommandError("--wait must be zero or more seconds.")
        seals = seal_audit_log(wait=wait)
        events = sum(seal.count for seal in seals)
        if not seals:
            self.stdout.write("Nothing to seal.")
            return
        numbers = f"{seals[0].number}" + (
            f"-{seals[-1].number}" if len(seals) > 1 else ""
        )
        self.stdout.write(
            f"Sealed {_n(events, 'event')} in {_n(len(seals), 'seal')} ({numbers})."
        )

    def _verify(self, *, public_keys, anchor, **options):
        keys = None
        if public_keys:
            try:
                keys = {key_id(k): k for k in map(public_key, public_keys)}
            except ImproperlyConfigured as exc:
                raise CommandError(f"--public-key: {exc}") from exc
        lines = _read_anchor(anchor) if anchor else None
        report = verify_audit_log(public_keys=keys, anchor=lines)
        if not report.ok:
            raise CommandError(f"Audit log broken: {report.problem}")
        self.stdout.write(
            f"Audit log intact: {_n(report.seals, 'seal')}, "
            f"{_n(report.sealed, 'event')} verified; {report.unsealed} not sealed yet."
        )

    def _status(self, *, max_age, **options):
        status = get_audit_status()
        if status.unsealed:
            self.stdout.write(
                f"Unsealed events: {status.unsealed}, oldest "
                f"{_ago(status.oldest_unsealed_age)}"
            )
        else:
            self.stdout.write("Unsealed events: 0")
        seal = status.last_seal
        if seal is None:
            self.stdout.write("Last seal: none")
        else:
            self.stdout.write(
                f"Last seal: {seal.number}, events #{seal.first_id}-#{seal.last_id} "
                f"({_n(seal.count, 'event')}), "
                f"{_ago(status.last_seal_age)}"
            )
        if max_age is not None:
            if max_age < 0:
                raise CommandError("--max-age must be zero or more seconds.")
            age = status.oldest_unsealed_age
            if age is not None and age.total_seconds() > max_age:
                raise CommandError(
                    f"An event has waited {int(age.total_seconds())} s for a seal "
                    f"(more than {max_age:g} s): is the worker running?"
                )

    def _export_seals(self, *, after, **options):
        for line in list_exported_seals(after=after):
            self.stdout.write(json.dumps(line, sort_keys=True))


def _read_anchor(path: str) -> list[dict]:
    try:
        handle = sys.stdin if path == "-" else open(path, encoding="utf-8")  # noqa: SIM115
        with handle:
            lines = [json.loads(line) for line in handle if line.strip()]
    except (OSError, ValueError) as exc:
        raise CommandError(f"--anchor: cannot read {path}: {exc}") from exc
    if not all(isinstance(line, dict) for line in lines):
        raise CommandError(f"--anchor: {path} is not the output of export-seals.")
    return lines

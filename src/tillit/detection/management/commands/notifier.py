import json
import sys

from django.core.management.base import BaseCommand, CommandError

from tillit.detection.scan import ScanStats, scan_lines


class Command(BaseCommand):
    help = (
        "The At-Risk Meeting Notifier. `tillit notifier scan [FILE|-]` reads posts "
        "as JSON lines and prints one JSON line per meeting reference found."
    )

    def add_arguments(self, parser):
        parser.add_argument("action", choices=["scan"])
        parser.add_argument("file", nargs="?", default="-")

    def handle(self, *args, action, file, **options):
        try:
            stream = (
                sys.stdin
                if file == "-"
                else open(file, encoding="utf-8", errors="replace")  # noqa: SIM115
            )
        except OSError as exc:
            raise CommandError(f"Cannot read {file}: {exc}") from exc
        stats = ScanStats()
        with stream:
            for finding in scan_lines(stream, stats):
                if "skipped" in finding:
                    self.stderr.write(
                        f"line {finding['skipped']}: skipped ({finding['reason']})"
                    )
                    continue
                self.stdout.write(json.dumps(finding, ensure_ascii=False))
        skipped = (
            ", ".join(f"{k} {v}" for k, v in sorted(stats.skipped.items())) or "none"
        )
        self.stderr.write(
            f"scanned {stats.scanned} posts, found {stats.references} meeting references, "
            f"skipped: {skipped}"
        )

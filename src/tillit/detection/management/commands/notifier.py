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
        parser.add_argument("action", choices=["scan", "add-feed", "poll"])
        parser.add_argument(
            "file", nargs="?", default="-", help="posts (scan) or a feed URL"
        )
        parser.add_argument(
            "--interval", type=int, default=600, help="seconds between polls"
        )

    def handle(self, *args, action, file, interval=600, **options):
        if action == "add-feed":
            return self._add_feed(file, interval)
        if action == "poll":
            from tillit.detection.feeds import poll_due_feeds

            self.stdout.write(f"scanned {poll_due_feeds()} new feed entries")
            return
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

    def _add_feed(self, url, interval):
        from django.core.validators import URLValidator

        from tillit.detection.models import FeedSource

        try:
            URLValidator(schemes=["http", "https"])(url)
        except Exception as exc:
            raise CommandError("Give the feed's http(s) URL.") from exc
        if not 60 <= interval <= 86_400:
            raise CommandError(
                "Poll between every minute and once a day (60 to 86400 s)."
            )
        feed, created = FeedSource.objects.get_or_create(
            url=url, defaults={"interval_seconds": interval}
        )
        self.stdout.write(
            f"{'Added' if created else 'Already polling'} feed {feed.pk}: {url}"
        )

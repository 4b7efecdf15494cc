"""The `tillit` command: Django's manage.py under the project's name.

`tillit notifier scan` and `tillit scanner classify` (#14) need neither the
database nor settings: they take a lean path that imports only the scan (or
the classifier), not Django, whose setup cost a second before the first post
was read (#13). It runs the same `scan_file` (`classify_file`) as the Django
command, with the same output, messages and exit
codes. Any argument the lean path does not know for certain (an option other
than --max-line-bytes, an abbreviation, --help) goes the usual way through
Django, which then answers exactly as before.
"""

import os
import sys

LEAN = (["notifier", "scan"], ["scanner", "classify"])


def _lean_scan_arguments(argv: list[str]) -> tuple[str, int] | None:
    """(file, max_line_bytes) for `notifier scan [FILE|-] [--max-line-bytes N]`
    and `scanner classify [FILE|-] [--max-line-bytes N]`, or None for anything
    else."""
    if argv[:2] not in LEAN:
        return None
    from tillit.detection.scan import MAX_LINE_BYTES  # only for a scan

    file, max_line_bytes = None, MAX_LINE_BYTES
    rest = iter(argv[2:])
    for arg in rest:
        if arg == "--max-line-bytes" or arg.startswith("--max-line-bytes="):
            value = arg.partition("=")[2] if "=" in arg else next(rest, None)
            try:
                max_line_bytes = int(value)  # as argparse's type=int reads it
            except (TypeError, ValueError):
                return None
        elif file is None and (arg == "-" or not arg.startswith("-")):
            file = arg
        else:
            return None
    return (file or "-"), max_line_bytes


def _scan(file: str, max_line_bytes: int, *, classify: bool = False) -> None:
    from tillit.detection.scan import ScanError, scan_file  # only for a scan

    if classify:
        # `scanner classify` (#14): the same conventions, only for a classify
        from tillit.detection.scanner_classify import classify_file as scan_file

    out, err = sys.stdout, sys.stderr
    error = _plain
    # Django colours the command's stderr only when both are terminals.
    if out.isatty() and err.isatty():
        from django.core.management.color import color_style  # at a terminal only

        error = color_style().ERROR

    def write_out(line: str) -> None:
        out.write(line + "\n")

    def write_err(line: str) -> None:
        err.write(error(line + "\n"))

    try:
        scan_file(file, max_line_bytes=max_line_bytes, out=write_out, err=write_err)
    except ScanError as exc:
        write_err(f"CommandError: {exc}")
        sys.exit(1)


def _plain(text: str) -> str:
    return text


def main(argv: list[str] | None = None) -> None:
    argv = list(argv if argv is not None else sys.argv[1:])
    if (lean := _lean_scan_arguments(argv)) is not None:
        return _scan(*lean, classify=argv[0] == "scanner")
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "tillit.settings")
    from django.core.management import execute_from_command_line  # not for a scan

    execute_from_command_line(["tillit", *argv])


if __name__ == "__main__":
    main()

"""The `tillit` command: Django's manage.py under the project's name."""

import os
import sys


def main(argv: list[str] | None = None) -> int | None:
    args = list(argv if argv is not None else sys.argv[1:])
    if args[:2] == ["notifier", "scan"]:
        # The scan reads no database: it starts without Django, whose import
        # and setup cost a second before the first post (#13).
        from tillit.detection.scan import scan_command

        code = scan_command(args[2:])
        if code is not None:
            return code
    # Imported here so that the scan above never loads it.
    from django.core.management import execute_from_command_line

    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "tillit.settings")
    execute_from_command_line(["tillit", *args])
    return None


if __name__ == "__main__":
    sys.exit(main())

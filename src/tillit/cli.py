"""The `tillit` command: Django's manage.py under the project's name."""

import os
import sys


def main(argv: list[str] | None = None) -> None:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "tillit.settings")
    from django.core.management import execute_from_command_line

    execute_from_command_line(["tillit", *(argv if argv is not None else sys.argv[1:])])


if __name__ == "__main__":
    main()

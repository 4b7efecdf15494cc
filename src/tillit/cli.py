"""The `tillit` command: Django's manage.py under the project's name."""

import os
import sys

from django.core.management import execute_from_command_line


def main(argv: list[str] | None = None) -> None:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "tillit.settings")
    execute_from_command_line(["tillit", *(argv if argv is not None else sys.argv[1:])])


if __name__ == "__main__":
    main()

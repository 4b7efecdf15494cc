"""Where SECRET_KEY comes from: it signs every link sent to people without an
account (status pages, appeals, answers, consultations, at-risk actions,
pre-filled reports), so a known key lets anyone forge them (#10, finding 4).

Imported by the settings, so it imports nothing from Django's app machinery.
"""

import os
import secrets
from collections.abc import Callable
from pathlib import Path

from django.core.checks.security.base import (
    SECRET_KEY_INSECURE_PREFIX,
    SECRET_KEY_MIN_LENGTH,
    SECRET_KEY_MIN_UNIQUE_CHARACTERS,
)
from django.core.exceptions import ImproperlyConfigured

# Keys that were ever published in Tillit's source: never accepted.
KNOWN_KEYS = frozenset(
    {
        "dev-only-secret-key-change-me-in-production-0123456789",
    }
)


def is_weak_key(key: str) -> bool:
    """Return whether the key is published, short or repetitive (Django's
    own `check --deploy` rule, so both agree)."""
    return (
        key in KNOWN_KEYS
        or len(key) < SECRET_KEY_MIN_LENGTH
        or len(set(key)) < SECRET_KEY_MIN_UNIQUE_CHARACTERS
        or key.startswith(SECRET_KEY_INSECURE_PREFIX)
    )


def new_secret_key() -> str:
    return secrets.token_urlsafe(64)


def read_secret_key(
    configured: str | None, *, key_file: Path, development: bool
) -> str:
    """Return the signing key.

    TILLIT_SECRET_KEY wins and must be strong. Without it, development uses
    the key kept in `key_file`, made (mode 0600) on first start; production
    refuses to start.
    """
    if configured:
        if is_weak_key(configured):
            raise ImproperlyConfigured(
                "TILLIT_SECRET_KEY is a published or weak key: set it to a long "
                "random value (at least 50 characters), for example the output of "
                "`python -c 'import secrets; print(secrets.token_urlsafe(64))'`."
            )
        return configured
    if not development:
        raise ImproperlyConfigured(
            "TILLIT_SECRET_KEY is not set. Tillit signs the links it sends with it, "
            "so production refuses to start without one: set TILLIT_SECRET_KEY to a "
            "long random value (`python -c 'import secrets; "
            "print(secrets.token_urlsafe(64))'`), or set TILLIT_ENV=development "
            "(with DEBUG on) for a local key kept under var/."
        )
    return _key_from_file(key_file)


def _key_from_file(key_file: Path) -> str:
    key = kept_in_file(key_file, make=new_secret_key)
    if is_weak_key(key):
        raise ImproperlyConfigured(
            f"{key_file} holds a weak key: delete it to make a new one, or set "
            "TILLIT_SECRET_KEY."
        )
    return key


def kept_in_file(key_file: Path, *, make: Callable[[], str]) -> str:
    """Return the key kept in `key_file`, writing `make()` there (mode 0600)
    first if the file does not exist yet."""
    if not key_file.exists():
        # Written aside, then linked into place: the web process and the worker
        # may start at the same moment, and only one key may win.
        aside = key_file.with_name(f".{key_file.name}.{os.getpid()}")
        fd = os.open(aside, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w") as out:
            out.write(make() + "\n")
        try:
            os.link(aside, key_file)
        except FileExistsError:
            pass
        finally:
            aside.unlink()
    return key_file.read_text().strip()

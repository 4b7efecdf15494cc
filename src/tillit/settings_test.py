"""Settings for the test suite: the production defaults, with a signing key
and an audit signing key made for this run (so running the tests needs no key
configured), and a pool large enough for the tests that run many threads at
once, each with its own connection, with idle connections closed within
seconds (#10). Passwords are hashed with MD5: the production hasher spends
about a second of CPU on each, by design, and the suite signs in and makes
staff hundreds of times."""

import base64
import os
import secrets

os.environ.setdefault("TILLIT_SECRET_KEY", secrets.token_urlsafe(64))
os.environ.setdefault(
    "TILLIT_AUDIT_SIGNING_KEY", base64.b64encode(secrets.token_bytes(32)).decode()
)
os.environ.setdefault("TILLIT_DB_POOL_MAX", "32")
# The shared cache is off unless a test turns it on (tests/safety/conftest.py).
os.environ.pop("TILLIT_CACHE_URL", None)
os.environ.setdefault("TILLIT_DB_POOL_MAX_IDLE", "1")

from tillit.settings import *  # noqa: E402, F403

# Tests only: fast, and never used outside the test suite.
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
# Joins are written at once, so a test sees them without waiting for a flush;
# the query-count tests of admission turn the write-behind on (#12).
TILLIT["JOINS_FLUSH_SECONDS"] = 0  # noqa: F405

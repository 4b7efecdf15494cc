"""Settings for the test suite: the production defaults, with a signing key
made for this run, so that running the tests needs no key configured."""

import os
import secrets

os.environ.setdefault("TILLIT_SECRET_KEY", secrets.token_urlsafe(64))

from tillit.settings import *  # noqa: E402, F403

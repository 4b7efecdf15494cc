"""Settings for the test suite: the production settings, with a pool large
enough for the tests that run many threads at once, each with its own
connection, and idle connections closed within seconds (#10)."""

import os

os.environ.setdefault("TILLIT_DB_POOL_MAX", "32")
os.environ.setdefault("TILLIT_DB_POOL_MAX_IDLE", "1")

from tillit.settings import *  # noqa: E402, F403

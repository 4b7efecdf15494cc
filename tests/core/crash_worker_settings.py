"""Settings of the workers that the crash test starts and kills: the test's
database, mail to the test's folder, and clocks of seconds instead of minutes."""

import os

from tillit.settings import *  # noqa: F403
from tillit.settings import DATABASES, TILLIT

DATABASES["default"]["NAME"] = os.environ["TILLIT_CRASH_DB_NAME"]
EMAIL_FILE_PATH = os.environ["TILLIT_CRASH_MAIL_DIR"]
TILLIT = {
    **TILLIT,
    "WORKER_HEARTBEAT_SECONDS": 0.25,
    "WORKER_DEAD_AFTER_SECONDS": 1.5,
    "RECURRING_TASKS": {
        "tillit.cases.tasks.reprioritise_open_cases_task": 1,
        "tillit.core.tasks.sweep_outbox_task": 2,
    },
}

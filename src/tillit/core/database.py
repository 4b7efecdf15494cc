"""How Tillit's processes share PostgreSQL's connections (issue #10).

Each process keeps one pool of connections (psycopg_pool, through Django's
"pool" option), shared by its threads: a thread holds a connection only while
it serves a request or runs a task. A process therefore never holds more than
TILLIT_DB_POOL_MAX connections, and idle ones are closed again, so a burst of
requests cannot take every connection the server has. docs/operations.md gives
the arithmetic; `tillit serve` checks it before it starts.
"""

from collections.abc import Mapping

from django.core.exceptions import ImproperlyConfigured

POOL_MAX = 4
POOL_MIN = 1
# Seconds a request waits for a free connection before it is answered 503.
POOL_TIMEOUT = 10.0
# Seconds a connection above the minimum may stay unused before it is closed.
POOL_MAX_IDLE = 60.0
# Connections `tillit serve` leaves for the task worker, the notifier and commands.
RESERVED = 10


def _number(environ: Mapping[str, str], name: str, default, *, minimum, kind=int):
    raw = environ.get(name, "").strip()
    if not raw:
        return default
    try:
        value = kind(raw)
    except ValueError:
        raise ImproperlyConfigured(f"{name} must be a number, not {raw!r}.") from None
    if value < minimum:
        raise ImproperlyConfigured(f"{name} must be at least {minimum}, not {raw!r}.")
    return value


def connections_per_process(environ: Mapping[str, str]) -> int:
    """Return TILLIT_DB_POOL_MAX: the most connections one process holds, and
    so the threads `tillit serve` gives each web worker."""
    return _number(environ, "TILLIT_DB_POOL_MAX", POOL_MAX, minimum=1)


def reserved_connections(environ: Mapping[str, str]) -> int:
    """Return TILLIT_DB_RESERVED: connections the web workers leave free."""
    return _number(environ, "TILLIT_DB_RESERVED", RESERVED, minimum=0)


def pool_options(environ: Mapping[str, str]) -> dict | None:
    """Return Django's "pool" OPTIONS for PostgreSQL from the environment, or
    None when TILLIT_DB_POOL=0 (for instance behind PgBouncer).

    Raise ImproperlyConfigured for a value that is not a sensible number.
    """
    enabled = environ.get("TILLIT_DB_POOL", "1").strip()
    if enabled not in ("0", "1"):
        raise ImproperlyConfigured(f"TILLIT_DB_POOL must be 0 or 1, not {enabled!r}.")
    if enabled == "0":
        return None
    max_size = connections_per_process(environ)
    min_size = _number(
        environ, "TILLIT_DB_POOL_MIN", min(POOL_MIN, max_size), minimum=0
    )
    if min_size > max_size:
        raise ImproperlyConfigured(
            f"TILLIT_DB_POOL_MIN ({min_size}) must not exceed "
            f"TILLIT_DB_POOL_MAX ({max_size})."
        )
    return {
        "min_size": min_size,
        "max_size": max_size,
        "timeout": _number(
            environ, "TILLIT_DB_POOL_TIMEOUT", POOL_TIMEOUT, minimum=0.1, kind=float
        ),
        "max_idle": _number(
            environ, "TILLIT_DB_POOL_MAX_IDLE", POOL_MAX_IDLE, minimum=1.0, kind=float
        ),
    }

"""The shared cache (#12): one Redis that every web and worker process sees,
when TILLIT_CACHE_URL names one, or none at all.

There is deliberately no per-process fallback: a cache in one process would
go on serving what another process has just changed (a meeting locked there
would still admit here). Without a shared cache, readers go to the database.
"""

import redis
from django.conf import settings

# A cache that does not answer at once is worse than none: the caller goes to
# the database instead of keeping a participant at the door.
TIMEOUT_SECONDS = 0.5

_clients: dict[str, redis.Redis] = {}


def get_shared_cache() -> redis.Redis | None:
    """Return the client of the shared cache, or None when none is configured.

    One client (and connection pool) per URL and process; redis-py opens new
    connections in a forked child, so a pool made before a fork is safe.
    """
    url = settings.TILLIT.get("CACHE_URL") or ""
    if not url:
        return None
    client = _clients.get(url)
    if client is None:
        client = _clients[url] = redis.Redis.from_url(
            url,
            socket_timeout=TIMEOUT_SECONDS,
            socket_connect_timeout=TIMEOUT_SECONDS,
        )
    return client


def cache_key(name: str) -> str:
    """The key of `name`, under the deployment's prefix (TILLIT_CACHE_PREFIX),
    so several deployments or test runs can share one Redis."""
    return settings.TILLIT.get("CACHE_PREFIX", "tillit:") + name

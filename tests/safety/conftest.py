import uuid

import pytest
import redis

from tillit.safety import cache as gate_cache
from tillit.safety.services import joins

REDIS_URL = "redis://127.0.0.1:6379/0"


@pytest.fixture
def shared_cache(settings, worker_id):
    """The real Redis on 127.0.0.1:6379 as the shared cache, under a prefix of
    this test's own (so the xdist workers and runs never meet), emptied after.
    Return its client. Skipped when Redis does not answer."""
    client = redis.Redis.from_url(REDIS_URL, socket_connect_timeout=0.5)
    try:
        client.ping()
    except redis.RedisError as exc:
        pytest.skip(f"the shared cache's tests need Redis at {REDIS_URL} ({exc})")
    prefix = f"tillit-test:{worker_id}:{uuid.uuid4().hex}:"
    settings.TILLIT = {
        **settings.TILLIT,
        "CACHE_URL": REDIS_URL,
        "CACHE_PREFIX": prefix,
    }
    gate_cache.forget_process_state()
    yield client
    for key in client.scan_iter(match=f"{prefix}*"):
        client.delete(key)
    gate_cache.forget_process_state()


@pytest.fixture
def write_behind(settings):
    """Joins written behind the decision, as in production; the flush is the
    test's to call (`joins.flush_joins()`): the writer thread waits an hour."""
    settings.TILLIT = {**settings.TILLIT, "JOINS_FLUSH_SECONDS": 3600}
    yield
    with joins._pending.lock:
        joins._pending.rows.clear()

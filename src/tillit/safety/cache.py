"""Admission's shared cache (#12): each meeting's gate and each active
lock-out in the shared Redis (`tillit.core.shared_cache`), so that a warm
admission reads no database. Without a shared cache every call here does
nothing and admission reads the gate's row.

What keeps it right, in every web process at once (docs/architecture.md):

- A gate is written after the change it carries has committed, with its
  version; a script keeps the newest, so a reader that loaded an older row
  before the change cannot put it back. A gate lives GATE_SECONDS at most.
- A lock-out is written after it has committed, until it ends. A reader
  trusts the absence of one only while the cache is *ready*: the `epoch` key
  is set by the worker (`make_ready`) once every active lock-out of the
  database has been copied in, and a Redis restart empties it. A process that
  fails to write deletes it as soon as Redis answers again, so the worker
  copies them again, and gates of the old epoch are no longer read.
"""

import logging
import secrets
import time
from datetime import datetime
from typing import NamedTuple

import redis

from tillit.core.shared_cache import cache_key, get_shared_cache

from .admission import Gate
from .selectors import list_active_lockouts

logger = logging.getLogger("tillit.safety")

# The most a gate whose rewrite could not be written stays in the cache.
GATE_SECONDS = 60
# After a failure this process leaves the cache alone, rather than have every
# join wait for a timeout.
PAUSE_SECONDS = 2
WARMING_SECONDS = 30

# KEYS: epoch, gate; ARGV: the epoch the gate was read under ("" for the one
# now), version, body, seconds. Keep the newer gate, only while ready.
_PUBLISH = """
local epoch = redis.call('GET', KEYS[1])
if not epoch or string.find(epoch, '~', 1, true) then return 0 end
if ARGV[1] ~= '' and ARGV[1] ~= epoch then return 0 end
local current = redis.call('GET', KEYS[2])
if current then
  local e, v = string.match(current, '^(%S+) (%d+) ')
  if e == epoch and tonumber(v) >= tonumber(ARGV[2]) then return 0 end
end
redis.call('SET', KEYS[2], epoch .. ' ' .. ARGV[2] .. ' ' .. ARGV[3], 'EX', ARGV[4])
return 1
"""
# KEYS: epoch; ARGV: the warming value, the ready one.
_FINISH = """
if redis.call('GET', KEYS[1]) == ARGV[1] then
  redis.call('SET', KEYS[1], ARGV[2])
  return 1
end
return 0
"""


class Cached(NamedTuple):
    gate: Gate | None = None  # the cache's gate of the meeting, if it holds one
    locked_out: bool = False
    epoch: str = ""  # "" unless the cache is ready to take the gate


_NOTHING = Cached()
_state = {"paused_until": 0.0, "resync": False}
_scripts: dict[int, tuple] = {}


def enabled() -> bool:
    return get_shared_cache() is not None


def _client() -> redis.Redis | None:
    if time.monotonic() < _state["paused_until"]:
        return None
    return get_shared_cache()


def _failed(what: str) -> None:
    logger.warning("shared cache: %s failed; reading the database", what)
    _state["paused_until"] = time.monotonic() + PAUSE_SECONDS
    _state["resync"] = True


def _epoch_key() -> str:
    return cache_key("admission:epoch")


def _gate_key(meeting_id: str) -> str:
    return cache_key(f"admission:gate:{meeting_id}")


def _lockout_key(key: str) -> str:
    return cache_key(f"admission:lockout:{key}")


def _script(client: redis.Redis):
    if id(client) not in _scripts:
        _scripts[id(client)] = (
            client.register_script(_PUBLISH),
            client.register_script(_FINISH),
        )
    return _scripts[id(client)]


def read(meeting_id: str, lockout_keys: tuple[str, ...], *, now: datetime) -> Cached:
    """One round trip: the meeting's gate, and whether any of the keys is
    locked out. Nothing (go to the database) when there is no cache or it
    fails."""
    client = _client()
    if client is None:
        return _NOTHING
    keys = [_epoch_key(), _gate_key(meeting_id), *map(_lockout_key, lockout_keys)]
    try:
        if _state["resync"]:
            client.delete(keys[0])
            _state["resync"] = False
        epoch, entry, *lockouts = client.mget(keys)
    except redis.RedisError:
        _failed("read")
        return _NOTHING
    # A lock-out in the cache is in the database too, whatever the epoch.
    if any(u is not None and float(u) > now.timestamp() for u in lockouts):
        return Cached(locked_out=True)
    if epoch is None or b"~" in epoch:
        return _NOTHING
    return Cached(_gate_of(meeting_id, entry, epoch), False, epoch.decode())


def _gate_of(meeting_id: str, entry: bytes | None, epoch: bytes) -> Gate | None:
    if entry is None:
        return None
    entry_epoch, version, body = entry.split(b" ", 2)
    if entry_epoch != epoch:
        return None
    return Gate.from_json(meeting_id, int(version), body)


def publish_gates(gates: list[Gate], *, epoch: str = "") -> None:
    """Write gates read from the database (under `epoch`, as `read` gave it)
    or just committed (epoch "": the current one)."""
    if not gates or not enabled():
        return
    client = _client()
    if client is None:
        _state["resync"] = True  # paused: this process could not tell the others
        return
    publish, _finish = _script(client)
    try:
        with client.pipeline(transaction=False) as pipe:
            for gate in gates:
                publish(
                    keys=[_epoch_key(), _gate_key(gate.meeting_id)],
                    args=[epoch, gate.version, gate.to_json(), GATE_SECONDS],
                    client=pipe,
                )
            pipe.execute()
    except redis.RedisError:
        _failed("writing a gate")


def publish_lockout(key: str, until: datetime) -> None:
    """Write a committed lock-out, kept until it ends."""
    if not enabled():
        return
    client = _client()
    if client is None:
        _state["resync"] = True  # paused: this process could not tell the others
        return
    try:
        _set_lockout(client, key, until)
    except redis.RedisError:
        _failed("writing a lock-out")


def _set_lockout(client, key: str, until: datetime) -> None:
    at = until.timestamp()
    client.set(_lockout_key(key), repr(at), pxat=int(at * 1000) + 1)


def make_ready(*, now: datetime) -> bool:
    """Copy every active lock-out into an empty cache, then open a new epoch;
    return whether this call did. Run by the worker, one at a time by the
    `warming` value, which expires if its holder dies."""
    client = get_shared_cache()
    if client is None or client.get(_epoch_key()) is not None:
        return False
    token = secrets.token_hex(8)
    warming = f"{token}~warming"
    if not client.set(_epoch_key(), warming, nx=True, ex=WARMING_SECONDS):
        return False
    # Lock-outs committed after this read write themselves: the epoch is
    # already this one, so a failed write deletes it again.
    with client.pipeline(transaction=False) as pipe:
        for key, until in list_active_lockouts(now=now):
            _set_lockout(pipe, key, until)
        pipe.execute()
    _publish, finish = _script(client)
    return bool(finish(keys=[_epoch_key()], args=[warming, token]))


def forget_process_state() -> None:
    """For tests that point the cache elsewhere: no pause, nothing to resync."""
    _state.update(paused_until=0.0, resync=False)
    _scripts.clear()

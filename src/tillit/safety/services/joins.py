"""Who was admitted or sent to the waiting room, for the host's panel (#12).

Written behind the decision, so a join costs admission no write: each process
keeps the joins of the last JOINS_FLUSH_SECONDS and a thread writes them in
one statement. The panel shows a join that much later; a process killed
without warning loses its last ones from the panel (the decision stands, and
whoever was removed stays refused: that is in the gate, not here). With
JOINS_FLUSH_SECONDS 0 each join is written at once (the tests do).
"""

import atexit
import logging
import multiprocessing.util
import os
import threading
from datetime import datetime

from django.conf import settings
from django.db import IntegrityError, connection

from ..models import LiveParticipant

logger = logging.getLogger("tillit.safety")

# Rows per statement, within SQLite's limit of bound parameters.
CHUNK = 500
# Past this many unwritten joins (the database down), the oldest are dropped.
MAX_PENDING = 100_000


class _Pending:
    def __init__(self):
        self.lock = threading.Lock()
        self.rows: dict[tuple[str, str], tuple] = {}
        self.thread: threading.Thread | None = None


_pending = _Pending()
# A forked web worker starts with nothing of its parent's, thread included.
os.register_at_fork(after_in_child=lambda: globals().update(_pending=_Pending()))


def record_join(
    *, meeting_id: str, key: str, name: str, email: str, waiting: bool, at: datetime
) -> None:
    """Note that the participant joined the meeting (or waits to), never over
    a removal: a host's removal wins over a join decided just before it."""
    state = LiveParticipant.State.WAITING if waiting else LiveParticipant.State.JOINED
    row = (meeting_id, key, name[:200], email, state, at)
    interval = settings.TILLIT.get("JOINS_FLUSH_SECONDS", 0)
    if not interval:
        _write([row])
        return
    pending = _pending
    with pending.lock:
        pending.rows.pop((meeting_id, key), None)  # the latest goes last
        pending.rows[(meeting_id, key)] = row
        if len(pending.rows) > MAX_PENDING:
            pending.rows.pop(next(iter(pending.rows)))
        if pending.thread is None:
            pending.thread = threading.Thread(
                target=_flush_every, args=(interval,), name="joins", daemon=True
            )
            pending.thread.start()
            # A process stopped in order writes the rest: atexit for most,
            # and multiprocessing's own exit hook for granian's workers, which
            # leave by os._exit and skip atexit.
            atexit.register(_flush_at_exit)
            multiprocessing.util.Finalize(None, _flush_at_exit, exitpriority=10)


def flush_joins() -> int:
    """Write the joins noted so far; return how many."""
    pending = _pending
    with pending.lock:
        rows, pending.rows = list(pending.rows.values()), {}
    try:
        for start in range(0, len(rows), CHUNK):
            _write_chunk(rows[start : start + CHUNK])
    except Exception:
        with pending.lock:
            for row in rows:  # a newer join of the same person wins
                pending.rows.setdefault((row[0], row[1]), row)
        raise
    return len(rows)


def _flush_at_exit() -> None:
    try:
        flush_joins()
    except Exception:
        logger.exception("joins: the last ones could not be written")


def _flush_every(interval: float) -> None:
    stop = threading.Event()
    while not stop.wait(interval):
        try:
            flush_joins()
        except Exception:
            logger.exception("joins: writing failed; trying again")
        finally:
            connection.close()  # back to the pool between flushes


def _write_chunk(rows: list[tuple]) -> None:
    """Write the rows; if one names a meeting deleted since, write the others."""
    try:
        _write(rows)
    except IntegrityError:
        for row in rows:
            try:
                _write([row])
            except IntegrityError:
                logger.info("joins: meeting %s is gone; join dropped", row[0])


def _write(rows: list[tuple]) -> None:
    """One INSERT … ON CONFLICT for the rows. Raw SQL: the ORM's upsert cannot
    leave a removed participant's row as it is (the WHERE below)."""
    if not rows:
        return
    quote = connection.ops.quote_name
    table = quote(LiveParticipant._meta.db_table)
    columns = ("meeting_id", "key", "name", "email", "state", "updated_at")
    m, k, n, e, s, u = map(quote, columns)
    values = ", ".join(["(%s, %s, %s, %s, %s, %s)"] * len(rows))
    params = []
    for row in rows:
        params += [*row[:5], connection.ops.adapt_datetimefield_value(row[5])]
    with connection.cursor() as cursor:
        cursor.execute(
            f"INSERT INTO {table} ({m}, {k}, {n}, {e}, {s}, {u}) VALUES {values} "
            f"ON CONFLICT ({m}, {k}) DO UPDATE SET {n} = excluded.{n}, "
            f"{e} = excluded.{e}, {s} = excluded.{s}, {u} = excluded.{u} "
            f"WHERE {table}.{s} <> %s",
            [*params, LiveParticipant.State.REMOVED],
        )

"""On PostgreSQL, audited transactions write side by side and commit in any
order; the sealer seals each event exactly once, in id order, only once no
transaction can still commit one below it (#12)."""

import threading
import time

import pytest
from django.db import connection, transaction

from tillit.core.audit import record_audit_event
from tillit.core.audit_seals import SEALER_LOCK, seal_audit_log, split_leaves
from tillit.core.audit_verify import verify_audit_log
from tillit.core.models import AuditEvent, AuditSeal

pytestmark = [
    pytest.mark.seals,
    pytest.mark.postgres,
    pytest.mark.django_db(transaction=True),
]


def write_one(verb: str) -> int:
    with transaction.atomic():
        return record_audit_event(
            actor=None, source="test", verb=verb, target=("thing", verb)
        ).pk


def sealed_ids() -> list[int]:
    ids = []
    for leaves in AuditSeal.objects.order_by("number").values_list("leaves", flat=True):
        ids += [event_id for event_id, _digest in split_leaves(bytes(leaves))]
    return ids


class OpenTransaction:
    """A transaction in a thread of its own: it writes an event, then waits
    to be told to commit or roll back."""

    def __init__(self, verb: str):
        self.verb, self.event_id, self.error = verb, None, None
        self.written, self.finish = threading.Event(), threading.Event()
        self.rollback = False
        self.thread = threading.Thread(target=self._run)
        self.thread.start()
        assert self.written.wait(30), "the transaction did not write its event"

    def _run(self):
        try:
            with transaction.atomic():
                self.event_id = record_audit_event(
                    actor=None, source="test", verb=self.verb, target=("thing", "a")
                ).pk
                self.written.set()
                self.finish.wait(60)
                if self.rollback:
                    transaction.set_rollback(True)
        except BaseException as exc:  # surfaced by end()
            self.error = exc
            self.written.set()
        finally:
            connection.close()

    def end(self, *, rollback: bool = False):
        self.rollback = rollback
        self.finish.set()
        self.thread.join(30)
        assert self.error is None


def test_writers_do_not_wait_for_each_other():
    """An open audited transaction does not hold up another one's event."""
    first = OpenTransaction("thing.first")
    try:
        with connection.cursor() as cursor:
            cursor.execute("SET lock_timeout = '2s'")
        started = time.monotonic()
        write_one("thing.second")
        assert time.monotonic() - started < 2
    finally:
        first.end()
        with connection.cursor() as cursor:
            cursor.execute("RESET lock_timeout")
    assert AuditEvent.objects.count() == 2


def test_events_committed_out_of_id_order_are_sealed_once_in_order():
    before = write_one("thing.before")
    assert [s.count for s in seal_audit_log(wait=30)] == [1]
    a = OpenTransaction("thing.a")
    b = write_one("thing.b")
    assert a.event_id < b
    try:
        # b is committed, but a could still commit below it: b waits.
        assert seal_audit_log() == []
        assert sealed_ids() == [before]
    finally:
        a.end()
    (seal,) = seal_audit_log(wait=30)
    assert (seal.first_id, seal.last_id, seal.count) == (a.event_id, b, 2)
    assert seal_audit_log(wait=1) == []
    assert sealed_ids() == [before, a.event_id, b]
    assert verify_audit_log().ok


def test_an_older_xid_committing_a_higher_id_does_not_let_the_sealer_pass():
    """B takes its xid first, A then takes a higher xid and id a, B takes id
    b > a and commits. Nothing newer than A's xid has ended, so a snapshot's
    xmax is at most A's xid: a fence read from it would pass while A runs,
    seal b, and leave a behind for ever (CI, stop 18)."""
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")  # the test's own connection, opened
    b_has_xid, a_written = threading.Event(), threading.Event()
    b_result = {}

    def b_run():
        try:
            with transaction.atomic(), connection.cursor() as cursor:
                cursor.execute("SELECT pg_current_xact_id()")
                b_has_xid.set()
                assert a_written.wait(30)
                b_result["id"] = record_audit_event(
                    actor=None, source="test", verb="thing.b", target=("thing", "b")
                ).pk
        except BaseException as exc:
            b_result["error"] = exc
        finally:
            connection.close()

    b = threading.Thread(target=b_run)
    b.start()
    assert b_has_xid.wait(30)
    a = OpenTransaction("thing.a")
    try:
        a_written.set()
        b.join(30)
        assert "error" not in b_result and b_result["id"] > a.event_id
        assert seal_audit_log() == []
        assert sealed_ids() == []
    finally:
        a.end()
    seal_audit_log(wait=30)
    assert sealed_ids() == [a.event_id, b_result["id"]]
    assert verify_audit_log().ok


def test_a_rolled_back_event_leaves_a_gap_that_does_not_block_sealing():
    a = OpenTransaction("thing.a")
    b = write_one("thing.b")
    assert seal_audit_log() == []
    a.end(rollback=True)
    (seal,) = seal_audit_log(wait=30)
    assert sealed_ids() == [b] and seal.first_id == b
    assert not AuditEvent.objects.filter(pk=a.event_id).exists()
    c = write_one("thing.c")
    assert seal_audit_log(wait=30)[0].first_id == c
    report = verify_audit_log()
    assert (report.ok, report.sealed, report.unsealed) == (True, 2, 0)


def test_an_event_in_a_rolled_back_savepoint_is_a_gap_too():
    with transaction.atomic():
        kept = record_audit_event(actor=None, verb="thing.kept", target=("t", "1")).pk
        try:
            with transaction.atomic():
                record_audit_event(actor=None, verb="thing.undone", target=("t", "2"))
                raise RuntimeError
        except RuntimeError:
            pass
        after = record_audit_event(actor=None, verb="thing.after", target=("t", "3")).pk
    seal_audit_log(wait=30)
    assert sealed_ids() == [kept, after] and after == kept + 2
    assert verify_audit_log().ok


def test_one_sealer_at_a_time():
    with transaction.atomic():
        write_one("thing.done")
    holder_has_lock, release = threading.Event(), threading.Event()

    def hold():
        try:
            with transaction.atomic(), connection.cursor() as cursor:
                cursor.execute("SELECT pg_advisory_xact_lock(%s)", [SEALER_LOCK])
                holder_has_lock.set()
                release.wait(30)
        finally:
            connection.close()

    holder = threading.Thread(target=hold)
    holder.start()
    assert holder_has_lock.wait(30)
    try:
        assert seal_audit_log(wait=5) == []
    finally:
        release.set()
        holder.join(30)
    assert len(seal_audit_log(wait=30)) == 1


def test_many_writers_and_a_running_sealer_seal_every_event_exactly_once():
    """Writers in eight threads, some rolling back, while a sealer runs
    without waiting: at the end every committed event is in exactly one seal,
    in id order, and the log verifies."""
    writers_done = threading.Event()
    errors, committed = [], []

    def writer(n):
        try:
            for i in range(15):
                with transaction.atomic():
                    event = record_audit_event(
                        actor=None, verb="thing.done", target=("thing", f"{n}-{i}")
                    )
                    time.sleep(0.002 * ((n + i) % 4))
                    if i % 5 == 4:
                        transaction.set_rollback(True)
                    else:
                        committed.append(event.pk)
        except BaseException as exc:
            errors.append(exc)
        finally:
            connection.close()

    def sealer():
        try:
            while not writers_done.is_set():
                seal_audit_log()
                time.sleep(0.01)
        except BaseException as exc:
            errors.append(exc)
        finally:
            connection.close()

    threads = [threading.Thread(target=writer, args=(n,)) for n in range(8)]
    running = threading.Thread(target=sealer)
    running.start()
    for t in threads:
        t.start()
    for t in threads:
        t.join(120)
    writers_done.set()
    running.join(60)
    assert errors == []
    seal_audit_log(wait=30)
    assert sealed_ids() == sorted(committed)
    assert AuditSeal.objects.count() >= 1
    report = verify_audit_log()
    assert (report.ok, report.sealed, report.unsealed) == (True, len(committed), 0)


def test_the_event_ids_sequence_hands_out_one_id_at_a_time():
    """The fence reads the sequence's last value as the highest id handed out:
    a cache per session would hand out lower ids after it."""
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT cache_size FROM pg_sequences WHERE sequencename = "
            "split_part(pg_get_serial_sequence('core_auditevent', 'id'), '.', 2)"
        )
        assert cursor.fetchone() == (1,)

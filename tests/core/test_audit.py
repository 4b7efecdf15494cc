"""The audit log (#12): events are plain INSERTs, sealed later in id order in
signed, chained seals, and `verify` names the first event or seal that was
changed after its seal."""

import base64
import hashlib
import json
import time
from datetime import timedelta
from io import StringIO

import pytest
import time_machine
from django.conf import settings
from django.core.management import call_command
from django.core.management.base import CommandError
from django.db import connection, transaction
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from tillit.core.audit import content_hash, record_audit_event
from tillit.core.audit_key import key_id, new_signing_key, private_key, public_key_text
from tillit.core.audit_seals import (
    GENESIS,
    LEAF_BYTES,
    leaf,
    merkle_root,
    seal_audit_log,
    seal_body,
    split_leaves,
)
from tillit.core.audit_verify import verify_audit_log
from tillit.core.models import AuditEvent, AuditSeal
from tillit.core.tasks import seal_audit_log_task

# Sealing waits for the server-wide horizon (conftest: one at a time).
pytestmark = pytest.mark.seals


def write(count: int, *, verb: str = "thing.done") -> list[int]:
    """Write `count` events in one transaction; return their ids."""
    with transaction.atomic():
        return [
            record_audit_event(
                actor=None,
                source="test",
                verb=verb,
                target=("thing", str(i)),
                data={"i": i, "note": f"event {i}"},
            ).pk
            for i in range(count)
        ]


def seal() -> list[AuditSeal]:
    # Waits for transactions of other databases on a shared PostgreSQL server.
    return seal_audit_log(wait=30)


def broken() -> str:
    report = verify_audit_log()
    assert not report.ok
    with pytest.raises(CommandError) as caught:
        call_command("audit", "verify", stdout=StringIO())
    assert str(caught.value) == f"Audit log broken: {report.problem}"
    return report.problem


def sealed_ids() -> list[int]:
    ids = []
    for leaves in AuditSeal.objects.order_by("number").values_list("leaves", flat=True):
        ids += [event_id for event_id, _digest in split_leaves(bytes(leaves))]
    return ids


# --- Writing -------------------------------------------------------------------


@pytest.mark.django_db
def test_an_event_is_one_insert_that_locks_no_shared_row():
    with transaction.atomic(), CaptureQueriesContext(connection) as queries:
        event = record_audit_event(
            actor=None, source="test", verb="thing.done", target=("thing", "1")
        )
    sql = [q["sql"] for q in queries if q["sql"] not in ("BEGIN", "COMMIT")]
    statements = [s for s in sql if not s.startswith(("SAVEPOINT", "RELEASE"))]
    assert len(statements) == 1
    assert 'INSERT INTO "core_auditevent"' in statements[0]
    assert "FOR UPDATE" not in statements[0]
    stored = AuditEvent.objects.get(pk=event.pk)
    assert stored.hash == event.hash == content_hash(stored)


@pytest.mark.django_db(transaction=True)
def test_an_event_outside_a_transaction_is_refused():
    with pytest.raises(RuntimeError, match="inside the change's transaction"):
        record_audit_event(actor=None, verb="thing.done", target=("thing", "1"))
    assert not AuditEvent.objects.exists()


@pytest.mark.django_db
def test_the_content_hash_covers_every_field_but_the_id():
    (event_id,) = write(1)
    event = AuditEvent.objects.get(pk=event_id)
    digest = content_hash(event)
    for field, value in [
        ("verb", "thing.undone"),
        ("source", "someone"),
        ("target_type", "other"),
        ("target_id", "99"),
        ("data", {"i": 1}),
        ("at", event.at + timedelta(microseconds=1)),
    ]:
        changed = AuditEvent.objects.get(pk=event_id)
        setattr(changed, field, value)
        assert content_hash(changed) != digest, field
    changed = AuditEvent.objects.get(pk=event_id)
    changed.pk = event_id + 1
    assert content_hash(changed) == digest
    # The leaf binds the id.
    assert leaf(event_id, digest) != leaf(event_id + 1, digest)


# --- Sealing -------------------------------------------------------------------


def _reference_root(hashes: list[bytes]) -> bytes:
    """RFC 6962, 2.1: MTH, split at the largest power of two below n."""
    if len(hashes) == 1:
        return hashes[0]
    k = 1
    while k * 2 < len(hashes):
        k *= 2
    return hashlib.sha256(
        b"\x01" + _reference_root(hashes[:k]) + _reference_root(hashes[k:])
    ).digest()


def test_the_merkle_root_is_rfc_6962s():
    assert merkle_root(b"") == hashlib.sha256(b"").hexdigest()
    for n in range(1, 40):
        leaves = [
            leaf(i, hashlib.sha256(str(i).encode()).hexdigest()) for i in range(n)
        ]
        hashes = [hashlib.sha256(b"\x00" + data).digest() for data in leaves]
        assert merkle_root(b"".join(leaves)) == _reference_root(hashes).hex(), n


@pytest.mark.django_db
def test_seals_cover_every_event_once_in_id_order_and_chain():
    first = write(5)
    (one,) = seal()
    assert (one.number, one.first_id, one.last_id, one.count) == (
        1,
        first[0],
        first[-1],
        5,
    )
    assert one.prev_hash == GENESIS and len(one.leaves) == 5 * LEAF_BYTES
    assert [event_id for event_id, _ in split_leaves(bytes(one.leaves))] == first
    assert seal() == []
    second = write(3)
    (two,) = seal()
    assert (two.number, two.first_id, two.count, two.prev_hash) == (
        2,
        second[0],
        3,
        one.hash,
    )
    assert two.hash == hashlib.sha256(seal_body(two)).hexdigest()
    assert sealed_ids() == first + second
    report = verify_audit_log()
    assert (report.ok, report.seals, report.sealed, report.unsealed) == (
        True,
        2,
        8,
        0,
    )


@pytest.mark.django_db
def test_a_backlog_is_sealed_in_bounded_seals(monkeypatch):
    monkeypatch.setattr("tillit.core.audit_seals.MAX_SEAL_EVENTS", 4)
    ids = write(10)
    seals = seal()
    assert [s.count for s in seals] == [4, 4, 2]
    assert [s.prev_hash for s in seals[1:]] == [s.hash for s in seals[:-1]]
    assert sealed_ids() == ids
    assert verify_audit_log().ok


@pytest.mark.django_db
def test_the_worker_runs_the_sealer_every_few_seconds():
    assert (
        settings.TILLIT["RECURRING_TASKS"]["tillit.core.tasks.seal_audit_log_task"]
        <= 10
    )
    write(3)
    # The task does not wait: on PostgreSQL a transaction running anywhere in
    # the cluster (another test worker's database) can hold the horizon back
    # for a moment, and the next run seals what this one left.
    sealed, deadline = 0, time.monotonic() + 10
    while sealed < 3 and time.monotonic() < deadline:
        sealed += seal_audit_log_task.call()
        time.sleep(0.05)
    assert sealed == 3
    assert seal_audit_log_task.call() == 0


# --- Tampering with sealed events ----------------------------------------------


@pytest.fixture
def sealed(db):
    """Six events in two seals, and one more not sealed yet."""
    ids = write(4)
    seal()
    ids += write(2)
    seal()
    ids += write(1)
    return ids


def test_an_intact_log_verifies(sealed):
    out = StringIO()
    call_command("audit", "verify", stdout=out)
    assert out.getvalue() == (
        "Audit log intact: 2 seals, 6 events verified; 1 not sealed yet.\n"
    )


def test_an_edited_event_is_named(sealed):
    event = AuditEvent.objects.get(pk=sealed[2])
    AuditEvent.objects.filter(pk=event.pk).update(data={**event.data, "i": 99})
    assert broken() == (
        f"event #{event.pk} was edited: its content no longer matches seal 1."
    )
    report = verify_audit_log()
    assert (report.event_id, report.seal_number, report.sealed) == (event.pk, 1, 2)


def test_an_event_edited_with_its_hash_recomputed_is_named(sealed):
    event = AuditEvent.objects.get(pk=sealed[4])
    event.verb = "thing.undone"
    AuditEvent.objects.filter(pk=event.pk).update(
        verb=event.verb, hash=content_hash(event)
    )
    assert broken() == (
        f"event #{event.pk} was edited: its content no longer matches seal 2."
    )


def test_only_the_first_of_several_edits_is_named(sealed):
    AuditEvent.objects.filter(pk__in=[sealed[1], sealed[5]]).update(verb="x")
    assert verify_audit_log().event_id == sealed[1]


def test_a_changed_stored_hash_is_named(sealed):
    AuditEvent.objects.filter(pk=sealed[0]).update(hash="0" * 64)
    assert broken() == f"event #{sealed[0]}'s stored hash was changed."


@pytest.mark.django_db
def test_an_event_with_a_malformed_hash_before_its_seal_does_not_stop_sealing():
    ids = write(3)
    AuditEvent.objects.filter(pk=ids[1]).update(hash="not a hash")
    (one,) = seal()
    assert one.count == 3
    assert (
        broken() == f"event #{ids[1]} was edited: its content no longer matches seal 1."
    )


def test_a_deleted_event_is_named(sealed):
    AuditEvent.objects.filter(pk=sealed[3]).delete()
    assert broken() == f"event #{sealed[3]} was deleted (seal 1 holds it)."


def test_deleting_the_last_sealed_events_is_named(sealed):
    AuditEvent.objects.filter(pk__gte=sealed[4]).delete()
    assert broken() == f"event #{sealed[4]} was deleted (seal 2 holds it)."


def test_an_event_inserted_into_a_sealed_range_is_named(db):
    ids = write(3)
    # A gap in the ids, as a rolled-back event leaves one.
    AuditEvent.objects.filter(pk=ids[1]).delete()
    seal()
    forged = AuditEvent(
        pk=ids[1], at=timezone.now(), verb="thing.done", target_type="t", target_id="1"
    )
    forged.hash = content_hash(forged)
    forged.save(force_insert=True)
    assert broken() == f"event #{ids[1]} was inserted after its range was sealed."


def test_swapped_events_are_named(sealed):
    a, b = (AuditEvent.objects.get(pk=pk) for pk in (sealed[1], sealed[4]))
    fields = [
        "at",
        "actor",
        "source",
        "verb",
        "target_type",
        "target_id",
        "data",
        "hash",
    ]
    a.pk, b.pk = b.pk, a.pk
    AuditEvent.objects.bulk_update([a, b], fields)
    assert broken() == (
        f"event #{sealed[1]} holds the content sealed as event #{sealed[4]}: "
        "events were swapped or reordered."
    )


# --- Forged and missing seals --------------------------------------------------


def resign(seal_row: AuditSeal, signing_key: str, *, claim_key_id: str | None = None):
    """Re-hash and sign the seal as its fields now stand."""
    signer = private_key(signing_key)
    seal_row.key_id = claim_key_id or key_id(signer.public_key())
    body = seal_body(seal_row)
    seal_row.hash = hashlib.sha256(body).hexdigest()
    seal_row.signature = base64.b64encode(signer.sign(body)).decode()
    seal_row.save()


def test_a_changed_root_fails_the_signature(sealed):
    AuditSeal.objects.filter(number=1).update(root="ab" * 32)
    assert broken() == "seal 1 has a bad signature: it was altered or forged."


def test_a_changed_count_rehashed_fails_the_signature(sealed):
    row = AuditSeal.objects.get(number=2)
    row.count = 1
    row.hash = hashlib.sha256(seal_body(row)).hexdigest()
    row.save()
    assert broken() == "seal 2 has a bad signature: it was altered or forged."


def test_an_event_resealed_with_another_key_is_refused(sealed):
    """Whoever can rewrite the rows cannot sign for the change."""
    AuditEvent.objects.filter(pk=sealed[0]).update(verb="thing.undone")
    row = AuditSeal.objects.get(number=1)
    ids = [event_id for event_id, _ in split_leaves(bytes(row.leaves))]
    row.leaves = b"".join(
        leaf(e.pk, content_hash(e)) for e in AuditEvent.objects.filter(pk__in=ids)
    )
    row.root = merkle_root(row.leaves)
    other = new_signing_key()
    resign(row, other)
    assert broken() == (
        f"seal 1 is signed by a key that is not trusted (key id {row.key_id})."
    )
    resign(
        row,
        other,
        claim_key_id=key_id(private_key(settings.AUDIT_SIGNING_KEY).public_key()),
    )
    assert broken() == "seal 1 has a bad signature: it was altered or forged."


def test_a_changed_seal_hash_is_found(sealed):
    AuditSeal.objects.filter(number=1).update(hash="cd" * 32)
    assert broken() == "seal 1's stored hash was changed."


def test_a_seal_deleted_from_the_middle_is_found(sealed):
    write(1)
    seal()
    AuditSeal.objects.filter(number=2).delete()
    assert broken() == "seal 2 is missing: seal 3 follows seal 1."


def test_a_seal_renumbered_to_fill_the_gap_is_found(sealed):
    write(1)
    seal()
    AuditSeal.objects.filter(number=2).delete()
    AuditSeal.objects.filter(number=3).update(number=2)
    assert broken() == "seal 2 has a bad signature: it was altered or forged."


def test_seals_cut_off_the_end_are_found_against_an_export(sealed, tmp_path):
    exported = StringIO()
    call_command("audit", "export-seals", stdout=exported)
    anchor = tmp_path / "seals.jsonl"
    anchor.write_text(exported.getvalue())
    call_command("audit", "verify", "--anchor", str(anchor), stdout=StringIO())
    AuditSeal.objects.filter(number=2).delete()
    # From the database alone the log looks shorter, not broken ...
    assert verify_audit_log().ok
    # ... but not against the seals anchored elsewhere.
    with pytest.raises(CommandError, match="seal 2 of the anchor is missing"):
        call_command("audit", "verify", "--anchor", str(anchor), stdout=StringIO())


# --- Commands ------------------------------------------------------------------


@pytest.mark.django_db
def test_seal_command_says_what_it_sealed():
    write(3)
    out = StringIO()
    call_command("audit", "seal", stdout=out)
    assert out.getvalue() == "Sealed 3 events in 1 seal (1).\n"
    out = StringIO()
    call_command("audit", "seal", stdout=out)
    assert out.getvalue() == "Nothing to seal.\n"
    with pytest.raises(CommandError, match="--wait"):
        call_command("audit", "seal", "--wait", "-1", stdout=StringIO())


@pytest.mark.django_db
def test_status_shows_the_backlog_and_the_last_seal():
    out = StringIO()
    call_command("audit", "status", stdout=out)
    assert out.getvalue().splitlines() == ["Unsealed events: 0", "Last seal: none"]
    start = timezone.now()
    with time_machine.travel(start, tick=False):
        ids = write(2)
        seal()
    with time_machine.travel(start + timedelta(seconds=30), tick=False):
        write(3)
    with time_machine.travel(start + timedelta(seconds=42), tick=False):
        out = StringIO()
        call_command("audit", "status", stdout=out)
        assert out.getvalue().splitlines() == [
            "Unsealed events: 3, oldest 12 s ago",
            f"Last seal: 1, events #{ids[0]}-#{ids[1]} (2 events), 42 s ago",
        ]
        call_command("audit", "status", "--max-age", "20", stdout=StringIO())
        with pytest.raises(CommandError, match="waited 12 s for a seal"):
            call_command("audit", "status", "--max-age", "10", stdout=StringIO())


def test_export_writes_each_seal_with_its_public_key(sealed):
    out = StringIO()
    call_command("audit", "export-seals", stdout=out)
    lines = [json.loads(line) for line in out.getvalue().splitlines()]
    rows = list(AuditSeal.objects.order_by("number"))
    public = public_key_text(private_key(settings.AUDIT_SIGNING_KEY).public_key())
    assert [line["number"] for line in lines] == [1, 2]
    for line, row in zip(lines, rows, strict=True):
        assert line == {
            "number": row.number,
            "first_id": row.first_id,
            "last_id": row.last_id,
            "count": row.count,
            "root": row.root,
            "prev": row.prev_hash,
            "hash": row.hash,
            "sealed_at": line["sealed_at"],
            "key_id": row.key_id,
            "signature": row.signature,
            "public_key": public,
        }
    out = StringIO()
    call_command("audit", "export-seals", "--after", "1", stdout=out)
    assert [json.loads(line)["number"] for line in out.getvalue().splitlines()] == [2]
    # The public key alone verifies; another key does not.
    call_command("audit", "verify", "--public-key", public, stdout=StringIO())
    other = public_key_text(private_key(new_signing_key()).public_key())
    with pytest.raises(CommandError, match="not trusted"):
        call_command("audit", "verify", "--public-key", other, stdout=StringIO())
    with pytest.raises(CommandError, match="--public-key: .*base64 of 32 bytes"):
        call_command("audit", "verify", "--public-key", "nope", stdout=StringIO())


def test_a_retired_key_still_verifies_its_seals(sealed, settings):
    old_public = public_key_text(private_key(settings.AUDIT_SIGNING_KEY).public_key())
    settings.AUDIT_SIGNING_KEY = new_signing_key()
    with pytest.raises(CommandError, match="seal 1 is signed by a key that is not"):
        call_command("audit", "verify", stdout=StringIO())
    settings.AUDIT_RETIRED_KEYS = [old_public]
    write(1)
    (third,) = seal()
    assert third.key_id != AuditSeal.objects.get(number=2).key_id
    report = verify_audit_log()
    assert (report.ok, report.seals, report.sealed) == (True, 3, 8)


def test_a_bad_anchor_file_is_refused(sealed, tmp_path):
    bad = tmp_path / "seals.jsonl"
    bad.write_text("not json\n")
    with pytest.raises(CommandError, match="--anchor: cannot read"):
        call_command("audit", "verify", "--anchor", str(bad), stdout=StringIO())
    with pytest.raises(CommandError, match="--anchor: cannot read"):
        call_command(
            "audit", "verify", "--anchor", str(tmp_path / "none"), stdout=StringIO()
        )

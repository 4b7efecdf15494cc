"""Moving to the sealed log (#12): the old hash chain is checked, each event's
hash recomputed over its content, and the first sealer run seals them all."""

import importlib

import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor
from django.utils import timezone

from tillit.core.audit import content_hash
from tillit.core.audit_seals import seal_audit_log
from tillit.core.audit_verify import verify_audit_log
from tillit.core.models import AuditEvent, AuditFence, AuditSeal

pytestmark = [pytest.mark.seals, pytest.mark.django_db(transaction=True)]

BEFORE = [("core", "0005_ratecounter")]
AFTER = [("core", "0007_remove_audit_chain")]
step = importlib.import_module("tillit.core.migrations.0006_audit_seals")


def migrate(target):
    executor = MigrationExecutor(connection)
    executor.migrate(target)
    return executor.loader.project_state(target).apps


def write_old_chain(apps, count: int, *, tamper: int | None = None) -> None:
    """Events as #2's code chained them, behind their locked head row."""
    event_model = apps.get_model("core", "AuditEvent")
    head = apps.get_model("core", "AuditChainHead").objects.create(pk=1)
    for seq in range(1, count + 1):
        event = event_model(
            seq=seq,
            at=timezone.now(),
            source="test",
            verb="thing.done",
            target_type="thing",
            target_id=str(seq),
            data={"seq": seq},
            prev_hash=head.last_hash,
        )
        event.hash = step._chained_hash(event)
        event.save()
        head.last_seq, head.last_hash = seq, event.hash
        head.save()
    if tamper:
        event_model.objects.filter(seq=tamper).update(verb="thing.undone")


@pytest.fixture
def old_schema():
    for model in (AuditEvent, AuditSeal, AuditFence):
        model.objects.all().delete()
    apps = migrate(BEFORE)
    yield apps
    migrate(AFTER)


def test_existing_events_are_rehashed_and_sealed(old_schema):
    write_old_chain(old_schema, 4)
    migrate(AFTER)
    events = list(AuditEvent.objects.order_by("id"))
    assert [e.target_id for e in events] == ["1", "2", "3", "4"]
    assert all(e.hash == content_hash(e) for e in events)
    (seal,) = seal_audit_log(wait=30)
    assert seal.count == 4
    report = verify_audit_log()
    assert (report.ok, report.sealed) == (True, 4)


def test_a_broken_chain_stops_the_migration(old_schema):
    """An event altered before the move is not sealed as it stands."""
    write_old_chain(old_schema, 3, tamper=2)
    with pytest.raises(RuntimeError, match="audit chain is broken at event #2"):
        migrate(AFTER)
    old_schema.get_model("core", "AuditEvent").objects.all().delete()
    old_schema.get_model("core", "AuditChainHead").objects.all().delete()


def test_events_cut_off_the_end_stop_the_migration(old_schema):
    write_old_chain(old_schema, 3)
    old_schema.get_model("core", "AuditEvent").objects.filter(seq=3).delete()
    with pytest.raises(RuntimeError, match="events were removed from the end"):
        migrate(AFTER)
    old_schema.get_model("core", "AuditEvent").objects.all().delete()
    old_schema.get_model("core", "AuditChainHead").objects.all().delete()

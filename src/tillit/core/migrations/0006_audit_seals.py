"""The audit log without a global lock (#12): seals, the sealer's fence, and
each event's hash recomputed over its content alone.

The old chain is checked first: an event altered before this migration would
otherwise be sealed as it stands, so a broken chain stops the migration.
"""

import hashlib
import json
from datetime import UTC

from django.core.serializers.json import DjangoJSONEncoder
from django.db import migrations, models

GENESIS = "0" * 64


def _digest(body):
    return hashlib.sha256(
        json.dumps(
            body, sort_keys=True, separators=(",", ":"), cls=DjangoJSONEncoder
        ).encode()
    ).hexdigest()


def _content(event):
    return {
        "actor": event.actor_id,
        "source": event.source,
        "verb": event.verb,
        "target_type": event.target_type,
        "target_id": event.target_id,
        "data": event.data,
    }


def _chained_hash(event):
    # The hash chain of #2, as tillit.core.audit computed it before #12.
    return _digest(
        _content(event)
        | {
            "seq": event.seq,
            "at": event.at.isoformat(timespec="microseconds"),
            "prev": event.prev_hash,
        }
    )


def _content_hash(event):
    # tillit.core.audit.content_hash as of #12.
    return _digest(
        _content(event)
        | {"at": event.at.astimezone(UTC).isoformat(timespec="microseconds")}
    )


def rehash_events(apps, schema_editor):
    AuditEvent = apps.get_model("core", "AuditEvent")
    AuditChainHead = apps.get_model("core", "AuditChainHead")
    prev, seq, rehashed = GENESIS, 0, []
    for event in AuditEvent.objects.order_by("seq").iterator(chunk_size=2000):
        seq += 1
        if (
            event.seq != seq
            or event.prev_hash != prev
            or _chained_hash(event) != event.hash
        ):
            raise RuntimeError(
                f"The audit chain is broken at event #{seq} (`tillit audit verify` "
                "of the release before says how): it cannot be sealed as it stands. "
                "Restore the audit events from a backup, then migrate."
            )
        prev = event.hash
        rehashed.append((event.pk, _content_hash(event)))
    head = AuditChainHead.objects.filter(pk=1).first()
    if head and (head.last_seq, head.last_hash) != (seq, prev):
        raise RuntimeError(
            f"The audit chain ends at event #{seq} but its head names "
            f"#{head.last_seq}: events were removed from the end. Restore them "
            "from a backup, then migrate."
        )
    for start in range(0, len(rehashed), 1000):
        AuditEvent.objects.bulk_update(
            [AuditEvent(pk=pk, hash=h) for pk, h in rehashed[start : start + 1000]],
            ["hash"],
        )


class Migration(migrations.Migration):

    dependencies = [
        ("core", "0005_ratecounter"),
    ]

    operations = [
        migrations.CreateModel(
            name="AuditFence",
            fields=[
                ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
                ("last_id", models.BigIntegerField()),
                ("xid", models.BigIntegerField()),
                ("read_at", models.DateTimeField()),
            ],
        ),
        migrations.CreateModel(
            name="AuditSeal",
            fields=[
                ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
                ("number", models.PositiveBigIntegerField(unique=True)),
                ("first_id", models.BigIntegerField()),
                ("last_id", models.BigIntegerField()),
                ("count", models.PositiveIntegerField()),
                ("leaves", models.BinaryField()),
                ("root", models.CharField(max_length=64)),
                ("prev_hash", models.CharField(max_length=64)),
                ("hash", models.CharField(max_length=64, unique=True)),
                ("sealed_at", models.DateTimeField()),
                ("key_id", models.CharField(max_length=64)),
                ("signature", models.CharField(max_length=88)),
            ],
        ),
        # Back to 0005 only without events: the chain cannot be rebuilt.
        migrations.RunPython(rehash_events, migrations.RunPython.noop, elidable=False),
    ]

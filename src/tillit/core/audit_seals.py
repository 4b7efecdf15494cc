"""Sealing the audit log (#12): leaves, the RFC 6962 Merkle tree, signed
seals in a chain, the sealer's horizon on PostgreSQL, status and export."""

import base64
import hashlib
import logging
import time
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime, timedelta

import psycopg
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
from django.conf import settings
from django.db import connection, models, transaction
from django.db.models import Min
from django.utils import timezone

from .audit import canonical_json, iso_utc
from .audit_key import key_id, private_key, public_key, public_key_text
from .models import AuditEvent, AuditFence, AuditSeal

log = logging.getLogger("tillit.audit")

GENESIS = "0" * 64
# A leaf: the event's id (8 bytes, big-endian) and its content hash (32 bytes).
LEAF_BYTES = 40
# Events per seal at most, so a backlog makes several seals of bounded size.
MAX_SEAL_EVENTS = 10_000
# pg_try_advisory_xact_lock key: one sealer at a time per database.
SEALER_LOCK = 0x7411_1712_0000_0012

# --- Leaves and the Merkle tree (RFC 6962, section 2.1) ------------------------


def leaf(event_id: int, digest: str) -> bytes:
    """Return the leaf of one event: its id and its content hash."""
    return event_id.to_bytes(8, "big") + bytes.fromhex(digest)


def split_leaves(leaves: bytes) -> Iterator[tuple[int, str]]:
    """Yield (event id, content hash) for each leaf of a seal."""
    view = memoryview(leaves)
    for start in range(0, len(view), LEAF_BYTES):
        yield (
            int.from_bytes(view[start : start + 8], "big"),
            view[start + 8 : start + LEAF_BYTES].hex(),
        )


def merkle_root(leaves: bytes) -> str:
    """Return the RFC 6962 Merkle tree hash of the leaves (hex): leaf hashes
    SHA-256(0x00 || leaf), inner nodes SHA-256(0x01 || left || right), an odd
    node carried up unchanged."""
    sha = hashlib.sha256
    view = memoryview(leaves)
    level = [
        sha(b"\x00" + view[i : i + LEAF_BYTES]).digest()
        for i in range(0, len(view), LEAF_BYTES)
    ]
    if not level:
        return sha(b"").hexdigest()
    while len(level) > 1:
        paired = [
            sha(b"\x01" + level[i] + level[i + 1]).digest()
            for i in range(0, len(level) - 1, 2)
        ]
        if len(level) % 2:
            paired.append(level[-1])
        level = paired
    return level[0].hex()


# --- Seals ---------------------------------------------------------------------


def seal_body(seal: AuditSeal) -> bytes:
    """Return the bytes a seal's hash and signature cover."""
    return canonical_json({"v": 1, **_signed_fields(seal)})


def _signed_fields(seal: AuditSeal) -> dict:
    """A seal's fields that its signature covers (with the format's "v")."""
    return {
        "number": seal.number,
        "first_id": seal.first_id,
        "last_id": seal.last_id,
        "count": seal.count,
        "root": seal.root,
        "prev": seal.prev_hash,
        "sealed_at": iso_utc(seal.sealed_at),
        "key_id": seal.key_id,
    }


def trusted_public_keys() -> dict[str, Ed25519PublicKey]:
    """Return the keys seals may be signed with, by key id: the signing key's
    public half and the retired keys of `TILLIT_AUDIT_RETIRED_KEYS`."""
    keys = [private_key(settings.AUDIT_SIGNING_KEY).public_key()]
    keys += [public_key(text) for text in settings.AUDIT_RETIRED_KEYS]
    return {key_id(key): key for key in keys}


def _make_seal(*, prev: AuditSeal | None, leaves: bytes, now: datetime) -> AuditSeal:
    signer = private_key(settings.AUDIT_SIGNING_KEY)
    ids = [event_id for event_id, _digest in split_leaves(leaves)]
    seal = AuditSeal(
        number=prev.number + 1 if prev else 1,
        first_id=ids[0],
        last_id=ids[-1],
        count=len(ids),
        leaves=leaves,
        root=merkle_root(leaves),
        prev_hash=prev.hash if prev else GENESIS,
        sealed_at=now,
        key_id=key_id(signer.public_key()),
    )
    body = seal_body(seal)
    seal.hash = hashlib.sha256(body).hexdigest()
    seal.signature = base64.b64encode(signer.sign(body)).decode()
    seal.save(force_insert=True)
    return seal


def seal_audit_log(*, now: datetime | None = None, wait: float = 0) -> list[AuditSeal]:
    """Seal, in id order, every event that no transaction can still precede;
    return the new seals.

    Return [] at once when another sealer is at work. On PostgreSQL, wait up
    to `wait` seconds for the transactions that could still commit an event
    below the newest ones to end (the worker's runs do not wait; commands and
    tests may).
    """
    with transaction.atomic(durable=True):
        if connection.vendor == "postgresql":
            with connection.cursor() as cursor:
                cursor.execute("SELECT pg_try_advisory_xact_lock(%s)", [SEALER_LOCK])
                if not cursor.fetchone()[0]:
                    return []
                horizon = _final_horizon(cursor, wait=wait)
            if horizon is None:
                return []
        else:
            # The transaction is IMMEDIATE (settings): it began once no other
            # writer was open, so every event visible is committed, and every
            # later one gets a higher id.
            horizon = None
        now = now or timezone.now()
        prev = AuditSeal.objects.order_by("-number").first()
        events = AuditEvent.objects.filter(id__gt=prev.last_id if prev else 0)
        if horizon is not None:
            events = events.filter(id__lte=horizon)
        seals, batch = [], []
        for event_id, digest in (
            events.order_by("id").values_list("id", "hash").iterator(chunk_size=2000)
        ):
            batch.append(leaf(event_id, _sealable(digest)))
            if len(batch) == MAX_SEAL_EVENTS:
                prev = _make_seal(prev=prev, leaves=b"".join(batch), now=now)
                seals.append(prev)
                batch = []
        if batch:
            seals.append(_make_seal(prev=prev, leaves=b"".join(batch), now=now))
        return seals


def _sealable(digest: str) -> str:
    """Return the stored content hash, or, if a hand edit left it malformed,
    a hash no content has, so that the sealer goes on and `verify` names the
    event."""
    if len(digest) == 64 and all(c in "0123456789abcdef" for c in digest):
        return digest
    log.warning("an audit event's stored hash is malformed: sealed as edited")
    return hashlib.sha256(b"malformed:" + digest.encode()).hexdigest()


def _final_horizon(cursor, *, wait: float) -> int | None:
    """Return the highest event id below which every event is final, or None.

    The stored fence is kept until it passes, then a new one is read; a new
    fence that passes at once (no older transaction running) is used too. A
    new fence is stored only once the waiting is over, so that this
    transaction takes no transaction id while it waits: two sealers of two
    databases on one server would otherwise wait for each other.
    """
    deadline = time.monotonic() + wait
    fence = AuditFence.objects.filter(pk=1).first()
    horizon, fresh = None, False
    while True:
        if fence is None:
            fence, fresh = _read_fence(), True
        if _has_passed(cursor, xid=fence.xid):
            horizon = fence.last_id
            if fresh:
                fence.save()
                return horizon
            fence = None
            continue
        if time.monotonic() >= deadline:
            if fresh:
                fence.save()
            return horizon
        time.sleep(0.05)


def _read_fence() -> AuditFence:
    """Read a fence (the caller stores it): first the highest id the events'
    sequence has handed out, then a transaction id assigned after it. Every
    transaction that took an id up to the first took its xid before
    (`_insert_with_xid_first`), so below the second.

    The xid is taken by a transaction of its own, on a connection of its own
    that ends at once: the sealer's transaction must not hold one while it
    waits. A snapshot's xmax would not do: it is the newest *ended* xid plus
    one, and a transaction that took a higher xid may still be running (CI
    sealed past five such events, stop 18)."""
    table = AuditEvent._meta.db_table
    params = connection.get_connection_params()
    with psycopg.connect(**params, autocommit=True) as side, side.cursor() as cur:
        cur.execute("SELECT pg_get_serial_sequence(%s, 'id')", [table])
        sequence = cur.fetchone()[0]
        cur.execute(f"SELECT last_value, is_called FROM {sequence}")
        last_value, is_called = cur.fetchone()
        cur.execute("SELECT pg_current_xact_id()::text")
        xid = int(cur.fetchone()[0])
    return AuditFence(
        pk=1,
        last_id=last_value if is_called else last_value - 1,
        xid=xid,
        read_at=timezone.now(),
    )


def _has_passed(cursor, *, xid: int) -> bool:
    """Return whether every transaction with an id below `xid`, other than
    this one, has ended (this one's events are sealed with it or not at all)."""
    cursor.execute(
        "SELECT NOT EXISTS (SELECT FROM pg_snapshot_xip(pg_current_snapshot()) "
        "AS running(xid) WHERE running.xid < %s::xid8)",
        [str(xid)],
    )
    return cursor.fetchone()[0]


# --- Status and export ---------------------------------------------------------


@dataclass(frozen=True)
class AuditStatus:
    """What `tillit audit status` shows."""

    now: datetime
    unsealed: int
    oldest_unsealed_at: datetime | None
    last_seal: AuditSeal | None

    @property
    def oldest_unsealed_age(self) -> timedelta | None:
        if self.oldest_unsealed_at is None:
            return None
        return self.now - self.oldest_unsealed_at

    @property
    def last_seal_age(self) -> timedelta | None:
        return None if self.last_seal is None else self.now - self.last_seal.sealed_at


def get_audit_status(*, now: datetime | None = None) -> AuditStatus:
    """Return the unsealed backlog and the last seal, in two queries."""
    now = now or timezone.now()
    last = AuditSeal.objects.defer("leaves").order_by("-number").first()
    backlog = AuditEvent.objects.filter(id__gt=last.last_id if last else 0).aggregate(
        count=models.Count("id"), oldest=Min("at")
    )
    return AuditStatus(
        now=now,
        unsealed=backlog["count"],
        oldest_unsealed_at=backlog["oldest"],
        last_seal=last,
    )


def list_exported_seals(*, after: int = 0) -> Iterator[dict]:
    """Yield each seal after number `after` as the JSON object that
    `tillit audit export-seals` writes, with the public key that signs it."""
    keys = {kid: public_key_text(key) for kid, key in trusted_public_keys().items()}
    for seal in (
        AuditSeal.objects.filter(number__gt=after)
        .defer("leaves")
        .order_by("number")
        .iterator(chunk_size=200)
    ):
        yield _signed_fields(seal) | {
            "hash": seal.hash,
            "signature": seal.signature,
            "public_key": keys.get(seal.key_id),
        }

"""Verifying the audit log (#12): every seal's signature and link, then every
sealed range recomputed from the rows; the first problem is named."""

import base64
import hashlib
from collections.abc import Iterator
from dataclasses import dataclass

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

from .audit import content_hash
from .audit_seals import (
    GENESIS,
    LEAF_BYTES,
    merkle_root,
    seal_body,
    split_leaves,
    trusted_public_keys,
)
from .models import AuditEvent, AuditSeal


@dataclass
class AuditReport:
    """What `verify_audit_log` found: all well, or the first problem."""

    ok: bool
    seals: int = 0
    sealed: int = 0
    unsealed: int = 0
    event_id: int | None = None
    seal_number: int | None = None
    problem: str = ""


def verify_audit_log(
    *,
    public_keys: dict[str, Ed25519PublicKey] | None = None,
    anchor: list[dict] | None = None,
) -> AuditReport:
    """Check every seal's signature and link, then recompute every sealed
    range from the rows; report the first problem, naming the seal or the
    event (the lowest id).

    `public_keys` (by key id) replaces the configured ones; `anchor`, seals
    exported earlier, must all still be there unchanged.
    """
    keys = trusted_public_keys() if public_keys is None else public_keys
    seals, last_id, problem = _check_seals(keys)
    if problem:
        return problem
    if anchor and (problem := _check_anchor(anchor)):
        return problem
    sealed, problem = _check_events(last_id=last_id, last_seal=seals)
    if problem:
        return problem
    unsealed = AuditEvent.objects.filter(id__gt=last_id).count()
    return AuditReport(True, seals=seals, sealed=sealed, unsealed=unsealed)


def _check_seals(
    keys: dict[str, Ed25519PublicKey],
) -> tuple[int, int, AuditReport | None]:
    prev, count = None, 0

    def broken(seal, problem):
        return (
            count,
            0,
            AuditReport(False, seals=count, seal_number=seal, problem=problem),
        )

    for seal in AuditSeal.objects.order_by("number").iterator(chunk_size=20):
        n = seal.number
        expected = prev.number + 1 if prev else 1
        if n != expected:
            missing = (
                f"seals {expected}-{n - 1} are"
                if n > expected + 1
                else f"seal {expected} is"
            )
            return broken(
                n, f"{missing} missing: seal {n} follows seal {expected - 1}."
            )
        key = keys.get(seal.key_id)
        if key is None:
            return broken(
                n,
                f"seal {n} is signed by a key that is not trusted (key id {seal.key_id}).",
            )
        body = seal_body(seal)
        try:
            key.verify(base64.b64decode(seal.signature), body)
        except (InvalidSignature, ValueError):
            return broken(n, f"seal {n} has a bad signature: it was altered or forged.")
        if hashlib.sha256(body).hexdigest() != seal.hash:
            return broken(n, f"seal {n}'s stored hash was changed.")
        if seal.prev_hash != (prev.hash if prev else GENESIS):
            return broken(
                n, f"seal {n} does not follow seal {n - 1}: its previous hash differs."
            )
        if not _leaves_match(seal, prev=prev):
            return broken(
                n, f"seal {n}'s leaves do not match its signed root and range."
            )
        prev, count = seal, count + 1
    return count, prev.last_id if prev else 0, None


def _leaves_match(seal: AuditSeal, *, prev: AuditSeal | None) -> bool:
    """Return whether a seal's leaves give its signed root and range, above
    the previous seal's."""
    leaves = bytes(seal.leaves)
    ids = [event_id for event_id, _digest in split_leaves(leaves)]
    return (
        bool(ids)
        and len(leaves) == LEAF_BYTES * seal.count
        and merkle_root(leaves) == seal.root
        and ids == sorted(set(ids))
        and (ids[0], ids[-1]) == (seal.first_id, seal.last_id)
        and not (prev and seal.first_id <= prev.last_id)
    )


def _check_anchor(anchor: list[dict]) -> AuditReport | None:
    hashes = dict(AuditSeal.objects.values_list("number", "hash"))
    for line in anchor:
        number = line.get("number")
        if number not in hashes:
            return AuditReport(
                False,
                seal_number=number,
                problem=f"seal {number} of the anchor is missing: the log was cut short.",
            )
        if hashes[number] != line.get("hash"):
            return AuditReport(
                False,
                seal_number=number,
                problem=f"seal {number} differs from the anchor: the log was rewritten.",
            )
    return None


def _sealed_leaves(*, last_seal: int) -> Iterator[tuple[int, int, str]]:
    """Yield (seal number, event id, content hash) of every event sealed up to
    seal `last_seal` (one made meanwhile is left for the next check), in id
    order."""
    for number, leaves in (
        AuditSeal.objects.filter(number__lte=last_seal)
        .order_by("number")
        .values_list("number", "leaves")
        .iterator(chunk_size=20)
    ):
        for event_id, digest in split_leaves(bytes(leaves)):
            yield number, event_id, digest


def _sealed_as(digest: str, *, other_than: int, last_seal: int) -> int | None:
    """Return the id of another sealed event whose content hash is `digest`."""
    for _number, event_id, sealed in _sealed_leaves(last_seal=last_seal):
        if sealed == digest and event_id != other_than:
            return event_id
    return None


def _check_events(*, last_id: int, last_seal: int) -> tuple[int, AuditReport | None]:
    rows = (
        AuditEvent.objects.filter(id__lte=last_id)
        .order_by("id")
        .iterator(chunk_size=2000)
    )
    leaves = _sealed_leaves(last_seal=last_seal)
    row, entry, checked = next(rows, None), next(leaves, None), 0

    def broken(event_id, number, problem):
        report = AuditReport(False, sealed=checked, event_id=event_id, problem=problem)
        report.seal_number = number
        return checked, report

    while row is not None or entry is not None:
        if entry is None or (row is not None and row.pk < entry[1]):
            return broken(
                row.pk,
                None,
                f"event #{row.pk} was inserted after its range was sealed.",
            )
        number, event_id, digest = entry
        if row is None or event_id < row.pk:
            return broken(
                event_id,
                number,
                f"event #{event_id} was deleted (seal {number} holds it).",
            )
        actual = content_hash(row)
        if actual != digest:
            if other := _sealed_as(actual, other_than=row.pk, last_seal=last_seal):
                return broken(
                    row.pk,
                    number,
                    f"event #{row.pk} holds the content sealed as event #{other}: "
                    "events were swapped or reordered.",
                )
            return broken(
                row.pk,
                number,
                f"event #{row.pk} was edited: its content no longer matches seal {number}.",
            )
        if row.hash != actual:
            return broken(row.pk, number, f"event #{row.pk}'s stored hash was changed.")
        row, entry, checked = next(rows, None), next(leaves, None), checked + 1
    return checked, None

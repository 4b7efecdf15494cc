"""Admission: whether a participant joins a meeting now, waits or is refused,
with lock-outs after repeated failures (S27–S30). The rule itself is the pure
`tillit.safety.admission`.

Admission sits in every participant's join path, so it reads one thing: the
meeting's gate with the address's lock-outs, from the shared cache when one
is configured and warm, else in one query (#12). Only failures write, in a
transaction; joins are written behind the decision (`services/joins.py`).
"""

from datetime import datetime, timedelta
from functools import partial
from typing import NoReturn

import iptocc
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from tillit.core.audit import record_audit_event
from tillit.core.errors import InvalidInput, NotFound

from .. import admission as rules
from .. import cache as gate_cache
from .. import resolve as toolkit
from ..errors import LockedOut
from ..models import FailureCounter
from ..selectors import get_gate
from .gates import build_gate
from .joins import record_join

PASSCODE_LIMIT, PASSCODE_WINDOW, PASSCODE_LOCKOUT = (
    5,
    timedelta(minutes=10),
    timedelta(minutes=15),
)
WARDIAL_LIMIT, WARDIAL_WINDOW, WARDIAL_LOCKOUT = (
    20,
    timedelta(minutes=10),
    timedelta(hours=1),
)


def _failures(key: str, now: datetime, window: timedelta) -> FailureCounter:
    counter, _created = FailureCounter.objects.select_for_update(
        no_key=True
    ).get_or_create(key=key)
    if now - counter.window_start > window:
        counter.count, counter.window_start = 0, now
    return counter


def _count_failure(key: str, *, limit, window, lockout, now, source: str) -> bool:
    """Count one failure; lock the key out once over the limit. Return True
    when this failure caused a lock-out.

    Raise LockedOut, counting nothing, when the key is locked out already: a
    cache that missed the lock-out must not let the failures go on counting
    (or the address go on guessing)."""
    counter = _failures(key, now, window)
    if counter.locked_until and counter.locked_until > now:
        raise LockedOut()
    counter.count += 1
    locked = counter.count >= limit
    if locked:
        counter.locked_until = now + lockout
    counter.save(update_fields=["count", "window_start", "locked_until"])
    if locked:
        record_audit_event(
            actor=None,
            source=source,
            verb="safety.locked_out",
            target=("safety.key", key),
            data={"failures": counter.count, "until": counter.locked_until},
        )
        transaction.on_commit(
            partial(gate_cache.publish_lockout, key, counter.locked_until)
        )
    return locked


def participant_key(participant: dict) -> str:
    if participant.get("user_id"):
        return f"user:{participant['user_id']}"
    if participant.get("email"):
        return f"email:{participant['email'].lower()}"
    return f"name:{participant.get('name', '')}@{participant.get('ip', '')}"


def admit_participant(
    *,
    meeting_id: str,
    participant: dict,
    passcode: str | None,
    source: str,
    now: datetime | None = None,
) -> rules.Admission:
    """Decide whether a participant joins now, waits, or is refused.

    Raise InvalidInput for a malformed address, NotFound for an unknown
    meeting and LockedOut (429) after repeated failures from one address.
    Failures are committed before the refusal is raised, so they count.
    """
    now = now or timezone.now()
    try:
        ip = toolkit.parse_ip(participant.get("ip"))
    except ValueError as exc:
        raise InvalidInput(
            fields={"participant.ip": [_("Not an IP address.")]}
        ) from exc
    wardial, guess = f"wardial:{ip}", f"passcode:{meeting_id}:{ip}"
    gate = _gate(meeting_id, (wardial, guess), now=now)
    if gate is None:
        _refuse_unknown_meeting(wardial, now=now, source=source)
    key = participant_key({**participant, "ip": ip})
    email = (participant.get("email") or "").lower()
    result = rules.decide_at_gate(
        gate, _participant(participant, ip, email), key=key, passcode=passcode
    )
    if result.reason == "wrong_passcode":
        _refuse_wrong_passcode(guess, now=now, source=source)
    elif result.decision in (rules.WAIT, rules.ADMIT):
        record_join(
            meeting_id=gate.meeting_id,
            key=key,
            name=participant.get("name") or "",
            email=email,
            waiting=result.decision == rules.WAIT,
            at=now,
        )
    return result


def _participant(participant: dict, ip: str, email: str) -> rules.Participant:
    return rules.Participant(
        authenticated=bool(participant.get("authenticated")),
        email=email,
        user_id=participant.get("user_id") or "",
        name=participant.get("name") or "",
        country=iptocc.country_code(ip),
    )


def _gate(meeting_id: str, lockout_keys: tuple[str, ...], *, now) -> rules.Gate | None:
    """The meeting's gate, from the shared cache or in one query, and put in
    the cache when it came from the database. Raise LockedOut when one of the
    keys is locked out."""
    cached = gate_cache.read(meeting_id, lockout_keys, now=now)
    if cached.locked_out:
        raise LockedOut()
    if cached.gate is not None:
        return cached.gate
    gate, locked_out = get_gate(
        meeting_id=meeting_id, lockout_keys=lockout_keys, now=now
    )
    if locked_out:
        raise LockedOut()
    if gate is None:
        return build_gate(meeting_id=meeting_id)  # None: an unknown meeting
    if cached.epoch:
        gate_cache.publish_gates([gate], epoch=cached.epoch)
    return gate


def _refuse_unknown_meeting(wardial: str, *, now: datetime, source: str) -> NoReturn:
    """Count one unknown meeting id from the address, committed before the
    refusal; raise LockedOut once over the limit (war-dialling), else NotFound."""
    with transaction.atomic(durable=True):
        locked = _count_failure(
            wardial,
            limit=WARDIAL_LIMIT,
            window=WARDIAL_WINDOW,
            lockout=WARDIAL_LOCKOUT,
            now=now,
            source=source,
        )
    if locked:
        raise LockedOut()
    raise NotFound(_("There is no such meeting."))


@transaction.atomic(durable=True)
def _refuse_wrong_passcode(guess: str, *, now: datetime, source: str) -> None:
    """Count a wrong passcode from the address for the meeting; the refusal is
    answered as usual, the lock-out from the next attempt on."""
    _count_failure(
        guess,
        limit=PASSCODE_LIMIT,
        window=PASSCODE_WINDOW,
        lockout=PASSCODE_LOCKOUT,
        now=now,
        source=source,
    )

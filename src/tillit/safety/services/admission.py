"""Admission: whether a participant joins a meeting now, waits or is refused,
with lock-outs after repeated failures (S27–S30). The rule itself is the pure
`tillit.safety.admission`."""

from datetime import datetime, timedelta
from typing import NoReturn

import iptocc
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from tillit.core.audit import record_audit_event
from tillit.core.errors import InvalidInput, NotFound
from tillit.directory.models import Meeting

from .. import admission as rules
from .. import resolve as toolkit
from ..errors import LockedOut
from ..models import FailureCounter, LiveMeeting, LiveParticipant
from ..selectors import layers_for

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


def _check_lockout(key: str, now: datetime) -> None:
    until = (
        FailureCounter.objects.filter(key=key)
        .values_list("locked_until", flat=True)
        .first()
    )
    if until and until > now:
        raise LockedOut()


def _count_failure(key: str, *, limit, window, lockout, now, source: str) -> bool:
    """Count one failure; lock the key out once over the limit. Return True
    when this failure caused a lock-out."""
    counter = _failures(key, now, window)
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
    wardial = f"wardial:{ip}"
    _check_lockout(wardial, now)
    meeting = Meeting.objects.filter(pk=meeting_id).first()
    if meeting is None:
        _refuse_unknown_meeting(wardial, now=now, source=source)
    guess = f"passcode:{meeting_id}:{ip}"
    _check_lockout(guess, now)
    with transaction.atomic(durable=True):
        result = _decide_and_record(
            meeting=meeting,
            participant=participant,
            ip=ip,
            passcode=passcode,
            now=now,
            source=source,
            guess=guess,
        )
    return result


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


def _decide_and_record(
    *, meeting, participant, ip, passcode, now, source, guess
) -> rules.Admission:
    """Decide; count a wrong passcode under `guess`; keep who waits or joined."""
    key = participant_key({**participant, "ip": ip})
    email = (participant.get("email") or "").lower()
    result = _decide(
        meeting, participant, ip=ip, key=key, email=email, passcode=passcode
    )
    if result.reason == "wrong_passcode":
        _count_failure(
            guess,
            limit=PASSCODE_LIMIT,
            window=PASSCODE_WINDOW,
            lockout=PASSCODE_LOCKOUT,
            now=now,
            source=source,
        )
    if result.decision in (rules.WAIT, rules.ADMIT):
        waiting = result.decision == rules.WAIT
        LiveParticipant.objects.update_or_create(
            meeting=meeting,
            key=key,
            defaults={
                "name": (participant.get("name") or "")[:200],
                "email": email,
                "state": LiveParticipant.State.WAITING
                if waiting
                else LiveParticipant.State.JOINED,
                "updated_at": now,
            },
        )
    return result


def _decide(meeting, participant, *, ip, key, email, passcode) -> rules.Admission:
    """The pure rule, given the meeting's settings and live state."""
    effective = {
        k: e.value
        for k, e in toolkit.resolve(layers_for(f"meeting:{meeting.pk}")).items()
    }
    live = LiveMeeting.objects.filter(meeting=meeting).first()
    known = LiveParticipant.objects.filter(meeting=meeting, key=key).first()
    waiting_room = effective["waiting_room"] or bool(live and live.waiting_room_now)
    return rules.decide(
        settings={**effective, "waiting_room": waiting_room},
        participant=rules.Participant(
            authenticated=bool(participant.get("authenticated")),
            email=email,
            user_id=participant.get("user_id") or "",
            name=participant.get("name") or "",
            country=iptocc.country_code(ip),
        ),
        passcode=passcode,
        locked=bool(live and live.locked),
        removed=bool(known and known.state == LiveParticipant.State.REMOVED),
        is_host=bool(email)
        and (email == meeting.host_email or email in effective["co_hosts"]),
    )

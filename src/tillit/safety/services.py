"""Meeting security: settings with locks, admission, and the live meeting
(S27–S36). Pure rules live in `resolve` and `admission`."""

from datetime import datetime, timedelta

import iptocc
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from tillit.core.audit import record_audit_event
from tillit.core.errors import InvalidInput, NotFound
from tillit.directory.models import Account, Event, Group, Meeting, PlatformUser

from . import admission as rules
from . import resolve as toolkit
from .errors import ConfirmationRequired, LockedOut, SettingLocked
from .models import FailureCounter, LiveMeeting, LiveParticipant, SecurityLayer

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


# --- Layers ------------------------------------------------------------------


def _layer(owner: str, level: str, rows: dict) -> toolkit.Layer:
    row = rows.get(owner)
    if row is None:
        return toolkit.Layer(level)
    return toolkit.Layer(level, row.values, frozenset(row.locks))


def _group_of(user: PlatformUser | None) -> Group | None:
    if user is None:
        return None
    return user.groups.order_by("-priority", "pk").first()


def layers_for(owner: str) -> list[toolkit.Layer]:
    """The layers that apply to an owner ("meeting:<id>", …), general first."""
    kind, _sep, key = owner.partition(":")
    account = group = user = None
    own_level = {"meeting": "meeting", "event": "meeting"}.get(kind, kind)
    if kind == "account":
        account = Account.objects.filter(pk=key).first()
    elif kind == "group":
        group = Group.objects.filter(pk=key).first() if key.isdigit() else None
        account = group.account if group else None
    elif kind == "user":
        user = PlatformUser.objects.select_related("account").filter(pk=key).first()
        account, group = (user.account, _group_of(user)) if user else (None, None)
    elif kind == "meeting":
        meeting = Meeting.objects.select_related("account").filter(pk=key).first()
        if meeting is not None:
            account = meeting.account
            user = PlatformUser.objects.filter(
                account=account, email=meeting.host_email
            ).first()
            group = _group_of(user)
    elif kind == "event":
        event = Event.objects.select_related("account").filter(pk=key).first()
        account = event.account if event else None
    owners = [
        (f"account:{account.pk}", "account") if account else None,
        (f"group:{group.pk}", "group") if group else None,
        (f"user:{user.pk}", "user") if user else None,
        (owner, own_level) if own_level in ("meeting",) else None,
    ]
    owners = [o for o in owners if o is not None]
    if own_level != "meeting" and (owner, own_level) not in owners:
        owners.append((owner, own_level))
    rows = {
        r.owner: r
        for r in SecurityLayer.objects.filter(owner__in=[o for o, _ in owners])
    }
    layers = [_layer(o, level, rows) for o, level in owners]
    if kind == "event" and event is not None and event.ticket_type == Event.Ticket.FREE:
        own = layers[-1]
        layers[-1] = toolkit.Layer(
            own.level, {**toolkit.HARDENED_EVENT, **own.values}, own.locks
        )
    return layers


def _owner_exists(owner: str) -> bool:
    kind, _sep, key = owner.partition(":")
    model = {
        "account": Account,
        "group": Group,
        "user": PlatformUser,
        "meeting": Meeting,
        "event": Event,
    }.get(kind)
    if model is None or (kind == "group" and not key.isdigit()):
        return False
    return model.objects.filter(pk=key).exists()


def get_effective_settings(*, owner: str) -> dict:
    """Every effective value with the level that decided it and any lock."""
    if not _owner_exists(owner):
        raise NotFound()
    return toolkit.resolve(layers_for(owner))


@transaction.atomic(durable=True)
def update_settings(
    *,
    owner: str,
    changes: dict,
    lock: list[str] | None = None,
    unlock: list[str] | None = None,
    confirm: bool = False,
    actor=None,
    source: str,
) -> dict:
    """Change one level's settings (and, at account or group level, its locks).

    Raise InvalidInput for bad values, SettingLocked (409) naming the level
    that locked a setting, ConfirmationRequired when a free-ticket event's
    protection is switched off without `confirm`.
    """
    if not _owner_exists(owner):
        raise NotFound()
    kind = owner.partition(":")[0]
    level = {"event": "meeting"}.get(kind, kind)
    try:
        clean = toolkit.validate_changes(changes)
    except toolkit.SettingsError as exc:
        raise InvalidInput(fields={k: [v] for k, v in exc.fields.items()}) from exc
    lock, unlock = list(lock or []), list(unlock or [])
    bad = [n for n in lock + unlock if n not in toolkit.SETTINGS]
    if bad:
        raise InvalidInput(
            fields={"lock": [_("Unknown setting: %(s)s") % {"s": ", ".join(bad)}]}
        )
    if (lock or unlock) and level not in toolkit.LOCKABLE_LEVELS:
        raise InvalidInput(
            fields={"lock": [_("Only accounts and groups lock settings.")]}
        )
    layers = layers_for(owner)
    locked = toolkit.locked_above(layers[:-1], level, [*clean, *lock, *unlock])
    if locked:
        raise SettingLocked(
            _("Locked at a higher level: %(list)s")
            % {"list": ", ".join(f"{n} ({lvl})" for n, lvl in locked.items())},
            fields={
                n: [_("locked at %(level)s level") % {"level": lvl}]
                for n, lvl in locked.items()
            },
        )
    row, _created = SecurityLayer.objects.select_for_update(no_key=True).get_or_create(
        owner=owner, defaults={"level": level}
    )
    if kind == "event" and not confirm:
        switched_off = [
            n
            for n, v in toolkit.HARDENED_EVENT.items()
            if n in clean
            and clean[n] != v
            and Event.objects.filter(
                pk=owner.partition(":")[2], ticket_type="free"
            ).exists()
        ]
        if switched_off:
            raise ConfirmationRequired(
                fields={n: [str(ConfirmationRequired.message)] for n in switched_off}
            )
    before = dict(row.values)
    row.values = {**row.values, **clean}
    row.locks = sorted((set(row.locks) | set(lock)) - set(unlock))
    if level == "meeting":
        own = {**layers[-1].values, **clean}  # a free event's preset included
        proposed = toolkit.resolve([*layers[:-1], toolkit.Layer(level, own)])
        try:
            toolkit.check_protected({k: e.value for k, e in proposed.items()})
        except toolkit.SettingsError as exc:
            raise InvalidInput(fields={k: [v] for k, v in exc.fields.items()}) from exc
    row.updated_at = timezone.now()
    row.save(update_fields=["values", "locks", "updated_at"])
    record_audit_event(
        actor=actor,
        source=source,
        verb="safety.settings_changed",
        target=("safety.securitylayer", owner),
        data={
            "changed": sorted(clean),
            "before": {k: before.get(k) for k in clean if k != "passcode"},
            "locks": row.locks,
            "confirmed": confirm,
        },
    )
    return toolkit.resolve(layers_for(owner))


# --- Admission ---------------------------------------------------------------


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
    guess = f"passcode:{meeting_id}:{ip}"
    _check_lockout(guess, now)
    with transaction.atomic(durable=True):
        result = _decide_and_record(
            meeting, participant, ip, passcode, now, source, guess
        )
    return result


def _decide_and_record(meeting, participant, ip, passcode, now, source, guess):
    effective = {
        k: e.value
        for k, e in toolkit.resolve(layers_for(f"meeting:{meeting.pk}")).items()
    }
    live = LiveMeeting.objects.filter(meeting=meeting).first()
    key = participant_key({**participant, "ip": ip})
    email = (participant.get("email") or "").lower()
    known = LiveParticipant.objects.filter(meeting=meeting, key=key).first()
    waiting_room = effective["waiting_room"] or bool(live and live.waiting_room_now)
    result = rules.decide(
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
        state = (
            LiveParticipant.State.WAITING
            if result.decision == rules.WAIT
            else LiveParticipant.State.JOINED
        )
        LiveParticipant.objects.update_or_create(
            meeting=meeting,
            key=key,
            defaults={
                "name": (participant.get("name") or "")[:200],
                "email": email,
                "state": state,
                "updated_at": now,
            },
        )
    return result


# --- The live meeting (the host's security panel) --------------------------------

CAPABILITIES = tuple(toolkit.SUSPENDED)


def _live(meeting_id: str) -> LiveMeeting:
    meeting = Meeting.objects.filter(pk=meeting_id).first()
    if meeting is None:
        raise NotFound(_("There is no such meeting."))
    live, _created = LiveMeeting.objects.get_or_create(meeting=meeting)
    return (
        LiveMeeting.objects.select_for_update(no_key=True)
        .select_related("meeting")
        .get(pk=live.pk)
    )


def get_live_state(*, meeting_id: str) -> dict:
    """What the host's panel shows: locks, who waits, who is in, who was
    removed, and what participants may do now (settings, then live changes)."""
    meeting = Meeting.objects.filter(pk=meeting_id).first()
    if meeting is None:
        raise NotFound(_("There is no such meeting."))
    live = LiveMeeting.objects.filter(meeting=meeting).first() or LiveMeeting(
        meeting=meeting
    )
    effective = get_effective_settings(owner=f"meeting:{meeting_id}")
    people = {state: [] for state in LiveParticipant.State.values}
    for p in LiveParticipant.objects.filter(meeting=meeting).order_by(
        "updated_at", "pk"
    ):
        people[p.state].append({"key": p.key, "name": p.name, "email": p.email})
    return {
        "meeting_id": meeting.pk,
        "locked": live.locked,
        "waiting_room": effective["waiting_room"].value or live.waiting_room_now,
        "waiting": people["waiting"],
        "participants": people["joined"],
        "removed": [p["key"] for p in people["removed"]],
        "capabilities": {
            name: live.capabilities.get(name, effective[name].value)
            for name in CAPABILITIES
        },
    }


def _save_live(live: LiveMeeting, *, actor, source: str, verb: str, data: dict) -> dict:
    live.updated_at = timezone.now()
    live.save()
    record_audit_event(
        actor=actor, source=source, verb=verb, target=live.meeting, data=data
    )
    return get_live_state(meeting_id=live.meeting_id)


@transaction.atomic(durable=True)
def lock_meeting(*, meeting_id: str, locked: bool, actor=None, source: str) -> dict:
    live = _live(meeting_id)
    live.locked = locked
    verb = "safety.meeting_locked" if locked else "safety.meeting_unlocked"
    return _save_live(live, actor=actor, source=source, verb=verb, data={})


@transaction.atomic(durable=True)
def set_waiting_room_now(*, meeting_id: str, on: bool, actor=None, source: str) -> dict:
    live = _live(meeting_id)
    live.waiting_room_now = on
    return _save_live(
        live,
        actor=actor,
        source=source,
        verb="safety.waiting_room_now",
        data={"on": on},
    )


@transaction.atomic(durable=True)
def decide_waiting(
    *, meeting_id: str, key: str, admit: bool, actor=None, source: str
) -> dict:
    """Admit or deny someone in the waiting room."""
    live = _live(meeting_id)
    person = (
        LiveParticipant.objects.select_for_update(no_key=True)
        .filter(meeting_id=meeting_id, key=key, state=LiveParticipant.State.WAITING)
        .first()
    )
    if person is None:
        raise InvalidInput(fields={"key": [_("Nobody with this key is waiting.")]})
    person.state = (
        LiveParticipant.State.JOINED if admit else LiveParticipant.State.REMOVED
    )
    person.updated_at = timezone.now()
    person.save(update_fields=["state", "updated_at"])
    verb = "safety.waiting_admitted" if admit else "safety.waiting_denied"
    return _save_live(
        live,
        actor=actor,
        source=source,
        verb=verb,
        data={"key": key, "name": person.name},
    )


@transaction.atomic(durable=True)
def remove_participant(
    *, meeting_id: str, key: str, allow_rejoin: bool = False, actor=None, source: str
) -> dict:
    """Remove a participant; they cannot rejoin unless the host allows it."""
    if not key or len(key) > 300:
        raise InvalidInput(fields={"key": [_("Say who to remove.")]})
    live = _live(meeting_id)
    if allow_rejoin:
        LiveParticipant.objects.filter(
            meeting_id=meeting_id, key=key, state=LiveParticipant.State.REMOVED
        ).delete()
    else:
        LiveParticipant.objects.update_or_create(
            meeting_id=meeting_id,
            key=key,
            defaults={
                "state": LiveParticipant.State.REMOVED,
                "updated_at": timezone.now(),
            },
        )
    verb = "safety.rejoin_allowed" if allow_rejoin else "safety.participant_removed"
    return _save_live(live, actor=actor, source=source, verb=verb, data={"key": key})


@transaction.atomic(durable=True)
def set_capabilities(
    *, meeting_id: str, changes: dict, actor=None, source: str
) -> dict:
    """Change what participants may do in this meeting now."""
    bad = [n for n in changes if n not in CAPABILITIES]
    if bad:
        raise InvalidInput(
            fields={n: [_("Not a participant capability.")] for n in bad}
        )
    try:
        clean = toolkit.validate_changes(changes)
    except toolkit.SettingsError as exc:
        raise InvalidInput(fields={k: [v] for k, v in exc.fields.items()}) from exc
    live = _live(meeting_id)
    live.capabilities = {**live.capabilities, **clean}
    return _save_live(
        live, actor=actor, source=source, verb="safety.capabilities_changed", data=clean
    )


@transaction.atomic(durable=True)
def suspend_participant_activities(*, meeting_id: str, actor=None, source: str) -> dict:
    """One action: video, audio, screen sharing, chat, annotation, renaming and
    recording off, and the meeting locked (S32). Resume feature by feature."""
    live = _live(meeting_id)
    live.capabilities = {**live.capabilities, **toolkit.SUSPENDED}
    live.locked = True
    return _save_live(
        live, actor=actor, source=source, verb="safety.activities_suspended", data={}
    )


def report_participant(
    *,
    meeting_id: str,
    key: str,
    category: str,
    description: str,
    reporter: dict,
    source: str,
) -> dict:
    """ "Report" in the panel: file an in-meeting report about the participant
    through the spine, and remove them (S36)."""
    from tillit.cases.services.filing import submit_report
    from tillit.intake.services import ReporterIdentity, ReportInput

    report, _created = submit_report(
        data=ReportInput(
            channel="in_meeting",
            category=category,
            description=description,
            target_type="meeting",
            target_id=meeting_id,
            reporter=ReporterIdentity(
                email=reporter.get("email", ""), name=reporter.get("name", "")
            ),
            offender=key[:200],
        ),
        source=source,
    )
    state = remove_participant(meeting_id=meeting_id, key=key, source=source)
    return {
        "report_id": report.pk,
        "reference": report.reference,
        "case_id": report.case_id,
        **state,
    }


def can_host(user, meeting: Meeting) -> bool:
    """The host or a co-host, signed in with the address the platform knows."""
    if user is None or not user.is_authenticated or not user.email:
        return False
    email = user.email.lower()
    if email == meeting.host_email:
        return True
    co_hosts = get_effective_settings(owner=f"meeting:{meeting.pk}")["co_hosts"].value
    return email in co_hosts


def can_administer_account(user, account: Account) -> bool:
    if user is None or not user.is_authenticated or not user.email:
        return False
    return user.email.lower() in account.notice_recipients

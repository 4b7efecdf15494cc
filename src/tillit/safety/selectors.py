"""Reads of meeting security: the settings hierarchy of an owner and the live
state of a meeting, shared by the services, the permissions, the pages and
the API."""

from typing import NamedTuple

from django.utils.translation import gettext as _

from tillit.core.errors import NotFound
from tillit.directory.models import Account, Event, Group, Meeting, PlatformUser

from . import resolve as toolkit
from .models import LiveMeeting, LiveParticipant, SecurityLayer

OWNER_MODELS = {
    "account": Account,
    "group": Group,
    "user": PlatformUser,
    "meeting": Meeting,
    "event": Event,
}


class _Chain(NamedTuple):
    """The directory rows an owner's settings are resolved through."""

    account: Account | None = None
    group: Group | None = None
    user: PlatformUser | None = None
    event: Event | None = None


def _group_of(user: PlatformUser | None) -> Group | None:
    if user is None:
        return None
    return user.groups.order_by("-priority", "pk").first()


def _chain_of(kind: str, key: str) -> _Chain:
    if kind == "account":
        return _Chain(account=Account.objects.filter(pk=key).first())
    if kind == "group":
        group = Group.objects.filter(pk=key).first() if key.isdigit() else None
        return _Chain(account=group.account if group else None, group=group)
    if kind == "user":
        user = PlatformUser.objects.select_related("account").filter(pk=key).first()
        if user is None:
            return _Chain()
        return _Chain(account=user.account, group=_group_of(user), user=user)
    if kind == "meeting":
        meeting = Meeting.objects.select_related("account").filter(pk=key).first()
        if meeting is None:
            return _Chain()
        # The meeting sits under its host's user and group, when the
        # directory knows the host.
        host = PlatformUser.objects.filter(
            account=meeting.account, email=meeting.host_email
        ).first()
        return _Chain(account=meeting.account, group=_group_of(host), user=host)
    if kind == "event":
        event = Event.objects.select_related("account").filter(pk=key).first()
        return _Chain(account=event.account if event else None, event=event)
    return _Chain()


def _layer(owner: str, level: str, rows: dict) -> toolkit.Layer:
    row = rows.get(owner)
    if row is None:
        return toolkit.Layer(level)
    return toolkit.Layer(level, row.values, frozenset(row.locks))


def layers_for(owner: str) -> list[toolkit.Layer]:
    """The layers that apply to an owner ("meeting:<id>", …), general first."""
    kind, _sep, key = owner.partition(":")
    chain = _chain_of(kind, key)
    own_level = {"meeting": "meeting", "event": "meeting"}.get(kind, kind)
    owners = [
        (f"account:{chain.account.pk}", "account") if chain.account else None,
        (f"group:{chain.group.pk}", "group") if chain.group else None,
        (f"user:{chain.user.pk}", "user") if chain.user else None,
        (owner, own_level) if own_level == "meeting" else None,
    ]
    owners = [o for o in owners if o is not None]
    if own_level != "meeting" and (owner, own_level) not in owners:
        owners.append((owner, own_level))
    rows = {
        r.owner: r
        for r in SecurityLayer.objects.filter(owner__in=[o for o, _ in owners])
    }
    layers = [_layer(o, level, rows) for o, level in owners]
    if chain.event is not None and chain.event.ticket_type == Event.Ticket.FREE:
        own = layers[-1]
        layers[-1] = toolkit.Layer(
            own.level, {**toolkit.HARDENED_EVENT, **own.values}, own.locks
        )
    return layers


def owner_exists(owner: str) -> bool:
    """Whether the directory knows the account, group, user, meeting or event."""
    kind, _sep, key = owner.partition(":")
    model = OWNER_MODELS.get(kind)
    if model is None or (kind == "group" and not key.isdigit()):
        return False
    return model.objects.filter(pk=key).exists()


def get_effective_settings(*, owner: str) -> dict:
    """Every effective value with the level that decided it and any lock."""
    if not owner_exists(owner):
        raise NotFound()
    return toolkit.resolve(layers_for(owner))


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
            for name in toolkit.CAPABILITIES
        },
    }

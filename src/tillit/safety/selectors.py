"""Reads of meeting security: the settings hierarchy of an owner and the live
state of a meeting, shared by the services, the permissions, the pages and
the API."""

import json
from collections import defaultdict
from datetime import datetime
from functools import lru_cache
from typing import NamedTuple

from django.db import connection
from django.db.models import Q
from django.utils.translation import gettext as _

from tillit.core.errors import NotFound
from tillit.directory.models import Account, Event, Group, Meeting, PlatformUser

from . import resolve as toolkit
from .admission import Gate
from .models import (
    FailureCounter,
    LiveMeeting,
    LiveParticipant,
    ResolvedMeeting,
    SecurityLayer,
)

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


# --- Gates (#12): what admission reads, and what a gate is rebuilt from ------


class GateFacts(NamedTuple):
    """What a meeting's gate holds, as freshly resolved."""

    account_id: str
    host_email: str
    host_user_id: str
    host_group_id: int | None
    settings: dict
    locked: bool
    waiting_room_now: bool
    removed: list[str]


def get_gate(
    *, meeting_id: str, lockout_keys: tuple[str, ...], now: datetime
) -> tuple[Gate | None, bool]:
    """Return the meeting's gate (None when it has none) and whether any of
    `lockout_keys` is locked out, in one query: admission's only one.

    Raw SQL: on the join path the ORM's building and compiling of this query
    cost three times its round trip (bench/admission.py)."""
    with connection.cursor() as cursor:
        cursor.execute(
            _gate_sql(len(lockout_keys)),
            [
                *lockout_keys,
                connection.ops.adapt_datetimefield_value(now),
                meeting_id,
            ],
        )
        locked_out, version, *row = cursor.fetchone()
    if version is None:
        return None, bool(locked_out)
    settings, host_email, locked, waiting_now, removed = row
    gate = Gate(
        meeting_id,
        version,
        _json(settings),
        host_email,
        bool(locked),
        bool(waiting_now),
        frozenset(_json(removed)),
    )
    return gate, bool(locked_out)


@lru_cache
def _gate_sql(keys: int) -> str:
    """One row always, so an unknown meeting's lock-outs come with it."""
    q = connection.ops.quote_name
    failures, gates = (
        q(FailureCounter._meta.db_table),
        q(ResolvedMeeting._meta.db_table),
    )
    fields = ("version", "settings", "host_email", "locked", "waiting_room_now")
    columns = ", ".join(f"g.{q(name)}" for name in (*fields, "removed"))
    marks = ", ".join(["%s"] * keys) or "NULL"
    return (
        f"SELECT EXISTS (SELECT 1 FROM {failures} f WHERE f.{q('key')} IN ({marks}) "
        f"AND f.{q('locked_until')} > %s), {columns} "
        f"FROM (SELECT 1 AS one) AS here LEFT JOIN {gates} g "
        f"ON g.{q('meeting_id')} = %s"
    )


def _json(value):
    # Django has the drivers hand JSON over as text, for JSONField to decode.
    return json.loads(value) if isinstance(value, str | bytes) else value


def list_active_lockouts(*, now: datetime) -> list[tuple[str, datetime]]:
    return list(
        FailureCounter.objects.filter(locked_until__gt=now).values_list(
            "key", "locked_until"
        )
    )


def list_gates_under(*, owner: str) -> list[str]:
    """The meetings, with a gate, whose settings resolve through this account,
    group or user, in id order. A group's or user's include the meetings
    whose gate still names them, so a host who left a group, changed address
    or was deleted is resolved again."""
    kind, _sep, key = owner.partition(":")
    gates = ResolvedMeeting.objects.all()
    if kind == "account":
        gates = gates.filter(account_id=key)
    elif kind == "group" and key.isdigit():
        members = PlatformUser.objects.filter(groups=key).values("pk")
        gates = gates.filter(Q(host_group_id=key) | Q(host_user_id__in=members))
    elif kind == "user":
        user = PlatformUser.objects.filter(pk=key).values("account_id", "email")
        match = Q(host_user_id=key)
        if found := user.first():
            match |= Q(account_id=found["account_id"], host_email=found["email"])
        gates = gates.filter(match)
    else:
        return []
    return list(gates.order_by("pk").values_list("pk", flat=True))


def list_gate_facts(*, meeting_ids: list[str]) -> dict[str, GateFacts]:
    """Resolve many meetings at once, as `layers_for` resolves one: the same
    chain (the host's user by address in the meeting's account, their group
    of highest priority), in seven queries whatever the number of meetings."""
    meetings = list(
        Meeting.objects.filter(pk__in=meeting_ids).values_list(
            "pk", "account_id", "host_email"
        )
    )
    hosts = _hosts_of(meetings)
    groups = _top_groups(set(hosts.values()))
    chains = {}
    for pk, account_id, email in meetings:
        user = hosts.get((account_id, email), "")
        chains[pk] = (account_id, email, user, groups.get(user))
    rows = {
        r.owner: r for r in SecurityLayer.objects.filter(owner__in=_owners_of(chains))
    }
    live = {
        m: (locked, now)
        for m, locked, now in LiveMeeting.objects.filter(
            meeting_id__in=chains
        ).values_list("meeting_id", "locked", "waiting_room_now")
    }
    removed = defaultdict(list)
    for m, key in LiveParticipant.objects.filter(
        meeting_id__in=chains, state=LiveParticipant.State.REMOVED
    ).values_list("meeting_id", "key"):
        removed[m].append(key)
    return {
        pk: GateFacts(
            account_id,
            email,
            user,
            group,
            _admission_settings(pk, account_id, user, group, rows),
            *live.get(pk, (False, False)),
            sorted(removed[pk]),
        )
        for pk, (account_id, email, user, group) in chains.items()
    }


def _hosts_of(meetings) -> dict[tuple[str, str], str]:
    """{(account id, address): the first user (by id) with it}, as `_chain_of`."""
    accounts = {account for _pk, account, _email in meetings}
    emails = {email for _pk, _account, email in meetings}
    hosts: dict[tuple[str, str], str] = {}
    for pk, account, email in (
        PlatformUser.objects.filter(account_id__in=accounts, email__in=emails)
        .order_by("pk")
        .values_list("pk", "account_id", "email")
    ):
        hosts.setdefault((account, email), pk)
    return hosts


def _top_groups(user_ids: set[str]) -> dict[str, int]:
    """{user id: their group of highest priority}, as `_group_of`."""
    top: dict[str, int] = {}
    for user, group in (
        Group.members.through.objects.filter(platformuser_id__in=user_ids)
        .order_by("-group__priority", "group_id")
        .values_list("platformuser_id", "group_id")
    ):
        top.setdefault(user, group)
    return top


def _owners_of(chains: dict) -> set[str]:
    owners = set()
    for pk, (account_id, _email, user, group) in chains.items():
        owners |= {f"account:{account_id}", f"meeting:{pk}"}
        owners |= {f"user:{user}"} if user else set()
        owners |= {f"group:{group}"} if group else set()
    return owners


def _admission_settings(pk, account_id, user, group, rows) -> dict:
    owners = [
        (f"account:{account_id}", "account"),
        (f"group:{group}", "group") if group else None,
        (f"user:{user}", "user") if user else None,
        (f"meeting:{pk}", "meeting"),
    ]
    layers = [_layer(o, level, rows) for o, level in filter(None, owners)]
    effective = toolkit.resolve(layers)
    return {name: effective[name].value for name in toolkit.ADMISSION_SETTINGS}

"""Changes to the settings hierarchy: one level's values and locks (S27–S35).
How the levels resolve is the pure `resolve`; reads are in `selectors`."""

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from tillit.core.audit import record_audit_event
from tillit.core.errors import InvalidInput, NotFound, PermissionDenied
from tillit.directory.models import Event

from .. import resolve as toolkit
from ..errors import ConfirmationRequired, SettingLocked
from ..models import SecurityLayer
from ..permissions import ADMINS_ONLY, can_change_settings
from ..selectors import layers_for, owner_exists
from .gates import refresh_gates, schedule_gate_refresh


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

    Raise NotFound for an owner the directory does not know, PermissionDenied
    unless the actor may change this level, InvalidInput for bad values,
    SettingLocked (409) naming the level that locked a setting,
    ConfirmationRequired when a free-ticket event's protection is switched off
    without `confirm`.
    """
    if not owner_exists(owner):
        raise NotFound()
    if not can_change_settings(actor, owner):
        raise PermissionDenied(ADMINS_ONLY)
    kind = owner.partition(":")[0]
    level = {"event": "meeting"}.get(kind, kind)
    clean = _validated(changes)
    lock, unlock = _lock_names(lock, unlock, level=level)
    layers = layers_for(owner)
    _refuse_locked_above(layers[:-1], level=level, names=[*clean, *lock, *unlock])
    row, _created = SecurityLayer.objects.select_for_update(no_key=True).get_or_create(
        owner=owner, defaults={"level": level}
    )
    if kind == "event" and not confirm:
        _require_confirmation(event_id=owner.partition(":")[2], clean=clean)
    before = dict(row.values)
    row.values = {**row.values, **clean}
    row.locks = sorted((set(row.locks) | set(lock)) - set(unlock))
    if level == "meeting":
        _require_protection(layers, clean=clean)
    row.updated_at = timezone.now()
    row.save(update_fields=["values", "locks", "updated_at"])
    record_audit_event(
        actor=actor,
        source=source,
        verb="safety.settings_changed",
        target=("safety.securitylayer", owner),
        data=_audit_data(before=before, clean=clean, row=row, confirm=confirm),
    )
    _refresh_gates_of(owner)
    return toolkit.resolve(layers_for(owner))


def _refresh_gates_of(owner: str) -> None:
    """A meeting's own gate at once; those under an account, group or user on
    the worker, since there may be many (#12). Events are not admitted here."""
    kind, _sep, key = owner.partition(":")
    if kind == "meeting":
        refresh_gates(meeting_ids=[key], create=True)
    elif kind in ("account", "group", "user"):
        schedule_gate_refresh(owner=owner)


def _audit_data(
    *, before: dict, clean: dict, row: SecurityLayer, confirm: bool
) -> dict:
    """What changed, and the values before it, never a passcode."""
    return {
        "changed": sorted(clean),
        "before": {k: before.get(k) for k in clean if k != "passcode"},
        "locks": row.locks,
        "confirmed": confirm,
    }


def _invalid(exc: toolkit.SettingsError) -> InvalidInput:
    return InvalidInput(fields={k: [v] for k, v in exc.fields.items()})


def _validated(changes: dict) -> dict:
    """Return the changes normalised; raise InvalidInput naming each bad one."""
    try:
        return toolkit.validate_changes(changes)
    except toolkit.SettingsError as exc:
        raise _invalid(exc) from exc


def _lock_names(lock, unlock, *, level: str) -> tuple[list[str], list[str]]:
    """Return the settings to lock and to unlock; raise InvalidInput for an
    unknown setting, or for locks at a level that does not lock."""
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
    return lock, unlock


def _refuse_locked_above(above: list[toolkit.Layer], *, level: str, names) -> None:
    """Raise SettingLocked naming each setting a level above has locked."""
    locked = toolkit.locked_above(above, level, names)
    if locked:
        raise SettingLocked(
            _("Locked at a higher level: %(list)s")
            % {"list": ", ".join(f"{n} ({lvl})" for n, lvl in locked.items())},
            fields={
                n: [_("locked at %(level)s level") % {"level": lvl}]
                for n, lvl in locked.items()
            },
        )


def _require_confirmation(*, event_id: str, clean: dict) -> None:
    """Raise ConfirmationRequired when the changes switch off a protection a
    free-ticket event starts with (S35)."""
    switched_off = [
        n for n, v in toolkit.HARDENED_EVENT.items() if n in clean and clean[n] != v
    ]
    if not switched_off:
        return
    if Event.objects.filter(pk=event_id, ticket_type=Event.Ticket.FREE).exists():
        raise ConfirmationRequired(
            fields={n: [str(ConfirmationRequired.message)] for n in switched_off}
        )


def _require_protection(layers: list[toolkit.Layer], *, clean: dict) -> None:
    """Raise InvalidInput when the meeting would be left with none of passcode,
    waiting room or signed-in only."""
    own = {**layers[-1].values, **clean}  # a free event's preset included
    proposed = toolkit.resolve([*layers[:-1], toolkit.Layer("meeting", own)])
    try:
        toolkit.check_protected({k: e.value for k, e in proposed.items()})
    except toolkit.SettingsError as exc:
        raise _invalid(exc) from exc

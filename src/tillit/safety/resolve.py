"""Meeting security settings: the toolkit, its validation and how levels
resolve (S27–S35). Pure: no Django import.

Levels run from the most general to the most specific: account > group >
user > meeting. Without locks the most specific level that sets a value wins;
a lock at a level fixes the value there for every level below it.
"""

import ipaddress
import re
import secrets
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

import pycountry

LEVELS = ("account", "group", "user", "meeting")
LOCKABLE_LEVELS = ("account", "group")

CAPABILITY_CHOICES = {
    "screen_sharing": ("host_only", "all", "off"),
    "chat": ("everyone", "hosts_only", "off"),
}
BOOLEAN_SETTINGS = (
    "waiting_room",
    "authenticated_only",
    "video",
    "audio",
    "annotation",
    "rename",
    "recording",
)
UNKNOWN_COUNTRY = ("admit", "deny")

DEFAULTS: dict[str, Any] = {
    # On by default, so every meeting starts with one protection (S27).
    "waiting_room": True,
    "passcode": None,
    "geofence": None,
    "unknown_country": "admit",
    "authenticated_only": False,
    "allowed_domains": [],
    "co_hosts": [],
    "screen_sharing": "host_only",
    "video": True,
    "audio": True,
    "annotation": True,
    "chat": "everyone",
    "rename": True,
    "recording": True,
}
SETTINGS = tuple(DEFAULTS)
# What "Suspend participant activities" turns off in one go (S32).
SUSPENDED = {
    "video": False,
    "audio": False,
    "screen_sharing": "off",
    "chat": "off",
    "annotation": False,
    "rename": False,
    "recording": False,
}
# What participants may do, which the host can also change for a running meeting.
CAPABILITIES = tuple(SUSPENDED)
# What admission reads of the settings; a meeting's gate keeps these (#12).
ADMISSION_SETTINGS = (
    "waiting_room",
    "passcode",
    "geofence",
    "unknown_country",
    "authenticated_only",
    "allowed_domains",
    "co_hosts",
)
# Free-ticket events start hardened (S35).
HARDENED_EVENT = {
    "waiting_room": True,
    "authenticated_only": True,
    "screen_sharing": "host_only",
}

PASSCODE_MIN, PASSCODE_MAX = 6, 10
PASSCODE_CHARS = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789"
WEAK_PASSCODES = {
    "123456",
    "1234567",
    "12345678",
    "000000",
    "111111",
    "password",
    "qwerty",
}
COUNTRY = re.compile(r"^[A-Z]{2}$")
DOMAIN = re.compile(r"^(?=.{1,253}$)([a-z0-9-]{1,63}\.)+[a-z]{2,63}$")
# ISO 3166-1 alpha-2 codes in use, as pycountry keeps them (its data ships
# inside the package: nothing is looked up over the network), and XK, the
# code the EU uses for Kosovo, which ISO 3166 has not assigned.
ISO_COUNTRIES = frozenset(country.alpha_2 for country in pycountry.countries) | {"XK"}


class SettingsError(ValueError):
    """Bad settings; `fields` names each bad setting with its message."""

    def __init__(self, fields: dict[str, str]):
        self.fields = fields
        super().__init__("; ".join(f"{k}: {v}" for k, v in fields.items()))


@dataclass(frozen=True)
class Layer:
    level: str
    values: Mapping[str, Any] = field(default_factory=dict)
    locks: frozenset[str] = frozenset()


@dataclass(frozen=True)
class Effective:
    value: Any
    level: str  # "default" when no level set it
    locked: bool = False
    locked_at: str | None = None


def resolve(layers: Sequence[Layer], defaults: Mapping[str, Any] = DEFAULTS) -> dict:
    """Return {setting: Effective} for the layers, given general to specific."""
    order = {level: i for i, level in enumerate(LEVELS)}
    layers = sorted(layers, key=lambda layer: order[layer.level])
    result = {}
    for name, default in defaults.items():
        effective = Effective(default, "default")
        for layer in layers:
            if name in layer.values:
                effective = Effective(layer.values[name], layer.level)
            if name in layer.locks and layer.level in LOCKABLE_LEVELS:
                effective = Effective(
                    effective.value, effective.level, True, layer.level
                )
                break  # nothing below a lock can change it
        result[name] = effective
    return result


def locked_above(layers: Sequence[Layer], level: str, names) -> dict[str, str]:
    """Return {setting: locking level} for the settings in `names` that a level
    above `level` has locked (a level may change what it locked itself)."""
    mine = LEVELS.index(level)
    found = {}
    for layer in layers:
        if LEVELS.index(layer.level) < mine:
            for name in names:
                if name in layer.locks and name not in found:
                    found[name] = layer.level
    return found


def validate_changes(changes: Mapping[str, Any]) -> dict[str, Any]:
    """Return the changes normalised, or raise SettingsError naming each bad one."""
    errors, clean = {}, {}
    for name, value in changes.items():
        if name not in DEFAULTS:
            errors[name] = "unknown setting"
            continue
        try:
            clean[name] = _validate(name, value)
        except ValueError as exc:
            errors[name] = str(exc)
    if errors:
        raise SettingsError(errors)
    return clean


def _validate(name: str, value: Any) -> Any:
    if name in BOOLEAN_SETTINGS:
        if not isinstance(value, bool):
            raise ValueError("must be true or false")
        return value
    if name in CAPABILITY_CHOICES:
        if value not in CAPABILITY_CHOICES[name]:
            raise ValueError("must be one of " + ", ".join(CAPABILITY_CHOICES[name]))
        return value
    if name == "passcode":
        return None if value is None else check_passcode(value)
    if name == "geofence":
        return None if value is None else check_geofence(value)
    if name == "unknown_country":
        if value not in UNKNOWN_COUNTRY:
            raise ValueError("must be admit or deny")
        return value
    if name == "allowed_domains":
        if not isinstance(value, list) or not all(isinstance(d, str) for d in value):
            raise ValueError("must be a list of email domains")
        domains = [d.strip().lower().lstrip("@") for d in value]
        bad = [d for d in domains if not DOMAIN.match(d)]
        if bad:
            raise ValueError("not an email domain: " + ", ".join(bad))
        return sorted(set(domains))
    if name == "co_hosts":
        if not isinstance(value, list) or not all(
            isinstance(e, str) and "@" in e for e in value
        ):
            raise ValueError("must be a list of email addresses")
        return sorted({e.strip().lower() for e in value})
    raise ValueError("unknown setting")  # pragma: no cover


def check_passcode(value: Any) -> str:
    if not isinstance(value, str):
        raise ValueError("must be text")
    if not PASSCODE_MIN <= len(value) <= PASSCODE_MAX:
        raise ValueError(f"must have {PASSCODE_MIN} to {PASSCODE_MAX} characters")
    if not value.isascii() or not value.isalnum():
        raise ValueError("may hold only letters and digits")
    if value.lower() in WEAK_PASSCODES or len(set(value)) < 3:
        raise ValueError("is too easy to guess")
    return value


def generate_passcode(length: int = 8) -> str:
    while True:
        code = "".join(secrets.choice(PASSCODE_CHARS) for _ in range(length))
        try:
            return check_passcode(code)
        except ValueError:
            continue


def check_geofence(value: Any) -> dict:
    if not isinstance(value, Mapping):
        raise ValueError('must be {"mode": "allow|deny", "countries": [...]}')
    if "allow" in value and "deny" in value:
        raise ValueError("give an allow list or a deny list, never both")
    mode, countries = value.get("mode"), value.get("countries")
    if mode not in ("allow", "deny"):
        raise ValueError("mode must be allow or deny")
    if not isinstance(countries, list) or not countries:
        raise ValueError("countries must be a non-empty list of ISO 3166 codes")
    codes = [str(c).upper() for c in countries]
    unknown = [c for c in codes if not COUNTRY.match(c) or c not in ISO_COUNTRIES]
    if unknown:
        raise ValueError("unknown country code: " + ", ".join(unknown))
    if set(value) - {"mode", "countries"}:
        raise ValueError("only mode and countries")
    return {"mode": mode, "countries": sorted(set(codes))}


def check_protected(effective: Mapping[str, Any]) -> None:
    """Every meeting has at least one of passcode, waiting room or sign-in."""
    if not (
        effective.get("passcode")
        or effective.get("waiting_room")
        or effective.get("authenticated_only")
    ):
        raise SettingsError(
            {
                "waiting_room": "keep at least one of passcode, waiting room or "
                "authenticated-only on"
            }
        )


def parse_ip(value: Any) -> str:
    """Return the address normalised, or raise ValueError."""
    if not isinstance(value, str):
        raise ValueError("must be an IP address")
    return str(ipaddress.ip_address(value.strip()))

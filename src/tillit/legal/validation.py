"""The shape of a request from an authority, checked the same way for the
portal and the API: every field wrong is named at once."""

from dataclasses import dataclass
from datetime import UTC, date, datetime

import pycountry
from django.utils.translation import gettext as _

from .models import DataCategory, LegalTargetType, RequestKind

MAX_TARGETS = 50
MAX_LEGAL_BASIS = 10_000
MAX_TARGET_ID = 64


@dataclass
class LegalRequestInput:
    country: str
    kind: str
    legal_basis: str
    targets: list[dict]
    data_requested: list[str]
    due_at: datetime | None
    nondisclosure_until: date | None = None
    agency: str = ""

    def __post_init__(self):
        # A deadline sent without an offset is read as UTC.
        if self.due_at is not None and self.due_at.tzinfo is None:
            self.due_at = self.due_at.replace(tzinfo=UTC)


def is_country(code: str) -> bool:
    code = (code or "").strip().upper()
    return len(code) == 2 and pycountry.countries.get(alpha_2=code) is not None


def request_errors(data: LegalRequestInput, *, now: datetime) -> dict[str, list]:
    """Return the field errors of `data` ({} when it is valid)."""
    errors: dict[str, list] = {}
    if not is_country(data.country):
        errors["country"] = [
            _("Unknown country. Give its ISO 3166-1 alpha-2 code, such as SE or DE.")
        ]
    if data.kind not in RequestKind.values:
        errors["kind"] = [
            _("Unknown kind of request. Use one of: %(choices)s.")
            % {"choices": ", ".join(RequestKind.values)}
        ]
    basis = (data.legal_basis or "").strip()
    if not basis:
        errors["legal_basis"] = [_("Name the legal basis of the request.")]
    elif len(basis) > MAX_LEGAL_BASIS:
        errors["legal_basis"] = [
            _("Keep the legal basis under %(n)d characters.") % {"n": MAX_LEGAL_BASIS}
        ]
    errors |= _target_errors(data.targets)
    errors |= _data_errors(data.data_requested)
    if data.due_at is None:
        errors["due_at"] = [_("Give the deadline.")]
    elif data.due_at <= now:
        errors["due_at"] = [_("The deadline is in the past.")]
    if data.nondisclosure_until is not None and data.nondisclosure_until <= now.date():
        errors["nondisclosure_until"] = [
            _(
                "A non-disclosure order ends after today; leave it empty if there is none."
            )
        ]
    return errors


def _target_errors(targets) -> dict[str, list]:
    if not isinstance(targets, list) or not targets:
        return {"targets": [_("Name at least one account, user, meeting or event.")]}
    if len(targets) > MAX_TARGETS:
        return {"targets": [_("Name at most %(n)d targets.") % {"n": MAX_TARGETS}]}
    errors = {}
    for i, target in enumerate(targets):
        kind = target.get("type") if isinstance(target, dict) else None
        ident = str(target.get("id") or "").strip() if isinstance(target, dict) else ""
        if kind not in LegalTargetType.values:
            errors[f"targets.{i}.type"] = [
                _("Unknown target type. Use one of: %(choices)s.")
                % {"choices": ", ".join(LegalTargetType.values)}
            ]
        if not ident or len(ident) > MAX_TARGET_ID:
            errors[f"targets.{i}.id"] = [
                _("Give the target's id (up to 64 characters).")
            ]
    return errors


def _data_errors(items) -> dict[str, list]:
    if not isinstance(items, list) or not items:
        return {"data_requested": [_("Say what data you ask for.")]}
    unknown = [str(i) for i in items if i not in DataCategory.values]
    if unknown:
        return {
            "data_requested": [
                _("Unknown kind of data: %(unknown)s. Use: %(choices)s.")
                % {
                    "unknown": ", ".join(unknown),
                    "choices": ", ".join(DataCategory.values),
                }
            ]
        }
    return {}


def clean_targets(targets: list[dict]) -> list[dict]:
    """The targets as stored: type and id, without duplicates, in order."""
    seen, clean = set(), []
    for target in targets:
        key = (target["type"], str(target["id"]).strip())
        if key not in seen:
            seen.add(key)
            clean.append({"type": key[0], "id": key[1]})
    return clean

"""API keys: shown once, kept as a SHA-256 hash, found by their prefix.

A key may do what its scopes name (#8); a key limited to an account reads and
changes nothing outside it; a key bound to a staff member acts as that person.
"""

import hashlib
import hmac
import secrets

from django.contrib.auth import get_user_model
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from .audit import record_audit_event
from .errors import (
    ApiKeyAccountMismatch,
    ApiKeyStaffInactive,
    ApiKeyStaffRequired,
    ApiScopeMissing,
    InvalidInput,
)
from .models import ApiKey, ApiScope
from .roles import staff_of


def _hash(secret: str) -> str:
    return hashlib.sha256(secret.encode()).hexdigest()


def _clean_scopes(scopes) -> list[str]:
    if isinstance(scopes, str):
        scopes = scopes.split(",")
    wanted = [s.strip() for s in scopes or [] if s and s.strip()]
    if not wanted:
        raise InvalidInput(
            fields={
                "scopes": [
                    _("Give the key at least one scope: %(scopes)s.")
                    % {"scopes": ", ".join(ApiScope.values)}
                ]
            }
        )
    unknown = [s for s in wanted if s not in ApiScope.values]
    if unknown:
        raise InvalidInput(
            fields={
                "scopes": [
                    _("Unknown scope: %(unknown)s. The scopes are: %(scopes)s.")
                    % {
                        "unknown": ", ".join(unknown),
                        "scopes": ", ".join(ApiScope.values),
                    }
                ]
            }
        )
    return [s for s in ApiScope.values if s in wanted]


def _find_account(account):
    Account = ApiKey._meta.get_field("account").related_model
    account_id = str(getattr(account, "pk", account)).strip()
    row = Account.objects.filter(pk=account_id).first()
    if row is None:
        raise InvalidInput(
            fields={"account": [_("There is no account %(id)s.") % {"id": account_id}]}
        )
    return row


def _find_staff(staff):
    username = str(getattr(staff, "username", staff)).strip()
    user = get_user_model().objects.filter(username=username).first()
    if user is None:
        raise InvalidInput(
            fields={"staff": [_("There is no user %(name)s.") % {"name": username}]}
        )
    if staff_of(user) is None:
        raise InvalidInput(
            fields={
                "staff": [
                    _("%(name)s is not an active staff member.") % {"name": username}
                ]
            }
        )
    return user


@transaction.atomic(durable=True)
def create_api_key(
    *, name: str, scopes: list[str], account=None, staff=None, actor=None
) -> tuple[ApiKey, str]:
    """Return the new key row and the key itself, which is not stored.

    `account` (an account or its id) limits the key to that account; `staff`
    (a user or their username) makes it act as that staff member. Raise
    InvalidInput naming the field for an empty name, an unknown scope, account
    or user.
    """
    name = (name or "").strip()
    if not 1 <= len(name) <= 100:
        raise InvalidInput(
            fields={"name": [_("Give the key a name of 1 to 100 characters.")]}
        )
    scopes = _clean_scopes(scopes)
    account_row = _find_account(account) if account not in (None, "") else None
    staff_user = _find_staff(staff) if staff not in (None, "") else None
    prefix = secrets.token_hex(4)
    key = f"tlt_{prefix}_{secrets.token_urlsafe(32)}"
    row = ApiKey.objects.create(
        name=name,
        prefix=prefix,
        key_hash=_hash(key),
        scopes=scopes,
        account=account_row,
        staff=staff_user,
    )
    record_audit_event(
        actor=actor,
        source="cli",
        verb="apikey.created",
        target=row,
        data={
            "name": name,
            "scopes": scopes,
            "account": row.account_id,
            "staff": staff_user.username if staff_user else None,
        },
    )
    return row, key


def authenticate_api_key(key: str) -> ApiKey | None:
    parts = (key or "").split("_")
    if len(parts) < 3 or parts[0] != "tlt":
        return None
    row = (
        ApiKey.objects.select_related("staff__staff")
        .filter(prefix=parts[1], revoked_at__isnull=True)
        .first()
    )
    if row is None or not hmac.compare_digest(row.key_hash, _hash(key)):
        return None
    return row


def list_api_keys():
    """Every key, newest first, with what it may do."""
    return ApiKey.objects.select_related("staff").order_by("-created_at", "-pk")


@transaction.atomic(durable=True)
def revoke_api_key(*, prefix: str, actor=None) -> ApiKey | None:
    row = ApiKey.objects.select_for_update(no_key=True).filter(prefix=prefix).first()
    if row is not None and row.revoked_at is None:
        row.revoked_at = timezone.now()
        row.save(update_fields=["revoked_at"])
        record_audit_event(actor=actor, source="cli", verb="apikey.revoked", target=row)
    return row


# --- What a key may do (STYLE R11) -------------------------------------------


def require_scope(key: ApiKey, scope: str) -> None:
    """Raise ApiScopeMissing naming the scope unless the key has it."""
    if scope not in key.scopes:
        raise ApiScopeMissing(scope=scope)


def require_account(key: ApiKey, account_id: str | None) -> None:
    """Raise ApiKeyAccountMismatch when the key is limited to an account and
    the object belongs to another one (or to none known)."""
    if key.account_id is None:
        return
    if account_id != key.account_id:
        raise ApiKeyAccountMismatch(account_id=key.account_id)


def require_platform_key(key: ApiKey) -> None:
    """Raise ApiKeyAccountMismatch for a key limited to one account: the
    operation reaches every account."""
    if key.account_id is not None:
        raise ApiKeyAccountMismatch(account_id=key.account_id, platform_wide=True)


def acting_staff(key: ApiKey):
    """Return the staff member the key acts as; raise ApiKeyStaffRequired for
    a key bound to no one and ApiKeyStaffInactive when that person has left."""
    if key.staff_id is None:
        raise ApiKeyStaffRequired()
    if staff_of(key.staff) is None:
        raise ApiKeyStaffInactive()
    return key.staff

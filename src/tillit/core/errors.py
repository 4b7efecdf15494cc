"""One tree of domain errors, each with a stable code and an HTTP status.

Services raise these; `core.middleware` and `core.api` turn them into pages and JSON.
"""

from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from psycopg_pool import PoolTimeout, TooManyRequests


class TillitError(Exception):
    code = "error"
    http_status = 400
    message = _("Something went wrong.")

    def __init__(self, message=None, *, fields: dict | None = None, **context):
        self.message = message if message is not None else type(self).message
        self.fields = fields or {}
        self.context = context
        super().__init__(str(self.message))

    def as_dict(self) -> dict:
        body = {"code": self.code, "message": str(self.message)}
        if self.fields:
            body["fields"] = {k: [str(m) for m in v] for k, v in self.fields.items()}
        return body

    def headers(self) -> dict[str, str]:
        """HTTP headers the response carries besides the body."""
        return {}


class InvalidInput(TillitError):
    code = "invalid_input"
    http_status = 422
    message = _("Some fields are not valid.")


class NotFound(TillitError):
    code = "not_found"
    http_status = 404
    message = _("Not found.")


class PermissionDenied(TillitError):
    code = "permission_denied"
    http_status = 403
    message = _("You do not have access to this.")


class Conflict(TillitError):
    code = "conflict"
    http_status = 409
    message = _("This conflicts with the current state.")


class IdempotencyKeyReused(Conflict):
    code = "idempotency_key_reused"
    message = _("This Idempotency-Key was already used with a different request body.")


class InvalidLink(TillitError):
    code = "invalid_link"
    http_status = 404
    message = _("This link is not valid. Check that you copied all of it.")


class ExpiredLink(InvalidLink):
    code = "expired_link"
    http_status = 410
    message = _("This link has expired.")


class ServiceBusy(TillitError):
    """No database connection came free in time: the client should send the
    same request again shortly (nothing was changed)."""

    code = "busy"
    http_status = 503
    message = _("Tillit is busy. Send the same request again in a few seconds.")
    retry_after = 5

    def as_dict(self) -> dict:
        return {**super().as_dict(), "retry_after": self.retry_after}

    def headers(self) -> dict[str, str]:
        return {"Retry-After": str(self.retry_after)}


def busy_error(exc: BaseException) -> ServiceBusy | None:
    """Return ServiceBusy when exc is, or was raised from, a wait for a pooled
    database connection that timed out or found too many waiting; else None."""
    seen = 0
    while exc is not None and seen < 5:
        if isinstance(exc, PoolTimeout | TooManyRequests):
            return ServiceBusy()
        exc, seen = exc.__cause__ or exc.__context__, seen + 1
    return None


class ApiScopeMissing(PermissionDenied):
    code = "scope_missing"
    message = _("This API key lacks the scope this operation needs.")

    def __init__(self, *, scope: str):
        super().__init__(
            _("This API key lacks the scope '%(scope)s', which this operation needs.")
            % {"scope": scope},
            scope=scope,
        )


class ApiKeyAccountMismatch(PermissionDenied):
    code = "account_mismatch"
    message = _("This API key is limited to another account.")

    def __init__(self, *, account_id: str, platform_wide: bool = False):
        message = (
            _(
                "This API key is limited to the account '%(account)s'; this "
                "operation is for keys of the whole platform."
            )
            if platform_wide
            else _(
                "This API key is limited to the account '%(account)s' and may not "
                "read or change anything outside it."
            )
        )
        super().__init__(message % {"account": account_id}, account_id=account_id)


class ApiKeyStaffRequired(PermissionDenied):
    code = "staff_key_required"
    message = _(
        "Moderation acts as a staff member: use a key made with --staff USERNAME."
    )


class ApiKeyStaffInactive(PermissionDenied):
    code = "staff_inactive"
    message = _(
        "The staff member this API key acts for is no longer active on the staff."
    )


class RateLimited(TillitError):
    """Too many requests from one client, or about one target, in a window."""

    code = "rate_limited"
    http_status = 429
    message = _("Too many requests. Wait a while and try again.")

    def __init__(self, message=None, *, retry_after: int, **context):
        self.retry_after = max(int(retry_after), 1)
        minutes = -(-self.retry_after // 60)
        wait = ngettext(
            "Try again in %(n)d minute.", "Try again in %(n)d minutes.", minutes
        ) % {"n": minutes}
        base = message if message is not None else type(self).message
        super().__init__(f"{base} {wait}", **context)

    def as_dict(self) -> dict:
        return {**super().as_dict(), "retry_after": self.retry_after}

    def headers(self) -> dict[str, str]:
        return {"Retry-After": str(self.retry_after)}

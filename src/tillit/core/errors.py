"""One tree of domain errors, each with a stable code and an HTTP status.

Services raise these; `core.middleware` and `core.api` turn them into pages and JSON.
"""

from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext


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

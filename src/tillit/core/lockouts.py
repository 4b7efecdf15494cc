"""Sign-in lockouts (django-axes): the page a locked-out client sees and the
audit event each lockout writes (issue 10, #5)."""

from axes.helpers import get_cool_off, get_failure_limit
from django.conf import settings
from django.contrib.auth import get_user_model
from django.db import transaction
from django.shortcuts import render

from .audit import record_audit_event


def lockout_response(request, original_response=None, credentials=None):
    """Answer a locked-out sign-in: 429, the wait in Retry-After, and a page
    that says why (axes' AXES_LOCKOUT_CALLABLE)."""
    cool_off = get_cool_off(request)
    seconds = int(cool_off.total_seconds()) if cool_off else None
    response = render(
        request,
        "core/locked_out.html",
        {"minutes": -(-seconds // 60) if seconds else None},
        status=429,
    )
    if seconds:
        response["Retry-After"] = str(seconds)
    return response


@transaction.atomic(durable=True)
def record_login_lockout(*, username: str, ip_address: str | None, path: str):
    """Write the audit event of a sign-in lockout: which username, from which
    address, on which sign-in page."""
    user = get_user_model().objects.filter(username=username).first()
    target = user if user is not None else ("auth.username", username[:64])
    return record_audit_event(
        actor=None,
        source="rule:login_lockout",
        verb="auth.locked_out",
        target=target,
        data={"username": username, "ip": ip_address, "path": path[:200]},
    )


def on_user_locked_out(sender, request, username, ip_address, **kwargs):
    """Audit a lockout once, when the failures reach the limit; axes sends the
    signal again for every attempt refused during the lockout."""
    failures = getattr(request, "axes_failures_since_start", None)
    credentials = getattr(request, "axes_credentials", None)
    if failures != get_failure_limit(request, credentials):
        return
    record_login_lockout(
        username=username or "", ip_address=ip_address, path=request.path
    )


def lockout_username(request, credentials=None) -> str | None:
    """Return the username axes counts (AXES_USERNAME_CALLABLE): as typed, but
    never longer than a username can be, so a 10,000-character guess is a
    wrong sign-in and not a database error."""
    field = settings.AXES_USERNAME_FORM_FIELD
    source = credentials if credentials else getattr(request, "POST", {})
    name = source.get(field)
    if name is None:
        return None
    limit = get_user_model()._meta.get_field(field).max_length or 150
    return str(name).replace("\x00", "")[:limit]

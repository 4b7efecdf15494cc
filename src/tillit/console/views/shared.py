"""What the console's views share: the staff gate, the queue filters, the case
a reviewer may open, and a service's field errors shown as messages."""

from functools import wraps

from django.contrib import messages
from django.contrib.auth.views import redirect_to_login

from tillit.cases.errors import CaseNotFound, TierForbidden
from tillit.cases.models import Case
from tillit.cases.permissions import can_view_case
from tillit.cases.selectors import QUEUE_FILTERS, get_case_for_review
from tillit.core.errors import InvalidInput, PermissionDenied
from tillit.core.links import MAX_ID
from tillit.core.roles import is_staff_member


def staff_required(view):
    """Send visitors to sign in; refuse signed-in users who are not staff."""

    @wraps(view)
    def wrapper(request, *args, **kwargs):
        if not request.user.is_authenticated:
            return redirect_to_login(request.get_full_path())
        if not is_staff_member(request.user):
            raise PermissionDenied()
        return view(request, *args, **kwargs)

    return wrapper


def parse_row_id(value) -> int | None:
    """Return a posted row id, or None for anything that is not one: ASCII
    digits only (`"²".isdigit()` is true, and int() refuses it) and within a
    bigint (PostgreSQL refuses a larger one)."""
    value = (value or "").strip()
    if not (value.isascii() and value.isdigit()) or len(value) > 19:
        return None
    number = int(value)
    return number if 0 < number <= MAX_ID else None


def queue_filters(data) -> dict:
    """Return the queue filters given in `data` (GET or POST), empty ones left out."""
    return {k: data.get(k, "") for k in QUEUE_FILTERS if data.get(k)}


def get_reviewable_case(request, case_id) -> Case:
    """Return the case for its page; raise CaseNotFound, or TierForbidden when
    the user may not read its tier."""
    case = get_case_for_review(case_id=case_id)
    if case is None:
        raise CaseNotFound()
    if not can_view_case(request.user, case):
        raise TierForbidden()
    return case


def show_errors_as_messages(request, exc: InvalidInput) -> None:
    """Put every field error of `exc` on the next page as an error message."""
    for errors in exc.fields.values():
        for error in errors:
            messages.error(request, error)

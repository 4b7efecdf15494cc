from django.utils import timezone

from tillit.core.apikeys import require_account

from .models import Account, Event, Group, Meeting, PlatformUser


def get_target(target_type: str, target_id: str):
    """Return (account, meeting, event, user) for a report's target; unknown
    targets are allowed (the platform may sync later) and give Nones."""
    account = meeting = event = user = None
    if target_type == "meeting":
        meeting = Meeting.objects.select_related("account").filter(pk=target_id).first()
        account = meeting.account if meeting else None
    elif target_type == "event":
        event = Event.objects.select_related("account").filter(pk=target_id).first()
        account = event.account if event else None
    elif target_type == "account":
        account = Account.objects.filter(pk=target_id).first()
    elif target_type == "user":
        user = (
            PlatformUser.objects.select_related("account").filter(pk=target_id).first()
        )
        account = user.account if user else None
    return account, meeting, event, user


def list_meetings_for_host(*, email: str):
    """A portal user's meetings: upcoming first, then the past ones."""
    now = timezone.now()
    meetings = Meeting.objects.filter(host_email=email.lower()).select_related(
        "account"
    )
    upcoming = meetings.filter(starts_at__gte=now).order_by("starts_at")
    past = meetings.filter(starts_at__lt=now).order_by("-starts_at")[:50]
    return list(upcoming), list(past)


def list_accounts_administered(*, email: str) -> list[Account]:
    """Accounts whose owner or an admin has this address."""
    email = email.lower()
    if not email:
        return []
    candidates = Account.objects.filter(owner_email=email) | Account.objects.filter(
        admin_emails__icontains=email
    )
    return [a for a in candidates.distinct() if email in a.notice_recipients]


def get_account_id_of(kind: str, object_id: str) -> str | None:
    """Return the id of the account an account, group, user, meeting or event
    belongs to, or None when Tillit does not know the object."""
    if kind == "account":
        return Account.objects.filter(pk=object_id).values_list("pk", flat=True).first()
    if kind == "group" and not str(object_id).isdigit():
        return None
    model = {
        "group": Group,
        "user": PlatformUser,
        "meeting": Meeting,
        "event": Event,
    }.get(kind)
    if model is None:
        return None
    return (
        model.objects.filter(pk=object_id).values_list("account_id", flat=True).first()
    )


def require_key_reaches(key, *, kind: str, object_id: str) -> None:
    """Raise ApiKeyAccountMismatch unless the API key may act on this object:
    a key limited to an account reaches that account's objects only (an object
    Tillit does not know is outside it); a platform key reaches all, unqueried."""
    if key.account_id is None:
        return
    require_account(key, get_account_id_of(kind, object_id))

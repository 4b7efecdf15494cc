"""Who may do what in meeting security. Each condition on its own line (STYLE R11).

The services call the `can_*` functions and raise PermissionDenied; the pages
call the `access_*` functions, which find the object as well. An actor of None
is the platform, through an API key whose scope and account the API checked
(docs/architecture.md, #10), or Tillit's own automation (STYLE R18). A staff
actor comes through a key bound to a staff member, which the API checked too.
"""

from django.utils.translation import gettext_lazy as _

from tillit.core.errors import NotFound, PermissionDenied
from tillit.core.roles import is_staff_member
from tillit.directory.models import Account, Meeting

from .selectors import get_effective_settings

HOSTS_ONLY = _("Only the host and co-hosts open the security panel.")
ADMINS_ONLY = _("Only the account's owner and admins change its settings.")


def can_host(user, meeting: Meeting) -> bool:
    """The host or a co-host, signed in with the address the platform knows."""
    if user is None:
        return False
    if not user.is_authenticated:
        return False
    if not user.email:
        return False
    email = user.email.lower()
    if email == meeting.host_email:
        return True
    co_hosts = get_effective_settings(owner=f"meeting:{meeting.pk}")["co_hosts"].value
    return email in co_hosts


def can_administer_account(user, account: Account) -> bool:
    """The account's owner or an admin, signed in with that address."""
    if user is None:
        return False
    if not user.is_authenticated:
        return False
    if not user.email:
        return False
    return user.email.lower() in account.notice_recipients


def can_run_live_meeting(actor, meeting: Meeting) -> bool:
    """Lock, admit, deny, remove, change capabilities, suspend or report in a
    running meeting: the platform, T&S staff, or the host and co-hosts."""
    if actor is None:
        return True
    if is_staff_member(actor):
        return True
    return can_host(actor, meeting)


def can_change_settings(actor, owner: str) -> bool:
    """Change one level's settings and locks: the platform, T&S staff, or, at
    the level of an account, its owner and admins."""
    if actor is None:
        return True
    if is_staff_member(actor):
        return True
    kind, _sep, account_id = owner.partition(":")
    if kind != "account":
        return False
    account = Account.objects.filter(pk=account_id).first()
    if account is None:
        return False
    return can_administer_account(actor, account)


def access_hosted_meeting(*, meeting_id: str, user) -> Meeting:
    """Return the meeting whose security panel the user may open; raise
    NotFound or PermissionDenied."""
    meeting = Meeting.objects.filter(pk=meeting_id).first()
    if meeting is None:
        raise NotFound()
    if not can_host(user, meeting):
        raise PermissionDenied(HOSTS_ONLY)
    return meeting


def access_administered_account(*, account_id: str, user) -> Account:
    """Return the account whose security settings the user may open; raise
    NotFound or PermissionDenied."""
    account = Account.objects.filter(pk=account_id).first()
    if account is None:
        raise NotFound()
    if not can_administer_account(user, account):
        raise PermissionDenied(ADMINS_ONLY)
    return account

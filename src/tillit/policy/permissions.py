"""Who may take each step of the guidelines' work (STYLE R11).

Each condition on its own line. The services call these and raise NotPolicyTeam;
the console's pages are opened by `core.roles.can_open_policy_desk` and
`can_read_policy_drafts`.
"""

from tillit.core.models import Role
from tillit.core.roles import staff_of


def can_draft_guidelines(user) -> bool:
    """Draft a new version and send it to internal review: the policy team."""
    return _is_policy_team(user)


def can_sign_off_version(user, *, version) -> bool:
    """Comment on and sign off a draft in internal review: its named reviewers."""
    return version.reviewers.filter(reviewer=user).exists()


def can_run_consultation(user) -> bool:
    """Open and close the outside consultation on a draft: the policy team."""
    return _is_policy_team(user)


def can_approve_version(user) -> bool:
    """Approve a version: a policy lead or an appeals-panel member, each role
    once. Administrators do not approve: the two approvals are the two roles'."""
    staff = staff_of(user)
    if staff is None:
        return False
    if staff.role == Role.POLICY:
        return True
    return staff.role == Role.APPEALS_PANEL


def can_publish_version(user) -> bool:
    """Publish an approved version with its effective date: the policy team."""
    return _is_policy_team(user)


def can_triage_suggestions(user) -> bool:
    """Accept or decline a suggestion from outside: the policy team."""
    return _is_policy_team(user)


def can_record_standard_review(user) -> bool:
    """Record a standard's regular review: the policy team and the panel."""
    if _is_policy_team(user):
        return True
    staff = staff_of(user)
    return staff is not None and staff.role == Role.APPEALS_PANEL


def _is_policy_team(user) -> bool:
    """The policy team, and administrators with it."""
    staff = staff_of(user)
    if staff is None:
        return False
    if staff.role == Role.ADMIN:
        return True
    return staff.role == Role.POLICY

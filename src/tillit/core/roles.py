"""Who may do what. Each condition on its own line (STYLE R11).

Two kinds of access, by tier:

- *reviewing* a tier: claiming, deciding, escalating, asking, noting and
  approving on its cases (an analyst of tier N reviews 1..N, never the appeals
  tier IV; the panel reviews tier IV only);
- *reading* a tier: opening its cases and reading its decisions in the
  register, precedents and histories (everyone at or below their own tier; the
  panel, at the top, reads every tier; policy and legal staff read up to the
  tier on their profile and review none).

Case-level rules (appeal cases, the two-person rule) are in `cases.permissions`.
"""

from .models import Role

ANALYST_TOP_TIER = 3
APPEALS_TIER = 4
ALL_TIERS = [1, 2, 3, 4]


def staff_of(user):
    if user is None or not user.is_authenticated or not user.is_active:
        return None
    return getattr(user, "staff", None)


def is_staff_member(user) -> bool:
    return staff_of(user) is not None


def reviewer_tiers(user) -> list[int]:
    """Return the queue tiers this user may see and work."""
    staff = staff_of(user)
    if staff is None:
        return []
    if staff.role == Role.ADMIN:
        return list(ALL_TIERS)
    if staff.role == Role.APPEALS_PANEL:
        return [APPEALS_TIER]
    if staff.role == Role.ANALYST:
        return list(range(1, min(staff.tier, ANALYST_TOP_TIER) + 1))
    return []


def readable_tiers(user) -> list[int]:
    """Return the tiers whose cases and decisions this user may read."""
    staff = staff_of(user)
    if staff is None:
        return []
    if staff.role == Role.ADMIN:
        return list(ALL_TIERS)
    if staff.role == Role.APPEALS_PANEL:
        return list(ALL_TIERS)
    if staff.role in (Role.POLICY, Role.LEGAL):
        return list(range(1, min(staff.tier, ANALYST_TOP_TIER) + 1))
    return reviewer_tiers(user)


def can_review_tier(user, tier: int) -> bool:
    return tier in reviewer_tiers(user)


def can_read_tier(user, tier: int) -> bool:
    return tier in readable_tiers(user)


def can_read_appeal_cases(user) -> bool:
    """Appeal cases (tier IV) are the panel's: its members and admins only."""
    staff = staff_of(user)
    if staff is None:
        return False
    return staff.role in (Role.APPEALS_PANEL, Role.ADMIN)


def can_approve_high_impact(user) -> bool:
    """The second approver of a suspension or termination: tier II or above.
    The case's tier is checked as well, in `cases.permissions`."""
    staff = staff_of(user)
    if staff is None:
        return False
    if staff.role == Role.ADMIN:
        return True
    if staff.role == Role.APPEALS_PANEL:
        return True
    return staff.role == Role.ANALYST and staff.tier >= 2


def can_open_policy_desk(user) -> bool:
    """The policy desk (drafts, suggestions, reviews due, overturn rates)."""
    staff = staff_of(user)
    if staff is None:
        return False
    return staff.role in (Role.POLICY, Role.APPEALS_PANEL, Role.ADMIN)


def can_read_policy_drafts(user) -> bool:
    """Drafts of the guidelines: the desk, and legal staff who review them."""
    staff = staff_of(user)
    if staff is None:
        return False
    if can_open_policy_desk(user):
        return True
    return staff.role == Role.LEGAL


def can_open_legal_desk(user) -> bool:
    """Requests from authorities: the legal team alone, no other role (#15)."""
    staff = staff_of(user)
    if staff is None:
        return False
    return staff.role == Role.LEGAL


def can_see_worker_health(user) -> bool:
    """The task worker's heartbeat and queue are the administrators' to watch."""
    staff = staff_of(user)
    if staff is None:
        return False
    return staff.role == Role.ADMIN

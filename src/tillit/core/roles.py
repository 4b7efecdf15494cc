"""Who may do what. Each condition on its own line (STYLE R11)."""

from .models import Role


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
        return [1, 2, 3, 4]
    if staff.role == Role.APPEALS_PANEL:
        return [4]
    if staff.role == Role.ANALYST:
        return list(range(1, staff.tier + 1))
    return []


def can_review_tier(user, tier: int) -> bool:
    return tier in reviewer_tiers(user)


def can_approve_high_impact(user) -> bool:
    """The second approver of a suspension or termination: tier II or above."""
    staff = staff_of(user)
    if staff is None:
        return False
    if staff.role == Role.ADMIN:
        return True
    if staff.role == Role.APPEALS_PANEL:
        return True
    return staff.role == Role.ANALYST and staff.tier >= 2


def can_see_worker_health(user) -> bool:
    """The task worker's heartbeat and queue are the administrators' to watch."""
    staff = staff_of(user)
    if staff is None:
        return False
    return staff.role == Role.ADMIN

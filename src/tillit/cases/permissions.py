"""Who may read and act on which case or decision (STYLE R11).

Each condition on its own line. Services call the `can_*` functions and raise
the matching error; selectors narrow querysets with `readable_cases_q`, so a
user only ever sees cases and decisions at or below their tier, and appeal
cases only if they are on the panel.
"""

from django.db.models import Q

from tillit.core.roles import (
    can_approve_high_impact,
    can_read_appeal_cases,
    can_read_tier,
    can_review_tier,
    readable_tiers,
    staff_of,
)

APPEAL_TARGET = "decision"


def is_appeal_case(case) -> bool:
    """An appeal sits in the tier IV queue as a case about the decision."""
    return case.target_type == APPEAL_TARGET


def can_view_case(user, case) -> bool:
    """Open the case page: its reports, evidence, decisions and history."""
    if staff_of(user) is None:
        return False
    if is_appeal_case(case) and not can_read_appeal_cases(user):
        return False
    return can_read_tier(user, case.tier)


def can_work_case(user, case) -> bool:
    """Claim, release, escalate, ask, note: a reviewer of the case's tier."""
    if staff_of(user) is None:
        return False
    if is_appeal_case(case) and not can_read_appeal_cases(user):
        return False
    return can_review_tier(user, case.tier)


def can_decide_case(user, case) -> bool:
    """Record a decision. Appeals are decided by the panel's votes, never here."""
    if is_appeal_case(case):
        return False
    return can_work_case(user, case)


def can_request_information(user, case) -> bool:
    """Ask the reporter or the host: not on an appeal, which has no reports."""
    if is_appeal_case(case):
        return False
    return can_work_case(user, case)


def can_approve_decision(user, decision) -> bool:
    """Be the second approver: tier II or above, reviewing the case's tier,
    and not the analyst who decided."""
    if not can_approve_high_impact(user):
        return False
    if decision.decided_by_id == user.pk:
        return False
    return can_work_case(user, decision.case)


def can_reassign_case(user, case) -> bool:
    """Hand a case to someone else: a lead (tier II+) of the case's tier."""
    if not can_approve_high_impact(user):
        return False
    return can_work_case(user, case)


def readable_cases_q(user, prefix: str = "") -> Q:
    """A filter for the cases (or, with prefix "case__", the decisions) that
    `can_view_case` allows; matches nothing for someone who reads no tier."""
    tiers = readable_tiers(user)
    condition = Q(**{f"{prefix}tier__in": tiers})
    if not can_read_appeal_cases(user):
        condition &= ~Q(**{f"{prefix}target_type": APPEAL_TARGET})
    return condition

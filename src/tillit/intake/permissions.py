"""Who may act on reporters (STYLE R11)."""

from tillit.core.roles import reviewer_tiers


def can_mark_reporter_bad_faith(user) -> bool:
    """Flag a reporter: an active reviewer of some queue, who reads reports."""
    return bool(reviewer_tiers(user))

"""Who may act on an appeal (STYLE R11). Appellants act through the signed
link in their notice (`cases.links.read_appeal_link`), not as users."""

from datetime import date


def can_vote_on_appeal(user, seat, *, today: date) -> bool:
    """Vote: a member seated on this appeal's panel whose term runs today."""
    if seat is None:
        return False
    if seat.member.user_id != user.pk:
        return False
    return seat.member.is_active(today)

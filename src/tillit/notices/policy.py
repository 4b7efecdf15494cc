"""What stakeholders and people who suggest changes receive (S20–S22)."""

from django.utils.translation import get_language

from .render import Notice, send_notice


def send_consultation_invitation(*, invitation, version, link: str) -> Notice:
    """Invite an outside stakeholder to comment on a draft, without an account."""
    return send_notice(
        "consultation_invitation",
        to=[invitation.email],
        language=get_language(),  # no language is known for them: the sender's
        context={"invitation": invitation, "version": version, "link": link},
    )


def send_suggestion_answered(*, suggestion) -> Notice:
    """Tell the proposer how their suggestion was triaged."""
    return send_notice(
        "suggestion_answered",
        to=[suggestion.email],
        language=get_language(),  # no language is known for them: the sender's
        context={"suggestion": suggestion},
    )

"""The signed link an invited stakeholder comments through (S22)."""

from datetime import timedelta

from django.conf import settings
from django.urls import reverse

from tillit.core.errors import InvalidLink
from tillit.core.links import make_token, read_token

from .models import ConsultationInvitation

INVITATION_SALT = "tillit.consultation"


def invitation_url(invitation: ConsultationInvitation) -> str:
    token = make_token({"i": invitation.pk}, salt=INVITATION_SALT)
    return settings.SITE_URL + reverse("public:consultation", args=[token])


def get_invitation(token: str) -> ConsultationInvitation:
    """Return the invitation a link names; raise InvalidLink or ExpiredLink."""
    payload = read_token(
        token, salt=INVITATION_SALT, max_age=timedelta(days=90), shape={"i": int}
    )
    invitation = (
        ConsultationInvitation.objects.select_related("version")
        .filter(pk=payload.get("i"))
        .first()
    )
    if invitation is None:
        raise InvalidLink()
    return invitation

"""Small helpers shared by tests."""

import re


def appeal_link(mail_body: str) -> str:
    return re.search(r"http://[^/\s]+(/appeal/[^\s]+/)", mail_body).group(1)


def make_key_holder(username: str, *, tier: int = 1, role: str = "analyst"):
    """A staff member who only acts through an API key: no password to hash,
    so tests that make many of them stay quick."""
    from django.contrib.auth import get_user_model

    from tillit.core.models import StaffProfile

    user = get_user_model().objects.create(
        username=username, email=f"{username}@tillit.example"
    )
    StaffProfile.objects.create(user=user, role=role, tier=tier)
    return user

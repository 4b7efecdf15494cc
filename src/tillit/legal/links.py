"""The disclosure's download link: signed, expiring, used once (#15)."""

from datetime import timedelta

from django.conf import settings
from django.urls import reverse

from tillit.core.links import make_token, read_token

DISCLOSURE_SALT = "tillit.legal-disclosure"


def link_max_age() -> timedelta:
    return timedelta(hours=settings.TILLIT["LEGAL_DISCLOSURE_LINK_HOURS"])


def disclosure_token(disclosure) -> str:
    return make_token(
        {"d": disclosure.pk, "n": disclosure.link_nonce}, salt=DISCLOSURE_SALT
    )


def disclosure_url(disclosure) -> str:
    return settings.SITE_URL + reverse(
        "public:legal_download", args=[disclosure_token(disclosure)]
    )


def read_disclosure_token(token: str) -> dict:
    """Return {"d": disclosure id, "n": nonce}; raise InvalidLink or ExpiredLink."""
    return read_token(
        token,
        salt=DISCLOSURE_SALT,
        max_age=link_max_age(),
        shape={"d": int, "n": str},
    )

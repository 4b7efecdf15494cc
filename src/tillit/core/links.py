"""Signed, expiring links sent to people without an account."""

from datetime import timedelta

from django.core import signing

from .errors import ExpiredLink, InvalidLink


def make_token(payload: dict, *, salt: str) -> str:
    return signing.dumps(payload, salt=salt, compress=True)


def read_token(token: str, *, salt: str, max_age: timedelta) -> dict:
    """Return the payload, or raise InvalidLink / ExpiredLink."""
    try:
        return signing.loads(token, salt=salt, max_age=max_age)
    except signing.SignatureExpired as exc:
        raise ExpiredLink() from exc
    except signing.BadSignature as exc:
        raise InvalidLink() from exc

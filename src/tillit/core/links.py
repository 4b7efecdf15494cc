"""Signed, expiring links sent to people without an account."""

import zlib
from datetime import timedelta

from django.core import signing

from .errors import ExpiredLink, InvalidLink

# The largest id a BigAutoField holds.
MAX_ID = 2**63 - 1


def make_token(payload: dict, *, salt: str) -> str:
    return signing.dumps(payload, salt=salt, compress=True)


def read_token(
    token: str, *, salt: str, max_age: timedelta, shape: dict[str, type]
) -> dict:
    """Return the payload, or raise InvalidLink / ExpiredLink.

    `shape` names each key the payload must hold and its type (`int` for a
    row id, `str`). A payload signed with our key but of another shape is an
    InvalidLink too, never a server error: a leaked or old key, or a link
    made by another version, must not reach the database as it is (#10).
    """
    try:
        payload = signing.loads(token, salt=salt, max_age=max_age)
    except signing.SignatureExpired as exc:
        raise ExpiredLink() from exc
    except (signing.BadSignature, ValueError, zlib.error, RecursionError) as exc:
        # A correctly signed value may still be bad base64, zlib or JSON.
        raise InvalidLink() from exc
    if not isinstance(payload, dict):
        raise InvalidLink()
    for key, kind in shape.items():
        if not _is_of(payload.get(key), kind):
            raise InvalidLink()
    return payload


def _is_of(value, kind: type) -> bool:
    if kind is int:
        # bool is an int to Python, not to us.
        return type(value) is int and 0 < value <= MAX_ID
    if kind is str:
        return isinstance(value, str) and "\x00" not in value
    raise TypeError(f"read_token cannot check {kind!r}")

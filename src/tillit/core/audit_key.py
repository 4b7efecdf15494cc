"""Where the audit log's signing key comes from (#12).

The sealer signs each seal with an Ed25519 key that is not in the database, so
whoever can rewrite the rows cannot sign a seal that covers the change. Only
the public key is needed to verify.

Imported by the settings, so it imports nothing from Django's app machinery.
"""

import base64
import binascii
import hashlib
import secrets
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.ed25519 import (
    Ed25519PrivateKey,
    Ed25519PublicKey,
)
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat
from django.core.exceptions import ImproperlyConfigured

from .secret_key import kept_in_file

MAKE_ONE = (
    "`python -c 'import base64, secrets; "
    "print(base64.b64encode(secrets.token_bytes(32)).decode())'`"
)


def new_signing_key() -> str:
    """Return a new private key: base64 of 32 random bytes."""
    return base64.b64encode(secrets.token_bytes(32)).decode()


def _raw(text: str, *, what: str) -> bytes:
    try:
        raw = base64.b64decode(text.strip(), validate=True)
    except (binascii.Error, ValueError):
        raw = b""
    if len(raw) != 32:
        raise ImproperlyConfigured(
            f"{what} must be the base64 of 32 bytes (an Ed25519 key), e.g. {MAKE_ONE}."
        )
    return raw


def read_audit_signing_key(
    configured: str | None, *, key_file: Path, development: bool
) -> str:
    """Return the audit log's private key (base64 of its 32 bytes).

    TILLIT_AUDIT_SIGNING_KEY wins. Without it, development uses the key kept in
    `key_file`, made (mode 0600) on first start; production refuses to start.
    """
    if configured:
        _raw(configured, what="TILLIT_AUDIT_SIGNING_KEY")
        return configured.strip()
    if not development:
        raise ImproperlyConfigured(
            "TILLIT_AUDIT_SIGNING_KEY is not set. Tillit signs the seals of its "
            "audit log with it, so production refuses to start without one: set "
            f"it to the base64 of 32 random bytes ({MAKE_ONE}), or set "
            "TILLIT_ENV=development (with DEBUG on) for a local key kept under var/."
        )
    key = kept_in_file(key_file, make=new_signing_key)
    _raw(key, what=str(key_file))
    return key


def private_key(text: str) -> Ed25519PrivateKey:
    return Ed25519PrivateKey.from_private_bytes(_raw(text, what="the signing key"))


def public_key(text: str) -> Ed25519PublicKey:
    """Return the public key written as base64 of its 32 bytes."""
    return Ed25519PublicKey.from_public_bytes(_raw(text, what="a public key"))


def public_key_text(key: Ed25519PublicKey) -> str:
    return base64.b64encode(key.public_bytes(Encoding.Raw, PublicFormat.Raw)).decode()


def key_id(key: Ed25519PublicKey) -> str:
    """Return the key's id: the SHA-256 of its 32 public bytes, as in RFC 6962."""
    return hashlib.sha256(key.public_bytes(Encoding.Raw, PublicFormat.Raw)).hexdigest()

"""The trust mailbox (S5): an email in, an automatic answer out with a signed
link to the web form, pre-filled from the message."""

import contextlib
import email
import email.policy
import re
from datetime import timedelta
from email.errors import MessageError
from email.header import decode_header, make_header
from email.parser import BytesHeaderParser
from email.utils import parseaddr
from urllib.parse import urlencode

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.db import transaction
from django.urls import reverse
from django.utils.translation import gettext as _

from tillit.core.audit import record_audit_event
from tillit.core.errors import InvalidInput
from tillit.core.links import make_token, read_token
from tillit.core.ratelimit import claim_mail_allowance
from tillit.core.text import html_to_text
from tillit.notices.reporters import send_mailbox_answer

PREFILL_SALT = "tillit.email-prefill"
PREFILL_SHAPE = {
    "email": str,
    "name": str,
    "description": str,
    "target_type": str,
    "target_id": str,
}
# "Meeting ID: 812 3456 7890", "meeting id 81234567890", zoom-style /j/ links.
MEETING_ID = re.compile(
    r"(?:meeting\s*(?:id|-id|nummer|-?ID)\s*(?:[:#]\s*)?|/j/)(\d[\d \-]{7,13}\d)",
    re.IGNORECASE,
)
EVENT_LINK = re.compile(r"/events/([\w.:-]{1,64})")
# What is read of an HTML-only body: a message says what it is about early,
# and a person reads no more of it in the form.
MAX_HTML_CHARS = 200_000
NOT_DIGIT = re.compile(r"\D")
CONTROL = re.compile(r"[\x00-\x1f\x7f]")
# Real mail nests a few levels (mixed > alternative > related, a forwarded
# message or two); the standard library's parser recurses once per level.
MAX_PART_DEPTH = 16
# What `tillit intake email` reads from its standard input at most: an MTA
# limits messages to tens of megabytes (Postfix: 10 MB by default).
MAX_MESSAGE_BYTES = 30 * 1024 * 1024
SWEDISH_HINTS = re.compile(
    r"\b(hej|och|möte|mötet|anmäla|inte|jag|det)\b", re.IGNORECASE
)


def parse_message(raw: bytes) -> dict:
    """Return sender, subject, text and what the message seems to be about,
    and `notes` on what could not be read as sent.

    Hostile mail is read, not refused (#10): a body in an unknown charset is
    decoded as UTF-8 with replacement characters; a message nested deeper than
    MAX_PART_DEPTH multiparts is read from its headers alone; line breaks and
    other control characters in the sender's name and the subject become
    spaces, and NULs are dropped everywhere.
    """
    notes: list[str] = []
    message, text = None, ""
    try:
        message = email.message_from_bytes(raw, policy=email.policy.default)
        text = _body_text(message, notes)
    except RecursionError:  # the parser recurses once per multipart level
        notes.append(_TOO_DEEP)
    except HEADER_ERRORS:
        notes.append("a part's headers could not be read: read from its headers alone")
    name, address = _sender(message, raw)
    text = text.replace("\x00", "")
    subject = _one_line(_header(message, raw, "Subject"))
    found = {"target_type": "meeting", "target_id": ""}
    if match := MEETING_ID.search(f"{subject}\n{text}"):
        digits = NOT_DIGIT.sub("", match.group(1))
        if 9 <= len(digits) <= 11:
            found["target_id"] = digits
    if not found["target_id"] and (match := EVENT_LINK.search(text)):
        found = {"target_type": "event", "target_id": match.group(1)}
    return {
        "name": _one_line(name)[:200],
        "email": address.strip().lower(),
        "subject": subject[:300],
        "text": text.strip(),
        "auto": _is_automatic(message, raw, address),
        "language": "sv"
        if len(SWEDISH_HINTS.findall(f"{subject} {text}")) >= 2
        else "en",
        "notes": notes,
        **found,
    }


_TOO_DEEP = (
    f"the message nests more than {MAX_PART_DEPTH} multipart levels: "
    "read from its headers alone"
)
# The header registry (policy.default) refuses a name that decodes to a line
# break (a header injection), and trips over some malformed addresses and
# parameters (IndexError, AttributeError in Python 3.12). Such a header is read
# again as written (compat32) and decoded here.
HEADER_ERRORS = (ValueError, IndexError, AttributeError, TypeError, MessageError)


def _body_text(message, notes: list[str]) -> str:
    """Return the text of the first text/plain part, else of the first
    text/html part as text (core.text); "" when parts nest deeper than
    MAX_PART_DEPTH, which the library's own search would recurse into."""
    stack = [(message, 0)]
    while stack:
        part, depth = stack.pop()
        if depth > MAX_PART_DEPTH:
            notes.append(_TOO_DEEP)
            return ""
        if part.is_multipart():
            stack.extend((sub, depth + 1) for sub in part.get_payload())
    body = message.get_body(preferencelist=("plain", "html"))
    if body is None:
        return ""
    try:
        text = body.get_content()
    except (LookupError, ValueError):  # an unknown or non-text charset
        charset = _one_line(str(body.get_param("charset", "")))[:40]
        notes.append(
            f"the body's charset {charset!r} is unknown: read as UTF-8 with "
            "replacement characters"
        )
        text = (body.get_payload(decode=True) or b"").decode("utf-8", "replace")
    if body.get_content_type() == "text/html":
        if len(text) > MAX_HTML_CHARS:
            notes.append(
                f"the HTML body is longer than {MAX_HTML_CHARS:,} characters: "
                "read its beginning"
            )
        text = html_to_text(text[:MAX_HTML_CHARS])
    return text


def _header(message, raw: bytes, name: str, default: str = "") -> str:
    """The header's value, from the parsed message (None: it could not be
    parsed) or else as written."""
    if message is not None:
        with contextlib.suppress(*HEADER_ERRORS):
            return str(message.get(name, default))
    return _decoded(str(_as_written(raw).get(name, default)))


def _sender(message, raw: bytes) -> tuple[str, str]:
    """Return the sender's name and address from From."""
    if message is not None:
        with contextlib.suppress(*HEADER_ERRORS):
            return parseaddr(str(message.get("From", "")))
    name, address = parseaddr(str(_as_written(raw).get("From", "")))
    return _decoded(name), address


def _as_written(raw: bytes):
    return BytesHeaderParser(policy=email.policy.compat32).parsebytes(raw)


def _decoded(value: str) -> str:
    """The value with its encoded words (=?utf-8?q?…?=) decoded, if they can be."""
    with contextlib.suppress(LookupError, ValueError, MessageError):
        return str(make_header(decode_header(value)))
    return value


def _one_line(value: str) -> str:
    """The value with every control character (CR, LF, NUL, ...) made a space,
    and runs of white space made one."""
    return " ".join(CONTROL.sub(" ", value.replace("\x00", "")).split())


def _is_automatic(message, raw: bytes, address: str) -> bool:
    """Never answer an automatic answer: that is how mail loops start."""
    if _header(message, raw, "Auto-Submitted", "no").lower() != "no":
        return True
    if _header(message, raw, "List-Id") or _header(
        message, raw, "Precedence"
    ).lower() in (
        "bulk",
        "junk",
        "list",
    ):
        return True
    local = address.split("@")[0].lower()
    return local in ("mailer-daemon", "postmaster", "noreply", "no-reply")


def prefill_url(parsed: dict) -> str:
    description = "\n\n".join(p for p in (parsed["subject"], parsed["text"]) if p)
    token = make_token(
        {
            "email": parsed["email"],
            "name": parsed["name"],
            "description": description[:5000],
            "target_type": parsed["target_type"],
            "target_id": parsed["target_id"],
        },
        salt=PREFILL_SALT,
    )
    return f"{settings.SITE_URL}{reverse('public:report')}?{urlencode({'t': token})}"


def read_prefill_token(token: str) -> dict:
    days = settings.TILLIT["EMAIL_FORM_LINK_MAX_AGE_DAYS"]
    return read_token(
        token, salt=PREFILL_SALT, max_age=timedelta(days=days), shape=PREFILL_SHAPE
    )


@transaction.atomic(durable=True)
def answer_trust_mail(*, raw: bytes) -> dict:
    """Answer an email to the trust mailbox with a link to the pre-filled form.

    Return what was parsed and whether an answer was queued. Raise
    InvalidInput when the message has no usable sender. A sender can be
    forged: an address past its daily share of mail gets no answer.
    """
    parsed = parse_message(raw)
    try:
        validate_email(parsed["email"])
    except ValidationError as exc:
        raise InvalidInput(
            fields={"From": [_("The message has no valid sender.")]}
        ) from exc
    reason = None
    if parsed["auto"]:
        reason = "automatic"
    elif not claim_mail_allowance(address=parsed["email"]):
        reason = "mail_cap"
    if reason is not None:
        record_audit_event(
            actor=None,
            source="email",
            verb="intake.email_ignored",
            target=("mailbox", settings.TRUST_MAILBOX),
            data={"from": parsed["email"], "reason": reason},
        )
        return {**parsed, "answered": False}
    link = prefill_url(parsed)
    send_mailbox_answer(
        to=parsed["email"],
        language=parsed["language"],
        name=parsed["name"],
        subject=parsed["subject"],
        link=link,
    )
    record_audit_event(
        actor=None,
        source="email",
        verb="intake.email_answered",
        target=("mailbox", settings.TRUST_MAILBOX),
        data={"from": parsed["email"], "target": parsed["target_id"]},
    )
    return {**parsed, "answered": True, "link": link}

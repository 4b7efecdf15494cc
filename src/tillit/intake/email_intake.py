"""The trust mailbox (S5): an email in, an automatic answer out with a signed
link to the web form, pre-filled from the message."""

import email
import email.policy
import re
from datetime import timedelta
from email.utils import parseaddr
from urllib.parse import urlencode

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.db import transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _

from tillit.core.audit import record_audit_event
from tillit.core.errors import InvalidInput
from tillit.core.links import make_token, read_token
from tillit.core.outbox import enqueue_email
from tillit.core.ratelimit import claim_mail_allowance

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
    r"(?:meeting\s*(?:id|-id|nummer|-?ID)\s*[:#]?\s*|/j/)(\d[\d \-]{7,13}\d)",
    re.IGNORECASE,
)
EVENT_LINK = re.compile(r"/events/([\w.:-]{1,64})")
SWEDISH_HINTS = re.compile(
    r"\b(hej|och|möte|mötet|anmäla|inte|jag|det)\b", re.IGNORECASE
)


def parse_message(raw: bytes) -> dict:
    """Return sender, subject, text and what the message seems to be about."""
    message = email.message_from_bytes(raw, policy=email.policy.default)
    name, address = parseaddr(str(message.get("From", "")))
    body = message.get_body(preferencelist=("plain", "html"))
    text = body.get_content() if body is not None else ""
    if body is not None and body.get_content_type() == "text/html":
        text = re.sub(r"<[^>]+>", " ", text)
    subject = str(message.get("Subject", "")).strip()
    found = {"target_type": "meeting", "target_id": ""}
    if match := MEETING_ID.search(f"{subject}\n{text}"):
        digits = re.sub(r"\D", "", match.group(1))
        if 9 <= len(digits) <= 11:
            found["target_id"] = digits
    if not found["target_id"] and (match := EVENT_LINK.search(text)):
        found = {"target_type": "event", "target_id": match.group(1)}
    return {
        "name": name.strip()[:200],
        "email": address.strip().lower(),
        "subject": subject[:300],
        "text": text.strip(),
        "auto": _is_automatic(message, address),
        "language": "sv"
        if len(SWEDISH_HINTS.findall(f"{subject} {text}")) >= 2
        else "en",
        **found,
    }


def _is_automatic(message, address: str) -> bool:
    """Never answer an automatic answer: that is how mail loops start."""
    if str(message.get("Auto-Submitted", "no")).lower() != "no":
        return True
    if message.get("List-Id") or str(message.get("Precedence", "")).lower() in (
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
    with translation.override(parsed["language"]):
        enqueue_email(
            to=[parsed["email"]],
            subject=_("Re: %(subject)s")
            % {"subject": parsed["subject"] or _("your message")},
            body=render_to_string(
                "intake/email/mailbox_answer.txt",
                {"link": link, "name": parsed["name"]},
            ),
        )
    record_audit_event(
        actor=None,
        source="email",
        verb="intake.email_answered",
        target=("mailbox", settings.TRUST_MAILBOX),
        data={"from": parsed["email"], "target": parsed["target_id"]},
    )
    return {**parsed, "answered": True, "link": link}

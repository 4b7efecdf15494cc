"""Render a notice from `notices/<name>.subject.txt` and `notices/<name>.txt`
(the Zulip convention) and queue it in the outbox."""

from dataclasses import dataclass, replace

from django.conf import settings
from django.template.loader import render_to_string
from django.utils import translation

from tillit.core.outbox import enqueue_email


@dataclass(frozen=True)
class Notice:
    to: tuple[str, ...]
    subject: str
    body: str
    language: str


def language_of(code: str | None) -> str:
    """The language a notice is written in: the recipient's if we ship it."""
    shipped = {code for code, _name in settings.LANGUAGES}
    return code if code in shipped else settings.LANGUAGE_CODE.split("-")[0]


def render_notice(name: str, *, language: str | None, context: dict) -> Notice:
    """Return the notice rendered in `language`, addressed to no one yet."""
    language = language_of(language)
    context = {
        "trust_mailbox": settings.TRUST_MAILBOX,
        "site_url": settings.SITE_URL,
        **context,
    }
    with translation.override(language):
        subject = render_to_string(f"notices/{name}.subject.txt", context)
        body = render_to_string(f"notices/{name}.txt", context)
    # A subject is one line, whatever the template's line breaks.
    return Notice(
        to=(), subject=" ".join(subject.split()), body=body, language=language
    )


def send_notice(
    name: str, *, to: list[str], language: str | None, context: dict
) -> Notice:
    """Render the notice and queue it to `to` in the caller's transaction."""
    notice = replace(
        render_notice(name, language=language, context=context), to=tuple(to)
    )
    enqueue_email(to=list(to), subject=notice.subject, body=notice.body)
    return notice

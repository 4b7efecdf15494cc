"""Signed links to a case's rows, for people without an account: the host's
answer to a question (S13) and the appeal of a decision (S17)."""

from datetime import timedelta

from django.conf import settings
from django.urls import reverse

from tillit.core.errors import InvalidLink
from tillit.core.links import make_token, read_token

from .models import Decision, InfoRequest

ANSWER_SALT = "tillit.info-request"
APPEAL_SALT = "tillit.appeal"


def answer_token(info: InfoRequest) -> str:
    return make_token({"q": info.pk}, salt=ANSWER_SALT)


def answer_url(info: InfoRequest) -> str:
    return settings.SITE_URL + reverse("public:answer", args=[answer_token(info)])


def get_info_request_by_token(token: str) -> InfoRequest:
    """Return the question a host's answer link names."""
    payload = read_token(
        token, salt=ANSWER_SALT, max_age=timedelta(days=31), shape={"q": int}
    )
    info = (
        InfoRequest.objects.select_related("case").filter(pk=payload.get("q")).first()
    )
    if info is None:
        raise InvalidLink()
    return info


def appeal_url(decision: Decision, *, appellant: str, email: str) -> str:
    token = make_token({"d": decision.pk, "k": appellant, "e": email}, salt=APPEAL_SALT)
    return settings.SITE_URL + reverse("public:appeal", args=[token])


def read_appeal_link(token: str) -> tuple[Decision, dict]:
    """Return the decision an appeal link names and its payload; forged or
    unknown links raise InvalidLink."""
    window = timedelta(days=settings.TILLIT["APPEAL_WINDOW_DAYS"] + 30)
    payload = read_token(
        token, salt=APPEAL_SALT, max_age=window, shape={"d": int, "k": str, "e": str}
    )
    decision = (
        Decision.objects.select_related("case__account", "standard")
        .filter(pk=payload.get("d"))
        .first()
    )
    if decision is None or payload.get("k") not in ("owner", "reporter"):
        raise InvalidLink()
    return decision, payload

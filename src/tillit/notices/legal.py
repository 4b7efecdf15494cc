"""What officers and account owners receive about requests from authorities
(S37)."""

from .render import Notice, send_notice


def send_legal_request_rejected(
    *, legal_request, to: list[str], language: str
) -> Notice:
    """Tell the officers the request was rejected, and why."""
    return send_notice(
        "legal_request_rejected",
        to=to,
        language=language,
        context={"request": legal_request},
    )


def send_disclosure_ready(
    *, legal_request, to: list[str], language: str, url: str, expires_at
) -> Notice:
    """Give the officers the one-time download link of the package."""
    return send_notice(
        "legal_disclosure_ready",
        to=to,
        language=language,
        context={"request": legal_request, "url": url, "expires_at": expires_at},
    )


def send_legal_request_notice(*, legal_request, account) -> Notice:
    """Tell the account that an authority asked for its data and what was
    disclosed, in the account's language."""
    return send_notice(
        "legal_request_notice",
        to=account.notice_recipients,
        language=account.language,
        context={
            "request": legal_request,
            "account": account,
            "agency": legal_request.agency,
        },
    )

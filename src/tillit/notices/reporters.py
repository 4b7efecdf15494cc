"""What reporters (and the hosts asked about a case) receive (S5, S6, S13)."""

from .render import Notice, send_notice


def send_acknowledgement(*, report, status_url: str, support: str) -> Notice:
    """Tell the reporter we have the report, with its private status link."""
    return send_notice(
        "acknowledgement",
        to=[report.reporter_email],
        language=report.language,
        context={"report": report, "status_url": status_url, "support": support},
    )


def send_information_request(
    *, info, to: str, language: str, reference: str, link: str
) -> Notice:
    """Ask the question of a case; `link` is where it is answered."""
    return send_notice(
        "information_request",
        to=[to],
        language=language,
        context={"info": info, "reference": reference, "link": link},
    )


def send_outcome(
    *,
    report,
    decision,
    standard_title: str,
    status_url: str,
    appeal_url: str,
    support: str,
) -> Notice:
    """Tell a reporter how the case their report joined ended."""
    return send_notice(
        "outcome",
        to=[report.reporter_email],
        language=report.language,
        context={
            "report": report,
            "decision": decision,
            "standard_title": standard_title,
            "status_url": status_url,
            "appeal_url": appeal_url,
            "support": support,
        },
    )


def send_mailbox_answer(
    *, to: str, language: str, name: str, subject: str, link: str
) -> Notice:
    """Answer a message to the trust mailbox with a link to a pre-filled form."""
    return send_notice(
        "mailbox_answer",
        to=[to],
        language=language,
        context={"name": name, "subject": subject, "link": link},
    )

"""What account owners and admins receive (S14, S15, S26)."""

from .render import Notice, send_notice


def send_statement_of_reasons(
    *,
    account,
    decision,
    actions: list,
    standard: dict,
    before_start: bool,
    support: str,
    appeal_url: str | None,
    replaces=None,
) -> Notice:
    """Give the account a statement of reasons for the actions taken.

    `standard` is the title and body the decision applied; `appeal_url` is
    None where no appeal is open (a panel's decision is final).
    """
    case = decision.case
    return send_notice(
        "statement_of_reasons",
        to=account.notice_recipients,
        language=account.language,
        context={
            "account": account,
            "decision": decision,
            "case": case,
            "actions": actions,
            "standard": standard,
            "before_start": before_start,
            "meeting": case.meeting,
            "event": case.event,
            "support": support,
            "replaces": replaces,
            "appeal_url": appeal_url,
        },
    )


def send_at_risk_warning(
    *, to: str, account, meeting, sighting, links: dict[str, str]
) -> Notice:
    """Warn one of the account's people that a meeting was posted publicly;
    `links` are the one-click protections by action."""
    return send_notice(
        "at_risk_warning",
        to=[to],
        language=account.language,
        context={"meeting": meeting, "sighting": sighting, "links": links},
    )

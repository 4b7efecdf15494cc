"""What appellants and the people concerned by an appeal receive (S17, S18)."""

from .render import Notice, send_notice


def send_appeal_received(*, appeal) -> Notice:
    """Confirm an appeal to the appellant."""
    return send_notice(
        "appeal_received",
        to=[appeal.appellant_email],
        language=appeal.language,
        context={"appeal": appeal, "decision": appeal.decision},
    )


def send_appeal_outcome(*, appeal, to: list[str], language: str) -> Notice:
    """Tell one recipient what the panel decided."""
    return send_notice(
        "appeal_outcome",
        to=to,
        language=language,
        context={"appeal": appeal, "decision": appeal.decision},
    )

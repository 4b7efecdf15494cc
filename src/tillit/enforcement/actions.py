"""The enforcement actions a decision can carry. Pure: no Django import."""

NONE = "none"
WARNING = "warning"
REMOVE_CONTENT = "remove_content"
CANCEL_MEETING = "cancel_meeting"
CANCEL_EVENT = "cancel_event"
SUSPEND_ACCOUNT = "suspend_account"
TERMINATE_ACCOUNT = "terminate_account"

ACTION_TYPES = (
    NONE,
    WARNING,
    REMOVE_CONTENT,
    CANCEL_MEETING,
    CANCEL_EVENT,
    SUSPEND_ACCOUNT,
    TERMINATE_ACCOUNT,
)
# The two-person rule: a second approver at tier II or above.
HIGH_IMPACT = frozenset({SUSPEND_ACCOUNT, TERMINATE_ACCOUNT})
MAX_SUSPENSION_DAYS = 365


def normalise_actions(raw: list) -> list[dict]:
    """Return actions as [{"type": ..., "days"?: n}], or raise ValueError naming
    what is wrong."""
    if not isinstance(raw, list):
        raise ValueError("actions must be a list")
    actions, seen = [], set()
    for item in raw:
        if isinstance(item, str):
            item = {"type": item}
        if not isinstance(item, dict) or item.get("type") not in ACTION_TYPES:
            raise ValueError(f"unknown action: {item!r}")
        kind = item["type"]
        if kind in seen:
            raise ValueError(f"action given twice: {kind}")
        seen.add(kind)
        action = {"type": kind}
        if kind == SUSPEND_ACCOUNT:
            days = item.get("days")
            if not isinstance(days, int) or not 1 <= days <= MAX_SUSPENSION_DAYS:
                raise ValueError(
                    f"a suspension needs days between 1 and {MAX_SUSPENSION_DAYS}"
                )
            action["days"] = days
        actions.append(action)
    if NONE in seen and len(seen) > 1:
        raise ValueError("'none' cannot be combined with other actions")
    if SUSPEND_ACCOUNT in seen and TERMINATE_ACCOUNT in seen:
        raise ValueError("choose suspension or termination, not both")
    return actions or [{"type": NONE}]


def is_high_impact(actions: list[dict]) -> bool:
    return any(a["type"] in HIGH_IMPACT for a in actions)


def is_adverse(actions: list[dict]) -> bool:
    return any(a["type"] != NONE for a in actions)

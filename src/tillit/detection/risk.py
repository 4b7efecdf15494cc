"""How likely a leaked meeting is to be disrupted (S26). Pure: no Django.

Each signal has a weight; the score is the chance that at least one signal
"fires" if they were independent: 1 − Π(1 − w). The signals are named in the
output, so a person can see why: the names first, then what in the text made
the intent model call it a call to disrupt ("intent: unmute: all unmute").

Whether a post calls for a meeting to be disrupted is the intent model's
decision (intent.py, issue #13), with the lexicon as one of its features.
"""

from dataclasses import dataclass
from datetime import datetime, timedelta
from functools import lru_cache

from . import intent

WEIGHTS = {
    # A call to disrupt beside a meeting reference is high risk on its own
    # (issue #13): the host needs the warning before the meeting starts.
    "call_to_disrupt": 0.7,
    "insider_hint": 0.3,
    "passcode_exposed": 0.25,
    "host_link_leaked": 0.35,
    "starts_soon": 0.2,
    "weak_settings": 0.2,
    "posted_repeatedly": 0.15,
}
HIGH, MEDIUM = 0.7, 0.4


@dataclass(frozen=True, slots=True)
class Risk:
    score: float
    level: str
    signals: tuple[str, ...]


def text_signals(text: str) -> list[str]:
    """The signals a post's words give: "call_to_disrupt" (the intent model)
    and "insider_hint", then the model's reasons."""
    return list(_text_signals(text or ""))


@lru_cache(maxsize=2)
def _text_signals(text: str) -> tuple[str, ...]:
    """Once per post, however many meetings it names (assess runs per meeting)."""
    probability, reasons = intent.predict(text)
    signals = []
    if probability >= intent.threshold():
        signals.append("call_to_disrupt")
    if intent.INSIDER_PATTERN.search(text[: intent.MAX_CHARS]):
        signals.append("insider_hint")
    if "call_to_disrupt" in signals:
        signals += [f"intent: {reason}" for reason in reasons]
    return tuple(signals)


def assess(
    *,
    text: str,
    passcode_exposed: bool,
    host_start: bool,
    starts_at: datetime | None = None,
    now: datetime | None = None,
    weak_settings: bool = False,
    times_seen: int = 1,
    has_reference: bool = True,
) -> Risk:
    """Return the score from 0 to 1, the level, and the signals behind it.

    Called for a meeting reference found in the text; has_reference=False
    scores words alone, which are at most "medium": there is no meeting to
    warn."""
    found = text_signals(text)
    signals = [s for s in found if s in WEIGHTS]
    reasons = [s for s in found if s not in WEIGHTS]
    if passcode_exposed:
        signals.append("passcode_exposed")
    if host_start:
        signals.append("host_link_leaked")
    if (
        starts_at is not None
        and now is not None
        and now - timedelta(hours=1) <= starts_at <= now + timedelta(hours=24)
    ):
        signals.append("starts_soon")
    if weak_settings:
        signals.append("weak_settings")
    if times_seen > 1:
        signals.append("posted_repeatedly")
    remaining = 1.0
    for signal in signals:
        remaining *= 1 - WEIGHTS[signal]
    score = round(1 - remaining, 3)
    level = "high" if score >= HIGH else "medium" if score >= MEDIUM else "low"
    if level == "high" and not has_reference:
        level = "medium"
    return Risk(score, level, tuple(signals + reasons))

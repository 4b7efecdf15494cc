"""How likely a leaked meeting is to be disrupted (S26). Pure: no Django.

Each signal has a weight; the score is the chance that at least one signal
"fires" if they were independent: 1 − Π(1 − w). The signals are named in the
output, so a person can see why.
"""

import re
from dataclasses import dataclass
from datetime import datetime, timedelta

WEIGHTS = {
    "call_to_disrupt": 0.6,
    "insider_hint": 0.3,
    "passcode_exposed": 0.25,
    "host_link_leaked": 0.35,
    "starts_soon": 0.2,
    "weak_settings": 0.2,
    "posted_repeatedly": 0.15,
}
HIGH, MEDIUM = 0.7, 0.4

CALL_TO_DISRUPT = re.compile(
    r"\b(raid|raiding|bomb(?:ing)?|zoombomb\w{0,40}|troll(?:ing)?|flood(?:ing)?|"
    r"spam (?:the|their) chat|crash (?:the|this|it)|come (?:and|&) (?:mess|disrupt)|"
    r"rename yourself|change your name to|use (?:a |real )?students?'? names?|"
    r"kom (?:och|å) st[öo]r|st[öo]r(?:a)? (?:mötet|lektionen)|spamma chatten|"
    r"byt namn till|raida|trolla)\b",
    re.IGNORECASE,
)
INSIDER = re.compile(
    r"\b(my class|our class|my teacher|the teacher|my school|our lecture|my lecture|"
    r"min klass|vår klass|läraren|min lärare|vår lektion|min skola)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class Risk:
    score: float
    level: str
    signals: tuple[str, ...]


def text_signals(text: str) -> list[str]:
    signals = []
    if CALL_TO_DISRUPT.search(text or ""):
        signals.append("call_to_disrupt")
    if INSIDER.search(text or ""):
        signals.append("insider_hint")
    return signals


def assess(
    *,
    text: str,
    passcode_exposed: bool,
    host_start: bool,
    starts_at: datetime | None = None,
    now: datetime | None = None,
    weak_settings: bool = False,
    times_seen: int = 1,
) -> Risk:
    """Return the score from 0 to 1, the level, and the signals behind it."""
    signals = text_signals(text)
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
    return Risk(score, level, tuple(signals))

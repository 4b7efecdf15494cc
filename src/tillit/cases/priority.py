"""Case priority: a pure function of what is known about a case (S9, S10).

No Django import: fast, and tested directly. The score orders a tier's queue
(higher first, then the earlier due time); the reasons are shown to analysts.
"""

import math
from dataclasses import dataclass, field
from datetime import datetime, timedelta

SEVERITY_POINTS = {"critical": 400, "high": 250, "medium": 150, "low": 80}
# Normal-lane due times by severity.
NORMAL_DUE = {
    "critical": timedelta(hours=4),
    "high": timedelta(hours=24),
    "medium": timedelta(hours=48),
    "low": timedelta(hours=72),
}
EXPEDITE_WINDOW = timedelta(hours=6)
LIVE_POINTS = 1200
EXPEDITED_POINTS = 300  # plus up to as much again as the start draws near
LIVE_DUE = timedelta(minutes=15)
EXPEDITED_MIN_DUE = timedelta(minutes=15)
EXPEDITED_MAX_DUE = timedelta(hours=1)
REFERENCE_REVIEW = timedelta(minutes=30)

LIVE, EXPEDITED, NORMAL = "live", "expedited", "normal"


@dataclass(frozen=True)
class Reason:
    code: str
    points: float
    detail: str = ""


@dataclass(frozen=True)
class PriorityInput:
    severity: str
    now: datetime
    starts_at: datetime | None = None
    ends_at: datetime | None = None
    median_review: timedelta = REFERENCE_REVIEW
    reporter_weights: tuple[float, ...] = ()
    detection_confidence: float | None = None
    opened_at: datetime | None = None
    # A report that someone may harm themselves soon (S24): expedited whatever
    # the meeting's time.
    imminent_risk: bool = False


@dataclass(frozen=True)
class Priority:
    score: float
    lane: str
    due_at: datetime
    reasons: tuple[Reason, ...] = field(default=())


def reporter_weight(*, upheld: int, not_upheld: int, bad_faith: bool) -> float:
    """Weigh one reporter by their record: 1 for a newcomer, up to 2 when their
    reports are upheld, down to 0.5 when not, and 0.1 for bad faith."""
    if bad_faith:
        return 0.1
    # Laplace-smoothed share upheld, so one report moves the weight only a little.
    share = (upheld + 1) / (upheld + not_upheld + 2)
    return round(0.5 + 1.5 * share, 3) if upheld + not_upheld else 1.0


def group_reporters(identities: list[tuple[str, ...]]) -> list[frozenset[str]]:
    """Group reports into reporters: reports that share any identity (a
    reporter's user or address, a public form's client) come from one reporter
    (issue 10, #5). Each report gives the identities it carries; one without
    any is a reporter of its own (an empty group)."""
    parent: dict[str, str] = {}

    def root(name: str) -> str:
        while parent[name] != name:
            parent[name] = parent[parent[name]]
            name = parent[name]
        return name

    groups: list[frozenset[str]] = []
    for names in identities:
        if not names:
            groups.append(frozenset())
            continue
        for name in names:
            parent.setdefault(name, name)
        first = root(names[0])
        for name in names[1:]:
            parent[root(name)] = first
    members: dict[str, set[str]] = {}
    for name in parent:
        members.setdefault(root(name), set()).add(name)
    return groups + [frozenset(group) for group in members.values()]


def compute_priority(p: PriorityInput) -> Priority:
    """Return the score, lane, due time and the reasons behind them.

    One function, longer than most: each term's points and the reason shown
    for them sit side by side, in the order docs/review.md lists them."""
    reasons: list[Reason] = []
    severity = SEVERITY_POINTS.get(p.severity, SEVERITY_POINTS["low"])
    reasons.append(Reason("severity", severity, p.severity))

    lane, due_at = (
        NORMAL,
        (p.opened_at or p.now) + NORMAL_DUE.get(p.severity, NORMAL_DUE["low"]),
    )
    if p.starts_at is not None:
        ends_at = p.ends_at or p.starts_at
        if p.starts_at <= p.now < ends_at:
            lane, due_at = LIVE, p.now + LIVE_DUE
            reasons.append(Reason("in_progress", LIVE_POINTS))
        elif p.now < p.starts_at <= p.now + EXPEDITE_WINDOW:
            until = p.starts_at - p.now
            nearness = 1 - until / EXPEDITE_WINDOW
            points = EXPEDITED_POINTS * (1 + nearness)
            lane = EXPEDITED
            due_at = p.now + min(
                max(until - timedelta(minutes=10), EXPEDITED_MIN_DUE), EXPEDITED_MAX_DUE
            )
            reasons.append(
                Reason(
                    "starts_soon",
                    round(points, 1),
                    f"{int(until.total_seconds() // 60)}",
                )
            )

    if p.imminent_risk and lane == NORMAL:
        lane, due_at = EXPEDITED, p.now + EXPEDITED_MIN_DUE
        reasons.append(Reason("imminent_risk", 2 * EXPEDITED_POINTS))

    # Shortest job first, bounded: quick standards are not starved by slow ones.
    median = max(p.median_review, timedelta(minutes=1))
    quick = 60 * min(max(REFERENCE_REVIEW / median, 0.25), 2.0)
    reasons.append(
        Reason("review_time", round(quick, 1), f"{int(median.total_seconds())}")
    )

    if p.reporter_weights:
        weight = sum(p.reporter_weights)
        points = 60 * math.log2(1 + weight)
        reasons.append(
            Reason("reporters", round(points, 1), f"{len(p.reporter_weights)}")
        )

    if p.detection_confidence is not None:
        confidence = min(max(p.detection_confidence, 0.0), 1.0)
        reasons.append(
            Reason("detection", round(150 * confidence, 1), f"{confidence:.2f}")
        )

    score = round(sum(r.points for r in reasons), 1)
    return Priority(score=score, lane=lane, due_at=due_at, reasons=tuple(reasons))


def entry_tier(
    *, standard_tier: int, severity: str, lane: str, context: str, reporters: int
) -> tuple[int, list[str]]:
    """Return the tier a case starts at and the rules that raised it (S8)."""
    tier, rules = standard_tier, []
    if severity == "critical" and lane in (LIVE, EXPEDITED) and tier < 2:
        tier, rules = 2, [*rules, "critical_and_urgent"]
    if context == "public_event" and reporters >= 10 and tier < 2:
        tier, rules = 2, [*rules, "mass_reported_public_event"]
    if reporters >= 25 and tier < 3:
        tier, rules = 3, [*rules, "mass_reported"]
    return tier, rules

"""Priority is a pure function: these tests need no database."""

from datetime import UTC, datetime, timedelta

from hypothesis import given
from hypothesis import strategies as st

from tillit.cases.priority import (
    EXPEDITED,
    LIVE,
    NORMAL,
    PriorityInput,
    compute_priority,
    entry_tier,
    reporter_weight,
)

NOW = datetime(2026, 11, 28, 12, 0, tzinfo=UTC)


def at(**delta):
    return NOW + timedelta(**delta)


def harassment(starts_in=None, minutes=60, **kw):
    starts = NOW + starts_in if starts_in is not None else None
    return compute_priority(
        PriorityInput(
            severity="medium",
            now=NOW,
            starts_at=starts,
            ends_at=starts + timedelta(minutes=minutes) if starts else None,
            **kw,
        )
    )


def test_meeting_in_progress_comes_first_then_soon_then_next_week():
    live = harassment(timedelta(minutes=-10))
    soon = harassment(timedelta(minutes=30))
    next_week = harassment(timedelta(days=7), opened_at=at(hours=-5))
    assert (live.lane, soon.lane, next_week.lane) == (LIVE, EXPEDITED, NORMAL)
    assert live.score > soon.score > next_week.score
    assert live.due_at < soon.due_at < next_week.due_at


def test_expedited_due_time_is_before_the_meeting_starts():
    p = harassment(timedelta(minutes=45))
    assert p.due_at <= at(minutes=35)
    assert p.due_at >= at(minutes=15)


def test_a_meeting_that_ended_is_not_urgent():
    assert harassment(timedelta(hours=-3), minutes=60).lane == NORMAL


def test_severity_orders_cases_of_equal_urgency():
    scores = [
        compute_priority(PriorityInput(severity=s, now=NOW)).score
        for s in ("critical", "high", "medium", "low")
    ]
    assert scores == sorted(scores, reverse=True)


def test_quick_standards_gain_and_slow_ones_lose_but_boundedly():
    quick = compute_priority(
        PriorityInput("low", NOW, median_review=timedelta(minutes=5))
    )
    slow = compute_priority(
        PriorityInput("low", NOW, median_review=timedelta(hours=10))
    )
    assert quick.score > slow.score
    assert quick.score - slow.score <= 120


def test_more_and_better_reporters_raise_priority_and_bad_faith_counts_little():
    one = compute_priority(PriorityInput("medium", NOW, reporter_weights=(1.0,)))
    three = compute_priority(PriorityInput("medium", NOW, reporter_weights=(1.0,) * 3))
    trusted = compute_priority(PriorityInput("medium", NOW, reporter_weights=(2.0,)))
    bad = compute_priority(PriorityInput("medium", NOW, reporter_weights=(0.1,)))
    assert three.score > one.score
    assert trusted.score > one.score > bad.score


def test_reporter_weight_follows_record():
    assert reporter_weight(upheld=0, not_upheld=0, bad_faith=False) == 1.0
    assert reporter_weight(upheld=9, not_upheld=0, bad_faith=False) > 1.5
    assert reporter_weight(upheld=0, not_upheld=9, bad_faith=False) < 0.75
    assert reporter_weight(upheld=9, not_upheld=0, bad_faith=True) == 0.1


def test_detection_confidence_adds_and_every_reason_is_named():
    p = compute_priority(PriorityInput("high", NOW, detection_confidence=0.9))
    codes = [r.code for r in p.reasons]
    assert codes == ["severity", "review_time", "detection"]
    assert p.score == round(sum(r.points for r in p.reasons), 1)


def test_entry_tier_rules():
    assert entry_tier(
        standard_tier=1, severity="medium", lane=NORMAL, context="work", reporters=1
    ) == (1, [])
    assert entry_tier(
        standard_tier=3, severity="critical", lane=NORMAL, context="work", reporters=1
    ) == (3, [])
    assert entry_tier(
        standard_tier=1, severity="critical", lane=LIVE, context="work", reporters=1
    ) == (2, ["critical_and_urgent"])
    assert entry_tier(
        standard_tier=1,
        severity="low",
        lane=NORMAL,
        context="public_event",
        reporters=12,
    ) == (2, ["mass_reported_public_event"])
    assert (
        entry_tier(
            standard_tier=1, severity="low", lane=NORMAL, context="work", reporters=30
        )[0]
        == 3
    )


@given(
    severity=st.sampled_from(["critical", "high", "medium", "low"]),
    minutes=st.integers(min_value=-60 * 24 * 30, max_value=60 * 24 * 30),
    weights=st.lists(st.floats(0.1, 2.0), max_size=30),
    confidence=st.none() | st.floats(0, 1),
)
def test_in_progress_always_beats_not_in_progress_of_the_same_standard(
    severity, minutes, weights, confidence
):
    """A live meeting comes first of all (S10), whatever else is known."""
    live = compute_priority(
        PriorityInput(severity, NOW, starts_at=at(minutes=-1), ends_at=at(minutes=30))
    )
    other_start = at(minutes=minutes)
    other = compute_priority(
        PriorityInput(
            severity,
            NOW,
            starts_at=other_start,
            ends_at=other_start,  # zero length: never in progress
            reporter_weights=tuple(weights),
            detection_confidence=confidence,
        )
    )
    assert other.lane != LIVE
    assert live.score > other.score


def test_reports_sharing_any_identity_are_one_reporter():
    """Issue 10, #5: one client typing many addresses, or one address from many
    clients, is one reporter; a report with no identity stands alone."""
    from tillit.cases.priority import group_reporters

    groups = group_reporters(
        [
            ("client:a", "reporter:1"),
            ("client:a", "reporter:2"),
            ("client:b", "reporter:2"),
            ("client:c",),
            (),
            (),
        ]
    )
    assert sorted(map(sorted, groups)) == [
        [],
        [],
        ["client:a", "client:b", "reporter:1", "reporter:2"],
        ["client:c"],
    ]


@given(
    st.lists(
        st.lists(st.sampled_from(["c:1", "c:2", "c:3", "r:1", "r:2"]), max_size=3),
        max_size=30,
    )
)
def test_reporter_groups_partition_the_identities(reports):
    from tillit.cases.priority import group_reporters

    groups = group_reporters([tuple(names) for names in reports])
    named = [g for g in groups if g]
    # Every identity lands in exactly one group; anonymous reports stand alone.
    assert sorted(n for g in named for n in g) == sorted(
        {n for r in reports for n in r}
    )
    assert len(groups) - len(named) == sum(1 for r in reports if not r)
    # Identities named on one report share a group.
    for names in reports:
        assert len({next(i for i, g in enumerate(named) if n in g) for n in names}) <= 1

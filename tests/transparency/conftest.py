import pytest
from django.core.cache import cache

from tillit.cases.services.claims import claim_case
from tillit.cases.services.decisions import approve_decision, decide_case

from .dsa_server import TransparencyDatabase


@pytest.fixture(autouse=True)
def _fresh_figures():
    """The report's figures are cached; each test counts its own rows."""
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def transparency_database():
    server = TransparencyDatabase()
    yield server
    server.close()


@pytest.fixture
def decide():
    """Claim the report's case and decide it; approve it when it waits for
    a second approver."""

    def run(report, reviewer, *, actions, outcome="violation", approver=None, **kw):
        claim_case(case_id=report.case_id, reviewer=reviewer)
        decision = decide_case(
            case_id=report.case_id,
            reviewer=reviewer,
            outcome=outcome,
            standard=kw.pop("standard", report.category_id),
            actions=actions,
            rationale=kw.pop("rationale", "Seen in the recording."),
            **kw,
        )
        if approver is not None:
            approve_decision(decision_id=decision.pk, approver=approver)
        decision.refresh_from_db()
        return decision

    return run


@pytest.fixture
def adverse_decisions(
    decide, file_report, make_staff, make_meeting, make_event, english_account
):
    """A warning, a suspension approved by a second analyst, an event
    cancelled after the AI scan found it, and a "no violation" (not adverse);
    return them by name."""
    analyst = make_staff("t2", tier=2)
    lead = make_staff("t3", tier=3)
    make_meeting("700000001", english_account)
    make_meeting("700000002", english_account)
    make_meeting("700000003", english_account)
    make_event("ev-scan", english_account)
    out = {}
    out["warning"] = decide(
        file_report("700000001", email="a@example.org"), analyst, actions=["warning"]
    )
    out["suspension"] = decide(
        file_report("700000002", category="hate", email="b@example.org"),
        analyst,
        actions=[{"type": "remove_content"}, {"type": "suspend_account", "days": 14}],
        approver=lead,
    )
    scanned = file_report(
        "ev-scan",
        target_type="event",
        category="violent_extremism",
        channel="ai_scan",
        detection_confidence=0.93,
        description="Automatic scan: a known recruitment text.",
    )
    out["scanned"] = decide(scanned, lead, actions=["cancel_event"])
    out["cleared"] = decide(
        file_report("700000003", email="c@example.org"),
        analyst,
        outcome="no_violation",
        actions=["none"],
    )
    return out

"""Retention deletes reports' text and evidence on schedule; a preservation
hold (or an open appeal) stops it, and a release lets it."""

import os
from datetime import timedelta

import pytest
import time_machine
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone

from tillit.appeals.models import Appeal
from tillit.cases.services.claims import claim_next_case
from tillit.cases.services.decisions import decide_case
from tillit.core.models import AuditEvent
from tillit.intake.models import Evidence, Report
from tillit.intake.services import attach_evidence
from tillit.legal.errors import HoldAlreadyRenewed, HoldNotActive
from tillit.legal.models import PreservationHold
from tillit.legal.services.desk import verify_requester
from tillit.legal.services.holds import (
    release_preservation_hold,
    renew_preservation_hold,
)
from tillit.legal.services.retention import apply_retention

pytestmark = pytest.mark.django_db

PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 64


@pytest.fixture
def no_violation_case(file_report, make_meeting, swedish_account, analyst1):
    """A report with evidence about a meeting of the Swedish account, decided
    "no violation" 100 days ago, past its 90 days; return the report."""
    with time_machine.travel(timezone.now() - timedelta(days=100), tick=False):
        return _decided_report(file_report, make_meeting, swedish_account, analyst1)


def _decided_report(file_report, make_meeting, swedish_account, analyst1):
    make_meeting("812345678", swedish_account)
    report = file_report("812345678", email="elev@skola.se")
    attach_evidence(
        report_id=report.pk,
        files=[SimpleUploadedFile("shot.png", PNG, "image/png")],
        source="test",
    )
    case = claim_next_case(reviewer=analyst1, tier=1)
    decide_case(
        case_id=case.pk,
        reviewer=analyst1,
        outcome="no_violation",
        standard="harassment",
        actions=[],
        rationale="Heated, not harassment.",
    )
    return report


def _later(days: int):
    return timezone.now() + timedelta(days=days)


def test_nothing_is_deleted_before_its_period(no_violation_case):
    assert apply_retention(now=_later(-11))["no_violation"] == 0
    assert Evidence.objects.count() == 1


def test_a_no_violation_report_is_purged_after_90_days_and_audited(
    no_violation_case, django_capture_on_commit_callbacks
):
    path = Evidence.objects.get().file.path
    with django_capture_on_commit_callbacks(execute=True):
        result = apply_retention()
    assert result["no_violation"] == 1
    report = Report.objects.get()
    assert report.description == "" and report.purged_at is not None
    assert not Evidence.objects.exists()
    event = AuditEvent.objects.get(verb="report.content_purged")
    assert event.source == "task:retention" and event.data["reason"] == "no_violation"
    assert AuditEvent.objects.filter(verb="retention.run").exists()
    assert not os.path.exists(path)


def test_a_hold_stops_deletion_and_release_lets_it(no_violation_case, submit, lawyers):
    row = submit(kind="preservation", targets=[{"type": "account", "id": "acc-sv"}])
    verify_requester(request_id=row.pk, actor=lawyers[0])
    hold = PreservationHold.objects.get()
    assert (hold.target_type, hold.target_id) == ("account", "acc-sv")

    result = apply_retention()
    assert result["no_violation"] == 0 and result["kept"] == 1
    assert Evidence.objects.count() == 1
    assert Report.objects.get().description

    release_preservation_hold(hold_id=hold.pk, actor=lawyers[1], reason="Order lapsed")
    assert apply_retention()["no_violation"] == 1
    assert not Evidence.objects.exists()


def test_a_hold_on_the_meeting_itself_keeps_its_reports(
    no_violation_case, submit, lawyers
):
    row = submit(kind="preservation", targets=[{"type": "meeting", "id": "812345678"}])
    verify_requester(request_id=row.pk, actor=lawyers[0])
    assert apply_retention()["kept"] == 1
    assert Evidence.objects.count() == 1


def test_a_hold_expires_after_90_days_and_renews_once(
    no_violation_case, submit, lawyers
):
    row = submit(kind="preservation")
    verify_requester(request_id=row.pk, actor=lawyers[0])
    hold = PreservationHold.objects.get()
    renew_preservation_hold(hold_id=hold.pk, actor=lawyers[0])
    hold.refresh_from_db()
    assert hold.expires_at - hold.placed_at == timedelta(days=180)
    with pytest.raises(HoldAlreadyRenewed):
        renew_preservation_hold(hold_id=hold.pk, actor=lawyers[0])
    assert apply_retention(now=_later(89))["no_violation"] == 0
    assert apply_retention(now=_later(179))["no_violation"] == 0
    assert apply_retention(now=_later(181))["no_violation"] == 1
    with pytest.raises(HoldNotActive):
        release_preservation_hold(hold_id=hold.pk, actor=lawyers[0], now=_later(181))


def test_an_open_appeal_keeps_the_evidence(suspension, settings):
    decision, _analyst, _approver = suspension
    Appeal.objects.create(
        decision=decision,
        appellant="owner",
        appellant_email="rektor@skola.se",
        statement="Wrong account.",
        status=Appeal.Status.AWAITING_PANEL,
    )
    assert apply_retention(now=_later(366)) == {
        "enforcement": 0,
        "no_violation": 0,
        "kept": 1,
    }
    Appeal.objects.update(status=Appeal.Status.DECIDED, outcome="upheld")
    assert apply_retention(now=_later(366))["enforcement"] == 1


def test_an_enforcement_keeps_its_reports_a_year(suspension):
    assert apply_retention(now=_later(200))["enforcement"] == 0
    assert apply_retention(now=_later(366))["enforcement"] == 1


def test_the_case_page_shows_the_hold(
    client, no_violation_case, submit, lawyers, analyst1
):
    row = submit(kind="preservation")
    verify_requester(request_id=row.pk, actor=lawyers[0])
    client.force_login(analyst1)
    page = client.get(f"/console/cases/{no_violation_case.case_id}/")
    text = page.content.decode()
    assert 'id="preservation-hold"' in text
    assert row.reference not in text  # the request itself is the legal team's
    client.force_login(lawyers[0])
    text = client.get(f"/console/cases/{no_violation_case.case_id}/").content.decode()
    assert row.reference in text

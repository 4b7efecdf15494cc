"""Flagging a reporter is decided in the service (STYLE R11, #11)."""

import pytest

from tillit.core.errors import PermissionDenied
from tillit.core.models import AuditEvent, Role
from tillit.intake.models import Reporter
from tillit.intake.services import mark_reporter_bad_faith


@pytest.mark.django_db
@pytest.mark.parametrize("role", [Role.POLICY, Role.LEGAL])
def test_only_a_reviewer_may_flag_a_reporter_in_bad_faith(
    role, make_staff, file_report, english_account, make_meeting
):
    make_meeting("700000010", english_account)
    report = file_report("700000010", email="someone@example.org")
    outsider = make_staff(f"not-a-reviewer-{role}", role=role, tier=1)
    before = AuditEvent.objects.count()
    with pytest.raises(PermissionDenied):
        mark_reporter_bad_faith(
            reporter_id=report.reporter_id, actor=outsider, reason="I dislike them"
        )
    assert Reporter.objects.get(pk=report.reporter_id).bad_faith is False
    assert AuditEvent.objects.count() == before


@pytest.mark.django_db
def test_a_reviewer_flags_a_reporter(
    analyst1, file_report, english_account, make_meeting
):
    make_meeting("700000011", english_account)
    report = file_report("700000011", email="troll@example.org")
    mark_reporter_bad_faith(
        reporter_id=report.reporter_id, actor=analyst1, reason="Forty false reports"
    )
    assert Reporter.objects.get(pk=report.reporter_id).bad_faith is True
    assert AuditEvent.objects.filter(verb="reporter.marked_bad_faith").count() == 1

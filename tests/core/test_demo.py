from io import StringIO

import pytest
from django.core.management import call_command

from tillit.cases.models import Case
from tillit.core.audit_seals import seal_audit_log
from tillit.core.audit_verify import verify_audit_log
from tillit.intake.models import Report
from tillit.legal.models import LegalRequest


@pytest.mark.seals
@pytest.mark.django_db
def test_demo_seeds_once_and_prints_the_logins():
    out = StringIO()
    call_command("seed_demo", "--if-empty", stdout=out)
    assert "analyst1" in out.getvalue() and "tillit-demo" in out.getvalue()
    channels = set(Report.objects.values_list("channel", flat=True))
    assert {
        "in_meeting",
        "web_form",
        "portal",
        "event_page",
        "email",
        "ai_scan",
    } <= channels
    assert Case.objects.filter(tier=3).exists() and Case.objects.filter(tier=1).exists()
    legal = LegalRequest.objects.get()
    assert legal.agency.verified and legal.officer.user.email == "utredare@polisen.se"
    assert "utredare@polisen.se" in out.getvalue()
    count = Report.objects.count()
    again = StringIO()
    call_command("seed_demo", "--if-empty", stdout=again)
    assert "not loaded again" in again.getvalue() and "analyst1" in again.getvalue()
    assert Report.objects.count() == count
    assert seal_audit_log(wait=30)
    report = verify_audit_log()
    assert report.ok and report.sealed > 0 and report.unsealed == 0

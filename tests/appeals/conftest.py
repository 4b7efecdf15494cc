import re
from datetime import timedelta

import pytest
from django.utils import timezone

from tillit.appeals.models import PanelMember
from tillit.cases.services import approve_decision, claim_next_case, decide_case
from tillit.core.models import Role


@pytest.fixture
def panel(make_staff):
    """Five active members over four departments, one whose term ended
    yesterday."""
    today = timezone.localdate()
    members = {}
    for name, dept, start, end in [
        ("p_legal", "Legal", -100, 265),
        ("p_eng", "Engineering", -10, 355),
        ("p_sales", "Sales", -200, 165),
        ("p_support", "Support", -30, 335),
        ("p_legal2", "Legal", -50, 315),
        ("p_expired", "Research", -366, -1),
    ]:
        user = make_staff(name, role=Role.APPEALS_PANEL, tier=4)
        members[name] = PanelMember.objects.create(
            user=user,
            department=dept,
            tenure_years=2,
            experience="experienced",
            term_start=today + timedelta(days=start),
            term_end=today + timedelta(days=end),
        )
    return members


@pytest.fixture
def suspension(file_report, make_staff, swedish_account, make_meeting):
    """A suspension in force on a Swedish account, decided and approved by two
    analysts; return (decision, analyst, approver)."""
    make_meeting("812345678", swedish_account)
    file_report("812345678", email="elev@skola.se", language="sv")
    analyst = make_staff("decider", tier=2)
    approver = make_staff("approver", tier=3)
    case = claim_next_case(reviewer=analyst, tier=1)
    decision = decide_case(
        case_id=case.pk,
        reviewer=analyst,
        outcome="violation",
        standard="harassment",
        actions=[{"type": "suspend_account", "days": 7}],
        rationale="Slurs in class.",
    )
    approve_decision(decision_id=decision.pk, approver=approver)
    decision.refresh_from_db()
    return decision, analyst, approver


def appeal_link(mail_body: str) -> str:
    return re.search(r"http://[^/\s]+(/appeal/[^\s]+/)", mail_body).group(1)

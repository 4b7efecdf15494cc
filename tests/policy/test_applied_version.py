"""Decisions apply, and quote, the guidelines version in force when they were
made; a version published for a future date comes into force on that date
(#10, finding 12c–d)."""

from datetime import timedelta

import pytest
import time_machine
from django.core.management import call_command
from django.utils import timezone

from tillit.cases.services.claims import claim_next_case
from tillit.cases.services.decisions import approve_decision, decide_case
from tillit.core.models import AuditEvent, Role
from tillit.enforcement.models import StatementOfReasons
from tillit.policy.models import GuidelinesVersion, Standard
from tillit.policy.selectors import get_version_in_force
from tillit.policy.services.consultation import close_consultation, open_consultation
from tillit.policy.services.drafts import (
    create_draft,
    sign_off_version,
    submit_for_internal_review,
)
from tillit.policy.services.in_force import bring_guidelines_into_force
from tillit.policy.services.publication import approve_version, publish_version

NEW_BODY = "Harassment now also covers coordinated pile-ons in meeting chats."


@pytest.fixture
def team(make_staff):
    return {
        "lead": make_staff("lead", role=Role.POLICY),
        "reviewer": make_staff("rev", role=Role.LEGAL),
        "panel": make_staff("panelist", role=Role.APPEALS_PANEL, tier=4),
    }


def publish(team, *, effective_at=None):
    lead = team["lead"]
    version = create_draft(
        actor=lead,
        summary="Harassment names pile-ons.",
        changes={"harassment": {"body_en": NEW_BODY}},
    )
    submit_for_internal_review(
        version_id=version.pk, actor=lead, reviewers=[team["reviewer"]]
    )
    sign_off_version(version_id=version.pk, reviewer=team["reviewer"])
    open_consultation(
        version_id=version.pk,
        actor=lead,
        invitees=[{"email": "a@ngo.example", "name": "Ada"}],
    )
    close_consultation(version_id=version.pk, actor=lead)
    approve_version(version_id=version.pk, approver=lead)
    approve_version(version_id=version.pk, approver=team["panel"])
    return publish_version(version_id=version.pk, actor=lead, effective_at=effective_at)


def old_body() -> str:
    return GuidelinesVersion.objects.get(number=1).content["harassment"]["body_en"]


def suspend(analyst, meeting_id, file_report, make_meeting, account):
    make_meeting(meeting_id, account)
    file_report(meeting_id)
    case = claim_next_case(reviewer=analyst, tier=1)
    return decide_case(
        case_id=case.pk,
        reviewer=analyst,
        outcome="violation",
        standard="harassment",
        actions=[{"type": "suspend_account", "days": 3}],
        rationale="Pile-on in the chat.",
    )


@pytest.mark.django_db
def test_a_statement_quotes_the_version_the_decision_applied(
    team, make_staff, file_report, make_meeting, english_account
):
    """Decided under version 1, approved after version 2 is in force: the
    statement of reasons quotes version 1, the rule the analyst applied."""
    analyst, approver = make_staff("a2", tier=2), make_staff("a3", tier=3)
    decision = suspend(analyst, "610000001", file_report, make_meeting, english_account)
    publish(team)
    assert Standard.objects.get(slug="harassment").body_en == NEW_BODY
    approve_decision(decision_id=decision.pk, approver=approver)
    statement = StatementOfReasons.objects.get(decision=decision)
    assert decision.policy_version.number == 1
    assert old_body() in statement.body and NEW_BODY not in statement.body


@pytest.mark.django_db(transaction=True)
def test_a_version_published_for_a_future_date_comes_into_force_on_that_date(
    client, team, make_staff, file_report, make_meeting, english_account
):
    analyst, approver = make_staff("a2", tier=2), make_staff("a3", tier=3)
    effective = timezone.now() + timedelta(days=2)
    v2 = publish(team, effective_at=effective)
    # Until the date, version 1 is in force everywhere, and decisions apply it.
    assert get_version_in_force().number == 1
    assert Standard.objects.get(slug="harassment").body_en == old_body()
    before = suspend(analyst, "610000002", file_report, make_meeting, english_account)
    approve_decision(decision_id=before.pk, approver=approver)
    assert before.policy_version.number == 1
    assert NEW_BODY not in client.get("/guidelines/").text

    with time_machine.travel(effective + timedelta(minutes=1)):
        # The worker runs the task publishing enqueued for the effective date.
        call_command(
            "worker",
            "run",
            "--batch",
            "--no-startup-delay",
            "--no-reload",
            verbosity=0,
        )
        assert Standard.objects.get(slug="harassment").body_en == NEW_BODY
        assert get_version_in_force().pk == v2.pk
        assert NEW_BODY in client.get("/guidelines/").text
        after = suspend(
            analyst, "610000003", file_report, make_meeting, english_account
        )
        approve_decision(decision_id=after.pk, approver=approver)
        assert bring_guidelines_into_force() is None  # once only

    assert after.policy_version_id == v2.pk
    assert NEW_BODY in StatementOfReasons.objects.get(decision=after).body
    earlier = StatementOfReasons.objects.get(decision=before).body
    assert old_body() in earlier and NEW_BODY not in earlier
    v2.refresh_from_db()
    assert v2.in_force_since is not None
    assert AuditEvent.objects.filter(
        verb="policy.in_force", target_id=str(v2.pk)
    ).exists()

"""Each step of the guidelines' work is refused, in the service itself, to
anyone without the right, and a refused step changes nothing: no row, no audit
event, no email (STYLE R11, A7)."""

from datetime import timedelta

import pytest
import time_machine
from django.contrib.auth.models import AnonymousUser
from django.utils import timezone

from tillit.core.models import AuditEvent, OutboxMessage, Role
from tillit.policy import permissions
from tillit.policy.errors import NotPolicyTeam
from tillit.policy.models import (
    ConsultationInvitation,
    GuidelinesVersion,
    PolicyApproval,
    PolicyComment,
    PolicyReviewer,
    Standard,
    StandardReview,
    Suggestion,
)
from tillit.policy.services.consultation import close_consultation, open_consultation
from tillit.policy.services.drafts import (
    create_draft,
    sign_off_version,
    submit_for_internal_review,
)
from tillit.policy.services.publication import approve_version, publish_version
from tillit.policy.services.reviews import record_standard_review
from tillit.policy.services.suggestions import submit_suggestion, triage_suggestion

INVITEES = [{"email": "a@ngo.example", "name": "Ada"}]


@pytest.fixture
def people(make_staff):
    inactive = make_staff("gone", role=Role.POLICY)
    inactive.is_active = False
    inactive.save(update_fields=["is_active"])
    return {
        "lead": make_staff("lead", role=Role.POLICY),
        "reviewer": make_staff("rev", role=Role.LEGAL),
        "panel": make_staff("panelist", role=Role.APPEALS_PANEL, tier=4),
        "admin": make_staff("root", role=Role.ADMIN, tier=4),
        "legal": make_staff("lawyer", role=Role.LEGAL),
        "analyst": make_staff("ana", tier=3),
        "inactive_lead": inactive,
        "anonymous": AnonymousUser(),
    }


def version_at(people, stage: str) -> GuidelinesVersion:
    """A draft taken by the right people up to `stage`."""
    lead, reviewer, panel = people["lead"], people["reviewer"], people["panel"]
    version = create_draft(
        actor=lead,
        summary="Harassment names pile-ons.",
        changes={"harassment": {"body_en": "No pile-ons."}},
    )
    pk = version.pk
    if stage == "draft":
        return version
    submit_for_internal_review(version_id=pk, actor=lead, reviewers=[reviewer])
    if stage == "internal_review":
        return version
    sign_off_version(version_id=pk, reviewer=reviewer)
    if stage == "signed_off":
        return version
    open_consultation(version_id=pk, actor=lead, invitees=INVITEES)
    if stage == "consultation":
        return version
    close_consultation(version_id=pk, actor=lead)
    if stage == "approval":
        return version
    approve_version(version_id=pk, approver=lead)
    approve_version(version_id=pk, approver=panel)
    assert stage == "approved", stage
    return version


def snapshot() -> dict:
    """Everything a step of the guidelines' work could change."""
    return {
        "versions": list(
            GuidelinesVersion.objects.order_by("pk").values_list(
                "pk", "status", "published_at", "in_force_since"
            )
        ),
        "reviewers": list(
            PolicyReviewer.objects.order_by("pk").values_list("pk", "signed_off_at")
        ),
        "comments": PolicyComment.objects.count(),
        "invitations": ConsultationInvitation.objects.count(),
        "approvals": PolicyApproval.objects.count(),
        "suggestions": list(
            Suggestion.objects.order_by("pk").values_list(
                "pk", "status", "answer", "triaged_at"
            )
        ),
        "reviews": StandardReview.objects.count(),
        "standards": list(
            Standard.objects.order_by("slug").values_list(
                "slug", "next_review_on", "body_en"
            )
        ),
        "audit_events": AuditEvent.objects.count(),
        "outbox": OutboxMessage.objects.count(),
    }


def assert_refused_and_unchanged(call):
    before = snapshot()
    with pytest.raises(NotPolicyTeam):
        call()
    assert snapshot() == before


NOT_POLICY_TEAM = ["analyst", "legal", "panel", "inactive_lead", "anonymous"]


@pytest.mark.django_db
@pytest.mark.parametrize("who", NOT_POLICY_TEAM)
def test_only_the_policy_team_drafts(people, who):
    assert_refused_and_unchanged(
        lambda: create_draft(
            actor=people[who],
            summary="A change",
            changes={"harassment": {"body_en": "Something else."}},
        )
    )


@pytest.mark.django_db
@pytest.mark.parametrize("who", NOT_POLICY_TEAM)
def test_only_the_policy_team_sends_a_draft_to_internal_review(people, who):
    version = version_at(people, "draft")
    assert_refused_and_unchanged(
        lambda: submit_for_internal_review(
            version_id=version.pk, actor=people[who], reviewers=[people["reviewer"]]
        )
    )


@pytest.mark.django_db
@pytest.mark.parametrize("who", ["lead", "admin", "panel", "analyst", "legal"])
def test_only_a_named_reviewer_signs_off(people, who):
    """Staff who were not named may not sign off, whatever their role."""
    version = version_at(people, "internal_review")
    assert_refused_and_unchanged(
        lambda: sign_off_version(
            version_id=version.pk, reviewer=people[who], comment="Fine by me."
        )
    )


@pytest.mark.django_db
@pytest.mark.parametrize("who", NOT_POLICY_TEAM)
def test_only_the_policy_team_opens_a_consultation(people, who):
    version = version_at(people, "signed_off")
    assert_refused_and_unchanged(
        lambda: open_consultation(
            version_id=version.pk, actor=people[who], invitees=INVITEES
        )
    )


@pytest.mark.django_db
@pytest.mark.parametrize("who", NOT_POLICY_TEAM)
def test_only_the_policy_team_closes_a_consultation(people, who):
    version = version_at(people, "consultation")
    assert_refused_and_unchanged(
        lambda: close_consultation(version_id=version.pk, actor=people[who])
    )


@pytest.mark.django_db
@pytest.mark.parametrize("who", ["admin", "legal", "analyst", "inactive_lead"])
def test_only_a_policy_lead_or_a_panel_member_approves(people, who):
    """Administrators do not approve: the two approvals are the two roles'."""
    version = version_at(people, "approval")
    assert_refused_and_unchanged(
        lambda: approve_version(version_id=version.pk, approver=people[who])
    )


@pytest.mark.django_db
@pytest.mark.parametrize("who", NOT_POLICY_TEAM)
def test_only_the_policy_team_publishes(people, who):
    version = version_at(people, "approved")
    assert_refused_and_unchanged(
        lambda: publish_version(version_id=version.pk, actor=people[who])
    )


@pytest.mark.django_db
@pytest.mark.parametrize("who", NOT_POLICY_TEAM)
def test_only_the_policy_team_triages_suggestions(people, who):
    suggestion = submit_suggestion(
        name="Sara",
        email="sara@rights.example",
        organisation="",
        standard="harassment",
        text="Name pile-ons.",
    )
    assert_refused_and_unchanged(
        lambda: triage_suggestion(
            suggestion_id=suggestion.pk,
            actor=people[who],
            status=Suggestion.Status.DECLINED,
            answer="No.",
        )
    )


@pytest.mark.django_db
@pytest.mark.parametrize("who", ["legal", "analyst", "inactive_lead", "anonymous"])
def test_only_the_policy_team_and_the_panel_record_reviews(people, who):
    with time_machine.travel(timezone.now() + timedelta(days=400)):
        assert_refused_and_unchanged(
            lambda: record_standard_review(
                slug="harassment",
                actor=people[who],
                outcome=StandardReview.Outcome.KEPT,
            )
        )


@pytest.mark.django_db
def test_who_may_do_what(people):
    """The whole table, so a change to any permission shows here."""
    table = {
        permissions.can_draft_guidelines: {"lead", "admin"},
        permissions.can_run_consultation: {"lead", "admin"},
        permissions.can_approve_version: {"lead", "panel"},
        permissions.can_publish_version: {"lead", "admin"},
        permissions.can_triage_suggestions: {"lead", "admin"},
        permissions.can_record_standard_review: {"lead", "panel", "admin"},
    }
    for can, allowed in table.items():
        assert {who for who, user in people.items() if can(user)} == allowed, can
    version = version_at(people, "internal_review")
    assert {
        who
        for who, user in people.items()
        if who != "anonymous"
        and permissions.can_sign_off_version(user, version=version)
    } == {"reviewer"}

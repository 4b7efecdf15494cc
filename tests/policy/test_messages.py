"""What an invited stakeholder and a proposer receive, written in the
language the policy team works in (no language is known for them)."""

import pytest
from django.utils import translation

from tillit.core.models import Role
from tillit.policy.services.consultation import open_consultation
from tillit.policy.services.drafts import (
    create_draft,
    sign_off_version,
    submit_for_internal_review,
)
from tillit.policy.services.suggestions import submit_suggestion, triage_suggestion


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("language", "subject", "greeting", "cue"),
    [
        (
            "en",
            "Consultation: a draft of our Acceptable Use Guidelines",
            "Hello Ada,",
            "Read the draft and comment here (no account needed):",
        ),
        (
            "sv",
            "Remiss: ett utkast till våra riktlinjer för godtagbar användning",
            "Hej Ada,",
            "Läs utkastet och lämna synpunkter här (inget konto behövs):",
        ),
    ],
)
def test_consultation_invitation_is_in_the_senders_language(
    make_staff, deliver, language, subject, greeting, cue
):
    lead = make_staff("lead", role=Role.POLICY)
    reviewer = make_staff("rev", role=Role.LEGAL)
    version = create_draft(
        actor=lead,
        summary="Harassment names pile-ons.",
        changes={"harassment": {"body_en": "No pile-ons."}},
    )
    submit_for_internal_review(version_id=version.pk, actor=lead, reviewers=[reviewer])
    sign_off_version(version_id=version.pk, reviewer=reviewer)
    with translation.override(language):
        (invitation,) = open_consultation(
            version_id=version.pk,
            actor=lead,
            invitees=[{"email": "ada@ngo.example", "name": "Ada"}],
        )
    (mail,) = deliver()
    assert mail.to == ["ada@ngo.example"] and mail.subject == subject
    assert mail.body.startswith(greeting)
    assert cue in mail.body and "Harassment names pile-ons." in mail.body
    assert "/consultation/" in mail.body


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("language", "subject", "thanks"),
    [
        (
            "en",
            "Your suggestion for our Acceptable Use Guidelines",
            "Hello Sara,\n\nThank you for your suggestion. Not now.",
        ),
        (
            "sv",
            "Ditt förslag till våra riktlinjer för godtagbar användning",
            "Hej Sara,\n\nTack för ditt förslag. Not now.",
        ),
    ],
)
def test_answer_to_a_suggestion_is_in_the_senders_language(
    make_staff, deliver, language, subject, thanks
):
    lead = make_staff("lead", role=Role.POLICY)
    suggestion = submit_suggestion(
        name="Sara",
        email="sara@rights.example",
        organisation="",
        standard="",
        text="Name pile-ons.",
    )
    with translation.override(language):
        triage_suggestion(
            suggestion_id=suggestion.pk,
            actor=lead,
            status="declined",
            answer="Not now.",
        )
    (mail,) = deliver()
    assert mail.to == ["sara@rights.example"] and mail.subject == subject
    assert mail.body.startswith(thanks)

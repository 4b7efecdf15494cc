"""In real Chromium: an outside stakeholder comments on a draft through the
invitation link, without an account."""

import re

import pytest

from tillit.core.models import Role
from tillit.policy.models import PolicyComment
from tillit.policy.services.consultation import open_consultation
from tillit.policy.services.drafts import (
    create_draft,
    sign_off_version,
    submit_for_internal_review,
)

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_stakeholder_comments_through_the_invitation_link(
    page, live_server, make_staff, deliver
):
    lead = make_staff("lead", role=Role.POLICY)
    reviewer = make_staff("legal", role=Role.LEGAL)
    version = create_draft(
        actor=lead,
        summary="Self-harm notices now include support resources.",
        changes={
            "self_harm": {
                "body_en": "Do not encourage self-harm. Someone at risk is offered support lines first."
            }
        },
    )
    submit_for_internal_review(version_id=version.pk, actor=lead, reviewers=[reviewer])
    sign_off_version(version_id=version.pk, reviewer=reviewer)
    open_consultation(
        version_id=version.pk,
        actor=lead,
        invitees=[
            {
                "email": "sara@rights.example",
                "name": "Sara",
                "organisation": "Rights SE",
            }
        ],
    )
    mail = deliver()[-1]
    path = re.search(r"http://[^/\s]+(/consultation/\S+/)", mail.body).group(1)

    page.goto(live_server.url + path)
    assert "Welcome, Sara" in page.inner_text("main")
    assert "support lines first" in page.inner_text("#changes")
    page.fill("#id_body", "Please list the support lines per country.")
    with page.expect_navigation():
        page.click("text=Send comment")
    assert "Thank you" in page.inner_text(".messages")
    assert "Please list the support lines per country." in page.inner_text("main")
    comment = PolicyComment.objects.get()
    assert comment.invitation.name == "Sara" and comment.author is None

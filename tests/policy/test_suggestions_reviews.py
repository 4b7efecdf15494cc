from datetime import timedelta

import pytest
import time_machine
from django.utils import timezone

from tillit.core.models import Role
from tillit.policy.models import Standard, StandardReview, Suggestion
from tillit.policy.services.drafts import create_draft


@pytest.fixture
def lead(make_staff):
    return make_staff("lead", role=Role.POLICY)


@pytest.mark.django_db
def test_public_suggestion_is_triaged_into_a_draft_and_the_proposer_told(
    client, lead, deliver
):
    """A suggestion goes from the public form to the desk, is accepted only
    with a draft and an answer, and the proposer is told.

    Long because it follows one suggestion through both pages and the mail.
    """
    form = {
        "name": "Sara",
        "email": "sara@rights.example",
        "organisation": "Rights SE",
        "standard": "harassment",
        "text": "Name coordinated pile-ons.",
    }
    assert (
        client.post("/guidelines/suggest/", {**form, "email": "nope"}).status_code
        == 422
    )
    assert client.post("/guidelines/suggest/", {**form, "text": ""}).status_code == 422
    assert (
        client.post(
            "/guidelines/suggest/", {**form, "standard": "nonsense"}
        ).status_code
        == 422
    )
    assert not Suggestion.objects.exists()
    assert client.post("/guidelines/suggest/", form).status_code == 302
    suggestion = Suggestion.objects.get()

    draft = create_draft(
        actor=lead,
        summary="Pile-ons",
        changes={"harassment": {"body_en": "No pile-ons."}},
    )
    client.force_login(lead)
    page = client.get("/console/policy/")
    assert "Name coordinated pile-ons." in page.text
    # Accepting needs a draft linked and an answer.
    client.post(
        "/console/policy/",
        {
            "form": "triage",
            "suggestion": suggestion.pk,
            "status": "accepted",
            "answer": "Yes",
        },
    )
    suggestion.refresh_from_db()
    assert suggestion.status == "new"
    client.post(
        "/console/policy/",
        {
            "form": "triage",
            "suggestion": suggestion.pk,
            "status": "accepted",
            "version": draft.pk,
            "answer": "Draft version 2 takes this up.",
        },
    )
    suggestion.refresh_from_db()
    assert (suggestion.status, suggestion.version_id) == ("accepted", draft.pk)
    mail = deliver()[-1]
    assert (
        mail.to == ["sara@rights.example"]
        and "Draft version 2 takes this up." in mail.body
    )


@pytest.mark.django_db
def test_overdue_reviews_are_listed_and_recorded(client, lead, make_staff):
    panelist = make_staff("pan", role=Role.APPEALS_PANEL, tier=4)
    analyst = make_staff("ana", tier=1)
    client.force_login(analyst)
    assert client.get("/console/policy/").status_code == 403
    with time_machine.travel(timezone.now() + timedelta(days=400)):
        client.force_login(panelist)
        page = client.get("/console/policy/").text
        assert "Harassment and bullying" in page[page.index('id="reviews"') :]
        bad = client.post(
            "/console/policy/",
            {"form": "review", "standard": "harassment", "outcome": "draft_opened"},
        )
        assert bad.status_code == 302 and not StandardReview.objects.exists()
        client.post(
            "/console/policy/",
            {
                "form": "review",
                "standard": "harassment",
                "outcome": "kept",
                "note": "Still fits.",
            },
        )
        review = StandardReview.objects.get()
        assert (review.standard_id, review.outcome, review.reviewer) == (
            "harassment",
            "kept",
            panelist,
        )
        assert (
            Standard.objects.get(slug="harassment").next_review_on
            > timezone.localdate()
        )
        page = client.get("/console/policy/").text
        assert "Harassment and bullying" not in page[page.index('id="reviews"') :]

"""The update process through the policy pages of the console."""

import pytest

from tillit.core.models import Role
from tillit.policy.models import GuidelinesVersion


@pytest.mark.django_db
def test_the_process_through_the_pages(client, make_staff, deliver):
    lead = make_staff("lead", role=Role.POLICY)
    legal = make_staff("legal", role=Role.LEGAL)
    panelist = make_staff("pan", role=Role.APPEALS_PANEL, tier=4)
    client.force_login(lead)
    form = client.get("/console/policy/drafts/new/?standard=fraud")
    assert "Fraud and scams" in form.text
    bad = client.post(
        "/console/policy/drafts/new/", {"standard": "fraud", "summary": ""}
    )
    assert bad.status_code == 422 and GuidelinesVersion.objects.count() == 1
    response = client.post(
        "/console/policy/drafts/new/",
        {
            "standard": "fraud",
            "summary": "Name crypto giveaways.",
            "body_en": "Do not deceive people for money or data, including crypto giveaways.",
        },
    )
    version = GuidelinesVersion.objects.get(number=2)
    url = f"/console/policy/versions/{version.pk}/"
    assert response["Location"] == url
    assert "crypto giveaways" in client.get(url).text

    def step(user, **data):
        client.force_login(user)
        client.post(url, data)
        version.refresh_from_db()
        return version.status

    assert step(lead, step="publish") == "draft"  # refused: nothing skips a step
    assert step(lead, step="review", reviewers=[legal.pk]) == "internal_review"
    assert step(legal, step="sign_off", comment="Fine.") == "internal_review"
    assert (
        step(lead, step="consult", invitees="Sara, sara@rights.example, Rights SE")
        == "consultation"
    )
    assert deliver()[-1].to == ["sara@rights.example"]
    assert step(lead, step="close") == "approval"
    assert step(lead, step="approve") == "approval"
    assert step(lead, step="publish") == "approval"  # one approval is not enough
    assert step(panelist, step="approve") == "approval"
    assert step(lead, step="publish") == "published"
    assert "crypto giveaways" in client.get("/guidelines/").text


@pytest.mark.django_db
def test_analysts_do_not_reach_the_policy_pages(client, make_staff):
    client.force_login(make_staff("ana", tier=1))
    assert client.get("/console/policy/drafts/new/").status_code == 403
    assert client.get("/console/policy/").status_code == 403

"""The policy version page's steps: the invitee lines and the in-force date
are parsed before any service runs, and bad input changes nothing."""

import pytest

from tillit.console.forms import parse_effective_at, parse_invitees
from tillit.core.errors import InvalidInput
from tillit.core.models import Role
from tillit.policy.models import GuidelinesVersion
from tillit.policy.services.drafts import (
    create_draft,
    sign_off_version,
    submit_for_internal_review,
)


def test_invitee_lines_become_name_email_and_organisation():
    """Blank lines and lines of commas are skipped, spaces trimmed, extra
    columns dropped and missing ones left out, for the service to refuse."""
    text = (
        "Sara Berg, sara@rights.example, Rights SE\n"
        "\n"
        " , ,\n"
        "Ada,ada@ngo.example\n"
        "Bo, bo@ngo.example, NGO, extra, columns\n"
        "Only a name\n"
    )
    assert parse_invitees(text) == [
        {
            "name": "Sara Berg",
            "email": "sara@rights.example",
            "organisation": "Rights SE",
        },
        {"name": "Ada", "email": "ada@ngo.example"},
        {"name": "Bo", "email": "bo@ngo.example", "organisation": "NGO"},
        {"name": "Only a name"},
    ]
    assert parse_invitees("") == [] and parse_invitees("\n ,\n") == []


def test_the_in_force_date_is_a_local_date_and_time_or_nothing():
    assert parse_effective_at("") is None
    when = parse_effective_at("2030-01-01T10:00")
    assert when.tzinfo is not None and (when.year, when.hour) == (2030, 10)
    for bad in ("next tuesday", "2030-13-01T10:00", "10:00 1/1/2030"):
        with pytest.raises(InvalidInput) as caught:
            parse_effective_at(bad)
        assert caught.value.fields == {"effective_at": ["Give a date and time."]}


@pytest.fixture
def lead(make_staff):
    return make_staff("lead", role=Role.POLICY)


@pytest.fixture
def version(lead):
    return create_draft(
        actor=lead,
        summary="Name crypto giveaways.",
        changes={"fraud": {"body_en": "Do not deceive people, crypto included."}},
    )


def post_step(client, version, **data):
    """Post one step; return the page it leads to and the version's status."""
    page = client.post(
        f"/console/policy/versions/{version.pk}/", data, follow=True
    ).text
    version.refresh_from_db()
    return page, version.status


@pytest.mark.django_db
def test_a_bad_invitee_line_opens_no_consultation(
    client, lead, version, make_staff, deliver
):
    legal = make_staff("legal", role=Role.LEGAL)
    submit_for_internal_review(version_id=version.pk, actor=lead, reviewers=[legal])
    sign_off_version(version_id=version.pk, reviewer=legal)
    client.force_login(lead)
    sent = len(deliver())
    page, status = post_step(
        client, version, step="consult", invitees="Sara, sara@rights.example\nBo"
    )
    assert "Give a name and an email address." in page
    assert status == "internal_review" and not version.invitations.exists()
    page, status = post_step(client, version, step="consult", invitees="\n , \n")
    assert "Invite at least one outside stakeholder." in page
    assert status == "internal_review" and len(deliver()) == sent


@pytest.mark.django_db
def test_a_bad_date_or_an_unknown_step_changes_nothing(client, lead, version):
    client.force_login(lead)
    page, status = post_step(client, version, step="publish", effective_at="soon")
    assert "Give a date and time." in page and status == "draft"
    page, status = post_step(client, version, step="skip_to_the_end")
    assert "Unknown action." in page and status == "draft"
    assert GuidelinesVersion.objects.filter(status="published").count() == 1


@pytest.mark.django_db
@pytest.mark.parametrize("bad", ["abc", "²", "1" * 30, "-3"])
def test_a_reviewer_that_is_not_an_id_is_a_form_error(client, lead, version, bad):
    client.force_login(lead)
    page, status = post_step(client, version, step="review", reviewers=[bad])
    assert "Choose reviewers from the list." in page and status == "draft"
    assert not version.reviewers.exists()


@pytest.mark.django_db
@pytest.mark.parametrize("bad", ["abc", "²", "9" * 30, ""])
def test_a_triage_of_a_suggestion_that_is_not_an_id_changes_nothing(
    client, lead, version, bad
):
    client.force_login(lead)
    page = client.post(
        "/console/policy/",
        {
            "form": "triage",
            "suggestion": bad,
            "status": "accepted",
            "answer": "Thanks.",
            "version": "²",
        },
        follow=True,
    )
    assert page.status_code == 200
    assert "There is no such suggestion." in page.text


@pytest.mark.django_db
def test_a_review_naming_a_version_that_is_not_an_id_is_recorded_without_one(
    client, lead
):
    client.force_login(lead)
    page = client.post(
        "/console/policy/",
        {"standard": "harassment", "outcome": "", "note": "x", "version": "²"},
        follow=True,
    )
    assert page.status_code == 200

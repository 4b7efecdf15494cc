"""The guidelines' update process, step by step; nothing skips a step (S22)."""

import re
from datetime import timedelta
from xml.etree import ElementTree

import pytest
from django.utils import timezone

from tillit.cases.services.claims import claim_next_case
from tillit.cases.services.decisions import decide_case
from tillit.core.errors import InvalidInput
from tillit.core.models import AuditEvent, Role
from tillit.policy.errors import NotPolicyTeam, PolicyStepMissing
from tillit.policy.models import GuidelinesVersion, PolicyComment
from tillit.policy.selectors import get_version_in_force
from tillit.policy.services.consultation import (
    close_consultation,
    comment_as_stakeholder,
    open_consultation,
)
from tillit.policy.services.drafts import (
    create_draft,
    sign_off_version,
    submit_for_internal_review,
)
from tillit.policy.services.publication import approve_version, publish_version

NEW_BODY = (
    "Do not target people with unwanted, repeated or degrading behaviour, "
    "including coordinated pile-ons in meeting chats."
)


@pytest.fixture
def team(make_staff):
    return {
        "lead": make_staff("lead", role=Role.POLICY),
        "reviewer": make_staff("rev", role=Role.LEGAL),
        "panel": make_staff("panelist", role=Role.APPEALS_PANEL, tier=4),
        "analyst": make_staff("ana", tier=2),
    }


def draft(team):
    return create_draft(
        actor=team["lead"],
        summary="Harassment now names coordinated pile-ons.",
        changes={"harassment": {"body_en": NEW_BODY}},
    )


def in_consultation(team, deliver):
    """A draft taken through internal review into consultation, with one
    stakeholder (Ada) invited; return it and her link's token."""
    version = draft(team)
    submit_for_internal_review(
        version_id=version.pk, actor=team["lead"], reviewers=[team["reviewer"]]
    )
    sign_off_version(version_id=version.pk, reviewer=team["reviewer"])
    open_consultation(
        version_id=version.pk,
        actor=team["lead"],
        invitees=[{"email": "a@ngo.example", "name": "Ada"}],
    )
    return version, token_of(deliver()[-1])


def token_of(mail) -> str:
    return re.search(r"/consultation/([^/\s]+)/", mail.body).group(1)


@pytest.mark.django_db
def test_every_step_is_needed_in_order(team, deliver):
    """One walk through the whole process: each step that would skip one is
    refused where it stands, and the audit trail lists every step in order.

    Long because it is one story: split up, each part would have to rebuild
    the version's history up to its step.
    """
    version = draft(team)
    lead = team["lead"]
    # Publishing, approving or consulting straight from a draft is refused.
    with pytest.raises(PolicyStepMissing):
        publish_version(version_id=version.pk, actor=lead)
    with pytest.raises(PolicyStepMissing):
        approve_version(version_id=version.pk, approver=team["panel"])
    with pytest.raises(PolicyStepMissing):
        open_consultation(
            version_id=version.pk,
            actor=lead,
            invitees=[{"email": "a@ngo.org", "name": "A"}],
        )

    submit_for_internal_review(
        version_id=version.pk, actor=lead, reviewers=[team["reviewer"]]
    )
    with pytest.raises(PolicyStepMissing, match="sign off"):
        open_consultation(
            version_id=version.pk,
            actor=lead,
            invitees=[{"email": "a@ngo.org", "name": "A"}],
        )
    with pytest.raises(NotPolicyTeam):
        sign_off_version(version_id=version.pk, reviewer=team["analyst"])
    sign_off_version(
        version_id=version.pk, reviewer=team["reviewer"], comment="Clear to me."
    )

    with pytest.raises(InvalidInput):
        open_consultation(version_id=version.pk, actor=lead, invitees=[])
    open_consultation(
        version_id=version.pk,
        actor=lead,
        invitees=[
            {
                "email": "policy@ngo.example",
                "name": "Sara",
                "organisation": "Digital Rights SE",
            }
        ],
    )
    invitation_mail = deliver()[-1]
    assert invitation_mail.to == ["policy@ngo.example"]
    with pytest.raises(PolicyStepMissing):
        approve_version(version_id=version.pk, approver=team["panel"])
    comment_as_stakeholder(
        token=token_of(invitation_mail), body="Please define pile-on."
    )
    close_consultation(version_id=version.pk, actor=lead)

    approve_version(version_id=version.pk, approver=lead)
    with pytest.raises(PolicyStepMissing, match="both approve"):
        publish_version(version_id=version.pk, actor=lead)
    with pytest.raises(NotPolicyTeam):
        approve_version(version_id=version.pk, approver=team["analyst"])
    approve_version(version_id=version.pk, approver=team["panel"])
    publish_version(version_id=version.pk, actor=lead)

    version.refresh_from_db()
    assert version.status == GuidelinesVersion.Status.PUBLISHED
    assert get_version_in_force().pk == version.pk
    verbs = list(
        AuditEvent.objects.filter(
            target_type="policy.guidelinesversion", target_id=str(version.pk)
        )
        .order_by("id")
        .values_list("verb", flat=True)
    )
    assert verbs == [
        "policy.draft_created",
        "policy.internal_review_started",
        "policy.signed_off",
        "policy.consultation_opened",
        "policy.stakeholder_commented",
        "policy.consultation_closed",
        "policy.approved",
        "policy.approved",
        "policy.published",
        "policy.in_force",
    ]
    assert PolicyComment.objects.filter(invitation__isnull=False).count() == 1


@pytest.mark.django_db
def test_comment_after_consultation_closed_is_refused(team, deliver):
    version, token = in_consultation(team, deliver)
    close_consultation(version_id=version.pk, actor=team["lead"])
    with pytest.raises(PolicyStepMissing):
        comment_as_stakeholder(token=token, body="Too late?")
    assert not PolicyComment.objects.exists()


def _publish(team, deliver):
    version, _token = in_consultation(team, deliver)
    close_consultation(version_id=version.pk, actor=team["lead"])
    approve_version(version_id=version.pk, approver=team["lead"])
    approve_version(version_id=version.pk, approver=team["panel"])
    return publish_version(version_id=version.pk, actor=team["lead"])


@pytest.mark.django_db
def test_changelog_feed_and_decisions_cite_their_version(
    client, team, deliver, file_report, english_account, make_meeting
):
    analyst = team["analyst"]
    make_meeting("600000001", english_account)
    make_meeting("600000002", english_account)
    file_report("600000001")
    before = decide_case(
        case_id=claim_next_case(reviewer=analyst, tier=1).pk,
        reviewer=analyst,
        outcome="violation",
        standard="harassment",
        actions=["warning"],
        rationale="Old rule.",
    )
    v2 = _publish(team, deliver)
    file_report("600000002")
    after = decide_case(
        case_id=claim_next_case(reviewer=analyst, tier=1).pk,
        reviewer=analyst,
        outcome="violation",
        standard="harassment",
        actions=["warning"],
        rationale="New rule.",
    )
    assert before.policy_version.number == 1 and after.policy_version_id == v2.pk
    assert "pile-ons" not in before.policy_version.text_of("harassment", "en")["body"]
    assert "pile-ons" in after.policy_version.text_of("harassment", "en")["body"]

    page = client.get("/guidelines/changelog/").text
    assert 'id="v2"' in page and "Harassment now names coordinated pile-ons." in page
    assert "<ins>+" in page and "pile-ons in meeting chats" in page and "<del>-" in page
    assert "pile-ons" in client.get("/guidelines/").text

    feed = client.get("/guidelines/changelog.atom")
    assert feed["Content-Type"].startswith("application/atom+xml")
    root = ElementTree.fromstring(feed.content)
    ns = {"a": "http://www.w3.org/2005/Atom"}
    titles = [e.findtext("a:title", namespaces=ns) for e in root.findall("a:entry", ns)]
    assert titles[0] == "Version 2" and "Version 1" in titles

    # The console shows each decision with the text it applied.
    client.force_login(analyst)
    old_case = client.get(f"/console/cases/{before.case_id}/").text
    decisions = old_case[
        old_case.index('id="decisions"') : old_case.index('id="history"')
    ]
    assert "Version 1" in decisions and "pile-ons" not in decisions


@pytest.mark.django_db
def test_bad_draft_input_stores_nothing(team):
    for summary, changes in [
        ("", {"harassment": {"body_en": "x"}}),
        ("A change", {"nonsense": {"body_en": "x"}}),
        ("A change", {"harassment": {"severity": "low"}}),
        ("A change", {"harassment": {"body_en": "  "}}),
        ("Nothing", {}),
    ]:
        with pytest.raises(InvalidInput):
            create_draft(actor=team["lead"], summary=summary, changes=changes)
    with pytest.raises(NotPolicyTeam):
        create_draft(
            actor=team["analyst"], summary="x", changes={"harassment": {"body_en": "y"}}
        )
    assert GuidelinesVersion.objects.count() == 1


@pytest.mark.django_db
def test_consultation_page_bad_links_and_input(client, team, deliver):
    version, token = in_consultation(team, deliver)
    assert client.get("/consultation/forged:token/").status_code == 404
    page = client.get(f"/consultation/{token}/")
    assert page.status_code == 200 and "Ada" in page.text and "pile-ons" in page.text
    assert client.post(f"/consultation/{token}/", {"body": ""}).status_code == 422
    assert not PolicyComment.objects.exists()
    assert (
        client.post(f"/consultation/{token}/", {"body": "Define pile-on."}).status_code
        == 302
    )
    assert PolicyComment.objects.get().body == "Define pile-on."
    assert timezone.now() - PolicyComment.objects.get().created_at < timedelta(
        minutes=1
    )

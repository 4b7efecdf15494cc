"""Appeals to an independent panel (S17, S18)."""

import json
from datetime import timedelta

import pytest
import time_machine
from django.utils import timezone

from tests.helpers import appeal_link
from tillit.appeals.errors import (
    AlreadyVoted,
    AppealExists,
    AppealWindowClosed,
    NotAppealable,
    NotOnPanel,
)
from tillit.appeals.models import Appeal, PanelSeat
from tillit.appeals.services import file_appeal, vote_on_appeal
from tillit.cases.links import appeal_url
from tillit.cases.services.claims import claim_next_case
from tillit.cases.services.decisions import decide_case
from tillit.core.errors import InvalidInput, InvalidLink


def token_of(url: str) -> str:
    return url.rstrip("/").rsplit("/", 1)[1]


@pytest.mark.django_db
def test_statement_of_reasons_links_to_the_appeal(client, suspension, deliver):
    statement = next(m for m in deliver() if "rektor@skola.se" in m.to)
    path = appeal_link(statement.body)
    page = client.get(path)
    assert page.status_code == 200 and "Slurs in class." in page.text


@pytest.mark.django_db
def test_panel_is_three_departments_none_involved_and_never_expired(panel, suspension):
    decision, analyst, approver = suspension
    # The analyst who decided also sits on the panel: they must not be chosen.
    from tillit.appeals.models import PanelMember

    PanelMember.objects.create(
        user=analyst,
        department="Trust",
        experience="senior",
        term_start=timezone.localdate() - timedelta(days=1),
        term_end=timezone.localdate() + timedelta(days=300),
    )
    url = appeal_url(decision, appellant="owner", email="rektor@skola.se")
    appeal = file_appeal(
        token=token_of(url), statement="We removed the troll ourselves."
    )
    seats = list(PanelSeat.objects.filter(appeal=appeal).select_related("member__user"))
    assert appeal.status == Appeal.Status.IN_REVIEW and len(seats) == 3
    assert len({s.member.department for s in seats}) == 3
    chosen = {s.member.user.username for s in seats}
    assert not chosen & {"decider", "approver", "p_expired"}


@pytest.mark.django_db
def test_overturn_restores_and_tells_owner_and_reporter(
    panel, suspension, deliver, webhook_receiver
):
    decision, *_ = suspension
    deliver()
    webhook_receiver.received.clear()
    url = appeal_url(decision, appellant="owner", email="rektor@skola.se")
    appeal = file_appeal(token=token_of(url), statement="Wrong account.", language="sv")
    voters = [s.member.user for s in appeal.seats.select_related("member__user")]
    vote_on_appeal(
        appeal_id=appeal.pk,
        member_user=voters[0],
        vote="overturned",
        reasons="Wrong account.",
    )
    with pytest.raises(AlreadyVoted):
        vote_on_appeal(
            appeal_id=appeal.pk, member_user=voters[0], vote="upheld", reasons="x"
        )
    vote_on_appeal(
        appeal_id=appeal.pk, member_user=voters[1], vote="overturned", reasons="Agreed."
    )
    appeal.refresh_from_db()
    assert (appeal.status, appeal.outcome) == ("decided", "overturned")
    mail = deliver()
    told = {
        tuple(m.to)
        for m in mail
        if "appeal" in m.subject.lower() or "överklag" in m.subject.lower()
    }
    assert ("rektor@skola.se", "it@skola.se") in told and ("elev@skola.se",) in told
    hooks = [json.loads(body) for _headers, body in webhook_receiver.received]
    restore = [h for h in hooks if h["type"] == "enforcement.restore"]
    assert restore and restore[0]["data"]["action"] == "suspend_account"
    assert restore[0]["data"]["target"] == {"type": "account", "id": "acc-sv"}


@pytest.mark.django_db
def test_late_second_and_forged_appeals_are_refused(panel, suspension):
    decision, *_ = suspension
    token = token_of(appeal_url(decision, appellant="owner", email="rektor@skola.se"))
    with pytest.raises(InvalidLink):
        file_appeal(token=token[:-4] + "abcd", statement="Forged")
    with (
        time_machine.travel(timezone.now() + timedelta(days=200)),
        pytest.raises(AppealWindowClosed),
    ):
        file_appeal(token=token, statement="Late")
    with pytest.raises(InvalidInput):
        file_appeal(token=token, statement="   ")
    assert not Appeal.objects.exists()
    file_appeal(token=token, statement="First")
    with pytest.raises(AppealExists):
        file_appeal(token=token, statement="Second")
    assert Appeal.objects.count() == 1


@pytest.mark.django_db
def test_refusals_show_a_clear_message_on_the_page(client, panel, suspension):
    decision, *_ = suspension
    path = appeal_url(decision, appellant="owner", email="rektor@skola.se").split(
        "8000", 1
    )[1]
    assert client.get("/appeal/forged:link/").status_code == 404
    assert client.post(path, {"statement": ""}).status_code == 422
    assert client.post(path, {"statement": "Please look again."}).status_code == 302
    again = client.post(path, {"statement": "And again."})
    assert again.status_code == 409 and "already been appealed" in again.text
    with time_machine.travel(timezone.now() + timedelta(days=200)):
        late = client.get(path)  # the appellant can still read the appeal's status
        assert late.status_code == 200 and 'id="appeal-status"' in late.text


@pytest.mark.django_db
def test_reporter_appeals_no_violation_but_owner_cannot(
    panel, file_report, make_staff, english_account, make_meeting, deliver
):
    make_meeting("700000001", english_account)
    file_report("700000001", email="r@example.org")
    analyst = make_staff("a2", tier=2)
    case = claim_next_case(reviewer=analyst, tier=1)
    decision = decide_case(
        case_id=case.pk,
        reviewer=analyst,
        outcome="no_violation",
        standard="harassment",
        actions=[],
        rationale="Heated, not abusive.",
    )
    outcome_mail = next(m for m in deliver() if "outcome" in m.subject.lower())
    path = appeal_link(outcome_mail.body)
    with pytest.raises(NotAppealable):
        file_appeal(
            token=token_of(appeal_url(decision, appellant="owner", email="o@x.se")),
            statement="x",
        )
    appeal = file_appeal(token=token_of(path), statement="It was abusive.")
    assert appeal.appellant == "reporter"


@pytest.mark.django_db
def test_only_active_panel_members_of_the_appeal_vote(panel, suspension, make_staff):
    decision, *_ = suspension
    appeal = file_appeal(
        token=token_of(
            appeal_url(decision, appellant="owner", email="rektor@skola.se")
        ),
        statement="Please review.",
    )
    outsider = make_staff("outsider", tier=3)
    with pytest.raises(NotOnPanel):
        vote_on_appeal(
            appeal_id=appeal.pk, member_user=outsider, vote="upheld", reasons="x"
        )
    member = appeal.seats.first().member
    with pytest.raises(InvalidInput):
        vote_on_appeal(
            appeal_id=appeal.pk, member_user=member.user, vote="maybe", reasons=""
        )
    with (
        time_machine.travel(timezone.now() + timedelta(days=400)),
        pytest.raises(NotOnPanel),
    ):
        vote_on_appeal(
            appeal_id=appeal.pk, member_user=member.user, vote="upheld", reasons="x"
        )
    assert not PanelSeat.objects.exclude(vote="").exists()


@pytest.mark.django_db
def test_with_too_few_departments_the_appeal_waits(suspension, make_staff):
    decision, *_ = suspension
    appeal = file_appeal(
        token=token_of(
            appeal_url(decision, appellant="owner", email="rektor@skola.se")
        ),
        statement="Please review.",
    )
    assert appeal.status == Appeal.Status.AWAITING_PANEL and not appeal.seats.exists()


@pytest.mark.django_db
def test_appeals_reach_the_tier_four_queue_and_are_voted_from_the_case(
    client, panel, suspension
):
    from tillit.cases.models import Case
    from tillit.cases.selectors import list_queue

    decision, *_ = suspension
    appeal = file_appeal(
        token=token_of(
            appeal_url(decision, appellant="owner", email="rektor@skola.se")
        ),
        statement="Please review.",
    )
    queue = list(list_queue(tier=4))
    assert [(c.target_type, c.target_id) for c in queue] == [
        ("decision", str(decision.pk))
    ]
    members = [s.member.user for s in appeal.seats.select_related("member__user")]
    for member in members[:2]:
        client.force_login(member)
        client.post("/console/queues/4/next/")
        case = Case.objects.get(target_type="decision")
        page = client.get(f"/console/cases/{case.pk}/").text
        assert 'id="appeal"' in page and "Please review." in page
        client.post(
            f"/console/appeals/{appeal.pk}/vote/",
            {"vote": "upheld", "reasons": "The rule applies.", "case": case.pk},
        )
        if Case.objects.get(pk=case.pk).state == Case.State.CLAIMED:
            client.post(f"/console/cases/{case.pk}/release/")
    appeal.refresh_from_db()
    assert (appeal.status, appeal.outcome) == ("decided", "upheld")
    assert Case.objects.get(target_type="decision").state == Case.State.DECIDED
    assert list(list_queue(tier=4)) == []

"""In real Chromium: an account owner appeals through the link in the Swedish
statement of reasons; a panel of three independent members is seated."""

import pytest

from tests.helpers import appeal_link
from tillit.appeals.models import Appeal

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_owner_appeals_from_the_swedish_statement(
    page, live_server, panel, suspension, deliver
):
    statement = next(m for m in deliver() if "rektor@skola.se" in m.to)
    assert "Åtgärd" in statement.subject  # the Swedish statement of reasons
    page.goto(live_server.url + appeal_link(statement.body))
    assert "Slurs in class." in page.inner_text("#decision")
    page.fill(
        "#id_statement", "Kontot tillhör skolan; eleven som störde är redan avstängd."
    )
    with page.expect_navigation():
        page.click("button[type=submit]")
    assert page.is_visible("#appeal-status")
    appeal = Appeal.objects.get()
    assert appeal.status == Appeal.Status.IN_REVIEW
    seats = list(appeal.seats.select_related("member__user"))
    assert len({s.member.department for s in seats}) == 3
    assert not {s.member.user.username for s in seats} & {
        "decider",
        "approver",
        "p_expired",
    }

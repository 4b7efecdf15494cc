"""In real Chromium: the host suspends participant activities, brings chat
back alone, and reports a participant, who is removed."""

import pytest
from django.contrib.auth import get_user_model
from playwright.sync_api import expect

from tillit.cases.selectors import list_queue
from tillit.intake.models import Report
from tillit.safety.services.admission import admit_participant
from tillit.safety.services.settings import update_settings

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

CAPS = ["video", "audio", "screen_sharing", "chat", "annotation", "rename", "recording"]


def test_host_suspends_resumes_chat_and_reports(
    page, live_server, swedish_account, make_meeting, screenshot
):
    meeting = make_meeting("812345678", swedish_account, context="academic_course")
    update_settings(
        owner="meeting:812345678",
        changes={"waiting_room": False, "passcode": "Kx7pQ2"},
        source="test",
    )
    for name, ip in (("Elev Ett", "194.68.0.1"), ("Troll 42", "193.0.6.139")):
        result = admit_participant(
            meeting_id="812345678",
            participant={"authenticated": False, "ip": ip, "name": name},
            passcode="Kx7pQ2",
            source="test",
        )
        assert result.decision == "admit"
    get_user_model().objects.create_user("larare", meeting.host_email, "pw-larare-1")

    page.goto(f"{live_server.url}/login/?next=/portal/")
    page.fill("#id_username", "larare")
    page.fill("#id_password", "pw-larare-1")
    with page.expect_navigation():
        page.keyboard.press("Enter")
    page.click("a[href='/safety/meetings/812345678/panel/']")
    expect(page.locator("#meeting-open")).to_be_visible()

    page.click("#suspend")
    page.wait_for_selector("#meeting-locked")
    for cap in CAPS:
        assert page.inner_text(f"#cap-{cap}").strip() in ("Off", "Av"), cap

    page.select_option("select[aria-label='Chat']", "everyone")
    page.click("#set-chat")
    expect(page.locator("#cap-chat")).to_have_text("everyone")
    for cap in CAPS:
        if cap != "chat":
            assert page.inner_text(f"#cap-{cap}").strip() in ("Off", "Av"), cap
    assert page.is_visible("#meeting-locked")
    screenshot(page, "host-panel")

    troll = page.locator("li", has_text="Troll 42").first
    troll.locator("summary").click()
    troll.locator("textarea[name=description]").fill("Shouted slurs at the students.")
    with page.expect_navigation():
        troll.locator("button:has-text('Report and remove')").click()
    participants = page.locator("h2:has-text('Participants') + ul").inner_text()
    assert "Troll 42" not in participants and "Elev Ett" in participants

    report = Report.objects.get()
    assert (report.channel, report.meeting_id, report.category_id) == (
        "in_meeting",
        "812345678",
        "disruption",
    )
    assert [c.pk for c in list_queue(tier=1)] == [report.case_id]

"""In real Chromium: a member of the public reports, an analyst decides, the
reporter reads the outcome on the status page."""

from datetime import timedelta

import pytest

from tillit.intake.models import Report

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True),
]

PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 128


def test_report_decide_and_read_the_outcome(
    page,
    browser,
    live_server,
    make_staff,
    english_account,
    make_meeting,
    screenshot,
    tmp_path,
):
    make_meeting("812345678", english_account, starts_in=timedelta(hours=2))
    analyst = make_staff("alva", tier=1)
    analyst.set_password("correct-horse-1")
    analyst.save()
    evidence = tmp_path / "chat.png"
    evidence.write_bytes(PNG)

    # A member of the public reports on the web form, with a screenshot.
    page.goto(f"{live_server.url}/report/")
    page.select_option("#id_category", "harassment")
    page.fill("#id_description", "Someone keeps spamming the chat with insults.")
    page.select_option("#id_target_type", "meeting")
    page.fill("#id_target_id", "812 345 678")
    page.fill("#id_reporter_email", "reporter@example.org")
    page.set_input_files("#id_evidence", str(evidence))
    page.click("text=Send report")
    page.wait_for_url("**/status/**")
    report = Report.objects.get()
    assert report.reference in page.content()
    assert page.inner_text("#report-status").strip() == "Received, waiting for review"
    status_url = page.url

    # The analyst signs in, takes the next case and decides.
    console = browser.new_context(locale="en-GB").new_page()
    console.goto(f"{live_server.url}/console/")
    console.fill("#id_username", "alva")
    console.fill("#id_password", "correct-horse-1")
    console.click("button:has-text('Sign in')")
    console.click("button:has-text('Next case')")
    console.wait_for_url(f"**/console/cases/{report.case_id}/")
    assert "Expedited" in console.inner_text("h1")
    assert "chat.png" in console.content()
    console.click("summary:has-text('Decide')")
    console.select_option("#id_outcome", "violation")
    console.check("input[value='warning']")
    console.fill("#id_rationale", "Insults in chat; first offence, so a warning.")
    with console.expect_navigation():
        console.click("button:has-text('Record the decision')")
    assert console.inner_text("#case-state").strip() == "Decided"

    page.goto(status_url)
    assert page.inner_text("#report-status").strip() == "Reviewed"
    assert "took action" in page.inner_text("#outcome")

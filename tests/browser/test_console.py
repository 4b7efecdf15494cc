"""The analysts' console in real Chromium: keyboard-first review, wellness,
the two-person rule and concurrent claims."""

import re
import struct
import zlib
from datetime import timedelta

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from playwright.sync_api import expect

from tillit.cases.models import Case, Decision
from tillit.cases.services.filing import submit_report
from tillit.intake.links import status_token
from tillit.intake.services import ReporterIdentity, ReportInput

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def png(width=40, height=30) -> bytes:
    """A real, small red PNG."""
    raw = b"".join(b"\x00" + b"\xff\x00\x00" * width for _ in range(height))

    def chunk(kind, data):
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(raw))
        + chunk(b"IEND", b"")
    )


def sign_in(browser, live_server, username, password):
    context = browser.new_context(
        locale="en-GB", viewport={"width": 1280, "height": 900}
    )
    page = context.new_page()
    page.set_default_timeout(10_000)
    page.goto(f"{live_server.url}/console/")
    page.fill("#id_username", username)
    page.fill("#id_password", password)
    page.keyboard.press("Enter")
    page.wait_for_url("**/console/queues/**")
    return page


def staff(make_staff, username, tier):
    user = make_staff(username, tier=tier)
    user.set_password("pw-" + username + "-123")
    user.save()
    return username, "pw-" + username + "-123"


def file_with_evidence(meeting_id, email):
    report, _ = submit_report(
        data=ReportInput(
            channel="in_meeting",
            category="harassment",
            description="Someone shared an abusive image on screen.",
            target_type="meeting",
            target_id=meeting_id,
            reporter=ReporterIdentity(email=email),
        ),
        evidence=[SimpleUploadedFile("screen.png", png(), "image/png")],
        source="test",
    )
    return report


def filter_of(page, selector):
    return page.eval_on_selector(selector, "el => getComputedStyle(el).filter")


def test_review_with_the_keyboard_alone(
    browser,
    live_server,
    make_staff,
    swedish_account,
    make_meeting,
    file_report,
    screenshot,
):
    make_meeting("812345670", swedish_account, starts_in=timedelta(days=3))
    report = file_with_evidence("812345670", "elev@skola.se")
    # Lower-priority cases around it, so the queue looks like a working day.
    for i, (category, context) in enumerate(
        [
            ("intellectual_property", "work"),
            ("other", "family"),
            ("impersonation", "other"),
        ]
    ):
        make_meeting(
            f"81234568{i}",
            swedish_account,
            starts_in=timedelta(days=6),
            context=context,
        )
        file_report(f"81234568{i}", category=category)
    analyst = sign_in(browser, live_server, *staff(make_staff, "ben", 2))
    screenshot(analyst, "console-queue")

    # n claims the next case.
    analyst.keyboard.press("n")
    analyst.wait_for_url(f"**/console/cases/{report.case_id}/")
    assert analyst.inner_text("#case-state") == "Claimed"

    # The image is blurred and greyscale until revealed.
    assert "blur" in filter_of(analyst, ".media img")
    analyst.click("text=Reveal screen.png")
    # A locator assertion, not wait_for_function: the page's CSP forbids eval.
    expect(analyst.locator(".media img")).to_have_css("filter", "none")
    assert analyst.is_hidden("text=Reveal screen.png")
    screenshot(analyst, "console-case")

    # i opens the question form; the rest is typing, Tab and Enter.
    analyst.keyboard.press("i")
    analyst.keyboard.type("Who shared the image? Their display name helps.")
    with analyst.expect_navigation():
        analyst.keyboard.press("Control+Enter")  # to the reporter, within three days
    assert analyst.inner_text("#case-state") == "Waiting for information"

    # The reporter answers on their status page.
    reporter = browser.new_context(locale="sv-SE").new_page()
    reporter.goto(f"{live_server.url}/status/{status_token(report)}/")
    reporter.fill("#id_answer", "Han kallade sig Troll 42.")
    reporter.keyboard.press("Tab")
    with reporter.expect_navigation():
        reporter.keyboard.press("Enter")

    # Back in the queue; n again, d to decide: suspension for 7 days.
    analyst.goto(f"{live_server.url}/console/queues/1/")
    analyst.keyboard.press("n")
    analyst.wait_for_url(f"**/console/cases/{report.case_id}/")
    assert "Han kallade sig Troll 42." in analyst.inner_text("body")
    analyst.keyboard.press("d")
    analyst.keyboard.press("Tab")  # outcome stays "Violation"; to standard
    analyst.keyboard.press("Tab")  # "No action"
    analyst.keyboard.press("Tab")  # "Warning", ticked by the standard's defaults
    analyst.keyboard.press("Space")  # untick it
    for _ in range(4):  # to the sixth action, "Suspend the account"
        analyst.keyboard.press("Tab")
    analyst.keyboard.press("Space")
    analyst.keyboard.press("Tab")  # terminate
    analyst.keyboard.press("Tab")  # days
    analyst.keyboard.type("7")
    analyst.keyboard.press("Tab")
    analyst.keyboard.type(
        "Abusive image shown to a class; the host account is suspended."
    )
    with analyst.expect_navigation():
        analyst.keyboard.press("Control+Enter")
    assert analyst.inner_text("#case-state") == "Awaiting a second approver"
    decision = Decision.objects.get()
    assert decision.actions == [{"type": "suspend_account", "days": 7}]

    # The analyst cannot approve their own decision: it is not in their inbox.
    analyst.goto(f"{live_server.url}/console/approvals/")
    assert analyst.is_visible("#no-approvals")

    # A second analyst approves with a.
    lead = sign_in(browser, live_server, *staff(make_staff, "chen", 3))
    lead.goto(f"{live_server.url}/console/approvals/")
    with lead.expect_navigation():
        lead.keyboard.press("a")
    assert lead.is_visible("#no-approvals")
    decision.refresh_from_db()
    assert decision.status == Decision.Status.IN_FORCE
    assert Case.objects.get(pk=report.case_id).state == Case.State.DECIDED

    reporter.reload()
    assert "vidtog åtgärder" in reporter.inner_text("#outcome") or "took action" in (
        reporter.inner_text("#outcome")
    )


def test_question_mark_lists_the_shortcuts(browser, live_server, make_staff):
    page = sign_in(browser, live_server, *staff(make_staff, "alva", 1))
    assert not page.is_visible("#shortcuts")
    page.keyboard.press("?")
    assert page.is_visible("#shortcuts")
    text = page.inner_text("#shortcuts")
    for key in ("n", "j", "k", "e", "i", "d", "a", "?"):
        assert re.search(rf"(^|\s){re.escape(key)}(\s|$)", text)


def test_two_sessions_pressing_next_case_at_once_get_different_cases(
    browser, live_server, make_staff, english_account, make_meeting, file_report
):
    for i in range(3):
        make_meeting(f"91000000{i}", english_account)
        file_report(f"91000000{i}")
    first = sign_in(browser, live_server, *staff(make_staff, "one", 1))
    second = sign_in(browser, live_server, *staff(make_staff, "two", 1))
    for page in (first, second):
        page.evaluate("document.getElementById('next-case').requestSubmit()")
    first.wait_for_url("**/console/cases/**")
    second.wait_for_url("**/console/cases/**")
    ids = {int(p.url.rstrip("/").rsplit("/", 1)[1]) for p in (first, second)}
    assert len(ids) == 2
    assert Case.objects.filter(state="claimed").count() == 2


def test_an_analyst_sees_why_the_ai_scan_flagged_an_event_and_says_it_was_right(
    browser, live_server, make_staff, english_account
):
    """The scan's card on the case page: scores as meters, the phrases, the
    model; one click on "Correct" is saved in place (htmx), without leaving
    the page (#14)."""
    from django.utils import timezone

    from tillit.detection.models import ScanFeedback
    from tillit.detection.scanning import scan_event
    from tillit.directory.services import upsert_event

    upsert_event(
        event_id="ev-browser",
        account=english_account,
        title="Cocaine, MDMA and weed delivered to your door",
        description="Top quality coke and pills, discreet delivery in 30 min. "
        "DM for the menu, cash only, no questions asked.",
        starts_at=timezone.now() + timedelta(days=2),
        ticket_type="free",
        source="test",
    )
    scan, _ = scan_event(event_id="ev-browser")
    case = scan.report.case
    page = sign_in(browser, live_server, *staff(make_staff, "scanreader", case.tier))
    page.goto(f"{live_server.url}/console/cases/{case.pk}/")

    card = page.locator("#ai-scan")
    expect(card).to_contain_text("Flagged")
    expect(card).to_contain_text(scan.model)
    expect(card.locator("meter").first).to_be_visible()
    expect(card.locator("mark").first).to_have_text(scan.reasons[0][0])
    url_before = page.url
    card.get_by_role("button", name="Correct").click()
    expect(page.locator("#ai-scan")).to_contain_text("Your verdict is saved")
    assert page.url == url_before, "htmx swapped the card in place"
    feedback = ScanFeedback.objects.get()
    assert feedback.verdict == "correct"
    assert feedback.standards == scan.flagged_standards

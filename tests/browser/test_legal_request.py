"""In real Chromium: an officer submits a court order through the legal
portal, a legal reviewer verifies and decides it, a second one approves, the
officer downloads the package once, and the account's notice, delayed by the
non-disclosure order, goes out on the order's end date."""

import io
import json
import re
import zipfile
from datetime import timedelta

import pytest
import time_machine
from django.utils import timezone

from tests.legal.conftest import PDF
from tillit.core.models import Role
from tillit.legal.models import LegalRequest
from tillit.legal.services.intake import create_officer, register_agency
from tillit.legal.tasks import send_due_legal_notices_task

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def _sign_in(page, url, username, password):
    page.goto(url)
    page.fill("#id_username", username)
    page.fill("#id_password", password)
    page.click("button:has-text('Sign in')")


def _lawyer(make_staff, name):
    user = make_staff(name, role=Role.LEGAL)
    user.set_password("pw-" + name)
    user.save()
    return user


def _submit(page, live_server, tmp_path, *, due, ends):
    document = tmp_path / "order.pdf"
    document.write_bytes(PDF)
    _sign_in(
        page, live_server.url + "/legal/portal/", "utredare@polisen.se", "pw-officer-1"
    )
    page.wait_for_url("**/legal/portal/")
    page.select_option("#id_kind", "court_order")
    page.fill("#id_country", "SE")
    page.fill("#id_legal_basis", "Stockholms tingsrätt B 1234-26")
    page.fill("#id_targets", "account acc-sv")
    page.check("input[value='subscriber_info']")
    page.check("input[value='reports']")
    page.fill("#id_due_at", due.strftime("%Y-%m-%dT%H:%M"))
    page.fill("#id_nondisclosure_until", ends.isoformat())
    page.set_input_files("#id_document", str(document))
    with page.expect_navigation():
        page.click("button:has-text('Send the request')")
    row = LegalRequest.objects.get()
    assert row.reference in page.inner_text(".messages")
    assert "Received" in page.inner_text(f"tr[data-reference='{row.reference}']")
    return row


def _review(browser, live_server, row, screenshot):
    first = browser.new_context(locale="en-GB").new_page()
    _sign_in(first, live_server.url + "/console/legal/", "lawyer1", "pw-lawyer1")
    first.click(f"a:has-text('{row.reference}')")
    first.fill("#verify-note", "Called the agency's legal desk back.")
    with first.expect_navigation():
        first.click("#verify-button")
    first.select_option("#outcome-choice", "complied_in_full")
    first.fill("#outcome-reason", "A valid court order for subscriber data.")
    with first.expect_navigation():
        first.click("#outcome-button")
    assert first.is_visible("#not-you")  # the first reviewer cannot approve
    screenshot(first, "legal-desk-request")

    second = browser.new_context(locale="en-GB").new_page()
    _sign_in(second, live_server.url + "/console/legal/", "lawyer2", "pw-lawyer2")
    second.goto(f"{live_server.url}/console/legal/{row.pk}/")
    with second.expect_navigation():
        second.click("#approve-button")
    assert "Approved" in second.inner_text("#legal-status")
    assert "Delayed" in second.inner_text("#legal-notice")


def test_an_officers_request_to_disclosure_and_the_delayed_notice(
    page,
    browser,
    live_server,
    make_staff,
    swedish_account,
    make_meeting,
    file_report,
    deliver,
    tmp_path,
    screenshot,
):
    agency = register_agency(
        name="Polismyndigheten",
        country="SE",
        email_domains="polisen.se",
        verified=True,
        actor=None,
    )
    create_officer(
        agency_id=agency.pk,
        email="utredare@polisen.se",
        password="pw-officer-1",
        actor=None,
    )
    _lawyer(make_staff, "lawyer1")
    _lawyer(make_staff, "lawyer2")
    make_meeting("812345678", swedish_account)
    file_report("812345678", email="elev@skola.se")
    ends = timezone.localdate() + timedelta(days=20)

    row = _submit(
        page,
        live_server,
        tmp_path,
        due=timezone.localtime() + timedelta(days=7),
        ends=ends,
    )
    _review(browser, live_server, row, screenshot)

    mail = deliver()
    link_mail = next(m for m in mail if "utredare@polisen.se" in m.to)
    assert not [m for m in mail if "rektor@skola.se" in m.to]  # delayed
    link = re.search(r"http://[^/\s]+(/legal/disclosures/[^\s]+/)", link_mail.body)[1]

    # The officer downloads once in the signed-in browser; a second try is refused.
    response = page.request.get(live_server.url + link)
    assert response.status == 200
    archive = zipfile.ZipFile(io.BytesIO(response.body()))
    manifest = json.loads(archive.read("manifest.json"))
    assert manifest["reference"] == row.reference
    assert {f["path"] for f in manifest["files"]} == {
        "targets/account-acc-sv/subscriber_info.json",
        "targets/account-acc-sv/reports.json",
    }
    assert page.request.get(live_server.url + link).status == 410
    page.goto(live_server.url + "/legal/portal/")
    assert "Disclosed" in page.inner_text(f"tr[data-reference='{row.reference}']")
    screenshot(page, "legal-portal")

    # The notice waits for the order's end date, then goes out by itself.
    with time_machine.travel(timezone.now() + timedelta(days=19)):
        assert send_due_legal_notices_task.call() == 0
    with time_machine.travel(timezone.now() + timedelta(days=20)):
        assert send_due_legal_notices_task.call() == 1
        notice = next(m for m in deliver() if "rektor@skola.se" in m.to)
    assert row.reference in notice.body
    assert "myndighet" in notice.subject  # the account's language, Swedish

"""The disclosure package, its one-time signed link, and the account's notice."""

import hashlib
import io
import json
import re
import zipfile
from datetime import timedelta

import pytest
import time_machine
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone

from tillit.core.models import AuditEvent
from tillit.intake.services import attach_evidence
from tillit.legal.models import Disclosure, LegalRequest
from tillit.legal.services.desk import (
    approve_legal_outcome,
    record_legal_outcome,
    verify_requester,
)
from tillit.legal.services.notices import send_due_legal_notices
from tillit.legal.tasks import send_due_legal_notices_task

pytestmark = pytest.mark.django_db

PNG = b"\x89PNG\r\n\x1a\n" + b"\x01" * 64


@pytest.fixture
def reported(file_report, make_meeting, swedish_account):
    make_meeting("812345678", swedish_account)
    report = file_report("812345678", email="elev@skola.se")
    attach_evidence(
        report_id=report.pk,
        files=[SimpleUploadedFile("shot.png", PNG, "image/png")],
        source="test",
    )
    return report


@pytest.fixture
def approve(submit, lawyers, swedish_account):
    def run(**changes):
        first, second = lawyers
        row = submit(**changes)
        verify_requester(request_id=row.pk, actor=first)
        record_legal_outcome(
            request_id=row.pk,
            actor=first,
            outcome=changes.pop("outcome", "complied_in_full"),
            reason="Valid order.",
        )
        approve_legal_outcome(request_id=row.pk, actor=second)
        row.refresh_from_db()
        return row

    return run


def _link(mail) -> str:
    return re.search(r"http://[^/\s]+(/legal/disclosures/[^\s]+/)", mail.body).group(1)


def _link_mail(deliver):
    return next(m for m in deliver() if "utredare@polisen.se" in m.to)


def test_the_package_holds_exactly_what_was_approved_with_hashes(
    reported, approve, client, officer, deliver
):
    row = approve()
    client.force_login(officer.user)
    response = client.get(_link(_link_mail(deliver)))
    assert response.status_code == 200
    assert response["Content-Type"] == "application/zip"
    archive = zipfile.ZipFile(io.BytesIO(response.content))
    manifest = json.loads(archive.read("manifest.json"))
    assert manifest["reference"] == row.reference
    assert manifest["data"] == ["subscriber_info", "reports", "evidence"]
    names = set(archive.namelist()) - {"manifest.json"}
    assert names == {f["path"] for f in manifest["files"]}
    for entry in manifest["files"]:
        assert (
            hashlib.sha256(archive.read(entry["path"])).hexdigest() == entry["sha256"]
        )
    evidence = [n for n in names if "/evidence/" in n]
    assert len(evidence) == 1 and archive.read(evidence[0]) == PNG
    subscriber = json.loads(archive.read("targets/account-acc-sv/subscriber_info.json"))
    assert subscriber["owner_email"] == "rektor@skola.se"
    row.refresh_from_db()
    assert row.status == LegalRequest.Status.DISCLOSED
    assert AuditEvent.objects.filter(verb="legal.disclosure_downloaded").count() == 1


def test_a_narrowed_package_leaves_out_what_was_not_approved(
    reported, submit, lawyers, client, officer, deliver
):
    first, second = lawyers
    row = submit()
    verify_requester(request_id=row.pk, actor=first)
    record_legal_outcome(
        request_id=row.pk,
        actor=first,
        outcome="narrowed",
        reason="Subscriber data only.",
        targets=[("account", "acc-sv")],
        data=["subscriber_info"],
    )
    approve_legal_outcome(request_id=row.pk, actor=second)
    client.force_login(officer.user)
    archive = zipfile.ZipFile(
        io.BytesIO(client.get(_link(_link_mail(deliver))).content)
    )
    assert set(archive.namelist()) == {
        "manifest.json",
        "targets/account-acc-sv/subscriber_info.json",
    }


def test_the_link_works_once(reported, approve, client, officer, deliver):
    approve()
    link = _link(_link_mail(deliver))
    client.force_login(officer.user)
    assert client.get(link).status_code == 200
    again = client.get(link)
    assert again.status_code == 410
    assert b"has been used" in again.content
    assert AuditEvent.objects.filter(verb="legal.disclosure_downloaded").count() == 1


def test_a_forged_link_is_404_and_serves_nothing(approve, client, officer, deliver):
    approve()
    link = _link(_link_mail(deliver))
    client.force_login(officer.user)
    forged = link[:-5] + ("A" if link[-5] != "A" else "B") + link[-4:]
    response = client.get(forged)
    assert response.status_code == 404
    assert response["Content-Type"].startswith("text/html")
    assert Disclosure.objects.get().downloaded_at is None


def test_an_expired_link_is_410_and_serves_nothing(approve, client, officer, deliver):
    approve()
    link = _link(_link_mail(deliver))
    client.force_login(officer.user)
    with time_machine.travel(timezone.now() + timedelta(hours=73)):
        response = client.get(link)
    assert response.status_code == 410
    assert b"expired" in response.content
    assert Disclosure.objects.get().downloaded_at is None


def test_an_officer_of_another_agency_gets_403(approve, client, deliver):
    from tillit.legal.services.intake import create_officer, register_agency

    approve()
    other = register_agency(
        name="Bundeskriminalamt",
        country="DE",
        email_domains=["bka.de"],
        verified=True,
        actor=None,
    )
    stranger = create_officer(
        agency_id=other.pk, email="k@bka.de", password="pw-stranger-1", actor=None
    )
    client.force_login(stranger.user)
    assert client.get(_link(_link_mail(deliver))).status_code == 403
    assert Disclosure.objects.get().downloaded_at is None


# --- The account's notice --------------------------------------------------


def test_the_account_is_told_at_approval_in_its_language(approve, deliver):
    row = approve()
    assert row.notice == LegalRequest.Notice.SENT
    mail = next(m for m in deliver() if "rektor@skola.se" in m.to)
    assert "it@skola.se" in mail.to
    assert row.reference in mail.body
    assert "myndighet" in mail.subject  # Swedish, the account's language


def test_an_emergency_withholds_the_notice(approve, deliver):
    row = approve(kind="emergency")
    assert row.notice == LegalRequest.Notice.WITHHELD
    assert not [m for m in deliver() if "rektor@skola.se" in m.to]


def test_a_nondisclosure_order_delays_the_notice_to_its_end_date(
    approve, deliver, mailoutbox
):
    ends = timezone.localdate() + timedelta(days=30)
    row = approve(nondisclosure_until=ends)
    assert (row.notice, row.notice_due_on) == (LegalRequest.Notice.DELAYED, ends)
    assert not [m for m in deliver() if "rektor@skola.se" in m.to]
    with time_machine.travel(timezone.now() + timedelta(days=29)):
        assert send_due_legal_notices() == 0
    with time_machine.travel(timezone.now() + timedelta(days=30)):
        assert send_due_legal_notices_task.call() == 1
        assert [m for m in deliver() if "rektor@skola.se" in m.to]
        assert send_due_legal_notices() == 0
    row.refresh_from_db()
    assert row.notice == LegalRequest.Notice.SENT

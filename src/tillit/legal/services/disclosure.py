"""The disclosure: a package made when the second reviewer approves, served
once through a signed link that expires."""

import hashlib
import secrets
from datetime import datetime

from django.core.files.base import ContentFile
from django.db import transaction
from django.utils import timezone

from tillit.core.audit import record_audit_event
from tillit.core.errors import ExpiredLink, InvalidLink, PermissionDenied
from tillit.notices.legal import send_disclosure_ready

from ..errors import (
    DisclosureAlreadyDownloaded,
    LegalRequestNotFound,
    NotLegalTeam,
    WrongRequestState,
)
from ..links import disclosure_url, link_max_age, read_disclosure_token
from ..models import Disclosure, LegalRequest
from ..package import build_package
from ..permissions import can_download_disclosure, can_use_legal_desk
from ..selectors import get_officer_recipients


def _approvers(row) -> list[str]:
    return [u.get_username() for u in (row.reviewed_by, row.approved_by) if u]


def _send_link(row, disclosure) -> None:
    to, language = get_officer_recipients(row)
    if to:
        send_disclosure_ready(
            legal_request=row,
            to=to,
            language=language,
            url=disclosure_url(disclosure),
            expires_at=disclosure.link_issued_at + link_max_age(),
        )


def prepare_disclosure(*, legal_request, actor, now: datetime) -> Disclosure:
    """Make the package of what was approved and send its link; call inside
    the approval's transaction."""
    content, manifest = build_package(
        legal_request=legal_request,
        targets=legal_request.approved_targets,
        data=legal_request.approved_data,
        approvers=_approvers(legal_request),
        at=now,
    )
    sha = hashlib.sha256(content).hexdigest()
    disclosure = Disclosure(
        request=legal_request,
        package_sha256=sha,
        manifest=manifest,
        link_nonce=secrets.token_hex(16),
        link_issued_at=now,
        created_at=now,
    )
    disclosure.package.save(f"{sha[:32]}.zip", ContentFile(content), save=False)
    disclosure.save()
    record_audit_event(
        actor=actor,
        verb="legal.disclosure_prepared",
        target=legal_request,
        data={"package": sha, "files": len(manifest["files"])},
    )
    _send_link(legal_request, disclosure)
    return disclosure


@transaction.atomic(durable=True)
def reissue_disclosure_link(
    *, request_id: int, actor, now: datetime | None = None
) -> Disclosure:
    """A new link for a package not downloaded yet; the old link stops working."""
    now = now or timezone.now()
    if not can_use_legal_desk(actor):
        raise NotLegalTeam()
    row = (
        LegalRequest.objects.select_for_update(no_key=True)
        .filter(pk=request_id)
        .first()
    )
    if row is None:
        raise LegalRequestNotFound()
    disclosure = (
        Disclosure.objects.select_for_update(no_key=True).filter(request=row).first()
    )
    if disclosure is None or disclosure.downloaded_at is not None:
        raise WrongRequestState()
    disclosure.link_nonce, disclosure.link_issued_at = secrets.token_hex(16), now
    disclosure.save(update_fields=["link_nonce", "link_issued_at"])
    record_audit_event(actor=actor, verb="legal.disclosure_link_issued", target=row)
    _send_link(row, disclosure)
    return disclosure


@transaction.atomic(durable=True)
def download_disclosure(
    *, token: str, user, now: datetime | None = None
) -> tuple[str, bytes]:
    """Return the package's file name and bytes, once, to an officer of the
    requesting agency. Raise InvalidLink (forged or replaced), ExpiredLink,
    DisclosureAlreadyDownloaded or PermissionDenied; nothing is served then."""
    now = now or timezone.now()
    payload = read_disclosure_token(token)
    # The request first, then its disclosure: the order every service keeps.
    request_id = (
        Disclosure.objects.filter(pk=payload["d"])
        .values_list("request_id", flat=True)
        .first()
    )
    if request_id is None:
        raise InvalidLink()
    row = LegalRequest.objects.select_for_update(no_key=True).get(pk=request_id)
    disclosure = Disclosure.objects.select_for_update(no_key=True).get(pk=payload["d"])
    if not secrets.compare_digest(disclosure.link_nonce, payload["n"]):
        raise InvalidLink()
    if not can_download_disclosure(user, row):
        raise PermissionDenied()
    if disclosure.downloaded_at is not None:
        raise DisclosureAlreadyDownloaded()
    if disclosure.link_issued_at + link_max_age() <= now:
        raise ExpiredLink()
    with disclosure.package.open("rb") as handle:
        content = handle.read()
    if hashlib.sha256(content).hexdigest() != disclosure.package_sha256:
        raise InvalidLink()
    disclosure.downloaded_at, disclosure.downloaded_by = now, user
    disclosure.save(update_fields=["downloaded_at", "downloaded_by"])
    row.status = LegalRequest.Status.DISCLOSED
    row.save(update_fields=["status"])
    record_audit_event(
        actor=user,
        verb="legal.disclosure_downloaded",
        target=row,
        data={"package": disclosure.package_sha256},
    )
    return f"{row.reference}.zip", content

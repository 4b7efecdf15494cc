"""Requests coming in: from the portal and the API, with their document; and
the agencies and officers the legal team keeps (S37)."""

import hashlib

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.password_validation import validate_password
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import UploadedFile
from django.core.validators import validate_email
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from tillit.core.audit import record_audit_event
from tillit.core.errors import InvalidInput
from tillit.intake.evidence import sniff_content_type

from ..errors import LegalRequestNotFound, NotLegalTeam, WrongRequestState
from ..models import Agency, LegalRequest, Officer
from ..permissions import can_use_legal_desk
from ..validation import LegalRequestInput, clean_targets, is_country, request_errors


def check_legal_document(upload: UploadedFile | None, *, required: bool) -> str:
    """Return the document's SHA-256; raise InvalidInput (field `document`)
    when it is missing, too large, empty or not a PDF by its first bytes."""
    if upload is None:
        if required:
            raise InvalidInput(fields={"document": [_("Attach the legal document.")]})
        return ""
    limit = settings.TILLIT["LEGAL_DOCUMENT_MAX_BYTES"]
    if upload.size > limit:
        raise InvalidInput(
            fields={
                "document": [
                    _("The document is larger than %(mb)d MB.")
                    % {"mb": limit // (1024 * 1024)}
                ]
            }
        )
    head = upload.read(512)
    upload.seek(0)
    if sniff_content_type(head) != "application/pdf":
        raise InvalidInput(fields={"document": [_("The document must be a PDF.")]})
    digest = hashlib.sha256()
    for chunk in upload.chunks():
        digest.update(chunk)
    upload.seek(0)
    return digest.hexdigest()


def _agency_for(data: LegalRequestInput, officer: Officer | None) -> Agency:
    if officer is not None:
        return officer.agency
    name = (data.agency or "").strip()
    agency = Agency.objects.filter(name__iexact=name, verified=True).first()
    if agency is None:
        raise InvalidInput(
            fields={"agency": [_("Unknown agency, or one not verified yet.")]}
        )
    return agency


def _new_request(data, *, agency, officer, source, now) -> LegalRequest:
    return LegalRequest(
        agency=agency,
        officer=officer,
        source=source,
        country=data.country.strip().upper(),
        kind=data.kind,
        legal_basis=data.legal_basis.strip(),
        targets=clean_targets(data.targets),
        data_requested=list(dict.fromkeys(data.data_requested)),
        due_at=data.due_at,
        nondisclosure_until=data.nondisclosure_until,
        created_at=now,
    )


@transaction.atomic(durable=True)
def submit_legal_request(
    *,
    data: LegalRequestInput,
    officer: Officer | None,
    source: str,
    document: UploadedFile | None = None,
    now=None,
) -> LegalRequest:
    """Store a request from an officer (`source="portal"`, document required)
    or from the API (`officer=None`, the agency named in `data`; the document
    may follow). Raise InvalidInput naming every bad field; nothing is stored."""
    now = now or timezone.now()
    errors = request_errors(data, now=now)
    try:
        agency = _agency_for(data, officer)
    except InvalidInput as exc:
        errors |= exc.fields
    try:
        sha = check_legal_document(document, required=officer is not None)
    except InvalidInput as exc:
        errors |= exc.fields
    if errors:
        raise InvalidInput(fields=errors)
    row = _new_request(data, agency=agency, officer=officer, source=source, now=now)
    if document is not None:
        document.name = f"{sha[:32]}.pdf"
        row.document, row.document_sha256 = document, sha
    row.save()
    record_audit_event(
        actor=officer.user if officer else None,
        source="" if officer else source,
        verb="legal.request_received",
        target=row,
        data={
            "reference": row.reference,
            "agency": agency.pk,
            "kind": row.kind,
            "targets": row.targets,
            "document": row.document_sha256,
        },
    )
    return row


@transaction.atomic(durable=True)
def attach_legal_document(
    *, request_id: int, document: UploadedFile, source: str
) -> LegalRequest:
    """Attach the PDF to a request the same API key sent, before review."""
    row = (
        LegalRequest.objects.select_for_update(no_key=True)
        .filter(pk=request_id, source=source)
        .first()
    )
    if row is None:
        raise LegalRequestNotFound()
    if row.status != LegalRequest.Status.RECEIVED or row.document_sha256:
        raise WrongRequestState()
    sha = check_legal_document(document, required=True)
    document.name = f"{sha[:32]}.pdf"
    row.document, row.document_sha256 = document, sha
    row.save(update_fields=["document", "document_sha256"])
    record_audit_event(
        actor=None,
        source=source,
        verb="legal.document_attached",
        target=row,
        data={"document": sha},
    )
    return row


def _clean_domains(domains) -> list[str]:
    if isinstance(domains, str):
        domains = domains.split(",")
    return sorted({d.strip().lower().lstrip("@") for d in domains if d.strip()})


@transaction.atomic(durable=True)
def register_agency(
    *, name: str, country: str, email_domains, actor, verified: bool = False
) -> Agency:
    """Add an agency; raise InvalidInput for an empty name, an unknown
    country or no email domain."""
    if actor is not None and not can_use_legal_desk(actor):
        raise NotLegalTeam()
    errors = {}
    name = (name or "").strip()
    if not 1 <= len(name) <= 200:
        errors["name"] = [_("Give the agency's name.")]
    if not is_country(country):
        errors["country"] = [_("Unknown country. Give its ISO 3166-1 alpha-2 code.")]
    domains = _clean_domains(email_domains)
    if not domains:
        errors["email_domains"] = [_("Give at least one verified email domain.")]
    if errors:
        raise InvalidInput(fields=errors)
    try:
        with transaction.atomic():
            agency = Agency.objects.create(
                name=name,
                country=country.strip().upper(),
                email_domains=domains,
                verified=verified,
                verified_at=timezone.now() if verified else None,
            )
    except IntegrityError as exc:
        raise InvalidInput(fields={"name": [_("This agency exists.")]}) from exc
    record_audit_event(
        actor=actor,
        source="" if actor else "cli",
        verb="legal.agency_registered",
        target=agency,
        data={"country": agency.country, "domains": domains, "verified": verified},
    )
    return agency


@transaction.atomic(durable=True)
def create_officer(
    *, agency_id: int, email: str, password: str, actor, language: str = "en"
) -> Officer:
    """Create an officer's sign-in; the address must be on one of the
    agency's domains."""
    if actor is not None and not can_use_legal_desk(actor):
        raise NotLegalTeam()
    agency = Agency.objects.filter(pk=agency_id).first()
    if agency is None:
        raise InvalidInput(fields={"agency": [_("There is no such agency.")]})
    email = (email or "").strip().lower()
    try:
        validate_email(email)
    except ValidationError as exc:
        raise InvalidInput(
            fields={"email": [_("Enter a valid email address.")]}
        ) from exc
    if not agency.has_domain_of(email):
        raise InvalidInput(
            fields={"email": [_("The address is not on the agency's email domains.")]}
        )
    User = get_user_model()
    if User.objects.filter(username=email).exists():
        raise InvalidInput(fields={"email": [_("This officer exists.")]})
    try:
        validate_password(password or "")
    except ValidationError as exc:
        raise InvalidInput(fields={"password": list(exc.messages)}) from exc
    user = User.objects.create_user(email, email, password)
    officer = Officer.objects.create(
        user=user, agency=agency, language=language if language == "sv" else "en"
    )
    record_audit_event(
        actor=actor,
        source="" if actor else "cli",
        verb="legal.officer_created",
        target=officer,
        data={"agency": agency.pk, "email": email},
    )
    return officer


@transaction.atomic(durable=True)
def verify_agency(*, agency_id: int, actor, verified: bool = True) -> Agency:
    """Mark the agency verified (its officers may use the portal) or not."""
    if not can_use_legal_desk(actor):
        raise NotLegalTeam()
    agency = Agency.objects.select_for_update(no_key=True).filter(pk=agency_id).first()
    if agency is None:
        raise InvalidInput(fields={"agency": [_("There is no such agency.")]})
    agency.verified = verified
    agency.verified_at = timezone.now() if verified else None
    agency.save(update_fields=["verified", "verified_at"])
    record_audit_event(
        actor=actor,
        verb="legal.agency_verified" if verified else "legal.agency_unverified",
        target=agency,
    )
    return agency

"""The legal desk: verify the requester, note, decide an outcome, and the
second reviewer's approval (the two-person rule), after which alone anything
is disclosed (S37)."""

from datetime import datetime

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from tillit.core.audit import record_audit_event
from tillit.core.errors import InvalidInput
from tillit.notices.legal import send_legal_request_rejected

from ..errors import (
    AgencyNotVerified,
    LegalRequestNotFound,
    NotLegalTeam,
    SecondReviewerRequired,
    WrongRequestState,
)
from ..models import LegalNote, LegalRequest, RequestKind
from ..permissions import can_use_legal_desk
from ..selectors import get_officer_recipients
from .disclosure import prepare_disclosure
from .holds import place_holds_for
from .notices import schedule_account_notice

MAX_NOTE = 10_000
OUTCOME_FIELDS = [
    "status",
    "notice",
    "outcome",
    "outcome_reason",
    "approved_targets",
    "approved_data",
    "reviewed_by",
    "reviewed_at",
]


def _locked(request_id: int, actor) -> LegalRequest:
    if not can_use_legal_desk(actor):
        raise NotLegalTeam()
    row = (
        LegalRequest.objects.select_for_update(no_key=True)
        .filter(pk=request_id)
        .first()
    )
    if row is None:
        raise LegalRequestNotFound()
    return row


@transaction.atomic(durable=True)
def verify_requester(
    *, request_id: int, actor, note: str = "", now: datetime | None = None
) -> LegalRequest:
    """Confirm that the request comes from a verified agency (and, from the
    portal, from one of its officers on its domain); a preservation request's
    targets are held at once."""
    now = now or timezone.now()
    row = _locked(request_id, actor)
    if row.status != LegalRequest.Status.RECEIVED:
        raise WrongRequestState()
    if not row.agency.verified:
        raise AgencyNotVerified()
    if not row.document_sha256:
        raise InvalidInput(
            fields={"document": [_("The request has no legal document yet.")]}
        )
    if row.officer_id and not row.agency.has_domain_of(row.officer.user.email):
        raise AgencyNotVerified(
            _("The officer's address is not on the agency's domains.")
        )
    row.status, row.verified_by, row.verified_at = (
        LegalRequest.Status.IN_REVIEW,
        actor,
        now,
    )
    row.save(update_fields=["status", "verified_by", "verified_at"])
    record_audit_event(
        actor=actor,
        verb="legal.requester_verified",
        target=row,
        data={"agency": row.agency_id, "note": note.strip()},
    )
    if note.strip():
        LegalNote.objects.create(request=row, author=actor, body=note.strip())
    if row.kind == RequestKind.PRESERVATION:
        place_holds_for(legal_request=row, actor=actor, now=now)
    return row


@transaction.atomic(durable=True)
def add_legal_note(*, request_id: int, actor, body: str) -> LegalNote:
    row = _locked(request_id, actor)
    body = (body or "").strip()
    if not body or len(body) > MAX_NOTE:
        raise InvalidInput(fields={"body": [_("Write a note.")]})
    note = LegalNote.objects.create(request=row, author=actor, body=body)
    record_audit_event(
        actor=actor, verb="legal.note_added", target=row, data={"note": note.pk}
    )
    return note


def _scope(row, outcome, targets, data) -> tuple[list, list]:
    """The targets and data approved; a full compliance is all of them, a
    narrower outcome a non-empty part of what was asked."""
    if outcome == LegalRequest.Outcome.COMPLIED_IN_FULL:
        return list(row.targets), list(row.data_requested)
    asked = {(t["type"], t["id"]) for t in row.targets}
    chosen = [t for t in row.targets if (t["type"], t["id"]) in set(targets)]
    chosen_data = [d for d in row.data_requested if d in data]
    errors = {}
    if not chosen or not asked:
        errors["targets"] = [_("Choose at least one of the targets asked for.")]
    if not chosen_data:
        errors["data"] = [_("Choose at least one kind of data asked for.")]
    if errors:
        raise InvalidInput(fields=errors)
    return chosen, chosen_data


@transaction.atomic(durable=True)
def record_legal_outcome(
    *,
    request_id: int,
    actor,
    outcome: str,
    reason: str,
    targets: list[tuple[str, str]] = (),
    data: list[str] = (),
    now: datetime | None = None,
) -> LegalRequest:
    """The first reviewer's outcome. A rejection is final and its reason goes
    back to the officer; any other outcome waits for a second reviewer."""
    now = now or timezone.now()
    row = _locked(request_id, actor)
    if row.status != LegalRequest.Status.IN_REVIEW:
        raise WrongRequestState()
    if outcome not in LegalRequest.Outcome.values:
        raise InvalidInput(fields={"outcome": [_("Choose an outcome.")]})
    reason = (reason or "").strip()
    if not reason:
        raise InvalidInput(fields={"reason": [_("Give the reason for the outcome.")]})
    if outcome == LegalRequest.Outcome.REJECTED:
        scope_targets, scope_data = [], []
        row.status, row.notice = LegalRequest.Status.REJECTED, LegalRequest.Notice.NONE
    else:
        scope_targets, scope_data = _scope(row, outcome, targets, data)
        row.status = LegalRequest.Status.AWAITING_APPROVAL
    row.outcome, row.outcome_reason = outcome, reason
    row.approved_targets, row.approved_data = scope_targets, scope_data
    row.reviewed_by, row.reviewed_at = actor, now
    row.save(update_fields=OUTCOME_FIELDS)
    record_audit_event(
        actor=actor,
        verb="legal.outcome_recorded",
        target=row,
        data={"outcome": outcome, "targets": scope_targets, "data": scope_data},
    )
    if outcome == LegalRequest.Outcome.REJECTED:
        to, language = get_officer_recipients(row)
        if to:
            send_legal_request_rejected(legal_request=row, to=to, language=language)
    return row


@transaction.atomic(durable=True)
def approve_legal_outcome(
    *, request_id: int, actor, note: str = "", now: datetime | None = None
) -> LegalRequest:
    """The second reviewer approves: the package of what was approved is
    made and its link sent, and the account's notice is sent or scheduled.
    Raise SecondReviewerRequired for the first reviewer."""
    now = now or timezone.now()
    row = _locked(request_id, actor)
    if row.status != LegalRequest.Status.AWAITING_APPROVAL:
        raise WrongRequestState()
    if row.reviewed_by_id == actor.pk:
        raise SecondReviewerRequired()
    row.status, row.approved_by, row.approved_at = (
        LegalRequest.Status.APPROVED,
        actor,
        now,
    )
    row.save(update_fields=["status", "approved_by", "approved_at"])
    record_audit_event(
        actor=actor,
        verb="legal.outcome_approved",
        target=row,
        data={"note": note.strip(), "reviewed_by": row.reviewed_by_id},
    )
    if row.kind != RequestKind.PRESERVATION and row.approved_data:
        prepare_disclosure(legal_request=row, actor=actor, now=now)
    schedule_account_notice(legal_request=row, now=now)
    return row


@transaction.atomic(durable=True)
def return_legal_outcome(*, request_id: int, actor, note: str) -> LegalRequest:
    """The second reviewer does not approve: back to review, with the note."""
    row = _locked(request_id, actor)
    if row.status != LegalRequest.Status.AWAITING_APPROVAL:
        raise WrongRequestState()
    if row.reviewed_by_id == actor.pk:
        raise SecondReviewerRequired()
    note = (note or "").strip()
    if not note:
        raise InvalidInput(fields={"note": [_("Say why you do not approve.")]})
    row.status, row.outcome, row.reviewed_by, row.reviewed_at = (
        LegalRequest.Status.IN_REVIEW,
        "",
        None,
        None,
    )
    row.approved_targets, row.approved_data = [], []
    row.save(
        update_fields=[
            "status",
            "outcome",
            "reviewed_by",
            "reviewed_at",
            "approved_targets",
            "approved_data",
        ]
    )
    LegalNote.objects.create(request=row, author=actor, body=note)
    record_audit_event(
        actor=actor, verb="legal.outcome_returned", target=row, data={"note": note}
    )
    return row

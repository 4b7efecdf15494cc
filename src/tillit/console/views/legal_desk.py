"""The legal desk (S37): the queue of requests from authorities, a request's
page, and the steps from verification to the second reviewer's approval.
The legal team's alone."""

from functools import wraps

from django.contrib import messages
from django.contrib.auth.views import redirect_to_login
from django.http import FileResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_POST

from tillit.core.audit import AuditEvent
from tillit.core.errors import InvalidInput, NotFound
from tillit.legal.errors import LegalRequestNotFound, NotLegalTeam
from tillit.legal.models import Agency, LegalRequest
from tillit.legal.permissions import can_use_legal_desk
from tillit.legal.selectors import list_closed_requests, list_legal_queue
from tillit.legal.services.desk import (
    add_legal_note,
    approve_legal_outcome,
    record_legal_outcome,
    return_legal_outcome,
    verify_requester,
)
from tillit.legal.services.disclosure import reissue_disclosure_link
from tillit.legal.services.holds import (
    place_preservation_holds,
    release_preservation_hold,
    renew_preservation_hold,
)
from tillit.legal.services.intake import (
    create_officer,
    register_agency,
    verify_agency,
)

from .shared import parse_row_id, show_errors_as_messages


def legal_required(view):
    """Send visitors to sign in; refuse everyone but the legal team."""

    @wraps(view)
    def wrapper(request, *args, **kwargs):
        if not request.user.is_authenticated:
            return redirect_to_login(request.get_full_path())
        if not can_use_legal_desk(request.user):
            raise NotLegalTeam()
        return view(request, *args, **kwargs)

    return wrapper


@legal_required
@require_GET
def desk(request):
    return render(
        request,
        "console/legal_desk.html",
        {
            "queue": list_legal_queue(),
            "closed": list_closed_requests(),
            "agencies": Agency.objects.prefetch_related("officers__user").order_by(
                "name"
            ),
        },
    )


def _desk_step(request, done: str, act):
    try:
        act()
    except InvalidInput as exc:
        show_errors_as_messages(request, exc)
    else:
        messages.success(request, done)
    return redirect("console:legal_desk")


@legal_required
@require_POST
def agencies(request):
    """Register an agency (`form=agency`), verify one (`form=verify`) or add
    an officer's sign-in (`form=officer`)."""
    data = request.POST
    if data.get("form") == "verify":
        return _desk_step(
            request,
            _("Saved."),
            lambda: verify_agency(
                agency_id=parse_row_id(data.get("agency")) or 0,
                actor=request.user,
                verified=data.get("verified") == "1",
            ),
        )
    if data.get("form") == "officer":
        return _desk_step(
            request,
            _("Officer created."),
            lambda: create_officer(
                agency_id=parse_row_id(data.get("agency")) or 0,
                email=data.get("email", ""),
                password=data.get("password", ""),
                language=data.get("language", "en"),
                actor=request.user,
            ),
        )
    return _desk_step(
        request,
        _("Agency registered."),
        lambda: register_agency(
            name=data.get("name", ""),
            country=data.get("country", ""),
            email_domains=data.get("domains", ""),
            actor=request.user,
        ),
    )


def _request_or_404(request_id) -> LegalRequest:
    row = (
        LegalRequest.objects.select_related(
            "agency", "officer__user", "reviewed_by", "approved_by", "verified_by"
        )
        .filter(pk=request_id)
        .first()
    )
    if row is None:
        raise LegalRequestNotFound()
    return row


@legal_required
@require_GET
def request_page(request, request_id):
    row = _request_or_404(request_id)
    now = timezone.now()
    holds = list(row.holds.order_by("pk"))
    return render(
        request,
        "console/legal_request.html",
        {
            "r": row,
            "notes": row.notes.select_related("author").order_by("pk"),
            "holds": [(h, h.is_active(now)) for h in holds],
            "disclosure": getattr(row, "disclosure", None),
            "outcomes": LegalRequest.Outcome.choices,
            "first_reviewer": row.reviewed_by_id == request.user.pk,
            "audit": AuditEvent.objects.filter(
                target_type="legal.legalrequest", target_id=str(row.pk)
            )
            .select_related("actor")
            .order_by("id"),
        },
    )


@legal_required
@require_GET
def document(request, request_id):
    """The request's PDF, to the legal team only."""
    row = _request_or_404(request_id)
    if not row.document:
        raise NotFound()
    response = FileResponse(row.document.open("rb"), content_type="application/pdf")
    response["Content-Disposition"] = f'inline; filename="{row.reference}.pdf"'
    response["X-Content-Type-Options"] = "nosniff"
    response["Content-Security-Policy"] = "sandbox; default-src 'none'"
    response["Cache-Control"] = "private, no-store"
    return response


def _step(request, request_id, done: str, act) -> object:
    """Run one step; show its field errors, or `done`; back to the request."""
    try:
        act()
    except InvalidInput as exc:
        show_errors_as_messages(request, exc)
    else:
        messages.success(request, done)
    return redirect("console:legal_request", request_id)


@legal_required
@require_POST
def verify(request, request_id):
    return _step(
        request,
        request_id,
        _("Requester verified."),
        lambda: verify_requester(
            request_id=request_id, actor=request.user, note=request.POST.get("note", "")
        ),
    )


@legal_required
@require_POST
def note(request, request_id):
    return _step(
        request,
        request_id,
        _("Note added."),
        lambda: add_legal_note(
            request_id=request_id, actor=request.user, body=request.POST.get("body", "")
        ),
    )


def _posted_targets(data) -> list[tuple[str, str]]:
    return [tuple(v.split(":", 1)) for v in data.getlist("targets") if ":" in v]


@legal_required
@require_POST
def outcome(request, request_id):
    return _step(
        request,
        request_id,
        _("Outcome recorded."),
        lambda: record_legal_outcome(
            request_id=request_id,
            actor=request.user,
            outcome=request.POST.get("outcome", ""),
            reason=request.POST.get("reason", ""),
            targets=_posted_targets(request.POST),
            data=request.POST.getlist("data"),
        ),
    )


@legal_required
@require_POST
def approve(request, request_id):
    return _step(
        request,
        request_id,
        _("Approved: the package is made and its link sent."),
        lambda: approve_legal_outcome(
            request_id=request_id, actor=request.user, note=request.POST.get("note", "")
        ),
    )


@legal_required
@require_POST
def send_back(request, request_id):
    return _step(
        request,
        request_id,
        _("Sent back to review."),
        lambda: return_legal_outcome(
            request_id=request_id, actor=request.user, note=request.POST.get("note", "")
        ),
    )


@legal_required
@require_POST
def hold(request, request_id):
    return _step(
        request,
        request_id,
        _("The targets are held."),
        lambda: place_preservation_holds(request_id=request_id, actor=request.user),
    )


@legal_required
@require_POST
def hold_action(request, request_id, hold_id):
    """Renew (`action=renew`) or release a hold."""
    if request.POST.get("action") == "renew":
        return _step(
            request,
            request_id,
            _("Hold renewed."),
            lambda: renew_preservation_hold(hold_id=hold_id, actor=request.user),
        )
    return _step(
        request,
        request_id,
        _("Hold released."),
        lambda: release_preservation_hold(
            hold_id=hold_id, actor=request.user, reason=request.POST.get("reason", "")
        ),
    )


@legal_required
@require_POST
def reissue_link(request, request_id):
    return _step(
        request,
        request_id,
        _("A new link was sent; the old one no longer works."),
        lambda: reissue_disclosure_link(request_id=request_id, actor=request.user),
    )

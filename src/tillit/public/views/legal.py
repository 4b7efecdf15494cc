"""The legal portal for officers of verified agencies, the published guide,
and the one-time download of a disclosure (S37)."""

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods

from tillit.core.errors import InvalidInput
from tillit.legal.errors import NotAnOfficer
from tillit.legal.models import RequestKind
from tillit.legal.permissions import officer_of
from tillit.legal.selectors import list_requests_for_officer
from tillit.legal.services.disclosure import download_disclosure
from tillit.legal.services.intake import submit_legal_request
from tillit.legal.validation import LegalRequestInput

from ..legal_forms import LegalRequestForm, parse_targets
from .shared import add_field_errors


def _on_form(form, exc: InvalidInput) -> None:
    """A target's errors ("targets.0.type") go on the targets field."""
    fields: dict[str, list] = {}
    for name, errors in exc.fields.items():
        fields.setdefault(name.split(".")[0], []).extend(errors)
    add_field_errors(form, InvalidInput(fields=fields))


@require_GET
def guide(request):
    """The published guide for authorities, with the periods from settings."""
    retention = settings.TILLIT["RETENTION"]
    return render(
        request,
        "public/legal_guide.html",
        {
            "no_violation_days": retention["NO_VIOLATION_DAYS"],
            "enforcement_days": retention["ENFORCEMENT_DAYS"],
            "hold_days": settings.TILLIT["PRESERVATION_HOLD_DAYS"],
            "link_hours": settings.TILLIT["LEGAL_DISCLOSURE_LINK_HOURS"],
            "document_mb": settings.TILLIT["LEGAL_DOCUMENT_MAX_BYTES"] // 2**20,
            "kinds": RequestKind.choices,
        },
    )


def _officer(request):
    officer = officer_of(request.user)
    if officer is None:
        raise NotAnOfficer()
    return officer


def _input(form) -> LegalRequestInput:
    data = form.cleaned_data
    return LegalRequestInput(
        country=data["country"],
        kind=data["kind"],
        legal_basis=data["legal_basis"],
        targets=parse_targets(data["targets"]),
        data_requested=list(data["data_requested"]),
        due_at=data["due_at"],
        nondisclosure_until=data["nondisclosure_until"],
    )


@login_required
@require_http_methods(["GET", "POST"])
def portal(request):
    """The officer's requests and their status, and the form to send one."""
    officer = _officer(request)
    form = LegalRequestForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        try:
            row = submit_legal_request(
                data=_input(form),
                officer=officer,
                source="portal",
                document=form.cleaned_data["document"],
            )
        except InvalidInput as exc:
            _on_form(form, exc)
        else:
            messages.success(
                request,
                _("Received: your reference is %(ref)s.") % {"ref": row.reference},
            )
            return redirect("public:legal_portal")
    status = 422 if request.method == "POST" else 200
    return render(
        request,
        "public/legal_portal.html",
        {
            "officer": officer,
            "form": form,
            "requests": list_requests_for_officer(officer=officer),
        },
        status=status,
    )


@login_required
@require_GET
def download(request, token):
    """Serve the package once; a forged, replaced, expired or used link is a
    4xx page and serves nothing."""
    _officer(request)
    name, content = download_disclosure(token=token, user=request.user)
    response = HttpResponse(content, content_type="application/zip")
    response["Content-Disposition"] = f'attachment; filename="{name}"'
    response["Cache-Control"] = "private, no-store"
    response["X-Content-Type-Options"] = "nosniff"
    return response

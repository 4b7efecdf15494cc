"""The policy desk: drafts in progress, new suggestions to triage, standards
due for review and overturn rates (S20–S22), and a new draft."""

from django.contrib import messages
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from tillit.appeals.selectors import count_overturns_by_standard
from tillit.core.errors import InvalidInput, PermissionDenied
from tillit.core.roles import can_open_policy_desk, can_read_policy_drafts
from tillit.policy.models import GuidelinesVersion, Standard, Suggestion
from tillit.policy.selectors import get_version_in_force, list_overdue_reviews
from tillit.policy.services.drafts import create_draft
from tillit.policy.services.reviews import record_standard_review
from tillit.policy.services.suggestions import triage_suggestion

from .shared import parse_row_id, show_errors_as_messages, staff_required

DRAFT_FIELDS = ("title_en", "title_sv", "body_en", "body_sv")


@staff_required
@require_http_methods(["GET", "POST"])
def policy(request):
    """The policy team's and the panel's desk; a POST triages a suggestion
    (`form=triage`) or records a standard's review."""
    if not can_open_policy_desk(request.user):
        raise PermissionDenied()
    if request.method == "POST":
        try:
            if request.POST.get("form") == "triage":
                _triage(request)
            else:
                _record_review(request)
        except InvalidInput as exc:
            show_errors_as_messages(request, exc)
            return redirect("console:policy")
        messages.success(request, _("Saved."))
        return redirect("console:policy")
    return render(
        request,
        "console/policy.html",
        {
            "drafts": GuidelinesVersion.objects.exclude(status="published").order_by(
                "-number"
            ),
            "suggestions": Suggestion.objects.filter(status="new").order_by(
                "created_at"
            ),
            "overdue": list_overdue_reviews(),
            "overturns": count_overturns_by_standard(),
        },
    )


def _triage(request) -> None:
    triage_suggestion(
        suggestion_id=parse_row_id(request.POST.get("suggestion")) or 0,
        actor=request.user,
        status=request.POST.get("status", ""),
        answer=request.POST.get("answer", ""),
        version_id=_posted_version_id(request.POST),
    )


def _record_review(request) -> None:
    record_standard_review(
        slug=request.POST.get("standard", ""),
        actor=request.user,
        outcome=request.POST.get("outcome", ""),
        note=request.POST.get("note", ""),
        version_id=_posted_version_id(request.POST),
    )


def _posted_version_id(data) -> int | None:
    """The version a triage or review names, if any."""
    return parse_row_id(data.get("version"))


@staff_required
@require_http_methods(["GET", "POST"])
def new_draft(request):
    """Draft a change to one standard's text."""
    if not can_read_policy_drafts(request.user):
        raise PermissionDenied()
    version = get_version_in_force()
    slug = request.POST.get("standard") or request.GET.get("standard") or "harassment"
    current = version.content.get(slug, {})
    errors = {}
    if request.method == "POST":
        try:
            draft = create_draft(
                actor=request.user,
                summary=request.POST.get("summary", ""),
                changes=_changed_text(request.POST, slug, current),
            )
        except InvalidInput as exc:
            errors = exc.fields
        else:
            return redirect("console:policy_version", version_id=draft.pk)
    return render(
        request,
        "console/policy_draft.html",
        {
            "version": version,
            "slug": slug,
            "current": {**current, **request.POST.dict()},
            "standards": Standard.objects.all(),
            "errors": errors,
        },
        status=422 if errors else 200,
    )


def _changed_text(data, slug: str, current: dict) -> dict:
    """The posted titles and bodies that differ from the standard's current
    text, as the draft's changes (none when nothing differs)."""
    fields = {
        k: data.get(k, "")
        for k in DRAFT_FIELDS
        if k in data and data[k] != current.get(k, "")
    }
    return {slug: fields} if fields else {}

"""What a reviewer does on a case: claim, release, escalate, ask, decide, note.

Each view validates its form, calls one service and redirects; bad input
shows the case page again with the form's errors (422) and changes nothing.
"""

from django.contrib import messages
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from tillit.cases.services.claims import claim_case, escalate_case, release_case
from tillit.cases.services.decisions import decide_case
from tillit.cases.services.notes import add_case_note
from tillit.cases.services.questions import request_information
from tillit.core.errors import InvalidInput
from tillit.core.htmx import render_page_or_partial
from tillit.detection.scanning import record_scan_feedback

from ..forms import DecisionForm, EscalateForm, InfoRequestForm, NoteForm
from .case_page import case_context
from .shared import get_reviewable_case, staff_required


@staff_required
@require_POST
def claim(request, case_id):
    claim_case(case_id=case_id, reviewer=request.user)
    return redirect("console:case", case_id=case_id)


@staff_required
@require_POST
def release(request, case_id):
    case = release_case(case_id=case_id, reviewer=request.user)
    messages.success(request, _("Case %(id)s is back in its queue.") % {"id": case_id})
    return redirect("console:queue", tier=case.tier)


@staff_required
@require_POST
def escalate(request, case_id):
    form = EscalateForm(request.POST)
    if not form.is_valid():
        return _case_page_with_errors(request, case_id, escalate_form=form)
    try:
        case = escalate_case(
            case_id=case_id, actor=request.user, reason=form.cleaned_data["reason"]
        )
    except InvalidInput as exc:
        _add_field_errors(form, exc)
        return _case_page_with_errors(request, case_id, escalate_form=form)
    messages.success(request, _("The case went up to the next tier."))
    # Back to the queue the case left, one tier below the one it is in now.
    return redirect("console:queue", tier=case.tier - 1)


@staff_required
@require_POST
def request_info(request, case_id):
    form = InfoRequestForm(request.POST)
    if not form.is_valid():
        return _case_page_with_errors(request, case_id, info_form=form)
    data = form.cleaned_data
    try:
        request_information(
            case_id=case_id,
            actor=request.user,
            recipient=data["recipient"],
            question=data["question"],
            deadline=_aware(data["deadline"]),
        )
    except InvalidInput as exc:
        _add_field_errors(form, exc)
        return _case_page_with_errors(request, case_id, info_form=form)
    return redirect("console:case", case_id=case_id)


@staff_required
@require_POST
def decide(request, case_id):
    """Record a decision; the service refuses one on an appeal case, which the
    panel decides by vote (AppealDecidedByVote, 403)."""
    form = DecisionForm(request.POST)
    if not form.is_valid():
        return _case_page_with_errors(request, case_id, decision_form=form)
    data = form.cleaned_data
    try:
        decide_case(
            case_id=case_id,
            reviewer=request.user,
            outcome=data["outcome"],
            standard=data["standard"],
            actions=_decision_actions(data),
            rationale=data["rationale"],
        )
    except InvalidInput as exc:
        _add_field_errors(form, exc)
        return _case_page_with_errors(request, case_id, decision_form=form)
    return redirect("console:case", case_id=case_id)


@staff_required
@require_POST
def add_note(request, case_id):
    """Add an internal note; with htmx, answer with the notes card only."""
    form = NoteForm(request.POST)
    if not form.is_valid():
        if not request.htmx:
            return _case_page_with_errors(request, case_id, note_form=form)
        case = get_reviewable_case(request, case_id)
        context = case_context(request, case, note_form=form)
        return render_page_or_partial(
            request, "console/case.html", "notes", context, 422
        )
    add_case_note(case_id=case_id, author=request.user, body=form.cleaned_data["body"])
    if not request.htmx:
        return redirect(reverse("console:case", args=[case_id]) + "#notes")
    case = get_reviewable_case(request, case_id)
    return render_page_or_partial(
        request, "console/case.html", "notes", case_context(request, case)
    )


@staff_required
@require_POST
def scan_feedback(request, case_id, scan_id):
    """Say whether the AI scan of the case's event was right; with htmx,
    answer with the scan card only."""
    record_scan_feedback(
        reviewer=request.user,
        case_id=case_id,
        scan_id=scan_id,
        verdict=request.POST.get("verdict", ""),
    )
    if not request.htmx:
        messages.success(request, _("Thank you: the verdict will train the scanner."))
        return redirect(reverse("console:case", args=[case_id]) + "#ai-scan")
    case = get_reviewable_case(request, case_id)
    return render_page_or_partial(
        request, "console/case.html", "ai_scan", case_context(request, case)
    )


def _case_page_with_errors(request, case_id, **forms):
    """Show the case again with the given forms' errors (422); nothing changed."""
    case = get_reviewable_case(request, case_id)
    return render(
        request, "console/case.html", case_context(request, case, **forms), status=422
    )


def _add_field_errors(form, exc: InvalidInput) -> None:
    """Put a service's field errors on the form's fields, the rest on the form."""
    for field, errors in exc.fields.items():
        for error in errors:
            form.add_error(field if field in form.fields else None, error)


def _aware(deadline):
    """The deadline in the console's time zone when the form gave a naive one."""
    if timezone.is_naive(deadline):
        return timezone.make_aware(deadline)
    return deadline


def _decision_actions(data) -> list[dict]:
    """The ticked actions, a suspension with its days; the service checks them."""
    actions = []
    for kind in data["actions"]:
        item = {"type": kind}
        if kind == "suspend_account":
            item["days"] = data.get("days")
        actions.append(item)
    return actions

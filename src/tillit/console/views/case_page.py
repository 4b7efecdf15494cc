"""A case's page: its reports and evidence, history, priority, precedents,
notes and audit trail, beside the forms that act on it."""

from datetime import timedelta

from django.http import FileResponse
from django.shortcuts import render
from django.utils import timezone, translation
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_GET

from tillit.appeals.models import Appeal
from tillit.cases.errors import TierForbidden
from tillit.cases.models import Case, Decision
from tillit.cases.permissions import can_view_case, can_work_case
from tillit.cases.priority import SEVERITY_POINTS
from tillit.cases.selectors import get_target_history, list_similar_decisions
from tillit.core.audit import AuditEvent
from tillit.core.errors import NotFound
from tillit.core.roles import staff_of
from tillit.enforcement.actions import ACTION_TYPES
from tillit.intake.models import Evidence
from tillit.legal.selectors import list_holds_on_case
from tillit.policy.models import Standard
from tillit.policy.selectors import get_version_in_force

from ..forms import (
    MODIFY_ACTIONS,
    DecisionForm,
    EscalateForm,
    InfoRequestForm,
    NoteForm,
)
from .shared import get_reviewable_case, parse_row_id, staff_required

PRIORITY_LABELS = {
    "severity": gettext_lazy("Severity of the standard"),
    "in_progress": gettext_lazy("The meeting is in progress"),
    "starts_soon": gettext_lazy("The meeting starts soon (minutes)"),
    "review_time": gettext_lazy("Expected review time (seconds)"),
    "reporters": gettext_lazy("Reporters and their record"),
    "detection": gettext_lazy("Detection confidence"),
}


@staff_required
@require_GET
def case_detail(request, case_id):
    case = get_reviewable_case(request, case_id)
    return render(request, "console/case.html", case_context(request, case))


@staff_required
@require_GET
def evidence(request, evidence_id):
    """Serve one evidence file to a reviewer of its case's tier, never elsewhere."""
    item = (
        Evidence.objects.select_related("report__case").filter(pk=evidence_id).first()
    )
    if item is None:
        raise NotFound()
    if not can_view_case(request.user, item.report.case):
        raise TierForbidden()
    response = FileResponse(item.file.open("rb"), content_type=item.content_type)
    response["Content-Disposition"] = "inline"
    response["X-Content-Type-Options"] = "nosniff"
    response["Content-Security-Policy"] = "sandbox; default-src 'none'"
    response["Cache-Control"] = "private, no-store"
    return response


def case_context(request, case, **forms) -> dict:
    """Return the case page's context; a form given in `forms` (by its context
    name, e.g. `note_form=`) replaces the blank one, to show its errors."""
    user = request.user
    return {
        "case": case,
        **_appeal_context(case, user),
        "decisions": _decisions_with_text(case),
        "holding": case.state == Case.State.CLAIMED and case.assignee_id == user.pk,
        "can_work": can_work_case(user, case),
        "history": get_target_history(case=case, viewer=user),
        "similar": list_similar_decisions(case=case, viewer=user),
        **_decision_choices(case),
        **_media_context(request),
        "pending": _pending_decision(case),
        "audit": _audit_trail(case),
        "holds": list_holds_on_case(case, now=timezone.now()),
        **_forms(case, forms),
    }


def _appeal_context(case, user) -> dict:
    """The appeal a case of the panel reviews, and the viewer's seat on it."""
    appeal, my_seat = None, None
    if case.target_type == "decision":
        appeal = (
            Appeal.objects.select_related("decision__standard")
            .prefetch_related("seats__member__user")
            .filter(decision_id=case.target_id)
            .first()
        )
        if appeal is not None:
            my_seat = next(
                (s for s in appeal.seats.all() if s.member.user_id == user.pk),
                None,
            )
    return {"appeal": appeal, "my_seat": my_seat}


def _decisions_with_text(case) -> list[dict]:
    """Each decision on the case, with its standard's text in the version it
    applied, in the reader's language."""
    lang = (translation.get_language() or "en")[:2]
    return [
        {
            "d": d,
            "text": d.policy_version.text_of(d.standard_id, lang)
            if d.policy_version
            else None,
        }
        for d in case.decisions.all()
    ]


def _decision_choices(case) -> dict:
    """What the decision form and the priority card choose from and explain."""
    return {
        "standards": Standard.objects.all(),
        "action_types": ACTION_TYPES,
        "modify_actions": MODIFY_ACTIONS,
        "priority_reasons": [
            {**r, "label": PRIORITY_LABELS.get(r["code"], r["code"])}
            for r in case.priority_reasons
        ],
        "critical": case.standard.severity == "critical",
        "severity_points": SEVERITY_POINTS,
    }


def _media_context(request) -> dict:
    """The evidence revealed on this view (`?reveal=<id>`), and whether media
    stays greyscale after revealing it (the viewer's setting)."""
    staff = staff_of(request.user)
    return {
        "revealed": set(filter(None, map(parse_row_id, request.GET.getlist("reveal")))),
        "greyscale": bool(staff and staff.media_stays_greyscale),
    }


def _pending_decision(case) -> Decision | None:
    return next(
        (
            d
            for d in case.decisions.all()
            if d.status == Decision.Status.PENDING_APPROVAL
        ),
        None,
    )


def _audit_trail(case):
    return (
        AuditEvent.objects.filter(target_type="cases.case", target_id=str(case.pk))
        .select_related("actor")
        .order_by("id")
    )


def _forms(case, given: dict) -> dict:
    """The page's forms: those given (bound, showing their errors) and blank
    ones for the rest, the decision pre-filled from the case's standard and a
    question's deadline three days out."""
    forms = dict(given)
    if "decision_form" not in forms:
        forms["decision_form"] = DecisionForm(
            initial={"standard": case.standard_id, "actions": _default_actions(case)}
        )
    if "info_form" not in forms:
        deadline = (timezone.localtime() + timedelta(days=3)).replace(
            second=0, microsecond=0, tzinfo=None
        )
        forms["info_form"] = InfoRequestForm(initial={"deadline": deadline})
    if "escalate_form" not in forms:
        forms["escalate_form"] = EscalateForm()
    if "note_form" not in forms:
        forms["note_form"] = NoteForm()
    return forms


def _default_actions(case) -> list[str]:
    """The standard's default actions in the version in force, pre-ticked."""
    version = get_version_in_force()
    entry = version.content.get(case.standard_id, {}) if version else {}
    return list(entry.get("default_actions", []))

"""The analysts' console: thin views over the cases services (S7–S16)."""

from datetime import datetime, timedelta
from functools import wraps

from django.contrib import messages
from django.contrib.auth import get_user_model
from django.contrib.auth.views import redirect_to_login
from django.http import FileResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from tillit.appeals.models import Appeal, PanelSeat
from tillit.appeals.services import vote_on_appeal
from tillit.cases.errors import CaseNotFound, TierForbidden
from tillit.cases.models import Case, Decision
from tillit.cases.permissions import can_view_case, can_work_case
from tillit.cases.priority import SEVERITY_POINTS
from tillit.cases.selectors import (
    QUEUE_FILTERS,
    get_case_for_review,
    get_target_history,
    list_my_work,
    list_pending_approvals,
    list_queue,
    list_similar_decisions,
    search_decisions,
    summarise_queues,
)
from tillit.cases.services.claims import (
    claim_case,
    claim_next_case,
    escalate_case,
    release_case,
)
from tillit.cases.services.decisions import (
    approve_decision,
    decide_case,
    reject_decision,
)
from tillit.cases.services.notes import add_case_note
from tillit.cases.services.questions import request_information
from tillit.core.audit import AuditEvent
from tillit.core.errors import InvalidInput, NotFound, PermissionDenied
from tillit.core.htmx import render_page_or_partial
from tillit.core.roles import (
    can_open_policy_desk,
    can_read_policy_drafts,
    can_review_tier,
    can_see_worker_health,
    is_staff_member,
    reviewer_tiers,
    staff_of,
)
from tillit.core.staff import update_staff_preferences
from tillit.core.worker import get_worker_health
from tillit.directory.models import Meeting
from tillit.enforcement.actions import ACTION_TYPES
from tillit.intake.models import Channel, Evidence
from tillit.policy import services as policy_services
from tillit.policy.models import GuidelinesVersion, Standard, Suggestion
from tillit.policy.selectors import (
    count_overturns_by_standard,
    diff_versions,
    get_version_in_force,
    list_overdue_reviews,
)
from tillit.policy.services import record_standard_review, triage_suggestion

from .forms import (
    MODIFY_ACTIONS,
    DecisionForm,
    EscalateForm,
    InfoRequestForm,
    NoteForm,
    PreferencesForm,
)


def staff_required(view):
    @wraps(view)
    def wrapper(request, *args, **kwargs):
        if not request.user.is_authenticated:
            return redirect_to_login(request.get_full_path())
        if not is_staff_member(request.user):
            raise PermissionDenied()
        return view(request, *args, **kwargs)

    return wrapper


def _filters(data) -> dict:
    return {k: data.get(k, "") for k in QUEUE_FILTERS if data.get(k)}


@staff_required
@require_GET
def home(request):
    tiers = reviewer_tiers(request.user)
    if not tiers:
        return render(request, "console/no_queue.html")
    return redirect("console:queue", tier=tiers[0])


@staff_required
@require_GET
def queue(request, tier):
    if not can_review_tier(request.user, tier):
        raise TierForbidden()
    filters = _filters(request.GET)
    tiers = reviewer_tiers(request.user)
    context = {
        "tier": tier,
        "tabs": summarise_queues(tiers=tiers),
        "cases": list_queue(tier=tier, filters=filters),
        "filters": filters,
        "standards": Standard.objects.all(),
        "channels": Channel.choices,
        "contexts": Meeting.Context.choices,
        "lanes": Case.Lane.choices,
        "now": timezone.now(),
    }
    if can_see_worker_health(request.user) and not request.htmx:
        context["worker"] = get_worker_health(now=context["now"])
    return render_page_or_partial(request, "console/queue.html", "queue-table", context)


@staff_required
@require_POST
def claim_next(request, tier):
    case = claim_next_case(
        reviewer=request.user, tier=tier, filters=_filters(request.POST)
    )
    if case is None:
        messages.info(request, _("The queue is empty."))
        return redirect("console:queue", tier=tier)
    return redirect("console:case", case_id=case.pk)


def _get_reviewable_case(request, case_id) -> Case:
    case = get_case_for_review(case_id=case_id)
    if case is None:
        raise CaseNotFound()
    if not can_view_case(request.user, case):
        raise TierForbidden()
    return case


PRIORITY_LABELS = {
    "severity": gettext_lazy("Severity of the standard"),
    "in_progress": gettext_lazy("The meeting is in progress"),
    "starts_soon": gettext_lazy("The meeting starts soon (minutes)"),
    "review_time": gettext_lazy("Expected review time (seconds)"),
    "reporters": gettext_lazy("Reporters and their record"),
    "detection": gettext_lazy("Detection confidence"),
}


def _default_actions(case) -> list[str]:
    """The standard's default actions in the version in force, pre-ticked."""
    version = get_version_in_force()
    entry = version.content.get(case.standard_id, {}) if version else {}
    return list(entry.get("default_actions", []))


def _case_context(request, case, **extra):
    staff = staff_of(request.user)
    holding = case.state == Case.State.CLAIMED and case.assignee_id == request.user.pk
    revealed = {int(x) for x in request.GET.getlist("reveal") if x.isdigit()}
    pending = next(
        (
            d
            for d in case.decisions.all()
            if d.status == Decision.Status.PENDING_APPROVAL
        ),
        None,
    )
    lang = (translation.get_language() or "en")[:2]
    decisions = [
        {
            "d": d,
            "text": d.policy_version.text_of(d.standard_id, lang)
            if d.policy_version
            else None,
        }
        for d in case.decisions.all()
    ]
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
                (s for s in appeal.seats.all() if s.member.user_id == request.user.pk),
                None,
            )
    return {
        "case": case,
        "appeal": appeal,
        "my_seat": my_seat,
        "decisions": decisions,
        "holding": holding,
        "can_work": can_work_case(request.user, case),
        "history": get_target_history(case=case, viewer=request.user),
        "similar": list_similar_decisions(case=case, viewer=request.user),
        "standards": Standard.objects.all(),
        "action_types": ACTION_TYPES,
        "modify_actions": MODIFY_ACTIONS,
        "priority_reasons": [
            {**r, "label": PRIORITY_LABELS.get(r["code"], r["code"])}
            for r in case.priority_reasons
        ],
        "critical": case.standard.severity == "critical",
        "severity_points": SEVERITY_POINTS,
        "revealed": revealed,
        "greyscale": bool(staff and staff.media_stays_greyscale),
        "pending": pending,
        "audit": AuditEvent.objects.filter(
            target_type="cases.case", target_id=str(case.pk)
        )
        .select_related("actor")
        .order_by("id"),
        "decision_form": extra.pop("decision_form", None)
        or DecisionForm(
            initial={"standard": case.standard_id, "actions": _default_actions(case)}
        ),
        "info_form": extra.pop("info_form", None)
        or InfoRequestForm(
            initial={
                "deadline": (timezone.localtime() + timedelta(days=3)).replace(
                    second=0, microsecond=0, tzinfo=None
                )
            }
        ),
        "escalate_form": extra.pop("escalate_form", None) or EscalateForm(),
        "note_form": extra.pop("note_form", None) or NoteForm(),
        **extra,
    }


@staff_required
@require_GET
def case_detail(request, case_id):
    case = _get_reviewable_case(request, case_id)
    return render(request, "console/case.html", _case_context(request, case))


def _after(request, case_id, form_name, form, action, on_success=None):
    """Validate the form, run the service, redirect (or answer with
    `on_success(result)`); on bad input show the case again with the form's
    errors (422), nothing changed."""
    if form.is_valid():
        try:
            result = action(form.cleaned_data)
        except InvalidInput as exc:
            for field, errors in exc.fields.items():
                for error in errors:
                    form.add_error(field if field in form.fields else None, error)
        else:
            if on_success is not None:
                return on_success(result)
            return redirect("console:case", case_id=case_id)
    case = _get_reviewable_case(request, case_id)
    return render(
        request,
        "console/case.html",
        _case_context(request, case, **{form_name: form}),
        status=422,
    )


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
    def back_to_queue(case):
        messages.success(request, _("The case went up to the next tier."))
        return redirect("console:queue", tier=case.tier - 1)

    return _after(
        request,
        case_id,
        "escalate_form",
        EscalateForm(request.POST),
        lambda d: escalate_case(
            case_id=case_id, actor=request.user, reason=d["reason"]
        ),
        on_success=back_to_queue,
    )


@staff_required
@require_POST
def request_info(request, case_id):
    form = InfoRequestForm(request.POST)

    def action(data):
        deadline = data["deadline"]
        if timezone.is_naive(deadline):
            deadline = timezone.make_aware(deadline)
        request_information(
            case_id=case_id,
            actor=request.user,
            recipient=data["recipient"],
            question=data["question"],
            deadline=deadline,
        )

    return _after(request, case_id, "info_form", form, action)


@staff_required
@require_POST
def decide(request, case_id):
    form = DecisionForm(request.POST)

    def action(data):
        actions = []
        for kind in data["actions"]:
            item = {"type": kind}
            if kind == "suspend_account":
                item["days"] = data.get("days")
            actions.append(item)
        decide_case(
            case_id=case_id,
            reviewer=request.user,
            outcome=data["outcome"],
            standard=data["standard"],
            actions=actions,
            rationale=data["rationale"],
        )

    return _after(request, case_id, "decision_form", form, action)


@staff_required
@require_POST
def add_note(request, case_id):
    form = NoteForm(request.POST)
    if not form.is_valid():
        if not request.htmx:
            return _after(request, case_id, "note_form", form, lambda d: None)
        case = _get_reviewable_case(request, case_id)
        context = _case_context(request, case, note_form=form)
        return render_page_or_partial(
            request, "console/case.html", "notes", context, 422
        )
    add_case_note(case_id=case_id, author=request.user, body=form.cleaned_data["body"])
    if not request.htmx:
        return redirect(reverse("console:case", args=[case_id]) + "#notes")
    case = _get_reviewable_case(request, case_id)
    return render_page_or_partial(
        request, "console/case.html", "notes", _case_context(request, case)
    )


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


@staff_required
@require_GET
def approvals(request):
    return render(
        request,
        "console/approvals.html",
        {"decisions": list_pending_approvals(viewer=request.user)},
    )


@staff_required
@require_POST
def approve(request, decision_id):
    approve_decision(
        decision_id=decision_id,
        approver=request.user,
        note=request.POST.get("note", ""),
    )
    messages.success(request, _("Approved: the decision is in force."))
    return redirect("console:approvals")


@staff_required
@require_POST
def reject(request, decision_id):
    try:
        reject_decision(
            decision_id=decision_id,
            approver=request.user,
            note=request.POST.get("note", ""),
        )
    except InvalidInput:
        messages.error(request, _("Say why you do not approve."))
        return redirect("console:approvals")
    messages.success(request, _("Rejected: the case is back in its queue."))
    return redirect("console:approvals")


@staff_required
@require_GET
def register(request):
    query = {
        k: request.GET.get(k, "")
        for k in ("q", "standard", "outcome", "context", "action")
    }
    decisions = search_decisions(
        viewer=request.user,
        text=query["q"],
        standard=query["standard"],
        outcome=query["outcome"],
        context=query["context"],
        action=query["action"],
    )[:100]
    return render(
        request,
        "console/register.html",
        {
            "decisions": decisions,
            "query": query,
            "standards": Standard.objects.all(),
            "outcomes": Decision.Outcome.choices,
            "contexts": Meeting.Context.choices,
            "action_types": ACTION_TYPES,
        },
    )


@staff_required
@require_GET
def my_work(request):
    return render(
        request,
        "console/mine.html",
        list_my_work(user=request.user, now=timezone.now()),
    )


@staff_required
@require_http_methods(["GET", "POST"])
def preferences(request):
    staff = staff_of(request.user)
    form = PreferencesForm(
        request.POST or None,
        initial={
            "language": staff.language,
            "media_stays_greyscale": staff.media_stays_greyscale,
        },
    )
    if request.method == "POST" and form.is_valid():
        update_staff_preferences(
            user=request.user,
            language=form.cleaned_data["language"],
            media_stays_greyscale=form.cleaned_data["media_stays_greyscale"],
        )
        translation.activate(form.cleaned_data["language"])
        messages.success(request, _("Your settings were saved."))
        response = redirect("console:preferences")
        response.delete_cookie("django_language")
        return response
    return render(
        request,
        "console/preferences.html",
        {"form": form},
        status=422 if form.errors else 200,
    )


@staff_required
@require_GET
def appeals(request):
    """The panel member's appeals: statement, original decision, and a vote."""
    seats = (
        PanelSeat.objects.filter(member__user=request.user)
        .select_related("appeal__decision__standard", "appeal__decision__case")
        .order_by("voted_at", "appeal__created_at")
    )
    return render(
        request,
        "console/appeals.html",
        {"seats": seats, "modify_actions": MODIFY_ACTIONS},
    )


def _posted_actions(data) -> list:
    """The ticked actions, a suspension with its days; the service checks them."""
    actions = []
    for kind in data.getlist("actions"):
        item = {"type": kind}
        if kind == "suspend_account":
            days = data.get("days", "")
            item["days"] = int(days) if days.isdigit() else None
        actions.append(item)
    return actions


@staff_required
@require_POST
def vote(request, appeal_id):
    try:
        vote_on_appeal(
            appeal_id=appeal_id,
            member_user=request.user,
            vote=request.POST.get("vote", ""),
            reasons=request.POST.get("reasons", ""),
            actions=_posted_actions(request.POST),
        )
    except InvalidInput as exc:
        for errors in exc.fields.values():
            for error in errors:
                messages.error(request, error)
        return redirect("console:appeals")
    messages.success(request, _("Your vote was recorded."))
    back = request.POST.get("case", "")
    if back.isdigit():
        return redirect("console:case", case_id=int(back))
    return redirect("console:appeals")


@staff_required
@require_http_methods(["GET", "POST"])
def policy(request):
    """The policy team's and the panel's desk: drafts, suggestions, reviews
    due, and overturn rates (S20–S22)."""
    if not can_open_policy_desk(request.user):
        raise PermissionDenied()
    if request.method == "POST":
        try:
            if request.POST.get("form") == "triage":
                triage_suggestion(
                    suggestion_id=int(request.POST.get("suggestion") or 0),
                    actor=request.user,
                    status=request.POST.get("status", ""),
                    answer=request.POST.get("answer", ""),
                    version_id=int(request.POST["version"])
                    if request.POST.get("version", "").isdigit()
                    else None,
                )
            else:
                record_standard_review(
                    slug=request.POST.get("standard", ""),
                    actor=request.user,
                    outcome=request.POST.get("outcome", ""),
                    note=request.POST.get("note", ""),
                    version_id=int(request.POST["version"])
                    if request.POST.get("version", "").isdigit()
                    else None,
                )
        except InvalidInput as exc:
            for errors in exc.fields.values():
                for error in errors:
                    messages.error(request, error)
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


def _policy_staff(request):
    if not can_read_policy_drafts(request.user):
        raise PermissionDenied()


@staff_required
@require_http_methods(["GET", "POST"])
def new_draft(request):
    """Draft a change to one standard's text."""
    _policy_staff(request)
    version = get_version_in_force()
    slug = request.POST.get("standard") or request.GET.get("standard") or "harassment"
    current = version.content.get(slug, {})
    errors = {}
    if request.method == "POST":
        fields = {
            k: request.POST.get(k, "")
            for k in ("title_en", "title_sv", "body_en", "body_sv")
            if k in request.POST and request.POST[k] != current.get(k, "")
        }
        try:
            draft = policy_services.create_draft(
                actor=request.user,
                summary=request.POST.get("summary", ""),
                changes={slug: fields} if fields else {},
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


@staff_required
@require_http_methods(["GET", "POST"])
def policy_version(request, version_id):
    """One version on its way through the update process, with the step it is at."""
    _policy_staff(request)
    version = GuidelinesVersion.objects.filter(pk=version_id).first()
    if version is None:
        raise NotFound()
    if request.method == "POST":
        step, user = request.POST.get("step", ""), request.user
        try:
            if step == "review":
                reviewers = list(
                    get_user_model().objects.filter(
                        pk__in=request.POST.getlist("reviewers")
                    )
                )
                policy_services.submit_for_internal_review(
                    version_id=version.pk, actor=user, reviewers=reviewers
                )
            elif step == "sign_off":
                policy_services.sign_off_version(
                    version_id=version.pk,
                    reviewer=user,
                    comment=request.POST.get("comment", ""),
                )
            elif step == "consult":
                invitees = []
                for line in request.POST.get("invitees", "").splitlines():
                    parts = [p.strip() for p in line.split(",")]
                    if any(parts):
                        invitees.append(
                            dict(
                                zip(
                                    ("name", "email", "organisation"),
                                    parts,
                                    strict=False,
                                )
                            )
                        )
                policy_services.open_consultation(
                    version_id=version.pk, actor=user, invitees=invitees
                )
            elif step == "close":
                policy_services.close_consultation(version_id=version.pk, actor=user)
            elif step == "approve":
                policy_services.approve_version(version_id=version.pk, approver=user)
            elif step == "publish":
                raw = request.POST.get("effective_at", "")
                effective = None
                if raw:
                    try:
                        effective = timezone.make_aware(datetime.fromisoformat(raw))
                    except ValueError:
                        raise InvalidInput(
                            fields={"effective_at": [_("Give a date and time.")]}
                        ) from None
                policy_services.publish_version(
                    version_id=version.pk, actor=user, effective_at=effective
                )
            else:
                raise InvalidInput(fields={"step": [_("Unknown action.")]})
        except InvalidInput as exc:
            for errors in exc.fields.values():
                for error in errors:
                    messages.error(request, error)
        else:
            messages.success(request, _("Saved."))
        return redirect("console:policy_version", version_id=version.pk)
    return render(
        request,
        "console/policy_version.html",
        {
            "version": version,
            "changes": diff_versions(version.based_on, version),
            "reviewers": version.reviewers.select_related("reviewer"),
            "comments": version.comments.select_related(
                "author", "invitation"
            ).order_by("created_at"),
            "invitations": version.invitations.all(),
            "approvals": version.approvals.select_related("approver"),
            "staff_users": get_user_model()
            .objects.filter(staff__isnull=False)
            .exclude(pk=request.user.pk),
            "i_review": version.reviewers.filter(
                reviewer=request.user, signed_off_at__isnull=True
            ).exists(),
        },
    )

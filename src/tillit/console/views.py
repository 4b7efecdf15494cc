"""The analysts' console: thin views over the cases services (S7–S16)."""

from datetime import timedelta
from functools import wraps

from django.contrib import messages
from django.contrib.auth.views import redirect_to_login
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_POST

from tillit.cases import services
from tillit.cases.errors import CaseNotFound, TierForbidden
from tillit.cases.models import Case, Decision
from tillit.cases.selectors import (
    count_open_cases,
    get_case_for_review,
    list_pending_approvals,
    list_queue,
    search_decisions,
)
from tillit.core.audit import AuditEvent
from tillit.core.errors import InvalidInput, PermissionDenied
from tillit.core.roles import can_review_tier, is_staff_member, reviewer_tiers
from tillit.enforcement.actions import ACTION_TYPES
from tillit.policy.models import Standard


def staff_required(view):
    @wraps(view)
    def wrapper(request, *args, **kwargs):
        if not request.user.is_authenticated:
            return redirect_to_login(request.get_full_path())
        if not is_staff_member(request.user):
            raise PermissionDenied()
        return view(request, *args, **kwargs)

    return wrapper


@staff_required
@require_GET
def home(request):
    tiers = [
        {"tier": t, "open": count_open_cases(tier=t)}
        for t in reviewer_tiers(request.user)
    ]
    mine = Case.objects.filter(assignee=request.user, state=Case.State.CLAIMED)
    return render(request, "console/home.html", {"tiers": tiers, "mine": mine})


@staff_required
@require_GET
def queue(request, tier):
    if not can_review_tier(request.user, tier):
        raise TierForbidden()
    return render(
        request,
        "console/queue.html",
        {"tier": tier, "cases": list_queue(tier=tier), "now": timezone.now()},
    )


@staff_required
@require_POST
def claim_next(request, tier):
    case = services.claim_next_case(reviewer=request.user, tier=tier)
    if case is None:
        messages.info(request, _("The queue is empty."))
        return redirect("console:queue", tier=tier)
    return redirect("console:case", case_id=case.pk)


def _case_context(request, case, **extra):
    return {
        "case": case,
        "standards": Standard.objects.all(),
        "action_types": ACTION_TYPES,
        "holding": case.state == Case.State.CLAIMED
        and case.assignee_id == request.user.pk,
        "audit": AuditEvent.objects.filter(
            target_type="cases.case", target_id=str(case.pk)
        )
        .select_related("actor")
        .order_by("seq"),
        "default_deadline": (timezone.localtime() + timedelta(days=3)).strftime(
            "%Y-%m-%dT%H:%M"
        ),
        **extra,
    }


@staff_required
@require_GET
def case_detail(request, case_id):
    case = get_case_for_review(case_id=case_id)
    if case is None:
        raise CaseNotFound()
    if not can_review_tier(request.user, case.tier):
        raise TierForbidden()
    return render(request, "console/case.html", _case_context(request, case))


def _act(request, case_id, action):
    """Run one service; on bad input show the case again with the errors."""
    try:
        action()
    except InvalidInput as exc:
        case = get_case_for_review(case_id=case_id)
        return render(
            request,
            "console/case.html",
            _case_context(request, case, errors=exc.fields),
            status=422,
        )
    return redirect("console:case", case_id=case_id)


@staff_required
@require_POST
def claim(request, case_id):
    return _act(
        request,
        case_id,
        lambda: services.claim_case(case_id=case_id, reviewer=request.user),
    )


@staff_required
@require_POST
def release(request, case_id):
    services.release_case(case_id=case_id, reviewer=request.user)
    return redirect("console:home")


@staff_required
@require_POST
def escalate(request, case_id):
    reason = request.POST.get("reason", "")
    response = _act(
        request,
        case_id,
        lambda: services.escalate_case(
            case_id=case_id, actor=request.user, reason=reason
        ),
    )
    if response.status_code == 302:
        messages.success(request, _("The case went up a tier."))
        return redirect("console:home")
    return response


@staff_required
@require_POST
def request_info(request, case_id):
    def action():
        raw = request.POST.get("deadline", "")
        try:
            deadline = (
                timezone.make_aware(timezone.datetime.fromisoformat(raw))
                if raw
                else None
            )
        except ValueError:
            deadline = None
        if deadline is None:
            raise InvalidInput(fields={"deadline": [_("Give a date and time.")]})
        services.request_information(
            case_id=case_id,
            actor=request.user,
            recipient=request.POST.get("recipient", ""),
            question=request.POST.get("question", ""),
            deadline=deadline,
        )

    return _act(request, case_id, action)


@staff_required
@require_POST
def decide(request, case_id):
    def action():
        actions = []
        for kind in request.POST.getlist("actions"):
            item = {"type": kind}
            if kind == "suspend_account":
                try:
                    item["days"] = int(request.POST.get("days", ""))
                except ValueError:
                    item["days"] = None
            actions.append(item)
        services.decide_case(
            case_id=case_id,
            reviewer=request.user,
            outcome=request.POST.get("outcome", ""),
            standard=request.POST.get("standard", ""),
            actions=actions,
            rationale=request.POST.get("rationale", ""),
        )

    return _act(request, case_id, action)


@staff_required
@require_GET
def approvals(request):
    return render(
        request,
        "console/approvals.html",
        {"decisions": list_pending_approvals(exclude_user=request.user)},
    )


@staff_required
@require_POST
def approve(request, decision_id):
    services.approve_decision(
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
        services.reject_decision(
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
    decisions = search_decisions(
        text=request.GET.get("q", ""),
        standard=request.GET.get("standard", ""),
        outcome=request.GET.get("outcome", ""),
    )[:100]
    return render(
        request,
        "console/register.html",
        {
            "decisions": decisions,
            "standards": Standard.objects.all(),
            "outcomes": Decision.Outcome.choices,
        },
    )

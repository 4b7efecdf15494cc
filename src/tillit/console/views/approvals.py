"""The second approver's desk: suspensions and terminations awaiting approval."""

from django.contrib import messages
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_POST

from tillit.cases.selectors import list_pending_approvals
from tillit.cases.services.decisions import approve_decision, reject_decision
from tillit.core.errors import InvalidInput

from .shared import staff_required


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

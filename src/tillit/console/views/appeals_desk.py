"""The appeals panel's desk: the appeals a member sits on, and their vote."""

from django.contrib import messages
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_POST

from tillit.appeals.models import PanelSeat
from tillit.appeals.services import vote_on_appeal
from tillit.core.errors import InvalidInput

from ..forms import MODIFY_ACTIONS
from .shared import parse_row_id, show_errors_as_messages, staff_required


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


@staff_required
@require_POST
def vote(request, appeal_id):
    """Record the member's vote; back to the appeal's case when voted from there."""
    try:
        vote_on_appeal(
            appeal_id=appeal_id,
            member_user=request.user,
            vote=request.POST.get("vote", ""),
            reasons=request.POST.get("reasons", ""),
            actions=_posted_actions(request.POST),
        )
    except InvalidInput as exc:
        show_errors_as_messages(request, exc)
        return redirect("console:appeals")
    messages.success(request, _("Your vote was recorded."))
    if back := parse_row_id(request.POST.get("case")):
        return redirect("console:case", case_id=back)
    return redirect("console:appeals")


def _posted_actions(data) -> list:
    """The ticked actions, a suspension with its days; the service checks them."""
    actions = []
    for kind in data.getlist("actions"):
        item = {"type": kind}
        if kind == "suspend_account":
            days = data.get("days", "")
            item["days"] = int(days) if days.isascii() and days.isdigit() else None
        actions.append(item)
    return actions

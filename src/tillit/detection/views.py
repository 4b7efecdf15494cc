from django.shortcuts import render
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_http_methods

from tillit.core.ratelimit import limit_posts

from .services import read_at_risk_link, take_at_risk_action

LABELS = {
    "waiting_room": _("Turn on the waiting room"),
    "sign_in": _("Only signed-in users may join"),
    "new_passcode": _("Replace the passcode"),
    "new_meeting_id": _("Replace the meeting ID"),
}


@require_http_methods(["GET", "POST"])
@limit_posts("public_form")
def action(request, token):
    """The one-click action from an at-risk notice: a GET shows what will
    happen (mail scanners follow links), the button does it."""
    meeting, chosen = read_at_risk_link(token)
    done = None
    if request.method == "POST":
        done = take_at_risk_action(token=token)
    return render(
        request,
        "detection/action.html",
        {"label": LABELS[chosen], "meeting_id": meeting.pk, "done": done},
    )

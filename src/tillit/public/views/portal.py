"""The portal: a signed-in host's meetings, each with "Report" (S3)."""

from django.contrib.auth.decorators import login_required
from django.shortcuts import render
from django.urls import reverse
from django.views.decorators.http import require_GET, require_http_methods

from tillit.core.ratelimit import limit_posts
from tillit.directory.models import Meeting
from tillit.directory.selectors import (
    list_accounts_administered,
    list_meetings_for_host,
)

from ..forms import FixedTargetReportForm
from .shared import report_target_page


@login_required
@require_GET
def portal(request):
    """The signed-in user's meetings, each with "Report" (S3)."""
    upcoming, past = list_meetings_for_host(email=request.user.email)
    accounts = list_accounts_administered(email=request.user.email)
    return render(
        request,
        "public/portal.html",
        {"upcoming": upcoming, "past": past, "accounts": accounts},
    )


@login_required
@require_http_methods(["GET", "POST"])
@limit_posts("report")
def report_meeting(request, meeting_id):
    """Report one of the host's own meetings; the host's address is the reporter's."""
    meeting = Meeting.objects.filter(
        pk=meeting_id, host_email=request.user.email.lower()
    ).first()
    if meeting is None:
        return render(request, "public/not_yours.html", status=404)
    form = FixedTargetReportForm(request.POST or None, request.FILES or None)
    if "reporter_email" in form.fields:
        del form.fields["reporter_email"]
    return report_target_page(
        request,
        form,
        channel="portal",
        target_type="meeting",
        target_id=meeting.pk,
        context={
            "meeting": meeting,
            "action": reverse("public:report_meeting", args=[meeting.pk]),
        },
    )

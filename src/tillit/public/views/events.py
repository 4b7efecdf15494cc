"""A public event's page, and "Report this event" at its foot (S4)."""

from django.shortcuts import get_object_or_404, render
from django.urls import reverse
from django.views.decorators.http import require_GET, require_http_methods

from tillit.core.ratelimit import limit_posts
from tillit.directory.models import Event

from ..forms import FixedTargetReportForm
from .shared import report_target_page


@require_GET
def event_page(request, event_id):
    event = get_object_or_404(Event.objects.select_related("account"), pk=event_id)
    return render(request, "public/event.html", {"event": event})


@require_http_methods(["GET", "POST"])
@limit_posts("report")
def report_event(request, event_id):
    """ "Report this event", from the foot of every public event page (S4)."""
    event = get_object_or_404(Event, pk=event_id)
    form = FixedTargetReportForm(request.POST or None, request.FILES or None)
    return report_target_page(
        request,
        form,
        channel="event_page",
        target_type="event",
        target_id=event.pk,
        context={
            "event": event,
            "action": reverse("public:report_event", args=[event.pk]),
        },
    )

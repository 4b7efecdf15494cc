"""The decision register, searchable by text, standard, context, outcome and action."""

from django.shortcuts import render
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_GET

from tillit.cases.models import Decision
from tillit.cases.selectors import search_decisions
from tillit.directory.models import Meeting
from tillit.enforcement.actions import ACTION_TYPES
from tillit.policy.models import Standard

from .shared import staff_required

DETECTIONS = [
    ("automated", gettext_lazy("Found by automated detection")),
    ("people", gettext_lazy("Reported by people only")),
]
SEARCH_FIELDS = ("q", "standard", "outcome", "context", "action", "detection")


@staff_required
@require_GET
def register(request):
    query = {k: request.GET.get(k, "") for k in SEARCH_FIELDS}
    decisions = search_decisions(
        viewer=request.user,
        text=query["q"],
        standard=query["standard"],
        outcome=query["outcome"],
        context=query["context"],
        action=query["action"],
        detection=query["detection"],
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
            "detections": DETECTIONS,
        },
    )

"""The queues: one tab per tier the reviewer works, and "Next case"."""

from django.contrib import messages
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_POST

from tillit.cases.errors import TierForbidden
from tillit.cases.models import Case
from tillit.cases.selectors import list_queue, summarise_queues
from tillit.cases.services.claims import claim_next_case
from tillit.core.htmx import render_page_or_partial
from tillit.core.roles import can_review_tier, can_see_worker_health, reviewer_tiers
from tillit.core.worker import get_worker_health
from tillit.directory.models import Meeting
from tillit.intake.models import Channel
from tillit.policy.models import Standard

from .shared import queue_filters, staff_required


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
    filters = queue_filters(request.GET)
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
        reviewer=request.user, tier=tier, filters=queue_filters(request.POST)
    )
    if case is None:
        messages.info(request, _("The queue is empty."))
        return redirect("console:queue", tier=tier)
    return redirect("console:case", case_id=case.pk)

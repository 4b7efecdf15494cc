"""My work: the cases a reviewer holds, their decisions awaiting a second
approver, and their questions awaiting answers."""

from django.shortcuts import render
from django.utils import timezone
from django.views.decorators.http import require_GET

from tillit.cases.selectors import list_my_work

from .shared import staff_required


@staff_required
@require_GET
def my_work(request):
    return render(
        request,
        "console/mine.html",
        list_my_work(user=request.user, now=timezone.now()),
    )

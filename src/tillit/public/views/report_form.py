"""The report form, open to anyone (S2), and the trust mailbox's pre-filled one (S5)."""

from django.shortcuts import render
from django.views.decorators.http import require_http_methods

from tillit.core.ratelimit import limit_posts
from tillit.intake.email_intake import read_prefill_token

from ..forms import ReportForm
from .shared import file_report


@require_http_methods(["GET", "POST"])
@limit_posts("report")
def report(request):
    """The web form, open to anyone (S2). A signed `t` from the trust mailbox's
    answer pre-fills it and files the report as channel `email` (S5)."""
    token = request.POST.get("t") or request.GET.get("t") or ""
    prefill = read_prefill_token(token) if token else {}
    channel = "email" if token else "web_form"
    initial = {
        "target_type": request.GET.get("type", prefill.get("target_type", "meeting")),
        "target_id": request.GET.get("id", prefill.get("target_id", "")),
        "description": prefill.get("description", ""),
        "reporter_email": prefill.get("email", ""),
        "reporter_name": prefill.get("name", ""),
    }
    form = ReportForm(request.POST or None, request.FILES or None, initial=initial)
    if request.method == "POST" and form.is_valid():
        response = file_report(
            request,
            form,
            channel=channel,
            target_type=form.cleaned_data["target_type"],
            target_id=form.cleaned_data["target_id"],
        )
        if response is not None:
            return response
    status = 422 if request.method == "POST" else 200
    return render(
        request, "public/report.html", {"form": form, "token": token}, status=status
    )

"""The reporter's private status page, where they also answer a question (S6, S13)."""

from django.contrib import messages
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from tillit.cases.models import Case, InfoRequest
from tillit.cases.services.questions import answer_information_request
from tillit.core.errors import InvalidInput
from tillit.core.ratelimit import limit_posts
from tillit.intake.links import get_report_by_status_token

from ..forms import AnswerForm
from .shared import add_field_errors


@require_http_methods(["GET", "POST"])
@limit_posts("public_form")
def status(request, token):
    """The reporter's private status page (S6, S13)."""
    report = get_report_by_status_token(token)
    questions = list(InfoRequest.objects.filter(report=report).order_by("asked_at"))
    open_question = next((q for q in questions if q.answered_at is None), None)
    form = AnswerForm(request.POST or None)
    if request.method == "POST" and _answer(request, report, questions, form):
        messages.success(request, _("Thank you. Your answer was sent to the reviewer."))
        return redirect("public:status", token=token)
    return render(
        request,
        "public/status.html",
        {
            "report": report,
            "questions": questions,
            "open_question": open_question,
            "form": form,
            "decision": _decision_in_force(report),
        },
        status=422 if request.method == "POST" else 200,
    )


def _answer(request, report, questions, form) -> bool:
    """Send the reporter's answer to the question posted, one of their report's;
    return False with the errors on the form when it cannot be sent."""
    info_id = request.POST.get("question")
    info = next((q for q in questions if str(q.pk) == info_id), None)
    if info is None:
        form.add_error(None, _("This question does not belong to your report."))
        return False
    if not form.is_valid():
        return False
    try:
        answer_information_request(
            request_id=info.pk,
            answer=form.cleaned_data["answer"],
            source=f"reporter:{report.pk}",
        )
    except InvalidInput as exc:
        add_field_errors(form, exc, field="answer")
        return False
    return True


def _decision_in_force(report):
    """The case's decision in force once it is decided, else None."""
    if report.case.state != Case.State.DECIDED:
        return None
    return report.case.decisions.filter(status="in_force").order_by("-round").first()

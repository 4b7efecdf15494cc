"""A host's answer to a reviewer's question, through the emailed link (S13)."""

from django.contrib import messages
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from tillit.cases.links import get_info_request_by_token
from tillit.cases.services.questions import answer_information_request
from tillit.core.ratelimit import limit_posts

from ..forms import AnswerForm


@require_http_methods(["GET", "POST"])
@limit_posts("public_form")
def answer(request, token):
    """A host answers a question through the signed link in the email (S13)."""
    info = get_info_request_by_token(token)
    form = AnswerForm(request.POST or None)
    if request.method == "POST" and form.is_valid() and info.answered_at is None:
        answer_information_request(
            request_id=info.pk,
            answer=form.cleaned_data["answer"],
            source=f"host:{info.email}",
        )
        messages.success(request, _("Thank you. Your answer was sent to the reviewer."))
        return redirect("public:answer", token=token)
    status = 422 if request.method == "POST" else 200
    return render(
        request, "public/answer.html", {"info": info, "form": form}, status=status
    )

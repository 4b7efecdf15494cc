"""Suggestions from third parties for the guidelines (S21)."""

from django.contrib import messages
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from tillit.core.errors import InvalidInput
from tillit.core.ratelimit import limit_posts
from tillit.policy.services.suggestions import submit_suggestion

from ..forms import SuggestionForm
from .shared import add_field_errors


@require_http_methods(["GET", "POST"])
@limit_posts("public_form")
def suggest(request):
    """Third parties propose changes to the guidelines (S21)."""
    form = SuggestionForm(request.POST or None)
    status = 200
    if request.method == "POST":
        if form.is_valid():
            try:
                submit_suggestion(**form.cleaned_data)
            except InvalidInput as exc:
                add_field_errors(form, exc)
            else:
                messages.success(
                    request,
                    _("Thank you. The policy team will tell you what becomes of it."),
                )
                return redirect("public:guidelines")
        status = 422
    return render(request, "public/suggest.html", {"form": form}, status=status)

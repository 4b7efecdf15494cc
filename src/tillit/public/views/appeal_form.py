"""The appeal form behind the link in a statement of reasons (S17)."""

from django.contrib import messages
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from tillit.appeals.errors import AppealExists
from tillit.appeals.models import Appeal
from tillit.appeals.services import file_appeal
from tillit.cases.links import read_appeal_link
from tillit.core.errors import InvalidInput
from tillit.core.ratelimit import limit_posts

from ..forms import AppealForm
from .shared import add_field_errors, reader_language


@require_http_methods(["GET", "POST"])
@limit_posts("public_form")
def appeal(request, token):
    """The appeal form behind the link in a statement of reasons or an outcome
    email (S17); once an appeal is filed, the page shows it and refuses another."""
    decision, payload = read_appeal_link(token)
    existing = Appeal.objects.filter(decision=decision).first()
    form = AppealForm(request.POST or None)
    status = 200
    if request.method == "POST":
        if existing is not None:
            raise AppealExists()
        if _file(form, token):
            messages.success(request, _("Your appeal was filed."))
            return redirect("public:appeal", token=token)
        status = 422
    return render(
        request,
        "public/appeal.html",
        {
            "decision": decision,
            "appellant": payload["k"],
            "appeal": existing,
            "form": form,
        },
        status=status,
    )


def _file(form, token) -> bool:
    """File the appeal; return False with the errors on the form when it cannot be."""
    if not form.is_valid():
        return False
    try:
        file_appeal(
            token=token,
            statement=form.cleaned_data["statement"],
            language=reader_language(),
        )
    except InvalidInput as exc:
        add_field_errors(form, exc, field="statement")
        return False
    return True

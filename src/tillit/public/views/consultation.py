"""An invited stakeholder's page of a draft in consultation (S22)."""

from django.contrib import messages
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from tillit.core.errors import InvalidInput
from tillit.core.ratelimit import limit_posts
from tillit.policy.links import get_invitation
from tillit.policy.selectors import diff_versions
from tillit.policy.services.consultation import comment_as_stakeholder

from ..forms import ConsultationForm
from .shared import add_field_errors, reader_language


@require_http_methods(["GET", "POST"])
@limit_posts("public_form")
def consultation(request, token):
    """An invited stakeholder reads the draft and comments; no account (S22)."""
    invitation = get_invitation(token)
    version = invitation.version
    form = ConsultationForm(request.POST or None)
    status = 200
    if request.method == "POST":
        if _comment(form, token):
            messages.success(
                request, _("Thank you. Your comment was sent to the policy team.")
            )
            return redirect("public:consultation", token=token)
        status = 422
    lang = reader_language()
    return render(
        request,
        "public/consultation.html",
        {
            "invitation": invitation,
            "version": version,
            "standards": [
                {"slug": slug, **version.text_of(slug, lang)}
                for slug in version.content
            ],
            "changes": diff_versions(version.based_on, version),
            "form": form,
            "open": version.status == "consultation",
            "comments": version.comments.filter(invitation=invitation),
        },
        status=status,
    )


def _comment(form, token) -> bool:
    """Send the comment; return False with the errors on the form when it cannot be."""
    if not form.is_valid():
        return False
    try:
        comment_as_stakeholder(token=token, body=form.cleaned_data["body"])
    except InvalidInput as exc:
        add_field_errors(form, exc, field="body")
        return False
    return True

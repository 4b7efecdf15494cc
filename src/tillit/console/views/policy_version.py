"""One version of the guidelines on its way through the update process: its
page, and each step (review, sign-off, consultation, approval, publication)."""

from django.contrib import messages
from django.contrib.auth import get_user_model
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from tillit.core.errors import InvalidInput, NotFound, PermissionDenied
from tillit.core.roles import can_read_policy_drafts
from tillit.policy.models import GuidelinesVersion
from tillit.policy.selectors import diff_versions
from tillit.policy.services.consultation import close_consultation, open_consultation
from tillit.policy.services.drafts import sign_off_version, submit_for_internal_review
from tillit.policy.services.publication import approve_version, publish_version

from ..forms import parse_effective_at, parse_invitees
from .shared import parse_row_id, show_errors_as_messages, staff_required


@staff_required
@require_http_methods(["GET", "POST"])
def policy_version(request, version_id):
    """One version on its way through the update process, with the step it is
    at; a POST takes the step named in `step` (see STEPS)."""
    if not can_read_policy_drafts(request.user):
        raise PermissionDenied()
    version = GuidelinesVersion.objects.filter(pk=version_id).first()
    if version is None:
        raise NotFound()
    if request.method == "POST":
        _take_step(request, version)
        return redirect("console:policy_version", version_id=version.pk)
    return render(
        request,
        "console/policy_version.html",
        {
            "version": version,
            "changes": diff_versions(version.based_on, version),
            "reviewers": version.reviewers.select_related("reviewer"),
            "comments": version.comments.select_related(
                "author", "invitation"
            ).order_by("created_at"),
            "invitations": version.invitations.all(),
            "approvals": version.approvals.select_related("approver"),
            "staff_users": get_user_model()
            .objects.filter(staff__isnull=False)
            .exclude(pk=request.user.pk),
            "i_review": version.reviewers.filter(
                reviewer=request.user, signed_off_at__isnull=True
            ).exists(),
        },
    )


def _take_step(request, version) -> None:
    """Run the posted step's service; say on the next page how it went."""
    step = STEPS.get(request.POST.get("step", ""))
    if step is None:
        messages.error(request, _("Unknown action."))
        return
    try:
        step(request, version)
    except InvalidInput as exc:
        show_errors_as_messages(request, exc)
    else:
        messages.success(request, _("Saved."))


def _submit_for_review(request, version) -> None:
    ids = [parse_row_id(value) for value in request.POST.getlist("reviewers")]
    if None in ids:
        raise InvalidInput(fields={"reviewers": [_("Choose reviewers from the list.")]})
    reviewers = list(get_user_model().objects.filter(pk__in=ids))
    submit_for_internal_review(
        version_id=version.pk, actor=request.user, reviewers=reviewers
    )


def _sign_off(request, version) -> None:
    sign_off_version(
        version_id=version.pk,
        reviewer=request.user,
        comment=request.POST.get("comment", ""),
    )


def _open_consultation(request, version) -> None:
    open_consultation(
        version_id=version.pk,
        actor=request.user,
        invitees=parse_invitees(request.POST.get("invitees", "")),
    )


def _close_consultation(request, version) -> None:
    close_consultation(version_id=version.pk, actor=request.user)


def _approve(request, version) -> None:
    approve_version(version_id=version.pk, approver=request.user)


def _publish(request, version) -> None:
    publish_version(
        version_id=version.pk,
        actor=request.user,
        effective_at=parse_effective_at(request.POST.get("effective_at", "")),
    )


# The form's `step` → what it does; each template form posts one of these.
STEPS = {
    "review": _submit_for_review,
    "sign_off": _sign_off,
    "consult": _open_consultation,
    "close": _close_consultation,
    "approve": _approve,
    "publish": _publish,
}

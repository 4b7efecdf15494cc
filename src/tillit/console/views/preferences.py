"""The console's settings: its language and the greyscale setting for media."""

from django.contrib import messages
from django.shortcuts import redirect, render
from django.utils import translation
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from tillit.core.roles import staff_of
from tillit.core.staff import update_staff_preferences

from ..forms import PreferencesForm
from .shared import staff_required


@staff_required
@require_http_methods(["GET", "POST"])
def preferences(request):
    staff = staff_of(request.user)
    form = PreferencesForm(
        request.POST or None,
        initial={
            "language": staff.language,
            "media_stays_greyscale": staff.media_stays_greyscale,
        },
    )
    if request.method == "POST" and form.is_valid():
        update_staff_preferences(
            user=request.user,
            language=form.cleaned_data["language"],
            media_stays_greyscale=form.cleaned_data["media_stays_greyscale"],
        )
        translation.activate(form.cleaned_data["language"])
        messages.success(request, _("Your settings were saved."))
        response = redirect("console:preferences")
        # The language is the profile's now; a cookie left over would win.
        response.delete_cookie("django_language")
        return response
    return render(
        request,
        "console/preferences.html",
        {"form": form},
        status=422 if form.errors else 200,
    )

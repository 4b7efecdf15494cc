"""The front page, and where signing in leads."""

from django.shortcuts import redirect, render
from django.views.decorators.http import require_GET

from tillit.core.roles import is_staff_member


@require_GET
def home(request):
    return render(request, "public/home.html")


@require_GET
def start(request):
    """Where signing in leads: staff to the console, everyone else to the portal."""
    return redirect(
        "console:home" if is_staff_member(request.user) else "public:portal"
    )

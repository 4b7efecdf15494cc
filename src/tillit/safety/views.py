"""The host's security panel and the account owner's security settings (S34)."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_http_methods

from tillit.core.errors import InvalidInput
from tillit.core.htmx import render_page_or_partial
from tillit.policy.models import Standard

from . import resolve as toolkit
from .api import LIVE_ACTIONS, run_live_action
from .permissions import access_administered_account, access_hosted_meeting
from .selectors import get_effective_settings, get_live_state
from .services.settings import update_settings

LABELS = {
    "waiting_room": gettext_lazy("Waiting room"),
    "passcode": gettext_lazy("Passcode"),
    "geofence": gettext_lazy("Geofencing"),
    "unknown_country": gettext_lazy("When the country is unknown"),
    "authenticated_only": gettext_lazy("Only signed-in users may join"),
    "allowed_domains": gettext_lazy("Allowed email domains"),
    "co_hosts": gettext_lazy("Co-hosts"),
    "screen_sharing": gettext_lazy("Screen sharing"),
    "video": gettext_lazy("Video"),
    "audio": gettext_lazy("Audio"),
    "annotation": gettext_lazy("Annotation"),
    "chat": gettext_lazy("Chat"),
    "rename": gettext_lazy("Renaming themselves"),
    "recording": gettext_lazy("Recording"),
}


def _capability_change(post) -> dict:
    name, value = post.get("capability", ""), post.get("value", "")
    if name in toolkit.CAPABILITY_CHOICES:
        return {name: value}
    return {name: {"on": True, "off": False}.get(value, value)}


def _run_panel_action(request, meeting) -> bool:
    """Run the posted action as the signed-in host. On bad input, show each
    error as a message and return False."""
    action = request.POST.get("action", "")
    data = {
        "action": action,
        "key": request.POST.get("key", ""),
        "capabilities": _capability_change(request.POST)
        if action == "capabilities"
        else {},
        "category": request.POST.get("category", "disruption"),
        "description": request.POST.get("description", ""),
        "reporter": {"email": request.user.email},
    }
    try:
        if action not in LIVE_ACTIONS:
            raise InvalidInput(fields={"action": [_("Unknown action.")]})
        run_live_action(meeting.pk, data, actor=request.user, source="host_panel")
    except InvalidInput as exc:
        for errors in exc.fields.values():
            for error in errors:
                messages.error(request, error)
        return False
    return True


@login_required
@require_http_methods(["GET", "POST"])
def panel(request, meeting_id):
    """The reference host panel: every action goes through the same service as
    the platform API."""
    meeting = access_hosted_meeting(meeting_id=meeting_id, user=request.user)
    status = 200
    if request.method == "POST":
        if not _run_panel_action(request, meeting):
            status = 422
        elif not request.htmx:
            return redirect("safety:panel", meeting_id=meeting.pk)
    state = get_live_state(meeting_id=meeting.pk)
    context = {
        "meeting": meeting,
        "state": state,
        "capabilities": [
            {
                "name": name,
                "label": LABELS[name],
                "value": value,
                "off": value in (False, "off"),
                "choices": toolkit.CAPABILITY_CHOICES.get(name),
            }
            for name, value in state["capabilities"].items()
        ],
        "standards": Standard.objects.all(),
    }
    return render_page_or_partial(
        request, "safety/panel.html", "panel", context, status
    )


BOOLEAN_FORM = (
    "waiting_room",
    "authenticated_only",
    "video",
    "audio",
    "annotation",
    "rename",
    "recording",
)
ACCOUNT_FORM = (
    *BOOLEAN_FORM,
    "screen_sharing",
    "chat",
    "unknown_country",
    "allowed_domains",
    "geofence",
)


def _account_changes(post) -> dict:
    changes = {name: post.get(name) == "on" for name in BOOLEAN_FORM}
    for name in ("screen_sharing", "chat", "unknown_country"):
        changes[name] = post.get(name, "")
    domains = post.get("allowed_domains", "")
    changes["allowed_domains"] = [d for d in domains.replace(",", " ").split() if d]
    countries = post.get("geofence_countries", "").replace(",", " ").split()
    mode = post.get("geofence_mode", "")
    changes["geofence"] = {"mode": mode, "countries": countries} if mode else None
    return changes


@login_required
@require_http_methods(["GET", "POST"])
def account_settings(request, account_id):
    """The toolkit in account settings, with a lock switch on every setting."""
    account = access_administered_account(account_id=account_id, user=request.user)
    owner, errors, status = f"account:{account.pk}", {}, 200
    if request.method == "POST":
        wanted = set(request.POST.getlist("lock"))
        current = {
            name for name, e in get_effective_settings(owner=owner).items() if e.locked
        }
        try:
            update_settings(
                owner=owner,
                changes=_account_changes(request.POST),
                lock=sorted(wanted - current),
                unlock=sorted(current - wanted),
                actor=request.user,
                source="account_settings",
            )
        except InvalidInput as exc:
            errors, status = exc.fields, 422
        else:
            messages.success(request, _("Security settings saved."))
            return redirect("safety:account_settings", account_id=account.pk)
    effective = get_effective_settings(owner=owner)
    rows = [
        {
            "name": n,
            "label": LABELS[n],
            "e": effective[n],
            "errors": errors.get(n, []),
            "choices": toolkit.CAPABILITY_CHOICES.get(n),
        }
        for n in ACCOUNT_FORM
    ]
    return render(
        request,
        "safety/account_settings.html",
        {
            "account": account,
            "rows": rows,
            "errors": errors,
            "unknown_choices": toolkit.UNKNOWN_COUNTRY,
        },
        status=status,
    )

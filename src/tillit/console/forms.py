"""Console forms check shape only; the cases services own the rules (STYLE R13)."""

from datetime import datetime

from django import forms
from django.conf import settings
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from tillit.cases.models import Decision, InfoRequest
from tillit.core.errors import InvalidInput
from tillit.enforcement.actions import ACTION_TYPES
from tillit.policy.models import Standard


def _standards():
    return [(s.slug, s.title) for s in Standard.objects.all()]


ACTION_LABELS = {
    "none": _("No action"),
    "warning": _("Warning"),
    "remove_content": _("Remove content"),
    "cancel_meeting": _("Cancel the meeting"),
    "cancel_event": _("Cancel the event"),
    "suspend_account": _("Suspend the account"),
    "terminate_account": _("Terminate the account"),
}

# What a panel member may name when voting to modify a decision.
MODIFY_ACTIONS = [(a, ACTION_LABELS[a]) for a in ACTION_TYPES if a != "none"]


class DecisionForm(forms.Form):
    outcome = forms.ChoiceField(label=_("Outcome"), choices=Decision.Outcome.choices)
    standard = forms.ChoiceField(label=_("Standard"), choices=_standards)
    actions = forms.MultipleChoiceField(
        label=_("Actions"),
        choices=[(a, ACTION_LABELS[a]) for a in ACTION_TYPES],
        widget=forms.CheckboxSelectMultiple,
        required=False,
    )
    days = forms.IntegerField(
        label=_("Suspension days"), min_value=1, max_value=365, required=False
    )
    rationale = forms.CharField(
        label=_("Rationale"), widget=forms.Textarea, max_length=5000
    )


class InfoRequestForm(forms.Form):
    recipient = forms.ChoiceField(label=_("Ask"), choices=InfoRequest.Recipient.choices)
    question = forms.CharField(
        label=_("Question"), widget=forms.Textarea, max_length=5000
    )
    deadline = forms.DateTimeField(
        label=_("Deadline"),
        widget=forms.DateTimeInput(
            attrs={"type": "datetime-local"}, format="%Y-%m-%dT%H:%M"
        ),
        input_formats=["%Y-%m-%dT%H:%M", "%Y-%m-%d %H:%M"],
    )


class EscalateForm(forms.Form):
    reason = forms.CharField(label=_("Reason"), max_length=1000)


class NoteForm(forms.Form):
    body = forms.CharField(
        label=_("Note"), widget=forms.Textarea(attrs={"rows": 3}), max_length=5000
    )


class PreferencesForm(forms.Form):
    language = forms.ChoiceField(
        label=_("Language of the console"), choices=settings.LANGUAGES
    )
    media_stays_greyscale = forms.BooleanField(
        label=_("Keep images and video greyscale after revealing them"), required=False
    )


INVITEE_COLUMNS = ("name", "email", "organisation")


def parse_invitees(text: str) -> list[dict]:
    """Return one invitee per line of "name, email, organisation".

    Blank lines (or only commas) are skipped, missing columns are left out and
    columns past the third are dropped: the policy service says which line
    lacks a name or an email address.
    """
    invitees = []
    for line in text.splitlines():
        parts = [p.strip() for p in line.split(",")]
        if any(parts):
            invitees.append(dict(zip(INVITEE_COLUMNS, parts, strict=False)))
    return invitees


def parse_effective_at(raw: str) -> datetime | None:
    """Return the local date and time a version comes into force, or None when
    none was given; raise InvalidInput for anything else."""
    if not raw:
        return None
    try:
        return timezone.make_aware(datetime.fromisoformat(raw))
    except ValueError:
        raise InvalidInput(
            fields={"effective_at": [_("Give a date and time.")]}
        ) from None

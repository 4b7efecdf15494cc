"""The officers' request form: shape only, the legal service checks the rest."""

from django import forms
from django.utils.translation import gettext_lazy as _

from tillit.legal.models import DataCategory, RequestKind


def parse_targets(text: str) -> list[dict]:
    """One target a line, "type id" or "type:id" ("account acc-lund")."""
    targets = []
    for line in (text or "").splitlines():
        line = line.strip()
        if not line:
            continue
        kind, _sep, ident = line.replace(":", " ", 1).partition(" ")
        targets.append({"type": kind.strip().lower(), "id": ident.strip()})
    return targets


class LegalRequestForm(forms.Form):
    kind = forms.ChoiceField(label=_("Kind of request"), choices=RequestKind.choices)
    country = forms.CharField(
        label=_("Country (ISO 3166-1 alpha-2)"),
        max_length=8,
        help_text=_("The country whose law the request is made under, such as SE."),
    )
    legal_basis = forms.CharField(
        label=_("Legal basis"),
        widget=forms.Textarea(attrs={"rows": 3}),
        max_length=10_000,
        required=False,
        help_text=_("The law, the case number and the authority that issued it."),
    )
    targets = forms.CharField(
        label=_("Targets"),
        widget=forms.Textarea(attrs={"rows": 3}),
        max_length=5_000,
        required=False,
        help_text=_(
            "One a line: account, user, meeting or event, then its id "
            "(for example: meeting 812345678)."
        ),
    )
    data_requested = forms.MultipleChoiceField(
        label=_("Data requested"),
        choices=DataCategory.choices,
        widget=forms.CheckboxSelectMultiple,
        required=False,
    )
    due_at = forms.DateTimeField(
        label=_("Deadline"),
        widget=forms.DateTimeInput(attrs={"type": "datetime-local"}),
        required=False,
    )
    nondisclosure_until = forms.DateField(
        label=_("Non-disclosure order ends on"),
        widget=forms.DateInput(attrs={"type": "date"}),
        required=False,
        help_text=_("Leave empty if no order forbids telling the account holder."),
    )
    document = forms.FileField(
        label=_("Legal document (PDF)"), required=False, allow_empty_file=True
    )

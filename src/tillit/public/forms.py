from django import forms
from django.utils.translation import gettext_lazy as _

from tillit.intake.models import TargetType
from tillit.policy.models import Standard


class MultipleFileInput(forms.ClearableFileInput):
    allow_multiple_selected = True


class MultipleFileField(forms.FileField):
    def __init__(self, *args, **kwargs):
        kwargs.setdefault("widget", MultipleFileInput())
        super().__init__(*args, **kwargs)

    def clean(self, data, initial=None):
        single = super().clean
        if isinstance(data, list | tuple):
            return [single(d, initial) for d in data if d]
        return [single(data, initial)] if data else []


def category_choices():
    return [(s.slug, s.title) for s in Standard.objects.all()]


class ReportForm(forms.Form):
    """Shape only: the intake service checks the rest (STYLE R13)."""

    category = forms.ChoiceField(label=_("What happened?"), choices=category_choices)
    description = forms.CharField(
        label=_("Describe what happened"),
        widget=forms.Textarea,
        max_length=10_000,
        help_text=_("When it happened, who was involved, what was said or shown."),
    )
    target_type = forms.ChoiceField(
        label=_("What are you reporting?"), choices=TargetType.choices
    )
    target_id = forms.CharField(
        label=_("Meeting ID, event link or id, or account"),
        max_length=200,
        help_text=_("For a meeting, the 9 to 11 digit meeting ID."),
    )
    reporter_name = forms.CharField(label=_("Your name (optional)"), required=False)
    reporter_email = forms.EmailField(
        label=_("Your email (optional)"),
        required=False,
        help_text=_("We send your reference and the outcome here."),
    )
    evidence = MultipleFileField(
        label=_("Evidence (optional)"),
        required=False,
        help_text=_(
            "Screenshots, recordings or documents: up to 5 files of 20 MB each."
        ),
    )

    def clean_target_id(self):
        value = self.cleaned_data["target_id"].strip()
        # People paste a meeting ID with spaces ("812 3456 7890") or an event link.
        if self.cleaned_data.get("target_type") == "meeting":
            value = value.replace(" ", "").replace("-", "")
        if "/events/" in value:
            value = value.rstrip("/").rsplit("/", 1)[-1]
        return value


class FixedTargetReportForm(ReportForm):
    """The form on an event page or a portal meeting: the target is known."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        del self.fields["target_type"]
        del self.fields["target_id"]


class AnswerForm(forms.Form):
    answer = forms.CharField(
        label=_("Your answer"), widget=forms.Textarea, max_length=10_000
    )


class ConsultationForm(forms.Form):
    body = forms.CharField(
        label=_("Your comment"), widget=forms.Textarea, max_length=20_000
    )


class AppealForm(forms.Form):
    statement = forms.CharField(
        label=_("Why is the decision wrong?"), widget=forms.Textarea, max_length=10_000
    )


class SuggestionForm(forms.Form):
    name = forms.CharField(label=_("Your name"), max_length=200)
    email = forms.EmailField(label=_("Your email"))
    organisation = forms.CharField(
        label=_("Organisation (optional)"), max_length=200, required=False
    )
    standard = forms.ChoiceField(
        label=_("Which standard? (optional)"),
        choices=lambda: [("", "—"), *category_choices()],
        required=False,
    )
    text = forms.CharField(
        label=_("Your suggestion"), widget=forms.Textarea, max_length=10_000
    )

"""Suggestions from anyone for a change to the guidelines, triaged by the
policy team; the proposer is told either way (S21)."""

from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from tillit.core.audit import record_audit_event
from tillit.core.errors import InvalidInput
from tillit.notices.policy import send_suggestion_answered

from ..errors import NotPolicyTeam
from ..models import GuidelinesVersion, Standard, Suggestion
from ..permissions import can_triage_suggestions


@transaction.atomic(durable=True)
def submit_suggestion(
    *, name: str, email: str, organisation: str, standard: str, text: str
) -> Suggestion:
    """A proposal from outside; the proposer hears what became of it."""
    errors = {}
    if not (name or "").strip():
        errors["name"] = [_("Give your name.")]
    try:
        validate_email(email or "")
    except ValidationError:
        errors["email"] = [_("Enter a valid email address.")]
    row = None
    if standard:
        row = Standard.objects.filter(slug=standard).first()
        if row is None:
            errors["standard"] = [_("Choose a standard of the guidelines, or none.")]
    if not (text or "").strip():
        errors["text"] = [_("Describe the change you propose.")]
    elif len(text) > 10_000:
        errors["text"] = [_("Keep it under 10,000 characters.")]
    if errors:
        raise InvalidInput(fields=errors)
    suggestion = Suggestion.objects.create(
        name=name.strip(),
        email=email.strip().lower(),
        organisation=(organisation or "").strip(),
        standard=row,
        text=text.strip(),
    )
    record_audit_event(
        actor=None,
        source="public",
        verb="policy.suggestion_received",
        target=suggestion,
    )
    return suggestion


@transaction.atomic(durable=True)
def triage_suggestion(
    *,
    suggestion_id: int,
    actor,
    status: str,
    answer: str,
    version_id: int | None = None,
) -> Suggestion:
    """Accept (into a draft) or decline a suggestion, and tell the proposer."""
    if not can_triage_suggestions(actor):
        raise NotPolicyTeam()
    suggestion = (
        Suggestion.objects.select_for_update(no_key=True)
        .filter(pk=suggestion_id)
        .first()
    )
    errors = {}
    if suggestion is None:
        raise InvalidInput(fields={"suggestion": [_("There is no such suggestion.")]})
    if status not in (Suggestion.Status.ACCEPTED, Suggestion.Status.DECLINED):
        errors["status"] = [_("Accept or decline.")]
    if not (answer or "").strip():
        errors["answer"] = [_("Write the answer the proposer will read.")]
    version = None
    if status == Suggestion.Status.ACCEPTED:
        version = (
            GuidelinesVersion.objects.filter(pk=version_id).first()
            if version_id
            else None
        )
        if version is None:
            errors["version"] = [_("Link the draft that answers the suggestion.")]
    if errors:
        raise InvalidInput(fields=errors)
    suggestion.status, suggestion.version = status, version
    suggestion.answer, suggestion.triaged_at = answer.strip(), timezone.now()
    suggestion.save(update_fields=["status", "version", "answer", "triaged_at"])
    send_suggestion_answered(suggestion=suggestion)
    record_audit_event(
        actor=actor,
        verb="policy.suggestion_triaged",
        target=suggestion,
        data={"status": status, "version": version.pk if version else None},
    )
    return suggestion

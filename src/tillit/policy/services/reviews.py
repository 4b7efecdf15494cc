"""The regular review of every standard by the policy team and the panel (S20)."""

from datetime import timedelta

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from tillit.core.audit import record_audit_event
from tillit.core.errors import InvalidInput

from ..errors import NotPolicyTeam
from ..models import GuidelinesVersion, Standard, StandardReview
from ..permissions import can_record_standard_review


@transaction.atomic(durable=True)
def record_standard_review(
    *, slug: str, actor, outcome: str, note: str = "", version_id: int | None = None
) -> StandardReview:
    """Record a regular review; the next one falls due a year later."""
    if not can_record_standard_review(actor):
        raise NotPolicyTeam()
    standard = Standard.objects.select_for_update(no_key=True).filter(slug=slug).first()
    errors = {}
    if standard is None:
        errors["standard"] = [_("Unknown standard.")]
    if outcome not in StandardReview.Outcome.values:
        errors["outcome"] = [
            _("Say whether the standard is kept or a draft was opened.")
        ]
    version = (
        GuidelinesVersion.objects.filter(pk=version_id).first() if version_id else None
    )
    if outcome == StandardReview.Outcome.DRAFT_OPENED and version is None:
        errors["version"] = [_("Link the draft that was opened.")]
    if errors:
        raise InvalidInput(fields=errors)
    review = StandardReview.objects.create(
        standard=standard,
        reviewer=actor,
        outcome=outcome,
        note=(note or "").strip(),
        version=version,
    )
    standard.next_review_on = timezone.localdate() + timedelta(days=365)
    standard.save(update_fields=["next_review_on"])
    record_audit_event(
        actor=actor,
        verb="policy.standard_reviewed",
        target=standard,
        data={"outcome": outcome},
    )
    return review

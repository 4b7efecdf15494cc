"""The first Acceptable Use Guidelines, installed by data migrations and by
the test suite after a flush."""

from datetime import UTC, datetime

from django.db import transaction

from ..guidelines import STANDARDS
from ..models import GuidelinesVersion, Standard

DEFAULT_ACTIONS = {
    "critical": ["remove_content", "suspend_account"],
    "high": ["remove_content", "warning"],
    "medium": ["warning"],
    "low": ["warning"],
}


@transaction.atomic
def install_first_guidelines(*, model=Standard) -> int:
    """Create or refresh the first Acceptable Use Guidelines; return how many.

    The data migration passes its historical model.
    """
    for position, row in enumerate(STANDARDS):
        slug, severity, tier, title_en, title_sv, body_en, body_sv = row
        model.objects.update_or_create(
            slug=slug,
            defaults={
                "severity": severity,
                "entry_tier": tier,
                "title_en": title_en,
                "title_sv": title_sv,
                "body_en": body_en,
                "body_sv": body_sv,
                "position": position,
            },
        )
    return len(STANDARDS)


def content_from_standards(standards) -> dict:
    return {
        s.slug: {
            "severity": s.severity,
            "default_actions": DEFAULT_ACTIONS[s.severity],
            "entry_tier": s.entry_tier,
            "title_en": s.title_en,
            "title_sv": s.title_sv,
            "body_en": s.body_en,
            "body_sv": s.body_sv,
        }
        for s in standards
    }


def install_first_version(*, version_model=None, standard_model=None) -> None:
    """Version 1 of the guidelines: the first standards, in force from the start."""
    version_model = version_model or GuidelinesVersion
    standard_model = standard_model or Standard
    if version_model.objects.exists():
        return
    start = datetime(2026, 1, 1, tzinfo=UTC)
    applied = {}
    if any(f.name == "in_force_since" for f in version_model._meta.get_fields()):
        applied = {"in_force_since": start}  # absent from older historical models
    version_model.objects.create(
        number=1,
        status="published",
        summary="The first Acceptable Use Guidelines.",
        content=content_from_standards(standard_model.objects.order_by("position")),
        effective_at=start,
        published_at=start,
        created_at=start,
        **applied,
    )

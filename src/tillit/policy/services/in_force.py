"""A published version comes into force at its effective date: the standards'
current texts, severities and entry tiers are copied from it (S22, step 5)."""

from datetime import datetime

from django.db import transaction
from django.utils import timezone

from ..models import GuidelinesVersion, Standard
from ..selectors import get_version_in_force
from .steps import RULE_FIELDS, TEXT_FIELDS, audit_version


@transaction.atomic(durable=True)
def bring_guidelines_into_force(
    *, now: datetime | None = None
) -> GuidelinesVersion | None:
    """Copy the texts of the version in force to the standards, once, when its
    effective date has come; return the version, or None if nothing changed.
    Safe to run at any time and any number of times."""
    return apply_version_in_force(now=now or timezone.now())


def apply_version_in_force(*, now: datetime) -> GuidelinesVersion | None:
    """Refresh the standards' current text, severity and entry tier (what
    forms, queues and pages use) from the version in force, inside the
    caller's transaction (publishing, or `bring_guidelines_into_force`)."""
    current = get_version_in_force(now=now)
    if current is None:
        return None
    version = GuidelinesVersion.objects.select_for_update(no_key=True).get(
        pk=current.pk
    )
    if version.in_force_since is not None:
        return None
    # Several standards: by slug, their key (the lock order, docs/architecture.md).
    for slug, entry in sorted(version.content.items()):
        Standard.objects.filter(slug=slug).update(
            **{k: entry[k] for k in (*TEXT_FIELDS, *RULE_FIELDS) if k in entry}
        )
    version.in_force_since = now
    version.save(update_fields=["in_force_since"])
    audit_version(
        None,
        "policy.in_force",
        version,
        {"effective_at": version.effective_at},
        source="rule:effective_date",
    )
    return version

"""The two approvals a version needs, and its publication with an effective
date (S22, steps 4–5)."""

from datetime import datetime, timedelta

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from tillit.core.errors import InvalidInput
from tillit.core.models import Role
from tillit.core.roles import staff_of

from ..errors import NotPolicyTeam, PolicyStepMissing
from ..models import GuidelinesVersion, PolicyApproval
from ..permissions import can_approve_version, can_publish_version
from ..tasks import bring_guidelines_into_force_task
from .in_force import apply_version_in_force
from .steps import Status, audit_version, lock_version


@transaction.atomic(durable=True)
def approve_version(*, version_id: int, approver) -> GuidelinesVersion:
    """A policy lead and an appeals-panel member each approve, once."""
    if not can_approve_version(approver):
        raise NotPolicyTeam(_("A policy lead and an appeals-panel member approve."))
    role = staff_of(approver).role
    version = lock_version(version_id, Status.APPROVAL)
    if version.approvals.filter(approver=approver).exists():
        raise PolicyStepMissing(_("The two approvals come from two people."))
    if version.approvals.filter(role=role).exists():
        raise PolicyStepMissing(_("This role has approved already."))
    PolicyApproval.objects.create(version=version, role=role, approver=approver)
    audit_version(approver, "policy.approved", version, {"role": role})
    return version


@transaction.atomic(durable=True)
def publish_version(
    *,
    version_id: int,
    actor,
    effective_at: datetime | None = None,
    now: datetime | None = None,
) -> GuidelinesVersion:
    """Publish with an effective date; from then on new decisions cite it.

    A version dated in the future comes into force when its date arrives: the
    worker runs `bring_guidelines_into_force` then (#10).
    """
    if not can_publish_version(actor):
        raise NotPolicyTeam()
    version = lock_version(version_id, Status.APPROVAL)
    roles = set(version.approvals.values_list("role", flat=True))
    if roles != {Role.POLICY, Role.APPEALS_PANEL}:
        raise PolicyStepMissing(
            _("A policy lead and an appeals-panel member must both approve.")
        )
    now = now or timezone.now()
    effective_at = effective_at or now
    if effective_at < now - timedelta(minutes=5):
        raise InvalidInput(
            fields={"effective_at": [_("The effective date cannot be in the past.")]}
        )
    version.status, version.published_at, version.effective_at = (
        Status.PUBLISHED,
        now,
        effective_at,
    )
    version.save(update_fields=["status", "published_at", "effective_at"])
    audit_version(actor, "policy.published", version, {"effective_at": effective_at})
    if effective_at <= now:
        apply_version_in_force(now=now)
    else:
        bring_guidelines_into_force_task.using(run_after=effective_at).enqueue()
    return version

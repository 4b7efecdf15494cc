"""The outside consultation on a draft: stakeholders invited by email, each
commenting through their own signed link, no account (S22, step 3)."""

from django.db import transaction
from django.utils.translation import gettext as _

from tillit.core.errors import InvalidInput
from tillit.notices.policy import send_consultation_invitation

from ..errors import NotPolicyTeam, PolicyStepMissing
from ..links import get_invitation, invitation_url
from ..models import ConsultationInvitation, GuidelinesVersion, PolicyComment
from ..permissions import can_run_consultation
from .steps import Status, audit_version, lock_version


@transaction.atomic(durable=True)
def open_consultation(
    *, version_id: int, actor, invitees: list[dict]
) -> list[ConsultationInvitation]:
    """Circulate the draft to outside stakeholders, each with their own link."""
    if not can_run_consultation(actor):
        raise NotPolicyTeam()
    version = lock_version(version_id, Status.INTERNAL_REVIEW)
    if version.reviewers.filter(signed_off_at__isnull=True).exists():
        raise PolicyStepMissing(_("Every named reviewer must sign off first."))
    invitations = []
    for email, name, organisation in _clean_invitees(invitees):
        invitation = ConsultationInvitation.objects.create(
            version=version, email=email, name=name, organisation=organisation
        )
        invitations.append(invitation)
        send_consultation_invitation(
            invitation=invitation, version=version, link=invitation_url(invitation)
        )
    version.status = Status.CONSULTATION
    version.save(update_fields=["status"])
    audit_version(
        actor, "policy.consultation_opened", version, {"invitations": len(invitations)}
    )
    return invitations


def _clean_invitees(invitees: list[dict]) -> list[tuple[str, str, str]]:
    """Return (email, name, organisation) per invitee; raise InvalidInput
    naming each one without a name or an email address."""
    errors, clean = {}, []
    for i, person in enumerate(invitees or []):
        email, name = (
            (person.get("email") or "").strip(),
            (person.get("name") or "").strip(),
        )
        if "@" not in email or not name:
            errors[f"invitees.{i}"] = [_("Give a name and an email address.")]
        clean.append((email, name, (person.get("organisation") or "").strip()))
    if not invitees:
        errors["invitees"] = [_("Invite at least one outside stakeholder.")]
    if errors:
        raise InvalidInput(fields=errors)
    return clean


@transaction.atomic(durable=True)
def comment_as_stakeholder(*, token: str, body: str) -> PolicyComment:
    """Record an invited stakeholder's comment while the consultation is open."""
    invitation = get_invitation(token)
    if not (body or "").strip():
        raise InvalidInput(fields={"body": [_("Write your comment.")]})
    if len(body) > 20_000:
        raise InvalidInput(
            fields={"body": [_("Keep the comment under 20,000 characters.")]}
        )
    version = lock_version(invitation.version_id, Status.CONSULTATION)
    comment = PolicyComment.objects.create(
        version=version, stage=version.status, invitation=invitation, body=body.strip()
    )
    audit_version(
        None,
        "policy.stakeholder_commented",
        version,
        {"invitation": invitation.pk},
        source=f"stakeholder:{invitation.pk}",
    )
    return comment


@transaction.atomic(durable=True)
def close_consultation(*, version_id: int, actor) -> GuidelinesVersion:
    """End the consultation; the version goes on to approval."""
    if not can_run_consultation(actor):
        raise NotPolicyTeam()
    version = lock_version(version_id, Status.CONSULTATION)
    version.status = Status.APPROVAL
    version.save(update_fields=["status"])
    audit_version(
        actor,
        "policy.consultation_closed",
        version,
        {"comments": version.comments.filter(invitation__isnull=False).count()},
    )
    return version

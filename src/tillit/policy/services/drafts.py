"""A new version of the guidelines: drafted from the one in force, then
commented on and signed off by named staff reviewers (S22, steps 1–2)."""

from django.db import transaction
from django.db.models import Max
from django.utils import timezone
from django.utils.translation import gettext as _

from tillit.core.errors import InvalidInput
from tillit.core.roles import staff_of

from ..errors import NotPolicyTeam
from ..models import GuidelinesVersion, PolicyComment, PolicyReviewer
from ..permissions import can_draft_guidelines, can_sign_off_version
from ..selectors import get_version_in_force
from .steps import TEXT_FIELDS, Status, audit_version, lock_version


@transaction.atomic(durable=True)
def create_draft(*, actor, summary: str, changes: dict) -> GuidelinesVersion:
    """Draft a new version from the one in force; `changes` maps a standard's
    slug to new texts (title_en, title_sv, body_en, body_sv)."""
    if not can_draft_guidelines(actor):
        raise NotPolicyTeam()
    errors = {}
    if not (summary or "").strip():
        errors["summary"] = [_("Summarise the change for the public changelog.")]
    base = get_version_in_force()
    content = {slug: dict(entry) for slug, entry in base.content.items()}
    for slug, fields in (changes or {}).items():
        if slug not in content:
            errors[slug] = [_("Unknown standard.")]
            continue
        bad = set(fields) - set(TEXT_FIELDS)
        if bad or any(not str(v).strip() for v in fields.values()):
            errors[slug] = [_("Give non-empty titles and texts only.")]
            continue
        content[slug].update({k: str(v).strip() for k, v in fields.items()})
    if content == base.content and "summary" not in errors:
        errors["changes"] = [_("The draft changes nothing.")]
    if errors:
        raise InvalidInput(fields=errors)
    number = (GuidelinesVersion.objects.aggregate(n=Max("number"))["n"] or 0) + 1
    version = GuidelinesVersion.objects.create(
        number=number,
        summary=summary.strip(),
        content=content,
        based_on=base,
        created_by=actor,
    )
    audit_version(actor, "policy.draft_created", version, {"changed": sorted(changes)})
    return version


@transaction.atomic(durable=True)
def submit_for_internal_review(
    *, version_id: int, actor, reviewers: list
) -> GuidelinesVersion:
    """Name the staff who must comment and sign off."""
    if not can_draft_guidelines(actor):
        raise NotPolicyTeam()
    version = lock_version(version_id, Status.DRAFT)
    named = [r for r in reviewers if staff_of(r) is not None and r.pk != actor.pk]
    if not named:
        raise InvalidInput(
            fields={"reviewers": [_("Name at least one other staff reviewer.")]}
        )
    for reviewer in named:
        PolicyReviewer.objects.get_or_create(version=version, reviewer=reviewer)
    version.status = Status.INTERNAL_REVIEW
    version.save(update_fields=["status"])
    audit_version(
        actor,
        "policy.internal_review_started",
        version,
        {"reviewers": [r.pk for r in named]},
    )
    return version


@transaction.atomic(durable=True)
def sign_off_version(
    *, version_id: int, reviewer, comment: str = ""
) -> GuidelinesVersion:
    """Sign off a draft in internal review, with an optional comment; raise
    NotPolicyTeam unless `reviewer` is one of its named reviewers."""
    version = lock_version(version_id, Status.INTERNAL_REVIEW)
    if not can_sign_off_version(reviewer, version=version):
        raise NotPolicyTeam(_("Only the named reviewers sign off this draft."))
    row = PolicyReviewer.objects.get(version=version, reviewer=reviewer)
    if comment.strip():
        PolicyComment.objects.create(
            version=version, stage=version.status, author=reviewer, body=comment.strip()
        )
    row.signed_off_at = timezone.now()
    row.save(update_fields=["signed_off_at"])
    audit_version(
        reviewer, "policy.signed_off", version, {"comment": bool(comment.strip())}
    )
    return version

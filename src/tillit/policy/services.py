from datetime import datetime, timedelta

from django.conf import settings
from django.db import transaction
from django.db.models import Max
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from tillit.core.audit import record_audit_event
from tillit.core.errors import InvalidInput
from tillit.core.links import make_token, read_token
from tillit.core.models import Role
from tillit.core.outbox import enqueue_email
from tillit.core.roles import staff_of

from .errors import NotPolicyTeam, PolicyStepMissing
from .guidelines import STANDARDS
from .models import (
    ConsultationInvitation,
    GuidelinesVersion,
    PolicyApproval,
    PolicyComment,
    PolicyReviewer,
    Standard,
    StandardReview,
    Suggestion,
)


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


DEFAULT_ACTIONS = {
    "critical": ["remove_content", "suspend_account"],
    "high": ["remove_content", "warning"],
    "medium": ["warning"],
    "low": ["warning"],
}


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
    from datetime import UTC, datetime

    from .models import GuidelinesVersion

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


# --- The update process (S22) ---------------------------------------------------

TEXT_FIELDS = ("title_en", "title_sv", "body_en", "body_sv")
RULE_FIELDS = ("severity", "entry_tier")
INVITATION_SALT = "tillit.consultation"
Status = GuidelinesVersion.Status


def _require_role(user, *roles) -> None:
    staff = staff_of(user)
    if staff is None or staff.role not in (*roles, Role.ADMIN):
        raise NotPolicyTeam()


def _lock_version(version_id: int, status: str) -> GuidelinesVersion:
    version = (
        GuidelinesVersion.objects.select_for_update(no_key=True)
        .filter(pk=version_id)
        .first()
    )
    if version is None:
        raise InvalidInput(fields={"version": [_("There is no such version.")]})
    if version.status != status:
        raise PolicyStepMissing(
            _("This step needs the version to be at “%(need)s”; it is at “%(is)s”.")
            % {"need": Status(status).label, "is": version.get_status_display()}
        )
    return version


def _audit(actor, verb, version, data=None, source=""):
    record_audit_event(
        actor=actor, source=source, verb=verb, target=version, data=data or {}
    )


@transaction.atomic(durable=True)
def create_draft(*, actor, summary: str, changes: dict) -> GuidelinesVersion:
    """Draft a new version from the one in force; `changes` maps a standard's
    slug to new texts (title_en, title_sv, body_en, body_sv)."""
    from .selectors import get_version_in_force

    _require_role(actor, Role.POLICY)
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
    _audit(actor, "policy.draft_created", version, {"changed": sorted(changes)})
    return version


@transaction.atomic(durable=True)
def submit_for_internal_review(
    *, version_id: int, actor, reviewers: list
) -> GuidelinesVersion:
    """Name the staff who must comment and sign off."""
    _require_role(actor, Role.POLICY)
    version = _lock_version(version_id, Status.DRAFT)
    named = [r for r in reviewers if staff_of(r) is not None and r.pk != actor.pk]
    if not named:
        raise InvalidInput(
            fields={"reviewers": [_("Name at least one other staff reviewer.")]}
        )
    for reviewer in named:
        PolicyReviewer.objects.get_or_create(version=version, reviewer=reviewer)
    version.status = Status.INTERNAL_REVIEW
    version.save(update_fields=["status"])
    _audit(
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
    version = _lock_version(version_id, Status.INTERNAL_REVIEW)
    row = PolicyReviewer.objects.filter(version=version, reviewer=reviewer).first()
    if row is None:
        raise NotPolicyTeam(_("Only the named reviewers sign off this draft."))
    if comment.strip():
        PolicyComment.objects.create(
            version=version, stage=version.status, author=reviewer, body=comment.strip()
        )
    row.signed_off_at = timezone.now()
    row.save(update_fields=["signed_off_at"])
    _audit(reviewer, "policy.signed_off", version, {"comment": bool(comment.strip())})
    return version


@transaction.atomic(durable=True)
def open_consultation(
    *, version_id: int, actor, invitees: list[dict]
) -> list[ConsultationInvitation]:
    """Circulate the draft to outside stakeholders, each with their own link."""
    _require_role(actor, Role.POLICY)
    version = _lock_version(version_id, Status.INTERNAL_REVIEW)
    if version.reviewers.filter(signed_off_at__isnull=True).exists():
        raise PolicyStepMissing(_("Every named reviewer must sign off first."))
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
    invitations = []
    for email, name, organisation in clean:
        invitation = ConsultationInvitation.objects.create(
            version=version, email=email, name=name, organisation=organisation
        )
        invitations.append(invitation)
        enqueue_email(
            to=[email],
            subject=_("Consultation: a draft of our Acceptable Use Guidelines"),
            body=_(
                "Hello %(name)s,\n\nWe would value your comments on a draft update of "
                "our Acceptable Use Guidelines:\n\n%(summary)s\n\nRead the draft and "
                "comment here (no account needed):\n%(link)s\n\nTrust & Safety"
            )
            % {
                "name": name,
                "summary": version.summary,
                "link": invitation_url(invitation),
            },
        )
    version.status = Status.CONSULTATION
    version.save(update_fields=["status"])
    _audit(
        actor, "policy.consultation_opened", version, {"invitations": len(invitations)}
    )
    return invitations


def invitation_url(invitation: ConsultationInvitation) -> str:
    token = make_token({"i": invitation.pk}, salt=INVITATION_SALT)
    return settings.SITE_URL + reverse("public:consultation", args=[token])


def get_invitation(token: str) -> ConsultationInvitation:
    from tillit.core.errors import InvalidLink

    payload = read_token(
        token, salt=INVITATION_SALT, max_age=timedelta(days=90), shape={"i": int}
    )
    invitation = (
        ConsultationInvitation.objects.select_related("version")
        .filter(pk=payload.get("i"))
        .first()
    )
    if invitation is None:
        raise InvalidLink()
    return invitation


@transaction.atomic(durable=True)
def comment_as_stakeholder(*, token: str, body: str) -> PolicyComment:
    invitation = get_invitation(token)
    if not (body or "").strip():
        raise InvalidInput(fields={"body": [_("Write your comment.")]})
    if len(body) > 20_000:
        raise InvalidInput(
            fields={"body": [_("Keep the comment under 20,000 characters.")]}
        )
    version = _lock_version(invitation.version_id, Status.CONSULTATION)
    comment = PolicyComment.objects.create(
        version=version, stage=version.status, invitation=invitation, body=body.strip()
    )
    _audit(
        None,
        "policy.stakeholder_commented",
        version,
        {"invitation": invitation.pk},
        source=f"stakeholder:{invitation.pk}",
    )
    return comment


@transaction.atomic(durable=True)
def close_consultation(*, version_id: int, actor) -> GuidelinesVersion:
    _require_role(actor, Role.POLICY)
    version = _lock_version(version_id, Status.CONSULTATION)
    version.status = Status.APPROVAL
    version.save(update_fields=["status"])
    _audit(
        actor,
        "policy.consultation_closed",
        version,
        {"comments": version.comments.filter(invitation__isnull=False).count()},
    )
    return version


@transaction.atomic(durable=True)
def approve_version(*, version_id: int, approver) -> GuidelinesVersion:
    """A policy lead and an appeals-panel member each approve, once."""
    staff = staff_of(approver)
    if staff is None or staff.role not in (Role.POLICY, Role.APPEALS_PANEL):
        raise NotPolicyTeam(_("A policy lead and an appeals-panel member approve."))
    version = _lock_version(version_id, Status.APPROVAL)
    if version.approvals.filter(approver=approver).exists():
        raise PolicyStepMissing(_("The two approvals come from two people."))
    if version.approvals.filter(role=staff.role).exists():
        raise PolicyStepMissing(_("This role has approved already."))
    PolicyApproval.objects.create(version=version, role=staff.role, approver=approver)
    _audit(approver, "policy.approved", version, {"role": staff.role})
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
    from .tasks import bring_guidelines_into_force_task

    _require_role(actor, Role.POLICY)
    version = _lock_version(version_id, Status.APPROVAL)
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
    _audit(actor, "policy.published", version, {"effective_at": effective_at})
    if effective_at <= now:
        _bring_into_force(now=now)
    else:
        bring_guidelines_into_force_task.using(run_after=effective_at).enqueue()
    return version


@transaction.atomic(durable=True)
def bring_guidelines_into_force(
    *, now: datetime | None = None
) -> GuidelinesVersion | None:
    """Copy the texts of the version in force to the standards, once, when its
    effective date has come; return the version, or None if nothing changed.
    Safe to run at any time and any number of times."""
    return _bring_into_force(now=now or timezone.now())


def _bring_into_force(*, now: datetime) -> GuidelinesVersion | None:
    """Refresh the standards' current text, severity and entry tier (what
    forms, queues and pages use) from the version in force."""
    from .selectors import get_version_in_force

    current = get_version_in_force(now=now)
    if current is None:
        return None
    version = GuidelinesVersion.objects.select_for_update(no_key=True).get(
        pk=current.pk
    )
    if version.in_force_since is not None:
        return None
    for slug, entry in version.content.items():
        Standard.objects.filter(slug=slug).update(
            **{k: entry[k] for k in (*TEXT_FIELDS, *RULE_FIELDS) if k in entry}
        )
    version.in_force_since = now
    version.save(update_fields=["in_force_since"])
    _audit(
        None,
        "policy.in_force",
        version,
        {"effective_at": version.effective_at},
        source="rule:effective_date",
    )
    return version


# --- Suggestions (S21) and regular review (S20) -----------------------------------


@transaction.atomic(durable=True)
def submit_suggestion(
    *, name: str, email: str, organisation: str, standard: str, text: str
) -> Suggestion:
    """A proposal from outside; the proposer hears what became of it."""
    from django.core.exceptions import ValidationError
    from django.core.validators import validate_email

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
    _require_role(actor, Role.POLICY)
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
    enqueue_email(
        to=[suggestion.email],
        subject=_("Your suggestion for our Acceptable Use Guidelines"),
        body=_(
            "Hello %(name)s,\n\nThank you for your suggestion. %(answer)s\n\nTrust & Safety"
        )
        % {"name": suggestion.name, "answer": suggestion.answer},
    )
    record_audit_event(
        actor=actor,
        verb="policy.suggestion_triaged",
        target=suggestion,
        data={"status": status, "version": version.pk if version else None},
    )
    return suggestion


@transaction.atomic(durable=True)
def record_standard_review(
    *, slug: str, actor, outcome: str, note: str = "", version_id: int | None = None
) -> StandardReview:
    """Record a regular review; the next one falls due a year later."""
    _require_role(actor, Role.POLICY, Role.APPEALS_PANEL)
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

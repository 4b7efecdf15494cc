from datetime import timedelta

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _


def a_year_from_today():
    return timezone.localdate() + timedelta(days=365)


class Severity(models.TextChoices):
    CRITICAL = "critical", _("Critical")
    HIGH = "high", _("High")
    MEDIUM = "medium", _("Medium")
    LOW = "low", _("Low")


class Standard(models.Model):
    """One standard of the Acceptable Use Guidelines (a report's category)."""

    slug = models.SlugField(primary_key=True, max_length=32)
    severity = models.CharField(max_length=8, choices=Severity)
    # Review starts at this tier (child safety goes straight to tier III).
    entry_tier = models.PositiveSmallIntegerField(default=1)
    title_en = models.CharField(max_length=120)
    title_sv = models.CharField(max_length=120)
    body_en = models.TextField()
    body_sv = models.TextField()
    position = models.PositiveSmallIntegerField(default=0)
    # Median time from a case opening to its decision, learnt from the register.
    median_review_seconds = models.PositiveIntegerField(default=1800)
    # The policy team and the panel review every standard regularly (S20).
    next_review_on = models.DateField(default=a_year_from_today)

    class Meta:
        ordering = ["position"]

    def __str__(self):
        return self.title

    @property
    def title(self) -> str:
        return (
            self.title_sv
            if (get_language() or "en").startswith("sv")
            else self.title_en
        )

    @property
    def body(self) -> str:
        return (
            self.body_sv if (get_language() or "en").startswith("sv") else self.body_en
        )


class GuidelinesVersion(models.Model):
    """One version of the Acceptable Use Guidelines: every standard's text.

    A version moves draft → internal review → consultation → approval →
    published, one step at a time (S22); the latest published version whose
    effective date has come is in force.
    """

    class Status(models.TextChoices):
        DRAFT = "draft", _("Draft")
        INTERNAL_REVIEW = "internal_review", _("Internal review")
        CONSULTATION = "consultation", _("External consultation")
        APPROVAL = "approval", _("Awaiting approval")
        PUBLISHED = "published", _("Published")

    number = models.PositiveIntegerField(unique=True)
    status = models.CharField(max_length=16, choices=Status, default=Status.DRAFT)
    summary = models.TextField()
    # {slug: {"severity", "entry_tier", "title_en", "title_sv", "body_en", "body_sv"}}
    content = models.JSONField()
    based_on = models.ForeignKey(
        "self", null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
    )
    created_at = models.DateTimeField(default=timezone.now)
    effective_at = models.DateTimeField(null=True, blank=True)
    published_at = models.DateTimeField(null=True, blank=True)
    # When its texts were copied to the standards (at the effective date, #10).
    in_force_since = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-number"]
        constraints = [
            models.CheckConstraint(
                condition=~models.Q(status="published")
                | models.Q(published_at__isnull=False, effective_at__isnull=False),
                name="published_version_has_dates",
            )
        ]

    def __str__(self):
        return f"Guidelines v{self.number} ({self.status})"

    def text_of(self, slug: str, language: str) -> dict:
        entry = self.content.get(slug, {})
        sv = language.startswith("sv")
        return {
            "title": entry.get("title_sv" if sv else "title_en", slug),
            "body": entry.get("body_sv" if sv else "body_en", ""),
        }


class PolicyReviewer(models.Model):
    """A named staff reviewer of a draft, and when they signed it off."""

    version = models.ForeignKey(
        GuidelinesVersion, on_delete=models.CASCADE, related_name="reviewers"
    )
    reviewer = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+"
    )
    signed_off_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["version", "reviewer"], name="reviewer_once"
            )
        ]

    def __str__(self):
        return f"{self.reviewer} on v{self.version_id}"


class ConsultationInvitation(models.Model):
    """An outside stakeholder invited to read a draft and comment, by link."""

    version = models.ForeignKey(
        GuidelinesVersion, on_delete=models.CASCADE, related_name="invitations"
    )
    email = models.EmailField()
    name = models.CharField(max_length=200)
    organisation = models.CharField(max_length=200, blank=True)
    created_at = models.DateTimeField(default=timezone.now)

    def __str__(self):
        return f"{self.name} ({self.organisation})"


class PolicyComment(models.Model):
    """A comment on a draft: by a staff reviewer, or by an invited stakeholder."""

    version = models.ForeignKey(
        GuidelinesVersion, on_delete=models.CASCADE, related_name="comments"
    )
    stage = models.CharField(max_length=16)
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
    )
    invitation = models.ForeignKey(
        ConsultationInvitation, null=True, blank=True, on_delete=models.PROTECT
    )
    body = models.TextField()
    created_at = models.DateTimeField(default=timezone.now)

    def __str__(self):
        return f"Comment on v{self.version_id}"


class PolicyApproval(models.Model):
    """One of the two approvals a version needs: a policy lead and an
    appeals-panel member."""

    version = models.ForeignKey(
        GuidelinesVersion, on_delete=models.CASCADE, related_name="approvals"
    )
    role = models.CharField(max_length=16)
    approver = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+"
    )
    approved_at = models.DateTimeField(default=timezone.now)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["version", "role"], name="approval_per_role"
            )
        ]

    def __str__(self):
        return f"{self.role} approval of v{self.version_id}"


class Suggestion(models.Model):
    """A proposal from outside, such as a civil-society organisation (S21)."""

    class Status(models.TextChoices):
        NEW = "new", _("New")
        ACCEPTED = "accepted", _("Taken into a draft")
        DECLINED = "declined", _("Declined")

    name = models.CharField(max_length=200)
    email = models.EmailField()
    organisation = models.CharField(max_length=200, blank=True)
    standard = models.ForeignKey(
        Standard, null=True, blank=True, on_delete=models.SET_NULL
    )
    text = models.TextField()
    status = models.CharField(max_length=10, choices=Status, default=Status.NEW)
    version = models.ForeignKey(
        GuidelinesVersion,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="suggestions",
    )
    answer = models.TextField(blank=True)
    created_at = models.DateTimeField(default=timezone.now)
    triaged_at = models.DateTimeField(null=True, blank=True)

    def __str__(self):
        return f"Suggestion from {self.name}"


class StandardReview(models.Model):
    """One regular review of a standard: kept as is, or a draft opened."""

    class Outcome(models.TextChoices):
        KEPT = "kept", _("Kept as is")
        DRAFT_OPENED = "draft_opened", _("A draft was opened")

    standard = models.ForeignKey(
        Standard, on_delete=models.CASCADE, related_name="reviews"
    )
    reviewer = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+"
    )
    outcome = models.CharField(max_length=12, choices=Outcome)
    note = models.TextField(blank=True)
    version = models.ForeignKey(
        GuidelinesVersion,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    reviewed_at = models.DateTimeField(default=timezone.now)

    def __str__(self):
        return f"Review of {self.standard_id}"

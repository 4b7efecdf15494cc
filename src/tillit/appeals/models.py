from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class PanelMember(models.Model):
    """A member of the appeals panel, serving a one-year term (S18)."""

    class Experience(models.TextChoices):
        JUNIOR = "junior", _("Junior")
        EXPERIENCED = "experienced", _("Experienced")
        SENIOR = "senior", _("Senior")

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="panel_member"
    )
    department = models.CharField(max_length=80)
    tenure_years = models.PositiveSmallIntegerField(default=0)
    experience = models.CharField(max_length=12, choices=Experience)
    background = models.CharField(max_length=200, blank=True)
    term_start = models.DateField()
    term_end = models.DateField()

    class Meta:
        constraints = [
            models.CheckConstraint(
                condition=models.Q(term_end__gt=models.F("term_start")),
                name="panel_term_ends_after_start",
            )
        ]

    def __str__(self):
        return f"{self.user} ({self.department})"

    def is_active(self, on) -> bool:
        return self.term_start <= on <= self.term_end


class Appeal(models.Model):
    """A request for a secondary review of one decision (S17)."""

    class Status(models.TextChoices):
        AWAITING_PANEL = "awaiting_panel", _("Awaiting a panel")
        IN_REVIEW = "in_review", _("With the panel")
        DECIDED = "decided", _("Decided")

    class Outcome(models.TextChoices):
        UPHELD = "upheld", _("Upheld")
        OVERTURNED = "overturned", _("Overturned")
        MODIFIED = "modified", _("Modified")

    decision = models.OneToOneField(
        "cases.Decision", on_delete=models.PROTECT, related_name="appeal"
    )
    appellant = models.CharField(max_length=8)  # "owner" or "reporter"
    appellant_email = models.EmailField()
    statement = models.TextField()
    language = models.CharField(max_length=2, default="en")
    status = models.CharField(max_length=16, choices=Status)
    outcome = models.CharField(max_length=12, choices=Outcome, blank=True)
    reasons = models.TextField(blank=True)
    created_at = models.DateTimeField(default=timezone.now)
    decided_at = models.DateTimeField(null=True, blank=True)

    def __str__(self):
        return f"Appeal of decision {self.decision_id}"


class PanelSeat(models.Model):
    """One panel member's seat on one appeal, and their vote with reasons."""

    appeal = models.ForeignKey(Appeal, on_delete=models.CASCADE, related_name="seats")
    member = models.ForeignKey(
        PanelMember, on_delete=models.PROTECT, related_name="seats"
    )
    vote = models.CharField(max_length=12, choices=Appeal.Outcome, blank=True)
    # With a "modified" vote: the actions that replace the decision's.
    actions = models.JSONField(default=list, blank=True)
    reasons = models.TextField(blank=True)
    voted_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["appeal", "member"], name="one_seat_per_member"
            )
        ]

    def __str__(self):
        return f"{self.member} on appeal {self.appeal_id}"

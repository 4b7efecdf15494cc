from django.db import models
from django.utils import timezone


class EnforcementAction(models.Model):
    """One action taken on the platform because of a decision."""

    decision = models.ForeignKey(
        "cases.Decision", on_delete=models.PROTECT, related_name="enforcement_actions"
    )
    kind = models.CharField(max_length=24)
    account = models.ForeignKey(
        "directory.Account", null=True, blank=True, on_delete=models.SET_NULL
    )
    target_type = models.CharField(max_length=8)
    target_id = models.CharField(max_length=64)
    days = models.PositiveIntegerField(null=True, blank=True)
    starts_at = models.DateTimeField(default=timezone.now)
    ends_at = models.DateTimeField(null=True, blank=True)
    # When an appeal lifted it; the platform was sent `enforcement.restore`.
    lifted_at = models.DateTimeField(null=True, blank=True)

    def __str__(self):
        return f"{self.kind} on {self.target_type}:{self.target_id}"


class StatementOfReasons(models.Model):
    """What the account owner is told about an adverse action (DSA Art. 17)."""

    decision = models.OneToOneField(
        "cases.Decision", on_delete=models.PROTECT, related_name="statement"
    )
    account = models.ForeignKey("directory.Account", on_delete=models.PROTECT)
    language = models.CharField(max_length=2)
    recipients = models.JSONField(default=list)
    subject = models.CharField(max_length=300)
    body = models.TextField()
    # DSA fields, kept apart for the transparency export.
    decision_ground = models.CharField(max_length=32, default="incompatible_content")
    automated_detection = models.BooleanField(default=False)
    automated_decision = models.BooleanField(default=False)
    facts = models.TextField()
    created_at = models.DateTimeField(default=timezone.now)

    def __str__(self):
        return self.subject

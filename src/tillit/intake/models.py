from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class Channel(models.TextChoices):
    IN_MEETING = "in_meeting", _("In a meeting")
    WEB_FORM = "web_form", _("Web form")
    PORTAL = "portal", _("Meetings list in the portal")
    EVENT_PAGE = "event_page", _("Report this event")
    EMAIL = "email", _("Trust mailbox")
    AI_SCAN = "ai_scan", _("AI scan of public events")
    AT_RISK_SCAN = "at_risk_scan", _("At-risk meeting notifier")


class TargetType(models.TextChoices):
    MEETING = "meeting", _("Meeting")
    EVENT = "event", _("Event")
    ACCOUNT = "account", _("Account")
    USER = "user", _("User")


class Reporter(models.Model):
    """A person who reports, and their record: upheld reports weigh more."""

    # "email:<address>" or "user:<platform user id>"; one row per person.
    key = models.CharField(max_length=320, unique=True)
    email = models.EmailField(blank=True)
    upheld_count = models.PositiveIntegerField(default=0)
    not_upheld_count = models.PositiveIntegerField(default=0)
    bad_faith = models.BooleanField(default=False)
    created_at = models.DateTimeField(default=timezone.now)

    def __str__(self):
        return self.key


class Report(models.Model):
    """What came in: one report from one channel about one target."""

    channel = models.CharField(max_length=16, choices=Channel)
    category = models.ForeignKey("policy.Standard", on_delete=models.PROTECT)
    description = models.TextField(blank=True)
    target_type = models.CharField(max_length=8, choices=TargetType)
    target_id = models.CharField(max_length=64)
    # The directory rows the target resolves to, when the platform has synced them.
    account = models.ForeignKey(
        "directory.Account", null=True, blank=True, on_delete=models.SET_NULL
    )
    meeting = models.ForeignKey(
        "directory.Meeting", null=True, blank=True, on_delete=models.SET_NULL
    )
    event = models.ForeignKey(
        "directory.Event", null=True, blank=True, on_delete=models.SET_NULL
    )
    # In a meeting: who the reporter points at.
    offender = models.CharField(max_length=200, blank=True)
    reporter = models.ForeignKey(
        Reporter,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="reports",
    )
    reporter_email = models.EmailField(blank=True)
    reporter_name = models.CharField(max_length=200, blank=True)
    reporter_user_id = models.CharField(max_length=64, blank=True)
    language = models.CharField(max_length=2, default="en")
    detection_confidence = models.FloatField(null=True, blank=True)
    # A keyed hash of the client a public form came from (core.ratelimit):
    # reports from one client count as one reporter (issue 10, #5).
    client_key = models.CharField(max_length=40, blank=True)
    # When the acknowledgement was queued; null when none was sent, because
    # there was no address or the address had had its daily share.
    acknowledged_at = models.DateTimeField(null=True, blank=True)
    case = models.ForeignKey(
        "cases.Case", on_delete=models.PROTECT, related_name="reports"
    )
    idempotency_key = models.CharField(max_length=200, null=True, blank=True)
    request_fingerprint = models.CharField(max_length=64, blank=True)
    created_at = models.DateTimeField(default=timezone.now)
    # When retention deleted the text and evidence (`intake.retention`).
    purged_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["idempotency_key"],
                condition=Q(idempotency_key__isnull=False),
                name="report_idempotency_key_unique",
            )
        ]
        indexes = [models.Index(fields=["target_type", "target_id"])]

    def __str__(self):
        return self.reference

    @property
    def reference(self) -> str:
        return f"TS-{self.created_at.year}-{self.pk:06d}"


class Evidence(models.Model):
    """A file the reporter attached; served only to staff who may see the case."""

    report = models.ForeignKey(
        Report, on_delete=models.CASCADE, related_name="evidence"
    )
    file = models.FileField(upload_to="evidence/%Y/%m/")
    original_name = models.CharField(max_length=255)
    content_type = models.CharField(max_length=100)
    size = models.PositiveIntegerField()
    sha256 = models.CharField(max_length=64)
    created_at = models.DateTimeField(default=timezone.now)

    def __str__(self):
        return self.original_name

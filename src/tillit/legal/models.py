"""Requests from authorities (S37): agencies, their officers, the requests,
preservation holds and disclosure packages."""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class Agency(models.Model):
    """An authority that may send requests, once the legal team has verified it."""

    name = models.CharField(max_length=200, unique=True)
    # ISO 3166-1 alpha-2, checked with pycountry by the service.
    country = models.CharField(max_length=2)
    # Lower-case domains its officers' addresses must be on ("polisen.se").
    email_domains = models.JSONField(default=list)
    verified = models.BooleanField(default=False)
    verified_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        verbose_name_plural = "agencies"

    def __str__(self):
        return f"{self.name} ({self.country})"

    def has_domain_of(self, email: str) -> bool:
        domain = email.rpartition("@")[2].lower()
        return bool(domain) and domain in self.email_domains


class Officer(models.Model):
    """A sign-in for the portal, made by the legal team for one agency."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="officer"
    )
    agency = models.ForeignKey(
        Agency, on_delete=models.PROTECT, related_name="officers"
    )
    language = models.CharField(max_length=2, choices=settings.LANGUAGES, default="en")
    active = models.BooleanField(default=True)
    created_at = models.DateTimeField(default=timezone.now)

    def __str__(self):
        return f"{self.user.email} ({self.agency.name})"


class RequestKind(models.TextChoices):
    PRESERVATION = "preservation", _("Preservation")
    SUBPOENA = "subpoena", _("Subpoena")
    COURT_ORDER = "court_order", _("Court order")
    SEARCH_WARRANT = "search_warrant", _("Search warrant")
    EMERGENCY = "emergency", _("Emergency disclosure")
    MUTUAL_LEGAL_ASSISTANCE = "mutual_legal_assistance", _("Mutual legal assistance")


class LegalTargetType(models.TextChoices):
    ACCOUNT = "account", _("Account")
    USER = "user", _("User")
    MEETING = "meeting", _("Meeting")
    EVENT = "event", _("Event")


class DataCategory(models.TextChoices):
    """What a request may ask for, and what a package holds."""

    SUBSCRIBER_INFO = "subscriber_info", _("Subscriber information")
    MEETING_RECORDS = "meeting_records", _("Meeting and event records")
    REPORTS = "reports", _("Reports received about the target")
    EVIDENCE = "evidence", _("Evidence files attached to those reports")


class LegalRequest(models.Model):
    """One request from an authority, from receipt to its outcome."""

    class Status(models.TextChoices):
        RECEIVED = "received", _("Received")
        IN_REVIEW = "in_review", _("In review")
        AWAITING_APPROVAL = "awaiting_approval", _("Awaiting a second reviewer")
        REJECTED = "rejected", _("Rejected")
        APPROVED = "approved", _("Approved; disclosure ready")
        DISCLOSED = "disclosed", _("Disclosed")

    class Outcome(models.TextChoices):
        REJECTED = "rejected", _("Rejected")
        NARROWED = "narrowed", _("Narrowed")
        COMPLIED_IN_PART = "complied_in_part", _("Complied in part")
        COMPLIED_IN_FULL = "complied_in_full", _("Complied in full")

    class Notice(models.TextChoices):
        NOT_YET = "not_yet", _("Not yet")
        SENT = "sent", _("Sent")
        DELAYED = "delayed", _("Delayed by a non-disclosure order")
        WITHHELD = "withheld", _("Withheld (emergency)")
        NONE = "none", _("None: nothing was disclosed")

    agency = models.ForeignKey(
        Agency, on_delete=models.PROTECT, related_name="requests"
    )
    officer = models.ForeignKey(
        Officer,
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="requests",
    )
    # "portal", or "api:<key name>" for a request sent through the API.
    source = models.CharField(max_length=64)
    country = models.CharField(max_length=2)
    kind = models.CharField(max_length=32, choices=RequestKind)
    legal_basis = models.TextField()
    # [{"type": "account", "id": "acc-1"}, …]
    targets = models.JSONField()
    data_requested = models.JSONField()
    due_at = models.DateTimeField()
    nondisclosure_until = models.DateField(null=True, blank=True)
    document = models.FileField(upload_to="legal/%Y/%m/", blank=True)
    document_sha256 = models.CharField(max_length=64, blank=True)
    status = models.CharField(max_length=20, choices=Status, default=Status.RECEIVED)
    verified_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
    )
    verified_at = models.DateTimeField(null=True, blank=True)
    outcome = models.CharField(max_length=20, choices=Outcome, blank=True)
    # Sent back to the officer with a rejection; the scope's reason otherwise.
    outcome_reason = models.TextField(blank=True)
    approved_targets = models.JSONField(default=list, blank=True)
    approved_data = models.JSONField(default=list, blank=True)
    reviewed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
    )
    reviewed_at = models.DateTimeField(null=True, blank=True)
    approved_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
    )
    approved_at = models.DateTimeField(null=True, blank=True)
    notice = models.CharField(max_length=10, choices=Notice, default=Notice.NOT_YET)
    notice_due_on = models.DateField(null=True, blank=True)
    notice_sent_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        constraints = [
            models.CheckConstraint(
                condition=~Q(status="approved") | Q(approved_by__isnull=False),
                name="legal_approved_has_approver",
            ),
            models.CheckConstraint(
                condition=Q(approved_by__isnull=True)
                | ~Q(approved_by=models.F("reviewed_by")),
                name="legal_two_people",
            ),
        ]
        indexes = [models.Index(fields=["status", "due_at"])]

    def __str__(self):
        return self.reference

    @property
    def reference(self) -> str:
        return f"LR-{self.created_at.year}-{self.pk:06d}"

    @property
    def is_emergency(self) -> bool:
        return self.kind == RequestKind.EMERGENCY


class LegalNote(models.Model):
    """A reviewer's note on a request: only the legal team reads them."""

    request = models.ForeignKey(
        LegalRequest, on_delete=models.CASCADE, related_name="notes"
    )
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+"
    )
    body = models.TextField()
    created_at = models.DateTimeField(default=timezone.now)

    def __str__(self):
        return f"note {self.pk} on {self.request_id}"


class PreservationHold(models.Model):
    """Stops the deletion of a target's reports and evidence (90 days,
    renewable once) until it is released or expires."""

    request = models.ForeignKey(
        LegalRequest, on_delete=models.PROTECT, related_name="holds"
    )
    target_type = models.CharField(max_length=8, choices=LegalTargetType)
    target_id = models.CharField(max_length=64)
    placed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+"
    )
    placed_at = models.DateTimeField(default=timezone.now)
    expires_at = models.DateTimeField()
    renewals = models.PositiveSmallIntegerField(default=0)
    released_at = models.DateTimeField(null=True, blank=True)
    released_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
    )

    class Meta:
        constraints = [
            models.CheckConstraint(
                condition=Q(renewals__lte=1), name="hold_renewed_at_most_once"
            ),
        ]
        indexes = [models.Index(fields=["target_type", "target_id"])]

    def __str__(self):
        return f"hold on {self.target_type}:{self.target_id}"

    def is_active(self, at) -> bool:
        return self.released_at is None and self.expires_at > at


class Disclosure(models.Model):
    """The package of what was approved, served once through a signed link."""

    request = models.OneToOneField(
        LegalRequest, on_delete=models.PROTECT, related_name="disclosure"
    )
    package = models.FileField(upload_to="legal/disclosures/%Y/%m/")
    package_sha256 = models.CharField(max_length=64)
    manifest = models.JSONField()
    # Each link carries this nonce; a new link replaces it, so old ones die.
    link_nonce = models.CharField(max_length=32)
    link_issued_at = models.DateTimeField()
    downloaded_at = models.DateTimeField(null=True, blank=True)
    downloaded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
    )
    created_at = models.DateTimeField(default=timezone.now)

    def __str__(self):
        return f"disclosure for {self.request_id}"

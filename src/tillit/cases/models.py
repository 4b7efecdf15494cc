from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from tillit.directory.models import Meeting


class Case(models.Model):
    """What is reviewed: the reports about one target, in one tier's queue."""

    class State(models.TextChoices):
        OPEN = "open", _("In the queue")
        CLAIMED = "claimed", _("Claimed")
        WAITING = "waiting", _("Waiting for information")
        PENDING_APPROVAL = "pending_approval", _("Awaiting a second approver")
        DECIDED = "decided", _("Decided")

    class Lane(models.TextChoices):
        LIVE = "live", _("In progress")
        EXPEDITED = "expedited", _("Expedited")
        NORMAL = "normal", _("Normal")

    target_type = models.CharField(max_length=8)
    target_id = models.CharField(max_length=64)
    account = models.ForeignKey(
        "directory.Account", null=True, blank=True, on_delete=models.SET_NULL
    )
    meeting = models.ForeignKey(
        "directory.Meeting", null=True, blank=True, on_delete=models.SET_NULL
    )
    event = models.ForeignKey(
        "directory.Event", null=True, blank=True, on_delete=models.SET_NULL
    )
    standard = models.ForeignKey("policy.Standard", on_delete=models.PROTECT)
    context = models.CharField(
        max_length=16, choices=Meeting.Context.choices, default="other"
    )
    tier = models.PositiveSmallIntegerField(default=1)
    state = models.CharField(max_length=16, choices=State, default=State.OPEN)
    lane = models.CharField(max_length=10, choices=Lane, default=Lane.NORMAL)
    priority = models.FloatField(default=0)
    priority_reasons = models.JSONField(default=list)
    tier_rules = models.JSONField(default=list, blank=True)
    due_at = models.DateTimeField()
    starts_at = models.DateTimeField(null=True, blank=True)
    ends_at = models.DateTimeField(null=True, blank=True)
    report_count = models.PositiveIntegerField(default=0)
    reporter_count = models.PositiveIntegerField(default=0)
    detection_confidence = models.FloatField(null=True, blank=True)
    # A report said someone may harm themselves soon (S24).
    imminent_risk = models.BooleanField(default=False)
    assignee = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    lease_expires_at = models.DateTimeField(null=True, blank=True)
    waiting_until = models.DateTimeField(null=True, blank=True)
    opened_at = models.DateTimeField(default=timezone.now)
    decided_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["target_type", "target_id"],
                condition=~Q(state="decided"),
                name="case_one_open_per_target",
            ),
            models.CheckConstraint(
                condition=Q(tier__gte=1, tier__lte=4), name="case_tier_1_to_4"
            ),
            models.CheckConstraint(
                condition=~Q(state="claimed")
                | Q(assignee__isnull=False, lease_expires_at__isnull=False),
                name="case_claimed_has_assignee_and_lease",
            ),
        ]
        indexes = [
            # The queue's whole order, id last: a claim reads one entry
            # instead of sorting the ties of its priority and due time (#12).
            models.Index(
                fields=["tier", "state", "-priority", "due_at", "id"],
                name="case_queue_idx",
            ),
            models.Index(fields=["tier", "state", "opened_at"], name="case_oldest_idx"),
            models.Index(fields=["target_type", "target_id"], name="case_target_idx"),
            models.Index(fields=["state", "lease_expires_at"], name="case_lease_idx"),
            models.Index(fields=["state", "waiting_until"], name="case_waiting_idx"),
        ]

    def __str__(self):
        return f"Case {self.pk}"

    @property
    def is_open(self) -> bool:
        return self.state != self.State.DECIDED

    def mark_claimed(self, *, by, until):
        self.state, self.assignee, self.lease_expires_at = self.State.CLAIMED, by, until

    def mark_open(self):
        self.state, self.assignee, self.lease_expires_at = self.State.OPEN, None, None
        self.waiting_until = None


class InfoRequest(models.Model):
    """A question to the reporter or the event host; the case waits for it (S13)."""

    class Recipient(models.TextChoices):
        REPORTER = "reporter", _("Reporter")
        HOST = "host", _("Host or account owner")

    case = models.ForeignKey(
        Case, on_delete=models.CASCADE, related_name="info_requests"
    )
    recipient = models.CharField(max_length=8, choices=Recipient)
    report = models.ForeignKey(
        "intake.Report",
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="info_requests",
    )
    email = models.EmailField(blank=True)
    question = models.TextField()
    deadline = models.DateTimeField()
    asked_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+"
    )
    asked_at = models.DateTimeField(default=timezone.now)
    answer = models.TextField(blank=True)
    answered_at = models.DateTimeField(null=True, blank=True)

    def __str__(self):
        return f"Question on case {self.case_id}"


class Decision(models.Model):
    """What was decided: one row per round, never edited once made (S16).

    Only `status` moves: once when a second approver acts (two-person rule),
    and once more if an appeal overturns it or replaces it with a modified
    decision (a new round that `supersedes` it).
    """

    class Outcome(models.TextChoices):
        VIOLATION = "violation", _("Violation")
        NO_VIOLATION = "no_violation", _("No violation")

    class Status(models.TextChoices):
        PENDING_APPROVAL = "pending_approval", _("Awaiting a second approver")
        IN_FORCE = "in_force", _("In force")
        REJECTED = "rejected", _("Rejected by the second approver")
        # The appeals panel's outcomes (#10): no longer in force, no strike.
        OVERTURNED = "overturned", _("Overturned on appeal")
        SUPERSEDED = "superseded", _("Modified on appeal")

    case = models.ForeignKey(Case, on_delete=models.PROTECT, related_name="decisions")
    round = models.PositiveSmallIntegerField(default=1)
    outcome = models.CharField(max_length=16, choices=Outcome)
    standard = models.ForeignKey("policy.Standard", on_delete=models.PROTECT)
    # The version of the guidelines the decision applied (its text is kept there).
    policy_version = models.ForeignKey(
        "policy.GuidelinesVersion",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
    )
    # [{"type": "suspend_account", "days": 7}, ...]
    actions = models.JSONField(default=list)
    rationale = models.TextField()
    context = models.CharField(max_length=16)
    tier = models.PositiveSmallIntegerField()
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.PROTECT, related_name="+"
    )
    source = models.CharField(max_length=64, blank=True)
    decided_at = models.DateTimeField(default=timezone.now)
    status = models.CharField(max_length=16, choices=Status)
    approved_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
    )
    approved_at = models.DateTimeField(null=True, blank=True)
    approval_note = models.TextField(blank=True)
    # The decision an appeal modified; this one replaces it (#10).
    supersedes = models.OneToOneField(
        "self",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="superseded_by",
    )
    # Snapshots for the register and precedents: what the reports said, and the
    # action types as ",warning,suspend_account," so any database can search them.
    case_text = models.TextField(blank=True)
    action_types_text = models.CharField(max_length=200, blank=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["case", "round"], name="decision_case_round"
            ),
            models.CheckConstraint(
                condition=~Q(status="in_force")
                | Q(approved_by__isnull=True)
                | ~Q(approved_by=models.F("decided_by")),
                name="decision_not_self_approved",
            ),
        ]
        indexes = [models.Index(fields=["standard", "decided_at"])]

    def __str__(self):
        return f"Decision {self.pk} on case {self.case_id}"

    @property
    def action_types(self) -> list[str]:
        return [a["type"] for a in self.actions]

    @property
    def made_by_person(self) -> bool:
        """A reviewer, or the appeals panel's majority (source "appeal:<id>")."""
        return self.decided_by_id is not None or self.source.startswith("appeal:")

    def mark_overturned(self):
        self.status = self.Status.OVERTURNED

    def mark_superseded(self):
        self.status = self.Status.SUPERSEDED


class CaseNote(models.Model):
    """An internal note on a case, for the analysts only."""

    case = models.ForeignKey(Case, on_delete=models.CASCADE, related_name="notes")
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+"
    )
    body = models.TextField()
    created_at = models.DateTimeField(default=timezone.now)

    def __str__(self):
        return f"Note on case {self.case_id}"

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class Role(models.TextChoices):
    ANALYST = "analyst", _("Analyst")
    APPEALS_PANEL = "appeals_panel", _("Appeals panel")
    POLICY = "policy", _("Policy team")
    LEGAL = "legal", _("Legal team")
    ADMIN = "admin", _("Administrator")


class StaffProfile(models.Model):
    """What a staff member may do in Tillit: a role and, for review, a tier."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="staff"
    )
    role = models.CharField(max_length=16, choices=Role)
    # Analysts review tiers 1..tier; the appeals panel is tier 4.
    tier = models.PositiveSmallIntegerField(default=1)
    language = models.CharField(max_length=2, choices=settings.LANGUAGES, default="en")
    # Wellness: media stays greyscale even after it is revealed.
    media_stays_greyscale = models.BooleanField(default=False)

    class Meta:
        constraints = [
            models.CheckConstraint(
                condition=models.Q(tier__gte=1, tier__lte=4), name="staff_tier_1_to_4"
            )
        ]

    def __str__(self):
        return f"{self.user} ({self.role}, tier {self.tier})"


class AuditEvent(models.Model):
    """An append-only record of one state change.

    `hash` is the SHA-256 of the event's content, computed when it is written;
    a seal (`AuditSeal`) later binds it to the row's id and signs it.
    """

    at = models.DateTimeField(default=timezone.now)
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.PROTECT
    )
    # Who acted when it was not a person: "api:<key>", "rule:<name>", "reporter".
    source = models.CharField(max_length=64, blank=True)
    verb = models.CharField(max_length=64)
    target_type = models.CharField(max_length=64)
    target_id = models.CharField(max_length=64)
    data = models.JSONField(default=dict)
    hash = models.CharField(max_length=64)

    class Meta:
        indexes = [
            models.Index(
                fields=["target_type", "target_id", "id"],
                name="core_audit_target_id_idx",
            )
        ]

    def __str__(self):
        return f"#{self.pk} {self.verb} {self.target_type}:{self.target_id}"


class AuditSeal(models.Model):
    """A signed batch of audit events, in id order, chained to the seal before.

    `leaves` holds, for each event sealed, its id (8 bytes, big-endian) and its
    content hash (32 bytes); the Merkle root of their leaf hashes, the range,
    the previous seal's hash and the time are hashed into `hash` and signed
    with a key that is not in the database (docs/operations.md).
    """

    number = models.PositiveBigIntegerField(unique=True)
    first_id = models.BigIntegerField()
    last_id = models.BigIntegerField()
    count = models.PositiveIntegerField()
    leaves = models.BinaryField()
    root = models.CharField(max_length=64)
    prev_hash = models.CharField(max_length=64)
    hash = models.CharField(max_length=64, unique=True)
    sealed_at = models.DateTimeField()
    key_id = models.CharField(max_length=64)
    signature = models.CharField(max_length=88)

    def __str__(self):
        return f"seal {self.number} (#{self.first_id}-#{self.last_id})"


class AuditFence(models.Model):
    """The sealer's mark on PostgreSQL (one row): the highest event id handed
    out when it was read, and the first transaction id not yet assigned just
    after. Events up to `last_id` are final once no transaction older than
    `xid` is running (docs/architecture.md)."""

    last_id = models.BigIntegerField()
    xid = models.BigIntegerField()
    read_at = models.DateTimeField()

    def __str__(self):
        return f"#{self.last_id} below xid {self.xid}"


class ApiScope(models.TextChoices):
    """What an API key may do; each operation of the API needs one (#8)."""

    DIRECTORY_WRITE = "directory:write", _("Keep accounts, meetings and events in sync")
    REPORTS_WRITE = "reports:write", _("File reports and attach evidence")
    CASES_READ = "cases:read", _("Read cases and queues")
    SETTINGS_WRITE = "settings:write", _("Read and change meeting security settings")
    ADMISSION = "admission", _("Ask whether a participant may join a meeting")
    DETECTION_WRITE = "detection:write", _("Push public posts to the notifier")
    MODERATION_WRITE = (
        "moderation:write",
        _("Claim, decide and approve as a staff member"),
    )
    LEGAL_SUBMIT = "legal:submit", _("Submit law-enforcement requests")
    DSA_READ = "dsa:read", _("Read the DSA statements of reasons")


class ApiKey(models.Model):
    """A key the platform's engineers send as a bearer token; only a hash is kept.

    It may do what its scopes name, only for its account when it has one, and,
    bound to a staff member, acts as that person with their role and tier.
    """

    name = models.CharField(max_length=100)
    prefix = models.CharField(max_length=12, unique=True)
    key_hash = models.CharField(max_length=64)
    scopes = models.JSONField(default=list)
    # A key limited to one account; deleting the account must not widen it.
    account = models.ForeignKey(
        "directory.Account",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="api_keys",
    )
    staff = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="api_keys",
    )
    created_at = models.DateTimeField(default=timezone.now)
    revoked_at = models.DateTimeField(null=True, blank=True)

    def __str__(self):
        return self.name


class WebhookEndpoint(models.Model):
    """Where the platform receives enforcement events, with its signing secret."""

    url = models.URLField()
    secret = models.CharField(max_length=128)
    active = models.BooleanField(default=True)
    created_at = models.DateTimeField(default=timezone.now)

    def __str__(self):
        return self.url


class OutboxMessage(models.Model):
    """An email or webhook committed with the change that caused it.

    A task delivers it after commit and retries with back-off, so a crash loses
    nothing: an undelivered row stays pending until a worker sends it.
    """

    class Kind(models.TextChoices):
        EMAIL = "email"
        WEBHOOK = "webhook"

    class Status(models.TextChoices):
        PENDING = "pending"
        SENT = "sent"
        FAILED = "failed"

    kind = models.CharField(max_length=8, choices=Kind)
    status = models.CharField(max_length=8, choices=Status, default=Status.PENDING)
    payload = models.JSONField()
    # Webhooks: one message per endpoint, so each has its own retries.
    endpoint = models.ForeignKey(
        WebhookEndpoint, null=True, blank=True, on_delete=models.CASCADE
    )
    created_at = models.DateTimeField(default=timezone.now)
    attempts = models.PositiveIntegerField(default=0)
    # While an attempt is under way this is its lease's end, and `leased_by`
    # names the worker holding it ("" for a command), so that a worker found
    # dead gives its lease back at once (#10).
    next_attempt_at = models.DateTimeField(default=timezone.now)
    leased_by = models.CharField(max_length=64, blank=True)
    sent_at = models.DateTimeField(null=True, blank=True)
    last_error = models.TextField(blank=True)

    class Meta:
        indexes = [models.Index(fields=["status", "next_attempt_at"])]

    def __str__(self):
        return f"{self.kind} {self.pk} ({self.status})"


class WebhookDelivery(models.Model):
    """One attempt to deliver one webhook: the delivery log."""

    message = models.ForeignKey(
        OutboxMessage, on_delete=models.CASCADE, related_name="deliveries"
    )
    attempted_at = models.DateTimeField(default=timezone.now)
    status_code = models.PositiveIntegerField(null=True)
    error = models.TextField(blank=True)
    ok = models.BooleanField(default=False)

    def __str__(self):
        return f"{self.message_id} {self.status_code or self.error}"


class WorkerHeartbeat(models.Model):
    """A running `tillit worker`: it beats every few seconds while alive.

    A worker whose beat is older than `WORKER_DEAD_AFTER_SECONDS` is presumed
    dead; the next worker to notice re-queues its tasks, gives back its outbox
    leases and deletes this row.
    """

    worker_id = models.CharField(max_length=64, unique=True)
    hostname = models.CharField(max_length=255)
    pid = models.PositiveIntegerField()
    started_at = models.DateTimeField()
    beat_at = models.DateTimeField()

    def __str__(self):
        return f"{self.worker_id} on {self.hostname} ({self.pid})"


class RecurringTask(models.Model):
    """When a task of `TILLIT["RECURRING_TASKS"]` is next due.

    Workers enqueue a due task by moving `next_run_at` with a compare-and-set,
    so among any number of workers exactly one enqueues each run.
    """

    task_path = models.CharField(max_length=255, unique=True)
    next_run_at = models.DateTimeField()

    def __str__(self):
        return self.task_path


class RateCounter(models.Model):
    """Hits on one key in one fixed window: rate limits and mail caps.

    The key is an HMAC of the scope and the client, target or address, so no
    address is kept in the clear. Every web process and machine shares the
    rows; `core.ratelimit` increments them with one atomic upsert.
    """

    key = models.CharField(max_length=64)
    # The window's number: seconds since the epoch // the window's length.
    slot = models.BigIntegerField()
    hits = models.PositiveIntegerField(default=0)
    # Seconds since the epoch; expired rows are pruned as new windows open.
    expires_at = models.BigIntegerField(db_index=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["key", "slot"], name="ratecounter_key_slot_unique"
            )
        ]

    def __str__(self):
        return f"{self.key[:12]}@{self.slot}: {self.hits}"

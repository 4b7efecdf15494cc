from django.db import models
from django.utils import timezone


class SecurityLayer(models.Model):
    """The settings one level sets, and which of them it locks.

    `owner` names the level's row: "account:<id>", "group:<id>", "user:<id>",
    "meeting:<id>" or "event:<id>" (an event sits where a meeting would).
    """

    class Level(models.TextChoices):
        ACCOUNT = "account"
        GROUP = "group"
        USER = "user"
        MEETING = "meeting"

    level = models.CharField(max_length=8, choices=Level)
    owner = models.CharField(max_length=80, unique=True)
    values = models.JSONField(default=dict)
    locks = models.JSONField(default=list)
    updated_at = models.DateTimeField(default=timezone.now)

    def __str__(self):
        return self.owner


class LiveMeeting(models.Model):
    """A meeting's live state, kept while it runs: the host's security panel."""

    meeting = models.OneToOneField(
        "directory.Meeting", on_delete=models.CASCADE, related_name="live"
    )
    locked = models.BooleanField(default=False)
    waiting_room_now = models.BooleanField(default=False)
    # Capabilities switched off (or on) for this meeting only, over its settings.
    capabilities = models.JSONField(default=dict)
    updated_at = models.DateTimeField(default=timezone.now)

    def __str__(self):
        return f"Live {self.meeting_id}"


class LiveParticipant(models.Model):
    """Someone who asked to join a running meeting, one row each, so joins to
    one meeting never wait on each other."""

    class State(models.TextChoices):
        WAITING = "waiting"
        JOINED = "joined"
        REMOVED = "removed"

    meeting = models.ForeignKey(
        "directory.Meeting", on_delete=models.CASCADE, related_name="participants"
    )
    key = models.CharField(max_length=300)
    name = models.CharField(max_length=200, blank=True)
    email = models.EmailField(blank=True)
    state = models.CharField(max_length=8, choices=State)
    updated_at = models.DateTimeField(default=timezone.now)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["meeting", "key"], name="live_participant_once"
            )
        ]

    def __str__(self):
        return f"{self.key} ({self.state})"


class FailureCounter(models.Model):
    """Failures under one key in a window, and a lock-out once over the limit:
    wrong passcodes per meeting and address, unknown meetings per address."""

    key = models.CharField(max_length=120, unique=True)
    count = models.PositiveIntegerField(default=0)
    window_start = models.DateTimeField(default=timezone.now)
    # Indexed: the shared cache is filled with every active lock-out (#12).
    locked_until = models.DateTimeField(null=True, blank=True, db_index=True)

    def __str__(self):
        return self.key


class ResolvedMeeting(models.Model):
    """A meeting's gate (#12): everything admission needs of the meeting, in
    one row read by its primary key. The settings resolved through account >
    group > user > meeting, the host, and the live state: locked, the waiting
    room switched on for now, who was removed.

    Derived, never the truth: it is rewritten (`services/gates.py`) under its
    row lock whenever something it is made of changes, and a missing one is
    rebuilt from the hierarchy and the live tables.
    """

    meeting = models.OneToOneField(
        "directory.Meeting",
        primary_key=True,
        on_delete=models.CASCADE,
        related_name="+",
    )
    # Plain ids, not keys: they find the gates to rewrite when an account, a
    # host's user or their group changes, also after the user or group is gone.
    account_id = models.CharField(max_length=64, db_index=True)
    host_user_id = models.CharField(max_length=64, blank=True, db_index=True)
    host_group_id = models.BigIntegerField(null=True, db_index=True)
    host_email = models.EmailField(blank=True)
    # Admission's settings (resolve.ADMISSION_SETTINGS), as resolved.
    settings = models.JSONField(default=dict)
    locked = models.BooleanField(default=False)
    waiting_room_now = models.BooleanField(default=False)
    removed = models.JSONField(default=list)
    # Grows with every rewrite; the shared cache never takes an older one.
    version = models.BigIntegerField(default=0)
    resolved_at = models.DateTimeField(default=timezone.now)

    def __str__(self):
        return f"Gate {self.meeting_id} v{self.version}"

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
    locked_until = models.DateTimeField(null=True, blank=True)

    def __str__(self):
        return self.key

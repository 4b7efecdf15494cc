from django.db import models
from django.utils import timezone


class Sighting(models.Model):
    """A meeting of ours seen in a public post."""

    meeting = models.ForeignKey(
        "directory.Meeting", on_delete=models.CASCADE, related_name="sightings"
    )
    post_id = models.CharField(max_length=200)
    source = models.CharField(max_length=100)
    url = models.URLField(blank=True, max_length=1000)
    text = models.TextField()
    score = models.FloatField()
    level = models.CharField(max_length=8)
    signals = models.JSONField(default=list)
    seen_at = models.DateTimeField(default=timezone.now)

    class Meta:
        indexes = [models.Index(fields=["meeting", "seen_at"])]

    def __str__(self):
        return f"{self.meeting_id} in {self.post_id}"


class AtRiskNotice(models.Model):
    """The warning sent to a meeting's owner and admins: one per window."""

    meeting = models.ForeignKey(
        "directory.Meeting", on_delete=models.CASCADE, related_name="at_risk_notices"
    )
    sighting = models.ForeignKey(Sighting, on_delete=models.PROTECT)
    recipients = models.JSONField(default=list)
    sent_at = models.DateTimeField(default=timezone.now)

    class Meta:
        indexes = [models.Index(fields=["meeting", "sent_at"])]

    def __str__(self):
        return f"Notice for {self.meeting_id}"

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


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


class FeedSource(models.Model):
    """An RSS or Atom feed polled politely for leaked meeting links."""

    url = models.URLField(unique=True, max_length=1000)
    interval_seconds = models.PositiveIntegerField(default=600)
    etag = models.CharField(max_length=300, blank=True)
    last_modified = models.CharField(max_length=100, blank=True)
    next_poll_at = models.DateTimeField(default=timezone.now)
    failures = models.PositiveIntegerField(default=0)
    active = models.BooleanField(default=True)

    def __str__(self):
        return self.url


class FeedItemSeen(models.Model):
    """An entry already scanned, so a re-poll never scans it twice."""

    feed = models.ForeignKey(FeedSource, on_delete=models.CASCADE, related_name="seen")
    guid = models.CharField(max_length=500)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["feed", "guid"], name="feed_item_once")
        ]

    def __str__(self):
        return self.guid


class StreamSource(models.Model):
    """A live source of public posts: a Mastodon server's public or hashtag
    timeline, or a Bluesky Jetstream instance. `position` is where to resume:
    the last status id scanned (Mastodon) or the last event's time_us cursor
    (Jetstream), saved only after that post was scanned."""

    MASTODON, JETSTREAM = "mastodon", "jetstream"
    KINDS = [(MASTODON, "Mastodon"), (JETSTREAM, "Bluesky Jetstream")]

    kind = models.CharField(max_length=10, choices=KINDS)
    url = models.CharField(max_length=1000)
    tag = models.CharField(max_length=100, blank=True)
    access_token = models.CharField(max_length=200, blank=True)
    position = models.CharField(max_length=40, blank=True)
    active = models.BooleanField(default=True)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["kind", "url", "tag"], name="stream_source_once"
            )
        ]

    def __str__(self):
        return f"{self.kind} {self.url}" + (f" #{self.tag}" if self.tag else "")


class EventScan(models.Model):
    """One scan of a public event's listing by one model (#14). A listing is
    scanned once per version of its text and version of the model: the row is
    kept for the case page and the feedback, with the text as it was scanned."""

    event = models.ForeignKey(
        "directory.Event", on_delete=models.CASCADE, related_name="scans"
    )
    # SHA-256 of the title and description: the listing's version.
    content_hash = models.CharField(max_length=64)
    model = models.CharField(max_length=100)
    title = models.CharField(max_length=300)
    description = models.TextField(blank=True)
    score = models.FloatField()
    standards = models.JSONField(default=dict)
    flagged = models.BooleanField(default=False)
    flagged_standards = models.JSONField(default=list)
    reasons = models.JSONField(default=list)
    # The event's `updated_at` when this text was last seen on it: the sweep
    # looks for events whose current version has no scan.
    event_updated_at = models.DateTimeField()
    scanned_at = models.DateTimeField(default=timezone.now)
    report = models.ForeignKey(
        "intake.Report", null=True, blank=True, on_delete=models.SET_NULL
    )

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["event", "content_hash", "model"], name="event_scan_once"
            )
        ]
        indexes = [models.Index(fields=["event", "model", "event_updated_at"])]

    def __str__(self):
        return f"{self.event_id} by {self.model}"

    def top_standards(self, n: int = 5) -> list[tuple[str, float]]:
        return sorted(self.standards.items(), key=lambda kv: -kv[1])[:n]


class ScanFailure(models.Model):
    """The scanner failed on an event's current version (#14). The sweep
    passes the event until `retry_at`, the wait doubling with each failure,
    so a listing it fails on again and again never holds up newer ones. A
    new version of the listing starts again at the first wait."""

    event = models.ForeignKey(
        "directory.Event", on_delete=models.CASCADE, related_name="scan_failures"
    )
    model = models.CharField(max_length=100)
    # The version that failed, as EventScan.event_updated_at names it.
    event_updated_at = models.DateTimeField()
    attempts = models.PositiveIntegerField(default=1)
    error = models.CharField(max_length=500)
    failed_at = models.DateTimeField(default=timezone.now)
    retry_at = models.DateTimeField()

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["event", "model"], name="scan_failure_once")
        ]
        indexes = [models.Index(fields=["event", "model", "event_updated_at"])]

    def __str__(self):
        return f"{self.event_id} by {self.model}: {self.attempts} failures"


class ScanFeedback(models.Model):
    """An analyst's verdict on a scan: right or wrong. It is a labelled
    example for the next training run (`tillit scanner feedback`)."""

    CORRECT, WRONG = "correct", "wrong"
    VERDICTS = [(CORRECT, _("Correct")), (WRONG, _("Wrong"))]

    scan = models.ForeignKey(
        EventScan, on_delete=models.CASCADE, related_name="feedback"
    )
    reviewer = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT)
    verdict = models.CharField(max_length=8, choices=VERDICTS)
    # The label the verdict gives the listing (services.scanning): the scan's
    # own standards when it was right; none when it flagged a listing that
    # breaks nothing; the case's standard when it missed one that does.
    standards = models.JSONField(default=list)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["scan", "reviewer"], name="scan_feedback_once"
            )
        ]

    def __str__(self):
        return f"{self.verdict} on {self.scan_id}"

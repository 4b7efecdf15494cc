from django.db import models
from django.utils import timezone


class AcceptedStatement(models.Model):
    """A statement of reasons the DSA Transparency Database accepted, as sent:
    a later run skips its `puid`, and the mapping version it was built with
    stays on record."""

    puid = models.CharField(max_length=500, unique=True)
    decision = models.OneToOneField(
        "cases.Decision", on_delete=models.PROTECT, related_name="dsa_statement"
    )
    mapping_version = models.CharField(max_length=32)
    statement = models.JSONField()
    # The database's own id for it, when it answered with one.
    uuid = models.CharField(max_length=64, blank=True)
    accepted_at = models.DateTimeField(default=timezone.now)

    def __str__(self):
        return self.puid

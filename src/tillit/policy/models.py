from django.db import models
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _


class Severity(models.TextChoices):
    CRITICAL = "critical", _("Critical")
    HIGH = "high", _("High")
    MEDIUM = "medium", _("Medium")
    LOW = "low", _("Low")


class Standard(models.Model):
    """One standard of the Acceptable Use Guidelines (a report's category)."""

    slug = models.SlugField(primary_key=True, max_length=32)
    severity = models.CharField(max_length=8, choices=Severity)
    # Review starts at this tier (child safety goes straight to tier III).
    entry_tier = models.PositiveSmallIntegerField(default=1)
    title_en = models.CharField(max_length=120)
    title_sv = models.CharField(max_length=120)
    body_en = models.TextField()
    body_sv = models.TextField()
    position = models.PositiveSmallIntegerField(default=0)
    # Median time from a case opening to its decision, learnt from the register.
    median_review_seconds = models.PositiveIntegerField(default=1800)

    class Meta:
        ordering = ["position"]

    def __str__(self):
        return self.title

    @property
    def title(self) -> str:
        return (
            self.title_sv
            if (get_language() or "en").startswith("sv")
            else self.title_en
        )

    @property
    def body(self) -> str:
        return (
            self.body_sv if (get_language() or "en").startswith("sv") else self.body_en
        )

"""The platform's accounts, users, meetings and events: what T&S acts on.

The meeting platform keeps these in sync over the API; ids are the platform's.
"""

from datetime import timedelta

from django.core.validators import RegexValidator
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

meeting_id_validator = RegexValidator(
    r"^\d{9,11}$", _("A meeting id has 9 to 11 digits.")
)


class Language(models.TextChoices):
    EN = "en", "English"
    SV = "sv", "Svenska"


class Account(models.Model):
    class Plan(models.TextChoices):
        FREE = "free", _("Free")
        PAID = "paid", _("Paid")

    id = models.CharField(primary_key=True, max_length=64)
    name = models.CharField(max_length=200)
    owner_email = models.EmailField()
    admin_emails = models.JSONField(default=list, blank=True)
    language = models.CharField(max_length=2, choices=Language, default=Language.EN)
    plan = models.CharField(max_length=8, choices=Plan, default=Plan.FREE)
    created_at = models.DateTimeField(default=timezone.now)
    updated_at = models.DateTimeField(default=timezone.now)

    def __str__(self):
        return self.name

    @property
    def notice_recipients(self) -> list[str]:
        return list(dict.fromkeys([self.owner_email, *self.admin_emails]))


class PlatformUser(models.Model):
    id = models.CharField(primary_key=True, max_length=64)
    account = models.ForeignKey(Account, on_delete=models.CASCADE, related_name="users")
    email = models.EmailField(db_index=True)
    name = models.CharField(max_length=200, blank=True)
    created_at = models.DateTimeField(default=timezone.now)

    def __str__(self):
        return self.name or self.email


class Group(models.Model):
    account = models.ForeignKey(
        Account, on_delete=models.CASCADE, related_name="groups"
    )
    name = models.CharField(max_length=200)
    # A user in several groups takes the settings of the highest priority.
    priority = models.IntegerField(default=0)
    members = models.ManyToManyField(PlatformUser, blank=True, related_name="groups")

    def __str__(self):
        return self.name


class Meeting(models.Model):
    class Context(models.TextChoices):
        ONE_TO_ONE = "one_to_one", _("One-to-one call")
        FAMILY = "family", _("Family celebration")
        WORK = "work", _("Work meeting")
        PUBLIC_EVENT = "public_event", _("Large public event")
        ACADEMIC_COURSE = "academic_course", _("Academic course")
        OTHER = "other", _("Other")

    id = models.CharField(
        primary_key=True, max_length=11, validators=[meeting_id_validator]
    )
    account = models.ForeignKey(
        Account, on_delete=models.CASCADE, related_name="meetings"
    )
    host_email = models.EmailField()
    topic = models.CharField(max_length=300)
    starts_at = models.DateTimeField()
    duration_minutes = models.PositiveIntegerField(default=60)
    context = models.CharField(max_length=16, choices=Context, default=Context.OTHER)
    is_public = models.BooleanField(default=False)
    updated_at = models.DateTimeField(default=timezone.now)

    class Meta:
        indexes = [models.Index(fields=["host_email", "starts_at"])]

    def __str__(self):
        return f"{self.topic} ({self.id})"

    @property
    def ends_at(self):
        return self.starts_at + timedelta(minutes=self.duration_minutes)


class Event(models.Model):
    class Ticket(models.TextChoices):
        FREE = "free", _("Free")
        PAID = "paid", _("Paid")

    id = models.CharField(primary_key=True, max_length=64)
    account = models.ForeignKey(
        Account, on_delete=models.CASCADE, related_name="events"
    )
    title = models.CharField(max_length=300)
    description = models.TextField(blank=True)
    starts_at = models.DateTimeField()
    duration_minutes = models.PositiveIntegerField(default=120)
    ticket_type = models.CharField(max_length=4, choices=Ticket, default=Ticket.FREE)
    updated_at = models.DateTimeField(default=timezone.now)

    class Meta:
        # The event scanner's sweep reads what changed lately (#14).
        indexes = [models.Index(fields=["updated_at"], name="event_updated_at_idx")]

    def __str__(self):
        return self.title

    @property
    def ends_at(self):
        return self.starts_at + timedelta(minutes=self.duration_minutes)

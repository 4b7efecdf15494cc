"""Keep the gates (#12) in step with the directory. The directory may not
import safety (docs/architecture.md), so what it changes reaches the gates
through Django's signals, kept for this cache invalidation alone (STYLE A2):
they fire for the platform's sync, the admin and the demo seed alike."""

from django.db.models.signals import m2m_changed, post_delete, post_save
from django.dispatch import receiver

from tillit.directory.models import Group, Meeting, PlatformUser

from .services.gates import refresh_gates, schedule_gate_refresh


def _touches(update_fields, names: set[str]) -> bool:
    return update_fields is None or bool(names & set(update_fields))


@receiver(post_save, sender=Meeting, dispatch_uid="safety.meeting_saved")
def meeting_saved(sender, instance, created, update_fields, raw=False, **kwargs):
    """A new meeting gets its gate with it; a new host or account, at once."""
    if not raw and (created or _touches(update_fields, {"account", "host_email"})):
        refresh_gates(meeting_ids=[instance.pk], create=True)


@receiver(post_save, sender=PlatformUser, dispatch_uid="safety.user_saved")
def user_saved(sender, instance, created, update_fields, raw=False, **kwargs):
    """A user may be the host of meetings already synced, by address."""
    if not raw and (created or _touches(update_fields, {"account", "email"})):
        schedule_gate_refresh(owner=f"user:{instance.pk}")


@receiver(post_delete, sender=PlatformUser, dispatch_uid="safety.user_deleted")
def user_deleted(sender, instance, **kwargs):
    schedule_gate_refresh(owner=f"user:{instance.pk}")


@receiver(post_save, sender=Group, dispatch_uid="safety.group_saved")
def group_saved(sender, instance, created, update_fields, raw=False, **kwargs):
    """A group's priority decides which of a host's groups applies."""
    if not raw and not created and _touches(update_fields, {"priority"}):
        schedule_gate_refresh(owner=f"group:{instance.pk}")


@receiver(post_delete, sender=Group, dispatch_uid="safety.group_deleted")
def group_deleted(sender, instance, **kwargs):
    schedule_gate_refresh(owner=f"group:{instance.pk}")


@receiver(
    m2m_changed, sender=Group.members.through, dispatch_uid="safety.members_changed"
)
def members_changed(sender, instance, action, reverse, **kwargs):
    """Members joined or left a group (`group.members…` or `user.groups…`)."""
    if action in ("post_add", "post_remove", "post_clear"):
        kind = "user" if reverse else "group"
        schedule_gate_refresh(owner=f"{kind}:{instance.pk}")

"""Staff preferences: a staff member changes their own."""

from django.conf import settings
from django.db import transaction
from django.utils.translation import gettext as _

from .audit import record_audit_event
from .errors import InvalidInput, PermissionDenied
from .models import StaffProfile


@transaction.atomic(durable=True)
def update_staff_preferences(
    *, user, language: str, media_stays_greyscale: bool
) -> StaffProfile:
    """Set the console language and the wellness setting of the user's own profile."""
    if language not in dict(settings.LANGUAGES):
        raise InvalidInput(fields={"language": [_("Choose English or Swedish.")]})
    staff = (
        StaffProfile.objects.select_for_update(no_key=True).filter(user=user).first()
    )
    if staff is None:
        raise PermissionDenied()
    before = {"language": staff.language, "greyscale": staff.media_stays_greyscale}
    staff.language, staff.media_stays_greyscale = language, media_stays_greyscale
    staff.save(update_fields=["language", "media_stays_greyscale"])
    record_audit_event(
        actor=user,
        verb="staff.preferences_changed",
        target=staff,
        data={
            "before": before,
            "language": language,
            "greyscale": media_stays_greyscale,
        },
    )
    return staff

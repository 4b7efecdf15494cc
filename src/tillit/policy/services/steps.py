"""What every step of the update process (S22) shares: the version locked at
the step it must be at, and its audit event."""

from django.utils.translation import gettext as _

from tillit.core.audit import record_audit_event
from tillit.core.errors import InvalidInput

from ..errors import PolicyStepMissing
from ..models import GuidelinesVersion

TEXT_FIELDS = ("title_en", "title_sv", "body_en", "body_sv")
RULE_FIELDS = ("severity", "entry_tier")
Status = GuidelinesVersion.Status


def lock_version(version_id: int, status: str) -> GuidelinesVersion:
    """Return the version locked; raise PolicyStepMissing unless it is at `status`."""
    version = (
        GuidelinesVersion.objects.select_for_update(no_key=True)
        .filter(pk=version_id)
        .first()
    )
    if version is None:
        raise InvalidInput(fields={"version": [_("There is no such version.")]})
    if version.status != status:
        raise PolicyStepMissing(
            _("This step needs the version to be at “%(need)s”; it is at “%(is)s”.")
            % {"need": Status(status).label, "is": version.get_status_display()}
        )
    return version


def audit_version(actor, verb, version, data=None, source=""):
    record_audit_event(
        actor=actor, source=source, verb=verb, target=version, data=data or {}
    )

from django.utils.translation import gettext_lazy as _

from tillit.core.errors import Conflict, TillitError


class SettingLocked(Conflict):
    code = "setting_locked"
    message = _("A setting you changed is locked at a higher level.")


class ConfirmationRequired(Conflict):
    code = "confirmation_required"
    message = _(
        "Free-ticket events are protected by default. Switching this off lets "
        "anyone join and disrupt the event: confirm to go ahead."
    )


class LockedOut(TillitError):
    code = "locked_out"
    http_status = 429
    message = _("Too many failed attempts. Try again later.")

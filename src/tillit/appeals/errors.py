from django.utils.translation import gettext_lazy as _

from tillit.core.errors import Conflict, PermissionDenied


class AppealWindowClosed(Conflict):
    code = "appeal_window_closed"
    http_status = 410
    message = _("The time to appeal this decision has passed.")


class AppealExists(Conflict):
    code = "appeal_exists"
    message = _(
        "This decision has already been appealed. Each decision can be appealed once."
    )


class NotAppealable(Conflict):
    code = "not_appealable"
    message = _("This decision cannot be appealed this way.")


class NotOnPanel(PermissionDenied):
    code = "not_on_panel"
    message = _("You do not sit on the panel of this appeal, or your term has ended.")


class AlreadyVoted(Conflict):
    code = "already_voted"
    message = _("You have already voted on this appeal.")

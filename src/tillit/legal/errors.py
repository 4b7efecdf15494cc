from django.utils.translation import gettext_lazy as _

from tillit.core.errors import Conflict, ExpiredLink, NotFound, PermissionDenied


class LegalRequestNotFound(NotFound):
    code = "legal_request_not_found"
    message = _("There is no such request.")


class NotLegalTeam(PermissionDenied):
    code = "not_legal_team"
    message = _("Only the legal team may do this.")


class NotAnOfficer(PermissionDenied):
    code = "not_an_officer"
    message = _(
        "This page is for officers of verified agencies. The legal team creates "
        "their accounts."
    )


class WrongRequestState(Conflict):
    code = "legal_request_state"
    message = _("This request is not at that step any more.")


class SecondReviewerRequired(PermissionDenied):
    code = "second_reviewer_required"
    message = _("A second legal reviewer, not the one who reviewed it, must approve.")


class AgencyNotVerified(Conflict):
    code = "agency_not_verified"
    message = _("The agency is not verified yet.")


class HoldNotActive(Conflict):
    code = "hold_not_active"
    message = _("This hold is no longer active.")


class HoldAlreadyRenewed(Conflict):
    code = "hold_already_renewed"
    message = _("A hold may be renewed once; this one already was.")


class DisclosureAlreadyDownloaded(ExpiredLink):
    code = "disclosure_used"
    message = _("This download link has been used. Ask the legal team for a new one.")

from django.utils.translation import gettext_lazy as _

from tillit.core.errors import Conflict, NotFound, PermissionDenied


class CaseNotFound(NotFound):
    code = "case_not_found"
    message = _("There is no such case.")


class TierForbidden(PermissionDenied):
    code = "tier_forbidden"
    message = _("This case is in a tier you do not review.")


class CaseNotClaimable(Conflict):
    code = "case_not_claimable"
    message = _("This case is not in the queue: someone else holds it or it is closed.")


class NotCaseHolder(Conflict):
    code = "not_case_holder"
    message = _("You do not hold this case. Claim it first.")


class CaseAlreadyDecided(Conflict):
    code = "case_already_decided"
    message = _("This case has already been decided.")


class DecisionNotPending(Conflict):
    code = "decision_not_pending"
    message = _("This decision is not awaiting approval.")


class SelfApproval(PermissionDenied):
    code = "self_approval"
    message = _("A second approver must be someone other than the analyst who decided.")


class ApproverTierTooLow(PermissionDenied):
    code = "approver_tier_too_low"
    message = _("Suspensions and terminations are approved at tier II or above.")


class TopTier(Conflict):
    code = "top_tier"
    message = _("This case is already at the highest tier.")


class InfoRequestClosed(Conflict):
    code = "info_request_closed"
    message = _("This question has already been answered or has expired.")


class AppealDecidedByVote(PermissionDenied):
    code = "appeal_decided_by_vote"
    message = _(
        "This case is an appeal: the panel decides it by vote, not by a decision."
    )


class OutsideYourTier(TierForbidden):
    code = "outside_your_tier"
    message = _("This decision is on a case in a tier you do not review.")


class DecisionNotInForce(Conflict):
    code = "decision_not_in_force"
    message = _("This decision is not in force.")

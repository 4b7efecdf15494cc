from django.utils.translation import gettext_lazy as _

from tillit.core.errors import Conflict, PermissionDenied


class PolicyStepMissing(Conflict):
    code = "policy_step_missing"
    message = _("This version has not gone through every step yet.")


class NotPolicyTeam(PermissionDenied):
    code = "not_policy_team"
    message = _("Only the policy team does this.")

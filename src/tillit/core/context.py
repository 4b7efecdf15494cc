from .roles import can_open_legal_desk, can_open_policy_desk, reviewer_tiers, staff_of


def staff(request):
    user = getattr(request, "user", None)
    return {
        "staff": staff_of(user),
        "reviewer_tiers": reviewer_tiers(user),
        "policy_desk": can_open_policy_desk(user),
        "legal_desk": can_open_legal_desk(user),
    }

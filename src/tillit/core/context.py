from .roles import reviewer_tiers, staff_of


def staff(request):
    user = getattr(request, "user", None)
    return {"staff": staff_of(user), "reviewer_tiers": reviewer_tiers(user)}

from django.db.models import Prefetch

from tillit.intake.models import Report, Reporter

from .models import Case, Decision


def list_queue(*, tier: int, limit: int = 50):
    """The open cases of a tier in the order an analyst gets them."""
    return (
        Case.objects.filter(tier=tier, state=Case.State.OPEN)
        .select_related("standard", "meeting", "event", "account")
        .order_by("-priority", "due_at", "pk")[:limit]
    )


def count_open_cases(*, tier: int) -> int:
    return Case.objects.filter(tier=tier, state=Case.State.OPEN).count()


def get_case_for_review(*, case_id: int) -> Case | None:
    return (
        Case.objects.select_related(
            "standard", "meeting", "event", "account", "assignee"
        )
        .prefetch_related(
            Prefetch(
                "reports",
                queryset=Report.objects.select_related("category", "reporter")
                .prefetch_related("evidence")
                .order_by("created_at"),
            ),
            Prefetch("decisions", queryset=Decision.objects.order_by("round")),
            "info_requests",
        )
        .filter(pk=case_id)
        .first()
    )


def list_reporter_weights(*, case: Case) -> tuple[float, ...]:
    """One weight per distinct reporter of the case; anonymous reports count half."""
    from .priority import reporter_weight

    reporters = Reporter.objects.filter(reports__case=case).distinct()
    weights = [
        reporter_weight(
            upheld=r.upheld_count, not_upheld=r.not_upheld_count, bad_faith=r.bad_faith
        )
        for r in reporters
    ]
    anonymous = Report.objects.filter(case=case, reporter__isnull=True).count()
    return tuple(weights) + (0.5,) * anonymous


def list_pending_approvals(*, exclude_user=None):
    qs = Decision.objects.filter(
        status=Decision.Status.PENDING_APPROVAL
    ).select_related("case", "standard", "decided_by")
    if exclude_user is not None:
        qs = qs.exclude(decided_by=exclude_user)
    return qs.order_by("decided_at")


def search_decisions(*, text: str = "", standard: str = "", outcome: str = ""):
    """The decision register, newest first (S16)."""
    qs = Decision.objects.select_related("case", "standard", "decided_by")
    if text:
        qs = qs.filter(rationale__icontains=text)
    if standard:
        qs = qs.filter(standard_id=standard)
    if outcome:
        qs = qs.filter(outcome=outcome)
    return qs.order_by("-decided_at")

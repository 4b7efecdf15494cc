from django.db.models import Count, Exists, OuterRef, Prefetch, Q

from tillit.intake.models import AUTOMATED_CHANNELS, Report

from .models import Case, Decision, InfoRequest
from .permissions import can_approve_decision, readable_cases_q
from .priority import group_reporters, reporter_weight
from .similarity import rank_similar

QUEUE_FILTERS = ("standard", "channel", "context", "lane")


def filter_queue(queryset, filters: dict):
    """Narrow a queue by standard, channel, context and lane (blank = all),
    and by account (an account's API key)."""
    if filters.get("account"):
        queryset = queryset.filter(account_id=filters["account"])
    if filters.get("standard"):
        queryset = queryset.filter(standard_id=filters["standard"])
    if filters.get("context"):
        queryset = queryset.filter(context=filters["context"])
    if filters.get("lane"):
        queryset = queryset.filter(lane=filters["lane"])
    if filters.get("channel"):
        queryset = queryset.filter(
            Exists(
                Report.objects.filter(case=OuterRef("pk"), channel=filters["channel"])
            )
        )
    return queryset


def list_queue(
    *,
    tier: int,
    filters: dict | None = None,
    limit: int = 50,
    account_id: str | None = None,
):
    """The open cases of a tier in the order an analyst gets them; with
    `account_id`, only the cases about that account (an account's API key)."""
    queryset = filter_queue(
        Case.objects.filter(tier=tier, state=Case.State.OPEN), filters or {}
    )
    if account_id is not None:
        queryset = queryset.filter(account_id=account_id)
    return queryset.select_related("standard", "meeting", "event", "account").order_by(
        "-priority", "due_at", "pk"
    )[:limit]


COUNT_CAP = 1000


def summarise_queues(*, tiers: list[int]) -> list[dict]:
    """Per tier: how many cases are open (counted up to COUNT_CAP, then shown as
    "1000+") and when the oldest was opened. Both stay cheap however long the
    queue grows: the count stops at the cap, the oldest is one index lookup."""
    summary = []
    for tier in tiers:
        open_cases = Case.objects.filter(tier=tier, state=Case.State.OPEN)
        count = open_cases.order_by()[: COUNT_CAP + 1].count()
        oldest = (
            open_cases.order_by("opened_at").values_list("opened_at", flat=True).first()
        )
        summary.append(
            {
                "tier": tier,
                "open": min(count, COUNT_CAP),
                "more": count > COUNT_CAP,
                "oldest": oldest,
            }
        )
    return summary


def get_target_history(*, case: Case, viewer) -> dict:
    """Earlier cases about the same target or account that the viewer may read,
    their decisions, and the account's strikes (violations in force: an
    overturned or superseded decision is no strike)."""
    same = Q(target_type=case.target_type, target_id=case.target_id)
    if case.account_id:
        same |= Q(account_id=case.account_id)
    earlier = (
        Case.objects.filter(same)
        .filter(readable_cases_q(viewer))
        .exclude(pk=case.pk)
        .select_related("standard")
        .prefetch_related(
            Prefetch("decisions", queryset=Decision.objects.order_by("round"))
        )
        .order_by("-opened_at")[:20]
    )
    strikes = 0
    if case.account_id:
        strikes = count_strikes(account_id=case.account_id)
    return {"earlier": list(earlier), "strikes": strikes}


def count_strikes(*, account_id: str) -> int:
    """The account's violations in force. A count, not content: it includes
    cases in tiers the viewer does not read."""
    return Decision.objects.filter(
        case__account_id=account_id,
        outcome=Decision.Outcome.VIOLATION,
        status=Decision.Status.IN_FORCE,
    ).count()


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
            Prefetch(
                "decisions",
                queryset=Decision.objects.select_related(
                    "policy_version", "standard", "decided_by", "approved_by"
                ).order_by("round"),
            ),
            "info_requests",
        )
        .filter(pk=case_id)
        .first()
    )


def count_reports_and_reporters(*, case: Case) -> tuple[int, tuple[float, ...]]:
    """Return the case's report count and one weight per distinct reporter,
    in one grouped query; anonymous reports count half.

    Reports sharing a reporter row or a public form's client are one reporter
    (`priority.group_reporters`): one client typing 300 addresses, or none, is
    one reporter, not 300 (issue 10, #5). A group weighs as its least trusted
    reporter row.
    """
    rows = (
        Report.objects.filter(case=case)
        .values_list(
            "reporter_id",
            "client_key",
            "reporter__upheld_count",
            "reporter__not_upheld_count",
            "reporter__bad_faith",
        )
        .annotate(reports=Count("id"))
        .order_by()
    )
    total, unknown, identities, weight_of = 0, 0, [], {}
    for reporter_id, client, upheld, not_upheld, bad_faith, reports in rows:
        total += reports
        if not reporter_id and not client:
            # Reports with neither a reporter nor a client are each their own.
            unknown += reports
            continue
        names = []
        if reporter_id:
            names.append(f"reporter:{reporter_id}")
            weight_of[names[-1]] = reporter_weight(
                upheld=upheld, not_upheld=not_upheld, bad_faith=bad_faith
            )
        if client:
            names.append(f"client:{client}")
        identities.append(tuple(names))
    weights = [
        min((weight_of[name] for name in group if name in weight_of), default=0.5)
        for group in group_reporters(identities)
    ]
    return total, tuple(weights) + (0.5,) * unknown


def list_pending_approvals(*, viewer):
    """The decisions awaiting a second approver that the viewer may approve:
    on cases of a tier they review, decided by someone else (#10)."""
    pending = (
        Decision.objects.filter(status=Decision.Status.PENDING_APPROVAL)
        .filter(readable_cases_q(viewer, prefix="case__"))
        .exclude(decided_by=viewer)
        .select_related("case", "standard", "decided_by")
        .order_by("decided_at")
    )
    return [d for d in pending if can_approve_decision(viewer, d)]


def search_decisions(
    *,
    viewer,
    text: str = "",
    standard: str = "",
    outcome: str = "",
    context: str = "",
    action: str = "",
    detection: str = "",
):
    """The decision register, newest first, of the cases the viewer may read
    (S16, #10); `detection` "automated" keeps the cases a machine found (the
    AI scan, the at-risk notifier), "people" those only people reported."""
    qs = Decision.objects.filter(readable_cases_q(viewer, prefix="case__"))
    qs = qs.select_related("case", "standard", "decided_by", "appeal")
    if text:
        qs = qs.filter(Q(rationale__icontains=text) | Q(case_text__icontains=text))
    if standard:
        qs = qs.filter(standard_id=standard)
    if outcome:
        qs = qs.filter(outcome=outcome)
    if context:
        qs = qs.filter(context=context)
    if action:
        qs = qs.filter(action_types_text__contains=f",{action},")
    if detection in ("automated", "people"):
        found = Exists(
            Report.objects.filter(case=OuterRef("case"), channel__in=AUTOMATED_CHANNELS)
        )
        qs = qs.filter(found if detection == "automated" else ~found)
    return qs.order_by("-decided_at")


def list_similar_decisions(*, case: Case, viewer, limit: int = 5, pool: int = 400):
    """The earlier decisions the viewer may read whose reports and rationale
    read most like this case's reports (precedents)."""
    text = " ".join(r.description for r in case.reports.all())
    candidates = list(
        Decision.objects.exclude(case=case)
        .filter(readable_cases_q(viewer, prefix="case__"))
        .select_related("standard")
        .order_by("-decided_at")[:pool]
    )
    ranked = rank_similar(
        text, [(d, f"{d.case_text} {d.rationale}") for d in candidates], limit=limit
    )
    return [(decision, round(score, 2)) for decision, score in ranked]


def list_my_work(*, user, now) -> dict:
    """What the user holds, their decisions awaiting approval and their open
    questions, on cases they may still read."""
    readable = readable_cases_q(user, prefix="case__")
    return {
        "holding": Case.objects.filter(assignee=user, state=Case.State.CLAIMED)
        .filter(readable_cases_q(user))
        .select_related("standard")
        .order_by("lease_expires_at"),
        "awaiting_approval": Decision.objects.filter(
            decided_by=user, status=Decision.Status.PENDING_APPROVAL
        )
        .filter(readable)
        .select_related("case", "standard"),
        "questions": InfoRequest.objects.filter(asked_by=user, answered_at__isnull=True)
        .filter(readable)
        .select_related("case")
        .order_by("deadline"),
        "now": now,
    }

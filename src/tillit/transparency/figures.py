"""The transparency report's figures for one half-year (#15).

Every count is made from the rows at request time and cached for a few
minutes (TILLIT["TRANSPARENCY_CACHE_SECONDS"]). Definitions are in
docs/transparency.md; each section names the row and time it counts by.
"""

from datetime import datetime
from statistics import median

from django.conf import settings
from django.core.cache import cache
from django.db.models import Count, Exists, Min, OuterRef
from django.utils import timezone

from tillit.appeals.models import Appeal
from tillit.cases.models import Case, Decision
from tillit.detection.models import AtRiskNotice
from tillit.enforcement.actions import ACTION_TYPES, NONE
from tillit.enforcement.models import EnforcementAction
from tillit.intake.models import Channel, Report
from tillit.policy.models import Standard

from .dsa_mapping import AUTOMATED_CHANNELS
from .government import government_request_figures
from .periods import Period

CACHE_VERSION = 1
ACTION_KINDS = [a for a in ACTION_TYPES if a != NONE]
TIERS = (1, 2, 3, 4)
REVIEWED = (
    Decision.Status.IN_FORCE,
    Decision.Status.OVERTURNED,
    Decision.Status.SUPERSEDED,
)


def get_report_figures(period: Period, *, now: datetime | None = None) -> dict:
    """Return the period's figures, from the cache when they are fresh."""
    key = f"tillit:transparency:{CACHE_VERSION}:{period.label}"
    figures = cache.get(key)
    if figures is None:
        figures = count_report_figures(period, now=now)
        cache.set(key, figures, settings.TILLIT["TRANSPARENCY_CACHE_SECONDS"])
    return figures


def count_report_figures(period: Period, *, now: datetime | None = None) -> dict:
    now = now or timezone.now()
    standards = list(Standard.objects.values_list("slug", flat=True))
    return {
        "period": period.label,
        "start": period.start.isoformat(),
        "end": period.end.isoformat(),
        "closed": period.is_closed(now),
        "generated_at": now.isoformat(),
        "reports": _reports(period, standards),
        "actions": _actions(period, standards),
        "automated_detection_share": _automated_share(period),
        "response_times": _response_times(period),
        "appeals": _appeals(period, standards),
        "at_risk_warnings": AtRiskNotice.objects.filter(
            sent_at__gte=period.start, sent_at__lt=period.end
        ).count(),
        "ai_scan": _ai_scan(period),
        "government_requests": government_request_figures(period),
    }


def _counts(rows, field: str, keys) -> dict:
    found = dict(rows.values_list(field).annotate(n=Count("pk")).order_by())
    return {key: found.get(key, 0) for key in keys}


def _reports(period: Period, standards) -> dict:
    rows = Report.objects.filter(
        created_at__gte=period.start, created_at__lt=period.end
    )
    return {
        "total": rows.count(),
        "by_channel": _counts(rows, "channel", Channel.values),
        "by_standard": _counts(rows, "category_id", standards),
    }


def _action_rows(period: Period):
    """Each action taken, once, by when it began (a carried-over action keeps
    its start and is not counted again)."""
    return EnforcementAction.objects.filter(
        starts_at__gte=period.start, starts_at__lt=period.end
    )


def _actions(period: Period, standards) -> dict:
    rows = _action_rows(period)
    return {
        "total": rows.count(),
        "by_type": _counts(rows, "kind", ACTION_KINDS),
        "by_standard": _counts(rows, "decision__standard_id", standards),
    }


def _automated_share(period: Period) -> float | None:
    """The share of actions whose case had a report from our own scanners."""
    rows = _action_rows(period)
    total = rows.count()
    if not total:
        return None
    automated = rows.filter(
        Exists(
            Report.objects.filter(
                case_id=OuterRef("decision__case_id"), channel__in=AUTOMATED_CHANNELS
            )
        )
    ).count()
    return round(automated / total, 3)


def _response_times(period: Period) -> dict:
    """Cases decided in the period, per tier: the median hours from their
    first report to the decision, and the share decided by their due time."""
    cases = (
        Case.objects.filter(decided_at__gte=period.start, decided_at__lt=period.end)
        .annotate(first_report=Min("reports__created_at"))
        .values_list("tier", "first_report", "decided_at", "due_at")
    )
    per_tier = {tier: [] for tier in TIERS}
    for tier, first, decided, due in cases:
        if first is not None:
            per_tier[tier].append(((decided - first).total_seconds(), decided <= due))
    out = {}
    for tier, rows in per_tier.items():
        out[str(tier)] = {
            "decided": len(rows),
            "median_hours": round(median(s for s, _ in rows) / 3600, 1)
            if rows
            else None,
            "within_target_share": round(sum(ok for _, ok in rows) / len(rows), 3)
            if rows
            else None,
        }
    return out


def _appeals(period: Period, standards) -> dict:
    filed = Appeal.objects.filter(
        created_at__gte=period.start, created_at__lt=period.end
    )
    decided = Appeal.objects.filter(
        decided_at__gte=period.start, decided_at__lt=period.end
    )
    overturned = decided.filter(outcome=Appeal.Outcome.OVERTURNED)
    field = "decision__standard_id"
    by = {
        "filed": _counts(filed, field, standards),
        "decided": _counts(decided, field, standards),
        "overturned": _counts(overturned, field, standards),
    }
    return {
        "filed": filed.count(),
        "decided": decided.count(),
        "overturned": overturned.count(),
        "modified": decided.filter(outcome=Appeal.Outcome.MODIFIED).count(),
        "by_standard": {
            slug: {kind: by[kind][slug] for kind in by} for slug in standards
        },
    }


def _ai_scan(period: Period) -> dict:
    """AI scan flags of the period; of those whose case was decided, the
    share an analyst found a violation in."""
    flags = Report.objects.filter(
        channel=Channel.AI_SCAN, created_at__gte=period.start, created_at__lt=period.end
    )
    decisions = Decision.objects.filter(
        case_id=OuterRef("case_id"), status__in=REVIEWED
    )
    reviewed = flags.filter(Exists(decisions))
    upheld = flags.filter(Exists(decisions.filter(outcome=Decision.Outcome.VIOLATION)))
    n_reviewed, n_upheld = reviewed.count(), upheld.count()
    return {
        "flags": flags.count(),
        "reviewed": n_reviewed,
        "upheld": n_upheld,
        "upheld_share": round(n_upheld / n_reviewed, 3) if n_reviewed else None,
    }


def flatten(figures: dict, prefix: str = "") -> list[tuple[str, object]]:
    """("reports.by_channel.web_form", 5), …: the CSV's rows, and the keys
    the page's table cells carry, so the three can be compared."""
    rows = []
    for key, value in figures.items():
        path = f"{prefix}{key}"
        if isinstance(value, dict):
            rows.extend(flatten(value, path + "."))
        else:
            rows.append((path, value))
    return rows

from django.db.models import Count, Q

from .models import Appeal


def count_overturns_by_standard() -> list[dict]:
    """Appeals decided and overturned, per standard: a signal for review (S20)."""
    rows = (
        Appeal.objects.filter(status=Appeal.Status.DECIDED)
        .values("decision__standard_id")
        .annotate(
            decided=Count("pk"), overturned=Count("pk", filter=Q(outcome="overturned"))
        )
        .order_by("decision__standard_id")
    )
    return [
        {
            "standard": r["decision__standard_id"],
            "decided": r["decided"],
            "overturned": r["overturned"],
            "rate": r["overturned"] / r["decided"],
        }
        for r in rows
    ]

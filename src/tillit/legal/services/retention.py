"""Evidence retention (#15): a report's text and evidence are deleted a set
time after its case's outcome, never while a preservation hold or an open
appeal needs them. Intake deletes; this module decides what and what not."""

from datetime import datetime, timedelta

from django.conf import settings
from django.db import transaction
from django.db.models import Exists, OuterRef
from django.utils import timezone

from tillit.appeals.models import Appeal
from tillit.cases.models import Case, Decision
from tillit.core.audit import record_audit_event
from tillit.intake.models import Report
from tillit.intake.retention import purge_report_content

from ..selectors import list_held_report_ids
from .holds import lock_retention_against_holds

BATCH = 200


def retention_periods() -> dict[str, timedelta]:
    days = settings.TILLIT["RETENTION"]
    return {
        "no_violation": timedelta(days=days["NO_VIOLATION_DAYS"]),
        "enforcement": timedelta(days=days["ENFORCEMENT_DAYS"]),
    }


def list_reports_due(*, now: datetime) -> dict[str, list[int]]:
    """Ids of reports past their period, by reason: on a decided case whose
    decision in force found a violation (enforcement) or none."""
    periods = retention_periods()
    enforced = Decision.objects.filter(
        case=OuterRef("case"),
        status=Decision.Status.IN_FORCE,
        outcome=Decision.Outcome.VIOLATION,
    )
    decided = Report.objects.filter(
        purged_at__isnull=True, case__state=Case.State.DECIDED
    ).annotate(enforced=Exists(enforced))
    return {
        "enforcement": list(
            decided.filter(
                enforced=True, case__decided_at__lte=now - periods["enforcement"]
            ).values_list("pk", flat=True)
        ),
        "no_violation": list(
            decided.filter(
                enforced=False, case__decided_at__lte=now - periods["no_violation"]
            ).values_list("pk", flat=True)
        ),
    }


def list_reports_kept(*, report_ids: list[int], now: datetime) -> set[int]:
    """Of `report_ids`, those a hold or an appeal still open keeps."""
    open_appeal = Appeal.objects.filter(decision__case=OuterRef("case")).exclude(
        status=Appeal.Status.DECIDED
    )
    appealed = set(
        Report.objects.filter(pk__in=report_ids)
        .filter(Exists(open_appeal))
        .values_list("pk", flat=True)
    )
    return appealed | (list_held_report_ids(now=now) & set(report_ids))


def apply_retention(*, now: datetime | None = None) -> dict[str, int]:
    """Delete what is due and not kept, in batches of one transaction each;
    log the run in the audit log. Return the counts."""
    now = now or timezone.now()
    purged = {"enforcement": 0, "no_violation": 0}
    kept_total = 0
    for reason, ids in list_reports_due(now=now).items():
        for start in range(0, len(ids), BATCH):
            batch = ids[start : start + BATCH]
            with transaction.atomic(durable=True):
                lock_retention_against_holds()
                kept = list_reports_kept(report_ids=batch, now=now)
                kept_total += len(kept)
                purged[reason] += len(
                    purge_report_content(
                        report_ids=batch,
                        keep_ids=kept,
                        reason=reason,
                        source="task:retention",
                        now=now,
                    )
                )
    with transaction.atomic(durable=True):
        record_audit_event(
            actor=None,
            source="task:retention",
            verb="retention.run",
            target=("legal.retention", now.date().isoformat()),
            data={**purged, "kept": kept_total},
        )
    return {**purged, "kept": kept_total}

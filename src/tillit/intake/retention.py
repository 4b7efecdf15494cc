"""Deleting a report's text and evidence once it is kept no longer (#15).

Which reports are due, and which must be kept (a preservation hold, an open
appeal), is decided above intake, by `legal.services.retention`, which hands
both lists here: intake knows neither holds nor decisions.
"""

from datetime import datetime

from django.db import transaction
from django.utils import timezone

from tillit.core.audit import record_audit_event

from .models import Evidence, Report


@transaction.atomic
def purge_report_content(
    *,
    report_ids: list[int],
    keep_ids: set[int],
    reason: str,
    source: str,
    now: datetime | None = None,
) -> list[int]:
    """Delete the text and evidence files of each report in `report_ids` but
    those in `keep_ids`, and audit each; return the ids purged.

    The report row stays (its case, reference and counts are the register's);
    its description is emptied and its evidence rows and files deleted.
    Reports are locked by id, ascending; one already purged is skipped.
    """
    now = now or timezone.now()
    wanted = sorted(set(report_ids) - set(keep_ids))
    reports = list(
        Report.objects.select_for_update(no_key=True)
        .filter(pk__in=wanted, purged_at__isnull=True)
        .order_by("pk")
    )
    purged = []
    for report in reports:
        files = list(Evidence.objects.filter(report=report).order_by("pk"))
        for item in files:
            # The file goes when the transaction commits: a rollback keeps it.
            transaction.on_commit(_delete_file(item.file.storage, item.file.name))
        Evidence.objects.filter(pk__in=[e.pk for e in files]).delete()
        report.description = ""
        report.purged_at = now
        report.save(update_fields=["description", "purged_at"])
        record_audit_event(
            actor=None,
            source=source,
            verb="report.content_purged",
            target=report,
            data={"reason": reason, "evidence": [e.sha256 for e in files]},
        )
        purged.append(report.pk)
    return purged


def _delete_file(storage, name: str):
    def delete():
        if name:
            storage.delete(name)

    return delete

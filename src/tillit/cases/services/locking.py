"""Locks and checks every case service takes before it changes a case.

Rows are locked in the order of docs/architecture.md ("Lock order"): a case
before its reporters, several rows of one table by id."""

from datetime import datetime, timedelta

from django.conf import settings
from django.utils.translation import gettext as _

from tillit.intake.models import Reporter

from ..errors import CaseAlreadyDecided, CaseNotFound, NotCaseHolder, TierForbidden
from ..models import Case
from ..permissions import can_work_case

MAX_TIER = 4


def lease_until(now: datetime) -> datetime:
    return now + timedelta(minutes=settings.TILLIT["CLAIM_LEASE_MINUTES"])


def locking_cases():
    """Return a queryset that locks case rows and joins nothing.

    Under READ COMMITTED, PostgreSQL re-checks a locked row that another
    transaction changed against the join rows it read before waiting: once a
    graver report has changed the case's standard, a `select_related("standard")`
    lock finds no row at all (issue #10). The standard loads after the lock.
    """
    return Case.objects.select_for_update(no_key=True)


def lock_case(case_id: int) -> Case:
    case = locking_cases().filter(pk=case_id).first()
    if case is None:
        raise CaseNotFound()
    return case


def lock_reporters(case: Case) -> list[Reporter]:
    """Lock the reporters of the case's reports, by id, once the case is held
    (its reports name them). Without the order PostgreSQL returned them as a
    hash of the case's reports came out, so two decisions on cases that share
    reporters could lock them in opposite orders and deadlock (#12)."""
    reporter_ids = case.reports.filter(reporter__isnull=False).values("reporter_id")
    return list(
        Reporter.objects.filter(pk__in=reporter_ids)
        .select_for_update(no_key=True)
        .order_by("pk")
    )


def require_tier(user, case: Case) -> None:
    """Raise TierForbidden unless the user reviews the case's tier (#10)."""
    if not can_work_case(user, case):
        raise TierForbidden()


def require_holder(user, case: Case, now: datetime) -> None:
    if case.state == Case.State.DECIDED:
        raise CaseAlreadyDecided()
    if case.state != Case.State.CLAIMED or case.assignee_id != user.pk:
        raise NotCaseHolder()
    if case.lease_expires_at < now:
        raise NotCaseHolder(_("Your claim on this case lapsed. Claim it again."))

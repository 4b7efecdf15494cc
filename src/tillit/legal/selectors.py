"""Reads of the legal desk and of the pages that show holds."""

from datetime import datetime

from django.db.models import Case, IntegerField, Q, QuerySet, Value, When

from tillit.directory.models import Account, Event, Meeting, PlatformUser
from tillit.intake.models import Report

from .models import LegalRequest, PreservationHold, RequestKind

OPEN_STATUSES = [
    LegalRequest.Status.RECEIVED,
    LegalRequest.Status.IN_REVIEW,
    LegalRequest.Status.AWAITING_APPROVAL,
]


def list_legal_queue() -> QuerySet[LegalRequest]:
    """Open requests, emergencies first, then by deadline."""
    return (
        LegalRequest.objects.filter(status__in=OPEN_STATUSES)
        .select_related("agency", "officer__user")
        .annotate(
            emergency_first=Case(
                When(kind=RequestKind.EMERGENCY, then=Value(0)),
                default=Value(1),
                output_field=IntegerField(),
            )
        )
        .order_by("emergency_first", "due_at", "pk")
    )


def list_closed_requests(limit: int = 50) -> QuerySet[LegalRequest]:
    return (
        LegalRequest.objects.exclude(status__in=OPEN_STATUSES)
        .select_related("agency")
        .order_by("-created_at", "-pk")[:limit]
    )


def list_requests_for_officer(*, officer) -> QuerySet[LegalRequest]:
    """The officer's own requests, and those their agency sent through the
    API (which name no officer), newest first."""
    return LegalRequest.objects.filter(
        Q(officer=officer) | Q(officer__isnull=True, agency_id=officer.agency_id)
    ).order_by("-created_at", "-pk")


def _target_q(targets: list[dict], *, account_field: str) -> Q:
    """Rows about any of the targets: named directly, or under a named account."""
    q = Q(pk__in=[])
    for t in targets:
        q |= Q(target_type=t["type"], target_id=t["id"])
        if t["type"] == "account":
            q |= Q(**{account_field: t["id"]})
    return q


def list_reports_about(targets: list[dict]) -> QuerySet[Report]:
    if not targets:
        return Report.objects.none()
    return (
        Report.objects.filter(_target_q(targets, account_field="account_id"))
        .prefetch_related("evidence")
        .order_by("pk")
    )


def list_accounts_of(targets: list[dict]) -> list[Account]:
    """The accounts the targets belong to, each once, by id."""
    ids = set()
    by_type = {"account": set(), "user": set(), "meeting": set(), "event": set()}
    for t in targets:
        by_type[t["type"]].add(t["id"])
    ids |= by_type["account"]
    for model, kind in ((PlatformUser, "user"), (Meeting, "meeting"), (Event, "event")):
        if by_type[kind]:
            ids |= set(
                model.objects.filter(pk__in=by_type[kind]).values_list(
                    "account_id", flat=True
                )
            )
    return list(Account.objects.filter(pk__in=ids).order_by("pk"))


def list_active_holds(*, now: datetime) -> QuerySet[PreservationHold]:
    return PreservationHold.objects.filter(
        released_at__isnull=True, expires_at__gt=now
    ).order_by("pk")


def list_holds_on_case(case, *, now: datetime) -> list[PreservationHold]:
    """Active holds on the case's target or on its account."""
    q = Q(target_type=case.target_type, target_id=case.target_id)
    if case.account_id:
        q |= Q(target_type="account", target_id=case.account_id)
    return list(list_active_holds(now=now).filter(q).select_related("request"))


def list_held_report_ids(*, now: datetime) -> set[int]:
    """Reports a preservation hold keeps: about a held target or account."""
    holds = [
        {"type": h.target_type, "id": h.target_id} for h in list_active_holds(now=now)
    ]
    if not holds:
        return set()
    return set(
        Report.objects.filter(
            _target_q(holds, account_field="account_id") | _case_target_q(holds)
        ).values_list("pk", flat=True)
    )


def _case_target_q(holds: list[dict]) -> Q:
    # A report about a meeting whose case names the held account, for example.
    q = Q(pk__in=[])
    for h in holds:
        q |= Q(case__target_type=h["type"], case__target_id=h["id"])
        if h["type"] == "account":
            q |= Q(case__account_id=h["id"])
    return q


def get_officer_recipients(legal_request) -> tuple[list[str], str]:
    """Who hears back: the officer who sent it, else the agency's officers."""
    if legal_request.officer_id:
        officer = legal_request.officer
        return [officer.user.email], officer.language
    officers = list(
        legal_request.agency.officers.filter(active=True)
        .select_related("user")
        .order_by("pk")
    )
    language = officers[0].language if officers else "en"
    return [o.user.email for o in officers], language

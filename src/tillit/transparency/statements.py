"""DSA statements of reasons, built from adverse decisions (issue #15).

A statement already accepted by the Transparency Database is read back as it
was sent; any other is built now, with the mapping in force.
"""

from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta

from django.db.models import F, Prefetch
from django.db.models.functions import Coalesce

from tillit.cases.models import Decision
from tillit.enforcement.models import EnforcementAction
from tillit.intake.models import Report

from . import dsa_mapping as m
from .models import AcceptedStatement

# Decisions that were in force at some point; a rejected or pending one never was.
APPLIED = (
    Decision.Status.IN_FORCE,
    Decision.Status.OVERTURNED,
    Decision.Status.SUPERSEDED,
)
MAX_FACTS, MAX_EXPLANATION, MAX_GROUND = 5000, 2000, 500


@dataclass(frozen=True)
class DsaStatement:
    puid: str
    decision_id: int
    mapping_version: str
    statement: dict
    accepted_at: datetime | None


def puid_for(decision_id: int) -> str:
    return f"tillit-decision-{decision_id}"


def list_adverse_decisions(*, since: date | None = None, account_id: str | None = None):
    """Decisions with an action other than "none" that came into force, in the
    order they did, from the start of `since` (UTC) if given, and only on
    `account_id`'s objects if given."""
    rows = (
        Decision.objects.filter(outcome=Decision.Outcome.VIOLATION, status__in=APPLIED)
        .exclude(action_types_text__in=["", ",none,"])
        .annotate(in_force_at=Coalesce(F("approved_at"), F("decided_at")))
        .select_related("case", "standard", "policy_version")
        .prefetch_related(
            Prefetch(
                "enforcement_actions",
                queryset=EnforcementAction.objects.order_by("pk"),
            ),
            Prefetch(
                "case__reports",
                queryset=Report.objects.only(
                    "case_id", "channel", "language", "created_at"
                ).order_by("created_at", "pk"),
            ),
        )
        .order_by("in_force_at", "pk")
    )
    if since is not None:
        start = datetime.combine(since, time.min, tzinfo=UTC)
        rows = rows.filter(in_force_at__gte=start)
    if account_id is not None:
        rows = rows.filter(case__account_id=account_id)
    return rows


def list_dsa_statements(
    *, since: date | None = None, account_id: str | None = None
) -> list[DsaStatement]:
    """Every adverse decision's statement, accepted ones as they were sent."""
    return statements_for(
        list(list_adverse_decisions(since=since, account_id=account_id))
    )


def statements_for(decisions: list[Decision]) -> list[DsaStatement]:
    """The statements of these decisions (from `list_adverse_decisions`)."""
    accepted = {
        row.decision_id: row
        for row in AcceptedStatement.objects.filter(
            decision_id__in=[d.pk for d in decisions]
        )
    }
    out = []
    for decision in decisions:
        row = accepted.get(decision.pk)
        if row is not None:
            out.append(
                DsaStatement(
                    row.puid,
                    decision.pk,
                    row.mapping_version,
                    row.statement,
                    row.accepted_at,
                )
            )
        else:
            out.append(
                DsaStatement(
                    puid_for(decision.pk),
                    decision.pk,
                    m.MAPPING_VERSION,
                    build_statement(decision),
                    None,
                )
            )
    return out


def build_statement(decision: Decision) -> dict:
    """Return the decision's statement in the database's fields and values.

    Dates are UTC days. The application date is when the decision came into
    force, or when a carried-over action began if that was earlier, so end
    dates never come before it; the content is dated by its first report at
    the latest.
    """
    case = decision.case
    reports = list(case.reports.all())
    actions = list(decision.enforcement_actions.all())
    in_force = decision.approved_at or decision.decided_at
    starts = [a.starts_at for a in actions] + [in_force]
    applied = _day(min(starts))
    first_report = _day(reports[0].created_at) if reports else applied
    statement = {
        "puid": puid_for(decision.pk),
        **_restrictions(decision, actions, in_force),
        **_ground(decision),
        **_content(case.target_type),
        **_category(decision.standard_id),
        "territorial_scope": list(m.TERRITORIAL_SCOPE),
        "content_language": (reports[0].language if reports else "en").upper(),
        "content_date": min(first_report, applied).isoformat(),
        "application_date": applied.isoformat(),
        "decision_facts": decision.rationale[:MAX_FACTS],
        **_source(reports, decision),
    }
    return statement


def _day(moment: datetime) -> date:
    return moment.astimezone(UTC).date()


def _restrictions(decision, actions, in_force) -> dict:
    visibility, account, account_end = [], None, None
    for action in decision.actions:
        mapped = m.ACTIONS.get(action["type"])
        if mapped is None:
            continue
        field, value = mapped
        if field == m.VISIBILITY and value not in visibility:
            visibility.append(value)
        elif field == m.ACCOUNT:
            account = value
            if action["type"] == "suspend_account":
                account_end = _suspension_end(action, actions, in_force)
    out = {
        "decision_visibility": visibility or None,
        "decision_monetary": None,
        "decision_provision": None,
        "decision_account": account,
        "end_date_visibility_restriction": None,
        "end_date_monetary_restriction": None,
        "end_date_service_restriction": None,
        "end_date_account_restriction": account_end,
    }
    if "DECISION_VISIBILITY_OTHER" in visibility:
        out["decision_visibility_other"] = m.VISIBILITY_OTHER
    return out


def _suspension_end(action: dict, actions, in_force) -> str:
    row = next((a for a in actions if a.kind == "suspend_account" and a.ends_at), None)
    ends_at = row.ends_at if row else in_force + timedelta(days=action["days"])
    return _day(ends_at).isoformat()


def _ground(decision) -> dict:
    _category, _keywords, _other, illegal = _standard(decision.standard_id)
    standard = decision.standard
    version = decision.policy_version
    where = m.GUIDELINES_NAME + (f", version {version.number}" if version else "")
    return {
        "decision_ground": m.INCOMPATIBLE,
        "incompatible_content_ground": (f"{where}, standard: {standard.title_en}")[
            :MAX_GROUND
        ],
        "incompatible_content_explanation": standard.body_en[:MAX_EXPLANATION],
        "incompatible_content_illegal": "Yes" if illegal else "No",
    }


def _standard(slug: str) -> tuple:
    # A standard added after the mapping's version reads as "other" until
    # the mapping names it.
    return m.STANDARDS.get(slug, m.STANDARDS["other"])


def _content(target_type: str) -> dict:
    types, other = m.CONTENT_TYPES.get(target_type, m.CONTENT_TYPES["other"])
    out = {"content_type": list(types)}
    if other:
        out["content_type_other"] = other
    return out


def _category(slug: str) -> dict:
    category, keywords, other, _illegal = _standard(slug)
    out = {"category": category, "category_specification": list(keywords)}
    if other:
        out["category_specification_other"] = other
    return out


def _source(reports, decision) -> dict:
    automated = any(r.channel in m.AUTOMATED_CHANNELS for r in reports)
    by_people = any(r.channel not in m.AUTOMATED_CHANNELS for r in reports)
    return {
        # Our own scanners' finds are our own initiative; a person's report
        # is a notice. Who reported is never sent (no personal data).
        "source_type": "SOURCE_ARTICLE_16" if by_people else "SOURCE_VOLUNTARY",
        "automated_detection": "Yes" if automated else "No",
        "automated_decision": (
            "AUTOMATED_DECISION_NOT_AUTOMATED"
            if decision.made_by_person
            else "AUTOMATED_DECISION_FULLY"
        ),
    }

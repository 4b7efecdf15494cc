from datetime import datetime
from typing import Literal

from ninja import Path, Router, Schema, Status
from pydantic import Field

from tillit.core.api import ApiKeyAuth
from tillit.core.apikeys import acting_staff, require_account
from tillit.core.models import ApiScope
from tillit.core.roles import can_review_tier
from tillit.core.schemas import RowId, text
from tillit.enforcement.actions import ACTION_TYPES

from .errors import CaseNotFound, TierForbidden
from .models import Case, Decision
from .selectors import list_queue
from .services import claims, decisions
from .services.decisions import MAX_RATIONALE

router = Router(tags=["cases"])


class CaseOut(Schema):
    id: int
    tier: int
    state: str
    category: str = Field(alias="standard_id")
    priority: float
    lane: str
    due_at: datetime
    report_count: int
    reporter_count: int
    target_type: str
    target_id: str


class ClaimOut(CaseOut):
    lease_expires_at: datetime | None


def _require_reach(request, case: Case) -> None:
    """A key limited to an account reads only its cases; a key bound to a
    staff member reads only the tiers that person reviews."""
    key = request.api_key
    require_account(key, case.account_id)
    if key.staff_id is not None and not can_review_tier(key.staff, case.tier):
        raise TierForbidden()


@router.get("/cases/{case_id}", response=CaseOut, auth=ApiKeyAuth(ApiScope.CASES_READ))
def get_case(request, case_id: RowId):
    case = Case.objects.filter(pk=case_id).first()
    if case is None:
        raise CaseNotFound()
    _require_reach(request, case)
    return case


@router.get(
    "/queues/{tier}", response=list[CaseOut], auth=ApiKeyAuth(ApiScope.CASES_READ)
)
def get_queue(request, tier: int = Path(..., ge=1, le=4), limit: int = 50):
    """The open cases of a tier, in the order an analyst gets them (only the
    key's account's cases for a key limited to one)."""
    key = request.api_key
    if key.staff_id is not None and not can_review_tier(key.staff, tier):
        raise TierForbidden()
    return list_queue(
        tier=tier, limit=max(1, min(limit, 500)), account_id=key.account_id
    )


# --- Moderation as a staff member (#9) ----------------------------------------
# The same services as the console: the key's staff member is the reviewer, so
# tiers, claims and the two-person rule hold as they do on the console.


class ActionIn(Schema):
    model_config = {"extra": "forbid"}
    type: Literal[ACTION_TYPES]  # type: ignore[valid-type]
    days: int | None = Field(
        None, description="Days of a suspend_account action (1 to 365)."
    )


class DecisionIn(Schema):
    model_config = {"extra": "forbid"}
    outcome: Literal["violation", "no_violation"]
    standard: text(32, min_length=1, pattern=r"^[-\w]+$")
    actions: list[ActionIn] = Field(default_factory=list, max_length=len(ACTION_TYPES))
    # Checked by decide_case (required, up to 5,000 characters), as on the console.
    rationale: text(MAX_RATIONALE)


class DecisionOut(Schema):
    id: int
    status: str
    case_id: int
    round: int
    outcome: str
    standard: str = Field(alias="standard_id")
    actions: list[dict]
    decided_at: datetime
    approved_at: datetime | None


class ApprovalIn(Schema):
    model_config = {"extra": "forbid"}
    note: text(5000) = ""


def _acting_reviewer(request, case: Case | None):
    """The key's staff member, once the key may reach the case."""
    reviewer = acting_staff(request.api_key)
    if case is not None:
        require_account(request.api_key, case.account_id)
    return reviewer


@router.post(
    "/cases/{case_id}/claim",
    response=ClaimOut,
    auth=ApiKeyAuth(ApiScope.MODERATION_WRITE),
)
def claim_case(request, case_id: RowId):
    """Claim the case as the key's staff member (or renew their claim), as the
    console's Claim button does."""
    reviewer = _acting_reviewer(request, Case.objects.filter(pk=case_id).first())
    return claims.claim_case(case_id=case_id, reviewer=reviewer)


@router.post(
    "/queues/{tier}/claim",
    response={200: ClaimOut, 204: None},
    auth=ApiKeyAuth(ApiScope.MODERATION_WRITE),
)
def claim_next_case(request, tier: int = Path(..., ge=1, le=4)):
    """Claim the first case of the tier's queue as the key's staff member, as
    the console's Claim next button does: `204` when the queue is empty. Two
    claimers never get the same case. A key limited to an account claims only
    that account's cases."""
    reviewer = acting_staff(request.api_key)
    account = request.api_key.account_id
    case = claims.claim_next_case(
        reviewer=reviewer,
        tier=tier,
        filters={"account": account} if account is not None else None,
    )
    return Status(204, None) if case is None else case


@router.post(
    "/cases/{case_id}/decisions",
    response={201: DecisionOut},
    auth=ApiKeyAuth(ApiScope.MODERATION_WRITE),
)
def decide_case(request, case_id: RowId, payload: DecisionIn):
    """Decide the case the key's staff member holds. A suspension or
    termination is `pending_approval` until a second staff member of tier II or
    above approves it; anything else is `in_force` at once, and enforced."""
    reviewer = _acting_reviewer(request, Case.objects.filter(pk=case_id).first())
    decision = decisions.decide_case(
        case_id=case_id,
        reviewer=reviewer,
        outcome=payload.outcome,
        standard=payload.standard,
        actions=[a.model_dump(exclude_none=True) for a in payload.actions],
        rationale=payload.rationale,
    )
    return Status(201, decision)


def _decision_case(decision_id: RowId) -> Case | None:
    decision = Decision.objects.select_related("case").filter(pk=decision_id).first()
    return decision.case if decision else None


@router.post(
    "/decisions/{decision_id}/approve",
    response=DecisionOut,
    auth=ApiKeyAuth(ApiScope.MODERATION_WRITE),
)
def approve_decision(request, decision_id: RowId, payload: ApprovalIn | None = None):
    """Approve a decision awaiting a second approver: it comes into force. The
    key's staff member must be someone other than the analyst who decided."""
    approver = _acting_reviewer(request, _decision_case(decision_id))
    return decisions.approve_decision(
        decision_id=decision_id,
        approver=approver,
        note=payload.note if payload else "",
    )


@router.post(
    "/decisions/{decision_id}/reject",
    response=DecisionOut,
    auth=ApiKeyAuth(ApiScope.MODERATION_WRITE),
)
def reject_decision(request, decision_id: RowId, payload: ApprovalIn):
    """Refuse a decision awaiting a second approver, saying why in `note`: the
    case returns to its queue for a new round."""
    approver = _acting_reviewer(request, _decision_case(decision_id))
    return decisions.reject_decision(
        decision_id=decision_id, approver=approver, note=payload.note
    )

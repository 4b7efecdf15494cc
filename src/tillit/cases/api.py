from datetime import datetime

from ninja import Path, Router, Schema
from pydantic import Field

from tillit.core.schemas import RowId

from .errors import CaseNotFound
from .models import Case
from .selectors import list_queue

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


@router.get("/cases/{case_id}", response=CaseOut)
def get_case(request, case_id: RowId):
    case = Case.objects.filter(pk=case_id).first()
    if case is None:
        raise CaseNotFound()
    return case


@router.get("/queues/{tier}", response=list[CaseOut])
def get_queue(request, tier: int = Path(..., ge=1, le=4), limit: int = 50):
    """The open cases of a tier, in the order an analyst gets them."""
    return list_queue(tier=tier, limit=max(1, min(limit, 500)))

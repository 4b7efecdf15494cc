from datetime import date

from ninja import Query, Router, Schema
from pydantic import Field

from tillit.core.api import ApiKeyAuth
from tillit.core.models import ApiScope

from .statements import list_adverse_decisions, statements_for

router = Router(tags=["dsa"])


class StatementsQuery(Schema):
    since: date | None = Field(
        None, description="Only decisions in force from this day (UTC)."
    )
    offset: int = Field(0, ge=0)
    limit: int = Field(100, ge=1, le=500)


class StatementOut(Schema):
    puid: str
    mapping_version: str
    accepted: bool
    statement: dict


class StatementsOut(Schema):
    count: int
    offset: int
    next_offset: int | None
    items: list[StatementOut]


@router.get(
    "/dsa/statements",
    response=StatementsOut,
    auth=ApiKeyAuth(ApiScope.DSA_READ),
)
def list_statements(request, query: Query[StatementsQuery]):
    """The DSA statements of reasons of every adverse decision, oldest first,
    in the Transparency Database's fields and values (docs/transparency.md).
    A key limited to an account lists only that account's."""
    decisions = list_adverse_decisions(
        since=query.since, account_id=request.api_key.account_id
    )
    count = decisions.count()
    page = statements_for(list(decisions[query.offset : query.offset + query.limit]))
    end = query.offset + len(page)
    return {
        "count": count,
        "offset": query.offset,
        "next_offset": end if end < count else None,
        "items": [
            {
                "puid": s.puid,
                "mapping_version": s.mapping_version,
                "accepted": s.accepted_at is not None,
                "statement": s.statement,
            }
            for s in page
        ],
    }

from typing import Literal

from django.utils.translation import gettext as _
from ninja import Path, Router, Schema, Status
from pydantic import AwareDatetime, Field

from tillit.core.api import ApiKeyAuth
from tillit.core.apikeys import require_account
from tillit.core.errors import InvalidInput
from tillit.core.models import ApiScope
from tillit.core.schemas import Email, column_text, text

from .models import Account, Event, Meeting
from .selectors import get_account_id_of
from .services import upsert_account, upsert_event, upsert_meeting

router = Router(tags=["directory"])

Id = column_text(Account, "id", min_length=1, pattern=r"^[\w.:-]+$")
MeetingId = column_text(Meeting, "id", pattern=r"^\d{9,11}$")


class AccountIn(Schema):
    name: column_text(Account, "name", min_length=1, strip=True)
    owner_email: Email
    admin_emails: list[Email] = Field(default_factory=list, max_length=50)
    language: Literal["en", "sv"] = "en"
    plan: Literal["free", "paid"] = "free"


class AccountOut(Schema):
    id: str
    name: str
    owner_email: str
    admin_emails: list[str]
    language: str
    plan: str


class MeetingIn(Schema):
    account_id: Id
    host_email: Email
    topic: column_text(Meeting, "topic", min_length=1, strip=True)
    starts_at: AwareDatetime
    duration_minutes: int = Field(60, ge=1, le=60 * 24 * 7)
    context: Literal[
        "one_to_one", "family", "work", "public_event", "academic_course", "other"
    ] = "other"
    is_public: bool = False


class MeetingOut(Schema):
    id: str
    account_id: str
    host_email: str
    topic: str
    starts_at: AwareDatetime
    duration_minutes: int
    context: str
    is_public: bool


class EventIn(Schema):
    account_id: Id
    title: column_text(Event, "title", min_length=1, strip=True)
    description: text(20_000) = ""
    starts_at: AwareDatetime
    ticket_type: Literal["free", "paid"] = "free"


class EventOut(Schema):
    id: str
    account_id: str
    title: str
    description: str
    starts_at: AwareDatetime
    ticket_type: str


def _source(request) -> str:
    return f"api:{request.api_key.name}"


def _require_own(request, *, account_id: str, kind: str, object_id: str) -> None:
    """A key limited to an account writes into that account only, and never
    takes over another account's meeting or event by naming its id."""
    key = request.api_key
    require_account(key, account_id)
    if key.account_id is not None:
        owner = get_account_id_of(kind, object_id)
        if owner is not None:
            require_account(key, owner)


def _account(account_id: str) -> Account:
    account = Account.objects.filter(pk=account_id).first()
    if account is None:
        raise InvalidInput(
            fields={"account_id": [_("Unknown account: PUT the account first.")]}
        )
    return account


@router.put(
    "/accounts/{account_id}",
    response={200: AccountOut, 201: AccountOut},
    auth=ApiKeyAuth(ApiScope.DIRECTORY_WRITE),
)
def put_account(request, account_id: Path[Id], payload: AccountIn):
    require_account(request.api_key, account_id)
    account, created = upsert_account(
        account_id=account_id,
        name=payload.name,
        owner_email=payload.owner_email,
        admin_emails=payload.admin_emails,
        language=payload.language,
        plan=payload.plan,
        source=_source(request),
    )
    return Status(201 if created else 200, account)


@router.put(
    "/meetings/{meeting_id}",
    response={200: MeetingOut, 201: MeetingOut},
    auth=ApiKeyAuth(ApiScope.DIRECTORY_WRITE),
)
def put_meeting(request, meeting_id: Path[MeetingId], payload: MeetingIn):
    _require_own(
        request, account_id=payload.account_id, kind="meeting", object_id=meeting_id
    )
    meeting, created = upsert_meeting(
        meeting_id=meeting_id,
        account=_account(payload.account_id),
        host_email=payload.host_email,
        topic=payload.topic,
        starts_at=payload.starts_at,
        duration_minutes=payload.duration_minutes,
        context=payload.context,
        is_public=payload.is_public,
        source=_source(request),
    )
    return Status(201 if created else 200, meeting)


@router.put(
    "/events/{event_id}",
    response={200: EventOut, 201: EventOut},
    auth=ApiKeyAuth(ApiScope.DIRECTORY_WRITE),
)
def put_event(request, event_id: Path[Id], payload: EventIn):
    _require_own(
        request, account_id=payload.account_id, kind="event", object_id=event_id
    )
    event, created = upsert_event(
        event_id=event_id,
        account=_account(payload.account_id),
        title=payload.title,
        description=payload.description,
        starts_at=payload.starts_at,
        ticket_type=payload.ticket_type,
        source=_source(request),
    )
    return Status(201 if created else 200, event)

from typing import Annotated, Any, Literal

from django.utils.translation import gettext_lazy as _
from ninja import Body, Path, Router, Schema
from pydantic import Field

from tillit.core.api import ApiKeyAuth
from tillit.core.apikeys import require_scope
from tillit.core.models import ApiScope
from tillit.core.schemas import Json, JsonObject, column_text, text
from tillit.directory.selectors import require_key_reaches

from .models import LiveParticipant
from .resolve import generate_passcode
from .selectors import get_effective_settings, get_live_state
from .services.admission import admit_participant
from .services.live import (
    decide_waiting,
    lock_meeting,
    remove_participant,
    report_participant,
    set_capabilities,
    set_waiting_room_now,
    suspend_participant_activities,
)
from .services.settings import update_settings

router = Router(tags=["meeting security"])

# An account, group, user, meeting or event id, as the directory keeps them.
OwnerId = text(64, min_length=1, pattern=r"^[\w.:-]+$")
SettingName = text(64)

OWNER_KINDS = {
    "accounts": "account",
    "groups": "group",
    "users": "user",
    "meetings": "meeting",
    "events": "event",
}


class EffectiveOut(Schema):
    value: Any
    level: str
    locked: bool
    locked_at: str | None


class SettingsPatch(Schema):
    """Any subset of the settings; `lock` and `unlock` name settings to lock at
    an account or group; `confirm` switches off a free event's protection.
    Values are checked by the toolkit, so each bad one is named."""

    model_config = {"extra": "forbid"}
    waiting_room: Json = None
    passcode: Json = None
    geofence: Json = None
    unknown_country: Json = None
    authenticated_only: Json = None
    allowed_domains: Json = None
    co_hosts: Json = None
    screen_sharing: Json = None
    video: Json = None
    audio: Json = None
    annotation: Json = None
    chat: Json = None
    rename: Json = None
    recording: Json = None
    lock: list[SettingName] = Field(default_factory=list)
    unlock: list[SettingName] = Field(default_factory=list)
    confirm: bool = False
    generate_passcode: bool = False


def _as_json(effective: dict) -> dict:
    return {
        name: {
            "value": e.value,
            "level": e.level,
            "locked": e.locked,
            "locked_at": e.locked_at,
        }
        for name, e in effective.items()
    }


def _source(request) -> str:
    return f"api:{request.api_key.name}"


def _reach(request, kind: str, object_id: str) -> None:
    require_key_reaches(request.api_key, kind=kind, object_id=object_id)


@router.get(
    "/{kind}/{owner_id}/settings",
    response=dict[str, EffectiveOut],
    auth=ApiKeyAuth(ApiScope.SETTINGS_WRITE),
)
def get_settings(
    request,
    kind: Literal["accounts", "groups", "users", "meetings", "events"],
    owner_id: Path[OwnerId],
):
    """Every effective setting with the level that decided it and whether it is locked."""
    _reach(request, OWNER_KINDS[kind], owner_id)
    return _as_json(get_effective_settings(owner=f"{OWNER_KINDS[kind]}:{owner_id}"))


@router.patch(
    "/{kind}/{owner_id}/settings",
    response=dict[str, EffectiveOut],
    auth=ApiKeyAuth(ApiScope.SETTINGS_WRITE),
)
def patch_settings(
    request,
    kind: Literal["accounts", "groups", "users", "meetings", "events"],
    owner_id: Path[OwnerId],
    payload: SettingsPatch,
):
    """Change settings at this level. `409 setting_locked` names a lock above."""
    _reach(request, OWNER_KINDS[kind], owner_id)
    changes = payload.model_dump(
        exclude_unset=True, exclude={"lock", "unlock", "confirm", "generate_passcode"}
    )
    if payload.generate_passcode:
        changes["passcode"] = generate_passcode()
    return _as_json(
        update_settings(
            owner=f"{OWNER_KINDS[kind]}:{owner_id}",
            changes=changes,
            lock=payload.lock,
            unlock=payload.unlock,
            confirm=payload.confirm,
            actor=request.api_key.staff,
            source=_source(request),
        )
    )


class ParticipantIn(Schema):
    user_id: text(64) | None = None
    email: column_text(LiveParticipant, "email") | None = None
    authenticated: bool
    ip: text(64)
    name: column_text(LiveParticipant, "name") = ""


class AdmissionIn(Schema):
    participant: ParticipantIn
    passcode: text(64) | None = None


class AdmissionOut(Schema):
    decision: Literal["admit", "wait", "deny"]
    reason: str
    message: str


# What the participant reads, in the language the meeting client asks for
# (Accept-Language).
MESSAGES = {
    "admitted": _("Welcome."),
    "host": _("Welcome, host."),
    "waiting_room": _("Please wait: the host will let you in soon."),
    "removed": _("You were removed from this meeting."),
    "meeting_locked": _("The host has locked this meeting."),
    "sign_in_required": _("Sign in to join this meeting."),
    "domain_not_allowed": _("This meeting is for other organisations' accounts."),
    "country_unknown": _("We could not tell where you are joining from."),
    "country_not_allowed": _("This meeting cannot be joined from your region."),
    "country_denied": _("This meeting cannot be joined from your region."),
    "wrong_passcode": _("The passcode is not right."),
}


@router.post(
    "/meetings/{meeting_id}/admission",
    response=AdmissionOut,
    auth=ApiKeyAuth(ApiScope.ADMISSION),
)
def post_admission(request, meeting_id: Path[OwnerId], payload: AdmissionIn):
    """May this participant join? `429` after repeated failures from an address."""
    _reach(request, "meeting", meeting_id)
    result = admit_participant(
        meeting_id=meeting_id,
        participant=payload.participant.model_dump(),
        passcode=payload.passcode,
        source=_source(request),
    )
    return {
        "decision": result.decision,
        "reason": result.reason,
        "message": str(MESSAGES.get(result.reason, "")),
    }


class LiveOut(Schema):
    meeting_id: str
    locked: bool
    waiting_room: bool
    waiting: list[dict]
    participants: list[dict]
    removed: list[str]
    capabilities: dict[str, Any]


LIVE_ACTIONS = (
    "lock",
    "unlock",
    "waiting_room_on",
    "waiting_room_off",
    "admit",
    "deny",
    "remove",
    "allow_rejoin",
    "capabilities",
    "suspend",
    "report",
)


class LiveAction(Schema):
    action: Literal[LIVE_ACTIONS]  # type: ignore[valid-type]
    key: column_text(LiveParticipant, "key") = ""
    capabilities: JsonObject = Field(default_factory=dict)
    category: text(32) = "disruption"
    description: text(10_000) = ""
    reporter: dict[text(32), text(254)] = Field(default_factory=dict)


@router.get(
    "/meetings/{meeting_id}/live",
    response=LiveOut,
    auth=ApiKeyAuth(ApiScope.SETTINGS_WRITE),
)
def get_live(request, meeting_id: Path[OwnerId]):
    """The host's security panel: the meeting's live state."""
    _reach(request, "meeting", meeting_id)
    return get_live_state(meeting_id=meeting_id)


@router.post(
    "/meetings/{meeting_id}/live",
    response=dict,
    auth=ApiKeyAuth(ApiScope.SETTINGS_WRITE),
)
def post_live(
    request, meeting_id: Path[OwnerId], payload: Annotated[LiveAction, Body()]
):
    """One panel action: lock, waiting room, admit/deny, remove, capabilities,
    suspend participant activities, or report a participant (which also needs
    `reports:write`)."""
    _reach(request, "meeting", meeting_id)
    if payload.action == "report":
        # Reporting a participant files a report through intake (#8).
        require_scope(request.api_key, ApiScope.REPORTS_WRITE)
    return run_live_action(
        meeting_id,
        payload.model_dump(),
        actor=request.api_key.staff,
        source=_source(request),
    )


def run_live_action(meeting_id: str, data: dict, *, actor, source: str) -> dict:
    """Shared by the API and the host's panel page."""
    action, key = data["action"], data.get("key", "")
    common = {"meeting_id": meeting_id, "actor": actor, "source": source}
    if action in ("lock", "unlock"):
        return lock_meeting(locked=action == "lock", **common)
    if action in ("waiting_room_on", "waiting_room_off"):
        return set_waiting_room_now(on=action == "waiting_room_on", **common)
    if action in ("admit", "deny"):
        return decide_waiting(key=key, admit=action == "admit", **common)
    if action in ("remove", "allow_rejoin"):
        return remove_participant(
            key=key, allow_rejoin=action == "allow_rejoin", **common
        )
    if action == "capabilities":
        return set_capabilities(changes=data.get("capabilities") or {}, **common)
    if action == "suspend":
        return suspend_participant_activities(**common)
    return report_participant(
        meeting_id=meeting_id,
        key=key,
        category=data.get("category") or "disruption",
        description=data.get("description") or "",
        reporter=data.get("reporter") or {},
        actor=actor,
        source=source,
    )

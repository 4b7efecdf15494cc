"""Who may join a meeting: a pure decision from the effective settings, the
meeting's live state and the participant (S27–S30). No Django import."""

import hmac
import json
from collections.abc import Mapping
from dataclasses import dataclass

ADMIT, WAIT, DENY = "admit", "wait", "deny"


@dataclass(slots=True)
class Participant:
    authenticated: bool
    email: str = ""
    user_id: str = ""
    name: str = ""
    country: str | None = None  # from the IP; None when unknown


@dataclass(frozen=True, slots=True)
class Admission:
    decision: str
    reason: str


@dataclass(frozen=True, slots=True)
class Gate:
    """What admission knows of one meeting (#12), from one row or one cache
    entry: its resolved settings (resolve.ADMISSION_SETTINGS), its host, and
    its live state."""

    meeting_id: str
    version: int
    settings: Mapping
    host_email: str = ""
    locked: bool = False
    waiting_room_now: bool = False
    removed: frozenset[str] = frozenset()

    def to_json(self) -> str:
        """The cache entry's body; the meeting id and version are its key and
        prefix."""
        return json.dumps(
            [
                self.settings,
                self.host_email,
                self.locked,
                self.waiting_room_now,
                sorted(self.removed),
            ],
            separators=(",", ":"),
        )

    @classmethod
    def from_json(cls, meeting_id: str, version: int, body: str | bytes) -> "Gate":
        settings, host_email, locked, waiting_room_now, removed = json.loads(body)
        return cls(
            meeting_id,
            version,
            settings,
            host_email,
            locked,
            waiting_room_now,
            frozenset(removed),
        )


# One instance per outcome: the hot path allocates nothing for its answer.
_DENY = {
    r: Admission(DENY, r)
    for r in (
        "removed",
        "meeting_locked",
        "sign_in_required",
        "domain_not_allowed",
        "country_unknown",
        "country_not_allowed",
        "country_denied",
        "wrong_passcode",
    )
}
_HOST = Admission(ADMIT, "host")
_WAIT = Admission(WAIT, "waiting_room")
_ADMIT = Admission(ADMIT, "admitted")


def passcode_matches(expected: str | None, given: str | None) -> bool:
    """Compare in constant time, so timing tells nothing about the passcode."""
    if not expected:
        return True
    return hmac.compare_digest(expected.encode(), (given or "").encode())


def decide(
    *,
    settings: dict,
    participant: Participant,
    passcode: str | None,
    locked: bool = False,
    removed: bool = False,
    is_host: bool = False,
) -> Admission:
    """Return admit, wait or deny with the rule that decided it. Rules run
    from the hardest refusal to the softest, so the reason is the first that
    applies."""
    if removed:
        return _DENY["removed"]
    if is_host:
        return _HOST
    if locked:
        return _DENY["meeting_locked"]
    if settings.get("authenticated_only"):
        if not participant.authenticated:
            return _DENY["sign_in_required"]
        domains = settings.get("allowed_domains") or []
        domain = (
            participant.email.rsplit("@", 1)[-1].lower() if participant.email else ""
        )
        if domains and domain not in domains:
            return _DENY["domain_not_allowed"]
    fence = settings.get("geofence")
    if fence:
        country = participant.country
        if country is None:
            if settings.get("unknown_country", "admit") == DENY:
                return _DENY["country_unknown"]
        elif fence["mode"] == "allow" and country not in fence["countries"]:
            return _DENY["country_not_allowed"]
        elif fence["mode"] == "deny" and country in fence["countries"]:
            return _DENY["country_denied"]
    if not passcode_matches(settings.get("passcode"), passcode):
        return _DENY["wrong_passcode"]
    if settings.get("waiting_room"):
        return _WAIT
    return _ADMIT


def decide_at_gate(
    gate: Gate, participant: Participant, *, key: str, passcode: str | None
) -> Admission:
    """Decide for a participant known by `key` (services.admission.participant_key)
    at a meeting's gate: the live waiting room adds to the settings' one, and
    the host and co-hosts are known by their address."""
    settings = gate.settings
    if gate.waiting_room_now and not settings.get("waiting_room"):
        settings = {**settings, "waiting_room": True}
    email = participant.email
    return decide(
        settings=settings,
        participant=participant,
        passcode=passcode,
        locked=gate.locked,
        removed=key in gate.removed,
        is_host=bool(email)
        and (email == gate.host_email or email in settings.get("co_hosts", ())),
    )

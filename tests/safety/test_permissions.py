"""Who may run a live meeting and change settings, enforced by the services
themselves: a caller that skips the pages' checks is refused all the same,
and nothing changes."""

import pytest
from django.contrib.auth.models import AnonymousUser

from tillit.core.errors import NotFound, PermissionDenied
from tillit.core.models import AuditEvent, Role, StaffProfile
from tillit.intake.models import Report
from tillit.safety.models import LiveMeeting, LiveParticipant, SecurityLayer
from tillit.safety.permissions import (
    can_administer_account,
    can_change_settings,
    can_host,
    can_run_live_meeting,
)
from tillit.safety.selectors import get_effective_settings, get_live_state
from tillit.safety.services.admission import admit_participant
from tillit.safety.services.live import (
    decide_waiting,
    lock_meeting,
    remove_participant,
    report_participant,
    set_capabilities,
    set_waiting_room_now,
    suspend_participant_activities,
)
from tillit.safety.services.settings import update_settings

MEETING = "812345678"
GUEST = "guest@example.org"
WAITING = f"email:{GUEST}"

LIVE_ACTIONS = {
    "lock": lambda actor: lock_meeting(
        meeting_id=MEETING, locked=True, actor=actor, source="test"
    ),
    "waiting_room_now": lambda actor: set_waiting_room_now(
        meeting_id=MEETING, on=True, actor=actor, source="test"
    ),
    "admit": lambda actor: decide_waiting(
        meeting_id=MEETING, key=WAITING, admit=True, actor=actor, source="test"
    ),
    "deny": lambda actor: decide_waiting(
        meeting_id=MEETING, key=WAITING, admit=False, actor=actor, source="test"
    ),
    "remove": lambda actor: remove_participant(
        meeting_id=MEETING, key=WAITING, actor=actor, source="test"
    ),
    "allow_rejoin": lambda actor: remove_participant(
        meeting_id=MEETING, key=WAITING, allow_rejoin=True, actor=actor, source="test"
    ),
    "capabilities": lambda actor: set_capabilities(
        meeting_id=MEETING, changes={"chat": "off"}, actor=actor, source="test"
    ),
    "suspend": lambda actor: suspend_participant_activities(
        meeting_id=MEETING, actor=actor, source="test"
    ),
    "report": lambda actor: report_participant(
        meeting_id=MEETING,
        key=WAITING,
        category="disruption",
        description="Shouting",
        reporter={"email": "host@skola.se"},
        actor=actor,
        source="test",
    ),
}


@pytest.fixture
def meeting(make_meeting, swedish_account):
    """A meeting of the Swedish account with someone in its waiting room."""
    meeting = make_meeting(MEETING, swedish_account)
    admit_participant(
        meeting_id=MEETING,
        participant={"authenticated": False, "ip": "194.68.0.1", "email": GUEST},
        passcode=None,
        source="test",
    )
    return meeting


@pytest.fixture
def people(meeting, swedish_account, django_user_model):
    """Signed-in users: the host, a co-host, the account's owner and admin
    (who host nothing), a stranger, and a T&S analyst. The services are
    called directly, so nobody needs a password (none is hashed)."""
    update_settings(
        owner=f"meeting:{MEETING}",
        changes={"co_hosts": ["cohost@skola.se"]},
        source="test",
    )
    make = django_user_model.objects.create_user
    analyst = make("analyst", "analyst@tillit.example")
    StaffProfile.objects.create(user=analyst, role=Role.ANALYST, tier=1)
    return {
        "host": make("host", meeting.host_email),
        "cohost": make("cohost", "CoHost@skola.se"),
        "owner": make("owner", swedish_account.owner_email),
        "admin": make("admin", "it@skola.se"),
        "stranger": make("stranger", "x@example.org"),
        "analyst": analyst,
    }


def _snapshot() -> dict:
    """Everything a refused action must leave as it was."""
    return {
        "live": list(LiveMeeting.objects.values()),
        "participants": list(LiveParticipant.objects.order_by("pk").values()),
        "layers": list(SecurityLayer.objects.order_by("pk").values()),
        "audit": AuditEvent.objects.count(),
        "reports": Report.objects.count(),
        "state": get_live_state(meeting_id=MEETING),
    }


@pytest.mark.django_db
@pytest.mark.parametrize("action", LIVE_ACTIONS)
@pytest.mark.parametrize("who", ["stranger", "owner", "admin"])
def test_only_hosts_staff_and_the_platform_run_a_live_meeting(people, action, who):
    """The account's owner and admins run no meeting they do not host."""
    before = _snapshot()
    with pytest.raises(PermissionDenied, match="Only the host and co-hosts"):
        LIVE_ACTIONS[action](people[who])
    assert _snapshot() == before


@pytest.mark.django_db
@pytest.mark.parametrize("action", LIVE_ACTIONS)
@pytest.mark.parametrize("who", ["host", "cohost", "analyst", None])
def test_hosts_co_hosts_staff_and_the_platform_run_a_live_meeting(people, action, who):
    actor = people[who] if who else None
    audited = AuditEvent.objects.count()
    state = LIVE_ACTIONS[action](actor)
    assert state["meeting_id"] == MEETING
    assert AuditEvent.objects.count() > audited


@pytest.mark.django_db
def test_an_unknown_meeting_is_not_found_before_anyone_is_refused(people):
    with pytest.raises(NotFound):
        lock_meeting(
            meeting_id="999999999", locked=True, actor=people["stranger"], source="t"
        )


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("who", "owner"),
    [
        ("stranger", "account:acc-sv"),
        ("host", "account:acc-sv"),
        ("cohost", "account:acc-sv"),
        # People change their account's level only, on the account's page.
        ("owner", f"meeting:{MEETING}"),
        ("admin", f"meeting:{MEETING}"),
        ("host", f"meeting:{MEETING}"),
    ],
)
def test_only_the_accounts_owner_and_admins_change_its_settings(people, who, owner):
    before = _snapshot()
    with pytest.raises(PermissionDenied, match="owner and admins"):
        update_settings(
            owner=owner,
            changes={"chat": "off"},
            lock=["chat"] if owner.startswith("account:") else [],
            actor=people[who],
            source="test",
        )
    assert _snapshot() == before
    assert get_effective_settings(owner=owner)["chat"].value == "everyone"


@pytest.mark.django_db
@pytest.mark.parametrize("who", ["owner", "admin", "analyst", None])
def test_owner_admins_staff_and_the_platform_change_account_settings(people, who):
    effective = update_settings(
        owner="account:acc-sv",
        changes={"chat": "hosts_only"},
        lock=["chat"],
        actor=people[who] if who else None,
        source="test",
    )
    assert effective["chat"].value == "hosts_only"
    assert effective["chat"].locked_at == "account"
    assert AuditEvent.objects.filter(verb="safety.settings_changed").exists()


@pytest.mark.django_db
def test_an_unknown_owner_is_not_found_before_anyone_is_refused(people):
    with pytest.raises(NotFound):
        update_settings(
            owner="account:nope",
            changes={"chat": "off"},
            actor=people["stranger"],
            source="test",
        )


@pytest.mark.django_db
def test_nobody_signed_out_hosts_or_administers(people, meeting, swedish_account):
    for user in (None, AnonymousUser()):
        assert not can_host(user, meeting)
        assert not can_administer_account(user, swedish_account)
    # No actor at all is the platform (or automation), not a signed-out person.
    assert not can_change_settings(AnonymousUser(), "account:acc-sv")
    assert not can_run_live_meeting(AnonymousUser(), meeting)
    assert can_change_settings(None, "account:acc-sv")
    assert can_run_live_meeting(None, meeting)
    assert can_host(people["cohost"], meeting)
    assert not can_host(people["owner"], meeting)
    assert can_administer_account(people["admin"], swedish_account)
    assert not can_administer_account(people["host"], swedish_account)

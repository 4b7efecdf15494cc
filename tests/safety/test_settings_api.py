"""Settings over the API: hierarchy, locks (409), events' hardened preset, and
bad input that changes nothing."""

import pytest

from tillit.directory.models import Group, PlatformUser
from tillit.safety.models import SecurityLayer
from tillit.safety.resolve import check_passcode


@pytest.fixture
def org(swedish_account, make_meeting):
    meeting = make_meeting("812345678", swedish_account)
    host = PlatformUser.objects.create(
        id="u-host", account=swedish_account, email=meeting.host_email, name="Host"
    )
    teachers = Group.objects.create(
        account=swedish_account, name="Teachers", priority=10
    )
    staff = Group.objects.create(account=swedish_account, name="Staff", priority=1)
    teachers.members.add(host)
    staff.members.add(host)
    return {"meeting": meeting, "host": host, "teachers": teachers, "staff": staff}


def settings(api, path):
    response = api.get(f"/api/v1/{path}/settings")
    assert response.status_code == 200, response.content
    return response.json()


@pytest.mark.django_db
def test_levels_resolve_and_report_who_decided(api, org):
    assert (
        api.patch("/api/v1/accounts/acc-sv/settings", {"recording": False}).status_code
        == 200
    )
    assert (
        api.patch(
            f"/api/v1/groups/{org['staff'].pk}/settings", {"chat": "off"}
        ).status_code
        == 200
    )
    api.patch(f"/api/v1/groups/{org['teachers'].pk}/settings", {"chat": "hosts_only"})
    api.patch("/api/v1/users/u-host/settings", {"video": False})
    api.patch("/api/v1/meetings/812345678/settings", {"passcode": "Kx7pQ2"})
    effective = settings(api, "meetings/812345678")
    assert effective["recording"] == {
        "value": False,
        "level": "account",
        "locked": False,
        "locked_at": None,
    }
    # The host is in two groups: Teachers has the higher priority.
    assert (
        effective["chat"]["value"] == "hosts_only"
        and effective["chat"]["level"] == "group"
    )
    assert effective["video"] == {
        "value": False,
        "level": "user",
        "locked": False,
        "locked_at": None,
    }
    assert effective["passcode"]["level"] == "meeting"
    assert effective["audio"]["level"] == "default"


@pytest.mark.django_db
def test_a_lock_cannot_be_overridden_below_not_even_in_the_meeting(api, org):
    response = api.patch(
        "/api/v1/accounts/acc-sv/settings",
        {"screen_sharing": "host_only", "lock": ["screen_sharing"]},
    )
    assert response.json()["screen_sharing"]["locked"] is True
    for path in (f"groups/{org['teachers'].pk}", "users/u-host", "meetings/812345678"):
        refused = api.patch(f"/api/v1/{path}/settings", {"screen_sharing": "all"})
        assert refused.status_code == 409, path
        body = refused.json()
        assert body["code"] == "setting_locked"
        assert "screen_sharing (account)" in body["message"]
        assert body["fields"]["screen_sharing"] == ["locked at account level"]
    effective = settings(api, "meetings/812345678")["screen_sharing"]
    assert effective == {
        "value": "host_only",
        "level": "account",
        "locked": True,
        "locked_at": "account",
    }
    assert not SecurityLayer.objects.filter(owner="meeting:812345678").exists()
    # The account may unlock; then the meeting may change it.
    api.patch("/api/v1/accounts/acc-sv/settings", {"unlock": ["screen_sharing"]})
    assert (
        api.patch(
            "/api/v1/meetings/812345678/settings",
            {"screen_sharing": "all", "waiting_room": True},
        ).status_code
        == 200
    )


@pytest.mark.django_db
def test_only_accounts_and_groups_lock(api, org):
    response = api.patch("/api/v1/meetings/812345678/settings", {"lock": ["chat"]})
    assert response.status_code == 422 and "lock" in response.json()["fields"]


@pytest.mark.django_db
def test_a_meeting_keeps_at_least_one_protection(api, org):
    refused = api.patch("/api/v1/meetings/812345678/settings", {"waiting_room": False})
    assert refused.status_code == 422 and "waiting_room" in refused.json()["fields"]
    assert settings(api, "meetings/812345678")["waiting_room"]["value"] is True


@pytest.mark.django_db
def test_free_event_is_hardened_and_switching_off_needs_confirmation(
    api, english_account, make_event
):
    make_event("ev-free", english_account, ticket="free")
    make_event("ev-paid", english_account, ticket="paid")
    free = settings(api, "events/ev-free")
    assert free["waiting_room"]["value"] is True
    assert free["authenticated_only"]["value"] is True
    assert free["screen_sharing"]["value"] == "host_only"
    assert settings(api, "events/ev-paid")["authenticated_only"]["value"] is False
    refused = api.patch("/api/v1/events/ev-free/settings", {"waiting_room": False})
    assert refused.status_code == 409
    assert refused.json()["code"] == "confirmation_required"
    assert "disrupt" in refused.json()["message"]
    assert settings(api, "events/ev-free")["waiting_room"]["value"] is True
    ok = api.patch(
        "/api/v1/events/ev-free/settings", {"waiting_room": False, "confirm": True}
    )
    assert ok.status_code == 200 and ok.json()["waiting_room"]["value"] is False
    from tillit.core.models import AuditEvent

    event = AuditEvent.objects.get(
        verb="safety.settings_changed", target_id="event:ev-free"
    )
    assert event.data["confirmed"] is True and event.data["before"] == {
        "waiting_room": None
    }


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({"geofence": {"mode": "allow", "countries": ["XX"]}}, "geofence"),
        ({"geofence": {"allow": ["SE"], "deny": ["NO"]}}, "geofence"),
        ({"waiting_room": "on"}, "waiting_room"),
        ({"video": 1}, "video"),
        ({"screen_sharing": True}, "screen_sharing"),
        ({"allowed_domains": "skola.se"}, "allowed_domains"),
        ({"passcode": 123456}, "passcode"),
        ({"warp_drive": True}, "warp_drive"),
    ],
)
def test_bad_settings_are_refused_and_nothing_changes(api, org, body, field):
    response = api.patch("/api/v1/meetings/812345678/settings", body)
    assert response.status_code == 422, response.content
    assert field in response.json()["fields"]
    assert not SecurityLayer.objects.exists()


@pytest.mark.django_db
def test_unknown_owner_is_404(api, org):
    assert api.get("/api/v1/meetings/999999999/settings").status_code == 404
    assert api.patch("/api/v1/groups/abc/settings", {"video": False}).status_code == 404
    assert api.get("/api/v1/planets/x/settings").status_code in (404, 422)


@pytest.mark.django_db
def test_a_strong_passcode_can_be_generated(api, org):
    response = api.patch(
        "/api/v1/meetings/812345678/settings", {"generate_passcode": True}
    )
    assert response.status_code == 200, response.content
    passcode = response.json()["passcode"]["value"]
    assert check_passcode(passcode) == passcode and len(passcode) == 8

"""The host's panel and the account's security settings over HTTP."""

import pytest
from django.contrib.auth import get_user_model

from tillit.safety.models import LiveMeeting, SecurityLayer
from tillit.safety.selectors import get_effective_settings


@pytest.fixture
def host(swedish_account, make_meeting):
    meeting = make_meeting("812345678", swedish_account)
    user = get_user_model().objects.create_user(
        "host", meeting.host_email, "pw-host-123"
    )
    return user


@pytest.mark.django_db
def test_only_the_host_opens_the_panel(client, host, django_user_model):
    assert client.get("/safety/meetings/812345678/panel/").status_code == 302  # sign in
    stranger = django_user_model.objects.create_user("x", "x@example.org", "pw-x-12345")
    client.force_login(stranger)
    assert client.get("/safety/meetings/812345678/panel/").status_code == 403
    assert (
        client.post(
            "/safety/meetings/812345678/panel/", {"action": "suspend"}
        ).status_code
        == 403
    )
    assert not LiveMeeting.objects.filter(locked=True).exists()
    client.force_login(host)
    page = client.get("/safety/meetings/812345678/panel/")
    assert page.status_code == 200 and "Suspend participant activities" in page.text
    assert client.get("/safety/meetings/999999999/panel/").status_code == 404


@pytest.mark.django_db
def test_panel_suspends_and_resumes_without_javascript(client, host):
    client.force_login(host)
    assert (
        client.post(
            "/safety/meetings/812345678/panel/", {"action": "suspend"}
        ).status_code
        == 302
    )
    page = client.get("/safety/meetings/812345678/panel/").text
    assert 'id="meeting-locked"' in page
    client.post(
        "/safety/meetings/812345678/panel/",
        {"action": "capabilities", "capability": "chat", "value": "everyone"},
    )
    live = LiveMeeting.objects.get()
    assert (
        live.capabilities["chat"] == "everyone" and live.capabilities["video"] is False
    )
    bad = client.post(
        "/safety/meetings/812345678/panel/",
        {"action": "capabilities", "capability": "chat", "value": "loud"},
    )
    assert bad.status_code == 422
    assert LiveMeeting.objects.get().capabilities["chat"] == "everyone"
    partial = client.post(
        "/safety/meetings/812345678/panel/",
        {"action": "unlock"},
        HTTP_HX_REQUEST="true",
    )
    assert partial.text.lstrip().startswith('<div id="panel">')
    assert 'id="meeting-open"' in partial.text


@pytest.mark.django_db
def test_account_owner_sets_and_locks_settings(
    client, host, swedish_account, django_user_model
):
    owner = django_user_model.objects.create_user(
        "owner", swedish_account.owner_email, "pw-owner-1"
    )
    client.force_login(host)  # a host, not an owner or admin
    assert client.get("/safety/accounts/acc-sv/settings/").status_code == 403
    client.force_login(owner)
    portal = client.get("/portal/")
    assert "/safety/accounts/acc-sv/settings/" in portal.text
    form = {
        "waiting_room": "on",
        "video": "on",
        "audio": "on",
        "annotation": "on",
        "rename": "on",
        "recording": "on",
        "screen_sharing": "host_only",
        "chat": "hosts_only",
        "unknown_country": "deny",
        "allowed_domains": "skola.se",
        "geofence_mode": "allow",
        "geofence_countries": "SE NO",
        "lock": ["chat"],
    }
    response = client.post("/safety/accounts/acc-sv/settings/", form)
    assert response.status_code == 302
    effective = get_effective_settings(owner="meeting:812345678")
    assert (
        effective["chat"].value == "hosts_only"
        and effective["chat"].locked_at == "account"
    )
    assert effective["geofence"].value == {"mode": "allow", "countries": ["NO", "SE"]}
    page = client.get("/safety/accounts/acc-sv/settings/").text
    assert 'id="level-chat">account' in page.replace("\n", "")
    bad = client.post(
        "/safety/accounts/acc-sv/settings/", {**form, "geofence_countries": "SE XX"}
    )
    assert bad.status_code == 422 and "unknown country code: XX" in bad.text
    assert SecurityLayer.objects.get(owner="account:acc-sv").values["geofence"][
        "countries"
    ] == ["NO", "SE"]

"""Admission over the API, one test per rule, with real iptocc look-ups."""

from datetime import timedelta

import pytest
import time_machine
from django.utils import timezone

from tillit.core.models import AuditEvent
from tillit.safety.models import FailureCounter, LiveParticipant
from tillit.safety.services.admission import (
    PASSCODE_LIMIT,
    WARDIAL_LIMIT,
    participant_key,
)
from tillit.safety.services.live import remove_participant
from tillit.safety.services.settings import update_settings

SWEDEN, NORWAY_FREE, USA, UNKNOWN = "194.68.0.1", "193.0.6.139", "8.8.8.8", "10.1.2.3"


@pytest.fixture
def meeting(make_meeting, swedish_account):
    m = make_meeting("812345678", swedish_account)
    update_settings(
        owner=f"meeting:{m.pk}",
        changes={"passcode": "Kx7pQ2", "waiting_room": False},
        source="test",
    )
    return m


def join(api, meeting_id="812345678", *, ip=SWEDEN, passcode="Kx7pQ2", **participant):
    body = {
        "participant": {
            "authenticated": False,
            "ip": ip,
            "name": "Guest",
            **participant,
        }
    }
    if passcode is not None:
        body["passcode"] = passcode
    return api.post(f"/api/v1/meetings/{meeting_id}/admission", body)


@pytest.mark.django_db
def test_the_participant_reads_why_in_the_clients_language(api, meeting):
    body = {
        "participant": {"authenticated": False, "ip": "81.2.69.160", "name": "Elev"},
        "passcode": "fel-kod",
    }
    path = "/api/v1/meetings/812345678/admission"
    swedish = api.post(path, body, HTTP_ACCEPT_LANGUAGE="sv")
    assert swedish.json()["message"] == "Lösenkoden stämmer inte."
    english = api.post(path, body, HTTP_ACCEPT_LANGUAGE="en")
    assert english.json()["message"] == "The passcode is not right."


@pytest.mark.django_db
def test_right_and_wrong_passcode(api, meeting):
    ok = join(api)
    assert ok.status_code == 200 and ok.json()["decision"] == "admit"
    wrong = join(api, passcode="Kx7pQ3")
    assert (wrong.json()["decision"], wrong.json()["reason"]) == (
        "deny",
        "wrong_passcode",
    )
    assert join(api, passcode=None).json()["reason"] == "wrong_passcode"


@pytest.mark.django_db
def test_waiting_room(api, meeting):
    update_settings(
        owner="meeting:812345678", changes={"waiting_room": True}, source="test"
    )
    response = join(api, email="guest@example.org")
    assert response.json() == {
        "decision": "wait",
        "reason": "waiting_room",
        "message": "Please wait: the host will let you in soon.",
    }
    waiting = LiveParticipant.objects.get(key="email:guest@example.org")
    assert waiting.state == "waiting"
    host = join(api, email=meeting.host_email, authenticated=True)
    assert host.json()["decision"] == "admit"  # the host never waits


@pytest.mark.django_db
def test_geofence_allow_list(api, meeting):
    update_settings(
        owner="meeting:812345678",
        changes={"geofence": {"mode": "allow", "countries": ["SE"]}},
        source="test",
    )
    assert join(api, ip=SWEDEN).json()["decision"] == "admit"
    assert join(api, ip=USA).json()["reason"] == "country_not_allowed"
    assert (
        join(api, ip=UNKNOWN).json()["decision"] == "admit"
    )  # unknown: admit by default
    update_settings(
        owner="meeting:812345678", changes={"unknown_country": "deny"}, source="test"
    )
    assert join(api, ip=UNKNOWN).json()["reason"] == "country_unknown"


@pytest.mark.django_db
def test_geofence_deny_list(api, meeting):
    update_settings(
        owner="meeting:812345678",
        changes={"geofence": {"mode": "deny", "countries": ["US"]}},
        source="test",
    )
    assert join(api, ip=USA).json()["reason"] == "country_denied"
    assert join(api, ip="2001:4860:4860::8888").json()["reason"] == "country_denied"
    assert join(api, ip=NORWAY_FREE).json()["decision"] == "admit"


@pytest.mark.django_db
def test_authenticated_only_with_domains(api, meeting):
    update_settings(
        owner="meeting:812345678",
        changes={"authenticated_only": True, "allowed_domains": ["skola.se"]},
        source="test",
    )
    assert join(api, email="elev@skola.se").json()["reason"] == "sign_in_required"
    assert (
        join(api, email="elev@skola.se", authenticated=True).json()["decision"]
        == "admit"
    )
    other = join(api, email="troll@example.org", authenticated=True)
    assert other.json()["reason"] == "domain_not_allowed"


@pytest.mark.django_db
def test_removed_participant_cannot_rejoin_unless_allowed(api, meeting):
    key = participant_key({"email": "troll@example.org"})
    remove_participant(meeting_id="812345678", key=key, source="test")
    assert join(api, email="troll@example.org").json()["reason"] == "removed"
    remove_participant(
        meeting_id="812345678", key=key, allow_rejoin=True, source="test"
    )
    assert join(api, email="troll@example.org").json()["decision"] == "admit"


@pytest.mark.django_db
def test_repeated_wrong_passcodes_lock_the_address_out(api, meeting):
    for _ in range(PASSCODE_LIMIT - 1):
        assert join(api, passcode="nope12").status_code == 200
    last = join(api, passcode="nope12")
    assert last.status_code == 200  # the failure that trips the lock is still answered
    locked = join(api)  # even the right passcode now
    assert locked.status_code == 429 and locked.json()["code"] == "locked_out"
    assert join(api, ip=NORWAY_FREE).status_code == 200  # other addresses still join
    assert AuditEvent.objects.filter(verb="safety.locked_out").count() == 1
    with time_machine.travel(timezone.now() + timedelta(minutes=16)):
        assert join(api).json()["decision"] == "admit"


@pytest.mark.django_db
def test_war_dialling_locks_the_address_out(api, meeting):
    for i in range(WARDIAL_LIMIT - 1):
        assert join(api, f"9{i:09d}", ip=USA).status_code == 404
    assert join(api, "9999999999", ip=USA).status_code == 429
    assert join(api, ip=USA).status_code == 429  # a real meeting too, from that address
    assert join(api, ip=SWEDEN).status_code == 200
    assert FailureCounter.objects.get(key=f"wardial:{USA}").count == WARDIAL_LIMIT
    assert AuditEvent.objects.filter(verb="safety.locked_out").exists()


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("body", "status", "field"),
    [
        (
            {"participant": {"authenticated": False, "ip": "999.1.1.1"}},
            422,
            "participant.ip",
        ),
        (
            {"participant": {"authenticated": False, "ip": "not an ip"}},
            422,
            "participant.ip",
        ),
        ({"participant": {"ip": SWEDEN}}, 422, "participant.authenticated"),
        (
            {"participant": {"authenticated": "maybe", "ip": SWEDEN}},
            422,
            "participant.authenticated",
        ),
    ],
)
def test_bad_admission_input(api, meeting, body, status, field):
    response = api.post("/api/v1/meetings/812345678/admission", body)
    assert response.status_code == status
    assert field in response.json()["fields"]
    assert not FailureCounter.objects.exists()


@pytest.mark.django_db
def test_unknown_meeting_is_404(api, meeting):
    response = join(api, "123123123")
    assert response.status_code == 404
    assert response.json()["code"] == "not_found"

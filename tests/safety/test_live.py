"""The live meeting over the API: the host's security panel."""

import pytest

from tillit.cases.selectors import list_queue
from tillit.intake.models import Report
from tillit.safety.services.settings import update_settings

CAPS = ["video", "audio", "screen_sharing", "chat", "annotation", "rename", "recording"]


@pytest.fixture
def meeting(make_meeting, swedish_account):
    meeting = make_meeting("812345678", swedish_account)
    update_settings(
        owner="meeting:812345678",
        changes={"waiting_room": False, "passcode": "Kx7pQ2"},
        source="test",
    )
    return meeting


def act(api, **body):
    response = api.post("/api/v1/meetings/812345678/live", body)
    assert response.status_code == 200, response.content
    return response.json()


@pytest.mark.django_db
def test_suspend_participant_activities_then_resume_one_by_one(api, meeting):
    state = act(api, action="suspend")
    assert state["locked"] is True
    assert state["capabilities"] == {
        "video": False,
        "audio": False,
        "screen_sharing": "off",
        "chat": "off",
        "annotation": False,
        "rename": False,
        "recording": False,
    }
    state = act(api, action="capabilities", capabilities={"chat": "everyone"})
    assert state["capabilities"]["chat"] == "everyone"
    assert all(state["capabilities"][c] in (False, "off") for c in CAPS if c != "chat")
    assert api.get("/api/v1/meetings/812345678/live").json()["locked"] is True


@pytest.mark.django_db
def test_lock_waiting_room_admit_and_deny(api, meeting):
    act(api, action="waiting_room_on")
    body = {
        "participant": {
            "authenticated": False,
            "ip": "194.68.0.1",
            "email": "a@example.org",
        },
        "passcode": "Kx7pQ2",
    }
    assert (
        api.post("/api/v1/meetings/812345678/admission", body).json()["decision"]
        == "wait"
    )
    body["participant"]["email"] = "b@example.org"
    api.post("/api/v1/meetings/812345678/admission", body)
    waiting = api.get("/api/v1/meetings/812345678/live").json()["waiting"]
    assert [w["key"] for w in waiting] == ["email:a@example.org", "email:b@example.org"]
    act(api, action="admit", key="email:a@example.org")
    state = act(api, action="deny", key="email:b@example.org")
    assert state["waiting"] == [] and state["removed"] == ["email:b@example.org"]
    act(api, action="lock")
    body["participant"]["email"] = "c@example.org"
    assert (
        api.post("/api/v1/meetings/812345678/admission", body).json()["reason"]
        == "meeting_locked"
    )


@pytest.mark.django_db
def test_report_from_the_panel_files_a_report_and_removes_the_participant(api, meeting):
    result = act(
        api,
        action="report",
        key="name:Troll@1.2.3.4",
        category="disruption",
        description="Shouting slurs",
        reporter={"email": meeting.host_email},
    )
    assert "name:Troll@1.2.3.4" in result["removed"]
    report = Report.objects.get()
    assert (report.channel, report.offender, report.meeting_id) == (
        "in_meeting",
        "name:Troll@1.2.3.4",
        "812345678",
    )
    assert [c.pk for c in list_queue(tier=1)] == [report.case_id]


@pytest.mark.django_db
@pytest.mark.parametrize(
    "body",
    [
        {"action": "explode"},
        {"action": "admit", "key": "nobody"},
        {"action": "capabilities", "capabilities": {"passcode": "x"}},
        {"action": "capabilities", "capabilities": {"chat": "loud"}},
        {"action": "remove", "key": ""},
    ],
)
def test_bad_panel_actions_change_nothing(api, meeting, body):
    before = api.get("/api/v1/meetings/812345678/live").json()
    response = api.post("/api/v1/meetings/812345678/live", body)
    assert response.status_code == 422
    assert api.get("/api/v1/meetings/812345678/live").json() == before


@pytest.mark.django_db
def test_unknown_meeting_panel_is_404(api, meeting):
    assert api.get("/api/v1/meetings/999999999/live").status_code == 404
    assert (
        api.post("/api/v1/meetings/999999999/live", {"action": "lock"}).status_code
        == 404
    )

"""End to end: a leaked meeting pushed to the notifier warns its owner once,
opens an at-risk case, and the one-click link turns the waiting room on."""

import re

import pytest

from tillit.cases.selectors import list_queue
from tillit.detection.models import AtRiskNotice, Sighting
from tillit.safety.selectors import get_effective_settings

POST = {
    "id": "post-1",
    "text": "raid my class at 10 https://zoom.us/j/81234567890 rename yourself to a student",
    "url": "https://social.example/@x/1",
}


@pytest.mark.django_db
def test_a_pushed_post_warns_the_owner_once_and_opens_a_case(
    api, client, meeting, deliver
):
    response = api.post(
        "/api/v1/detection/posts", {"source": "push-test", "posts": [POST]}
    )
    assert response.status_code == 200, response.content
    sighting = response.json()["sightings"][0]
    assert sighting["level"] == "high"
    assert {"call_to_disrupt", "insider_hint", "starts_soon", "weak_settings"} <= set(
        sighting["signals"]
    )
    mail = deliver()
    warnings = [
        m
        for m in mail
        if "81234567890" in m.body and m.to[0] in ("rektor@skola.se", "it@skola.se")
    ]
    assert sorted(m.to[0] for m in warnings) == ["it@skola.se", "rektor@skola.se"]
    assert "Meeting 81234567890" in warnings[0].subject

    cases = list_queue(tier=1, filters={"channel": "at_risk_scan"})
    assert [c.target_id for c in cases] == ["81234567890"]

    # The same post again within the window: known by its id, not recorded
    # twice; a new post naming the meeting is recorded. No second email.
    again = api.post(
        "/api/v1/detection/posts", {"source": "push-test", "posts": [POST]}
    )
    assert again.json()["sightings"] == [] and Sighting.objects.count() == 1
    other = {**POST, "id": "post-2", "text": POST["text"] + " \x00 see you"}
    api.post("/api/v1/detection/posts", {"source": "push-test", "posts": [other]})
    assert Sighting.objects.count() == 2 and AtRiskNotice.objects.count() == 1
    assert Sighting.objects.get(post_id="post-2").text.endswith("  see you")
    assert [m for m in deliver() if m not in mail and "81234567890" in m.body] == []

    # The one-click link: a GET only shows the button, the POST acts.
    link = re.search(r"http://[^/\s]+(/at-risk/[^\s]+/)", warnings[0].body).group(1)
    page = client.get(link)
    assert page.status_code == 200 and 'id="confirm"' in page.text
    assert (
        get_effective_settings(owner="meeting:81234567890")["waiting_room"].value
        is False
    )
    done = client.post(link)
    assert 'id="done"' in done.text
    assert (
        get_effective_settings(owner="meeting:81234567890")["waiting_room"].value
        is True
    )


@pytest.mark.django_db
def test_bad_pushes_are_counted_and_the_rest_scanned(api, meeting, deliver):
    response = api.post(
        "/api/v1/detection/posts",
        {
            "source": "push-test",
            "posts": [
                {"id": "x"},
                {"text": "  "},
                {"text": "x" * 1_000_001},
                {"id": "ok", "text": "nothing to see"},
            ],
        },
    )
    body = response.json()
    assert body["scanned"] == 1 and [s["index"] for s in body["skipped"]] == [0, 1, 2]
    assert (
        api.post("/api/v1/detection/posts", {"source": "x", "posts": []}).status_code
        == 422
    )
    assert api.post("/api/v1/detection/posts", raw="not json").status_code == 400
    assert not Sighting.objects.exists() and deliver() == []


@pytest.mark.django_db
def test_forged_action_link_is_refused(client, meeting):
    assert client.get("/at-risk/forged:token/").status_code == 404
    assert client.post("/at-risk/forged:token/").status_code == 404

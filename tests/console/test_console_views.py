"""The console over HTTP: tiers enforced on every page and action, bad input
shown and nothing changed, notes, register search, My work and settings."""

from datetime import timedelta

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone

from tillit.cases.models import Case, CaseNote, Decision, InfoRequest
from tillit.cases.services.claims import claim_case, claim_next_case
from tillit.cases.services.decisions import decide_case
from tillit.cases.services.filing import submit_report
from tillit.core.models import StaffProfile
from tillit.intake.services import ReporterIdentity, ReportInput

PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 64


@pytest.fixture
def tier3_case(english_account, make_event):
    make_event("ev-cs", english_account)
    report, _ = submit_report(
        data=ReportInput(
            channel="web_form",
            category="child_safety",
            description="Grooming in the chat.",
            target_type="event",
            target_id="ev-cs",
            reporter=ReporterIdentity(email="parent@example.org"),
        ),
        evidence=[SimpleUploadedFile("chat.png", PNG, "image/png")],
        source="test",
    )
    assert report.case.tier == 3
    return report.case


@pytest.mark.django_db
def test_a_tier_one_analyst_gets_403_on_every_tier_three_url(
    client, analyst1, tier3_case
):
    evidence = tier3_case.reports.get().evidence.get()
    client.force_login(analyst1)
    pk = tier3_case.pk
    gets = [
        f"/console/cases/{pk}/",
        "/console/queues/3/",
        f"/console/evidence/{evidence.pk}/",
    ]
    posts = {
        f"/console/cases/{pk}/claim/": {},
        f"/console/cases/{pk}/release/": {},
        f"/console/cases/{pk}/escalate/": {"reason": "x"},
        f"/console/cases/{pk}/request-information/": {
            "recipient": "reporter",
            "question": "x",
            "deadline": "2030-01-01T10:00",
        },
        f"/console/cases/{pk}/decide/": {
            "outcome": "violation",
            "standard": "child_safety",
            "actions": ["terminate_account"],
            "rationale": "x",
        },
        f"/console/cases/{pk}/notes/": {"body": "peek"},
        "/console/queues/3/next/": {},
    }
    for url in gets:
        assert client.get(url).status_code == 403, url
    for url, data in posts.items():
        assert client.post(url, data).status_code == 403, url
    tier3_case.refresh_from_db()
    assert tier3_case.state == Case.State.OPEN and tier3_case.assignee is None
    assert not CaseNote.objects.exists() and not Decision.objects.exists()
    assert "/console/queues/3/" not in client.get("/console/queues/1/").text


@pytest.mark.django_db
def test_evidence_is_served_to_the_right_tier_only(client, analyst3, tier3_case):
    evidence = tier3_case.reports.get().evidence.get()
    assert client.get(f"/console/evidence/{evidence.pk}/").status_code == 302  # sign in
    client.force_login(analyst3)
    response = client.get(f"/console/evidence/{evidence.pk}/")
    assert response.status_code == 200
    assert response["Content-Type"] == "image/png"
    assert response["X-Content-Type-Options"] == "nosniff"
    assert b"".join(response.streaming_content).startswith(b"\x89PNG")
    case_page = client.get(f"/console/cases/{tier3_case.pk}/")
    assert 'id="content-warning"' in case_page.text  # critical standard
    assert "Reveal chat.png" in case_page.text
    revealed = client.get(f"/console/cases/{tier3_case.pk}/?reveal={evidence.pk}")
    assert f'class="media revealed" id="ev-{evidence.pk}"' in revealed.text
    # Ids that are not ids reveal nothing and are no server error.
    for bad in ("²", "9" * 30, "abc"):
        page = client.get(f"/console/cases/{tier3_case.pk}/?reveal={bad}")
        assert page.status_code == 200 and "media revealed" not in page.text


@pytest.mark.django_db
def test_public_users_are_kept_out(client, django_user_model):
    user = django_user_model.objects.create_user(
        "member", "m@example.org", "pw-member-1"
    )
    client.force_login(user)
    assert client.get("/console/queues/1/").status_code == 403
    client.logout()
    assert client.get("/console/queues/1/").status_code == 302


@pytest.mark.django_db
def test_queue_tabs_counts_filters_and_overdue(
    client, analyst2, file_report, english_account, make_meeting
):
    make_meeting("300000001", english_account, starts_in=timedelta(minutes=20))
    make_meeting("300000002", english_account, starts_in=timedelta(days=5))
    soon = file_report("300000001", category="hate")
    later = file_report("300000002", category="fraud", channel="in_meeting")
    Case.objects.filter(pk=later.case_id).update(
        due_at=timezone.now() - timedelta(hours=1)
    )
    client.force_login(analyst2)
    page = client.get("/console/queues/1/").text
    assert 'id="tab-1"' in page and 'id="tab-2"' in page and 'id="tab-3"' not in page
    assert "overdue by" in page
    assert page.index(f"#{soon.case_id}<") < page.index(f"#{later.case_id}<")
    lane = client.get("/console/queues/1/?lane=normal").text
    assert f"#{later.case_id}<" in lane and f"#{soon.case_id}<" not in lane
    channel = client.get("/console/queues/1/?channel=in_meeting").text
    assert f"#{later.case_id}<" in channel and f"#{soon.case_id}<" not in channel
    partial = client.get("/console/queues/1/?standard=hate", HTTP_HX_REQUEST="true")
    assert partial.text.lstrip().startswith('<div id="queue-table">')
    assert "HX-Request" in partial["Vary"]
    # Next case honours the filter.
    client.post("/console/queues/1/next/", {"lane": "normal"})
    assert Case.objects.get(pk=later.case_id).state == Case.State.CLAIMED
    assert Case.objects.get(pk=soon.case_id).state == Case.State.OPEN


@pytest.mark.django_db
def test_bad_console_input_is_shown_and_changes_nothing(
    client, analyst1, file_report, english_account, make_meeting
):
    make_meeting("300000003", english_account)
    case = file_report("300000003", email="r@example.org").case
    claim_case(case_id=case.pk, reviewer=analyst1)
    client.force_login(analyst1)
    url = f"/console/cases/{case.pk}"
    bad = client.post(f"{url}/escalate/", {"reason": ""})
    assert bad.status_code == 422 and "This field is required" in bad.text
    bad = client.post(
        f"{url}/request-information/",
        {"recipient": "reporter", "question": "When?", "deadline": "not a date"},
    )
    assert bad.status_code == 422
    past = (timezone.localtime() - timedelta(days=1)).strftime("%Y-%m-%dT%H:%M")
    bad = client.post(
        f"{url}/request-information/",
        {"recipient": "reporter", "question": "When?", "deadline": past},
    )
    assert bad.status_code == 422 and "between one hour and 30 days" in bad.text
    bad = client.post(
        f"{url}/decide/",
        {
            "outcome": "violation",
            "standard": "harassment",
            "actions": ["suspend_account"],
            "rationale": "x",
        },
    )
    assert bad.status_code == 422 and "days between 1 and 365" in bad.text
    bad = client.post(
        f"{url}/decide/",
        {
            "outcome": "no_violation",
            "standard": "harassment",
            "actions": ["warning"],
            "rationale": "x",
        },
    )
    assert bad.status_code == 422 and "No violation means no action" in bad.text
    case.refresh_from_db()
    assert case.state == Case.State.CLAIMED and case.tier == 1
    assert not Decision.objects.exists() and not InfoRequest.objects.exists()


@pytest.mark.django_db
def test_notes_with_and_without_htmx(
    client, analyst1, file_report, english_account, make_meeting
):
    make_meeting("300000004", english_account)
    case = file_report("300000004").case
    client.force_login(analyst1)
    plain = client.post(
        f"/console/cases/{case.pk}/notes/", {"body": "Check the host's history."}
    )
    assert plain.status_code == 302
    partial = client.post(
        f"/console/cases/{case.pk}/notes/",
        {"body": "Second note"},
        HTTP_HX_REQUEST="true",
    )
    assert partial.status_code == 200
    assert partial.text.lstrip().startswith('<div class="card" id="notes">')
    assert (
        "Check the host&#x27;s history." in partial.text
        and "Second note" in partial.text
    )
    empty = client.post(
        f"/console/cases/{case.pk}/notes/", {"body": ""}, HTTP_HX_REQUEST="true"
    )
    assert empty.status_code == 422
    assert CaseNote.objects.count() == 2


@pytest.mark.django_db
def test_register_search_and_precedents(
    client, analyst2, file_report, english_account, make_meeting
):
    texts = [
        (
            "400000001",
            "Crypto giveaway scam asking for wallet transfers",
            "fraud",
            ["warning"],
        ),
        (
            "400000002",
            "Slurs shouted during the product launch",
            "hate",
            [{"type": "suspend_account", "days": 3}],
        ),
    ]
    for meeting_id, text, standard, actions in texts:
        make_meeting(meeting_id, english_account)
        file_report(meeting_id, category=standard, description=text)
        case = claim_next_case(reviewer=analyst2, tier=1)
        decide_case(
            case_id=case.pk,
            reviewer=analyst2,
            outcome="violation",
            standard=standard,
            actions=actions,
            rationale=f"Decided: {text}",
        )
    client.force_login(analyst2)
    assert "wallet" in client.get("/console/register/?q=wallet").text
    by_action = client.get("/console/register/?action=suspend_account").text
    assert "Slurs" in by_action and "Crypto" not in by_action
    assert "Crypto" in client.get("/console/register/?standard=fraud&context=work").text
    assert "No decisions match" in client.get("/console/register/?context=family").text

    make_meeting("400000003", english_account)
    new = file_report(
        "400000003", category="fraud", description="Another crypto wallet scam"
    )
    page = client.get(f"/console/cases/{new.case_id}/").text
    precedents = page[page.index('id="precedents"') : page.index('id="notes"')]
    assert "Crypto giveaway" in precedents and "Slurs" not in precedents


@pytest.mark.django_db
def test_my_work_lists_held_cases_pending_decisions_and_questions(
    client, analyst2, file_report, english_account, make_meeting
):
    from tillit.cases.services.questions import request_information

    for i in range(3):
        make_meeting(f"50000000{i}", english_account)
        file_report(f"50000000{i}", email="r@example.org")
    held = claim_next_case(reviewer=analyst2, tier=1)
    pending = claim_next_case(reviewer=analyst2, tier=1)
    decide_case(
        case_id=pending.pk,
        reviewer=analyst2,
        outcome="violation",
        standard="harassment",
        actions=["terminate_account"],
        rationale="Repeat offender.",
    )
    asked = claim_next_case(reviewer=analyst2, tier=1)
    request_information(
        case_id=asked.pk,
        actor=analyst2,
        recipient="reporter",
        question="Which day was it?",
        deadline=timezone.now() + timedelta(days=1),
    )
    client.force_login(analyst2)
    page = client.get("/console/mine/").text
    assert (
        f"#{held.pk}<" in page
        and f"#{pending.pk}<" in page
        and "Which day was it?" in page
    )


@pytest.mark.django_db
def test_settings_change_language_and_wellness(client, analyst1):
    client.force_login(analyst1)
    bad = client.post("/console/settings/", {"language": "de"})
    assert bad.status_code == 422
    response = client.post(
        "/console/settings/", {"language": "sv", "media_stays_greyscale": "on"}
    )
    assert response.status_code == 302
    staff = StaffProfile.objects.get(user=analyst1)
    assert (staff.language, staff.media_stays_greyscale) == ("sv", True)
    page = client.get("/console/queues/1/")
    assert '<html lang="sv">' in page.text

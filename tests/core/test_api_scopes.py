"""What an API key may do (#8): every operation needs its scope, a key limited
to an account reaches nothing outside it, and a key bound to a staff member
acts as that person."""

import json
from datetime import timedelta

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone

from tests.helpers import make_key_holder
from tillit.cases.models import Case
from tillit.cases.services.claims import claim_case
from tillit.cases.services.decisions import decide_case
from tillit.core.apikeys import create_api_key
from tillit.core.models import ApiScope, AuditEvent
from tillit.directory.models import Account, Event, Meeting
from tillit.intake.models import Report
from tillit.safety.selectors import get_effective_settings

STARTS = (timezone.now() + timedelta(days=3)).isoformat()
MEETING = "912345678"

# Every operation of the API, the scope it needs and a request that would
# change or read account acc-en's objects (ids filled in by the `world` fixture).
OPERATIONS = [
    (
        "put",
        "/api/v1/accounts/{account_id}",
        "directory:write",
        "/api/v1/accounts/acc-en",
        {"name": "Hijacked", "owner_email": "attacker@evil.example"},
    ),
    (
        "put",
        "/api/v1/meetings/{meeting_id}",
        "directory:write",
        f"/api/v1/meetings/{MEETING}",
        {
            "account_id": "acc-en",
            "host_email": "attacker@evil.example",
            "topic": "Taken",
            "starts_at": STARTS,
        },
    ),
    (
        "put",
        "/api/v1/events/{event_id}",
        "directory:write",
        "/api/v1/events/ev-en",
        {"account_id": "acc-en", "title": "Taken", "starts_at": STARTS},
    ),
    (
        "post",
        "/api/v1/reports",
        "reports:write",
        "/api/v1/reports",
        {
            "channel": "web_form",
            "category": "harassment",
            "description": "Spam about a competitor.",
            "target": {"type": "meeting", "id": MEETING},
        },
    ),
    (
        "post",
        "/api/v1/reports/{report_id}/evidence",
        "reports:write",
        "/api/v1/reports/{report}/evidence",
        "FILE",
    ),
    ("get", "/api/v1/cases/{case_id}", "cases:read", "/api/v1/cases/{case}", None),
    ("get", "/api/v1/queues/{tier}", "cases:read", "/api/v1/queues/1", None),
    (
        "post",
        "/api/v1/queues/{tier}/claim",
        "moderation:write",
        "/api/v1/queues/1/claim",
        None,
    ),
    (
        "post",
        "/api/v1/cases/{case_id}/claim",
        "moderation:write",
        "/api/v1/cases/{case}/claim",
        None,
    ),
    (
        "post",
        "/api/v1/cases/{case_id}/decisions",
        "moderation:write",
        "/api/v1/cases/{case}/decisions",
        {
            "outcome": "violation",
            "standard": "harassment",
            "actions": [{"type": "warning"}],
            "rationale": "Insults.",
        },
    ),
    (
        "post",
        "/api/v1/decisions/{decision_id}/approve",
        "moderation:write",
        "/api/v1/decisions/{decision}/approve",
        {"note": "Agreed."},
    ),
    (
        "post",
        "/api/v1/decisions/{decision_id}/reject",
        "moderation:write",
        "/api/v1/decisions/{decision}/reject",
        {"note": "No."},
    ),
    (
        "get",
        "/api/v1/{kind}/{owner_id}/settings",
        "settings:write",
        "/api/v1/accounts/acc-en/settings",
        None,
    ),
    (
        "patch",
        "/api/v1/{kind}/{owner_id}/settings",
        "settings:write",
        "/api/v1/accounts/acc-en/settings",
        {"waiting_room": False},
    ),
    (
        "post",
        "/api/v1/meetings/{meeting_id}/admission",
        "admission",
        f"/api/v1/meetings/{MEETING}/admission",
        {"participant": {"authenticated": False, "ip": "81.2.69.142", "name": "X"}},
    ),
    (
        "get",
        "/api/v1/meetings/{meeting_id}/live",
        "settings:write",
        f"/api/v1/meetings/{MEETING}/live",
        None,
    ),
    (
        "post",
        "/api/v1/meetings/{meeting_id}/live",
        "settings:write",
        f"/api/v1/meetings/{MEETING}/live",
        {"action": "waiting_room_off"},
    ),
    (
        "post",
        "/api/v1/detection/posts",
        "detection:write",
        "/api/v1/detection/posts",
        {"source": "feed", "posts": [{"id": "1", "text": "zoom.example/j/123"}]},
    ),
    ("get", "/api/v1/dsa/statements", "dsa:read", "/api/v1/dsa/statements", None),
    (
        "post",
        "/api/v1/legal/requests",
        "legal:submit",
        "/api/v1/legal/requests",
        {
            "agency": "Polismyndigheten",
            "country": "SE",
            "kind": "subpoena",
            "legal_basis": "Subpoena 26-1",
            "targets": [{"type": "account", "id": "acc-en"}],
            "data_requested": ["subscriber_info"],
            "due_at": STARTS,
        },
    ),
    (
        "post",
        "/api/v1/legal/requests/{request_id}/document",
        "legal:submit",
        "/api/v1/legal/requests/1/document",
        "FILE",
    ),
]
IDS = [f"{method.upper()} {template}" for method, template, *_rest in OPERATIONS]


@pytest.fixture
def world(english_account, swedish_account, make_meeting, make_event):
    """Account acc-en (the other account) with a meeting, an event, an open
    case and a case whose suspension awaits approval; acc-sv is the key's."""
    make_meeting(MEETING, english_account)
    make_event("ev-en", english_account)
    make_meeting("812345678", swedish_account)
    decider = make_key_holder("decider", tier=2)
    from tillit.cases.services.filing import submit_report
    from tillit.intake.services import ReporterIdentity, ReportInput

    def report(target_type, target_id):
        row, _ = submit_report(
            data=ReportInput(
                channel="web_form",
                category="harassment",
                description="Insults all through the meeting.",
                target_type=target_type,
                target_id=target_id,
                reporter=ReporterIdentity(email="r@example.org"),
            ),
            source="test",
        )
        return row

    open_report = report("meeting", MEETING)
    pending_report = report("event", "ev-en")
    claim_case(case_id=pending_report.case_id, reviewer=decider)
    decision = decide_case(
        case_id=pending_report.case_id,
        reviewer=decider,
        outcome="violation",
        standard="harassment",
        actions=[{"type": "suspend_account", "days": 7}],
        rationale="Insults.",
    )
    return {
        "report": open_report.pk,
        "case": open_report.case_id,
        "decision": decision.pk,
    }


def call(client, key, method, path, body):
    kwargs = {"HTTP_AUTHORIZATION": f"Bearer {key}"}
    if body == "FILE":
        upload = SimpleUploadedFile("chat.txt", b"You are all idiots.", "text/plain")
        return client.post(path, {"file": [upload]}, **kwargs)
    if body is not None:
        kwargs |= {"data": json.dumps(body), "content_type": "application/json"}
    return getattr(client, method)(path, **kwargs)


def snapshot() -> dict:
    """What a refused request must leave as it was."""
    return {
        "audit": AuditEvent.objects.count(),
        "account": Account.objects.filter(pk="acc-en").values().get(),
        "meeting": Meeting.objects.filter(pk=MEETING).values().get(),
        "event": Event.objects.filter(pk="ev-en").values().get(),
        "reports": Report.objects.count(),
        "cases": list(Case.objects.order_by("pk").values("state", "assignee_id")),
    }


def test_every_operation_declares_its_scope_in_this_table(client, db):
    schema = client.get("/api/openapi.json").json()
    in_schema = {
        (method, "/api/v1" + path.removeprefix("/api/v1"))
        for path, item in schema["paths"].items()
        for method in item
    }
    # The health check is the one operation open to any valid key (#12).
    assert in_schema - {("get", "/api/v1/health")} == {
        (m, t) for m, t, *_rest in OPERATIONS
    }
    assert {scope for _m, _t, scope, *_rest in OPERATIONS} <= set(ApiScope.values)


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("method", "template", "scope", "path", "body"), OPERATIONS, ids=IDS
)
def test_a_key_without_the_operations_scope_is_refused_and_changes_nothing(
    client, world, method, template, scope, path, body
):
    """A key with every scope but the one the operation needs gets 403 naming it."""
    _row, key = create_api_key(
        name="almost", scopes=[s for s in ApiScope.values if s != scope]
    )
    before = snapshot()
    response = call(client, key, method, path.format(**world), body)
    assert response.status_code == 403, response.content
    assert response.json()["code"] == "scope_missing"
    assert f"'{scope}'" in response.json()["message"]
    assert snapshot() == before


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("method", "template", "scope", "path", "body"), OPERATIONS, ids=IDS
)
def test_the_operations_scope_alone_lets_the_key_in(
    client, world, method, template, scope, path, body
):
    """The scope in the table is the one the operation checks."""
    make_key_holder("approver", tier=3)
    _row, key = create_api_key(name="just", scopes=[scope], staff="approver")
    response = call(client, key, method, path.format(**world), body)
    assert response.status_code not in (401, 403), response.content


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("method", "template", "scope", "path", "body"), OPERATIONS, ids=IDS
)
def test_a_key_limited_to_an_account_cannot_touch_another_account(
    client, world, method, template, scope, path, body
):
    """Every operation on account acc-en's objects, by a key of acc-sv that
    has every scope and acts as a tier III analyst, is 403 naming the account
    restriction and changes nothing."""
    make_key_holder("approver", tier=3)
    _row, key = create_api_key(
        name="acc-sv", scopes=ApiScope.values, account="acc-sv", staff="approver"
    )
    before = snapshot()
    response = call(client, key, method, path.format(**world), body)
    if template == "/api/v1/queues/{tier}":
        # A list is narrowed to the key's account rather than refused.
        assert response.status_code == 200
        assert response.json() == []
    elif template == "/api/v1/dsa/statements":
        # So is the DSA list: only the key's account's statements (#15).
        assert response.status_code == 200
        assert response.json()["count"] == 0
    elif template == "/api/v1/queues/{tier}/claim":
        # Claim next is narrowed too: acc-en's cases are not claimed.
        assert response.status_code == 204, response.content
    else:
        assert response.status_code == 403, response.content
        assert response.json()["code"] == "account_mismatch"
        assert "'acc-sv'" in response.json()["message"]
    assert snapshot() == before


@pytest.mark.django_db
def test_the_finding_another_accounts_owner_and_waiting_room_stay_as_they_were(
    client, english_account, swedish_account, make_meeting
):
    """#8 as found: a key changed another account's owner email and turned its
    waiting room off."""
    make_meeting(MEETING, english_account)
    _row, key = create_api_key(
        name="acc-sv", scopes=["directory:write", "settings:write"], account="acc-sv"
    )
    response = call(
        client,
        key,
        "put",
        "/api/v1/accounts/acc-en",
        {"name": "Acme Events", "owner_email": "attacker@evil.example"},
    )
    assert response.status_code == 403
    assert response.json() == {
        "code": "account_mismatch",
        "message": "This API key is limited to the account 'acc-sv' and may not "
        "read or change anything outside it.",
    }
    response = call(
        client,
        key,
        "patch",
        "/api/v1/accounts/acc-en/settings",
        {"waiting_room": False},
    )
    assert response.status_code == 403
    english_account.refresh_from_db()
    assert english_account.owner_email == "owner@acme.example"
    assert get_effective_settings(owner=f"meeting:{MEETING}")["waiting_room"].value

    # Its own account it may change.
    response = call(
        client,
        key,
        "put",
        "/api/v1/accounts/acc-sv",
        {"name": "Lunds Folkhögskola", "owner_email": "ny-rektor@skola.se"},
    )
    assert response.status_code == 200
    response = call(
        client,
        key,
        "patch",
        "/api/v1/accounts/acc-sv/settings",
        {"waiting_room": False},
    )
    assert response.status_code == 200
    assert response.json()["waiting_room"]["value"] is False


@pytest.mark.django_db
def test_a_key_limited_to_an_account_cannot_take_over_or_report_outside_it(
    client, english_account, swedish_account, make_meeting
):
    make_meeting(MEETING, english_account)
    _row, key = create_api_key(
        name="acc-sv", scopes=["directory:write", "reports:write"], account="acc-sv"
    )
    # Moving acc-en's meeting into acc-sv by naming its id is refused.
    response = call(
        client,
        key,
        "put",
        f"/api/v1/meetings/{MEETING}",
        {
            "account_id": "acc-sv",
            "host_email": "host@skola.se",
            "topic": "Mine now",
            "starts_at": STARTS,
        },
    )
    assert response.status_code == 403
    assert Meeting.objects.get(pk=MEETING).account_id == "acc-en"
    # A new meeting in its own account is fine, and it may report it.
    body = {
        "account_id": "acc-sv",
        "host_email": "host@skola.se",
        "topic": "Lektion",
        "starts_at": STARTS,
    }
    assert (
        call(client, key, "put", "/api/v1/meetings/71234567890", body).status_code
        == 201
    )
    report = {
        "channel": "in_meeting",
        "category": "disruption",
        "target": {"type": "meeting", "id": "71234567890"},
    }
    assert call(client, key, "post", "/api/v1/reports", report).status_code == 201
    # A target Tillit does not know may belong to anyone: refused.
    report["target"]["id"] = "55555555555"
    assert call(client, key, "post", "/api/v1/reports", report).status_code == 403
    assert Report.objects.count() == 1


@pytest.mark.django_db
def test_an_account_keys_queue_lists_its_own_cases_only(
    client, english_account, swedish_account, make_meeting, file_report
):
    make_meeting(MEETING, english_account)
    make_meeting("812345678", swedish_account)
    mine = file_report("812345678")
    file_report(MEETING)
    _row, key = create_api_key(name="acc-sv", scopes=["cases:read"], account="acc-sv")
    response = call(client, key, "get", "/api/v1/queues/1", None)
    assert [c["id"] for c in response.json()] == [mine.case_id]
    response = call(client, key, "get", f"/api/v1/cases/{mine.case_id}", None)
    assert response.status_code == 200


@pytest.mark.django_db
def test_a_staff_key_reads_only_the_tiers_its_person_reviews(
    client, swedish_account, make_meeting, file_report, analyst1
):
    make_meeting("812345678", swedish_account)
    case = Case.objects.get(
        pk=file_report("812345678", category="child_safety").case_id
    )
    assert case.tier == 3
    _row, key = create_api_key(name="t1", scopes=["cases:read"], staff="tier1")
    response = call(client, key, "get", f"/api/v1/cases/{case.pk}", None)
    assert response.status_code == 403
    assert response.json()["code"] == "tier_forbidden"
    response = call(client, key, "get", "/api/v1/queues/3", None)
    assert response.status_code == 403
    assert call(client, key, "get", "/api/v1/queues/1", None).status_code == 200


@pytest.mark.django_db
def test_a_staff_key_stops_when_its_person_leaves(client, analyst2):
    _row, key = create_api_key(name="t2", scopes=["cases:read"], staff="tier2")
    assert call(client, key, "get", "/api/v1/queues/1", None).status_code == 200
    analyst2.is_active = False
    analyst2.save(update_fields=["is_active"])
    response = call(client, key, "get", "/api/v1/queues/1", None)
    assert response.status_code == 403
    assert response.json()["code"] == "staff_inactive"


@pytest.mark.django_db
def test_settings_changed_by_a_staff_key_are_audited_as_that_person(
    client, swedish_account, analyst2
):
    _row, key = create_api_key(name="t2", scopes=["settings:write"], staff="tier2")
    response = call(
        client, key, "patch", "/api/v1/accounts/acc-sv/settings", {"chat": "off"}
    )
    assert response.status_code == 200
    event = AuditEvent.objects.get(verb="safety.settings_changed")
    assert event.actor == analyst2
    assert event.source == "api:t2"


@pytest.mark.django_db
def test_reporting_from_the_live_panel_also_needs_reports_write(
    client, swedish_account, make_meeting
):
    """The panel's "report" files a report: settings:write alone is not enough."""
    make_meeting("812345678", swedish_account)
    body = {"action": "report", "key": "name:Troll@81.2.69.142", "category": "hate"}
    path = "/api/v1/meetings/812345678/live"
    _row, key = create_api_key(name="panel", scopes=["settings:write"])
    response = call(client, key, "post", path, body)
    assert response.status_code == 403
    assert "'reports:write'" in response.json()["message"]
    assert not Report.objects.exists()
    _row, key = create_api_key(
        name="panel+reports", scopes=["settings:write", "reports:write"]
    )
    assert call(client, key, "post", path, body).status_code == 200
    assert Report.objects.get().channel == "in_meeting"

"""Moderation over the API (#9): a staff-bound key claims, decides and approves
through the console's services, with its person's tier and the two-person rule."""

import json

import pytest

from tests.helpers import make_key_holder
from tillit.cases.models import Case, Decision
from tillit.core.apikeys import create_api_key
from tillit.core.models import AuditEvent, OutboxMessage
from tillit.enforcement.models import EnforcementAction

SUSPENSION = {
    "outcome": "violation",
    "standard": "harassment",
    "actions": [{"type": "suspend_account", "days": 7}],
    "rationale": "Slurs at the students all through the lesson.",
}


class Moderator:
    """An API client with a moderation key bound to one staff member."""

    def __init__(self, client, username, **key_options):
        _row, self.key = create_api_key(
            name=username,
            scopes=["moderation:write", "cases:read"],
            staff=username,
            **key_options,
        )
        self.client = client

    def post(self, path, body=None):
        return self.client.post(
            path,
            data=json.dumps(body) if body is not None else "",
            content_type="application/json",
            HTTP_AUTHORIZATION=f"Bearer {self.key}",
        )

    def claim(self, case_id):
        return self.post(f"/api/v1/cases/{case_id}/claim")

    def decide(self, case_id, body):
        return self.post(f"/api/v1/cases/{case_id}/decisions", body)

    def approve(self, decision_id, note=""):
        return self.post(f"/api/v1/decisions/{decision_id}/approve", {"note": note})


@pytest.fixture
def case(swedish_account, make_meeting, file_report):
    make_meeting("812345678", swedish_account)
    report = file_report("812345678", email="elev@skola.se", language="sv")
    return Case.objects.get(pk=report.case_id)


@pytest.fixture
def decider(client, db):
    make_key_holder("decider", tier=2)
    return Moderator(client, "decider")


@pytest.fixture
def approver(client, db):
    make_key_holder("approver", tier=3)
    return Moderator(client, "approver")


@pytest.mark.django_db
def test_claim_then_a_non_adverse_decision_is_in_force_at_once(decider, case):
    response = decider.claim(case.pk)
    assert response.status_code == 200, response.content
    assert response.json()["state"] == "claimed"
    assert response.json()["lease_expires_at"]
    case.refresh_from_db()
    assert case.assignee.username == "decider"

    response = decider.decide(
        case.pk,
        {
            "outcome": "no_violation",
            "standard": "harassment",
            "rationale": "Friendly banter between classmates.",
        },
    )
    assert response.status_code == 201, response.content
    body = response.json()
    assert body["status"] == "in_force"
    assert body["outcome"] == "no_violation"
    assert body["actions"] == [{"type": "none"}]
    case.refresh_from_db()
    assert case.state == Case.State.DECIDED
    decision = Decision.objects.get(pk=body["id"])
    assert decision.decided_by.username == "decider"
    assert AuditEvent.objects.get(verb="decision.made").actor == decision.decided_by


@pytest.mark.django_db
def test_a_suspension_waits_for_a_second_staff_member_then_comes_into_force(
    client, decider, approver, case, deliver, webhook_receiver
):
    decider.claim(case.pk)
    response = decider.decide(case.pk, SUSPENSION)
    assert response.status_code == 201, response.content
    decision_id = response.json()["id"]
    assert response.json()["status"] == "pending_approval"
    assert not EnforcementAction.objects.exists()

    # The two-person rule: not the analyst who decided ...
    response = decider.approve(decision_id)
    assert response.status_code == 403
    assert response.json()["code"] == "self_approval"
    # ... and not a tier I analyst.
    make_key_holder("junior", tier=1)
    response = Moderator(client, "junior").approve(decision_id)
    assert response.status_code == 403
    assert response.json()["code"] == "approver_tier_too_low"
    assert Decision.objects.get(pk=decision_id).status == "pending_approval"
    assert not OutboxMessage.objects.filter(kind="webhook").exists()

    response = approver.approve(decision_id, note="Agreed: repeated slurs.")
    assert response.status_code == 200, response.content
    assert response.json()["status"] == "in_force"
    assert response.json()["approved_at"]
    decision = Decision.objects.get(pk=decision_id)
    assert decision.approved_by.username == "approver"
    assert decision.approval_note == "Agreed: repeated slurs."
    action = EnforcementAction.objects.get()
    assert (action.kind, action.days) == ("suspend_account", 7)
    webhook = OutboxMessage.objects.get(kind="webhook")
    assert webhook.payload["body"]["data"]["decision_id"] == decision_id

    mail = deliver()
    statement = next(m for m in mail if "rektor@skola.se" in m.to)
    assert "stängde av kontot i 7 dagar" in statement.body
    assert "Slurs at the students" in statement.body
    ((_headers, sent),) = webhook_receiver.received
    assert json.loads(sent)["data"]["action"] == "suspend_account"


@pytest.mark.django_db
def test_a_key_bound_to_no_one_cannot_moderate(client, api_key, case):
    """The platform key has every scope but acts as nobody."""
    response = client.post(
        f"/api/v1/cases/{case.pk}/claim", HTTP_AUTHORIZATION=f"Bearer {api_key}"
    )
    assert response.status_code == 403
    assert response.json()["code"] == "staff_key_required"
    assert "--staff USERNAME" in response.json()["message"]
    case.refresh_from_db()
    assert case.state == Case.State.OPEN


@pytest.mark.django_db
def test_a_staff_key_without_moderation_scope_cannot_moderate(client, analyst2, case):
    _row, key = create_api_key(name="reader", scopes=["cases:read"], staff="tier2")
    response = client.post(
        f"/api/v1/cases/{case.pk}/claim", HTTP_AUTHORIZATION=f"Bearer {key}"
    )
    assert response.status_code == 403
    assert response.json()["code"] == "scope_missing"
    assert "'moderation:write'" in response.json()["message"]


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("change", "field", "message"),
    [
        ({"standard": "jaywalking"}, "standard", "Choose a standard"),
        ({"outcome": "guilty"}, "outcome", "Input should be"),
        ({"actions": [{"type": "ban_forever"}]}, "actions.0.type", "Input should be"),
        (
            {"actions": [{"type": "suspend_account", "days": 0}]},
            "actions",
            "days between 1 and 365",
        ),
        (
            {"actions": [{"type": "suspend_account", "days": 366}]},
            "actions",
            "days between 1 and 365",
        ),
        (
            {"actions": [{"type": "suspend_account"}]},
            "actions",
            "days between 1 and 365",
        ),
        (
            {"outcome": "no_violation", "actions": [{"type": "warning"}]},
            "actions",
            "No violation means no action",
        ),
        ({"rationale": "   "}, "rationale", "Write the rationale"),
        ({"rationale": None}, "rationale", "Field required"),
        ({"rationale": "x" * 5001}, "rationale", "at most 5000 characters"),
        ({"extra": "field"}, "extra", "Extra inputs are not permitted"),
        ({"standard": "hate\x00"}, "standard", "String should match pattern"),
        ({"rationale": "Slurs\x00"}, "rationale", "Remove the NUL character"),
        (
            {"actions": [{"type": "warning"}] * 8},
            "actions",
            "List should have at most 7 items",
        ),
    ],
)
def test_a_bad_decision_is_422_naming_the_field_and_changes_nothing(
    decider, case, change, field, message
):
    decider.claim(case.pk)
    body = {**SUSPENSION, **change}
    if body.get("rationale") is None:
        body.pop("rationale", None)
    audit = AuditEvent.objects.count()
    response = decider.decide(case.pk, body)
    assert response.status_code == 422, response.content
    errors = response.json()["fields"][field]
    assert any(message in e for e in errors), errors
    assert not Decision.objects.exists()
    case.refresh_from_db()
    assert case.state == Case.State.CLAIMED
    assert AuditEvent.objects.count() == audit


@pytest.mark.django_db
def test_deciding_a_case_the_key_does_not_hold_is_409(decider, approver, case):
    response = decider.decide(case.pk, SUSPENSION)
    assert response.status_code == 409
    assert response.json()["code"] == "not_case_holder"
    approver.claim(case.pk)
    response = decider.decide(case.pk, SUSPENSION)
    assert response.status_code == 409
    assert not Decision.objects.exists()
    case.refresh_from_db()
    assert case.assignee.username == "approver"


@pytest.mark.django_db
def test_a_tier_i_key_cannot_claim_or_decide_a_tier_iii_case(
    client, swedish_account, make_meeting, file_report
):
    make_meeting("812345678", swedish_account)
    case_id = file_report("812345678", category="child_safety").case_id
    make_key_holder("junior", tier=1)
    junior = Moderator(client, "junior")
    response = junior.claim(case_id)
    assert response.status_code == 403
    assert response.json()["code"] == "tier_forbidden"
    response = junior.decide(case_id, SUSPENSION)
    assert response.status_code == 403
    assert Case.objects.get(pk=case_id).state == Case.State.OPEN
    assert not Decision.objects.exists()


@pytest.mark.django_db
def test_claiming_an_unknown_case_is_404(decider):
    response = decider.claim(999999)
    assert response.status_code == 404
    assert response.json()["code"] == "case_not_found"


@pytest.mark.django_db
def test_a_rejected_decision_sends_the_case_back_to_its_queue(decider, approver, case):
    decider.claim(case.pk)
    decision_id = decider.decide(case.pk, SUSPENSION).json()["id"]
    response = approver.post(f"/api/v1/decisions/{decision_id}/reject", {"note": ""})
    assert response.status_code == 422
    assert Decision.objects.get(pk=decision_id).status == "pending_approval"
    response = approver.post(
        f"/api/v1/decisions/{decision_id}/reject", {"note": "Banter, not slurs."}
    )
    assert response.status_code == 200, response.content
    assert response.json()["status"] == "rejected"
    case.refresh_from_db()
    assert case.state == Case.State.OPEN
    assert not EnforcementAction.objects.exists()


@pytest.mark.django_db
def test_an_approval_needs_no_body(decider, approver, case):
    decider.claim(case.pk)
    decision_id = decider.decide(case.pk, SUSPENSION).json()["id"]
    response = approver.post(f"/api/v1/decisions/{decision_id}/approve")
    assert response.status_code == 200, response.content
    assert response.json()["status"] == "in_force"
    response = approver.post(f"/api/v1/decisions/{decision_id}/approve")
    assert response.status_code == 409
    assert response.json()["code"] == "decision_not_pending"

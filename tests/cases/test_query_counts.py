"""What a report and a claim cost in statements (#12), pinned so that the hot
paths cannot grow back. Counted inside the test's transaction: the service's
own transaction shows as a SAVEPOINT and its RELEASE (2 statements), where in
production it is BEGIN and COMMIT."""

import pytest

from tillit.cases.models import Case
from tillit.cases.services.claims import claim_case, claim_next_case
from tillit.intake.models import Report, Reporter

MEETING = "123456789"
REPORT = {
    "channel": "in_meeting",
    "category": "harassment",
    "description": "They shouted slurs in the chat.",
    "target": {"type": "meeting", "id": MEETING},
}


@pytest.fixture
def open_case(api, english_account, make_meeting):
    make_meeting(MEETING, english_account)
    response = api.post("/api/v1/reports", {**REPORT, "reporter": {"email": "a@x.org"}})
    assert response.status_code == 201
    return Case.objects.get()


def _file(api, reporter: dict) -> dict:
    response = api.post("/api/v1/reports", {**REPORT, "reporter": reporter})
    assert response.status_code == 201, response.content
    return response.json()


@pytest.mark.django_db
def test_an_anonymous_report_joining_an_open_case(
    api, open_case, django_assert_max_num_queries
):
    # The key, both rate limits in one upsert, the standard, the meeting, the
    # case locked, the report, the case's reports and reporters counted in one
    # grouped query, the case updated, the audit event; the transaction's two.
    # (#11 left it at 15: get_or_create's savepoint, four counting queries.)
    with django_assert_max_num_queries(11):
        body = _file(api, {})
    assert body["case_id"] == open_case.pk
    open_case.refresh_from_db()
    assert (open_case.report_count, open_case.reporter_count) == (2, 2)


@pytest.mark.django_db
def test_a_known_reporter_joining_an_open_case(
    api, open_case, django_assert_max_num_queries
):
    # As above, plus the reporter, their daily mail allowance, and the
    # acknowledgement in the outbox (its delivery task is queued on commit).
    with django_assert_max_num_queries(14):
        body = _file(api, {"email": "a@x.org"})
    assert body["case_id"] == open_case.pk
    open_case.refresh_from_db()
    assert (open_case.report_count, open_case.reporter_count) == (2, 1)


@pytest.mark.django_db
def test_a_new_reporter_joining_an_open_case(
    api, open_case, django_assert_max_num_queries
):
    # One more: the new reporter's row, inserted without a savepoint.
    with django_assert_max_num_queries(15):
        body = _file(api, {"email": "new@x.org"})
    assert body["case_id"] == open_case.pk
    assert Reporter.objects.filter(key="email:new@x.org").count() == 1
    assert Report.objects.filter(reporter__key="email:new@x.org").count() == 1
    open_case.refresh_from_db()
    assert (open_case.report_count, open_case.reporter_count) == (2, 2)


@pytest.mark.django_db
def test_claiming_the_next_case(analyst1, open_case, django_assert_max_num_queries):
    # The queue's first case picked, locked and claimed in one UPDATE, audited;
    # the transaction's two. (Lapsed claims are the worker's sweep.)
    with django_assert_max_num_queries(4):
        case = claim_next_case(reviewer=analyst1, tier=open_case.tier)
    assert case.pk == open_case.pk
    case.refresh_from_db()
    assert (case.state, case.assignee_id) == (Case.State.CLAIMED, analyst1.pk)


@pytest.mark.django_db
def test_claiming_a_case_by_id(analyst1, open_case, django_assert_max_num_queries):
    # The case locked, claimed, audited; the transaction's two.
    with django_assert_max_num_queries(5):
        claim_case(case_id=open_case.pk, reviewer=analyst1)
    open_case.refresh_from_db()
    assert (open_case.state, open_case.assignee_id) == (
        Case.State.CLAIMED,
        analyst1.pk,
    )

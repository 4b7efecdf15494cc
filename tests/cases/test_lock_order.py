"""Services that meet on the same rows lock them in one order
(docs/architecture.md, "Lock order", #12): they wait for each other, one
after the other, and never deadlock.

Each test runs a pair of services at once, many rounds, on fresh rows each
round. Where the two lock the same two reporters, a third transaction (the
Gate) holds those rows until both wait, then lets them go one at a time, so
that two services which took the rows in opposite orders deadlock in the
rounds where PostgreSQL hands them the rows so, rather than once in many
thousands of runs (a multi-row lock takes its rows within microseconds).

Every thread has its own connection, whose waits for a lock give up after a
few seconds, so a wait that never ends fails the test instead of hanging the
suite; PostgreSQL breaks a deadlock itself after its deadlock_timeout (1 s)
by failing one of the two with DeadlockDetected.
"""

import threading
import time
from itertools import count

import pytest
from django.db import connection, transaction

from tests.helpers import fire_at_once
from tillit.appeals.models import Appeal
from tillit.appeals.services import file_appeal, vote_on_appeal
from tillit.cases.errors import CaseAlreadyDecided
from tillit.cases.links import appeal_url
from tillit.cases.models import Case, Decision
from tillit.cases.services.claims import claim_case
from tillit.cases.services.decisions import decide_case
from tillit.core.models import Role
from tillit.intake.models import Reporter
from tillit.intake.services import mark_reporter_bad_faith

pytestmark = [
    pytest.mark.postgres(
        reason="SQLite runs one writer at a time: its transactions cannot interleave"
    ),
    pytest.mark.django_db(transaction=True),
]

ROUNDS = 20
LOCK_TIMEOUT = "5s"
_serial = count(1)


def together(*calls):
    """Run the calls at once, each in its own thread and connection; return
    their results in the calls' order, and the errors."""
    results = [None] * len(calls)

    def timed(i, call):
        def run():
            with connection.cursor() as cursor:
                cursor.execute(f"SET lock_timeout = '{LOCK_TIMEOUT}'")
            results[i] = call()

        return run

    _done, errors = fire_at_once([timed(i, call) for i, call in enumerate(calls)])
    return results, errors


class Gate:
    """Holds two reporters' rows from before the services reach them. Once
    both services wait, it lets go of the lower id, gives the service that
    wanted it first the time to take it and wait for the higher one, then
    lets go of that: two services that took the rows in opposite orders
    now hold one each and wait for the other's."""

    def __init__(self, emails: list[str]):
        self.emails, self.held = emails, threading.Event()

    def hold(self) -> None:
        lower, higher = Reporter.objects.filter(email__in=self.emails).order_by("pk")
        with transaction.atomic():
            _lock(higher)
            # Row locks taken after a savepoint go when it is rolled back.
            savepoint = transaction.savepoint_create()
            _lock(lower)
            self.held.set()
            _wait_until_waiting(2)
            transaction.savepoint_rollback(savepoint)
            time.sleep(0.05)

    def then(self, call):
        def after_hold():
            assert self.held.wait(10), "the gate did not lock the reporters"
            return call()

        return after_hold


def _lock(reporter: Reporter) -> None:
    Reporter.objects.select_for_update(no_key=True).filter(pk=reporter.pk).get()


def _wait_until_waiting(waiters: int) -> None:
    with connection.cursor() as cursor:
        for _poll in range(2000):
            # A transaction keeps its first look at pg_stat_activity: drop it.
            cursor.execute("SELECT pg_stat_clear_snapshot()")
            cursor.execute(
                "SELECT count(*) FROM pg_stat_activity "
                "WHERE datname = current_database() AND wait_event_type = 'Lock'"
            )
            if cursor.fetchone()[0] >= waiters:
                return
            time.sleep(0.005)
    raise AssertionError(f"fewer than {waiters} transactions waited for a lock")


@pytest.fixture
def reported_case(english_account, make_meeting, file_report):
    """A new meeting's case, reported by these addresses in this order."""

    def make(emails: list[str]) -> Case:
        meeting = make_meeting(f"95{next(_serial):07d}", english_account)
        for email in emails:
            case = file_report(meeting.pk, email=email).case
        return case

    return make


@pytest.fixture
def decided_appeal(reported_case, make_staff, panel):
    """make(emails): a warning in force on a case these addresses reported,
    appealed by the owner, with a first vote to overturn; return the appeal
    and the two members still to vote."""
    analyst = make_staff("appealed_analyst", tier=3)

    def make(emails: list[str]) -> tuple[Appeal, list]:
        case = reported_case(emails)
        claim_case(case_id=case.pk, reviewer=analyst)
        decision = decide(case, analyst)()
        url = appeal_url(decision, appellant="owner", email="owner@acme.example")
        appeal = file_appeal(
            token=url.rstrip("/").rsplit("/", 1)[1], statement="Not us."
        )
        first, *rest = [s.member.user for s in appeal.seats.select_related("member")]
        vote_on_appeal(
            appeal_id=appeal.pk, member_user=first, vote="overturned", reasons="No."
        )
        return appeal, rest

    return make


def decide(case: Case, reviewer):
    def call() -> Decision:
        return decide_case(
            case_id=case.pk,
            reviewer=reviewer,
            outcome="violation",
            standard="harassment",
            actions=[{"type": "warning"}],
            rationale="Disrupted the meeting.",
        )

    return call


def overturn(appeal: Appeal, member):
    def call() -> Appeal:
        return vote_on_appeal(
            appeal_id=appeal.pk,
            member_user=member,
            vote="overturned",
            reasons="Agreed.",
        )

    return call


def addresses(n: int, how_many: int = 2) -> list[str]:
    return [f"lock{n}-{i}@example.org" for i in range(how_many)]


def records(emails: list[str]) -> list[tuple]:
    return list(
        Reporter.objects.filter(email__in=emails)
        .order_by("pk")
        .values_list("upheld_count", "not_upheld_count", "bad_faith")
    )


def test_a_decision_and_bad_faith_flags_on_its_reporters(reported_case, make_staff):
    """Deciding a case counts its reporters' records (`_learn_from`) while a
    lead flags each of them (`mark_reporter_bad_faith`): all of it lands."""
    analyst, lead = make_staff("decider", tier=3), make_staff("lead", tier=2)
    for n in range(ROUNDS):
        emails = addresses(n, 3)
        case = reported_case(emails)
        claim_case(case_id=case.pk, reviewer=analyst)
        ids = sorted(
            Reporter.objects.filter(email__in=emails).values_list("pk", flat=True)
        )
        flags = [
            lambda pk=pk: mark_reporter_bad_faith(
                reporter_id=pk, actor=lead, reason="Files in bad faith."
            )
            for pk in reversed(ids)
        ]
        (decision, *flagged), errors = together(decide(case, analyst), *flags)

        assert errors == [], f"round {n}"
        assert decision.status == Decision.Status.IN_FORCE
        assert sorted(r.pk for r in flagged) == ids
        assert records(emails) == [(1, 0, True)] * 3, f"round {n}"


def test_two_decisions_on_cases_that_share_reporters_in_opposite_orders(
    reported_case, make_staff
):
    """Two cases reported by the same two people, one case's reports in the
    other's reverse order, decided at once: both count both reporters. (Before
    #12 the reporters came out of PostgreSQL in an order that followed the
    case's reports, so the two decisions could each hold one and wait for the
    other.)"""
    first_analyst, second_analyst = make_staff("a", tier=3), make_staff("b", tier=3)
    for n in range(ROUNDS):
        emails = addresses(n)
        first, second = reported_case(emails), reported_case(emails[::-1])
        claim_case(case_id=first.pk, reviewer=first_analyst)
        claim_case(case_id=second.pk, reviewer=second_analyst)
        gate = Gate(emails)
        (_gate, *decisions), errors = together(
            gate.hold,
            gate.then(decide(first, first_analyst)),
            gate.then(decide(second, second_analyst)),
        )

        assert errors == [], f"round {n}"
        assert [d.case_id for d in decisions] == [first.pk, second.pk]
        assert records(emails) == [(2, 0, False)] * 2, f"round {n}"


def test_the_panels_outcome_and_a_claim_of_the_appeals_case(decided_appeal, make_staff):
    """The deciding vote closes the appeal's case (`close_appeal_case`) while a
    panel member claims that case: the claim comes first and the vote then
    closes it, or the vote comes first and the claim is told it is decided."""
    claimer = make_staff("claimer", role=Role.APPEALS_PANEL, tier=4)
    for n in range(ROUNDS):
        emails = addresses(n, 1)
        appeal, (second, _third) = decided_appeal(emails)
        appeal_case = Case.objects.get(
            target_type="decision", target_id=str(appeal.decision_id)
        )

        def claim(case_id=appeal_case.pk):
            try:
                return claim_case(case_id=case_id, reviewer=claimer).state
            except CaseAlreadyDecided:
                return "already decided"

        (voted, claimed), errors = together(overturn(appeal, second), claim)

        assert errors == [], f"round {n}"
        assert (voted.status, voted.outcome) == ("decided", "overturned")
        assert claimed in (Case.State.CLAIMED, "already decided")
        appeal_case.refresh_from_db()
        assert appeal_case.state == Case.State.DECIDED
        decision = Decision.objects.get(pk=appeal.decision_id)
        assert decision.status == Decision.Status.OVERTURNED
        assert records(emails) == [(0, 1, False)], f"round {n}"


def test_an_overturn_and_a_decision_on_another_case_of_the_same_reporters(
    decided_appeal, reported_case, make_staff
):
    """The panel overturns a decision (correcting its reporters' records)
    while another case the same people reported, in the other order, is
    decided: both corrections and both counts land."""
    analyst = make_staff("second_case_analyst", tier=3)
    for n in range(ROUNDS):
        emails = addresses(n)
        appeal, (second, _third) = decided_appeal(emails)
        other = reported_case(emails[::-1])
        claim_case(case_id=other.pk, reviewer=analyst)

        gate = Gate(emails)
        (_gate, voted, decision), errors = together(
            gate.hold,
            gate.then(overturn(appeal, second)),
            gate.then(decide(other, analyst)),
        )

        assert errors == [], f"round {n}"
        assert (voted.status, voted.outcome) == ("decided", "overturned")
        assert decision.status == Decision.Status.IN_FORCE
        # Upheld once, overturned (now "not upheld"), then upheld again.
        assert records(emails) == [(1, 1, False)] * 2, f"round {n}"

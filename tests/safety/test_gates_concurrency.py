"""Lock-outs under failures that arrive at once (#12), as from many web
processes: PostgreSQL only, each thread with its own connection, with and
without the shared cache."""

import pytest

from tests.helpers import fire_at_once
from tillit.core.errors import NotFound
from tillit.core.models import AuditEvent
from tillit.safety.errors import LockedOut
from tillit.safety.models import FailureCounter
from tillit.safety.services.admission import (
    PASSCODE_LIMIT,
    WARDIAL_LIMIT,
    admit_participant,
)
from tillit.safety.services.gates import ready_admission_cache
from tillit.safety.services.settings import update_settings

pytestmark = [pytest.mark.postgres, pytest.mark.django_db(transaction=True)]

MEETING, ATTACKER, GUEST = "812345678", "8.8.8.8", "194.68.0.1"


@pytest.fixture(params=[False, True], ids=["database", "shared-cache"])
def meeting(request, make_meeting, swedish_account):
    if request.param:
        request.getfixturevalue("shared_cache")
        ready_admission_cache()
    m = make_meeting(MEETING, swedish_account)
    update_settings(
        owner=f"meeting:{MEETING}",
        changes={"passcode": "Kx7pQ2", "waiting_room": False},
        source="test",
    )
    return m


def attempt(*, meeting_id=MEETING, passcode="nope12", ip=ATTACKER):
    def call():
        return admit_participant(
            meeting_id=meeting_id,
            participant={"authenticated": False, "ip": ip, "name": "x"},
            passcode=passcode,
            source="test",
        ).reason

    return call


def test_wrong_passcodes_at_once_lock_out_after_exactly_the_limit(meeting):
    results, errors = fire_at_once([attempt() for _ in range(3 * PASSCODE_LIMIT)])

    assert results == ["wrong_passcode"] * PASSCODE_LIMIT
    assert len(errors) == 2 * PASSCODE_LIMIT
    assert all(isinstance(e, LockedOut) for e in errors), errors
    counter = FailureCounter.objects.get(key=f"passcode:{MEETING}:{ATTACKER}")
    assert counter.count == PASSCODE_LIMIT and counter.locked_until is not None
    assert AuditEvent.objects.filter(verb="safety.locked_out").count() == 1
    with pytest.raises(LockedOut):
        attempt(passcode="Kx7pQ2")()
    assert attempt(passcode="Kx7pQ2", ip=GUEST)() == "admitted"


def test_war_dialling_at_once_locks_out_after_exactly_the_limit(meeting):
    calls = [attempt(meeting_id=f"9{i:09d}") for i in range(WARDIAL_LIMIT + 10)]

    results, errors = fire_at_once(calls)

    assert results == []
    found = sorted(type(e).__name__ for e in errors)
    # The failure that reaches the limit answers the lock-out itself.
    assert found.count("NotFound") == WARDIAL_LIMIT - 1
    assert found.count("LockedOut") == 11
    assert FailureCounter.objects.get(key=f"wardial:{ATTACKER}").count == WARDIAL_LIMIT
    with pytest.raises(LockedOut):
        attempt(passcode="Kx7pQ2")()  # a real meeting too, from that address
    with pytest.raises(NotFound):
        attempt(meeting_id="999999999", ip=GUEST)()

"""Admission from the meeting's gate (#12): what a decision costs, with and
without the shared cache, and that every change reaches the gate in time."""

import pytest
from django.conf import settings
from django.core.management import call_command
from django.utils import timezone

from tillit.core.errors import NotFound
from tillit.directory.models import Group, PlatformUser
from tillit.directory.services import upsert_meeting, upsert_platform_user
from tillit.safety import cache as gate_cache
from tillit.safety import resolve as toolkit
from tillit.safety.errors import LockedOut
from tillit.safety.models import FailureCounter, LiveParticipant, ResolvedMeeting
from tillit.safety.selectors import get_effective_settings
from tillit.safety.services.admission import admit_participant, participant_key
from tillit.safety.services.gates import (
    gate_of,
    ready_admission_cache,
    refresh_gates,
)
from tillit.safety.services.joins import flush_joins
from tillit.safety.services.live import lock_meeting, remove_participant
from tillit.safety.services.settings import update_settings

MEETING, SWEDEN, DUTCH = "812345678", "194.68.0.1", "193.0.6.139"


@pytest.fixture
def meeting(make_meeting, swedish_account):
    m = make_meeting(MEETING, swedish_account)
    update_settings(
        owner=f"meeting:{MEETING}",
        changes={"passcode": "Kx7pQ2", "waiting_room": False},
        source="test",
    )
    return m


def admit(*, ip=SWEDEN, passcode="Kx7pQ2", meeting_id=MEETING, **participant):
    return admit_participant(
        meeting_id=meeting_id,
        participant={"authenticated": False, "ip": ip, "name": "Guest", **participant},
        passcode=passcode,
        source="test",
    )


def run_worker():
    call_command(
        "worker", "run", "--batch", "--no-startup-delay", "--no-reload", verbosity=0
    )


# --- What a decision costs ---------------------------------------------------


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("changes", "participant", "reason"),
    [
        ({}, {}, "admitted"),
        ({"waiting_room": True}, {}, "waiting_room"),
        ({"waiting_room": True}, {"email": "host@skola.se"}, "host"),
    ],
)
def test_common_admission_reads_the_database_once(
    meeting, write_behind, django_assert_max_num_queries, changes, participant, reason
):
    """An allowed participant at a known meeting: one query, the gate with the
    address's lock-outs; the join is written behind, with the next flush."""
    update_settings(owner=f"meeting:{MEETING}", changes=changes, source="test")
    with django_assert_max_num_queries(1):
        result = admit(**participant)
    assert result.reason == reason
    assert not LiveParticipant.objects.exists()
    assert flush_joins() == 1
    joined = LiveParticipant.objects.get()
    assert joined.state == ("waiting" if reason == "waiting_room" else "joined")


@pytest.mark.django_db
def test_admission_over_http_costs_the_key_and_the_gate(
    api, meeting, write_behind, django_assert_max_num_queries
):
    body = {"participant": {"authenticated": False, "ip": SWEDEN}, "passcode": "Kx7pQ2"}
    with django_assert_max_num_queries(2):
        response = api.post(f"/api/v1/meetings/{MEETING}/admission", body)
    assert response.json()["decision"] == "admit"


@pytest.mark.django_db
def test_warm_admission_reads_no_database(
    meeting, shared_cache, write_behind, django_assert_num_queries
):
    assert ready_admission_cache() is True
    assert admit().decision == "admit"  # from the database, then cached
    with django_assert_num_queries(0):
        assert admit(ip=DUTCH, name="Other").decision == "admit"
        assert admit(email="host@skola.se").reason == "host"


@pytest.mark.django_db
def test_a_cache_not_ready_or_not_there_leaves_admission_to_the_database(
    meeting, shared_cache, settings, django_assert_max_num_queries
):  # noqa: F811
    """Until the worker has copied the lock-outs in, no gate is taken from the
    cache; a Redis that does not answer is passed by."""
    admit()
    with django_assert_max_num_queries(2):  # the gate, and the join
        assert admit().decision == "admit"
    settings.TILLIT = {**settings.TILLIT, "CACHE_URL": "redis://127.0.0.1:1/0"}
    with django_assert_max_num_queries(2):
        assert admit().decision == "admit"


@pytest.mark.django_db
def test_a_meeting_without_a_gate_gets_one_on_its_first_admission(meeting):
    """Meetings synced before #12 have none; the first admission builds it."""
    lock_meeting(meeting_id=MEETING, locked=True, source="test")
    ResolvedMeeting.objects.all().delete()
    assert admit().reason == "meeting_locked"
    gate = ResolvedMeeting.objects.get(pk=MEETING)
    assert gate.locked and gate.settings["passcode"] == "Kx7pQ2"


# --- Live actions and lock-outs take effect at once --------------------------


@pytest.mark.django_db
def test_a_live_lock_takes_effect_at_once_on_a_warm_cache(
    meeting,
    shared_cache,
    write_behind,
    django_assert_num_queries,
    django_capture_on_commit_callbacks,
):
    ready_admission_cache()
    admit()
    with django_capture_on_commit_callbacks(execute=True):
        lock_meeting(meeting_id=MEETING, locked=True, source="test")
    with django_assert_num_queries(0):
        assert admit(ip=DUTCH).reason == "meeting_locked"
    with django_capture_on_commit_callbacks(execute=True):
        lock_meeting(meeting_id=MEETING, locked=False, source="test")
    with django_assert_num_queries(0):
        assert admit(ip=DUTCH).reason == "admitted"


@pytest.mark.django_db
def test_a_removal_takes_effect_at_once_on_a_warm_cache(
    meeting,
    shared_cache,
    write_behind,
    django_assert_num_queries,
    django_capture_on_commit_callbacks,
):
    ready_admission_cache()
    assert admit(email="troll@example.org").decision == "admit"
    key = participant_key({"email": "troll@example.org"})
    with django_capture_on_commit_callbacks(execute=True):
        remove_participant(meeting_id=MEETING, key=key, source="test")
    with django_assert_num_queries(0):
        assert admit(email="troll@example.org").reason == "removed"


@pytest.mark.django_db
def test_a_join_written_late_never_undoes_a_removal(meeting, write_behind):
    """The host removes someone whose join is still waiting to be written."""
    assert admit(email="troll@example.org").decision == "admit"
    key = participant_key({"email": "troll@example.org"})
    state = remove_participant(meeting_id=MEETING, key=key, source="test")
    assert flush_joins() == 1
    assert LiveParticipant.objects.get(key=key).state == "removed"
    assert state["removed"] == [key]
    assert admit(email="troll@example.org").reason == "removed"


@pytest.mark.django_db
def test_lockouts_are_seen_from_the_cache_and_survive_its_restart(
    meeting,
    shared_cache,
    django_assert_num_queries,
    django_assert_max_num_queries,
    django_capture_on_commit_callbacks,
):
    ready_admission_cache()
    with django_capture_on_commit_callbacks(execute=True):
        for _ in range(5):
            assert admit(passcode="nope12").reason == "wrong_passcode"
    with django_assert_num_queries(0), pytest.raises(LockedOut):
        admit()  # the right passcode, from the locked-out address
    # Redis restarted: empty, so not trusted until the worker has refilled it.
    for key in shared_cache.scan_iter(match=f"{shared_cache_prefix()}*"):
        shared_cache.delete(key)
    with django_assert_max_num_queries(1), pytest.raises(LockedOut):
        admit()
    assert ready_admission_cache() is True
    with django_assert_num_queries(0), pytest.raises(LockedOut):
        admit()
    assert admit(ip=DUTCH).decision == "admit"
    assert FailureCounter.objects.get(key=f"passcode:{MEETING}:{SWEDEN}").count == 5


def shared_cache_prefix() -> str:
    return settings.TILLIT["CACHE_PREFIX"]


@pytest.mark.django_db
def test_a_lockout_the_cache_missed_is_not_counted_past(meeting, shared_cache):
    """Should the cache lose a lock-out, a wrong guess still meets it in the
    database: refused, and not counted."""
    ready_admission_cache()
    for _ in range(5):
        admit(passcode="nope12")  # committed only in the test: never cached
    admit(ip=DUTCH)
    with pytest.raises(LockedOut):
        admit(passcode="nope13")
    assert FailureCounter.objects.get(key=f"passcode:{MEETING}:{SWEDEN}").count == 5


@pytest.mark.django_db
def test_bad_input_and_unknown_meetings_change_nothing_but_the_count(
    api, meeting, shared_cache
):
    ready_admission_cache()
    keys = set(shared_cache.scan_iter(match=f"{shared_cache_prefix()}*"))
    bad = {"participant": {"authenticated": False, "ip": "999.1.1.1"}}
    response = api.post(f"/api/v1/meetings/{MEETING}/admission", bad)
    assert response.status_code == 422
    assert "participant.ip" in response.json()["fields"]
    assert set(shared_cache.scan_iter(match=f"{shared_cache_prefix()}*")) == keys
    assert not FailureCounter.objects.exists()
    assert not LiveParticipant.objects.exists()
    with pytest.raises(NotFound):
        admit(meeting_id="123123123")
    assert FailureCounter.objects.get().key == f"wardial:{SWEDEN}"
    assert not ResolvedMeeting.objects.filter(pk="123123123").exists()


# --- Changes above the meeting -----------------------------------------------


@pytest.mark.django_db(transaction=True)
@pytest.mark.parametrize("cached", [False, True], ids=["database", "shared-cache"])
def test_an_account_change_reaches_the_meeting_once_the_worker_has_run(
    request, meeting, write_behind, django_assert_max_num_queries, cached
):
    """The real task on the real worker; with the shared cache, the rewritten
    gate is in the cache once the worker's transaction has committed."""
    if cached:
        request.getfixturevalue("shared_cache")
        ready_admission_cache()
    assert admit().decision == "admit"
    update_settings(
        owner="account:acc-sv",
        changes={"authenticated_only": True},
        lock=["authenticated_only"],
        source="test",
    )
    assert admit().decision == "admit"  # the worker has not run yet
    run_worker()
    with django_assert_max_num_queries(0 if cached else 1):
        assert admit().reason == "sign_in_required"
    assert admit(email="elev@skola.se", authenticated=True).decision == "admit"


@pytest.mark.django_db(transaction=True)
def test_directory_changes_reach_the_gate(meeting, swedish_account):
    """A new host at once, with the meeting's upsert; a host's group once the
    worker has run."""
    upsert_meeting(
        meeting_id=MEETING,
        account=swedish_account,
        host_email="larare@skola.se",
        topic=meeting.topic,
        starts_at=meeting.starts_at,
        duration_minutes=meeting.duration_minutes,
        context=meeting.context,
        is_public=False,
        source="test",
    )
    assert admit(email="larare@skola.se").reason == "host"
    assert admit(email="host@skola.se").reason == "admitted"
    teacher, _created = upsert_platform_user(
        user_id="u-larare",
        account=swedish_account,
        email="larare@skola.se",
        name="Lärare",
        source="test",
    )
    group = Group.objects.create(account=swedish_account, name="Staff", priority=5)
    update_settings(
        owner=f"group:{group.pk}",
        changes={"geofence": {"mode": "allow", "countries": ["NL"]}},
        lock=["geofence"],
        source="test",
    )
    group.members.add(teacher)
    run_worker()
    assert admit().reason == "country_not_allowed"
    assert admit(ip=DUTCH).decision == "admit"
    PlatformUser.objects.filter(pk="u-larare").delete()
    run_worker()
    assert admit().decision == "admit"


@pytest.mark.django_db
def test_a_gate_agrees_with_the_settings_resolved_one_by_one(
    meeting, make_meeting, swedish_account
):
    """The batch resolution of the gates follows `layers_for`: the account's
    lock, the host's group of highest priority, the host's user, the meeting."""
    host = PlatformUser.objects.create(
        pk="u-host", account=swedish_account, email="host@skola.se"
    )
    low = Group.objects.create(account=swedish_account, name="Low", priority=1)
    high = Group.objects.create(account=swedish_account, name="High", priority=9)
    low.members.add(host)
    high.members.add(host)
    other = make_meeting("812345679", swedish_account)
    for owner, changes, lock in [
        ("account:acc-sv", {"unknown_country": "deny"}, ["unknown_country"]),
        (f"group:{low.pk}", {"allowed_domains": ["low.se"]}, []),
        (f"group:{high.pk}", {"allowed_domains": ["high.se"]}, []),
        ("user:u-host", {"co_hosts": ["vice@skola.se"]}, []),
        (f"meeting:{other.pk}", {"passcode": "Zq9wRt4", "co_hosts": []}, []),
    ]:
        update_settings(owner=owner, changes=changes, lock=lock, source="test")
    refresh_gates(meeting_ids=[MEETING, other.pk])
    for pk in (MEETING, other.pk):
        gate = ResolvedMeeting.objects.get(pk=pk)
        effective = get_effective_settings(owner=f"meeting:{pk}")
        assert gate.settings == {
            name: effective[name].value for name in toolkit.ADMISSION_SETTINGS
        }
        assert (gate.host_user_id, gate.host_group_id) == ("u-host", high.pk)
    assert gate.settings["allowed_domains"] == ["high.se"]
    assert gate.settings["co_hosts"] == []


# --- The shared cache keeps the newest gate ----------------------------------


@pytest.mark.django_db
def test_a_stale_gate_never_overwrites_a_newer_one(meeting, shared_cache):
    """A reader that loaded the row before a change, and writes it to the
    cache after the change was written there, leaves the change in place."""
    ready_admission_cache()
    old = gate_of(ResolvedMeeting.objects.get(pk=MEETING))
    assert refresh_gates(meeting_ids=[MEETING]) == []  # nothing changed
    lock_meeting(meeting_id=MEETING, locked=True, source="test")
    locked = gate_of(ResolvedMeeting.objects.get(pk=MEETING))
    assert locked.version > old.version
    gate_cache.publish_gates([locked])
    gate_cache.publish_gates(
        [old], epoch=gate_cache.read(MEETING, (), now=timezone.now()).epoch
    )
    cached = gate_cache.read(MEETING, (), now=timezone.now())
    assert (cached.gate.version, cached.gate.locked) == (locked.version, True)

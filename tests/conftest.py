import fcntl
import json
import os
import sqlite3
import tempfile
import threading
from contextlib import closing
from datetime import timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from django.conf import settings
from django.contrib.auth import get_user_model
from django.db import DEFAULT_DB_ALIAS, connection, connections
from django.utils import timezone, translation
from pytest_django.fixtures import validate_django_db
from pytest_django.live_server_helper import LiveServer

from tillit.appeals.models import PanelMember
from tillit.cases.services.claims import claim_next_case
from tillit.cases.services.decisions import approve_decision, decide_case
from tillit.cases.services.filing import submit_report
from tillit.core.apikeys import create_api_key
from tillit.core.models import ApiScope, Role, StaffProfile, WebhookEndpoint
from tillit.core.outbox import drain_outbox, new_webhook_secret
from tillit.directory.services import upsert_account, upsert_event, upsert_meeting
from tillit.intake.services import ReporterIdentity, ReportInput

SEALING_LOCK = Path(tempfile.gettempdir()) / "tillit-tests-sealing.lock"


def is_postgres() -> bool:
    return connection.vendor == "postgresql"


def pytest_runtest_setup(item):
    """Tests marked `postgres` run only on PostgreSQL (DATABASE_URL); the
    marker may say why: `pytest.mark.postgres(reason=...)`."""
    marker = item.get_closest_marker("postgres")
    if marker is not None and not is_postgres():
        why = marker.kwargs.get("reason")
        pytest.skip(
            f"needs PostgreSQL (DATABASE_URL): {why}"
            if why
            else "needs PostgreSQL (DATABASE_URL)"
        )


@pytest.fixture(autouse=True)
def _default_language():
    """Each test starts in English: a request through the test client leaves
    its language active in the thread (LocaleMiddleware does not deactivate
    it), and with the suite spread over workers the next test is anyone's."""
    translation.activate(settings.LANGUAGE_CODE)
    yield
    translation.deactivate()


@pytest.fixture(autouse=True)
def _one_sealer_at_a_time(request):
    """Tests marked `seals` wait for the sealer's horizon, which is the whole
    PostgreSQL server's: two of them on two workers, each inside its test's
    transaction, would wait for each other until their timeout. They take a
    lock file in turn, before their test writes anything."""
    if request.node.get_closest_marker("seals") is None or not is_postgres():
        yield
        return
    with open(SEALING_LOCK, "a") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(lock, fcntl.LOCK_UN)


@pytest.fixture(autouse=True)
def _guidelines(request, _one_sealer_at_a_time):
    """The standards come from a data migration, which a transactional test's
    flush removes: put them back for every database test."""
    if request.node.get_closest_marker("django_db") is None and not any(
        name in request.fixturenames for name in ("db", "transactional_db")
    ):
        return
    request.getfixturevalue("_django_db_helper")
    _install_guidelines_if_missing()


def _install_guidelines_if_missing():
    from tillit.policy.models import Standard
    from tillit.policy.services.seeding import (
        install_first_guidelines,
        install_first_version,
    )

    if not Standard.objects.exists():
        install_first_guidelines()
        install_first_version()


# --- The test database: one per xdist worker; on SQLite in memory, with a file
# for the tests that need one.

_SQLITE_FILE = {}


@pytest.fixture(scope="session")
def django_db_modify_db_settings(django_db_modify_db_settings_parallel_suffix):
    """On SQLite the test database is in memory. The file TILLIT_TEST_DB names,
    with the xdist worker's id added by pytest-django (var/test.sqlite3_gw0),
    is kept for the tests that need a file (_test_database)."""
    db = settings.DATABASES[DEFAULT_DB_ALIAS]
    if db["ENGINE"] == "django.db.backends.sqlite3":
        _SQLITE_FILE["path"] = Path(db["TEST"]["NAME"])
        db["TEST"]["NAME"] = ":memory:"


def _is_transactional(request) -> bool:
    """Whether the test commits, as pytest-django decides it."""
    marker = request.node.get_closest_marker("django_db")
    if marker is not None:
        transaction, reset_sequences, *_ = validate_django_db(marker)
        if transaction or reset_sequences:
            return True
    return bool({"transactional_db", "live_server"} & set(request.fixturenames))


@pytest.fixture
def _test_database(request, django_db_setup, django_db_blocker):
    """Run a test that commits on a file on SQLite, and put the standards back
    after its closing flush on PostgreSQL.

    What such a test commits is read by other threads and processes (a live
    server, `tillit worker run`, threads with connections of their own): an
    in-memory database is one process's, and refuses a second writer at once
    instead of making it wait. The file starts as a copy of the in-memory
    database, which the test and its flush leave as it was."""
    if not _is_transactional(request):
        yield
        return
    if "path" not in _SQLITE_FILE:
        yield
        with django_db_blocker.unblock():
            _install_guidelines_if_missing()
            # Back to the pool, as the flush left it: a connection still out
            # when the test database is dropped stops the drop.
            connections[DEFAULT_DB_ALIAS].close()
        return
    path = _SQLITE_FILE["path"]
    with django_db_blocker.unblock():
        memory = connections[DEFAULT_DB_ALIAS]
        in_memory = memory.settings_dict["NAME"]
        for stale in (path, *(path.with_name(path.name + s) for s in ("-wal", "-shm"))):
            stale.unlink(missing_ok=True)
        memory.ensure_connection()
        with closing(sqlite3.connect(path)) as copy:
            memory.connection.backup(copy)
        # The settings every new connection is made from: other threads', the
        # live server's, and this thread's next one.
        memory.settings_dict["NAME"] = str(path)
        connections[DEFAULT_DB_ALIAS] = connections.create_connection(DEFAULT_DB_ALIAS)
    try:
        yield
    finally:
        with django_db_blocker.unblock():
            connections[DEFAULT_DB_ALIAS].close()
            memory.settings_dict["NAME"] = in_memory
            connections[DEFAULT_DB_ALIAS] = memory


@pytest.fixture
def _django_db_helper(_test_database, _django_db_helper):
    """pytest-django's, set up and torn down inside _test_database, so that a
    transactional test's flush empties its file, not the in-memory database."""
    yield


@pytest.fixture(scope="session")
def live_server(request):
    """pytest-django's, but its threads always open connections of their own:
    with an in-memory database it would hand them this thread's connection,
    shared by all of them at once. Its tests run on a file (_test_database)."""
    addr = (
        request.config.getvalue("liveserver")
        or os.getenv("DJANGO_LIVE_TEST_SERVER_ADDRESS")
        or "localhost"
    )
    server = LiveServer(addr, start=False)
    server.thread.connections_override.clear()
    server.start()
    yield server
    server.stop()


@pytest.fixture
def make_staff(db):
    def make(username, *, role=Role.ANALYST, tier=1, language="en"):
        user = get_user_model().objects.create_user(
            username, f"{username}@tillit.example", "pw-" + username
        )
        StaffProfile.objects.create(user=user, role=role, tier=tier, language=language)
        return user

    return make


@pytest.fixture
def analyst1(make_staff):
    return make_staff("tier1", tier=1)


@pytest.fixture
def analyst2(make_staff):
    return make_staff("tier2", tier=2)


@pytest.fixture
def analyst3(make_staff):
    return make_staff("tier3", tier=3)


@pytest.fixture
def api_key(db):
    """A platform key with every scope, bound to no account and no one."""
    _row, key = create_api_key(name="platform", scopes=ApiScope.values)
    return key


@pytest.fixture
def api(client, api_key):
    """A JSON client for the platform API, authenticated with a real key."""

    class Api:
        def __init__(self):
            self.auth = {"HTTP_AUTHORIZATION": f"Bearer {api_key}"}

        def _send(self, method, path, body=None, raw=None, **headers):
            data = (
                raw if raw is not None else json.dumps(body) if body is not None else ""
            )
            return getattr(client, method)(
                path, data=data, content_type="application/json", **self.auth, **headers
            )

        def get(self, path, **headers):
            return client.get(path, **self.auth, **headers)

        def post(self, path, body=None, **kw):
            return self._send("post", path, body, **kw)

        def put(self, path, body=None, **kw):
            return self._send("put", path, body, **kw)

        def patch(self, path, body=None, **kw):
            return self._send("patch", path, body, **kw)

    return Api()


@pytest.fixture
def swedish_account(db):
    account, _ = upsert_account(
        account_id="acc-sv",
        name="Lunds Folkhögskola",
        owner_email="rektor@skola.se",
        admin_emails=["it@skola.se"],
        language="sv",
        plan="paid",
        source="test",
    )
    return account


@pytest.fixture
def english_account(db):
    account, _ = upsert_account(
        account_id="acc-en",
        name="Acme Events",
        owner_email="owner@acme.example",
        admin_emails=[],
        language="en",
        plan="free",
        source="test",
    )
    return account


@pytest.fixture
def make_meeting(db):
    def make(
        meeting_id, account, *, starts_in=timedelta(days=7), minutes=60, context="work"
    ):
        meeting, _ = upsert_meeting(
            meeting_id=meeting_id,
            account=account,
            host_email="host@" + account.owner_email.split("@")[1],
            topic=f"Meeting {meeting_id}",
            starts_at=timezone.now() + starts_in,
            duration_minutes=minutes,
            context=context,
            is_public=False,
            source="test",
        )
        return meeting

    return make


@pytest.fixture
def make_event(db):
    def make(event_id, account, *, starts_in=timedelta(days=2), ticket="free"):
        event, _ = upsert_event(
            event_id=event_id,
            account=account,
            title=f"Event {event_id}",
            description="An open event.",
            starts_at=timezone.now() + starts_in,
            ticket_type=ticket,
            source="test",
        )
        return event

    return make


@pytest.fixture
def file_report(db):
    def make(
        target_id, *, category="harassment", target_type="meeting", email="", **kw
    ):
        report, _ = submit_report(
            data=ReportInput(
                channel=kw.pop("channel", "web_form"),
                category=category,
                description=kw.pop("description", "They kept disrupting the meeting."),
                target_type=target_type,
                target_id=target_id,
                reporter=ReporterIdentity(email=email),
                **kw,
            ),
            source="test",
        )
        return report

    return make


@pytest.fixture
def deliver(mailoutbox):
    """Deliver what the outbox holds, as the task worker would; return the mail."""

    def run():
        drain_outbox()
        return mailoutbox

    return run


class _Receiver(BaseHTTPRequestHandler):
    def do_POST(self):
        body = self.rfile.read(int(self.headers["Content-Length"]))
        self.server.received.append((dict(self.headers), body))
        self.send_response(self.server.status)
        self.end_headers()

    def log_message(self, *args):
        pass


@pytest.fixture
def webhook_receiver(db):
    """A real HTTP server on 127.0.0.1 that records what the platform receives."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Receiver)
    server.received, server.status = [], 200
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    endpoint = WebhookEndpoint.objects.create(
        url=f"http://127.0.0.1:{server.server_port}/hooks", secret=new_webhook_secret()
    )
    server.endpoint = endpoint
    yield server
    server.shutdown()


@pytest.fixture
def panel(make_staff):
    """Five active members over four departments, one whose term ended
    yesterday."""
    today = timezone.localdate()
    members = {}
    for name, dept, start, end in [
        ("p_legal", "Legal", -100, 265),
        ("p_eng", "Engineering", -10, 355),
        ("p_sales", "Sales", -200, 165),
        ("p_support", "Support", -30, 335),
        ("p_legal2", "Legal", -50, 315),
        ("p_expired", "Research", -366, -1),
    ]:
        user = make_staff(name, role=Role.APPEALS_PANEL, tier=4)
        members[name] = PanelMember.objects.create(
            user=user,
            department=dept,
            tenure_years=2,
            experience="experienced",
            term_start=today + timedelta(days=start),
            term_end=today + timedelta(days=end),
        )
    return members


@pytest.fixture
def suspension(file_report, make_staff, swedish_account, make_meeting):
    """A suspension in force on a Swedish account, decided and approved by two
    analysts; return (decision, analyst, approver)."""
    make_meeting("812345678", swedish_account)
    file_report("812345678", email="elev@skola.se", language="sv")
    analyst = make_staff("decider", tier=2)
    approver = make_staff("approver", tier=3)
    case = claim_next_case(reviewer=analyst, tier=1)
    decision = decide_case(
        case_id=case.pk,
        reviewer=analyst,
        outcome="violation",
        standard="harassment",
        actions=[{"type": "suspend_account", "days": 7}],
        rationale="Slurs in class.",
    )
    approve_decision(decision_id=decision.pk, approver=approver)
    decision.refresh_from_db()
    return decision, analyst, approver


@pytest.fixture
def rate_limits(settings):
    """Change some rate limits for one test: `rate_limits(report="1000/h")`."""

    def change(**limits):
        settings.TILLIT = {
            **settings.TILLIT,
            "RATE_LIMITS": {**settings.TILLIT["RATE_LIMITS"], **limits},
        }

    return change

"""A worker killed with SIGKILL mid-delivery: the next worker resumes
everything by itself (#10).

The workers are real `tillit worker run` processes on the test's database; a
local HTTP receiver holds the first webhook open so the first worker can be
killed while it delivers.
"""

import os
import re
import subprocess
import sys
import threading
import time
from collections import Counter
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from django.db import connection, transaction
from django.tasks import TaskResultStatus
from django.utils import timezone
from django_tasks_db.models import DBTaskResult
from standardwebhooks.webhooks import Webhook

from tillit.cases.tasks import reprioritise_open_cases_task
from tillit.core.models import OutboxMessage, WebhookEndpoint
from tillit.core.outbox import enqueue_email, enqueue_webhook, new_webhook_secret

ROOT = Path(__file__).resolve().parents[2]
REPRIORITISE = reprioritise_open_cases_task.module_path


class _HoldingReceiver(BaseHTTPRequestHandler):
    """Record every webhook; hold the first one open until released."""

    def do_POST(self):
        body = self.rfile.read(int(self.headers["Content-Length"]))
        self.server.received.append(
            ({k.lower(): v for k, v in self.headers.items()}, body)
        )
        if not self.server.holding.is_set():
            self.server.holding.set()
            self.server.release.wait(timeout=60)
        try:
            self.send_response(200)
            self.end_headers()
        except OSError:  # the sender was killed meanwhile
            pass

    def log_message(self, *args):
        pass


@pytest.fixture
def receiver(transactional_db):
    server = ThreadingHTTPServer(("127.0.0.1", 0), _HoldingReceiver)
    server.received = []
    server.holding, server.release = threading.Event(), threading.Event()
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    server.endpoint = WebhookEndpoint.objects.create(
        url=f"http://127.0.0.1:{server.server_port}/hooks", secret=new_webhook_secret()
    )
    yield server
    server.release.set()
    server.shutdown()


@pytest.fixture
def start_worker(tmp_path):
    """Start `tillit worker run` on the test database; stop them all after."""
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "tests.core.crash_worker_settings",
        "PYTHONPATH": os.pathsep.join([str(ROOT), os.environ.get("PYTHONPATH", "")]),
        "TILLIT_CRASH_DB_NAME": str(connection.settings_dict["NAME"]),
        "TILLIT_CRASH_MAIL_DIR": str(tmp_path / "mail"),
    }
    workers = []

    def start(name):
        log = open(tmp_path / f"{name}.log", "w")  # noqa: SIM115
        command = [sys.executable, "-m", "tillit.cli", "worker", "run", "--no-reload"]
        command += ["--no-startup-delay", "--interval", "0.1", "--worker-id", name]
        workers.append(
            subprocess.Popen(
                command, cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT
            )
        )
        return workers[-1]

    yield start
    for worker in workers:
        worker.kill()
        worker.wait()
    for log in sorted(tmp_path.glob("*.log")):
        print(log.name, log.read_text(), sep="\n")


def wait_until(condition, what, timeout=90):
    """Poll until `condition()` holds; fail naming `what` if it never does."""
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            pytest.fail(f"timed out waiting until {what}")
        time.sleep(0.2)


def reprioritised_since(moment) -> bool:
    return DBTaskResult.objects.filter(
        task_path=REPRIORITISE,
        status=TaskResultStatus.SUCCESSFUL,
        started_at__gt=moment,
    ).exists()


def test_a_worker_killed_mid_delivery_is_resumed_by_the_next_worker(
    receiver, start_worker, tmp_path
):
    """Killed while a webhook is in flight, the first worker leaves a RUNNING
    task, a leased message and the recurring task; the second worker, with no
    command run, delivers every email once and every webhook at most once more
    under its one webhook-id, and reprioritises again."""
    began = timezone.now()
    first = start_worker("first")
    wait_until(lambda: reprioritised_since(began), "the first worker reprioritises")
    with transaction.atomic():
        for n in range(3):
            enqueue_email(to=[f"r{n}@example.org"], subject=f"Notice {n}", body="Hi")
            enqueue_webhook(event_type="case.decided", data={"n": n})
    assert receiver.holding.wait(timeout=90), "no webhook reached the receiver"
    first.kill()  # SIGKILL, mid-delivery of the first webhook
    first.wait()
    killed_at = timezone.now()
    receiver.release.set()
    assert DBTaskResult.objects.filter(status=TaskResultStatus.RUNNING).count() == 1

    second = start_worker("second")
    wait_until(
        lambda: not OutboxMessage.objects.exclude(status="sent").exists(),
        "every message is sent",
    )
    wait_until(lambda: reprioritised_since(killed_at), "reprioritised after the kill")
    second.terminate()
    assert second.wait(timeout=60) == 0

    hooks = {
        m.payload["body"]["data"]["n"]: m
        for m in OutboxMessage.objects.filter(kind="webhook")
    }
    received = Counter()
    for headers, body in receiver.received:
        data = Webhook(receiver.endpoint.secret).verify(body, headers)
        # Every delivery of a message carries that message's one id.
        assert headers["webhook-id"] == hooks[data["data"]["n"]].payload["id"]
        received[data["data"]["n"]] += 1
    # The webhook in flight at the kill arrived once more; the others once.
    assert received == {0: 2, 1: 1, 2: 1}, receiver.received
    assert hooks[0].attempts == 2

    emails = OutboxMessage.objects.filter(kind="email")
    mail = "".join(p.read_text() for p in (tmp_path / "mail").iterdir())
    sent = Counter(re.findall(r"^X-Tillit-Outbox-Id: (\d+)$", mail, re.MULTILINE))
    assert sent == {str(m.pk): 1 for m in emails}, mail

    # No task is stranded, and one reprioritisation at most waits for a worker.
    assert not DBTaskResult.objects.filter(status=TaskResultStatus.RUNNING).exists()
    assert (
        DBTaskResult.objects.filter(
            task_path=REPRIORITISE, status=TaskResultStatus.READY
        ).count()
        <= 1
    )

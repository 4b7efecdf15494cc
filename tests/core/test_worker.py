"""The real task worker drains the outbox that services fill, and takes
back the work of workers that died (#10)."""

import re
from datetime import timedelta
from io import StringIO

import pytest
import time_machine
from django.conf import settings
from django.core.management import call_command
from django.core.management.base import CommandError
from django.db import transaction
from django.tasks import TaskResultStatus
from django.utils import timezone
from django_tasks_db.models import DBTaskResult

from tillit.cases.tasks import reprioritise_open_cases_task
from tillit.core.models import OutboxMessage, Role, WorkerHeartbeat
from tillit.core.outbox import enqueue_email, enqueue_webhook, sweep_outbox
from tillit.core.worker import enqueue_due_recurring_tasks, recover_dead_workers


def run_worker():
    """Run `tillit worker run` until the queue is empty, in this process."""
    call_command(
        "worker", "run", "--batch", "--no-startup-delay", "--no-reload", verbosity=0
    )


def strand(result, *, worker_ids):
    """Leave a task as a worker killed with SIGKILL leaves it: RUNNING."""
    DBTaskResult.objects.filter(pk=result.id).update(
        status=TaskResultStatus.RUNNING,
        started_at=timezone.now() - timedelta(minutes=10),
        worker_ids=worker_ids,
    )


def beat(worker_id, *, ago=timedelta(0)):
    at = timezone.now() - ago
    WorkerHeartbeat.objects.create(
        worker_id=worker_id, hostname="elsewhere", pid=1, started_at=at, beat_at=at
    )


@pytest.mark.django_db(transaction=True)
def test_the_worker_sends_the_acknowledgement_after_commit(
    file_report, english_account, make_meeting, mailoutbox
):
    make_meeting("123456789", english_account)
    report = file_report("123456789", email="reporter@example.org")
    # The delivery task was enqueued on commit, as a row of the task table.
    assert DBTaskResult.objects.count() == 1
    assert mailoutbox == []
    run_worker()
    assert [m.to for m in mailoutbox] == [["reporter@example.org"]]
    assert report.reference in mailoutbox[0].subject
    assert OutboxMessage.objects.get().status == "sent"


@pytest.mark.django_db(transaction=True)
def test_a_reprioritisation_stranded_by_a_killed_worker_runs_again():
    """A RUNNING row of a worker that is gone is not "already scheduled", and
    the next worker runs it again."""
    stranded = reprioritise_open_cases_task.enqueue()
    strand(stranded, worker_ids=["killed"])
    out = StringIO()
    call_command("cases", "schedule", stdout=out)
    assert out.getvalue().startswith("Scheduled")
    run_worker()
    runs = DBTaskResult.objects.filter(
        task_path=reprioritise_open_cases_task.module_path
    )
    assert runs.get(pk=stranded.id).status == TaskResultStatus.SUCCESSFUL
    assert set(runs.values_list("status", flat=True)) == {TaskResultStatus.SUCCESSFUL}
    assert not DBTaskResult.objects.filter(status=TaskResultStatus.RUNNING).exists()


@pytest.mark.django_db(transaction=True)
def test_the_webhook_a_dead_worker_was_sending_is_sent_once_more_under_its_id(
    webhook_receiver,
):
    """The lease of a worker that stopped beating is given back: no command is
    needed, and the message keeps its webhook-id."""
    [hook] = enqueue_webhook(event_type="case.decided", data={"case": 1})
    beat("killed", ago=timedelta(minutes=10))
    strand(DBTaskResult.objects.get(), worker_ids=["killed"])
    OutboxMessage.objects.filter(pk=hook.pk).update(
        attempts=1,
        next_attempt_at=timezone.now() + timedelta(minutes=5),
        leased_by="killed",
    )
    run_worker()
    hook.refresh_from_db()
    assert (hook.status, hook.attempts, hook.leased_by) == ("sent", 2, "")
    ids = [
        {k.lower(): v for k, v in h.items()}["webhook-id"]
        for h, _ in webhook_receiver.received
    ]
    assert ids == [hook.payload["id"]]
    assert not WorkerHeartbeat.objects.exists()


@pytest.mark.django_db(transaction=True)
def test_a_live_workers_task_and_lease_are_left_alone(webhook_receiver):
    """A worker that beats keeps its task and its lease: neither the next
    worker nor `outbox drain` sends the message a second time."""
    [hook] = enqueue_webhook(event_type="case.decided", data={"case": 1})
    beat("busy")
    task = DBTaskResult.objects.get()
    strand(task, worker_ids=["busy"])
    OutboxMessage.objects.filter(pk=hook.pk).update(
        attempts=1,
        next_attempt_at=timezone.now() + timedelta(minutes=5),
        leased_by="busy",
    )
    assert recover_dead_workers() == 0
    out = StringIO()
    call_command("outbox", "drain", stdout=out)
    assert "Sent 0 messages." in out.getvalue()
    assert webhook_receiver.received == []
    assert DBTaskResult.objects.get(pk=task.id).status == TaskResultStatus.RUNNING
    assert OutboxMessage.objects.get(pk=hook.pk).leased_by == "busy"


@pytest.mark.django_db(transaction=True)
def test_a_message_that_never_got_its_task_is_swept_and_sent(mailoutbox):
    """A process that died between the commit and the enqueue left a pending
    message with no task: the worker's own sweep delivers it."""
    message = OutboxMessage.objects.create(
        kind="email",
        payload={"to": ["r@example.org"], "subject": "Notice", "body": "Hi"},
    )
    assert not DBTaskResult.objects.exists()
    run_worker()
    message.refresh_from_db()
    assert message.status == "sent"
    assert [m.to for m in mailoutbox] == [["r@example.org"]]


@pytest.mark.django_db
def test_a_task_whose_workers_keep_dying_is_failed_not_run_again():
    result = reprioritise_open_cases_task.enqueue()
    strand(result, worker_ids=["a", "b", "c"])
    beat("c", ago=timedelta(minutes=10))
    assert recover_dead_workers() == 1
    row = DBTaskResult.objects.get(pk=result.id)
    assert row.status == TaskResultStatus.FAILED
    assert row.exception_class_path == "tillit.core.worker.WorkerLost"


@pytest.mark.django_db
def test_a_due_recurring_task_is_enqueued_once():
    """Two workers at the same moment enqueue one run; a run still waiting
    keeps the next one from piling up behind it."""
    now = timezone.now()
    paths = set(settings.TILLIT["RECURRING_TASKS"])
    assert set(enqueue_due_recurring_tasks(now=now)) == paths
    assert enqueue_due_recurring_tasks(now=now) == []
    # Past the longest period (the daily retention), every task is due again.
    later = now + timedelta(seconds=max(settings.TILLIT["RECURRING_TASKS"].values()))
    assert enqueue_due_recurring_tasks(now=later) == []
    DBTaskResult.objects.update(status=TaskResultStatus.SUCCESSFUL)
    assert set(enqueue_due_recurring_tasks(now=later)) == paths
    ready = DBTaskResult.objects.filter(status=TaskResultStatus.READY)
    assert ready.count() == len(paths)


@pytest.mark.django_db
def test_worker_status_shows_the_heartbeat_the_queue_and_the_outbox(
    django_capture_on_commit_callbacks,
):
    with pytest.raises(CommandError, match="No worker heartbeat in the last 60 s"):
        call_command("worker", "status", stdout=StringIO())
    with time_machine.travel(timezone.now(), tick=False):
        beat("w1", ago=timedelta(seconds=3))
        with django_capture_on_commit_callbacks(execute=True), transaction.atomic():
            enqueue_email(to=["r@example.org"], subject="Notice", body="Hi")
        out = StringIO()
        call_command("worker", "status", stdout=out)
    assert out.getvalue().splitlines() == [
        "Workers alive: 1; last heartbeat: 3 s ago",
        "Tasks waiting: 1, oldest 0 s; running: 0",
        "Outbox: 1 pending, 0 failed",
    ]
    with pytest.raises(CommandError, match="in the last 2 s"):
        call_command("worker", "status", "--max-age", "2", stdout=StringIO())
    with pytest.raises(CommandError):
        call_command("worker", "status", "--max-age", "-1", stdout=StringIO())


@pytest.mark.django_db
def test_the_admins_queue_page_shows_the_workers_health(client, make_staff):
    client.force_login(make_staff("boss", role=Role.ADMIN))
    with time_machine.travel(timezone.now(), tick=False):
        beat("w1", ago=timedelta(minutes=5))
        reprioritise_open_cases_task.enqueue()
        page = client.get("/console/queues/1/").content.decode()
    line = re.search(r'<p id="worker-health".*?</p>', page, re.DOTALL).group(0)
    line = " ".join(line.replace("\xa0", " ").split())
    assert 'class="warning"' in line
    assert "No worker heartbeat for 5 minutes" in line
    assert "1 task waiting, the oldest for 0 minutes." in line
    assert "Outbox: 0 pending, 0 failed." in line
    client.force_login(make_staff("analyst", role=Role.ANALYST, tier=1))
    assert 'id="worker-health"' not in client.get("/console/queues/1/").content.decode()


@pytest.mark.django_db
def test_the_sweep_skips_messages_that_a_task_will_deliver(
    django_capture_on_commit_callbacks,
):
    with django_capture_on_commit_callbacks(execute=True):
        queued = enqueue_email(to=["a@example.org"], subject="Notice", body="Hi")
    orphan = OutboxMessage.objects.create(
        kind="email", payload={"to": ["b@example.org"], "subject": "S", "body": "B"}
    )
    assert sweep_outbox() == 1
    assert sweep_outbox() == 0
    delivering = DBTaskResult.objects.values_list(
        "args_kwargs__kwargs__message_id", flat=True
    )
    assert sorted(delivering) == [queued.pk, orphan.pk]


@pytest.mark.django_db(transaction=True)
def test_a_batch_run_leaves_the_callers_signal_handlers_as_they_were():
    """db_worker turns SIGTERM into sys.exit(0): a test or command that runs a
    batch in its own process must get its own handlers back."""
    import signal

    before = signal.getsignal(signal.SIGTERM)
    call_command(
        "worker", "run", "--batch", "--no-startup-delay", "--no-reload", verbosity=0
    )
    assert signal.getsignal(signal.SIGTERM) is before

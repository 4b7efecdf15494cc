"""The real task worker drains the outbox that services fill."""

import pytest
from django.core.management import call_command

from tillit.core.models import OutboxMessage


@pytest.mark.django_db(transaction=True)
def test_db_worker_sends_the_acknowledgement_after_commit(
    file_report, english_account, make_meeting, mailoutbox
):
    from django_tasks_db.models import DBTaskResult

    make_meeting("123456789", english_account)
    report = file_report("123456789", email="reporter@example.org")
    # The delivery task was enqueued on commit, as a row of the task table.
    assert DBTaskResult.objects.count() == 1
    assert mailoutbox == []
    call_command(
        "db_worker", "--batch", "--no-startup-delay", "--no-reload", verbosity=0
    )
    assert [m.to for m in mailoutbox] == [["reporter@example.org"]]
    assert report.reference in mailoutbox[0].subject
    assert OutboxMessage.objects.get().status == "sent"

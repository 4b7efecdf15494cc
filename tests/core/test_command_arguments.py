"""Bad arguments to a `tillit` command get a clear message and exit 1
(CommandError), change nothing, and never end in a traceback (#10): the
database would refuse an address longer than its column, on PostgreSQL with a
DataError."""

import pytest
from django.core.management import CommandError, call_command

from tillit.core.models import AuditEvent, WebhookEndpoint
from tillit.detection.models import FeedSource, StreamSource

LONG = "https://example.com/" + "a" * 1100


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["webhook", "add", "https://example.com/" + "a" * 200], "longer than 200"),
        (["notifier", "add-feed", LONG], "longer than 1000"),
        (["notifier", "add-mastodon", LONG], "longer than 1000"),
        (["notifier", "add-jetstream", "wss" + LONG[5:]], "longer than 1000"),
        (
            ["notifier", "add-mastodon", "https://m.example", "--token", "t" * 201],
            "at most 200",
        ),
        (["notifier", "run", "--backoff", "-1", "--seconds", "2"], "--backoff"),
        (["notifier", "run", "--backoff", "0", "--seconds", "2"], "--backoff"),
        (["notifier", "run", "--max-posts", "0", "--seconds", "2"], "--max-posts"),
        (["notifier", "run", "--seconds", "-5"], "--seconds"),
    ],
)
def test_a_bad_argument_is_refused_and_changes_nothing(args, message):
    if args[1] == "run":  # a source (on loopback), so only the argument is wrong
        FeedSource.objects.create(url="http://127.0.0.1:9/feed")
    with pytest.raises(CommandError, match=message):
        call_command(*args)
    assert not WebhookEndpoint.objects.exists()
    assert not StreamSource.objects.exists()
    assert FeedSource.objects.count() == (1 if args[1] == "run" else 0)
    assert not AuditEvent.objects.exists()

"""RSS/Atom polling against a local feed server: conditional requests, no
entry scanned twice, back-off while the server is down, and resumption."""

import threading
from datetime import timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from io import StringIO

import pytest
import time_machine
from django.core.management import call_command
from django.core.management.base import CommandError
from django.utils import timezone

from tillit.detection.feeds import poll_feed
from tillit.detection.models import FeedSource, Sighting

ITEM = (
    "<item><guid>{guid}</guid><title>{title}</title>"
    "<link>https://forum.example/{guid}</link><description>{text}</description></item>"
)


def rss(items):
    body = "".join(ITEM.format(**i) for i in items)
    return f'<?xml version="1.0"?><rss version="2.0"><channel><title>Forum</title>{body}</channel></rss>'


class FeedHandler(BaseHTTPRequestHandler):
    def do_GET(self):
        server = self.server
        server.requests.append(dict(self.headers))
        if self.headers.get("If-None-Match") == server.etag:
            self.send_response(304)
            self.end_headers()
            return
        body = server.body.encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/rss+xml")
        self.send_header("ETag", server.etag)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


@pytest.fixture
def feed_server():
    server = ThreadingHTTPServer(("127.0.0.1", 0), FeedHandler)
    server.requests, server.etag = [], '"v1"'
    server.body = rss(
        [
            {"guid": "a1", "title": "Cats", "text": "nothing here"},
            {
                "guid": "a2",
                "title": "raid",
                "text": "raid my class https://zoom.us/j/81234567890 now",
            },
        ]
    )
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield server
    server.shutdown()
    server.server_close()


@pytest.mark.django_db
def test_feed_is_polled_politely_and_never_scans_an_entry_twice(
    feed_server, swedish_account, make_meeting
):
    make_meeting("81234567890", swedish_account, starts_in=timedelta(hours=3))
    url = f"http://127.0.0.1:{feed_server.server_port}/feed.xml"
    out = StringIO()
    call_command("notifier", "add-feed", url, "--interval", "120", stdout=out)
    feed = FeedSource.objects.get()
    assert len(poll_feed(feed_id=feed.pk)) == 2
    assert Sighting.objects.get().post_id == "a2"
    assert len(poll_feed(feed_id=feed.pk)) == 0  # not due yet: no request at all
    assert len(feed_server.requests) == 1
    with time_machine.travel(timezone.now() + timedelta(minutes=3)):
        assert len(poll_feed(feed_id=feed.pk)) == 0  # due: a conditional request, 304
    assert feed_server.requests[-1]["If-None-Match"] == '"v1"'

    # The server goes away: back-off, and nothing is lost when it returns.
    port = feed_server.server_port
    feed_server.shutdown()
    feed_server.server_close()
    with time_machine.travel(timezone.now() + timedelta(minutes=6)):
        assert len(poll_feed(feed_id=feed.pk)) == 0
    feed.refresh_from_db()
    assert feed.failures == 1 and feed.next_poll_at > timezone.now() + timedelta(
        minutes=6
    )

    server = ThreadingHTTPServer(("127.0.0.1", port), FeedHandler)
    server.requests, server.etag = [], '"v2"'
    server.body = rss(
        [
            {"guid": "a1", "title": "Cats", "text": "nothing here"},
            {
                "guid": "a2",
                "title": "raid",
                "text": "raid my class https://zoom.us/j/81234567890 now",
            },
            {
                "guid": "a3",
                "title": "again",
                "text": "flood https://zoom.us/j/81234567890 my class",
            },
        ]
    )
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        with time_machine.travel(timezone.now() + timedelta(minutes=20)):
            assert len(poll_feed(feed_id=feed.pk)) == 1  # only the new entry
    finally:
        server.shutdown()
        server.server_close()
    assert sorted(Sighting.objects.values_list("post_id", flat=True)) == ["a2", "a3"]


@pytest.mark.django_db
def test_add_feed_refuses_bad_input():
    with pytest.raises(CommandError):
        call_command("notifier", "add-feed", "not a url", stdout=StringIO())
    with pytest.raises(CommandError):
        call_command(
            "notifier",
            "add-feed",
            "https://x.example/f",
            "--interval",
            "5",
            stdout=StringIO(),
        )
    assert not FeedSource.objects.exists()


@pytest.mark.django_db
def test_an_enormous_entry_is_skipped_once_and_the_rest_scanned(
    feed_server, swedish_account, make_meeting
):
    make_meeting("81234567890", swedish_account, starts_in=timedelta(hours=3))
    feed_server.body = rss(
        [
            {"guid": "big", "title": "big", "text": "x" * 1_000_001},
            {"guid": "quiet", "title": "", "text": ""},  # its link is its text
            {
                "guid": "a2",
                "title": "raid",
                "text": "raid https://zoom.us/j/81234567890",
            },
        ]
    )
    url = f"http://127.0.0.1:{feed_server.server_port}/feed.xml"
    call_command("notifier", "add-feed", url, stdout=StringIO())
    feed = FeedSource.objects.get()
    assert len(poll_feed(feed_id=feed.pk)) == 2
    assert Sighting.objects.get().post_id == "a2"
    # Marked seen: the next poll does not trip over them again.
    assert set(feed.seen.values_list("guid", flat=True)) == {"big", "quiet", "a2"}


@pytest.mark.django_db
def test_run_polls_the_feeds_that_are_due(feed_server, meeting, run_notifier):
    url = f"http://127.0.0.1:{feed_server.server_port}/feed.xml"
    call_command("notifier", "add-feed", url, stdout=StringIO())
    out = run_notifier(2)
    assert "posts scanned 2 · links found 1 · notices sent 1" in out
    assert len(feed_server.requests) == 1

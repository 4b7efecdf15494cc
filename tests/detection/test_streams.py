"""The Mastodon and Jetstream sources against local servers that speak the
real protocols: back-off while the server is away, and a dropped connection
that resumes without losing or repeating a post."""

import re
import threading
import time
from io import StringIO
from urllib.parse import parse_qs, urlsplit

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from tillit.detection.jetstream import JetstreamClient
from tillit.detection.models import AtRiskNotice, Sighting, StreamSource
from tillit.detection.streams import MastodonClient

from .servers import Jetstream, Mastodon, wait_for

LEAK = "raid my class https://zoom.us/j/81234567890 rename yourself to a student"


@pytest.fixture
def mastodon():
    server = Mastodon()
    yield server
    server.close()


@pytest.fixture
def jetstream():
    server = Jetstream()
    yield server
    server.close()


def start(source):
    got = []
    thread = threading.Thread(target=source.run, args=(got.append,), daemon=True)
    thread.start()
    return got


def query(path):
    return {k: v[0] for k, v in parse_qs(urlsplit(path).query).items()}


def test_mastodon_resumes_after_a_dropped_connection_without_losing_or_repeating(
    mastodon,
):
    mastodon.publish("<p>long ago</p>")
    mastodon.clock_ms += 30 * 60_000  # half an hour later
    first = mastodon.publish("<p>before we started</p>")
    mastodon.publish("<p>old news</p>")
    source = MastodonClient(
        url=mastodon.url, position=first["id"], backoff=0.05, max_backoff=0.2
    )
    got = start(source)
    try:
        wait_for(lambda: len(got) == 1 and mastodon.connected())
        mastodon.publish("<p>live one</p>")
        mastodon.publish("<p>live two</p>")
        # Out of id order, as Mastodon's workers deliver: an older id, later.
        mastodon.publish("<p>late one</p>", late_ms=60_000)
        wait_for(lambda: len(got) == 4)

        mastodon.refuse = True  # the server goes away, then refuses for a while
        mastodon.drop()
        wait_for(lambda: mastodon.refused >= 2)  # it keeps trying, backing off
        before_drop = len(mastodon.requests)
        for n in range(45):
            mastodon.publish(f"<p>missed {n}</p>")
        # A status older than the last one seen reaches the timeline meanwhile.
        late = mastodon.publish("<p>late two</p>", late_ms=120_000)
        mastodon.overlap = True  # the stream also resends the newest status
        mastodon.refuse = False
        wait_for(lambda: len(got) == 50)
        mastodon.publish("<p>live three</p>")
        wait_for(lambda: len(got) == 51)
    finally:
        source.stop.set()

    texts = [p.post["text"] for p in got]
    assert texts == [
        "old news",
        "live one",
        "live two",
        "late one",
        "late two",  # the oldest id of the missed ones comes first
        *[f"missed {n}" for n in range(45)],
        "live three",
    ]
    assert len({p.post["id"] for p in got}) == 51  # nothing twice
    # What was missed was fetched from before the last id seen, a page at a time.
    pages = [q for q in map(query, mastodon.requests[before_drop:]) if "min_id" in q]
    assert len(pages) == 2 and int(pages[0]["min_id"]) < int(late["id"])
    after = sorted(int(m["id"]) for m in mastodon.messages)
    after = [i for i in after if i > int(pages[0]["min_id"])]
    assert pages[1]["min_id"] == str(after[39])
    assert source.position == max((p.position for p in got), key=int)


def test_a_new_source_loses_nothing_when_its_first_connection_drops(
    mastodon, jetstream
):
    toots = MastodonClient(url=mastodon.url, backoff=0.05, max_backoff=0.2)
    posts = JetstreamClient(url=jetstream.url, backoff=0.05, max_backoff=0.2)
    got_toots, got_posts = start(toots), start(posts)
    try:
        wait_for(lambda: mastodon.connected() and jetstream.connected())
        for server in (mastodon, jetstream):
            server.refuse = True
            server.drop()
        wait_for(lambda: mastodon.refused and jetstream.refused)
        mastodon.publish("<p>while away</p>")
        jetstream.post("while away")
        mastodon.refuse = jetstream.refuse = False
        wait_for(lambda: len(got_toots) == 1 and len(got_posts) == 1)
    finally:
        toots.stop.set()
        posts.stop.set()
    assert got_toots[0].post["text"] == got_posts[0].post["text"] == "while away"


def test_mastodon_hashtag_timeline_with_links_tokens_and_bad_messages(mastodon):
    source = MastodonClient(
        url=mastodon.url, tag="zoom", access_token="s3cret", backoff=0.05
    )
    got = start(source)
    try:
        wait_for(lambda: mastodon.connected())
        mastodon.publish("<p>not tagged https://zoom.us/j/81234567890</p>")
        mastodon.raw("this is not json")
        mastodon.raw('{"no": "id"}')
        # Mastodon shortens a long link's text; the address is in the href.
        mastodon.publish(
            '<p>raid<br>my class <a href="https://zoom.us/j/81234567890?pwd=abc">'
            '<span class="invisible">https://</span><span class="ellipsis">'
            "zoom.us/j/8123</span></a> &amp; bring friends</p>",
            tags=["zoom"],
        )
        wait_for(lambda: len(got) == 1)
    finally:
        source.stop.set()
    post = got[0].post
    assert "https://zoom.us/j/81234567890?pwd=abc" in post["text"]
    assert "raid\nmy class" in post["text"] and "& bring friends" in post["text"]
    assert post["url"].startswith("https://social.example/@amy/")
    assert source.skipped == {"not_json": 1, "no_id": 1}
    assert urlsplit(mastodon.requests[0]).path == "/api/v1/streaming/hashtag"
    assert query(mastodon.requests[0]) == {"tag": "zoom"}
    assert mastodon.headers[0]["Authorization"] == "Bearer s3cret"


def test_mastodon_skips_what_is_too_large_to_read_and_goes_on(mastodon):
    """A stream line over the cap is read past, not held whole; a status whose
    HTML is over 20,000 characters is not parsed (#10)."""
    source = MastodonClient(url=mastodon.url, backoff=0.05)
    source.MAX_LINE_BYTES = 2000
    got = start(source)
    try:
        wait_for(lambda: mastodon.connected())
        mastodon.raw("x" * 5000)
        mastodon.publish("<p>" + "<a b" * 5000 + "</p>")
        mastodon.publish(f"<p>{LEAK}</p>")
        wait_for(lambda: len(got) == 1)
    finally:
        source.stop.set()
    assert "https://zoom.us/j/81234567890" in got[0].post["text"]
    assert source.skipped == {"too_large": 2}


def test_jetstream_resumes_from_its_cursor_without_losing_or_repeating(jetstream):
    source = JetstreamClient(url=jetstream.url, backoff=0.05, max_backoff=0.2)
    got = start(source)
    try:
        wait_for(lambda: jetstream.connected())
        jetstream.post("first post")
        jetstream.identity()  # not a post: passed over
        jetstream.like()  # not a post: the server leaves it out
        jetstream.raw("not json at all")
        jetstream.delete()
        last_before_drop = jetstream.post(
            "join us here",
            facets=[
                {
                    "index": {"byteStart": 13, "byteEnd": 17},
                    "features": [
                        {
                            "$type": "app.bsky.richtext.facet#link",
                            "uri": "https://zoom.us/j/81234567890",
                        }
                    ],
                }
            ],
        )
        wait_for(lambda: source.position == str(last_before_drop["time_us"]))

        jetstream.refuse = True
        jetstream.drop()
        wait_for(lambda: jetstream.refused >= 2)
        jetstream.post("while away one")
        jetstream.post(
            "while away two",
            embed={
                "$type": "app.bsky.embed.external",
                "external": {"uri": "https://meet.google.com/abc-defg-hij"},
            },
        )
        jetstream.refuse = False
        wait_for(lambda: len(got) == 4)
        jetstream.post("live again")
        wait_for(lambda: len(got) == 5)
    finally:
        source.stop.set()

    assert [p.post["text"].split("\n")[0] for p in got] == [
        "first post",
        "join us here",
        "while away one",
        "while away two",
        "live again",
    ]
    assert "https://zoom.us/j/81234567890" in got[1].post["text"]
    assert "https://meet.google.com/abc-defg-hij" in got[3].post["text"]
    assert got[0].post["id"].startswith("at://did:plc:amy/app.bsky.feed.post/")
    assert source.skipped == {"not_json": 1}
    cursors = [query(p).get("cursor") for p in jetstream.requests]
    # Live from the start, then replayed from the last event seen.
    assert cursors[0] is None
    assert cursors[-1] == str(last_before_drop["time_us"])
    assert all(
        query(p)["wantedCollections"] == "app.bsky.feed.post"
        for p in jetstream.requests
    )


def test_a_misbehaving_server_is_not_hammered(mastodon, jetstream):
    # A Mastodon whose timeline ignores min_id (the newest page every time)
    # and whose stream hangs up at once; a Jetstream that hangs up at once.
    for n in range(40):
        mastodon.publish(f"<p>{n}</p>")
    mastodon.ignore_min_id = True
    mastodon.hang_up = jetstream.hang_up = True
    toots = MastodonClient(
        url=mastodon.url,
        position=mastodon.messages[0]["id"],
        backoff=0.05,
        max_backoff=10,
    )
    posts = JetstreamClient(url=jetstream.url, backoff=0.05, max_backoff=10)
    start(toots), start(posts)
    time.sleep(1.2)
    toots.stop.set()
    posts.stop.set()
    # Back-off doubles (0.05, 0.1, 0.2, 0.4 s …): a handful of attempts, not dozens,
    # and each backfill ends after one page that did not move forward.
    streams = [p for p in mastodon.requests if "/streaming/" in p]
    timeline = [p for p in mastodon.requests if "/timelines/" in p]
    assert 2 <= len(streams) <= 7 and len(timeline) <= 2 * len(streams)
    assert 2 <= len(jetstream.requests) <= 7


def test_mastodon_says_when_it_needs_a_token(mastodon):
    mastodon.require_token = True
    source = MastodonClient(url=mastodon.url, backoff=0.05)
    start(source)
    try:
        wait_for(lambda: "401" in source.state)
    finally:
        source.stop.set()
    assert source.state == "refused: HTTP 401 (give an access token)"


@pytest.mark.django_db
def test_run_scans_a_stream_warns_once_and_resumes_where_it_stopped(
    jetstream, meeting, deliver, run_notifier
):
    # As Jetstream's own docs write the address: the /subscribe is ours to add.
    call_command(
        "notifier", "add-jetstream", f"{jetstream.url}/subscribe", stdout=StringIO()
    )
    source = StreamSource.objects.get()
    assert source.url == jetstream.url
    jetstream.post("good morning")
    jetstream.post(LEAK)
    jetstream.raw("garbage")
    jetstream.raw("[" * 100_000)  # nested too deep for the JSON parser
    jetstream.post("see https://meet.google.com/abc-defg-hij")
    jetstream.post("x" * 1_000_001)  # enormous: skipped, not scanned
    jetstream.post("lunch")
    # As after an earlier run: resume from a cursor before these events.
    source.position = "1"
    source.save()

    out = run_notifier(4)
    assert (
        "posts scanned 4 · links found 2 · notices sent 1 · skipped 3 "
        "(not_json 2, too_large 1)" in out
    )
    sighting = Sighting.objects.get()
    assert sighting.meeting_id == "81234567890" and sighting.level == "high"
    assert sighting.source == f"jetstream:{source.pk}"
    mail = [m for m in deliver() if "81234567890" in m.body]
    assert sorted(m.to[0] for m in mail) == ["it@skola.se", "rektor@skola.se"]
    source.refresh_from_db()
    assert source.position == str(jetstream.messages[-1]["time_us"])

    # The next run resumes after the last post scanned: nothing twice, and the
    # same meeting again within the window sends no second warning.
    jetstream.post("again " + LEAK)
    out = run_notifier(1)
    assert "posts scanned 1 · links found 1 · notices sent 0" in out
    assert Sighting.objects.count() == 2 and AtRiskNotice.objects.count() == 1
    assert re.search(r"cursor=\d+", jetstream.requests[-1])


@pytest.mark.django_db
def test_run_reads_mastodon_and_saves_its_last_id(mastodon, meeting, run_notifier):
    call_command(
        "notifier", "add-mastodon", mastodon.url, "--tag", "#zoom", stdout=StringIO()
    )
    source = StreamSource.objects.get()
    assert source.tag == "zoom"
    first = mastodon.publish("<p>hello</p>", tags=["zoom"])
    leak = mastodon.publish(f"<p>{LEAK}</p>", tags=["zoom"])
    source.position = first["id"]
    source.save()
    out = run_notifier(1)
    assert "posts scanned 1 · links found 1 · notices sent 1" in out
    source.refresh_from_db()
    assert source.position == leak["id"]
    list_out = StringIO()
    call_command("notifier", "sources", stdout=list_out)
    assert f"#zoom position {leak['id']}" in list_out.getvalue()


@pytest.mark.django_db
@pytest.mark.parametrize(
    "args, message",
    [
        (["add-mastodon", "mastodon.social"], "Mastodon server's address"),
        (["add-mastodon", "https://m.example", "--tag", "no spaces"], "hashtag"),
        (["add-jetstream", "https://jetstream.example"], "Jetstream address"),
        (["add-jetstream", "wss://j.example", "--tag", "x"], "no --tag"),
        (["run"], "No sources yet"),
    ],
)
def test_source_commands_refuse_bad_input(args, message):
    with pytest.raises(CommandError, match=message):
        call_command("notifier", *args, stdout=StringIO())
    assert not StreamSource.objects.exists()

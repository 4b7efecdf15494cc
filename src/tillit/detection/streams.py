"""Live sources of public posts: the Mastodon streaming API (public and hashtag
timelines) and the Bluesky Jetstream firehose. No database here: a source
hands each post, with its position, to a callback; it reconnects with
back-off and resumes after the last position it handed on, so a dropped
connection neither loses nor repeats a post.

- Mastodon streams over server-sent events and has no replay. On each
  (re)connection we subscribe first, then fetch what we missed from the REST
  timeline (`min_id` = last status id), then read the stream, skipping ids we
  already handed on: the subscription buffers whatever arrives meanwhile.
- Jetstream replays from a `cursor` (an event's `time_us`), inclusively; we
  skip events at or before the last one handed on.
"""

import json
import logging
import threading
import urllib.parse
import urllib.request
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from html.parser import HTMLParser
from http.client import HTTPException

from websockets.exceptions import WebSocketException
from websockets.sync.client import connect as ws_connect

log = logging.getLogger("tillit.detection")

USER_AGENT = "Tillit-Notifier/1"
PAGE = 40  # Mastodon's largest timeline page
POST_COLLECTION = "app.bsky.feed.post"


@dataclass(frozen=True)
class StreamPost:
    post: dict  # {"id", "text", "url", "author", "created_at"}
    position: str


class _Text(HTMLParser):
    """A status's HTML as text, with every link's address: Mastodon shortens
    the visible text of long links."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []

    def handle_starttag(self, tag, attrs):
        if tag in ("br", "p"):
            self.parts.append("\n")
        href = dict(attrs).get("href") if tag == "a" else None
        if href:
            self.parts.append(f" {href} ")

    def handle_data(self, data):
        self.parts.append(data)


def html_to_text(html: str) -> str:
    parser = _Text()
    parser.feed(html)
    parser.close()
    return "".join(parser.parts).strip()


def sse_events(lines: Iterable[bytes]) -> Iterator[tuple[str, str]]:
    """Server-sent events as (event, data); comments (heartbeats) skipped."""
    event, data = "message", []
    for raw in lines:
        line = raw.decode("utf-8", "replace").rstrip("\r\n")
        if not line:
            if data:
                yield event, "\n".join(data)
            event, data = "message", []
        elif not line.startswith(":"):
            name, _, value = line.partition(":")
            value = value[1:] if value.startswith(" ") else value
            if name == "event":
                event = value
            elif name == "data":
                data.append(value)


class StreamSource:
    """Reconnects with exponential back-off until `stop` is set."""

    name = "stream"

    def __init__(
        self,
        *,
        url: str,
        position: str = "",
        stop: threading.Event | None = None,
        backoff: float = 1.0,
        max_backoff: float = 60.0,
    ):
        self.url = url.rstrip("/")
        self.position = position
        self.stop = stop or threading.Event()
        self.backoff, self.max_backoff = backoff, max_backoff
        self.skipped: Counter = Counter()
        self.connections = 0
        self.state = "starting"

    def run(self, emit: Callable[[StreamPost], None]) -> None:
        delay = self.backoff
        while not self.stop.is_set():
            connections = self.connections
            try:
                self.session(emit)
            except (OSError, ValueError, HTTPException, WebSocketException) as exc:
                log.warning("%s %s: %s", self.name, self.url, exc)
            except Exception:  # a surprise must not end the source: log, retry
                log.exception("%s %s failed", self.name, self.url)
            if self.stop.is_set():
                break
            if self.connections > connections:
                delay = self.backoff  # it worked for a while: start over
            self.state = f"reconnecting in {delay:g}s"
            self.stop.wait(delay)
            delay = min(delay * 2, self.max_backoff)
        self.state = "stopped"

    def connected(self) -> None:
        self.connections += 1
        self.state = "connected"

    def session(self, emit: Callable[[StreamPost], None]) -> None:
        raise NotImplementedError


def _id_key(status_id: str) -> tuple[int, str]:
    return len(status_id), status_id  # numeric strings, longer is later


class MastodonSource(StreamSource):
    name = "mastodon"

    def __init__(self, *, tag: str = "", access_token: str = "", **kwargs):
        super().__init__(**kwargs)
        self.tag, self.access_token = tag, access_token

    def _get(self, path: str, query: dict, timeout: float):
        url = f"{self.url}{path}?{urllib.parse.urlencode(query)}"
        request = urllib.request.Request(url, headers={"User-Agent": USER_AGENT})
        if self.access_token:
            request.add_header("Authorization", f"Bearer {self.access_token}")
        return urllib.request.urlopen(request, timeout=timeout)

    def session(self, emit):
        if self.tag:
            stream_path, query = "/api/v1/streaming/hashtag", {"tag": self.tag}
        else:
            stream_path, query = "/api/v1/streaming/public", {}
        # Heartbeats come every 15 s or so: a minute of silence is a dead line.
        with self._get(stream_path, query, timeout=60) as stream:
            self.connected()
            if self.position:
                self._backfill(emit)
            for event, data in sse_events(stream):
                if self.stop.is_set():
                    return
                if event == "update":
                    self._take(data, emit)
        raise ConnectionError("the stream ended")

    def _backfill(self, emit):
        path = (
            f"/api/v1/timelines/tag/{urllib.parse.quote(self.tag)}"
            if self.tag
            else "/api/v1/timelines/public"
        )
        while not self.stop.is_set():
            with self._get(path, {"min_id": self.position, "limit": PAGE}, 30) as r:
                page = json.load(r)
            if not isinstance(page, list):
                raise ValueError("the timeline is not a list")
            statuses = [s for s in page if isinstance(s, dict)]
            for status in sorted(statuses, key=lambda s: _id_key(str(s.get("id")))):
                self._take(status, emit)
            if len(page) < PAGE:
                return

    def _take(self, status, emit):
        if isinstance(status, str):
            try:
                status = json.loads(status)
            except ValueError:
                self.skipped["not_json"] += 1
                return
        status_id = status.get("id") if isinstance(status, dict) else None
        if not isinstance(status_id, str) or not status_id.isdigit():
            self.skipped["no_id"] += 1
            return
        if self.position and _id_key(status_id) <= _id_key(self.position):
            return  # already handed on: the overlap between timeline and stream
        self.position = status_id
        shown = (
            status.get("reblog") if isinstance(status.get("reblog"), dict) else status
        )
        card = shown.get("card") if isinstance(shown.get("card"), dict) else {}
        parts = [
            shown.get("spoiler_text"),
            html_to_text(shown.get("content") or "")
            if isinstance(shown.get("content"), str)
            else "",
            card.get("url"),
        ]
        account = shown.get("account") if isinstance(shown.get("account"), dict) else {}
        emit(
            StreamPost(
                post={
                    "id": str(shown.get("uri") or shown.get("url") or status_id),
                    "text": "\n".join(p for p in parts if isinstance(p, str) and p),
                    "url": str(shown.get("url") or ""),
                    "author": str(account.get("acct") or ""),
                    "created_at": str(shown.get("created_at") or ""),
                },
                position=status_id,
            )
        )


class JetstreamSource(StreamSource):
    name = "jetstream"

    def session(self, emit):
        query = {"wantedCollections": POST_COLLECTION}
        if self.position:
            query["cursor"] = self.position
        uri = f"{self.url}/subscribe?{urllib.parse.urlencode(query)}"
        with ws_connect(
            uri,
            open_timeout=10,
            # No limit here: a message refused by the socket would come back
            # on every reconnect from the same cursor. The scan skips big posts.
            max_size=None,
            user_agent_header=USER_AGENT,
        ) as ws:
            self.connected()
            while not self.stop.is_set():
                try:
                    message = ws.recv(timeout=1)
                except TimeoutError:
                    continue
                self._take(message, emit)

    def _take(self, message, emit):
        try:
            event = json.loads(message)
        except ValueError:
            self.skipped["not_json"] += 1
            return
        time_us = event.get("time_us") if isinstance(event, dict) else None
        if not isinstance(time_us, int) or isinstance(time_us, bool):
            self.skipped["no_cursor"] += 1
            return
        if self.position and time_us <= int(self.position):
            return  # replayed from the cursor: already handed on
        self.position = str(time_us)
        commit = event.get("commit") if event.get("kind") == "commit" else None
        if (
            not isinstance(commit, dict)
            or commit.get("operation") != "create"
            or commit.get("collection") != POST_COLLECTION
            or not isinstance(commit.get("record"), dict)
        ):
            return  # identity, account, deletes and other records: nothing to scan
        record, did, rkey = commit["record"], event.get("did"), commit.get("rkey")
        emit(
            StreamPost(
                post={
                    "id": f"at://{did}/{POST_COLLECTION}/{rkey}",
                    "text": _bluesky_text(record),
                    "url": f"https://bsky.app/profile/{did}/post/{rkey}",
                    "author": str(did or ""),
                    "created_at": str(record.get("createdAt") or ""),
                },
                position=self.position,
            )
        )


def _bluesky_text(record: dict) -> str:
    """The post's text and the full address of every link: Bluesky shortens
    link text and keeps the address in facets and link cards."""
    parts = [record.get("text")]
    facets = record.get("facets")
    for facet in facets if isinstance(facets, list) else []:
        features = facet.get("features") if isinstance(facet, dict) else None
        for feature in features if isinstance(features, list) else []:
            if isinstance(feature, dict):
                parts.append(feature.get("uri"))
    embed = record.get("embed")
    if isinstance(embed, dict) and isinstance(embed.get("external"), dict):
        parts.append(embed["external"].get("uri"))
    return "\n".join(p for p in parts if isinstance(p, str) and p)

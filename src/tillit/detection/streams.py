"""Live sources of public posts: the Mastodon streaming API (public and hashtag
timelines) and the Bluesky Jetstream firehose. No database here: a source
hands each post, with its position, to a callback; it reconnects with
back-off and resumes after the last position it handed on, so a dropped
connection neither loses nor repeats a post.

- Mastodon streams over server-sent events and has no replay. On each
  (re)connection the source subscribes first, then fetches what it missed from
  the REST timeline, then reads the stream: the subscription buffers whatever
  arrives meanwhile. Statuses do not arrive in id order (parallel workers,
  fetched statuses keep their older ids), so the timeline is read from a
  watermark ten minutes before the newest id seen, and recently handed-on ids
  are remembered to skip the overlap.
- Jetstream replays from a `cursor` (an event's `time_us`, from one sequencer,
  so in order), inclusively; events at or before the last one handed on are
  skipped.
"""

import json
import logging
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from collections import Counter, OrderedDict
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from http.client import HTTPException

from websockets.exceptions import WebSocketException

from tillit.core.text import html_to_text

from .scan import MAX_LINE_BYTES, read_lines

log = logging.getLogger("tillit.detection")

USER_AGENT = "Tillit-Notifier/1"
# A status's HTML from the server's own sanitiser is a few kilobytes: longer
# HTML is skipped (#10).
MAX_STATUS_HTML = 20_000
# A timeline page is 40 statuses.
MAX_PAGE_BYTES = 16 * 1024 * 1024


@dataclass(frozen=True)
class StreamPost:
    post: dict  # {"id", "text", "url", "author", "created_at"}
    position: str


def sse_events(
    lines: Iterable[bytes | str | None],
) -> Iterator[tuple[str, str | None]]:
    """Server-sent events as (event, data); comments (heartbeats) skipped. A
    line too long to read (None, from read_lines) drops its event: its data is
    None."""
    event, data, too_long = "message", [], False
    for raw in lines:
        if raw is None:
            too_long = True
            continue
        line = raw.decode("utf-8", "replace") if isinstance(raw, bytes) else raw
        line = line.rstrip("\r\n")
        if not line and too_long:
            yield event, None
            event, data, too_long = "message", [], False
        elif not line:
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


class StreamClient:
    """Reconnects with exponential back-off until `stop` is set. The delay
    starts over only after a session that handed on a post or lasted a while,
    so a server that accepts and then hangs up at once is not hammered."""

    name = "stream"
    STEADY_SECONDS = 30.0

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
        self.handed_on = 0
        self.state = "starting"

    def run(self, emit: Callable[[StreamPost], None]) -> None:
        delay = self.backoff
        while not self.stop.is_set():
            handed_on, started = self.handed_on, time.monotonic()
            try:
                self.session(emit)
            except urllib.error.HTTPError as exc:
                self.state = f"refused: HTTP {exc.code}"
                if exc.code == 401:
                    self.state += " (give an access token)"
                log.warning("%s %s: %s", self.name, self.url, self.state)
            except (OSError, ValueError, HTTPException, WebSocketException) as exc:
                self.state = f"lost: {exc}"[:120]
                log.warning("%s %s: %s", self.name, self.url, exc)
            except Exception:  # a surprise must not end the source: log, retry
                self.state = "failed (see the log)"
                log.exception("%s %s failed", self.name, self.url)
            if self.stop.is_set():
                break
            if (
                self.handed_on > handed_on
                or time.monotonic() - started >= self.STEADY_SECONDS
            ):
                delay = self.backoff  # it worked for a while: start over
            log.info("%s %s: reconnecting in %gs", self.name, self.url, delay)
            self.stop.wait(delay)
            delay = min(delay * 2, self.max_backoff)
        self.state = "stopped"

    def connected(self) -> None:
        self.connections += 1
        self.state = "connected"

    def hand_on(self, emit, post: dict) -> None:
        self.handed_on += 1
        emit(StreamPost(post=post, position=self.position))

    def skip(self, reason: str, detail: str = "") -> None:
        self.skipped[reason] += 1
        log.warning(
            "%s %s: skipped a message (%s) %s", self.name, self.url, reason, detail[:80]
        )

    def session(self, emit: Callable[[StreamPost], None]) -> None:
        raise NotImplementedError

    def take(self, message, emit) -> None:
        """Hand on one message; a bad one is counted and skipped, never ends
        the session."""
        try:
            self._take(message, emit)
        except Exception:
            log.exception("%s %s: a message could not be read", self.name, self.url)
            self.skip("unreadable")

    def _take(self, message, emit) -> None:
        raise NotImplementedError


def _id_key(status_id: str) -> tuple[int, str]:
    return len(status_id), status_id  # Mastodon's snowflakes, GoToSocial's ULIDs


def _loads(message):
    try:
        return json.loads(message)
    except (ValueError, RecursionError):
        return None


class MastodonClient(StreamClient):
    name = "mastodon"
    PAGE = 40  # the largest timeline page
    LAG_MS = 10 * 60_000  # how late a status may reach the timeline
    REMEMBER = 50_000  # recent ids kept to skip the overlap
    MAX_LINE_BYTES = MAX_LINE_BYTES  # a longer line of the stream is skipped unread

    def __init__(self, *, tag: str = "", access_token: str = "", **kwargs):
        super().__init__(**kwargs)
        self.tag, self.access_token = tag, access_token
        # The saved position was handed on before: never again.
        self.recent: OrderedDict[str, None] = OrderedDict.fromkeys([self.position])

    def _get(self, path: str, query: dict, timeout: float):
        url = f"{self.url}{path}?{urllib.parse.urlencode(query)}"
        request = urllib.request.Request(url, headers={"User-Agent": USER_AGENT})
        if self.access_token:
            request.add_header("Authorization", f"Bearer {self.access_token}")
        return urllib.request.urlopen(request, timeout=timeout)

    @property
    def _timeline(self) -> str:
        if self.tag:
            return f"/api/v1/timelines/tag/{urllib.parse.quote(self.tag)}"
        return "/api/v1/timelines/public"

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
            else:  # a mark to come back to if this first connection drops
                self.position = self._newest_id() or "0"
            for event, data in sse_events(
                read_lines(stream, max_bytes=self.MAX_LINE_BYTES)
            ):
                if self.stop.is_set():
                    return
                if data is None:
                    self.skip("too_large")
                elif event in ("update", "status.update"):
                    self.take((event, data), emit)
        raise ConnectionError("the stream ended")

    def _page(self, query: dict) -> list[dict]:
        with self._get(self._timeline, query, 30) as response:
            body = response.read(MAX_PAGE_BYTES + 1)
        if len(body) > MAX_PAGE_BYTES:
            raise ValueError("a timeline page over 16 MiB")
        page = _loads(body)
        if not isinstance(page, list):
            raise ValueError("the timeline is not a list")
        return [s for s in page if isinstance(s, dict)]

    def _newest_id(self) -> str:
        page = self._page({"limit": 1})
        newest = page[0].get("id") if page else None
        return newest if isinstance(newest, str) else ""

    def _watermark(self) -> str:
        if not self.position.isdigit():
            return self.position
        # A snowflake is milliseconds << 16: step back LAG_MS in time.
        return str(max(0, (int(self.position) >> 16) - self.LAG_MS) << 16)

    def _backfill(self, emit):
        since = self._watermark()
        while not self.stop.is_set():
            page = self._page({"min_id": since, "limit": self.PAGE})
            ids = [s["id"] for s in page if isinstance(s.get("id"), str)]
            for status in sorted(page, key=lambda s: _id_key(str(s.get("id")))):
                self.take(("update", status), emit)
            newest = max(ids, key=_id_key, default=since)
            if len(page) < self.PAGE or _id_key(newest) <= _id_key(since):
                return  # caught up, or a server that ignores min_id
            since = newest

    def _take(self, message, emit):
        event, status = message
        if isinstance(status, str):
            status = _loads(status)
            if status is None:
                self.skip("not_json", message[1])
                return
        status_id = status.get("id") if isinstance(status, dict) else None
        if not isinstance(status_id, str) or not status_id:
            self.skip("no_id")
            return
        # An edit is scanned again: it may be the edit that adds the link.
        key = (
            status_id if event == "update" else f"{status_id}@{status.get('edited_at')}"
        )
        if key in self.recent:
            return  # already handed on: the overlap between timeline and stream
        self.recent[key] = None
        if len(self.recent) > self.REMEMBER:
            self.recent.popitem(last=False)
        if not self.position or _id_key(status_id) > _id_key(self.position):
            self.position = status_id
        shown = (
            status.get("reblog") if isinstance(status.get("reblog"), dict) else status
        )
        card = shown.get("card") if isinstance(shown.get("card"), dict) else {}
        content = shown.get("content")
        if isinstance(content, str) and len(content) > MAX_STATUS_HTML:
            self.skip("too_large", status_id)
            return
        parts = [
            shown.get("spoiler_text"),
            html_to_text(content) if isinstance(content, str) else "",
            card.get("url"),
        ]
        account = shown.get("account") if isinstance(shown.get("account"), dict) else {}
        self.hand_on(
            emit,
            {
                "id": str(shown.get("uri") or shown.get("url") or status_id),
                "text": "\n".join(p for p in parts if isinstance(p, str) and p),
                "url": str(shown.get("url") or ""),
                "author": str(account.get("acct") or ""),
                "created_at": str(shown.get("created_at") or ""),
            },
        )

"""`tillit notifier run`: every configured source at once, with live counts.

The streaming sources read the network in threads of their own and queue
what they read; this thread alone scans and writes, in arrival order, polls
the feeds that are due, and saves each stream's position only after the post
at that position was scanned (at once when it named one of our meetings,
otherwise at least every second). A crash or a stop therefore resumes at or
before the last post scanned: nothing is lost, and a post scanned again is
recognised by its id, so it is never recorded or warned about twice."""

import logging
import queue
import threading
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field

from django.db import InterfaceError, OperationalError, close_old_connections

from tillit.core.errors import InvalidInput

from . import jetstream, streams
from .feeds import poll_due_feeds
from .models import FeedSource, StreamSource
from .scan import MAX_POST_BYTES
from .services import PostScan, process_post, save_stream_positions

log = logging.getLogger("tillit.detection")
FEED_CHECK_SECONDS = 5.0
SAVE_SECONDS = 1.0


@dataclass
class Counts:
    posts: int = 0
    links: int = 0
    notices: int = 0
    skipped: Counter = field(default_factory=Counter)

    def add(self, scan: PostScan) -> None:
        self.posts += 1
        self.links += scan.references
        self.notices += scan.notices


def client_for(
    row: StreamSource, *, stop: threading.Event, backoff: float
) -> streams.StreamClient:
    common = {
        "url": row.url,
        "position": row.position,
        "stop": stop,
        "backoff": backoff,
    }
    if row.kind == StreamSource.MASTODON:
        return streams.MastodonClient(
            tag=row.tag, access_token=row.access_token, **common
        )
    return jetstream.JetstreamClient(**common)


class Runner:
    def __init__(self, *, backoff: float = 1.0):
        self.stop = threading.Event()
        self.inbox: queue.Queue = queue.Queue(maxsize=10_000)  # back-pressure
        self.counts = Counts()
        self.rows = list(StreamSource.objects.filter(active=True).order_by("pk"))
        self.clients = {
            row.pk: client_for(row, stop=self.stop, backoff=backoff)
            for row in self.rows
        }
        self.has_feeds = FeedSource.objects.filter(active=True).exists()
        self._unsaved: dict[int, str] = {}
        self._saved_at = time.monotonic()

    @property
    def sources(self) -> int:
        return len(self.rows) + FeedSource.objects.filter(active=True).count()

    def skipped(self) -> Counter:
        total = Counter(self.counts.skipped)
        for client in self.clients.values():
            total.update(client.skipped)
        return total

    def status(self) -> str:
        states = ", ".join(f"{row}: {self.clients[row.pk].state}" for row in self.rows)
        c, skipped = self.counts, self.skipped()
        line = (
            f"posts scanned {c.posts:,} · links found {c.links:,} · "
            f"notices sent {c.notices:,} · skipped {skipped.total():,}"
        )
        if skipped:
            reasons = ", ".join(f"{k} {v:,}" for k, v in sorted(skipped.items()))
            line += f" ({reasons})"
        return f"{line} · {states}" if states else line

    def _queue(self, pk: int):
        def emit(post: streams.StreamPost) -> None:
            while not self.stop.is_set():  # a full queue must not pin a stopped thread
                try:
                    self.inbox.put((pk, post), timeout=0.5)
                    return
                except queue.Full:
                    continue

        return emit

    def start(self) -> None:
        for pk, client in self.clients.items():
            threading.Thread(
                target=client.run,
                args=(self._queue(pk),),
                name=f"notifier-{client.name}-{pk}",
                daemon=True,  # they hold no state worth waiting for
            ).start()

    def run(
        self,
        *,
        max_posts: int | None = None,
        seconds: float | None = None,
        report: Callable[[str], None] | None = None,
        report_every: float = 1.0,
    ) -> Counts:
        self.start()
        started = last_report = time.monotonic()
        next_feeds = started
        try:
            while not (max_posts is not None and self.counts.posts >= max_posts):
                now = time.monotonic()
                if seconds is not None and now - started >= seconds:
                    break
                if self.has_feeds and now >= next_feeds:
                    self._poll_feeds()
                    next_feeds = now + FEED_CHECK_SECONDS
                try:
                    pk, item = self.inbox.get(timeout=0.2)
                except queue.Empty:
                    pass
                else:
                    self._scan(pk, item)
                if report and time.monotonic() - last_report >= report_every:
                    report(self.status())
                    last_report = time.monotonic()
        finally:
            self.stop.set()
            self._save(force=True)
        if report:
            report(self.status())
        return self.counts

    def _poll_feeds(self) -> None:
        try:
            for scan in poll_due_feeds():
                self.counts.add(scan)
        except Exception:  # one broken feed must not stop the streams
            log.exception("polling the feeds failed")

    def _scan(self, pk: int, item: streams.StreamPost) -> None:
        client = self.clients[pk]
        scan = None
        for attempt in range(4):
            try:
                scan = process_post(post=item.post, source=f"{client.name}:{pk}")
                break
            except InvalidInput:
                self._skip(client, item, _reason(item.post))
                break
            except (OperationalError, InterfaceError):
                if attempt == 3:
                    raise  # the database is away: stop; a restart resumes here
                log.warning("database error, retrying", exc_info=True)
                close_old_connections()
                time.sleep(2**attempt)
            except (
                Exception
            ):  # a post that breaks the scan is skipped, not retried forever
                log.exception("scanning %s failed", item.post.get("id"))
                self._skip(client, item, "error")
                break
        if scan is not None:
            self.counts.add(scan)
        self._unsaved[pk] = item.position
        self._save(force=bool(scan and scan.sightings))

    def _skip(self, client, item, reason: str) -> None:
        self.counts.skipped[reason] += 1
        log.warning(
            "%s %s: skipped post %s (%s)",
            client.name,
            client.url,
            str(item.post.get("id"))[:200],
            reason,
        )

    def _save(self, *, force: bool) -> None:
        if not self._unsaved:
            return
        if not force and time.monotonic() - self._saved_at < SAVE_SECONDS:
            return
        save_stream_positions(positions=self._unsaved)
        self._unsaved = {}
        self._saved_at = time.monotonic()


def _reason(post: dict) -> str:
    text = post.get("text")
    if isinstance(text, str) and len(text) > MAX_POST_BYTES:
        return "too_large"
    return "no_text"

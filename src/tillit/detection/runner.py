"""`tillit notifier run`: every configured source at once, with live counts.

The streaming sources read the network in threads of their own and queue
what they read; this thread alone scans and writes, in arrival order, polls
the feeds that are due, and saves each stream's position only after the post
at that position was scanned. A crash or a stop therefore resumes at the
last post scanned: nothing is lost, and a post that named one of our
meetings is never scanned twice (its position is saved at once; others are
saved at least every second)."""

import logging
import queue
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass

from tillit.core.errors import InvalidInput

from . import streams
from .feeds import poll_due_feeds
from .models import FeedSource, StreamSource
from .services import PostScan, process_post

log = logging.getLogger("tillit.detection")
FEED_CHECK_SECONDS = 5.0
SAVE_SECONDS = 1.0


@dataclass
class Counts:
    posts: int = 0
    links: int = 0
    notices: int = 0
    skipped: int = 0

    def add(self, scan: PostScan) -> None:
        self.posts += 1
        self.links += scan.references
        self.notices += scan.notices


def client_for(
    row: StreamSource, *, stop: threading.Event, backoff: float
) -> streams.StreamSource:
    common = {
        "url": row.url,
        "position": row.position,
        "stop": stop,
        "backoff": backoff,
    }
    if row.kind == StreamSource.MASTODON:
        return streams.MastodonSource(
            tag=row.tag, access_token=row.access_token, **common
        )
    return streams.JetstreamSource(**common)


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

    def skipped(self) -> int:
        return self.counts.skipped + sum(
            sum(c.skipped.values()) for c in self.clients.values()
        )

    def status(self) -> str:
        states = ", ".join(
            f"{row.kind} {row.url}{' #' + row.tag if row.tag else ''}: "
            f"{self.clients[row.pk].state}"
            for row in self.rows
        )
        c = self.counts
        line = (
            f"posts scanned {c.posts:,} · links found {c.links:,} · "
            f"notices sent {c.notices:,} · skipped {self.skipped():,}"
        )
        return f"{line} · {states}" if states else line

    def start(self) -> None:
        for pk, client in self.clients.items():
            threading.Thread(
                target=client.run,
                args=(lambda post, pk=pk: self.inbox.put((pk, post)),),
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
                    for scan in poll_due_feeds():
                        self.counts.add(scan)
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

    def _scan(self, pk: int, item: streams.StreamPost) -> None:
        client = self.clients[pk]
        try:
            scan = process_post(post=item.post, source=f"{client.name}:{pk}")
        except InvalidInput:
            self.counts.skipped += 1
            scan = None
        else:
            self.counts.add(scan)
        self._unsaved[pk] = item.position
        self._save(force=bool(scan and scan.sightings))

    def _save(self, *, force: bool) -> None:
        if not self._unsaved:
            return
        if not force and time.monotonic() - self._saved_at < SAVE_SECONDS:
            return
        for pk, position in self._unsaved.items():
            StreamSource.objects.filter(pk=pk).update(position=position)
        self._unsaved.clear()
        self._saved_at = time.monotonic()

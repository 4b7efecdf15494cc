"""RSS and Atom feeds, polled politely: conditional requests (ETag and
Last-Modified), a per-feed interval, back-off on failure, and every entry
scanned once however often the feed is fetched."""

import logging
import urllib.error
import urllib.request
from datetime import datetime, timedelta
from http.client import HTTPException

import feedparser
from django.db import IntegrityError, transaction
from django.utils import timezone

from tillit.core.errors import InvalidInput

from .models import FeedItemSeen, FeedSource
from .services import PostScan, process_post

log = logging.getLogger("tillit.detection")
MAX_BACKOFF = timedelta(hours=1)


def poll_feed(*, feed_id: int, now: datetime | None = None) -> list[PostScan]:
    """Fetch one feed if it is due and scan its new entries; return what
    scanning each new entry found."""
    now = now or timezone.now()
    feed = FeedSource.objects.filter(pk=feed_id, active=True).first()
    if feed is None or feed.next_poll_at > now:
        return []
    request = urllib.request.Request(
        feed.url, headers={"User-Agent": "Tillit-Notifier/1"}
    )
    if feed.etag:
        request.add_header("If-None-Match", feed.etag)
    if feed.last_modified:
        request.add_header("If-Modified-Since", feed.last_modified)
    try:
        with urllib.request.urlopen(request, timeout=15) as response:
            body = response.read(5_000_000)
            etag = response.headers.get("ETag", "")
            last_modified = response.headers.get("Last-Modified", "")
    except urllib.error.HTTPError as exc:
        if exc.code == 304:
            _schedule(feed, now, ok=True)
            return []
        return _failed(feed, now, exc)
    except (OSError, HTTPException) as exc:  # URLError is an OSError
        return _failed(feed, now, exc)
    scans = []
    for entry in feedparser.parse(body).entries:
        guid = (entry.get("id") or entry.get("link") or entry.get("title") or "")[:500]
        if not guid or FeedItemSeen.objects.filter(feed=feed, guid=guid).exists():
            continue
        text = " ".join(
            part
            for part in (entry.get("title"), entry.get("summary"), entry.get("link"))
            if part
        )
        post = {"id": guid, "text": text, "url": entry.get("link", "")}
        try:
            scans.append(process_post(post=post, source=f"feed:{feed.pk}", now=now))
        except InvalidInput as exc:  # empty or enormous: skipped, and not retried
            log.warning("feed %s: skipped entry %s: %s", feed.url, guid, exc.as_dict())
        _mark_seen(feed, guid)  # after scanning: a crash mid-way rescans, never skips
    feed.etag, feed.last_modified = etag[:300], last_modified[:100]
    _schedule(feed, now, ok=True)
    return scans


def _mark_seen(feed: FeedSource, guid: str) -> None:
    try:
        with transaction.atomic():
            FeedItemSeen.objects.create(feed=feed, guid=guid)
    except IntegrityError:
        pass  # another poller saw it at the same moment


def _schedule(feed: FeedSource, now: datetime, *, ok: bool) -> None:
    if ok:
        feed.failures = 0
        feed.next_poll_at = now + timedelta(seconds=feed.interval_seconds)
    else:
        feed.failures += 1
        delay = timedelta(seconds=feed.interval_seconds) * 2 ** min(feed.failures, 10)
        feed.next_poll_at = now + min(delay, MAX_BACKOFF)
    feed.save(update_fields=["etag", "last_modified", "failures", "next_poll_at"])


def _failed(feed: FeedSource, now: datetime, exc: Exception) -> list[PostScan]:
    log.warning("feed %s failed: %s", feed.url, exc)
    _schedule(feed, now, ok=False)
    return []


def poll_due_feeds(*, now: datetime | None = None) -> list[PostScan]:
    now = now or timezone.now()
    due = FeedSource.objects.filter(active=True, next_poll_at__lte=now).values_list(
        "pk", flat=True
    )
    return [scan for pk in list(due) for scan in poll_feed(feed_id=pk, now=now)]

"""Bluesky's Jetstream, a websocket of the firehose (S26): posts resumed from
the last `time_us` seen; reconnects and back-off are `streams.StreamClient`'s."""

import time
import urllib.parse

from websockets.sync.client import connect as ws_connect

from .streams import USER_AGENT, StreamClient, _loads

POST_COLLECTION = "app.bsky.feed.post"


class JetstreamClient(StreamClient):
    name = "jetstream"
    REWIND_US = 5_000_000  # a first connection that drops resumes from here

    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        self.cursor = self.position

    def session(self, emit):
        query = {"wantedCollections": POST_COLLECTION}
        if self.position or self.cursor:
            query["cursor"] = self.position or self.cursor
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
            if not self.cursor:
                # Nothing seen yet: if this connection drops, replay from a
                # little before it opened (by our clock) rather than lose the gap.
                self.cursor = str(time.time_ns() // 1000 - self.REWIND_US)
            while not self.stop.is_set():
                try:
                    message = ws.recv(timeout=1)
                except TimeoutError:
                    continue
                self.take(message, emit)

    def _take(self, message, emit):
        event = _loads(message)
        if event is None:
            self.skip("not_json", str(message))
            return
        time_us = event.get("time_us") if isinstance(event, dict) else None
        if not isinstance(time_us, int) or isinstance(time_us, bool):
            self.skip("no_cursor")
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
        self.hand_on(
            emit,
            {
                "id": f"at://{did}/{POST_COLLECTION}/{rkey}",
                "text": _bluesky_text(record),
                "url": f"https://bsky.app/profile/{did}/post/{rkey}",
                "author": str(did or ""),
                "created_at": str(record.get("createdAt") or ""),
            },
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

"""Local servers of our own on 127.0.0.1 that speak the real protocols with
messages in the shape the real services send: a Mastodon server (REST
timelines and the server-sent-events streaming API) and a Bluesky Jetstream
instance (websocket, cursor replay). Each can drop its connections abruptly
and refuse new ones for a while, as a server that went away does."""

import json
import queue
import socket
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlsplit

from websockets.sync.server import serve

DROP = object()


def wait_for(condition, timeout=10.0):
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError("timed out waiting")
        time.sleep(0.01)


class _Broadcast:
    """Published messages, the live subscribers, and the knobs tests turn."""

    def __init__(self):
        self.lock = threading.Lock()
        self.messages: list[dict] = []
        self.subscribers: list[queue.Queue] = []
        self.requests: list[str] = []
        self.refused = 0
        self.refuse = False
        self.overlap = False  # resend the newest message to a new subscriber
        self.closed = False
        self.hang_up = False  # accept a connection, then close it at once

    def _publish(self, message):
        with self.lock:
            self.messages.append(message)
            for q in self.subscribers:
                q.put(message)
        return message

    def drop(self):
        """Cut every live connection without a goodbye."""
        with self.lock:
            for q in self.subscribers:
                q.put(DROP)

    def raw(self, text):
        """A message that is not what the protocol promises (not JSON)."""
        with self.lock:
            for q in self.subscribers:
                q.put(text)

    def connected(self) -> int:
        with self.lock:
            return len(self.subscribers)


class Mastodon(_Broadcast):
    def __init__(self):
        super().__init__()
        self.clock_ms = 1_764_406_800_000  # ids are snowflakes: ms << 16 | sequence
        self.sequence = 0
        self.headers: list[dict] = []
        self.ignore_min_id = False  # a server that always answers the newest page
        self.require_token = False
        httpd = ThreadingHTTPServer(("127.0.0.1", 0), _MastodonHandler)
        httpd.daemon_threads = True
        httpd.app = self
        self.httpd = httpd
        self.url = f"http://127.0.0.1:{httpd.server_port}"
        threading.Thread(target=httpd.serve_forever, daemon=True).start()

    def close(self):
        self.closed = True
        self.drop()
        self.httpd.shutdown()
        self.httpd.server_close()

    def publish(self, html, *, tags=(), reblog_of=None, late_ms=0):
        """A status created now, or `late_ms` ago (as when Mastodon fetches
        an older status, or a slow worker delivers it after newer ones)."""
        self.clock_ms += 1_000
        self.sequence += 1
        status_id = str((self.clock_ms - late_ms) << 16 | self.sequence)
        status = {
            "id": status_id,
            "created_at": "2026-11-29T09:00:00.000Z",
            "uri": f"https://social.example/users/amy/statuses/{status_id}",
            "url": f"https://social.example/@amy/{status_id}",
            "content": html,
            "spoiler_text": "",
            "visibility": "public",
            "account": {"id": "1", "username": "amy", "acct": "amy"},
            "tags": [
                {"name": t, "url": f"https://social.example/tags/{t}"} for t in tags
            ],
            "card": None,
            "reblog": reblog_of,
        }
        return self._publish(status)

    def timeline(self, tag, min_id, limit):
        """Mastodon's min_id page: the `limit` statuses just after min_id,
        newest first."""
        if self.ignore_min_id:
            min_id = None
        with self.lock:
            newer = sorted(
                (
                    s
                    for s in self.messages
                    if int(s["id"]) > int(min_id or 0)
                    and (not tag or tag in [t["name"] for t in s["tags"]])
                ),
                key=lambda s: int(s["id"]),
            )
        if min_id is None or self.ignore_min_id:  # no min_id: the newest page
            return list(reversed(newer[-limit:]))
        return list(reversed(newer[:limit]))


class _MastodonHandler(BaseHTTPRequestHandler):
    def log_message(self, *args):
        pass

    def do_GET(self):
        app = self.server.app
        parts = urlsplit(self.path)
        query = {k: v[0] for k, v in parse_qs(parts.query).items()}
        app.requests.append(self.path)
        app.headers.append(dict(self.headers))
        if app.require_token and "Authorization" not in self.headers:
            self.send_error(401, "The access token is invalid")
            return
        if parts.path.startswith("/api/v1/timelines/"):
            tag = (
                parts.path.removeprefix("/api/v1/timelines/tag/")
                if "/tag/" in parts.path
                else ""
            )
            page = app.timeline(tag, query.get("min_id"), int(query.get("limit", 20)))
            body = json.dumps(page).encode()
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
            return
        if parts.path not in ("/api/v1/streaming/public", "/api/v1/streaming/hashtag"):
            self.send_error(404)
            return
        if app.refuse:
            app.refused += 1
            self.send_error(503)
            return
        tag = query.get("tag", "")
        self.send_response(200)
        self.send_header("Content-Type", "text/event-stream")
        self.send_header("Cache-Control", "no-store")
        self.end_headers()
        self.wfile.write(b":)\n")
        self.wfile.flush()
        if app.hang_up:
            return
        mine: queue.Queue = queue.Queue()
        with app.lock:
            app.subscribers.append(mine)
            if app.overlap and app.messages:
                mine.put(app.messages[-1])
        try:
            while not app.closed:
                try:
                    message = mine.get(timeout=0.5)
                except queue.Empty:
                    self.wfile.write(b":thump\n")
                    self.wfile.flush()
                    continue
                if message is DROP:
                    self.connection.shutdown(socket.SHUT_RDWR)
                    return
                if isinstance(message, str):  # raw, for bad-input tests
                    self.wfile.write(f"event: update\ndata: {message}\n\n".encode())
                elif not tag or tag in [t["name"] for t in message["tags"]]:
                    data = json.dumps(message)
                    self.wfile.write(f"event: update\ndata: {data}\n\n".encode())
                self.wfile.flush()
        except OSError:
            pass
        finally:
            with app.lock:
                app.subscribers.remove(mine)


class Jetstream(_Broadcast):
    def __init__(self):
        super().__init__()
        self.clock = time.time_ns() // 1000  # time_us, from the server's clock
        self.server = serve(self._handle, "127.0.0.1", 0)
        port = self.server.socket.getsockname()[1]
        self.url = f"ws://127.0.0.1:{port}"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def close(self):
        self.closed = True  # handlers notice within 0.2 s
        self.drop()
        self.server.shutdown()

    def _event(self, **fields):
        self.clock += 1_237  # time_us grows, and not by one
        return self._publish({"time_us": self.clock, **fields})

    def post(self, text, *, did="did:plc:amy", facets=None, embed=None):
        record = {
            "$type": "app.bsky.feed.post",
            "createdAt": "2026-11-29T09:00:00.000Z",
            "langs": ["en"],
            "text": text,
        }
        if facets:
            record["facets"] = facets
        if embed:
            record["embed"] = embed
        return self._commit(did, "create", "app.bsky.feed.post", record)

    def identity(self, did="did:plc:amy"):
        return self._event(
            did=did,
            kind="identity",
            identity={"did": did, "handle": "amy.bsky.social", "seq": 1},
        )

    def raw(self, text):
        """A frame that is not an event at all, kept for replay like the rest."""
        return self._event(_raw=text)

    def like(self, did="did:plc:amy"):
        return self._commit(did, "create", "app.bsky.feed.like", {"subject": {}})

    def delete(self, did="did:plc:amy"):
        return self._commit(did, "delete", "app.bsky.feed.post", None)

    def _commit(self, did, operation, collection, record):
        commit = {
            "rev": f"3lb{self.clock}",
            "operation": operation,
            "collection": collection,
            "rkey": f"3l{self.clock}",
        }
        if record is not None:  # a delete carries no record
            commit |= {"record": record, "cid": f"bafyrei{self.clock}"}
        return self._event(did=did, kind="commit", commit=commit)

    def _handle(self, connection):
        path = connection.request.path
        self.requests.append(path)
        if self.refuse:
            self.refused += 1
            connection.socket.shutdown(socket.SHUT_RDWR)
            return
        if self.hang_up:
            return  # a clean close right after the handshake
        query = {k: v[0] for k, v in parse_qs(urlsplit(path).query).items()}
        cursor = int(query["cursor"]) if "cursor" in query else None
        wanted = parse_qs(urlsplit(path).query).get("wantedCollections", [])

        def send(message):
            if isinstance(message, str):
                connection.send(message)
            elif "_raw" in message:
                connection.send(message["_raw"])
            elif not wanted or message.get("commit", {}).get("collection") in (
                None,
                *wanted,
            ):
                connection.send(json.dumps(message))

        mine: queue.Queue = queue.Queue()
        with self.lock:
            backlog = (
                [m for m in self.messages if m["time_us"] >= cursor]
                if cursor is not None
                else []
            )
            self.subscribers.append(mine)
        try:
            for message in backlog:
                send(message)
            while not self.closed:
                try:
                    message = mine.get(timeout=0.2)
                except queue.Empty:
                    continue
                if message is DROP:
                    connection.socket.shutdown(socket.SHUT_RDWR)
                    return
                send(message)
        except Exception:  # noqa: BLE001 - the client went away
            pass
        finally:
            with self.lock:
                self.subscribers.remove(mine)

"""What the benchmarks that go through the production server share: a fresh
database, a free loopback port, `tillit serve` started and stopped, work
spread over client threads and latency percentiles."""

import http.client
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def migrated_django(db_url: str) -> None:
    """Set Django up in this process on the bench database, with the
    production settings, and migrate it."""
    import os

    os.environ["DATABASE_URL"] = db_url
    os.environ["DJANGO_SETTINGS_MODULE"] = "tillit.settings"
    os.environ["TILLIT_DEBUG"] = "0"
    import django

    django.setup()
    from django.core.management import call_command

    call_command("migrate", verbosity=0)


def release_connections() -> None:
    """Close this process's connections and pool: the bench holds none that
    the server could use."""
    from django.db import connection

    connection.close()
    connection.close_pool()


def fresh_database(admin_url: str, name: str) -> None:
    import psycopg

    with psycopg.connect(admin_url, autocommit=True) as conn:
        conn.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
        conn.execute(f"CREATE DATABASE {name}")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_server(port: int, *, env: dict, log: Path, workers: int = 2):
    """Start `tillit serve` on 127.0.0.1:port and wait until it answers; its
    output goes to `log`."""
    log.parent.mkdir(parents=True, exist_ok=True)
    command = [sys.executable, "-m", "tillit.cli", "serve"]
    command += ["--workers", str(workers), "--port", str(port)]
    with log.open("ab") as out:
        server = subprocess.Popen(
            command, env=env, cwd=ROOT, stdout=out, stderr=subprocess.STDOUT
        )
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and server.poll() is None:
        try:
            conn = http.client.HTTPConnection("127.0.0.1", port, timeout=2)
            conn.request("GET", "/api/openapi.json")
            if conn.getresponse().status == 200:
                conn.close()
                return server
        except OSError:
            time.sleep(0.3)
    stop_server(server)
    tail = log.read_text(errors="replace")[-2000:]
    raise RuntimeError(f"the server did not start:\n{tail}")


def stop_server(server: subprocess.Popen) -> None:
    server.terminate()
    try:
        server.wait(15)
    except subprocess.TimeoutExpired:
        server.kill()
        server.wait()


def run_threads(work, n: int, threads: int) -> float:
    """Run work(index) for n indexes over `threads` threads; return seconds."""
    counter = iter(range(n))
    lock = threading.Lock()

    def loop():
        while True:
            with lock:
                i = next(counter, None)
            if i is None:
                return
            work(i)

    workers = [threading.Thread(target=loop) for _ in range(threads)]
    start = time.perf_counter()
    for t in workers:
        t.start()
    for t in workers:
        t.join()
    return time.perf_counter() - start


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))] if ordered else 0.0

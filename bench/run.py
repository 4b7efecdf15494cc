"""`make bench`: every benchmark, each against its baseline in the same run.

Each benchmark sets Django up on its own database, so each runs in a child
process (`run.py --child NAME OUT`); this process prints the environment and
collects the figures in var/bench/latest.json. BENCH_ONLY=throughput,pages
runs a subset.
"""

import base64
import json
import os
import platform
import secrets
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BENCHMARKS = (
    "throughput",
    "pages",
    "admission",
    "detection",
    "notifier_quality",
    "scanner_quality",
    "burst",
    "raid",
    "scaleout",
)
ADMIN_URL = "postgres://postgres@127.0.0.1:5432/postgres"


def child(name: str, out: Path) -> None:
    """Run one benchmark module: measure, print its table, write its figures."""
    import importlib

    sys.path[:0] = [str(ROOT / "src"), str(ROOT / "bench")]
    module = importlib.import_module(name)
    figures = module.measure()
    module.report(figures)
    out.write_text(json.dumps(figures, indent=2, default=str))


def main() -> int:
    import psycopg

    try:
        with psycopg.connect(ADMIN_URL) as conn:
            version = conn.execute("SHOW server_version").fetchone()[0]
    except psycopg.OperationalError as exc:
        print(f"make bench needs PostgreSQL on 127.0.0.1:5432 ({exc})", file=sys.stderr)
        return 2
    environment = {
        "python": platform.python_version(),
        "postgresql": version,
        "cpus": os.cpu_count(),
        "machine": platform.machine(),
    }
    print(
        f"Tillit benchmarks · Python {environment['python']} · "
        f"PostgreSQL {version} · {environment['cpus']} CPUs"
    )
    # The benchmarks run the production settings, which need the signing keys.
    os.environ.setdefault("TILLIT_SECRET_KEY", secrets.token_urlsafe(64))
    os.environ.setdefault(
        "TILLIT_AUDIT_SIGNING_KEY", base64.b64encode(secrets.token_bytes(32)).decode()
    )
    only = [n for n in os.environ.get("BENCH_ONLY", "").split(",") if n]
    names = [n for n in BENCHMARKS if not only or n in only]
    out_dir = ROOT / "var" / "bench"
    out_dir.mkdir(parents=True, exist_ok=True)
    results: dict = {"environment": environment, "wall_s": {}}
    failed = []
    for name in names:
        out = ROOT / "var" / f"bench-{name}.json"
        out.unlink(missing_ok=True)
        started = time.perf_counter()
        done = subprocess.run(
            [sys.executable, __file__, "--child", name, str(out)], cwd=ROOT
        )
        sys.stdout.flush()
        if done.returncode != 0 or not out.exists():
            print(f"\n{name}: the benchmark failed (exit {done.returncode})")
            failed.append(name)
            continue
        results[name] = json.loads(out.read_text())
        results["wall_s"][name] = time.perf_counter() - started
    (out_dir / "latest.json").write_text(json.dumps(results, indent=2, default=str))
    print(f"\nFigures written to {(out_dir / 'latest.json').relative_to(ROOT)}")
    return 1 if failed else 0


if __name__ == "__main__":
    if len(sys.argv) == 4 and sys.argv[1] == "--child":
        child(sys.argv[2], Path(sys.argv[3]))
    else:
        sys.exit(main())

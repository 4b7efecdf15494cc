"""`make bench`: every benchmark, each against its baseline in the same run."""

import json
import os
import platform
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "bench"))


def main() -> None:
    import psycopg

    try:
        with psycopg.connect("postgres://postgres@127.0.0.1:5432/postgres") as conn:
            version = conn.execute("SHOW server_version").fetchone()[0]
    except psycopg.OperationalError as exc:
        sys.exit(f"make bench needs PostgreSQL on 127.0.0.1:5432 ({exc})")
    print(
        f"Tillit benchmarks · Python {platform.python_version()} · "
        f"PostgreSQL {version} · {os.cpu_count()} CPUs"
    )
    # Each benchmark sets Django up on its own database; run them in children.
    import subprocess

    results = {}
    for name in ("throughput", "pages", "admission", "detection"):
        code = (
            f"import json, sys; sys.path[:0] = {[str(ROOT / 'src'), str(ROOT / 'bench')]!r}; "
            f"import {name} as b; f = b.measure(); b.report(f); "
            f"open({str(ROOT / 'var' / f'bench-{name}.json')!r}, 'w').write(json.dumps(f, default=str))"
        )
        (ROOT / "var").mkdir(exist_ok=True)
        subprocess.run([sys.executable, "-c", code], check=True, cwd=ROOT)
        results[name] = json.loads((ROOT / "var" / f"bench-{name}.json").read_text())
    (ROOT / "var" / "bench").mkdir(exist_ok=True)
    (ROOT / "var" / "bench" / "latest.json").write_text(json.dumps(results, indent=2))


if __name__ == "__main__":
    main()

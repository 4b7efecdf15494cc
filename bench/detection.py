"""The At-Risk Meeting Notifier's extraction (issue #6): precision and recall
on the team's evaluation set, and posts scanned per second on one core for a
realistic mix against a naive pipeline in the same run, and peak memory while
streaming posts."""

import json
import os
import random
import re
import time
import tracemalloc
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EVAL = ROOT / "tests" / "data" / "at_risk_posts.jsonl"
N_POSTS = int(os.environ.get("BENCH_DETECTION_POSTS", "200000"))
N_STREAM = int(os.environ.get("BENCH_DETECTION_STREAM", "1000000"))

# The naive pipeline: every URL in every post, then each provider's pattern.
NAIVE_URL = re.compile(r"\b(?:https?|zoommtg)://\S+", re.IGNORECASE)
NAIVE_PROVIDERS = [
    re.compile(r"zoom(?:gov)?\.(?:us|com)/(?:j|w|s|my)/([\w.-]+)", re.I),
    re.compile(r"meet\.google\.com/([a-z]{3}-[a-z]{4}-[a-z]{3})", re.I),
    re.compile(
        r"teams\.(?:microsoft|live)\.com/(?:l/meetup-join|meet)/([^/?\s]+)", re.I
    ),
    re.compile(r"(?:meet\.jit\.si|8x8\.vc)/([\w/-]+)", re.I),
    re.compile(r"([\w-]+)\.webex\.com/meet/([\w.-]+)", re.I),
]
NAIVE_ID = re.compile(r"meeting\s*id\s*[:#]?\s*([\d \-]{9,16})", re.I)


def naive_extract(text: str) -> list:
    found = []
    for url in NAIVE_URL.findall(text):
        for pattern in NAIVE_PROVIDERS:
            m = pattern.search(url)
            if m:
                found.append(m.group(1))
    found += NAIVE_ID.findall(text)
    return found


def _eval_set() -> list[dict]:
    return [json.loads(line) for line in EVAL.read_text(encoding="utf-8").splitlines()]


def measure_quality() -> dict:
    from tillit.detection.links import extract
    from tillit.detection.risk import HIGH, assess

    tp = fp = fn = 0
    htp = hfp = hfn = 0
    for post in _eval_set():
        expected = {(r["provider"], r["meeting_id"]) for r in post["refs"]}
        refs = extract(post["text"])
        got = {(r.provider, r.meeting_id) for r in refs}
        tp += len(expected & got)
        fp += len(got - expected)
        fn += len(expected - got)
        predicted_high = any(
            assess(
                text=post["text"],
                passcode_exposed=r.passcode is not None,
                host_start=r.host_start,
            ).score
            >= HIGH
            for r in refs
        )
        htp += predicted_high and post["high_risk"]
        hfp += predicted_high and not post["high_risk"]
        hfn += (not predicted_high) and post["high_risk"]

    def ratio(a, b):
        return a / b if b else 0.0

    return {
        "posts": len(_eval_set()),
        "extraction_precision": ratio(tp, tp + fp),
        "extraction_recall": ratio(tp, tp + fn),
        "high_precision": ratio(htp, htp + hfp),
        "high_recall": ratio(htp, htp + hfn),
    }


def _realistic_mix(n: int) -> list[str]:
    """Mostly ordinary posts; about one in fifty mentions a meeting."""
    rng = random.Random(11)
    ordinary = [
        "Great game last night, what a finish!",
        "Anyone know a good pizza place near Södermalm?",
        "New blog post on sourdough https://blog.example.com/sourdough-tips",
        "Ring mig ikväll om du hinner, 070-123 45 67",
        "The zoom lens on my new camera is amazing",
        "Order #81234567890 arrived broken, contacting support",
        "Reading the new report on climate policy https://news.example.org/a/123",
        "Vi ses på fredag! Glöm inte kakan.",
    ]
    meeting = [p["text"] for p in _eval_set() if p["refs"]]
    return [
        rng.choice(meeting) if rng.random() < 0.02 else rng.choice(ordinary)
        for _ in range(n)
    ]


def measure_speed() -> dict:
    from tillit.detection.links import extract

    posts = _realistic_mix(N_POSTS)
    start = time.perf_counter()
    for text in posts:
        naive_extract(text)
    naive = N_POSTS / (time.perf_counter() - start)
    start = time.perf_counter()
    for text in posts:
        extract(text)
    ours = N_POSTS / (time.perf_counter() - start)

    # Stream a million posts through the scanner, keeping nothing but counts.
    from tillit.detection.scan import ScanStats, scan_lines

    lines = (
        json.dumps({"id": i, "text": t})
        for i, t in enumerate(_realistic_mix_stream(N_STREAM))
    )
    tracemalloc.start()
    stats = ScanStats()
    start = time.perf_counter()
    for _finding in scan_lines(lines, stats):
        pass
    stream_seconds = time.perf_counter() - start
    _current, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return {
        "posts": N_POSTS,
        "ours_per_s": ours,
        "naive_per_s": naive,
        "stream_posts": N_STREAM,
        "stream_seconds": stream_seconds,
        "stream_peak_mb": peak / 2**20,
        "stream_references": stats.references,
    }


def _realistic_mix_stream(n: int):
    sample = _realistic_mix(10_000)
    for i in range(n):
        yield sample[i % len(sample)]


def measure() -> dict:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "tillit.settings")
    return {"quality": measure_quality(), "speed": measure_speed()}


def report(f: dict) -> None:
    q, s = f["quality"], f["speed"]
    print(
        f"\nAt-risk meeting notifier (evaluation set: {q['posts']} posts, tests/data/)"
    )
    print(
        f"  extraction  precision {q['extraction_precision']:.3f}  recall {q['extraction_recall']:.3f}"
    )
    print(
        f"  high risk   precision {q['high_precision']:.3f}  recall {q['high_recall']:.3f}"
    )
    ratio = s["ours_per_s"] / s["naive_per_s"]
    print(
        f"  one core    {s['ours_per_s']:,.0f} posts/s   naive URL-then-regex pipeline "
        f"{s['naive_per_s']:,.0f} posts/s   ratio {ratio:.1f}x "
        f"(aim >= 10x: {'met' if ratio >= 10 else 'not met'}; "
        f"aim 70,000/s: {'met' if s['ours_per_s'] >= 70000 else 'not met'})"
    )
    print(
        f"  streaming   {s['stream_posts']:,} posts as JSON lines in {s['stream_seconds']:.1f} s, "
        f"peak traced memory {s['stream_peak_mb']:.1f} MiB"
    )

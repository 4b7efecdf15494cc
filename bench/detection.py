"""The At-Risk Meeting Notifier's extraction (issue #6): precision and recall
on the team's evaluation set, posts scanned per second on one core for a
realistic mix against a naive pipeline in the same run (a general URL
extractor, urlextract, then each provider's pattern), and peak memory while
streaming posts."""

import json
import os
import random
import re
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path
from urllib.parse import unquote

ROOT = Path(__file__).resolve().parent.parent
EVAL = ROOT / "tests" / "data" / "at_risk_posts.jsonl"
N_POSTS = int(os.environ.get("BENCH_DETECTION_POSTS", "200000"))
# urlextract takes a few hundred microseconds a post: it is timed on the first
# N_NAIVE of the same posts.
N_NAIVE = int(os.environ.get("BENCH_DETECTION_NAIVE_POSTS", "20000"))
N_STREAM = int(os.environ.get("BENCH_DETECTION_STREAM", "1000000"))

# The naive pipeline: every URL a general extractor finds, then each
# provider's pattern on each URL, then "Meeting ID" in the text.
NAIVE_PROVIDERS = (
    ("zoom", re.compile(r"zoom(?:gov)?\.(?:us|com)/(?:j|w|s|my)/([\w.-]+)", re.I)),
    (
        "google_meet",
        re.compile(r"meet\.google\.com/([a-z]{3}-[a-z]{4}-[a-z]{3})", re.I),
    ),
    (
        "teams",
        re.compile(
            r"teams\.(?:microsoft|live)\.com/(?:l/meetup-join|meet)/([^/?\s]+)", re.I
        ),
    ),
    ("jitsi", re.compile(r"(?:meet\.jit\.si|8x8\.vc)/([\w/-]+)", re.I)),
    ("webex", re.compile(r"([\w-]+)\.webex\.com/meet/([\w.-]+)", re.I)),
)
NAIVE_ID = re.compile(r"meeting\s*id\s*[:#]?\s*(\d[\d \-]{8,15})", re.I)
# The former baseline, kept for reference: a URL regex instead of urlextract.
NAIVE_URL = re.compile(r"\b(?:https?|zoommtg)://\S+", re.IGNORECASE)


def url_extractor():
    """urlextract with the TLD list it ships. Offline: it reads the list from
    its package, never downloads one unless update() is called (it is not),
    and looks up DNS only with check_dns=True (it is not). Its cache and lock
    files go to a temporary directory, not into site-packages."""
    from urlextract import URLExtract

    with tempfile.TemporaryDirectory() as cache:
        return URLExtract(cache_dir=cache, cache_dns=False)


def naive_extract(text: str, find_urls) -> set[tuple[str, str]]:
    found = set()
    for url in find_urls(text):
        for provider, pattern in NAIVE_PROVIDERS:
            if m := pattern.search(url):
                found.add(_naive_ref(provider, m))
                break
    for ident in NAIVE_ID.findall(text):
        found.add(("zoom", re.sub(r"\D", "", ident)))
    return found


def _naive_ref(provider: str, m: re.Match) -> tuple[str, str]:
    if provider == "zoom" and "/my/" not in m.group(0):
        return provider, re.sub(r"\D", "", m.group(1))
    if provider == "teams":
        return provider, unquote(m.group(1))
    if provider == "webex":
        return provider, f"{m.group(1).lower()}/{m.group(2)}"
    return provider, m.group(1).lower()


def _eval_set() -> list[dict]:
    return [json.loads(line) for line in EVAL.read_text(encoding="utf-8").splitlines()]


def measure_quality() -> dict:
    from tillit.detection.links import extract
    from tillit.detection.risk import HIGH, assess

    find_urls = url_extractor().find_urls
    tp = fp = fn = 0
    ntp = nfp = nfn = 0
    htp = hfp = hfn = 0
    for post in _eval_set():
        expected = {(r["provider"], r["meeting_id"]) for r in post["refs"]}
        refs = extract(post["text"])
        got = {(r.provider, r.meeting_id) for r in refs}
        tp += len(expected & got)
        fp += len(got - expected)
        fn += len(expected - got)
        naive = naive_extract(post["text"], find_urls)
        ntp += len(expected & naive)
        nfp += len(naive - expected)
        nfn += len(expected - naive)
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
        "naive_extraction_precision": ratio(ntp, ntp + nfp),
        "naive_extraction_recall": ratio(ntp, ntp + nfn),
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


def _per_second(function, posts: list[str]) -> float:
    for text in posts[:1000]:  # warm up: compiled patterns, caches
        function(text)
    start = time.perf_counter()
    for text in posts:
        function(text)
    return len(posts) / (time.perf_counter() - start)


def measure_speed() -> dict:
    from tillit.detection.links import extract

    posts = _realistic_mix(N_POSTS)
    find_urls = url_extractor().find_urls
    naive = _per_second(lambda text: naive_extract(text, find_urls), posts[:N_NAIVE])
    regex_only = _per_second(lambda text: naive_extract(text, NAIVE_URL.findall), posts)
    ours = _per_second(extract, posts)

    # Stream a million distinct posts from a file through the scanner, as
    # `tillit notifier scan FILE` does: once for the time, once under
    # tracemalloc (which slows it) for the memory. Every meeting post names a
    # meeting of its own, so whatever the scanner remembers per meeting counts.
    from tillit.detection.scan import ScanStats, scan_lines

    def stream(path) -> ScanStats:
        stats = ScanStats()
        with open(path, encoding="utf-8") as lines:
            for _finding in scan_lines(lines, stats):
                pass
        return stats

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "posts.jsonl"
        _write_stream(path, N_STREAM)
        size_mb = path.stat().st_size / 2**20
        start = time.perf_counter()
        stats = stream(path)
        stream_seconds = time.perf_counter() - start
        tracemalloc.start()
        stream(path)
        _current, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
    return {
        "posts": N_POSTS,
        "naive_posts": min(N_NAIVE, N_POSTS),
        "ours_per_s": ours,
        "naive_per_s": naive,
        "regex_only_per_s": regex_only,
        "stream_posts": N_STREAM,
        "stream_seconds": stream_seconds,
        "stream_per_s": N_STREAM / stream_seconds,
        "stream_peak_mb": peak / 2**20,
        "stream_file_mb": size_mb,
        "stream_references": stats.references,
    }


def _write_stream(path: Path, n: int) -> None:
    """n posts as JSON lines, the realistic mix, each meeting post naming a
    meeting id of its own."""
    rng = random.Random(12)
    texts = _realistic_mix(10_000)
    with open(path, "w", encoding="utf-8") as out:
        for i in range(n):
            text = texts[i % len(texts)]
            if "zoom.us/j/" in text or "eeting" in text:
                text = f"{text} https://zoom.us/j/{rng.randrange(10**10, 10**11)}"
            out.write(json.dumps({"id": i, "text": text}) + "\n")


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
        f"   (naive pipeline: precision {q['naive_extraction_precision']:.3f}  "
        f"recall {q['naive_extraction_recall']:.3f})"
    )
    print(
        f"  high risk   precision {q['high_precision']:.3f}  recall {q['high_recall']:.3f}"
    )
    ratio = s["ours_per_s"] / s["naive_per_s"]
    print(
        f"  one core    ours {s['ours_per_s']:,.0f} posts/s ({s['posts']:,} posts, "
        f"about 1 in 50 mentions a meeting)"
    )
    print(
        f"              naive urlextract-then-regex {s['naive_per_s']:,.0f} posts/s "
        f"(first {s['naive_posts']:,} of the same posts)   ratio {ratio:,.1f}x"
    )
    print(
        f"              aim >= 10x: {'met' if ratio >= 10 else 'not met'}; "
        f"aim 70,000/s: {'met' if s['ours_per_s'] >= 70000 else 'not met'}"
    )
    print(
        f"              for reference, URL regex instead of urlextract "
        f"{s['regex_only_per_s']:,.0f} posts/s "
        f"(ours {s['ours_per_s'] / s['regex_only_per_s']:.1f}x)"
    )
    print(
        f"  streaming   {s['stream_posts']:,} distinct posts as JSON lines from a "
        f"{s['stream_file_mb']:,.0f} MiB file through scan_lines in "
        f"{s['stream_seconds']:.1f} s ({s['stream_per_s']:,.0f} posts/s), "
        f"peak traced memory {s['stream_peak_mb']:,.1f} MiB"
    )


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT / "src"))
    report(measure())

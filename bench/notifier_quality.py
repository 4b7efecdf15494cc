"""The At-Risk Meeting Notifier on posts as people write them (issue #13):
precision and recall on the HELD-OUT split of tests/data/ only, in English,
in Swedish and overall. Extraction counts (provider, meeting_id) pairs found by
`links.extract`; high risk takes the scan's own path (extract, then `assess`
per reference), and a post is predicted high if any of its references is.
Nothing is tuned on this split (tests/data/README.md).

    .venv/bin/python bench/notifier_quality.py
"""

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
HELDOUT = ROOT / "tests" / "data" / "notifier_heldout.jsonl"
MARKS = {"extraction": 0.95, "high_risk": 0.85}


def _ratio(a: int, b: int) -> float:
    return a / b if b else 0.0


def measure() -> dict:
    from tillit.detection import intent
    from tillit.detection.links import extract
    from tillit.detection.risk import assess

    posts = [
        json.loads(line)
        for line in HELDOUT.read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]
    counts = {
        lang: dict.fromkeys(
            ("tp", "fp", "fn", "htp", "hfp", "hfn", "gtp", "gfp", "gfn", "posts"), 0
        )
        for lang in ("en", "sv", "all")
    }
    misses = []
    for post in posts:
        expected = {(r["provider"], r["meeting_id"]) for r in post["refs"]}
        refs = extract(post["text"])
        got = {(r.provider, r.meeting_id) for r in refs}
        high = any(
            assess(
                text=post["text"],
                passcode_exposed=r.passcode is not None,
                host_start=r.host_start,
            ).level
            == "high"
            for r in refs
        )
        # The intent model and the levels alone: the post's labelled references
        # given, as if extraction were perfect.
        given = any(
            assess(
                text=post["text"],
                passcode_exposed=r["passcode_exposed"],
                host_start="/s/" in post["text"],
            ).level
            == "high"
            for r in post["refs"]
        )
        for lang in (post["lang"], "all"):
            c = counts[lang]
            c["posts"] += 1
            c["tp"] += len(expected & got)
            c["fp"] += len(got - expected)
            c["fn"] += len(expected - got)
            c["htp"] += high and post["high_risk"]
            c["hfp"] += high and not post["high_risk"]
            c["hfn"] += (not high) and post["high_risk"]
            c["gtp"] += given and post["high_risk"]
            c["gfp"] += given and not post["high_risk"]
            c["gfn"] += (not given) and post["high_risk"]
        if expected != got or high != post["high_risk"]:
            misses.append(post["id"])
    figures = {"model": intent.version(), "split": HELDOUT.name}
    for lang, c in counts.items():
        figures[lang] = {
            "posts": c["posts"],
            "extraction_precision": _ratio(c["tp"], c["tp"] + c["fp"]),
            "extraction_recall": _ratio(c["tp"], c["tp"] + c["fn"]),
            "high_precision": _ratio(c["htp"], c["htp"] + c["hfp"]),
            "high_recall": _ratio(c["htp"], c["htp"] + c["hfn"]),
            "high_precision_given_refs": _ratio(c["gtp"], c["gtp"] + c["gfp"]),
            "high_recall_given_refs": _ratio(c["gtp"], c["gtp"] + c["gfn"]),
        }
    figures["posts_wrong"] = len(misses)
    return figures


def report(f: dict) -> None:
    e, h = MARKS["extraction"], MARKS["high_risk"]
    print(
        f"\nAt-risk meeting notifier on the held-out split ({f['split']}, "
        f"intent model {f['model']})"
    )
    print(
        f"  {'':4} {'posts':>5}  extraction P    R      high risk P    R"
        f"      (marks: extraction ≥{e}/{e}, high risk ≥{h}/{h})"
    )
    for lang in ("en", "sv", "all"):
        r = f[lang]
        met = (
            r["extraction_precision"] >= e
            and r["extraction_recall"] >= e
            and r["high_precision"] >= h
            and r["high_recall"] >= h
        )
        print(
            f"  {lang:4} {r['posts']:>5}  {r['extraction_precision']:12.3f} "
            f"{r['extraction_recall']:6.3f}  {r['high_precision']:13.3f} "
            f"{r['high_recall']:6.3f}   {'meets the marks' if met else 'BELOW the marks'}"
        )
    print(f"  posts with a wrong extraction or level: {f['posts_wrong']}")
    print(
        "  high risk with the labelled references given (the intent model and levels alone):"
    )
    for lang in ("en", "sv", "all"):
        r = f[lang]
        print(
            f"  {lang:4} precision {r['high_precision_given_refs']:.3f} "
            f"recall {r['high_recall_given_refs']:.3f}"
        )


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT / "src"))
    report(measure())

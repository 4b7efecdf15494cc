"""The event scanner (issue #14) on the HELD-OUT split of tests/data/ only,
English and Swedish apart: AUPRC of `score`, precision and recall of
`flagged`, the top standard's accuracy on violating listings, the recall of
the three critical standards; beside it, in the same run, the baseline: the
model's n-gram (TF-IDF) part alone, with the same thresholds. Then the speed
on one core (a child process pinned to CPU 0 with one OpenMP thread) and its
peak memory, and the AUPRC of `score` on the OpenAI moderation evaluation set
("any category"), which nothing was fitted or chosen on. Nothing is tuned on
these figures.

    .venv/bin/python bench/scanner_quality.py
"""

import dataclasses
import gzip
import json
import os
import resource
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "tests" / "data"
OPENAI = (
    Path(os.environ.get("TILLIT_DATASETS", ROOT.parent / "shared" / "datasets"))
    / "openai-moderation-eval"
    / "samples-1680.jsonl.gz"
)
OPENAI_FLAGS = ("S", "H", "V", "HR", "SH", "S3", "H2", "V2")
MARKS = {"auprc": 0.90, "precision": 0.80, "recall": 0.85, "top": 0.70, "critical": 0.9}
SPEED_LISTINGS = 100


def _scores(model, items):
    """classify_many's probabilities for (title, description) items, with this
    model (the shipped one, or its n-gram part alone)."""
    from tillit.detection import scanner

    texts = [scanner.listing_text(t, d) for t, d in items]
    probs, _ = scanner.probabilities(texts, model)
    return probs


def _figures(events, probs, thresholds):
    from tillit.detection import scanner_metrics

    return scanner_metrics.figures(events, probs, thresholds)


def speed() -> dict:
    """Run in the pinned child: listings per second, the model and the
    baseline, and the peak memory of the process."""
    from tillit.detection import (
        scanner,
        scanner_data,
    )

    events = scanner_data.read_events(DATA, split="heldout")[:SPEED_LISTINGS]
    items = [(e["title"], e["description"]) for e in events]
    model = scanner.load()
    scanner.classify("warm", "up")  # the model file and the embedding loaded
    started = time.perf_counter()
    scanner.classify_many(items)
    elapsed = time.perf_counter() - started
    baseline = dataclasses.replace(model, kind="ngram", offensive=None)
    started = time.perf_counter()
    _scores(baseline, items)
    base_elapsed = time.perf_counter() - started
    return {
        "listings": len(items),
        "texts_per_s": len(items) / elapsed,
        "baseline_texts_per_s": len(items) / base_elapsed,
        "peak_rss_mib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
    }


def measure() -> dict:
    from tillit.detection import (
        scanner,
        scanner_data,
        scanner_metrics,
    )

    model = scanner.load()
    events = scanner_data.read_events(DATA, split="heldout")
    if not events:
        return {"model": model.version, "missing": "no held-out listings in tests/data"}
    items = [(e["title"], e["description"]) for e in events]
    thresholds = scanner.default_thresholds()
    # The shipped path, classify_many, gives the flags; its probabilities are
    # those of scanner.probabilities.
    results = scanner.classify_many(items)
    probs = [[r.score, *(r.standards[s] for s in scanner.STANDARDS)] for r in results]
    import numpy as np

    probs = np.array(probs)
    baseline = _scores(dataclasses.replace(model, kind="ngram", offensive=None), items)
    figures = {
        "model": model.version,
        "kind": model.kind,
        "heldout": _figures(events, probs, thresholds),
        "baseline_ngram": _figures(events, baseline, thresholds),
    }
    env = {**os.environ, "OMP_NUM_THREADS": "1", "PYTHONPATH": str(ROOT / "src")}
    done = subprocess.run(
        ["taskset", "-c", "0", sys.executable, __file__, "--speed"],
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    figures["speed"] = (
        json.loads(done.stdout)
        if done.returncode == 0
        else {"failed": done.stderr[-500:]}
    )
    if OPENAI.is_file():
        with gzip.open(OPENAI, "rt", encoding="utf-8") as f:
            prompts = [json.loads(line) for line in f if line.strip()]
        labels = [any(p.get(k) == 1 for k in OPENAI_FLAGS) for p in prompts]
        scored = scanner.classify_many([("", p["prompt"]) for p in prompts])
        base = _scores(
            dataclasses.replace(model, kind="ngram", offensive=None),
            [("", p["prompt"]) for p in prompts],
        )
        figures["openai"] = {
            "prompts": len(prompts),
            "unsafe": sum(labels),
            "auprc": scanner_metrics.average_precision(
                labels, [s.score for s in scored]
            ),
            "baseline_auprc": scanner_metrics.average_precision(
                labels, [float(p[0]) for p in base]
            ),
        }
    else:
        figures["openai"] = {"skipped": f"{OPENAI} is absent"}
    return figures


def _row(name, r) -> str:
    crit = " ".join(
        f"{v:.2f}" if v is not None else "  - " for v in r["critical_recall"].values()
    )
    return (
        f"  {name:22} {r['listings']:>5} {r['auprc']:7.3f} {r['precision']:7.3f} "
        f"{r['recall']:7.3f} {r['top_standard']:7.3f}   {crit}"
    )


def report(f: dict) -> None:
    print(
        f"\nEvent scanner on the held-out split (model {f['model']}, kind {f.get('kind')})"
    )
    if "missing" in f:
        print(f"  {f['missing']}")
        return
    print(
        f"  {'':22} {'list.':>5} {'AUPRC':>7} {'P':>7} {'R':>7} {'top':>7}   "
        "recall: child_safety violent_extremism self_harm"
    )
    for lang in ("en", "sv", "all"):
        if lang in f["heldout"]:
            print(_row(f"{lang} model", f["heldout"][lang]))
    for lang in ("en", "sv", "all"):
        if lang in f["baseline_ngram"]:
            print(_row(f"{lang} baseline (n-grams)", f["baseline_ngram"][lang]))
    print(
        "  critical recall: of the listings whose main standard it is, those "
        "flagged for it; of those naming it at all, flagged:"
    )
    for lang in ("en", "sv", "all"):
        if lang in f["heldout"]:
            named = f["heldout"][lang]["critical_named_flagged"]
            print(
                f"    {lang:4} "
                + "  ".join(
                    f"{s} {v:.2f}" if v is not None else f"{s} -"
                    for s, v in named.items()
                )
            )
    m = MARKS
    print(
        f"  marks: AUPRC ≥{m['auprc']}, P ≥{m['precision']}, R ≥{m['recall']}, "
        f"top ≥{m['top']}, critical recall ≥{m['critical']}, sv within 0.05 of en"
    )
    s = f["speed"]
    if "failed" in s:
        print(f"  speed: the pinned child failed: {s['failed']}")
    else:
        print(
            f"  one core: {s['texts_per_s']:.1f} listings/s (n-gram baseline "
            f"{s['baseline_texts_per_s']:.0f}/s) on {s['listings']} held-out listings; "
            f"peak memory {s['peak_rss_mib']:.0f} MiB"
        )
    o = f["openai"]
    if "skipped" in o:
        print(f"  OpenAI moderation set: skipped ({o['skipped']})")
    else:
        print(
            f"  OpenAI moderation set ({o['prompts']} prompts, {o['unsafe']} unsafe, "
            f"never trained or tuned on): AUPRC of score {o['auprc']:.3f} "
            f"(n-gram baseline {o['baseline_auprc']:.3f}; Llama Guard 0.847, mark 0.80)"
        )


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT / "src"))
    if sys.argv[1:] == ["--speed"]:
        print(json.dumps(speed()))
    else:
        report(measure())

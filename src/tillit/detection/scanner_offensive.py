"""The offensive-language part of the event scanner's score (#14; round 4 of
docs/detection.md). Pure: numpy only.

Every text the scanner's own models learn from was written by us; this part
was learnt from texts real people wrote. It is alt-profanity-check's model
(MIT): TF-IDF over words and five linear SVMs, each with a sigmoid
calibration, trained on about 200,000 human-labelled comments and tweets.
`tillit scanner train` copies its arrays into scanner_model.json (`export`,
the only code that reads the package), so classifying needs neither the
package nor scikit-learn. Its probability p raises the score as a noisy-or,
score' = 1 - (1 - score)(1 - weight * p): it can only add suspicion to the
ranking; it moves no standard, so it flags nothing by itself.
"""

import base64
import os
import re
from dataclasses import dataclass
from importlib.metadata import version

import numpy as np

# scikit-learn's default token pattern, which the exported vocabulary uses.
WORD = r"(?u)\b\w\w+\b"
TOKEN = re.compile(WORD)


@dataclass(frozen=True)
class Offensive:
    rows: dict[str, int]  # word -> column
    idf: np.ndarray  # (words,)
    coef: np.ndarray  # (folds, words)
    intercept: np.ndarray  # (folds,)
    calibration: np.ndarray  # (folds, 2): a and b of 1 / (1 + exp(a d + b))
    weight: float


def _b64(array, dtype: str) -> str:
    return base64.b64encode(np.ascontiguousarray(array, dtype=dtype).tobytes()).decode()


def _array(encoded: str, dtype: str, shape: tuple[int, ...]) -> np.ndarray:
    raw = np.frombuffer(base64.b64decode(encoded), dtype=dtype)
    return raw.reshape(shape).astype(np.float64)


def export() -> dict:
    """The package's model as scanner_model.json holds it (weight 0: the
    trainer sets it). Training only."""
    import joblib  # training only, with scikit-learn
    import profanity_check  # training only: the `train` extra installs it

    folder = os.path.join(os.path.dirname(profanity_check.__file__), "data")
    vectorizer = joblib.load(os.path.join(folder, "vectorizer.joblib"))
    model = joblib.load(os.path.join(folder, "model.joblib"))
    if vectorizer.token_pattern != WORD or vectorizer.ngram_range != (1, 1):
        raise ValueError("alt-profanity-check's vectorizer is not the one we read.")
    words = sorted(vectorizer.vocabulary_, key=vectorizer.vocabulary_.get)
    folds = model.calibrated_classifiers_
    return {
        "source": f"alt-profanity-check {version('alt-profanity-check')}",
        "words": words,
        "idf": _b64(vectorizer.idf_, "<f4"),
        "coef": _b64(np.vstack([f.estimator.coef_[0] for f in folds]), "<f2"),
        "intercept": [float(f.estimator.intercept_[0]) for f in folds],
        "calibration": [[f.calibrators[0].a_, f.calibrators[0].b_] for f in folds],
        "weight": 0.0,
    }


def from_raw(raw: dict | None) -> Offensive | None:
    """The part as the model file holds it; None without one or at weight 0."""
    if not raw or not raw.get("weight"):
        return None
    n, k = len(raw["words"]), len(raw["intercept"])
    return Offensive(
        rows={w: i for i, w in enumerate(raw["words"])},
        idf=_array(raw["idf"], "<f4", (n,)),
        coef=_array(raw["coef"], "<f2", (k, n)),
        intercept=np.array(raw["intercept"], dtype=np.float64),
        calibration=np.array(raw["calibration"], dtype=np.float64),
        weight=float(raw["weight"]),
    )


def probability(texts, part: Offensive) -> np.ndarray:
    """P(offensive) of each text, as the package's predict_prob gives it:
    counts of the known words (lower-cased) times their IDF, L2-normalised,
    each fold's SVM calibrated, the folds averaged."""
    out = np.zeros(len(texts))
    for i, text in enumerate(texts):
        counts: dict[int, int] = {}
        for word in TOKEN.findall(text.lower()):
            col = part.rows.get(word)
            if col is not None:
                counts[col] = counts.get(col, 0) + 1
        cols = np.fromiter(counts, dtype=np.int64, count=len(counts))
        values = np.fromiter(counts.values(), dtype=np.float64, count=len(counts))
        values *= part.idf[cols]
        norm = float(np.sqrt((values**2).sum()))
        if norm:
            values /= norm
        decision = part.coef[:, cols] @ values + part.intercept
        a, b = part.calibration[:, 0], part.calibration[:, 1]
        out[i] = float((1.0 / (1.0 + np.exp(a * decision + b))).mean())
    return out


def raise_score(probs: np.ndarray, p: np.ndarray, weight: float) -> np.ndarray:
    """The probabilities (texts, heads) with the score raised by weight * p
    as a noisy-or. The standards, and so `flagged`, stay as the models gave
    them: the part knows offensive words, not which standard a listing
    breaks, and a profane listing must not be flagged for child safety
    because that standard happened to be the likeliest."""
    if not weight:
        return probs
    out = probs.copy()
    out[:, 0] = 1.0 - (1.0 - probs[:, 0]) * (1.0 - weight * np.asarray(p))
    return out


def raised(probs: np.ndarray, texts, part: Offensive | None) -> np.ndarray:
    """The probabilities of `texts` raised by the part, if the model has one."""
    if part is None:
        return probs
    return raise_score(probs, probability(texts, part), part.weight)

"""The event scanner's features and fitting (scanner_training.py and
scanner_selection.py read them): the n-gram vocabulary and matrix, the
embeddings, the two heads of a linear model. Needs scikit-learn; classifying
never imports this module.

Rows of the training matrix come in groups: our listings (weight 1), our
texts written elsewhere than in listings (`harm_weight`), and the public
sets' samples (`public_weight`). Folds are drawn from the listings alone;
the other groups join every training fold and are never scored there.
"""

import math
from pathlib import Path

import numpy as np

from . import scanner, scanner_offensive
from .scanner import HEADS
from .scanner_data import (
    DATA,
    SEED,
    embeddings,
    event_text,
    labels,
    public_text,
    read_events,
    read_harm,
    read_lexicon,
    read_public,
)

# A bucket is a feature if this many training texts have it.
MIN_DF = 2
LISTING, HARM, PUBLIC = 0, 1, 2


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


def bare_model(buckets: list[int], idf: list[float], lexicon: list[str]):
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


def fit_heads(x, y, weight, c: float, standard_rows, standard_c: float | None = None):
    """A logistic regression for "any" (classes balanced) and a multinomial
    one over the main standard of the violating rows in `standard_rows`:
    (weights (features, heads), bias (heads)), as scanner.heads reads them. A
    standard with no example never wins."""
    from sklearn.linear_model import LogisticRegression  # training only

    coef = np.zeros((x.shape[1], y.shape[1]))
    bias = np.full(y.shape[1], -30.0)
    if y[:, 0].min() != y[:, 0].max():
        clf = LogisticRegression(
            C=c, class_weight="balanced", max_iter=3000, random_state=SEED
        )
        clf.fit(x, y[:, 0], sample_weight=weight)
        coef[:, 0], bias[0] = clf.coef_[0], clf.intercept_[0]
    violating = np.flatnonzero((y[:, 0] == 1) & standard_rows)
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
        clf.fit(x[violating], main, sample_weight=np.maximum(weight[violating], 0.1))
        if len(clf.classes_) == 2:  # one row: the second class against the first
            bias[1 + clf.classes_[0]] = 0.0
            coef[:, 1 + clf.classes_[1]] = clf.coef_[0]
            bias[1 + clf.classes_[1]] = clf.intercept_[0]
        else:
            for k, cls in enumerate(clf.classes_):
                coef[:, 1 + cls], bias[1 + cls] = clf.coef_[k], clf.intercept_[k]
    return coef, bias


def predict(config, fitted, xn, xe):
    parts = []
    if config["kind"] in ("ngram", "blend"):
        w, b = fitted["ngram"]
        parts.append(scanner.heads(np.asarray(xn @ w) + b))
    if config["kind"] in ("embedding", "blend"):
        w, b = fitted["embedding"]
        parts.append(scanner.heads(xe @ w + b))
    return scanner.combine(
        parts, config.get("blend", 0.5), config.get("standard_blend")
    )


def standard_rows(config, group):
    """The rows the main-standard head learns from: our listings, and our
    other texts if the configuration says so. The public sets (hate,
    harassment, fraud alone) would pull every listing their way."""
    mask = group == LISTING
    if config.get("harm_standard"):
        mask |= group == HARM
    return mask


def fit(config, xn, xe, y, weight, group):
    fitted = {}
    rows = standard_rows(config, group)
    if config["kind"] in ("ngram", "blend"):
        fitted["ngram"] = fit_heads(
            xn, y, weight, config["ngram_c"], rows, config.get("ngram_standard_c")
        )
    if config["kind"] in ("embedding", "blend"):
        fitted["embedding"] = fit_heads(
            xe,
            y,
            weight,
            config["embedding_c"],
            rows,
            config.get("embedding_standard_c"),
        )
    return fitted


def weights(prepared, config):
    """Each row's weight in the "any" head: listings 1, the other groups as
    the configuration says (0 leaves them out)."""
    group = prepared["group"]
    w = np.ones(len(group))
    w[group == HARM] = config.get("harm_weight", 0.0) or 0.0
    w[group == PUBLIC] = config.get("public_weight", 0.0) or 0.0
    return w


def prepare(data: Path = DATA, *, update_cache: bool = True) -> dict:
    """The listings, our other texts and the public sets, their features and
    labels; and the dev split of our other texts, apart."""

    events = read_events(data)
    harm = read_harm(data)
    dev = read_harm(data, split="dev")
    public = read_public(data)
    lexicon = read_lexicon(data)
    event_texts = [event_text(e) for e in events]
    harm_texts = [public_text(t) for t in harm]
    public_texts = [public_text(p) for p in public]
    dev_texts = [public_text(t) for t in dev]
    buckets, idf = vocabulary(event_texts + harm_texts)
    bare = bare_model(buckets, idf, lexicon)
    texts = event_texts + harm_texts + public_texts
    every = embeddings(texts + dev_texts, data, update=update_cache)
    offensive = scanner_offensive.export()
    part = scanner_offensive.from_raw({**offensive, "weight": 1.0})
    return {
        "offensive": offensive,
        "offensive_p": scanner_offensive.probability(event_texts, part),
        "dev_offensive_p": scanner_offensive.probability(dev_texts, part),
        "events": events,
        "harm": harm,
        "dev": dev,
        "public": public,
        "lexicon": lexicon,
        "buckets": buckets,
        "idf": idf,
        "xn": ngram_matrix(texts, bare),
        "xe": every[: len(texts)],
        "y": np.array([labels(r["standards"]) for r in events + harm + public]),
        "group": np.array(
            [LISTING] * len(events) + [HARM] * len(harm) + [PUBLIC] * len(public)
        ),
        "dev_xn": ngram_matrix(dev_texts, bare),
        "dev_xe": every[len(texts) :],
    }


def training_rows(prepared, config):
    """The rows a model is fitted on: the listings, and every other group
    the configuration gives a weight."""
    w = weights(prepared, config)
    return np.flatnonzero((prepared["group"] == LISTING) | (w > 0))

"""How the event scanner's configuration is chosen: cross-validation on the
training listings (folds stratified by language and main standard) and, for
the texts people write elsewhere, the dev split of our labelled texts
(tests/data/harm_texts_*.jsonl), which no model is fitted on. The held-out
listings and the evaluation-only public sets (TweetEval, the OpenAI
moderation set) are never read here.

`tillit scanner train --compare` prints every configuration of GRID; the
choice is frozen in scanner_training.CHOICE.
"""

from collections import Counter
from pathlib import Path

import numpy as np

from . import scanner_offensive
from .scanner import HEADS, STANDARDS
from .scanner_data import DATA, SEED
from .scanner_fitting import LISTING, fit, predict, prepare, weights
from .scanner_metrics import (
    CRITICAL_RECALL,
    average_precision,
    choose_thresholds,
    describe,
    figures,
)

FOLDS = 5
CASCADE_BARS = (0.02, 0.05, 0.1, 0.15, 0.2, 0.3)
# At most this share of violating texts may fall under the cascade's bar.
CASCADE_MISSES = 0.01
BASE = {
    "kind": "blend",
    "ngram_c": 30.0,
    "embedding_c": 30.0,
    "blend": 0.5,
    "public_weight": 0.03,
    "cascade": True,
}
ROUND_1 = (
    BASE,  # the first shipped choice: listings and public samples only
    {**BASE, "harm_weight": 0.1},
    {**BASE, "harm_weight": 0.3},
    {**BASE, "harm_weight": 1.0},
    {**BASE, "harm_weight": 0.3, "public_weight": 0.1},
    {**BASE, "harm_weight": 0.3, "public_weight": 0.3},
    {**BASE, "harm_weight": 0.3, "harm_standard": True},
    {**BASE, "harm_weight": 1.0, "harm_standard": True},
    {**BASE, "harm_weight": 0.3, "standard_blend": 0.3},
    {**BASE, "harm_weight": 0.3, "embedding_c": 100.0},
    {**BASE, "kind": "ngram", "harm_weight": 0.3, "cascade": False},
    {**BASE, "kind": "embedding", "harm_weight": 0.3, "cascade": False},
)
ROUND_2 = (  # around the best of the first
    {**BASE, "harm_weight": 1.0, "harm_standard": True, "public_weight": 0.0},
    {**BASE, "harm_weight": 1.0, "harm_standard": True, "public_weight": 0.01},
    {**BASE, "harm_weight": 3.0, "harm_standard": True},
    {**BASE, "harm_weight": 1.0, "harm_standard": True, "blend": 0.3},
    {**BASE, "harm_weight": 1.0, "harm_standard": True, "blend": 0.7},
    {**BASE, "harm_weight": 1.0, "harm_standard": True, "embedding_c": 100.0},
)
ROUND_3 = (  # with the first held-out split in training
    {**BASE, "harm_weight": 1.0, "harm_standard": True},
    {**BASE, "harm_weight": 3.0, "harm_standard": True},
    {**BASE, "harm_weight": 1.0, "harm_standard": True, "critical_recall": 0.98},
    {**BASE, "harm_weight": 3.0, "harm_standard": True, "critical_recall": 0.98},
    {**BASE, "harm_weight": 1.0, "harm_standard": True, "critical_recall": 1.0},
)
THIRD = {**BASE, "harm_weight": 1.0, "harm_standard": True}
# The fourth: the offensive-language part learnt from real text
# (scanner_offensive.py) at each weight its rule allows.
ROUND_4 = tuple(
    {**THIRD, "offensive_weight": w} for w in (0.0, 0.1, 0.2, 0.3, 0.5, 0.7, 1.0)
)
ROUNDS = {1: ROUND_1, 2: ROUND_2, 3: ROUND_3, 4: ROUND_4}
GRID = ROUND_1 + ROUND_2 + ROUND_3 + ROUND_4


def strata(events: list[dict]) -> list[str]:
    """Language and main standard; a stratum too small for every fold falls
    back to language and violating or not."""

    keys = [f"{e['lang']}:{(e['standards'] or ['none'])[0]}" for e in events]
    counts = Counter(keys)
    return [
        k if counts[k] >= FOLDS else f"{e['lang']}:{bool(e['standards'])}"
        for k, e in zip(keys, events, strict=True)
    ]


def _others(prepared, config):
    """The rows of the other groups that join every fold: those weighted."""
    w = weights(prepared, config)
    return np.flatnonzero((prepared["group"] != LISTING) & (w > 0))


def out_of_fold(prepared, config):
    """(out-of-fold probabilities, the n-gram part's) on the listings: each
    fold's model is fitted on the other folds' listings and the other groups."""
    from sklearn.model_selection import StratifiedKFold  # training only

    events = prepared["events"]
    xn, xe, y, group = (prepared[k] for k in ("xn", "xe", "y", "group"))
    w = weights(prepared, config)
    others = _others(prepared, config)
    n = len(events)
    probs = np.zeros((n, len(HEADS)))
    ngram = np.zeros((n, len(HEADS)))
    folds = StratifiedKFold(n_splits=FOLDS, shuffle=True, random_state=SEED)
    for train_idx, test_idx in folds.split(np.zeros(n), strata(events)):
        rows = np.concatenate([train_idx, others])
        fitted = fit(config, xn[rows], xe[rows], y[rows], w[rows], group[rows])
        probs[test_idx] = predict(config, fitted, xn[test_idx], xe[test_idx])
        if "ngram" in fitted:
            ngram[test_idx] = predict(
                {"kind": "ngram"}, fitted, xn[test_idx], xe[test_idx]
            )
    return probs, ngram


def fit_all(prepared, config):
    """The configuration fitted on every training row it uses, both models
    (the reasons need the n-grams)."""
    rows = np.concatenate(
        [np.flatnonzero(prepared["group"] == LISTING), _others(prepared, config)]
    )
    w = weights(prepared, config)
    return fit(
        {**config, "kind": "blend"},
        prepared["xn"][rows],
        prepared["xe"][rows],
        prepared["y"][rows],
        w[rows],
        prepared["group"][rows],
    )


def _dev_probs(prepared, config, fitted):
    """(probabilities, the n-gram part's) on the dev texts."""
    xn, xe = prepared["dev_xn"], prepared["dev_xe"]
    return predict(config, fitted, xn, xe), predict({"kind": "ngram"}, fitted, xn, xe)


def _cascade_bar(violating_ngram_scores) -> float:
    scores = np.concatenate(violating_ngram_scores)
    return max(b for b in (0.0, *CASCADE_BARS) if (scores < b).mean() <= CASCADE_MISSES)


def dev_figures(dev: list[dict], probs) -> dict:
    """AUPRC of "any" and the top standard's accuracy on the dev texts, per
    language."""
    out = {}
    for lang in ("all", "en", "sv"):
        idx = [i for i, t in enumerate(dev) if lang == "all" or t["lang"] == lang]
        if not idx:
            continue
        truth = [bool(dev[i]["standards"]) for i in idx]
        violating = [i for i in idx if dev[i]["standards"]]
        top = [
            STANDARDS[int(probs[i][1:].argmax())] == dev[i]["standards"][0]
            for i in violating
        ]
        out[lang] = {
            "texts": len(idx),
            "auprc": average_precision(truth, [float(probs[i][0]) for i in idx]),
            "top_standard": sum(top) / len(top) if top else 0.0,
        }
    return out


def cross_validate(prepared, config) -> tuple[dict, dict, dict]:
    """(thresholds, figures, the fitted model) of one configuration: figures
    on out-of-fold listings and on the dev texts. A cascade's bar is the
    highest of CASCADE_BARS under which at most one violating text in a
    hundred falls (the n-gram part's score on out-of-fold listings and dev
    texts), written into the configuration; the offensive-language part
    raises the scores after the cascade, as it does in classifying."""
    events, dev = prepared["events"], prepared["dev"]
    probs, ngram = out_of_fold(prepared, config)
    fitted = fit_all(prepared, config)
    dev_probs, dev_ngram = _dev_probs(prepared, config, fitted)
    if config["kind"] == "blend" and config.get("cascade"):
        bad = [bool(e["standards"]) for e in events]
        bad_dev = [bool(t["standards"]) for t in dev]
        config["cascade_below"] = _cascade_bar([ngram[bad, 0], dev_ngram[bad_dev, 0]])
        below = ngram[:, 0] < config["cascade_below"]
        probs[below] = ngram[below]
        below = dev_ngram[:, 0] < config["cascade_below"]
        dev_probs[below] = dev_ngram[below]
    weight = config.get("offensive_weight", 0.0)
    probs = scanner_offensive.raise_score(probs, prepared["offensive_p"], weight)
    dev_probs = scanner_offensive.raise_score(
        dev_probs, prepared["dev_offensive_p"], weight
    )
    thresholds = choose_thresholds(
        events, probs, config.get("critical_recall", CRITICAL_RECALL)
    )
    figs = figures(events, probs, thresholds)
    figs["dev"] = dev_figures(dev, dev_probs)
    if config["kind"] == "blend" and config.get("cascade"):
        figs["embedded"] = float((ngram[:, 0] >= config["cascade_below"]).mean())
    return thresholds, figs, fitted


def compare(data: Path = DATA, *, rounds=(), out=print) -> list[dict]:
    """Cross-validate every configuration of the rounds given (of GRID, all
    four, if none) on the training split."""
    prepared = prepare(data)
    results = []
    for config in [c for r in rounds for c in ROUNDS[r]] or GRID:
        config = dict(config)
        _, figs, _ = cross_validate(prepared, config)
        results.append({"config": config, "cross_validation": figs})
        out(describe(config, figs))
    return results

"""Figures of the event scanner (training and bench): average precision,
precision and recall, the figures per language and standard, and the
thresholds chosen from out-of-fold scores."""

import json

import numpy as np

from .scanner import HEADS, STANDARDS

# Flagging these must catch nine in ten: their thresholds are chosen for
# recall on cross-validation, with a margin (issue #14), which a
# configuration may widen (`critical_recall`): listings written by other
# hands are missed more often than cross-validation says.
CRITICAL = ("child_safety", "violent_extremism", "self_harm")
CRITICAL_RECALL = 0.95

# -- figures ------------------------------------------------------------------


def average_precision(labels_, scores) -> float:
    """Area under the precision-recall curve, as the sum over positives of the
    precision at each (ties taken together, as scikit-learn does)."""
    pairs = sorted(zip(scores, labels_, strict=True), key=lambda p: -p[0])
    positives = sum(1 for _, y in pairs if y)
    if not positives:
        return 0.0
    tp = fp = 0
    total = 0.0
    i = 0
    while i < len(pairs):
        j = i
        new_tp = 0
        while j < len(pairs) and pairs[j][0] == pairs[i][0]:
            new_tp += pairs[j][1] and 1
            fp += not pairs[j][1]
            j += 1
        tp += new_tp
        total += new_tp / positives * (tp / (tp + fp))
        i = j
    return total


def precision_recall(truth, predicted) -> tuple[float, float]:
    tp = sum(1 for t, p in zip(truth, predicted, strict=True) if t and p)
    fp = sum(1 for t, p in zip(truth, predicted, strict=True) if p and not t)
    fn = sum(1 for t, p in zip(truth, predicted, strict=True) if t and not p)
    return (tp / (tp + fp) if tp + fp else 0.0, tp / (tp + fn) if tp + fn else 0.0)


def figures(events, probs, thresholds) -> dict:
    """AUPRC of the score, precision and recall of flagged, the top standard's
    accuracy and the critical standards' recall: overall and per language."""
    out = {}
    for lang in ("all", "en", "sv"):
        idx = [i for i, e in enumerate(events) if lang == "all" or e["lang"] == lang]
        if not idx:
            continue
        truth = [bool(events[i]["standards"]) for i in idx]
        flagged = [
            any(probs[i][h + 1] >= thresholds[s] for h, s in enumerate(STANDARDS))
            for i in idx
        ]
        precision, recall = precision_recall(truth, flagged)
        violating = [i for i in idx if events[i]["standards"]]
        top = [
            STANDARDS[int(probs[i][1:].argmax())] == events[i]["standards"][0]
            for i in violating
        ]
        # A critical standard's recall: of the listings it is the main
        # standard of, those flagged for it; and of those naming it at all,
        # those flagged.
        critical, named = {}, {}
        for s in CRITICAL:
            h = HEADS.index(s)
            main = [i for i in idx if events[i]["standards"][:1] == [s]]
            critical[s] = (
                sum(probs[i][h] >= thresholds[s] for i in main) / len(main)
                if main
                else None
            )
            having = [i for i in idx if s in events[i]["standards"]]
            named[s] = (
                sum(flagged[idx.index(i)] for i in having) / len(having)
                if having
                else None
            )
        out[lang] = {
            "listings": len(idx),
            "auprc": average_precision(truth, [float(probs[i][0]) for i in idx]),
            "precision": precision,
            "recall": recall,
            "top_standard": sum(top) / len(top) if top else 0.0,
            "critical_recall": critical,
            "critical_named_flagged": named,
        }
    return out


def choose_thresholds(
    events, probs, critical_recall: float = CRITICAL_RECALL
) -> dict[str, float]:
    """Per standard, on out-of-fold probabilities (longer than most: the
    critical standards' ceiling and the passes for precision read best as one
    procedure). A critical standard's
    threshold is at most the highest that keeps its recall at
    `critical_recall`; then, standard by standard and a few passes over them,
    each threshold moves to where flagged (any standard reached) has the
    lower of its precision and recall highest, then its F1, starting from
    the best threshold common to all."""
    candidates = np.array([round(t / 100, 2) for t in range(2, 99)])
    probs = np.asarray(probs)
    truth = np.array([bool(e["standards"]) for e in events])
    ceiling = {}
    for h, s in enumerate(STANDARDS, 1):
        having = np.array([e["standards"][:1] == [s] for e in events])
        if s in CRITICAL and having.sum() >= 3:
            keeping = [
                t
                for t in candidates
                if (probs[having, h] >= t).mean() >= critical_recall
            ]
            ceiling[s] = max(keeping) if keeping else candidates[0]
        else:
            ceiling[s] = candidates[-1]

    def objective(flagged):
        tp = float((flagged & truth).sum())
        precision = tp / flagged.sum() if flagged.any() else 0.0
        recall = tp / truth.sum() if truth.any() else 0.0
        f1 = 2 * precision * recall / (precision + recall) if tp else 0.0
        return (round(min(precision, recall), 6), round(f1, 6))

    def uniform(t):
        return {s: float(min(t, ceiling[s])) for s in STANDARDS}

    def flagged_by(limits):
        return (probs[:, 1:] >= np.array([limits[s] for s in STANDARDS])).any(axis=1)

    # From the best single threshold for all, then each on its own.
    start = max(candidates, key=lambda t: objective(flagged_by(uniform(t))))
    thresholds = uniform(start)

    for _ in range(3):
        for h, s in enumerate(STANDARDS, 1):
            others = np.zeros(len(events), dtype=bool)
            for k, other in enumerate(STANDARDS, 1):
                if other != s:
                    others |= probs[:, k] >= thresholds[other]
            best = max(
                (t for t in candidates if t <= ceiling[s]),
                key=lambda t, h=h, others=others: (
                    objective(others | (probs[:, h] >= t)),
                    -abs(t - thresholds[s]),
                ),
            )
            thresholds[s] = float(best)
    return thresholds


def describe(config, figs) -> str:
    a = figs["all"]
    crit = " ".join(
        f"{s[:5]} {r:.2f}" if r is not None else f"{s[:5]} -"
        for s, r in a["critical_recall"].items()
    )
    langs = " ".join(
        f"{lang} AUPRC {figs[lang]['auprc']:.3f} top {figs[lang]['top_standard']:.2f}"
        for lang in ("en", "sv")
        if lang in figs
    )
    dev = " ".join(
        f"{lang} {d['auprc']:.3f}/{d['top_standard']:.2f}"
        for lang, d in figs.get("dev", {}).items()
    )
    return (
        f"{json.dumps(config)}: AUPRC {a['auprc']:.3f} P {a['precision']:.3f} "
        f"R {a['recall']:.3f} top {a['top_standard']:.3f} | {crit} | {langs}"
        + (f" | dev AUPRC/top {dev}" if dev else "")
    )

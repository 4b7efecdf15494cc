"""The event scanner's training data (scanner_training.py): the labelled
listings, the public sets' samples and lexicon, and the embedding cache.
Read only when training; classifying never imports this module."""

import csv
import hashlib
import json
import random
from pathlib import Path

import numpy as np

from . import scanner
from .scanner import STANDARDS

DATA = Path(__file__).resolve().parents[3] / "tests" / "data"
EVENT_FILES = (
    "scanner_events_en.jsonl",
    "scanner_events_sv.jsonl",
    "scanner_seed.jsonl",
    # More training listings, written later by other hands (training only).
    "scanner_events_extra_en.jsonl",
    "scanner_events_extra_sv_a.jsonl",
    "scanner_events_extra_sv_b.jsonl",
    "scanner_events_ordinary_en.jsonl",
    "scanner_events_ordinary_sv.jsonl",
)
# The held-out listings: the figures of bench/scanner_quality.py, never read
# by training or selection. Written by hands that had read no other file here.
HELDOUT_FILES = ("scanner_heldout_en.jsonl", "scanner_heldout_sv.jsonl")
# Training rows too close to a held-out listing, left out of training
# (tests/data/dedupe_scanner_train.py writes the list).
EXCLUDED = "scanner_train_excluded.txt"
# The largest share of words (shared over all words of the two) a training
# text may have in common with a held-out listing.
CLOSEST = 0.35
# Texts people write elsewhere than in listings (chat, posts, requests to a
# bot), labelled with the same standards: they teach the "any" head harm that
# no listing shows. Split "train" and "dev"; dev chooses, never trains.
HARM_FILES = (
    "harm_texts_en_a.jsonl",
    "harm_texts_en_b.jsonl",
    "harm_texts_en_c.jsonl",
    "harm_texts_sv.jsonl",
)
PUBLIC_FILES = ("davidson2017.jsonl", "dkhate2020.jsonl", "sms_spam.jsonl")
LDNOOBW = ("en", "sv", "da", "no")
EMBEDDING_CACHE = "scanner_embeddings.npz"
SEED = 14


# -- data ---------------------------------------------------------------------


def read_jsonl(path: Path) -> list[dict]:
    return [
        json.loads(line)
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]


def excluded(data: Path = DATA) -> frozenset[str]:
    """The ids of the training rows left out (EXCLUDED)."""
    path = data / EXCLUDED
    if not path.is_file():
        return frozenset()
    lines = path.read_text(encoding="utf-8").splitlines()
    return frozenset(
        line.split("#", 1)[0].strip() for line in lines if line.split("#", 1)[0].strip()
    )


def read_events(data: Path = DATA, split: str = "train") -> list[dict]:
    """The labelled listings of one split ("train" or "heldout"), from every
    file of it there is; training without the rows left out."""
    events = []
    left_out = excluded(data) if split == "train" else frozenset()
    for name in HELDOUT_FILES if split == "heldout" else EVENT_FILES:
        if (data / name).is_file():
            events += [
                e
                for e in read_jsonl(data / name)
                if e["split"] == split and e["id"] not in left_out
            ]
    return events


def read_harm(data: Path = DATA, split: str = "train") -> list[dict]:
    """The labelled texts of one split, from every file there is."""
    texts = []
    left_out = excluded(data)
    for name in HARM_FILES:
        if (data / name).is_file():
            texts += [
                t
                for t in read_jsonl(data / name)
                if t["split"] == split and t["id"] not in left_out
            ]
    return texts


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
    once, from ../shared/datasets; the samples are committed). It is longer than most: each public set's
    labels are mapped to our standards side by side, where they can be read."""
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
        ("0", 1430, ["hate"]),  # all of them
        ("1", 3000, ["harassment"]),
        ("2", 4163, []),  # all of them
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
    for label, n, standards in (("OFF", 384, ["harassment"]), ("NOT", 1200, [])):
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

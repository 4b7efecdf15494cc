"""The event scanner's labelled data (issue #14): every file the training
reads is well formed, and nothing it trains or chooses on comes close to a
held-out listing, so that the held-out figures measure listings the model
has never seen."""

import re

import pytest

from tillit.detection.scanner import STANDARDS
from tillit.detection.scanner_data import (
    CLOSEST,
    DATA,
    EVENT_FILES,
    HARM_FILES,
    HELDOUT_FILES,
    excluded,
    read_events,
    read_harm,
    read_jsonl,
)

KINDS = {"violating", "hard_negative", "ordinary"}


def _words(row: dict) -> set[str]:
    text = " ".join(row.get(k, "") for k in ("title", "description", "text"))
    return set(re.findall(r"\w+", text.lower()))


def _rows(names):
    return [
        (name, row)
        for name in names
        if (DATA / name).is_file()
        for row in read_jsonl(DATA / name)
    ]


def test_every_file_the_training_reads_is_there():
    missing = [
        n for n in EVENT_FILES + HELDOUT_FILES + HARM_FILES if not (DATA / n).is_file()
    ]
    assert missing == []


@pytest.mark.parametrize("name", EVENT_FILES + HELDOUT_FILES + HARM_FILES)
def test_every_row_is_labelled_with_known_standards_kinds_and_splits(name):
    rows = read_jsonl(DATA / name)
    assert rows
    splits = (
        {"train"}
        if name in EVENT_FILES
        else {"heldout"}
        if name in HELDOUT_FILES
        else {"train", "dev"}
    )
    for row in rows:
        assert row["lang"] in ("en", "sv"), row["id"]
        assert row["split"] in splits, row["id"]
        assert set(row["standards"]) <= set(STANDARDS), row["id"]
        assert row["kind"] in KINDS, row["id"]
        assert bool(row["standards"]) == (row["kind"] == "violating"), row["id"]
        assert row.get("title", "") + row.get("description", "") + row.get("text", "")


def test_ids_are_unique_across_every_file():
    ids = [row["id"] for _, row in _rows(EVENT_FILES + HELDOUT_FILES + HARM_FILES)]
    assert len(ids) == len(set(ids))


def test_no_training_or_dev_text_is_close_to_a_held_out_listing():
    held = [_words(r) for r in read_events(split="heldout")]
    assert len(held) >= 400
    used = read_events() + read_harm() + read_harm(split="dev")
    closest = max(
        (len(w & h) / len(w | h), r["id"])
        for r in used
        for w in [_words(r)]
        for h in held
    )
    assert closest[0] <= CLOSEST, closest


def test_what_is_left_out_is_few_and_never_held_out():
    left_out = excluded()
    held = {r["id"] for r in read_events(split="heldout")}
    assert len(left_out) < 100 and not left_out & held
    trained = {r["id"] for r in read_events() + read_harm() + read_harm(split="dev")}
    assert not left_out & trained


def test_the_dev_texts_are_their_own_scenarios():
    rows = [r for _, r in _rows(HARM_FILES)]
    train = [_words(r) for r in rows if r["split"] == "train"]
    dev = [(r["id"], _words(r)) for r in rows if r["split"] == "dev"]
    assert dev and train
    closest = max((len(w & t) / len(w | t), i) for i, w in dev for t in train)
    assert closest[0] <= 0.5, closest

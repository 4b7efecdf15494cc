"""The offensive-language part of the scanner's score (#14, round 4): the
copy in the model file scores as the package it was copied from does, and it
only ever raises the score, keeping each standard's share."""

import numpy as np
import pytest

from tillit.detection import scanner, scanner_offensive

TEXTS = [
    "Beginner yoga in the park. A gentle hour of stretching and breathing.",
    "you are a worthless idiot and everyone hates you",
    "",
    "Ünïcode wörds, 00 numbers and ALL CAPS SHOUTING",
    "\x00\x01 binary \ufffd junk " * 50,
    "word " * 20000,
]


@pytest.fixture(scope="module")
def exported():
    pytest.importorskip("profanity_check")
    return scanner_offensive.export()


def test_the_copy_scores_as_the_package_does(exported):
    from profanity_check import predict_prob

    part = scanner_offensive.from_raw({**exported, "weight": 1.0})
    ours = scanner_offensive.probability(TEXTS, part)
    theirs = predict_prob(TEXTS)
    # The SVMs' weights are kept as float16.
    assert np.abs(ours - theirs).max() < 1e-3
    assert ours[1] > 0.9 > 0.2 > ours[0]


def test_a_part_at_weight_zero_or_absent_is_no_part(exported):
    assert scanner_offensive.from_raw(exported) is None  # exported at weight 0
    assert scanner_offensive.from_raw(None) is None
    probs = np.array([[0.4, 0.4, 0.2]])
    assert scanner_offensive.raised(probs, ["x"], None) is probs


def test_the_score_is_raised_as_a_noisy_or_and_no_standard_moves():
    # The score, then two standards: the likeliest carries the whole score.
    probs = np.array([[0.5, 0.5, 0.25], [0.0, 0.0, 0.0], [0.9, 0.9, 0.09]])
    raised = scanner_offensive.raise_score(probs, np.array([0.8, 1.0, 0.0]), 0.5)
    assert raised[:, 0] == pytest.approx([1 - 0.5 * 0.6, 0.5, 0.9])
    assert (raised[:, 1:] == probs[:, 1:]).all()
    assert scanner_offensive.raise_score(probs, np.ones(3), 0.0) is probs


def test_a_profane_harmless_listing_is_not_flagged_for_a_grave_standard():
    """Profanity raises the score, never a standard past its threshold."""
    title = "Fucking awesome knitting night"
    description = "Shit-hot yarn, damn fine tea. Bring your own bloody needles."
    result = scanner.classify(title, description)
    plain = scanner.load()
    bare = scanner.Model(**{**plain.__dict__, "offensive": None})
    text = scanner.listing_text(title, description)
    without, _ = scanner.probabilities([text], bare)
    assert result.score > without[0, 0]
    assert [result.standards[s] for s in scanner.STANDARDS] == pytest.approx(
        without[0, 1:].tolist()
    )


def test_the_shipped_model_scores_hostile_text_within_bounds():
    model = scanner.load()
    texts = [scanner.listing_text("", t) for t in TEXTS]
    probs, _ = scanner.probabilities(texts, model)
    assert probs.shape == (len(TEXTS), len(scanner.HEADS))
    assert ((probs >= 0) & (probs <= 1)).all()

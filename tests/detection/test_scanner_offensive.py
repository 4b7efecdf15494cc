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


def test_the_score_is_raised_as_a_noisy_or_and_the_shares_kept():
    # The score, then two standards: the likeliest carries the whole score.
    probs = np.array([[0.5, 0.5, 0.25], [0.0, 0.0, 0.0], [0.9, 0.9, 0.09]])
    raised = scanner_offensive.raise_score(probs, np.array([0.8, 1.0, 0.0]), 0.5)
    assert raised[:, 0] == pytest.approx([1 - 0.5 * 0.6, 0.5, 0.9])
    assert raised[0, 1:] == pytest.approx([0.7, 0.35])
    assert raised[2] == pytest.approx(probs[2])
    assert (raised[:, 0] >= probs[:, 0]).all()
    assert scanner_offensive.raise_score(probs, np.ones(3), 0.0) is probs


def test_the_shipped_model_scores_hostile_text_within_bounds():
    model = scanner.load()
    texts = [scanner.listing_text("", t) for t in TEXTS]
    probs, _ = scanner.probabilities(texts, model)
    assert probs.shape == (len(TEXTS), len(scanner.HEADS))
    assert ((probs >= 0) & (probs <= 1)).all()

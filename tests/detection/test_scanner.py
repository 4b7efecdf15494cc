"""The event scanner (issue #14): what `tillit scanner classify` prints, bad
and hostile input, and the shipped model on listings of the training data.
Figures on the held-out split are the bench's (bench/scanner_quality.py),
never asserted here."""

import json
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tillit.detection import scanner

DATA = Path(__file__).parent.parent / "data"
SEED = {
    e["id"]: e
    for e in map(json.loads, (DATA / "scanner_seed.jsonl").open(encoding="utf-8"))
}
KEYS = ["id", "score", "standards", "flagged", "model"]


def _classify(stdin: str, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "tillit.cli", "scanner", "classify", *args],
        input=stdin.encode(),
        capture_output=True,
        check=False,
        timeout=300,
    )


def _line(listing_id, title, description) -> str:
    return json.dumps({"id": listing_id, "title": title, "description": description})


def test_classify_prints_one_line_per_listing_in_order_with_the_model():
    listings = [SEED["seed-en-15"], SEED["seed-sv-38"], SEED["seed-sv-04"]]
    done = _classify(
        "".join(_line(e["id"], e["title"], e["description"]) + "\n" for e in listings)
    )
    assert done.returncode == 0, done.stderr
    lines = [json.loads(line) for line in done.stdout.decode().splitlines()]
    assert [line["id"] for line in lines] == [e["id"] for e in listings]
    for line in lines:
        assert list(line)[:5] == KEYS
        assert set(line["standards"]) == set(scanner.STANDARDS)
        assert all(0.0 <= p <= 1.0 for p in line["standards"].values())
        assert 0.0 <= line["score"] <= 1.0
        assert line["model"] == scanner.model_version()
        assert line["model"].startswith("scanner-1-")
    assert [line["flagged"] for line in lines] == [True, False, True]
    assert "classified 3 listings, flagged 2" in done.stderr.decode()


def test_bad_lines_are_named_on_stderr_and_skipped_and_the_rest_go_on():
    good = _line(7, "Knitting circle", "Bring yarn and needles.")
    lines = [
        good,
        "not json {",
        "[1, 2]",
        json.dumps({"id": "x", "title": 5, "description": "a"}),
        json.dumps({"id": True, "title": "a", "description": "b"}),
        json.dumps({"title": "no id", "description": "b"}),
        json.dumps({"id": "e", "title": "", "description": "  "}),
        "",
        "   ",
        json.dumps({"id": "big", "title": "t", "description": "x" * 5000}),
        _line("last", "Stickcafé", "Ta med garn."),
    ]
    done = _classify("\n".join(lines) + "\n", "--max-line-bytes", "4000")
    assert done.returncode == 0
    out = [json.loads(line)["id"] for line in done.stdout.decode().splitlines()]
    assert out == [7, "last"]
    err = done.stderr.decode()
    for number, reason in [
        (2, "not_json"),
        (3, "not_an_object"),
        (4, "bad_text"),
        (5, "bad_id"),
        (6, "bad_id"),
        (7, "no_text"),
        (10, "too_large"),
    ]:
        assert f"line {number}: skipped ({reason})" in err
    assert "line 8" not in err and "line 9" not in err  # blank lines pass
    assert "classified 2 listings" in err and "blank 2" in err


def test_a_file_that_cannot_be_read_is_a_clear_error(tmp_path):
    done = _classify("", str(tmp_path / "missing.jsonl"))
    assert done.returncode == 1
    assert "Cannot read" in done.stderr.decode()


def test_nothing_to_classify_prints_nothing_and_says_so():
    done = _classify("not json\n")
    assert done.returncode == 0 and done.stdout == b""
    assert "classified 0 listings" in done.stderr.decode()


def test_a_megabyte_description_and_control_characters_are_read_quickly():
    hostile = "\x00\x07\u200b\ud800" + "buy cocaine " * 90_000  # over 1 MB
    scanner.classify("warm-up", "")
    started = time.process_time()
    score = scanner.classify("\x1b[31mtitle\x00", hostile)
    assert time.process_time() - started < 5.0
    assert 0.0 <= score.score <= 1.0
    empty = scanner.classify("", "")
    assert 0.0 <= empty.score <= 1.0 and empty.model == scanner.model_version()


@pytest.mark.parametrize(
    "listing_id", ["seed-en-01", "seed-sv-04", "seed-en-15", "seed-sv-18"]
)
def test_a_blatant_violation_is_flagged_with_its_standard_and_reasons(listing_id):
    event = SEED[listing_id]
    score = scanner.classify(event["title"], event["description"])
    assert score.flagged
    assert max(score.standards, key=score.standards.get) == event["standards"][0]
    assert event["standards"][0] in score.flagged_standards
    assert score.reasons and all(w > 0 for _, w in score.reasons)
    assert len(score.reasons) <= scanner.MAX_REASONS
    weights = [w for _, w in score.reasons]
    assert weights == sorted(weights, reverse=True)


@pytest.mark.parametrize("listing_id", ["seed-en-27", "seed-sv-32", "seed-en-33"])
def test_a_hard_negative_is_not_flagged(listing_id):
    event = SEED[listing_id]
    score = scanner.classify(event["title"], event["description"])
    assert not score.flagged and score.flagged_standards == ()


def test_thresholds_can_be_given_and_flag_what_reaches_them():
    event = SEED["seed-en-37"]  # a knitting circle
    assert not scanner.classify(event["title"], event["description"]).flagged
    everything = dict.fromkeys(scanner.STANDARDS, 0.0)
    score = scanner.classify(
        event["title"], event["description"], thresholds=everything
    )
    assert score.flagged and len(score.flagged_standards) == len(scanner.STANDARDS)
    assert set(scanner.default_thresholds()) == set(scanner.STANDARDS)


def test_batches_score_as_single_listings_do():
    items = [(e["title"], e["description"]) for e in list(SEED.values())[:20]]
    many = scanner.classify_many(items)
    for item, score in zip(items, many, strict=True):
        single = scanner.classify(*item)
        assert abs(single.score - score.score) < 1e-6
        assert single.flagged == score.flagged


def test_classifying_never_imports_scikit_learn():
    code = (
        "import sys; from tillit.detection import scanner;"
        "scanner.classify('a', 'b');"
        "bad = {'sklearn', 'scipy', 'django', 'joblib', 'profanity_check'}"
        " & set(sys.modules); assert not bad, bad"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


def test_the_seed_is_labelled_with_the_standards():
    for event in SEED.values():
        assert event["split"] == "train"
        assert set(event["standards"]) <= set(scanner.STANDARDS)
        assert bool(event["standards"]) == (event["kind"] == "violating")


def test_train_reproduces_the_shipped_model(tmp_path):
    pytest.importorskip("sklearn")
    from tillit.detection import scanner_training

    model = scanner_training.train(update_cache=False)
    path = tmp_path / "model.json"
    scanner_training.write(model, path)
    assert path.read_bytes() == scanner.MODEL_PATH.read_bytes()


def test_the_django_command_classifies_as_the_lean_path_does(tmp_path):
    from io import StringIO

    from django.core.management import call_command

    event = SEED["seed-sv-18"]
    path = tmp_path / "listings.jsonl"
    path.write_text(_line("a", event["title"], event["description"]) + "\n{\n")
    out, err = StringIO(), StringIO()
    call_command("scanner", "classify", str(path), stdout=out, stderr=err)
    lean = _classify(path.read_text())
    assert out.getvalue() == lean.stdout.decode()
    assert "line 2: skipped (not_json)" in err.getvalue()

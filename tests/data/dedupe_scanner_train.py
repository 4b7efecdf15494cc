"""Write tests/data/scanner_train_excluded.txt: the training listings and
texts the event scanner leaves out because they come too close to a held-out
listing (issue #14).

The held-out listings were written by hands that read none of the training
files, yet writers given the same brief land on the same scenarios ("True
crime book club: In Cold Blood", twice, word for word). A training text whose
shared words with a held-out listing exceed CLOSEST (shared words over all
words of the two) would let the held-out figures measure memory, so it is
left out of training; the held-out split stays as its writers wrote it.

Run after changing any data file (the test tests/detection/test_scanner_data.py
fails until the list is current):

    python tests/data/dedupe_scanner_train.py
"""

import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1] / "src"))

from tillit.detection.scanner_data import (  # noqa: E402 (the path first)
    CLOSEST,
    EVENT_FILES,
    EXCLUDED,
    HARM_FILES,
    HELDOUT_FILES,
)


def words(row: dict) -> set[str]:
    text = " ".join(row.get(k, "") for k in ("title", "description", "text"))
    return set(re.findall(r"\w+", text.lower()))


def rows(names):
    for name in names:
        path = HERE / name
        if path.is_file():
            for line in path.read_text(encoding="utf-8").splitlines():
                if line.strip():
                    yield json.loads(line)


def too_close() -> list[tuple[str, str, float]]:
    """(training id, held-out id, share) for every training row over CLOSEST."""
    held = [(r["id"], words(r)) for r in rows(HELDOUT_FILES)]
    out = []
    for row in rows(EVENT_FILES + HARM_FILES):
        w = words(row)
        share, held_id = max(
            ((len(w & h) / len(w | h), i) for i, h in held), default=(0.0, "")
        )
        if share > CLOSEST:
            out.append((row["id"], held_id, share))
    return out


def main() -> None:
    found = too_close()
    lines = [f"{i}  # {share:.2f} of its words with {h}" for i, h, share in found]
    (HERE / EXCLUDED).write_text(
        "# Written by dedupe_scanner_train.py: training rows left out, each too\n"
        "# close to a held-out listing.\n" + "".join(f"{line}\n" for line in lines),
        encoding="utf-8",
    )
    print(f"{len(found)} training rows left out, written to {EXCLUDED}")


if __name__ == "__main__":
    main()

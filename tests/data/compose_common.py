"""What every composer of the event scanner's labelled data shares (issue #14):
the checks on a hand-written entry, the line format, the file and the counts
it prints. Each `compose_*.py` beside it holds only its entries and says
which file they make.

Listing entries are tuples (kind, slugs, title, description, note), text
entries (kind, slugs, text, note):
  kind   "v" violating, "h" hard negative, "o" ordinary;
  slugs  for "v" the standards broken, main one first, space-separated; for
         "h" the one standard whose words the harmless entry uses (its
         `standards` is []; a listing's note ends "(mirrors <slug>)"); for
         "o" "".
"""

import json
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1] / "src"))

from tillit.detection.scanner import STANDARDS  # noqa: E402 (the path first)

KINDS = {"v": "violating", "h": "hard_negative", "o": "ordinary"}
SLUGS = STANDARDS  # the guidelines' slugs, as the scanner knows them


def _standards(kind: str, slugs: str, note: str | None, what: str) -> list[str]:
    """The entry's `standards`, once its kind and slugs are checked (and the
    note of a hard negative, if it must name what it mirrors)."""
    assert kind in KINDS, (kind, what)
    names = slugs.split()
    assert all(s in SLUGS for s in names), (slugs, what)
    if kind == "v":
        assert names, what
        return names
    if kind == "h":
        assert len(names) == 1, (slugs, what)
        assert note is None or note.endswith(f"(mirrors {slugs})"), (note, what)
    else:
        assert not names, what
    return []


def listing_rows(entries, *, prefix: str, lang: str, split: str) -> list[dict]:
    """The lines of a listings file, ids `<prefix>-0001` on."""
    rows = []
    for i, (kind, slugs, title, description, note) in enumerate(entries, 1):
        rows.append(
            {
                "id": f"{prefix}-{i:04d}",
                "lang": lang,
                "split": split,
                "title": title,
                "description": description,
                "standards": _standards(kind, slugs, note, title),
                "kind": KINDS[kind],
                "note": note,
            }
        )
    titles = Counter(r["title"] for r in rows)
    assert max(titles.values(), default=1) == 1, [t for t, n in titles.items() if n > 1]
    return rows


def text_rows(splits, *, prefix: str, lang: str) -> list[dict]:
    """The lines of a texts file from (split, entries) pairs, ids numbered on
    across the splits."""
    rows = []
    for split, entries in splits:
        for kind, slugs, text, note in entries:
            rows.append(
                {
                    "id": f"{prefix}-{len(rows) + 1:04d}",
                    "lang": lang,
                    "split": split,
                    "text": text,
                    "standards": _standards(kind, slugs, None, text),
                    "kind": KINDS[kind],
                    "note": note,
                }
            )
    texts = Counter(r["text"] for r in rows)
    assert max(texts.values(), default=1) == 1, [t for t, n in texts.items() if n > 1]
    return rows


def write(name: str, rows: list[dict]) -> Path:
    """Write tests/data/<name>, one JSON object a line, and print the counts
    per split, kind and main (or mirrored) standard."""
    path = HERE / name
    with path.open("w", encoding="utf-8") as f:
        for row in rows:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"wrote {len(rows)} rows to {path}")
    counts = Counter(
        (r["split"], r["kind"], (r["standards"] or [_mirrored(r)])[0]) for r in rows
    )
    for (split, kind, slug), n in sorted(counts.items()):
        print(f"  {split:<8} {kind:<14} {slug:<22} {n}")
    return path


def _mirrored(row: dict) -> str:
    note = row["note"]
    return note.rsplit("(mirrors ", 1)[1].rstrip(")") if "(mirrors " in note else "-"

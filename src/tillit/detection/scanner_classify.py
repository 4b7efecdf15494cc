"""`tillit scanner classify [FILE|-]`: event listings as JSON lines in, one
score per listing out, in the same order (issue #14). Pure: the Django command
and the lean path in cli.py both run `classify_file`.

Bad lines are named on standard error by their line number and skipped; the
rest go on. Listings are classified in batches, which the embedding needs to
be quick.
"""

import json
import sys
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field

from .scan import MAX_LINE_BYTES, ScanError, read_lines

# A listing's fields are read only so far (scanner.MAX_DESCRIPTION), but a
# description of a megabyte is still a listing: longer ones are refused.
MAX_FIELD_CHARS = 1_000_000
MAX_ID_CHARS = 200
BATCH = 32

__all__ = ["MAX_LINE_BYTES", "ClassifyStats", "ScanError", "classify_file"]


@dataclass
class ClassifyStats:
    classified: int = 0
    flagged: int = 0
    skipped: Counter = field(default_factory=Counter)


def parse_line(line: str | None) -> tuple[object, str, str] | str:
    """(id, title, description), or why the line is skipped."""
    if line is None:
        return "too_large"
    try:
        item = json.loads(line)
    except ValueError:
        return "not_json"
    except RecursionError:
        return "too_deep"
    if not isinstance(item, dict):
        return "not_an_object"
    listing_id = item.get("id")
    if (
        isinstance(listing_id, bool)
        or not isinstance(listing_id, str | int)
        or (isinstance(listing_id, str) and not 0 < len(listing_id) <= MAX_ID_CHARS)
    ):
        return "bad_id"
    title, description = item.get("title", ""), item.get("description", "")
    if not isinstance(title, str) or not isinstance(description, str):
        return "bad_text"
    if not (title.strip() or description.strip()):
        return "no_text"
    if len(title) > MAX_FIELD_CHARS or len(description) > MAX_FIELD_CHARS:
        return "too_large"
    return listing_id, title, description


def classify_lines(
    lines: Iterable[str | None], stats: ClassifyStats, *, thresholds=None
) -> Iterator[dict]:
    """Yield a score per good line, in order, and {"skipped", "reason"} for a
    bad one (as it is met); blank lines are passed over."""
    from . import scanner  # the model: loaded once the first line is read

    batch: list[tuple[object, str, str]] = []

    def flush():
        scores = scanner.classify_many(
            [(title, description) for _, title, description in batch],
            thresholds=thresholds,
        )
        for (listing_id, _, _), score in zip(batch, scores, strict=True):
            stats.classified += 1
            stats.flagged += score.flagged
            yield score.as_json(listing_id)
        batch.clear()

    for number, line in enumerate(lines, 1):
        if line is not None and not line.strip():
            stats.skipped["blank"] += 1
            continue
        parsed = parse_line(line)
        if isinstance(parsed, str):
            stats.skipped[parsed] += 1
            yield {"skipped": number, "reason": parsed}
            continue
        batch.append(parsed)
        if len(batch) >= BATCH:
            yield from flush()
    if batch:
        yield from flush()


def classify_file(
    file: str,
    *,
    max_line_bytes: int,
    out: Callable[[str], object],
    err: Callable[[str], object],
) -> ClassifyStats:
    """One JSON line per listing to `out`; a note per skipped line and the
    summary to `err` (each a line without its newline)."""
    if max_line_bytes < 1:
        raise ScanError("--max-line-bytes must be at least 1.")
    try:
        stream = (
            getattr(sys.stdin, "buffer", sys.stdin) if file == "-" else open(file, "rb")  # noqa: SIM115
        )
    except OSError as exc:
        raise ScanError(f"Cannot read {file}: {exc}") from exc
    stats = ClassifyStats()
    dumps = json.JSONEncoder(ensure_ascii=False).encode
    with stream:
        for result in classify_lines(
            read_lines(stream, max_bytes=max_line_bytes), stats
        ):
            if "skipped" in result:
                err(f"line {result['skipped']}: skipped ({result['reason']})")
            else:
                out(dumps(result))
    skipped = ", ".join(f"{k} {v}" for k, v in sorted(stats.skipped.items())) or "none"
    err(
        f"classified {stats.classified} listings, flagged {stats.flagged}, "
        f"skipped: {skipped}"
    )
    return stats

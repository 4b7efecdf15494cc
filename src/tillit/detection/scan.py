"""Scan a stream of posts for meeting references and score their risk. Pure:
the `tillit notifier scan` command and the sources share it."""

import json
import sys
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import IO

from .links import PROVIDERS, extract
from .risk import assess

MAX_POST_BYTES = 1_000_000
# A JSON line holding a post of MAX_POST_BYTES characters, escaped: a longer
# line is skipped without being read whole.
MAX_LINE_BYTES = 4 * MAX_POST_BYTES
_CHUNK = 64 * 1024


class ScanError(Exception):
    """A scan that cannot start: the command prints it as a CommandError."""


@dataclass
class ScanStats:
    scanned: int = 0
    references: int = 0
    skipped: Counter = field(default_factory=Counter)


def read_lines(stream: IO, *, max_bytes: int = MAX_LINE_BYTES) -> Iterator[str | None]:
    """Yield each line of a binary (or text) stream as text; yield None for a
    line longer than max_bytes, which is read past in small pieces and never
    held whole (#10: a 150 MB line cost 384 MB)."""
    while line := stream.readline(max_bytes + 1):
        if len(line) > max_bytes and line[-1:] not in ("\n", b"\n"):
            while (rest := stream.readline(_CHUNK)) and rest[-1:] not in ("\n", b"\n"):
                pass
            yield None
        else:
            yield line.decode("utf-8", "replace") if isinstance(line, bytes) else line


def scan_lines(lines: Iterable[str | None], stats: ScanStats) -> Iterator[dict]:
    """Yield one finding per meeting reference; count and skip bad lines (None
    is a line too long to read).

    One loop, longer than most: each way a line can be bad is counted where
    it is found, and the loop runs once per post of a 100,000-post scan."""
    seen: Counter = Counter()
    for number, line in enumerate(lines, 1):
        if line is None:
            stats.skipped["too_large"] += 1
            yield {"skipped": number, "reason": "too_large"}
            continue
        if not line.strip():
            continue
        try:
            post = json.loads(line)
        except ValueError:
            stats.skipped["not_json"] += 1
            yield {"skipped": number, "reason": "not_json"}
            continue
        except RecursionError:  # nested deeper than the parser goes
            stats.skipped["too_deep"] += 1
            yield {"skipped": number, "reason": "too_deep"}
            continue
        if (
            not isinstance(post, dict)
            or not isinstance(post.get("text"), str)
            or not post["text"].strip()
        ):
            stats.skipped["no_text"] += 1
            yield {"skipped": number, "reason": "no_text"}
            continue
        if len(post["text"]) > MAX_POST_BYTES:
            stats.skipped["too_large"] += 1
            yield {"skipped": number, "reason": "too_large"}
            continue
        wanted = post.get("provider")
        if wanted is not None and wanted not in PROVIDERS:
            stats.skipped["unknown_provider"] += 1
            yield {"skipped": number, "reason": "unknown_provider"}
            continue
        stats.scanned += 1
        for ref in extract(post["text"]):
            if wanted and ref.provider != wanted:
                continue
            seen[(ref.provider, ref.meeting_id)] += 1
            risk = assess(
                text=post["text"],
                passcode_exposed=ref.passcode is not None,
                host_start=ref.host_start,
                times_seen=seen[(ref.provider, ref.meeting_id)],
            )
            stats.references += 1
            yield {
                "post_id": post.get("id"),
                "provider": ref.provider,
                "meeting_id": ref.meeting_id,
                "passcode_exposed": ref.passcode is not None,
                "risk": risk.score,
                "level": risk.level,
                "signals": list(risk.signals),
            }


def scan_file(
    file: str,
    *,
    max_line_bytes: int,
    out: Callable[[str], object],
    err: Callable[[str], object],
) -> ScanStats:
    """`tillit notifier scan FILE`: one JSON line per reference to `out`, a
    note per skipped line and the summary to `err` (each a line without its
    newline). The Django command and the lean path in cli.py both run it."""
    if max_line_bytes < 1:
        raise ScanError("--max-line-bytes must be at least 1.")
    try:
        # Bytes, so that a line's length is capped in bytes as it is read.
        stream = (
            getattr(sys.stdin, "buffer", sys.stdin) if file == "-" else open(file, "rb")  # noqa: SIM115
        )
    except OSError as exc:
        raise ScanError(f"Cannot read {file}: {exc}") from exc
    stats = ScanStats()
    dumps = json.JSONEncoder(ensure_ascii=False).encode
    with stream:
        for finding in scan_lines(read_lines(stream, max_bytes=max_line_bytes), stats):
            if "skipped" in finding:
                err(f"line {finding['skipped']}: skipped ({finding['reason']})")
            else:
                out(dumps(finding))
    skipped = ", ".join(f"{k} {v}" for k, v in sorted(stats.skipped.items())) or "none"
    err(
        f"scanned {stats.scanned} posts, found {stats.references} meeting references, "
        f"skipped: {skipped}"
    )
    return stats

"""Scan a stream of posts for meeting references and score their risk. Pure:
the `tillit notifier scan` command and the sources share it."""

import json
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from .links import PROVIDERS, extract
from .risk import assess

MAX_POST_BYTES = 1_000_000


@dataclass
class ScanStats:
    scanned: int = 0
    references: int = 0
    skipped: Counter = field(default_factory=Counter)


def scan_lines(lines: Iterable[str], stats: ScanStats) -> Iterator[dict]:
    """Yield one finding per meeting reference; count and skip bad lines."""
    seen: Counter = Counter()
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        if len(line) > MAX_POST_BYTES:
            stats.skipped["too_large"] += 1
            yield {"skipped": number, "reason": "too_large"}
            continue
        try:
            post = json.loads(line)
        except ValueError:
            stats.skipped["not_json"] += 1
            yield {"skipped": number, "reason": "not_json"}
            continue
        if (
            not isinstance(post, dict)
            or not isinstance(post.get("text"), str)
            or not post["text"].strip()
        ):
            stats.skipped["no_text"] += 1
            yield {"skipped": number, "reason": "no_text"}
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

"""The event scanner's services (S25, #14): every public event's listing is
scanned on the worker, never in a request, once per version of its text and
version of the model; a flagged listing becomes an `ai_scan` report, which
gets its priority, tier and lane as any report does.

The directory may not import detection (docs/architecture.md), so no upsert
calls the scanner: the worker's sweep (`scan_changed_events`, every few
seconds) finds the events whose current version has no scan. An event that
changed while the worker was down is found when it is back, within
`SCAN_WINDOW`; older ones by `tillit scanner rescan --since DATE`.
"""

import hashlib
import logging
from collections.abc import Callable
from datetime import datetime, timedelta

from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from django.db import IntegrityError, transaction
from django.db.models import Exists, OuterRef
from django.utils import timezone
from django.utils.translation import gettext as _

from tillit.cases.errors import TierForbidden
from tillit.cases.models import Case
from tillit.cases.permissions import can_view_case
from tillit.cases.services.filing import submit_report
from tillit.core.audit import record_audit_event
from tillit.core.errors import IdempotencyKeyReused, InvalidInput, NotFound
from tillit.directory.models import Event
from tillit.intake.models import Report
from tillit.intake.services import ReporterIdentity, ReportInput

from . import scanner
from .models import EventScan, ScanFailure, ScanFeedback

log = logging.getLogger("tillit.detection")

# How far back the sweep looks for a changed event without a scan.
SCAN_WINDOW = timedelta(days=1)
# What the report quotes of the listing (the scan keeps the whole text).
REPORT_TEXT_CHARS = 3000
# A listing the scanner failed on waits this long before the sweep tries it
# again, twice as long after each further failure, at most RETRY_MAX.
RETRY_FIRST = timedelta(minutes=1)
RETRY_MAX = timedelta(hours=6)


def content_hash(title: str, description: str) -> str:
    return hashlib.sha256(f"{title}\n\x00\n{description}".encode()).hexdigest()


def thresholds() -> dict[str, float]:
    """The model's own per-standard thresholds, overridden by settings."""
    overrides = settings.TILLIT["SCANNER_THRESHOLDS"]
    if unknown := sorted(set(overrides) - set(scanner.STANDARDS)):
        raise ImproperlyConfigured(
            f"TILLIT_SCANNER_THRESHOLDS names no standard: {', '.join(unknown)}."
        )
    return {**scanner.default_thresholds(), **overrides}


def scan_event(
    *, event_id: str, now: datetime | None = None
) -> tuple[EventScan | None, bool]:
    """Scan the event's listing as it reads now, unless this version was
    scanned by this model before; file an `ai_scan` report if it is flagged.
    Return the scan (new or earlier; None when there is no such event) and
    whether it was scanned now.

    Safe to run twice at once and to crash half-way: the classification is
    repeatable, the report is filed under a key of the version (a second
    filing replays the first) and the scan row is unique per version."""
    now = now or timezone.now()
    event = Event.objects.filter(pk=event_id).first()
    if event is None:
        return None, False
    digest, model = content_hash(event.title, event.description), _model()
    earlier = EventScan.objects.filter(
        event=event, content_hash=digest, model=model
    ).first()
    if earlier is not None:
        _seen_again(earlier, event)
        return earlier, False
    result = scanner.classify(event.title, event.description, thresholds=thresholds())
    report = _file_report(event, result, digest) if result.flagged else None
    try:
        scan = _record_scan(event, digest, result, report, now)
    except IntegrityError:
        # Another worker scanned the same version a moment ago.
        scan = EventScan.objects.get(event=event, content_hash=digest, model=model)
        return scan, False
    return scan, True


@transaction.atomic(durable=True)
def _record_scan(event, digest, result, report, now) -> EventScan:
    scan = EventScan.objects.create(
        event=event,
        content_hash=digest,
        model=result.model,
        title=event.title,
        description=event.description,
        score=result.score,
        standards=dict(result.standards),
        flagged=result.flagged,
        flagged_standards=list(result.flagged_standards),
        reasons=[[phrase, weight] for phrase, weight in result.reasons],
        event_updated_at=event.updated_at,
        scanned_at=now,
        report=report,
    )
    record_audit_event(
        actor=None,
        source="detection:scanner",
        verb="detection.event_scanned",
        target=scan,
        data={
            "event": event.pk,
            "model": result.model,
            "score": round(result.score, 4),
            "flagged": list(result.flagged_standards),
            "report": report.pk if report else None,
        },
    )
    return scan


def _model() -> str:
    return scanner.model_version()


def _seen_again(scan: EventScan, event: Event) -> None:
    """The event changed but not its text (its time, say), or came back to a
    text scanned before: mark the version seen, so the sweep passes it."""
    if scan.event_updated_at != event.updated_at:
        EventScan.objects.filter(pk=scan.pk).update(event_updated_at=event.updated_at)


def _file_report(event: Event, result, digest: str) -> Report:
    top = result.flagged_standards[0]
    shown = ", ".join(
        f"{s} {result.standards[s]:.2f}" for s in result.flagged_standards
    )
    phrases = ", ".join(phrase for phrase, _weight in result.reasons[:8])
    text = (
        f"AI scan ({result.model}) flagged this public event: {shown}."
        + (f" Phrases: {phrases}." if phrases else "")
        + f"\n\n{event.title}\n\n{event.description}"
    )[:REPORT_TEXT_CHARS]
    key = f"ai_scan:{event.pk}:{digest[:16]}:{result.model}"[:200]
    data = ReportInput(
        channel="ai_scan",
        category=top,
        description=text,
        target_type="event",
        target_id=event.pk,
        reporter=ReporterIdentity(),
        detection_confidence=result.standards[top],
    )
    try:
        report, _created = submit_report(
            data=data, idempotency_key=key, source="detection:scanner"
        )
    except IdempotencyKeyReused:
        # The same version filed with other words (thresholds changed between
        # two tries): the first report stands.
        report = Report.objects.get(idempotency_key=key)
    return report


def events_to_scan(*, now: datetime | None = None, limit: int = 100) -> list[str]:
    """Events changed within the window whose current version has no scan by
    this model, oldest change first; a version the scanner failed on waits
    for its retry time."""
    now = now or timezone.now()
    version = {"event": OuterRef("pk"), "model": _model()}
    version["event_updated_at"] = OuterRef("updated_at")
    scanned = EventScan.objects.filter(**version)
    waiting = ScanFailure.objects.filter(**version, retry_at__gt=now)
    return list(
        Event.objects.filter(updated_at__gte=now - SCAN_WINDOW)
        .exclude(Exists(scanned))
        .exclude(Exists(waiting))
        .order_by("updated_at", "pk")
        .values_list("pk", flat=True)[:limit]
    )


def scan_changed_events(*, now: datetime | None = None, limit: int = 100) -> int:
    """The worker's sweep: scan what changed; return how many were scanned.
    A listing the scanner fails on is logged and waits for its retry time
    (record_scan_failure), never blocking the others."""
    done = 0
    for event_id in events_to_scan(now=now, limit=limit):
        try:
            scan_event(event_id=event_id)
        except Exception as error:
            log.exception("The scanner failed on event %s", event_id)
            _note_failure(event_id, error, now)
            continue
        done += 1
    return done


def _note_failure(event_id: str, error: BaseException, now) -> None:
    """Record a failure; one that cannot be recorded (the database gone, the
    event deleted meanwhile) is logged and stops no sweep."""
    try:
        record_scan_failure(event_id=event_id, error=error, now=now)
    except Exception:
        log.exception("Could not record the scanner's failure on %s", event_id)


def retry_wait(attempts: int) -> timedelta:
    """How long the sweep passes a version after its `attempts`-th failure."""
    return min(RETRY_FIRST * 2 ** min(attempts - 1, 20), RETRY_MAX)


def record_scan_failure(
    *, event_id: str, error: BaseException, now: datetime | None = None
) -> ScanFailure | None:
    """Count a failure of the scanner on the event's current version and set
    when the sweep may try it again. The worker's own record: no actor, no
    audit (the scan, when it comes, is audited). None for an event gone."""
    now = now or timezone.now()
    model = _model()
    with transaction.atomic(durable=True):
        updated_at = (
            Event.objects.filter(pk=event_id)
            .values_list("updated_at", flat=True)
            .first()
        )
        if updated_at is None:
            return None
        # The one row locked in this transaction: nothing else waits on it.
        failure, created = ScanFailure.objects.select_for_update().get_or_create(
            event_id=event_id,
            model=model,
            defaults={"event_updated_at": updated_at, "retry_at": now},
        )
        same_version = not created and failure.event_updated_at == updated_at
        failure.attempts = failure.attempts + 1 if same_version else 1
        failure.event_updated_at = updated_at
        # PostgreSQL stores no NUL.
        failure.error = f"{type(error).__name__}: {error}".replace("\x00", "")[:500]
        failure.failed_at = now
        failure.retry_at = now + retry_wait(failure.attempts)
        failure.save()
    return failure


def rescan_events(
    *,
    since: datetime,
    progress: Callable[[int, int], None] | None = None,
) -> dict[str, int]:
    """Scan every event changed since `since` with the model in use (after a
    model or guidelines change); versions scanned by it before are passed,
    and versions waiting to be retried are tried now. Calls `progress(done,
    total)` after each event."""
    ids = list(
        Event.objects.filter(updated_at__gte=since)
        .order_by("updated_at", "pk")
        .values_list("pk", flat=True)
    )
    counts = {"events": len(ids), "scanned": 0, "flagged": 0, "failed": 0}
    for done, event_id in enumerate(ids, 1):
        try:
            scan, scanned_now = scan_event(event_id=event_id)
        except Exception as error:
            log.exception("The scanner failed on event %s", event_id)
            _note_failure(event_id, error, None)
            counts["failed"] += 1
            scan, scanned_now = None, False
        counts["scanned"] += scanned_now
        counts["flagged"] += bool(scan is not None and scan.flagged)
        if progress is not None:
            progress(done, len(ids))
    return counts


def record_scan_feedback(
    *, reviewer, case_id: int, scan_id: int, verdict: str
) -> ScanFeedback:
    """An analyst says a scan of the case's event was right or wrong; the
    verdict becomes a labelled example (one per analyst and scan: a second
    verdict replaces the first). Only someone who may read the case may."""
    if verdict not in (ScanFeedback.CORRECT, ScanFeedback.WRONG):
        raise InvalidInput(
            fields={"verdict": [_("Say whether the scan was correct or wrong.")]}
        )
    case = Case.objects.filter(pk=case_id).first()
    scan = EventScan.objects.filter(pk=scan_id).first()
    if case is None or scan is None:
        raise NotFound()
    if not can_view_case(reviewer, case):
        raise TierForbidden()
    if case.target_type != "event" or scan.event_id != case.target_id:
        raise NotFound()
    if verdict == ScanFeedback.CORRECT:
        label = list(scan.flagged_standards)
    elif scan.flagged:
        label = []
    else:
        label = [case.standard_id]
    with transaction.atomic(durable=True):
        feedback, _created = ScanFeedback.objects.update_or_create(
            scan=scan,
            reviewer=reviewer,
            defaults={"verdict": verdict, "standards": label},
        )
        record_audit_event(
            actor=reviewer,
            source="console",
            verb="detection.scan_feedback",
            target=case,
            data={"scan": scan.pk, "verdict": verdict, "standards": label},
        )
    return feedback


def list_event_scans(*, event_id: str, reviewer, limit: int = 3) -> list[dict]:
    """The event's latest scans for its case page, with the reviewer's own
    verdict on each."""
    scans = list(
        EventScan.objects.filter(event_id=event_id).order_by("-scanned_at", "-pk")[
            :limit
        ]
    )
    verdicts = dict(
        ScanFeedback.objects.filter(scan__in=scans, reviewer=reviewer).values_list(
            "scan_id", "verdict"
        )
    )
    return [{"scan": s, "verdict": verdicts.get(s.pk, "")} for s in scans]


def feedback_examples():
    """Every verdict as a labelled example in the training data's shape
    (tests/data/README.md), newest last."""
    for fb in ScanFeedback.objects.select_related("scan").order_by("pk"):
        yield {
            "id": f"feedback-{fb.pk}",
            "lang": "",
            "split": "train",
            "title": fb.scan.title,
            "description": fb.scan.description,
            "standards": list(fb.standards),
            "kind": "feedback",
            "note": f"{fb.verdict} on scan {fb.scan_id} ({fb.scan.model})",
        }

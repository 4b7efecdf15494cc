"""The At-Risk Meeting Notifier's actions on our own meetings (S26)."""

from dataclasses import dataclass, field
from datetime import datetime, timedelta

from django.conf import settings
from django.db import transaction
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from tillit.cases.services.filing import submit_report
from tillit.core.audit import record_audit_event
from tillit.core.errors import InvalidInput, InvalidLink
from tillit.core.links import make_token, read_token
from tillit.core.outbox import enqueue_webhook
from tillit.directory.models import Meeting
from tillit.intake.services import ReporterIdentity, ReportInput
from tillit.notices.accounts import send_at_risk_warning
from tillit.safety.resolve import generate_passcode
from tillit.safety.selectors import get_effective_settings
from tillit.safety.services.settings import update_settings

from .links import ZOOM, extract
from .models import AtRiskNotice, FeedSource, Sighting, StreamSource
from .risk import assess
from .scan import MAX_POST_BYTES

NOTICE_WINDOW = timedelta(hours=24)
ACTION_SALT = "tillit.at-risk-action"
ACTION_SHAPE = {"m": str, "a": str}
ACTIONS = ("waiting_room", "sign_in", "new_passcode", "new_meeting_id")


def _weak(meeting: Meeting) -> bool:
    e = get_effective_settings(owner=f"meeting:{meeting.pk}")
    return not (
        e["waiting_room"].value
        and (e["passcode"].value or e["authenticated_only"].value)
    )


@dataclass
class PostScan:
    """What scanning one post found and did."""

    references: int = 0
    sightings: list[Sighting] = field(default_factory=list)
    notices: int = 0


def process_post(*, post: dict, source: str, now: datetime | None = None) -> PostScan:
    """Record every meeting of ours the post names; warn the owner of those at
    high risk (once per window) and open an at-risk case for T&S."""
    now = now or timezone.now()
    text = post.get("text")
    if not isinstance(text, str) or not text.strip():
        raise InvalidInput(fields={"text": [_("A post needs its text.")]})
    if len(text) > MAX_POST_BYTES:
        raise InvalidInput(fields={"text": [_("This post is too large.")]})
    text = text.replace("\x00", "")  # PostgreSQL text cannot hold NUL
    post_id, source = _clean(post.get("id"), 200), _clean(source, 100)
    result = PostScan()
    for ref in extract(text):
        result.references += 1
        if ref.provider != ZOOM or not ref.meeting_id.isdigit():
            continue  # only the platform's own meetings are in the directory
        meeting = (
            Meeting.objects.select_related("account").filter(pk=ref.meeting_id).first()
        )
        if meeting is None:
            continue
        sighting = _record(meeting, ref, post_id, post, text, source, now)
        if sighting is None:
            continue  # the same post again: pushed twice, or replayed after a restart
        result.sightings.append(sighting)
        if sighting.level == "high" and _warn(meeting, sighting, now):
            result.notices += 1
            _open_case(meeting, sighting)
    return result


def _clean(value, limit: int) -> str:
    return str(value if value is not None else "").replace("\x00", "")[:limit]


def _seen(meeting: Meeting, source: str, post_id: str) -> bool:
    return (
        bool(post_id)
        and (
            Sighting.objects.filter(meeting=meeting, source=source, post_id=post_id)
        ).exists()
    )


@transaction.atomic(durable=True)
def _record(meeting, ref, post_id, post, text, source, now) -> Sighting | None:
    """Record the sighting, or return None when this post was seen before."""
    if _seen(meeting, source, post_id):
        return None
    # One at a time per meeting, then look again: the same post pushed from
    # several places at once is one sighting (issue #10).
    Meeting.objects.select_for_update(no_key=True).filter(pk=meeting.pk).first()
    if _seen(meeting, source, post_id):
        return None
    seen = Sighting.objects.filter(
        meeting=meeting, seen_at__gte=now - NOTICE_WINDOW
    ).count()
    risk = assess(
        text=text,
        passcode_exposed=ref.passcode is not None,
        host_start=ref.host_start,
        starts_at=meeting.starts_at,
        now=now,
        weak_settings=_weak(meeting),
        times_seen=seen + 1,
    )
    sighting = Sighting.objects.create(
        meeting=meeting,
        post_id=post_id,
        source=source,
        url=_clean(post.get("url"), 1000),
        text=text[:5000],
        score=risk.score,
        level=risk.level,
        signals=list(risk.signals),
        seen_at=now,
    )
    record_audit_event(
        actor=None,
        source=f"detection:{source}",
        verb="detection.sighting",
        target=sighting,
        data={
            "meeting": meeting.pk,
            "level": risk.level,
            "signals": list(risk.signals),
        },
    )
    return sighting


def action_url(meeting: Meeting, action: str) -> str:
    token = make_token({"m": meeting.pk, "a": action}, salt=ACTION_SALT)
    return settings.SITE_URL + reverse("detection:action", args=[token])


@transaction.atomic(durable=True)
def _warn(meeting: Meeting, sighting: Sighting, now: datetime) -> bool:
    """Email the owner and each admin, once per window; return whether sent."""
    Meeting.objects.select_for_update(no_key=True).filter(
        pk=meeting.pk
    ).first()  # one at a time
    recent = AtRiskNotice.objects.filter(
        meeting=meeting, sent_at__gte=now - NOTICE_WINDOW
    )
    if recent.exists():
        return False
    account = meeting.account
    recipients = account.notice_recipients
    links = {a: action_url(meeting, a) for a in ACTIONS}
    for to in recipients:
        send_at_risk_warning(
            to=to, account=account, meeting=meeting, sighting=sighting, links=links
        )
    notice = AtRiskNotice.objects.create(
        meeting=meeting, sighting=sighting, recipients=recipients, sent_at=now
    )
    record_audit_event(
        actor=None,
        source="detection",
        verb="detection.notice_sent",
        target=notice,
        data={"recipients": recipients, "meeting": meeting.pk},
    )
    return True


def _open_case(meeting: Meeting, sighting: Sighting) -> None:
    submit_report(
        data=ReportInput(
            channel="at_risk_scan",
            category="disruption",
            description=f"Public post {sighting.post_id} ({sighting.source}): {sighting.text[:2000]}",
            target_type="meeting",
            target_id=meeting.pk,
            reporter=ReporterIdentity(),
            detection_confidence=sighting.score,
        ),
        source="detection",
    )


def read_at_risk_link(token: str) -> tuple[Meeting, str]:
    """Return the meeting and the action a one-click link names; raise
    InvalidLink (or ExpiredLink) for any other link."""
    payload = read_token(
        token, salt=ACTION_SALT, max_age=timedelta(days=7), shape=ACTION_SHAPE
    )
    meeting = Meeting.objects.filter(pk=payload["m"]).first()
    if meeting is None or payload["a"] not in ACTIONS:
        raise InvalidLink()
    return meeting, payload["a"]


def take_at_risk_action(*, token: str) -> str:
    """Carry out the one-click action from an at-risk notice; return it."""
    meeting, action = read_at_risk_link(token)
    owner, source = f"meeting:{meeting.pk}", "at_risk_notice"
    changes = {
        "waiting_room": {"waiting_room": True},
        "sign_in": {"authenticated_only": True},
        "new_passcode": {"passcode": generate_passcode()},
    }.get(action)
    if changes is not None:
        update_settings(owner=owner, changes=changes, source=source)
        return action
    with transaction.atomic(durable=True):
        enqueue_webhook(
            event_type="meeting.replace_id",
            data={"meeting_id": meeting.pk, "account_id": meeting.account_id},
        )
        record_audit_event(
            actor=None,
            source=source,
            verb="detection.meeting_id_replacement_requested",
            target=meeting,
        )
    return action


@transaction.atomic(durable=True)
def add_feed_source(
    *, url: str, interval_seconds: int, source: str
) -> tuple[FeedSource, bool]:
    """Start polling a feed; return it and whether it is new."""
    feed, created = FeedSource.objects.get_or_create(
        url=url, defaults={"interval_seconds": interval_seconds}
    )
    if created:
        record_audit_event(
            actor=None,
            source=source,
            verb="detection.source_added",
            target=feed,
            data={"kind": "feed", "url": url, "interval": interval_seconds},
        )
    return feed, created


@transaction.atomic(durable=True)
def add_stream_source(
    *, kind: str, url: str, tag: str, access_token: str, source: str
) -> tuple[StreamSource, bool]:
    """Start reading a Mastodon timeline or a Jetstream; return it and whether
    it is new. The access token is kept, never written to the audit log."""
    stream, created = StreamSource.objects.get_or_create(
        kind=kind, url=url, tag=tag, defaults={"access_token": access_token}
    )
    if created:
        record_audit_event(
            actor=None,
            source=source,
            verb="detection.source_added",
            target=stream,
            data={"kind": kind, "url": url, "tag": tag, "token": bool(access_token)},
        )
    return stream, created


def save_stream_positions(*, positions: dict[int, str]) -> None:
    """Save where each stream resumes. Bookkeeping, every second or so while
    the notifier runs: not audited."""
    with transaction.atomic():
        for pk, position in sorted(positions.items()):  # by id: the lock order
            StreamSource.objects.filter(pk=pk).update(position=position)

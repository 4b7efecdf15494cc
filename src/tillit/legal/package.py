"""The disclosure package: a ZIP of exactly what was approved, with a
manifest.json that lists every file and its SHA-256."""

import hashlib
import io
import json
import zipfile
from datetime import datetime

from django.core.serializers.json import DjangoJSONEncoder

from tillit.directory.models import Account, Event, Meeting, PlatformUser

from .models import DataCategory
from .selectors import list_reports_about

DIRECTORY_MODELS = {
    "account": Account,
    "user": PlatformUser,
    "meeting": Meeting,
    "event": Event,
}
SUBSCRIBER_FIELDS = {
    "account": ["id", "name", "owner_email", "admin_emails", "plan", "created_at"],
    "user": ["id", "account_id", "email", "name", "created_at"],
    "meeting": ["id", "account_id", "host_email", "topic", "created_at"],
    "event": ["id", "account_id", "title", "created_at"],
}
MEETING_FIELDS = [
    "id",
    "account_id",
    "host_email",
    "topic",
    "starts_at",
    "duration_minutes",
    "is_public",
]
EVENT_FIELDS = [
    "id",
    "account_id",
    "title",
    "description",
    "starts_at",
    "duration_minutes",
    "ticket_type",
]


def _json(value) -> bytes:
    return json.dumps(
        value, cls=DjangoJSONEncoder, indent=2, ensure_ascii=False
    ).encode()


def _subscriber(target) -> dict | None:
    model = DIRECTORY_MODELS[target["type"]]
    fields = [
        f
        for f in SUBSCRIBER_FIELDS[target["type"]]
        if f.removesuffix("_id") in {x.name for x in model._meta.fields}
    ]
    return model.objects.filter(pk=target["id"]).values(*fields).first()


def _meeting_records(target) -> dict:
    meetings, events = Meeting.objects.none(), Event.objects.none()
    if target["type"] == "account":
        meetings = Meeting.objects.filter(account_id=target["id"])
        events = Event.objects.filter(account_id=target["id"])
    elif target["type"] == "meeting":
        meetings = Meeting.objects.filter(pk=target["id"])
    elif target["type"] == "event":
        events = Event.objects.filter(pk=target["id"])
    elif target["type"] == "user":
        user = PlatformUser.objects.filter(pk=target["id"]).first()
        if user is not None:
            meetings = Meeting.objects.filter(host_email=user.email)
    return {
        "meetings": list(meetings.order_by("pk").values(*MEETING_FIELDS)),
        "events": list(events.order_by("pk").values(*EVENT_FIELDS)),
    }


def _target_files(target, data: list[str]) -> list[tuple[str, bytes]]:
    """Return (path, bytes) of every file for one target."""
    folder = f"targets/{target['type']}-{target['id']}/"
    files = []
    if DataCategory.SUBSCRIBER_INFO in data:
        files.append((folder + "subscriber_info.json", _json(_subscriber(target))))
    if DataCategory.MEETING_RECORDS in data:
        files.append((folder + "meeting_records.json", _json(_meeting_records(target))))
    reports = list(list_reports_about([target]))
    if DataCategory.REPORTS in data:
        rows = [
            {
                "reference": r.reference,
                "channel": r.channel,
                "category": r.category_id,
                "description": r.description,
                "created_at": r.created_at,
                "evidence": [e.sha256 for e in r.evidence.all()],
            }
            for r in reports
        ]
        files.append((folder + "reports.json", _json(rows)))
    if DataCategory.EVIDENCE in data:
        for report in reports:
            for item in report.evidence.all():
                with item.file.open("rb") as handle:
                    content = handle.read()
                name = item.file.name.rsplit("/", 1)[-1]
                files.append((folder + f"evidence/{report.reference}/{name}", content))
    return files


def build_package(
    *,
    legal_request,
    targets: list[dict],
    data: list[str],
    approvers: list[str],
    at: datetime,
) -> tuple[bytes, dict]:
    """Return the ZIP's bytes and its manifest."""
    files = []
    for target in targets:
        files.extend(_target_files(target, data))
    manifest = {
        "reference": legal_request.reference,
        "agency": legal_request.agency.name,
        "country": legal_request.country,
        "kind": legal_request.kind,
        "outcome": legal_request.outcome,
        "approved_by": approvers,
        "approved_at": at,
        "targets": targets,
        "data": data,
        "files": [
            {
                "path": path,
                "size": len(content),
                "sha256": hashlib.sha256(content).hexdigest(),
            }
            for path, content in files
        ],
    }
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("manifest.json", _json(manifest))
        for path, content in files:
            archive.writestr(path, content)
    return buffer.getvalue(), json.loads(_json(manifest))

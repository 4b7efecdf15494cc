"""Sending statements of reasons to the DSA Transparency Database (#15)."""

import json
import logging
import time
import urllib.error
import urllib.request
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime

from django.db import IntegrityError, transaction
from django.utils import timezone

from tillit.core.audit import record_audit_event

from .errors import DsaSubmitFailed
from .models import AcceptedStatement
from .statements import DsaStatement, list_dsa_statements

logger = logging.getLogger("tillit.transparency")

BATCH_SIZE = 100  # the database's bulk endpoint takes 1 to 100 statements
RETRY_STATUSES = {0, 408, 425, 429, 500, 502, 503, 504}


@dataclass
class SubmitResult:
    skipped: int = 0  # accepted by an earlier run
    accepted: int = 0
    already_there: int = 0  # the database already had the puid
    rejected: int = 0  # failed its validation
    failed: int = 0  # not sent: the database kept failing
    errors: dict = field(default_factory=dict)  # puid -> field messages


def submit_dsa_statements(
    *,
    url: str,
    token: str,
    max_attempts: int = 5,
    backoff_seconds: float = 1.0,
    sleep: Callable[[float], None] = time.sleep,
    now: datetime | None = None,
) -> SubmitResult:
    """Send every statement not yet accepted, in batches of 100, and record
    each one the database accepts. A batch that fails with a network error,
    429 or 5xx is sent again after 1, 2, 4… × `backoff_seconds`, up to
    `max_attempts` times. Statements that fail validation are left out of
    their batch and reported. Raise DsaSubmitFailed if the token is refused.
    """
    result = SubmitResult()
    pending = []
    for statement in list_dsa_statements():
        if statement.accepted_at is not None:
            result.skipped += 1
        else:
            pending.append(statement)
    for start in range(0, len(pending), BATCH_SIZE):
        batch = pending[start : start + BATCH_SIZE]
        _send_batch(
            batch,
            result=result,
            post=lambda body: _post(url, token, body),
            retry=(max_attempts, backoff_seconds, sleep),
            now=now or timezone.now(),
        )
    return result


def _send_batch(batch: list[DsaStatement], *, result, post, retry, now) -> None:
    max_attempts, backoff, sleep = retry
    attempt = 0
    while batch:
        status, body = post({"statements": [s.statement for s in batch]})
        if status == 201:
            _record_accepted(batch, body, now=now)
            result.accepted += len(batch)
            return
        if status in (401, 403):
            raise DsaSubmitFailed(
                fields={"token": [f"HTTP {status}: {body.get('message', '')}"]}
            )
        if status == 422:
            batch = _drop_refused(batch, body, result=result, now=now)
            continue
        attempt += 1
        if status not in RETRY_STATUSES or attempt >= max_attempts:
            logger.warning("DSA batch not sent after %s attempts: %s", attempt, status)
            result.failed += len(batch)
            return
        sleep(backoff * 2 ** (attempt - 1))


def _drop_refused(batch, body: dict, *, result, now) -> list[DsaStatement]:
    """Take out of the batch what the database refused, and return the rest."""
    errors = body.get("errors") or {}
    existing = set(errors.get("existing_puids") or [])
    if existing:
        there = [s for s in batch if s.puid in existing]
        _record_accepted(there, {}, now=now)
        result.already_there += len(there)
        return [s for s in batch if s.puid not in existing]
    refused = {}
    for key, messages in errors.items():
        if key.startswith("statement_") and key[10:].isdigit():
            refused[int(key[10:])] = messages
    if not refused:
        # A refusal of the whole call: nothing in it can go.
        for s in batch:
            result.errors[s.puid] = errors or {"statements": [body.get("message")]}
        result.rejected += len(batch)
        return []
    for index, messages in refused.items():
        if index < len(batch):
            result.errors[batch[index].puid] = messages
    result.rejected += len(refused)
    return [s for i, s in enumerate(batch) if i not in refused]


@transaction.atomic(durable=True)
def _record_accepted(batch: list[DsaStatement], body: dict, *, now) -> None:
    uuids = {
        s.get("puid"): s.get("uuid", "")
        for s in body.get("statements", [])
        if isinstance(s, dict)
    }
    for statement in batch:
        try:
            with transaction.atomic():
                row = AcceptedStatement.objects.create(
                    puid=statement.puid,
                    decision_id=statement.decision_id,
                    mapping_version=statement.mapping_version,
                    statement=statement.statement,
                    uuid=str(uuids.get(statement.puid) or "")[:64],
                    accepted_at=now,
                )
        except IntegrityError:
            continue  # another run recorded it first
        record_audit_event(
            actor=None,
            source="dsa:submit",
            verb="dsa.statement_accepted",
            target=row,
            data={"puid": row.puid, "mapping_version": row.mapping_version},
        )


def _post(url: str, token: str, body: dict) -> tuple[int, dict]:
    """POST JSON; return (status, JSON body). A network error is status 0."""
    request = urllib.request.Request(
        url,
        data=json.dumps(body).encode(),
        method="POST",
        headers={
            "Authorization": f"Bearer {token}",
            "Accept": "application/json",
            "Content-Type": "application/json",
        },
    )
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            return response.status, _json(response.read())
    except urllib.error.HTTPError as exc:
        return exc.code, _json(exc.read())
    except (urllib.error.URLError, TimeoutError, ConnectionError) as exc:
        logger.warning("DSA submission: %s", exc)
        return 0, {}


def _json(raw: bytes) -> dict:
    try:
        value = json.loads(raw or b"{}")
    except ValueError:
        return {}
    return value if isinstance(value, dict) else {}

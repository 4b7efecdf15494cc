"""Appeals to an independent panel (S17, S18)."""

import json
from collections import Counter
from datetime import date, datetime, timedelta

from django.conf import settings
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from tillit.cases.links import read_appeal_link
from tillit.cases.models import Decision
from tillit.cases.services.appeal_outcomes import (
    close_appeal_case,
    lock_appealed_decision,
    open_appeal_case,
    overturn_decision,
    replace_decision,
)
from tillit.core.audit import record_audit_event
from tillit.core.errors import InvalidInput
from tillit.core.models import AuditEvent
from tillit.enforcement.actions import is_adverse, normalise_actions
from tillit.notices.appeals import send_appeal_outcome, send_appeal_received
from tillit.notices.render import language_of

from .errors import (
    AlreadyVoted,
    AppealExists,
    AppealWindowClosed,
    NotAppealable,
    NotOnPanel,
)
from .models import Appeal, PanelMember, PanelSeat
from .permissions import can_vote_on_appeal

PANEL_SIZE = 3


def _check_appealable(decision: Decision, appellant: str, now: datetime) -> None:
    if now - decision.decided_at > timedelta(
        days=settings.TILLIT["APPEAL_WINDOW_DAYS"]
    ):
        raise AppealWindowClosed()
    if Appeal.objects.filter(decision=decision).exists():
        raise AppealExists()
    adverse = decision.outcome == "violation" and any(
        a["type"] != "none" for a in decision.actions
    )
    if appellant == "owner" and not adverse:
        raise NotAppealable(
            _("Only decisions that took action can be appealed by the owner.")
        )
    if appellant == "reporter" and decision.outcome != "no_violation":
        raise NotAppealable(_("A reporter may appeal a “no violation” outcome."))
    if decision.status != Decision.Status.IN_FORCE:
        raise NotAppealable()
    if decision.supersedes_id is not None:
        raise NotAppealable(_("The appeals panel's decision is final."))


def involved_user_ids(decision: Decision) -> set[int]:
    """Everyone who took part in the original case: they never sit on its panel."""
    case = decision.case
    ids = {decision.decided_by_id, decision.approved_by_id, case.assignee_id}
    targets = [("cases.case", str(case.pk))] + [
        ("cases.decision", str(pk))
        for pk in case.decisions.values_list("pk", flat=True)
    ]
    for target_type, target_id in targets:
        ids |= set(
            AuditEvent.objects.filter(
                target_type=target_type, target_id=target_id, actor__isnull=False
            ).values_list("actor_id", flat=True)
        )
    return {i for i in ids if i is not None}


def choose_panel(appeal: Appeal, *, today: date) -> list[PanelMember]:
    """Three active members from three departments, none involved in the case;
    the least busy first."""
    excluded = involved_user_ids(appeal.decision)
    candidates = (
        PanelMember.objects.filter(
            term_start__lte=today, term_end__gte=today, user__is_active=True
        )
        .exclude(user_id__in=excluded)
        .select_related("user")
    )
    busy = Counter(
        PanelSeat.objects.filter(appeal__status=Appeal.Status.IN_REVIEW).values_list(
            "member_id", flat=True
        )
    )
    panel, departments = [], set()
    for member in sorted(candidates, key=lambda m: (busy[m.pk], m.pk)):
        if member.department not in departments:
            panel.append(member)
            departments.add(member.department)
        if len(panel) == PANEL_SIZE:
            break
    return panel if len(panel) == PANEL_SIZE else []


@transaction.atomic(durable=True)
def file_appeal(
    *, token: str, statement: str, language: str = "en", now: datetime | None = None
) -> Appeal:
    """File an appeal through the link sent with the decision and seat a panel."""
    now = now or timezone.now()
    decision, payload = read_appeal_link(token)
    statement = (statement or "").strip()
    if not statement:
        raise InvalidInput(
            fields={"statement": [_("Say why you think the decision is wrong.")]}
        )
    if len(statement) > 10_000:
        raise InvalidInput(
            fields={"statement": [_("Keep it under 10,000 characters.")]}
        )
    _check_appealable(decision, payload["k"], now)
    try:
        with transaction.atomic():
            appeal = Appeal.objects.create(
                decision=decision,
                appellant=payload["k"],
                appellant_email=payload.get("e", ""),
                statement=statement,
                language=language_of(language),
                status=Appeal.Status.AWAITING_PANEL,
                created_at=now,
            )
    except IntegrityError as exc:
        raise AppealExists() from exc
    record_audit_event(
        actor=None,
        source=f"appellant:{payload['k']}",
        verb="appeal.filed",
        target=appeal,
        data={"decision": decision.pk},
    )
    _seat_panel(appeal, today=timezone.localdate(now))
    open_appeal_case(decision=decision, now=now)
    if appeal.appellant_email:
        send_appeal_received(appeal=appeal)
    return appeal


def _seat_panel(appeal: Appeal, *, today: date) -> None:
    panel = choose_panel(appeal, today=today)
    if not panel:
        record_audit_event(
            actor=None,
            source="rule:panel",
            verb="appeal.awaiting_panel",
            target=appeal,
            data={
                "reason": "fewer than three eligible members from different departments"
            },
        )
        return
    for member in panel:
        PanelSeat.objects.create(appeal=appeal, member=member)
    appeal.status = Appeal.Status.IN_REVIEW
    appeal.save(update_fields=["status"])
    record_audit_event(
        actor=None,
        source="rule:panel",
        verb="appeal.panel_seated",
        target=appeal,
        data={
            "members": [m.user_id for m in panel],
            "departments": [m.department for m in panel],
        },
    )


@transaction.atomic(durable=True)
def vote_on_appeal(
    *,
    appeal_id: int,
    member_user,
    vote: str,
    reasons: str,
    actions: list | None = None,
    now: datetime | None = None,
) -> Appeal:
    """Record a panel member's vote with written reasons; a majority decides.

    A vote to modify names the actions that replace the decision's; two votes
    to modify are the same vote only if they name the same actions.
    """
    now = now or timezone.now()
    _check_vote(vote, reasons)
    appeal = Appeal.objects.select_for_update(no_key=True).filter(pk=appeal_id).first()
    if appeal is None or appeal.status != Appeal.Status.IN_REVIEW:
        raise NotAppealable(_("This appeal is not with a panel."))
    actions = (
        _modified_actions(appeal.decision, actions)
        if vote == Appeal.Outcome.MODIFIED
        else []
    )
    seat = (
        PanelSeat.objects.select_for_update(of=("self",), no_key=True)
        .select_related("member")
        .filter(appeal=appeal, member__user=member_user)
        .first()
    )
    if not can_vote_on_appeal(member_user, seat, today=timezone.localdate(now)):
        raise NotOnPanel()
    if seat.voted_at is not None:
        raise AlreadyVoted()
    seat.vote, seat.reasons, seat.voted_at = vote, reasons.strip(), now
    seat.actions = actions
    seat.save(update_fields=["vote", "actions", "reasons", "voted_at"])
    record_audit_event(
        actor=member_user,
        verb="appeal.voted",
        target=appeal,
        data={"vote": vote, "actions": actions},
    )
    _count_votes(appeal, now)
    return appeal


def _check_vote(vote: str, reasons: str) -> None:
    errors = {}
    if vote not in Appeal.Outcome.values:
        errors["vote"] = [_("Vote to uphold, overturn or modify.")]
    if not (reasons or "").strip():
        errors["reasons"] = [_("Write your reasons.")]
    if errors:
        raise InvalidInput(fields=errors)


def _count_votes(appeal: Appeal, now: datetime) -> None:
    """Decide the appeal once a majority agrees; after three votes without
    one, the decision stands."""
    seats = list(appeal.seats.exclude(vote=""))
    votes = Counter(_vote_key(s) for s in seats)
    (outcome, actions_key), count = votes.most_common(1)[0]
    if count * 2 > PANEL_SIZE:
        majority = [s for s in seats if _vote_key(s) == (outcome, actions_key)]
        _decide_appeal(appeal, outcome, now, majority=majority)
    elif len(seats) == PANEL_SIZE:
        upheld = [s for s in seats if s.vote == Appeal.Outcome.UPHELD]
        _decide_appeal(appeal, Appeal.Outcome.UPHELD, now, majority=upheld)


def _vote_key(seat: PanelSeat) -> tuple[str, str]:
    return seat.vote, json.dumps(seat.actions, sort_keys=True)


def _modified_actions(decision: Decision, raw) -> list[dict]:
    """Return the actions of a vote to modify, or raise InvalidInput."""
    try:
        actions = normalise_actions(raw if raw is not None else [])
    except ValueError as exc:
        raise InvalidInput(fields={"actions": [str(exc)]}) from None
    if not is_adverse(actions):
        raise InvalidInput(
            fields={
                "actions": [
                    _(
                        "Name the actions that replace the decision's, or vote to overturn."
                    )
                ]
            }
        )
    if decision.outcome == Decision.Outcome.VIOLATION and actions == decision.actions:
        raise InvalidInput(
            fields={"actions": [_("These are the decision's actions: vote to uphold.")]}
        )
    return actions


def _decide_appeal(
    appeal: Appeal, outcome: str, now: datetime, *, majority: list[PanelSeat]
) -> None:
    reasons = "\n\n".join(s.reasons for s in sorted(majority, key=lambda s: s.voted_at))
    appeal.status, appeal.outcome, appeal.reasons, appeal.decided_at = (
        Appeal.Status.DECIDED,
        outcome,
        reasons,
        now,
    )
    appeal.save(update_fields=["status", "outcome", "reasons", "decided_at"])
    record_audit_event(
        actor=None,
        source="rule:majority",
        verb="appeal.decided",
        target=appeal,
        data={"outcome": outcome},
    )
    decision = appeal.decision
    if outcome != Appeal.Outcome.UPHELD:
        # The decision and its case before the appeal's own, newer case: the
        # lock order (docs/architecture.md).
        lock_appealed_decision(decision.pk)
    close_appeal_case(decision=decision, now=now)
    if outcome == Appeal.Outcome.OVERTURNED:
        overturn_decision(decision_id=decision.pk, appeal_id=appeal.pk, now=now)
    elif outcome == Appeal.Outcome.MODIFIED:
        replace_decision(
            decision_id=decision.pk,
            appeal_id=appeal.pk,
            actions=majority[0].actions,
            rationale=reasons,
            now=now,
        )
    _tell_outcome(appeal)


def _tell_outcome(appeal: Appeal) -> None:
    decision = appeal.decision
    account = decision.case.account
    recipients = []
    if account is not None:
        recipients.append((account.notice_recipients, account.language))
    for report in decision.case.reports.exclude(reporter_email=""):
        recipients.append(([report.reporter_email], report.language))
    if appeal.appellant == "reporter" and appeal.appellant_email:
        recipients.append(([appeal.appellant_email], appeal.language))
    seen = set()
    for to, language in recipients:
        to = [t for t in to if t not in seen]
        seen.update(to)
        if not to:
            continue
        send_appeal_outcome(appeal=appeal, to=to, language=language)

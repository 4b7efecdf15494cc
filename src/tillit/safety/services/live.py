"""The host's live actions on a running meeting: the security panel
(S31–S36). What the panel shows is `selectors.get_live_state`."""

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from tillit.cases.services.filing import submit_report
from tillit.core.audit import record_audit_event
from tillit.core.errors import InvalidInput, NotFound, PermissionDenied
from tillit.directory.models import Meeting
from tillit.intake.services import ReporterIdentity, ReportInput

from .. import resolve as toolkit
from ..models import LiveMeeting, LiveParticipant
from ..permissions import HOSTS_ONLY, can_run_live_meeting
from ..selectors import get_live_state
from .gates import refresh_gates


def _live(meeting_id: str, actor) -> LiveMeeting:
    """Return the meeting's live row, locked; raise NotFound for an unknown
    meeting and PermissionDenied unless the actor may run it."""
    meeting = Meeting.objects.filter(pk=meeting_id).first()
    if meeting is None:
        raise NotFound(_("There is no such meeting."))
    if not can_run_live_meeting(actor, meeting):
        raise PermissionDenied(HOSTS_ONLY)
    live, _created = LiveMeeting.objects.get_or_create(meeting=meeting)
    return (
        LiveMeeting.objects.select_for_update(no_key=True)
        .select_related("meeting")
        .get(pk=live.pk)
    )


def _save_live(live: LiveMeeting, *, actor, source: str, verb: str, data: dict) -> dict:
    """Save the live row, audit the action, and rewrite the meeting's gate in
    the same transaction: admission sees the action once it commits, in every
    process (the shared cache takes the new gate on commit, #12)."""
    live.updated_at = timezone.now()
    live.save(
        update_fields=["locked", "waiting_room_now", "capabilities", "updated_at"]
    )
    record_audit_event(
        actor=actor, source=source, verb=verb, target=live.meeting, data=data
    )
    refresh_gates(meeting_ids=[live.meeting_id], create=True)
    return get_live_state(meeting_id=live.meeting_id)


@transaction.atomic(durable=True)
def lock_meeting(*, meeting_id: str, locked: bool, actor=None, source: str) -> dict:
    live = _live(meeting_id, actor)
    live.locked = locked
    verb = "safety.meeting_locked" if locked else "safety.meeting_unlocked"
    return _save_live(live, actor=actor, source=source, verb=verb, data={})


@transaction.atomic(durable=True)
def set_waiting_room_now(*, meeting_id: str, on: bool, actor=None, source: str) -> dict:
    live = _live(meeting_id, actor)
    live.waiting_room_now = on
    return _save_live(
        live,
        actor=actor,
        source=source,
        verb="safety.waiting_room_now",
        data={"on": on},
    )


@transaction.atomic(durable=True)
def decide_waiting(
    *, meeting_id: str, key: str, admit: bool, actor=None, source: str
) -> dict:
    """Admit or deny someone in the waiting room."""
    live = _live(meeting_id, actor)
    person = (
        LiveParticipant.objects.select_for_update(no_key=True)
        .filter(meeting_id=meeting_id, key=key, state=LiveParticipant.State.WAITING)
        .first()
    )
    if person is None:
        raise InvalidInput(fields={"key": [_("Nobody with this key is waiting.")]})
    person.state = (
        LiveParticipant.State.JOINED if admit else LiveParticipant.State.REMOVED
    )
    person.updated_at = timezone.now()
    person.save(update_fields=["state", "updated_at"])
    verb = "safety.waiting_admitted" if admit else "safety.waiting_denied"
    return _save_live(
        live,
        actor=actor,
        source=source,
        verb=verb,
        data={"key": key, "name": person.name},
    )


@transaction.atomic(durable=True)
def remove_participant(
    *, meeting_id: str, key: str, allow_rejoin: bool = False, actor=None, source: str
) -> dict:
    """Remove a participant; they cannot rejoin unless the host allows it."""
    if not key or len(key) > 300:
        raise InvalidInput(fields={"key": [_("Say who to remove.")]})
    live = _live(meeting_id, actor)
    if allow_rejoin:
        LiveParticipant.objects.filter(
            meeting_id=meeting_id, key=key, state=LiveParticipant.State.REMOVED
        ).delete()
    else:
        LiveParticipant.objects.update_or_create(
            meeting_id=meeting_id,
            key=key,
            defaults={
                "state": LiveParticipant.State.REMOVED,
                "updated_at": timezone.now(),
            },
        )
    verb = "safety.rejoin_allowed" if allow_rejoin else "safety.participant_removed"
    return _save_live(live, actor=actor, source=source, verb=verb, data={"key": key})


@transaction.atomic(durable=True)
def set_capabilities(
    *, meeting_id: str, changes: dict, actor=None, source: str
) -> dict:
    """Change what participants may do in this meeting now."""
    bad = [n for n in changes if n not in toolkit.CAPABILITIES]
    if bad:
        raise InvalidInput(
            fields={n: [_("Not a participant capability.")] for n in bad}
        )
    try:
        clean = toolkit.validate_changes(changes)
    except toolkit.SettingsError as exc:
        raise InvalidInput(fields={k: [v] for k, v in exc.fields.items()}) from exc
    live = _live(meeting_id, actor)
    live.capabilities = {**live.capabilities, **clean}
    return _save_live(
        live, actor=actor, source=source, verb="safety.capabilities_changed", data=clean
    )


@transaction.atomic(durable=True)
def suspend_participant_activities(*, meeting_id: str, actor=None, source: str) -> dict:
    """One action: video, audio, screen sharing, chat, annotation, renaming and
    recording off, and the meeting locked (S32). Resume feature by feature."""
    live = _live(meeting_id, actor)
    live.capabilities = {**live.capabilities, **toolkit.SUSPENDED}
    live.locked = True
    return _save_live(
        live, actor=actor, source=source, verb="safety.activities_suspended", data={}
    )


def report_participant(
    *,
    meeting_id: str,
    key: str,
    category: str,
    description: str,
    reporter: dict,
    actor=None,
    source: str,
) -> dict:
    """ "Report" in the panel: file an in-meeting report about the participant
    through the spine, and remove them (S36).

    Raise PermissionDenied, before anything is filed, unless the actor may
    run the meeting.
    """
    meeting = Meeting.objects.filter(pk=meeting_id).first()
    # An unknown meeting is left to the removal to refuse, as before #11.
    if meeting is not None and not can_run_live_meeting(actor, meeting):
        raise PermissionDenied(HOSTS_ONLY)
    report, _created = submit_report(
        data=ReportInput(
            channel="in_meeting",
            category=category,
            description=description,
            target_type="meeting",
            target_id=meeting_id,
            reporter=ReporterIdentity(
                email=reporter.get("email", ""), name=reporter.get("name", "")
            ),
            offender=key[:200],
        ),
        source=source,
    )
    # The removal is audited without an actor, as before #11: the report
    # names who asked for it.
    state = remove_participant(meeting_id=meeting_id, key=key, source=source)
    return {
        "report_id": report.pk,
        "reference": report.reference,
        "case_id": report.case_id,
        **state,
    }

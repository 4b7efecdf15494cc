"""Internal notes on a case."""

from django.db import transaction
from django.utils.translation import gettext as _

from tillit.core.audit import record_audit_event
from tillit.core.errors import InvalidInput

from ..models import CaseNote
from .locking import lock_case, require_tier


@transaction.atomic(durable=True)
def add_case_note(*, case_id: int, author, body: str) -> CaseNote:
    """Add an internal note; any reviewer of the case's tier may write one."""
    body = (body or "").strip()
    if not body:
        raise InvalidInput(fields={"body": [_("Write the note.")]})
    if len(body) > 5000:
        raise InvalidInput(fields={"body": [_("Keep a note under 5,000 characters.")]})
    case = lock_case(case_id)
    require_tier(author, case)
    note = CaseNote.objects.create(case=case, author=author, body=body)
    record_audit_event(
        actor=author, verb="case.note_added", target=case, data={"note": note.pk}
    )
    return note

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from tillit.core.audit import record_audit_event, verify_audit_chain
from tillit.core.models import AuditChainHead, AuditEvent


@pytest.mark.django_db
def test_chain_verifies_and_names_the_first_broken_link():
    for i in range(5):
        record_audit_event(
            actor=None, source="test", verb="thing.done", target=("thing", i)
        )
    assert verify_audit_chain().ok
    AuditEvent.objects.filter(seq=3).update(verb="thing.undone")
    report = verify_audit_chain()
    assert (report.ok, report.broken_seq, report.reason) == (
        False,
        3,
        "content was altered",
    )
    with pytest.raises(CommandError, match="#3"):
        call_command("audit", "verify")


@pytest.mark.django_db
def test_deleting_an_event_is_detected():
    for i in range(4):
        record_audit_event(
            actor=None, source="test", verb="thing.done", target=("thing", i)
        )
    AuditEvent.objects.filter(seq=2).delete()
    assert verify_audit_chain().broken_seq == 2
    AuditEvent.objects.filter(seq__gte=2).delete()
    report = verify_audit_chain()
    assert not report.ok and report.reason == "events removed from the end"
    assert AuditChainHead.objects.get().last_seq == 4

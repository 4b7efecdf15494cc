"""Repeated wrong sign-ins lock the username out from that address, audited
(django-axes; issue 10, #5)."""

from datetime import timedelta

import pytest
import time_machine
from axes.models import AccessAttempt
from django.utils import timezone

from tillit.core.models import AuditEvent

ATTACKER = "203.0.113.66"


def sign_in(client, username, password, *, ip=ATTACKER, path="/login/", **headers):
    return client.post(
        path, {"username": username, "password": password}, REMOTE_ADDR=ip, **headers
    )


def signed_in_as(client) -> str | None:
    from django.contrib.auth import get_user

    user = get_user(client)
    return user.username if user.is_authenticated else None


@pytest.mark.django_db
@pytest.mark.parametrize("path", ["/login/", "/admin/login/"])
def test_five_wrong_passwords_lock_the_username_out_from_that_address(
    client, make_staff, path
):
    make_staff("ana", tier=2)
    answers = [sign_in(client, "ana", f"wrong-{i}", path=path) for i in range(5)]
    assert [a.status_code for a in answers[:4]] == [200] * 4
    locked = answers[4]
    assert locked.status_code == 429
    assert locked["Retry-After"] == "900"
    assert "Sign-in paused" in locked.text and "15 minutes" in locked.text
    # While locked out, the right password is refused too.
    right = sign_in(client, "ana", "pw-ana", path=path)
    assert right.status_code == 429
    assert signed_in_as(client) is None
    # One audit event for the lockout, not one per refused attempt.
    events = AuditEvent.objects.filter(verb="auth.locked_out")
    assert events.count() == 1
    event = events.get()
    assert (event.source, event.target_type) == ("rule:login_lockout", "auth.user")
    assert event.data == {"username": "ana", "ip": ATTACKER, "path": path}


@pytest.mark.django_db
def test_a_lockout_holds_back_no_one_else(client, make_staff):
    """Others sign in from the same address, and the locked username signs in
    from another address (a stranger cannot lock a colleague out)."""
    make_staff("ana")
    make_staff("bo")
    for i in range(5):
        sign_in(client, "ana", f"wrong-{i}")
    assert sign_in(client, "bo", "pw-bo").status_code == 302
    assert signed_in_as(client) == "bo"
    client.logout()
    assert sign_in(client, "ana", "pw-ana", ip="198.51.100.20").status_code == 302
    assert signed_in_as(client) == "ana"


@pytest.mark.django_db
def test_the_lockout_ends_after_the_cool_off(client, make_staff):
    make_staff("ana")
    with time_machine.travel(timezone.now(), tick=False) as clock:
        for i in range(5):
            sign_in(client, "ana", f"wrong-{i}")
        assert sign_in(client, "ana", "pw-ana").status_code == 429
        clock.shift(timedelta(minutes=16))
        assert sign_in(client, "ana", "pw-ana").status_code == 302
    assert signed_in_as(client) == "ana"


@pytest.mark.django_db
def test_the_lockout_page_is_translated(client, make_staff):
    make_staff("ana")
    for i in range(5):
        response = sign_in(client, "ana", f"fel-{i}", HTTP_ACCEPT_LANGUAGE="sv")
    assert response.status_code == 429
    assert "Inloggningen är pausad" in response.text
    assert "15 minuter" in response.text


@pytest.mark.django_db
def test_an_unknown_username_is_locked_out_and_audited_by_name(client):
    for i in range(5):
        response = sign_in(client, "root", f"guess-{i}")
    assert response.status_code == 429
    event = AuditEvent.objects.get(verb="auth.locked_out")
    assert (event.target_type, event.target_id) == ("auth.username", "root")


@pytest.mark.django_db
@pytest.mark.parametrize(
    "username,status", [("ana\x00", 422), ("", 200)], ids=["nul", "empty"]
)
def test_bad_sign_in_input_is_a_form_error_and_counts_nothing(
    client, make_staff, username, status
):
    """An empty name is a form error; a NUL is refused before the form (422)."""
    make_staff("ana")
    response = sign_in(client, username, "pw-ana")
    assert response.status_code == status
    assert signed_in_as(client) is None
    assert not AccessAttempt.objects.exists()


@pytest.mark.django_db
def test_a_huge_username_is_a_wrong_sign_in_not_a_500(client):
    """It was a DataError on PostgreSQL (axes keeps 255 characters)."""
    for _ in range(5):
        response = sign_in(client, "a" * 10_000, "guess", HTTP_USER_AGENT="b" * 5_000)
    assert response.status_code == 429
    assert AccessAttempt.objects.get().username == "a" * 150
    event = AuditEvent.objects.get(verb="auth.locked_out")
    assert event.target_id == "a" * 64


@pytest.mark.django_db
def test_forged_forwarded_for_does_not_escape_the_lockout(client, make_staff):
    """Without TILLIT_NUM_PROXIES, X-Forwarded-For is the client's own text."""
    make_staff("ana")
    for i in range(5):
        sign_in(client, "ana", f"wrong-{i}", HTTP_X_FORWARDED_FOR=f"192.0.2.{i}")
    assert (
        sign_in(client, "ana", "pw-ana", HTTP_X_FORWARDED_FOR="192.0.2.99").status_code
        == 429
    )

"""Small helpers shared by tests."""

import re
import threading

from django.db import connection


def appeal_link(mail_body: str) -> str:
    return re.search(r"http://[^/\s]+(/appeal/[^\s]+/)", mail_body).group(1)


def fire_at_once(calls):
    """Run every call in its own thread with its own connection, all released
    together; return (results, errors)."""
    start = threading.Barrier(len(calls))
    results, errors = [], []

    def run(call):
        try:
            start.wait()
            results.append(call())
        except BaseException as exc:  # surfaced in the test's assertion
            errors.append(exc)
        finally:
            connection.close()

    threads = [threading.Thread(target=run, args=(call,)) for call in calls]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return results, errors


def make_key_holder(username: str, *, tier: int = 1, role: str = "analyst"):
    """A staff member who only acts through an API key: no password to hash,
    so tests that make many of them stay quick."""
    from django.contrib.auth import get_user_model

    from tillit.core.models import StaffProfile

    user = get_user_model().objects.create(
        username=username, email=f"{username}@tillit.example"
    )
    StaffProfile.objects.create(user=user, role=role, tier=tier)
    return user

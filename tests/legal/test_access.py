"""Every legal URL: the legal team's desk, officers' portal and download;
an analyst, a panel member, policy staff and an anonymous visitor get 403 or
the sign-in page."""

import pytest
from django.urls import reverse

from tillit.core.models import Role
from tillit.legal.models import LegalRequest

pytestmark = pytest.mark.django_db


def _urls(row_id: int) -> list[tuple[str, str]]:
    get = [
        reverse("console:legal_desk"),
        reverse("console:legal_request", args=[row_id]),
        reverse("console:legal_document", args=[row_id]),
        reverse("public:legal_portal"),
        reverse("public:legal_download", args=["forged-token"]),
    ]
    post = [
        reverse(f"console:legal_{name}", args=[row_id])
        for name in ("verify", "note", "outcome", "approve", "send_back", "hold")
    ] + [
        reverse("console:legal_hold_action", args=[row_id, 1]),
        reverse("console:legal_reissue_link", args=[row_id]),
        reverse("console:legal_agencies"),
        reverse("public:legal_portal"),
    ]
    return [("get", u) for u in get] + [("post", u) for u in post]


@pytest.fixture
def outsiders(analyst3, make_staff):
    return [
        analyst3,
        make_staff("panelist", role=Role.APPEALS_PANEL, tier=4),
        make_staff("policy1", role=Role.POLICY),
    ]


def test_anonymous_visitors_are_sent_to_sign_in(client, submit):
    row = submit()
    for method, url in _urls(row.pk):
        response = getattr(client, method)(url)
        assert response.status_code == 302, (method, url)
        assert response["Location"].startswith("/login/"), (method, url)
    assert LegalRequest.objects.get().status == LegalRequest.Status.RECEIVED


def test_analysts_panel_and_policy_staff_get_403(client, submit, outsiders):
    row = submit()
    for user in outsiders:
        client.force_login(user)
        for method, url in _urls(row.pk):
            response = getattr(client, method)(url)
            assert response.status_code == 403, (user.username, method, url)
    row.refresh_from_db()
    assert row.status == LegalRequest.Status.RECEIVED and not row.notes.exists()


def test_an_officer_may_not_open_the_desk(client, submit, officer):
    row = submit()
    client.force_login(officer.user)
    assert client.get(reverse("console:legal_desk")).status_code == 403
    assert (
        client.get(reverse("console:legal_request", args=[row.pk])).status_code == 403
    )


def test_the_guide_is_public_in_english_and_swedish(client, settings):
    page = client.get(reverse("public:legal_guide"))
    assert page.status_code == 200
    text = page.content.decode()
    assert "Emergency disclosure" in text and "90 days" in text
    assert "365 days" in text
    client.cookies["django_language"] = "sv"
    swedish = client.get(reverse("public:legal_guide")).content.decode()
    assert "Nödsituation" in swedish or "nödsituation" in swedish


def test_the_legal_team_opens_the_desk_and_the_request(client, submit, lawyers):
    row = submit()
    client.force_login(lawyers[0])
    desk = client.get(reverse("console:legal_desk"))
    assert desk.status_code == 200 and row.reference in desk.content.decode()
    page = client.get(reverse("console:legal_request", args=[row.pk]))
    assert page.status_code == 200
    document = client.get(reverse("console:legal_document", args=[row.pk]))
    assert document.status_code == 200
    assert b"".join(document.streaming_content).startswith(b"%PDF-")

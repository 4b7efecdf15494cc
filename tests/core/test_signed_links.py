"""Links signed with our key but holding the wrong payload are 404, never 500
(issue 10, finding 4): a leaked key, an old version's link or a fuzzer must
not reach the database with whatever the payload holds."""

import pytest
from django.core import signing
from django.urls import reverse

from tillit.cases.links import ANSWER_SALT, APPEAL_SALT
from tillit.core.links import make_token
from tillit.detection.services import ACTION_SALT
from tillit.intake.email_intake import PREFILL_SALT
from tillit.intake.links import STATUS_SALT
from tillit.policy.links import INVITATION_SALT

# What the payloads of our links should never be, each signed for real below.
WRONG_SHAPES = [
    [1, 2],
    "a string",
    7,
    None,
    {},
    {"x": 1},
]
WRONG_IDS = ["abc", "1", True, 1.5, None, [1], {"id": 1}, 0, -4, 10**30, 999_999]


@pytest.fixture(autouse=True)
def _no_rate_limits(rate_limits):
    """Each test sends dozens of POSTs from one client; the limits are tested
    in tests/intake/test_spam.py."""
    rate_limits(report="100000/h", public_form="100000/h")


def _signed_garbage(salt: str) -> list[str]:
    """Correctly signed values that are not even JSON, or not zlib."""
    signer = signing.TimestampSigner(salt=salt)
    return [signer.sign("not json"), signer.sign(".bm90IHpsaWI")]


def _tokens(salt: str, id_key: str, **rest) -> list[str]:
    return (
        [make_token(p, salt=salt) for p in WRONG_SHAPES]
        + [make_token({id_key: v, **rest}, salt=salt) for v in WRONG_IDS]
        + _signed_garbage(salt)
    )


def _assert_all_404(client, name: str, tokens: list[str], *, post: dict):
    for token in tokens:
        path = reverse(name, args=[token])
        for response in (client.get(path), client.post(path, post)):
            assert response.status_code == 404, (name, token)
            assert "not valid" in response.text


@pytest.mark.django_db
def test_malformed_status_links_are_404(client):
    _assert_all_404(
        client, "public:status", _tokens(STATUS_SALT, "r"), post={"answer": "x"}
    )


@pytest.mark.django_db
def test_malformed_answer_links_are_404(client):
    _assert_all_404(
        client, "public:answer", _tokens(ANSWER_SALT, "q"), post={"answer": "x"}
    )


@pytest.mark.django_db
def test_malformed_consultation_links_are_404(client):
    _assert_all_404(
        client,
        "public:consultation",
        _tokens(INVITATION_SALT, "i"),
        post={"body": "A comment."},
    )


@pytest.mark.django_db
def test_malformed_appeal_links_are_404(client, suspension):
    decision = suspension[0]
    tokens = _tokens(APPEAL_SALT, "d", k="owner", e="o@example.org") + [
        make_token({"d": decision.pk, "k": "judge", "e": ""}, salt=APPEAL_SALT),
        make_token({"d": decision.pk, "k": ["owner"], "e": ""}, salt=APPEAL_SALT),
        make_token({"d": decision.pk, "k": "owner", "e": 5}, salt=APPEAL_SALT),
        make_token({"d": decision.pk, "k": "owner"}, salt=APPEAL_SALT),
    ]
    _assert_all_404(client, "public:appeal", tokens, post={"statement": "Unfair."})


@pytest.mark.django_db
def test_malformed_at_risk_action_links_are_404(client, english_account, make_meeting):
    meeting = make_meeting("123456789", english_account)
    tokens = _tokens(ACTION_SALT, "m", a="waiting_room") + [
        make_token({"m": 123456789, "a": "waiting_room"}, salt=ACTION_SALT),
        make_token({"m": "99999999999", "a": "waiting_room"}, salt=ACTION_SALT),
        make_token({"m": meeting.pk, "a": "delete_everything"}, salt=ACTION_SALT),
        make_token({"m": meeting.pk, "a": ["waiting_room"]}, salt=ACTION_SALT),
        make_token({"m": meeting.pk}, salt=ACTION_SALT),
    ]
    _assert_all_404(client, "detection:action", tokens, post={})


@pytest.mark.django_db
def test_malformed_prefilled_report_links_are_404(client):
    good = {
        "email": "a@example.org",
        "name": "A",
        "description": "They shouted.",
        "target_type": "meeting",
        "target_id": "123456789",
    }
    payloads = WRONG_SHAPES + [
        {**good, "email": 5},
        {**good, "description": ["x"]},
        {**good, "target_id": 123456789},
        {k: v for k, v in good.items() if k != "name"},
    ]
    tokens = [make_token(p, salt=PREFILL_SALT) for p in payloads]
    tokens += _signed_garbage(PREFILL_SALT)
    path = reverse("public:report")
    for token in tokens:
        for response in (
            client.get(path, {"t": token}),
            client.post(path, {"t": token, "description": "x"}),
        ):
            assert response.status_code == 404, token
    assert (
        client.get(path, {"t": make_token(good, salt=PREFILL_SALT)}).status_code == 200
    )
